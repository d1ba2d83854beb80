//! `briefing export` (placeholder; see the export issue).

use std::io::Write;

use crate::cli::ExportArgs;
use crate::error::{Error, Result};

pub fn run(
    _args: &ExportArgs,
    _max_size: u64,
    _out: &mut dyn Write,
    _err: &mut dyn Write,
) -> Result<()> {
    Err(Error::Usage("export: not implemented yet".into()))
}
