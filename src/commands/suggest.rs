//! `briefing suggest` (placeholder).
use std::io::Write;

use crate::cli::SuggestArgs;
use crate::error::Result;

pub fn run(
    _args: &SuggestArgs,
    _max_size: u64,
    _out: &mut dyn Write,
    _err: &mut dyn Write,
) -> Result<()> {
    Ok(())
}
