//! `briefing [PATH]`: the reader on a terminal, the plain rendering when stdout is not one;
//! a folder opens the library (`commands::library`). Without `--bidi`, the terminal decides
//! who does the bidi: Konsole reorders every line itself and cannot be told not to, so there
//! the terminal does it (logical order, no shaping); everywhere else this program does.

use std::io::{IsTerminal, Write};

use crate::cli::{BidiMode as BidiArg, ReadArgs};
use crate::error::Result;
use crate::render::{RenderOptions, render};
use crate::view::BidiMode;

pub fn run(args: &ReadArgs, max_size: u64, out: &mut dyn Write, err: &mut dyn Write) -> Result<()> {
    let mode = match args.bidi {
        Some(BidiArg::App) => BidiMode::App,
        Some(BidiArg::Terminal) => BidiMode::Terminal,
        None => detected_mode(|name| std::env::var_os(name).is_some()),
    };
    if let Some(dir) = args.path.as_deref().filter(|p| p.is_dir()) {
        return super::library::run(dir, args.no_cache, max_size, mode, out);
    }
    let briefing = super::open_briefing(args.path.as_deref(), max_size, err)?;
    if std::io::stdout().is_terminal() && std::io::stdin().is_terminal() {
        crate::ui::run(briefing, args.path.clone(), mode)?;
        return Ok(());
    }
    let opts = RenderOptions {
        width: super::render::terminal_width().unwrap_or(100),
        theme: None,
        mode,
    };
    render(&std::rc::Rc::new(briefing), &opts, out)?;
    Ok(())
}

/// Who does the bidi when `--bidi` is not given, from the environment (`is_set` says whether
/// a variable is set): the terminal in Konsole (`KONSOLE_VERSION`), this program elsewhere.
fn detected_mode(is_set: impl Fn(&str) -> bool) -> BidiMode {
    if is_set("KONSOLE_VERSION") {
        BidiMode::Terminal
    } else {
        BidiMode::App
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn konsole_does_its_own_bidi() {
        assert_eq!(
            detected_mode(|v| v == "KONSOLE_VERSION"),
            BidiMode::Terminal
        );
        assert_eq!(detected_mode(|v| v == "MLTERM"), BidiMode::App);
        assert_eq!(detected_mode(|_| false), BidiMode::App);
    }
}
