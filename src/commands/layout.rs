//! `briefing layout`: stdin paragraphs to visual lines on stdout.

use crate::cli::LayoutArgs;
use crate::error::Result;

pub fn run(_args: &LayoutArgs) -> Result<()> {
    Err(crate::error::Error::Usage(
        "layout: not implemented yet".into(),
    ))
}
