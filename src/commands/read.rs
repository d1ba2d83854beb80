//! `briefing [PATH]`: the reader on a terminal, the plain rendering when stdout is not one;
//! a folder opens the library (`commands::library`). The config decides the colours, the
//! keys and, unless `--bidi` is given, who does the bidi (`config::terminal`: the config's
//! rules, then the built-in one for Konsole, which reorders every line itself).

use std::io::{IsTerminal, Write};

use super::Config;
use crate::cli::{BidiArg, ReadArgs};
use crate::error::Result;
use crate::render::{RenderOptions, render};
use crate::view::BidiMode;

pub fn run(
    args: &ReadArgs,
    config: &Config,
    max_size: u64,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<()> {
    let bidi = config.bidi_mode(args.bidi.map(|given| match given {
        BidiArg::App => BidiMode::App,
        BidiArg::Terminal => BidiMode::Terminal,
    }));
    let theme = config.effective_theme();
    if let Some(dir) = args.path.as_deref().filter(|p| p.is_dir()) {
        return super::library::run(
            dir,
            args.no_cache,
            args.read_only,
            max_size,
            bidi,
            config,
            out,
        );
    }
    let briefing = super::open_briefing(args.path.as_deref(), max_size, err)?;
    if std::io::stdout().is_terminal() && std::io::stdin().is_terminal() {
        let mut reader = crate::ui::Reader::new(briefing, args.path.clone(), theme, bidi)
            .with_setup(config.keys.reader.clone(), config.export.clone())
            .with_max_size(max_size)
            .with_library(config.library.clone(), max_size);
        if args.read_only {
            reader = reader.read_only();
        }
        let mut reader = reader.offer_recovery();
        return super::screen_ended(crate::ui::run_screen(&mut reader, bidi)?);
    }
    let opts = RenderOptions {
        width: super::render::terminal_width().unwrap_or(100),
        theme: None,
        bidi,
    };
    render(&std::rc::Rc::new(briefing), &opts, out)?;
    Ok(())
}
