//! `briefing config --default` prints the default config file; `briefing config --check`
//! checks the file in use and says which file that is (exit 2 with `path:line:col: error: …`
//! when it cannot be used; a warning on stderr when the file at the default place could not
//! be read and the defaults are in use).

use std::io::Write;

use crate::briefing::diagnostic::inert;
use crate::cli::ConfigArgs;
use crate::config;
use crate::error::Result;
use crate::ui::keys::Keys;

pub fn run(args: &ConfigArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<()> {
    if args.default {
        out.write_all(config::default_text::<Keys>().as_bytes())?;
        return Ok(());
    }
    let location = config::locate(&|name| std::env::var(name).ok());
    let loaded = config::load::<Keys>(location.as_ref())?;
    if let Some(warning) = loaded.warning() {
        writeln!(err, "{warning}")?;
    }
    match (loaded.path, location) {
        (None, Some(unread)) if loaded.unreadable.is_some() => writeln!(
            out,
            "config file at {} not readable: the defaults are in use",
            shown(&unread.path)
        )?,
        (Some(path), _) => writeln!(out, "ok {}: the config in use", shown(&path))?,
        (None, Some(missing)) => writeln!(
            out,
            "no config file at {}: the defaults are in use",
            shown(&missing.path)
        )?,
        (None, None) => writeln!(
            out,
            "no config file (neither BRIEFING_CONFIG, XDG_CONFIG_HOME nor HOME is set): the defaults are in use"
        )?,
    }
    Ok(())
}

/// A path as a line of output may show it: controls from the environment made inert.
fn shown(path: &std::path::Path) -> String {
    inert(&path.display().to_string()).into_owned()
}
