//! `briefing render`: the plain rendering on stdout (also what `briefing | cat` prints).

use std::io::{IsTerminal, Write};

use super::Config;
use crate::cli::{ColorChoice, RenderArgs};
use crate::error::Result;
use crate::render::{RenderOptions, render};
use crate::theme::Theme;
use crate::view::BidiMode;

/// Width of the terminal on stdout, if it is one.
pub fn terminal_width() -> Option<usize> {
    if !std::io::stdout().is_terminal() {
        return None;
    }
    crossterm::terminal::size()
        .ok()
        .map(|(w, _)| usize::from(w))
        .filter(|&w| w > 0)
}

pub fn run(
    args: &RenderArgs,
    config: &Config,
    max_size: u64,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<()> {
    let briefing = super::open_briefing(args.path.as_deref(), max_size, err)?;
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => std::io::stdout().is_terminal() && !Theme::no_color_requested(),
    };
    let opts = RenderOptions {
        width: args
            .width
            .map(usize::from)
            .or_else(terminal_width)
            .unwrap_or(100),
        theme: color.then(|| config.effective_theme()),
        bidi: BidiMode::App,
    };
    // Rows are written as they are laid out, in large writes rather than a line at a time.
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    render(&std::rc::Rc::new(briefing), &opts, &mut out)?;
    out.flush()?;
    Ok(())
}
