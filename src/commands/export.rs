//! `briefing export [PATH] --format md|html|json [-o FILE] [--force]`: write a briefing as
//! Markdown, HTML or JSON, to stdout or atomically to FILE (see `export::write_atomic`).

use std::io::Write;

use super::open_briefing;
use crate::cli::ExportArgs;
use crate::error::Result;
use crate::export::{export, write_atomic};

pub fn run(
    args: &ExportArgs,
    max_size: u64,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<()> {
    let briefing = open_briefing(args.path.as_deref(), max_size, err)?;
    let text = export(&briefing, args.format);
    match &args.output {
        None => {
            out.write_all(text.as_bytes())?;
            out.flush()?;
        }
        Some(path) => {
            write_atomic(path, text.as_bytes(), args.force)?;
            writeln!(err, "wrote {}", path.display())?;
        }
    }
    Ok(())
}
