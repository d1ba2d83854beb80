//! `briefing schema`: prints the JSON Schema of the file format (see `briefing::schema`).

use std::io::Write;

use crate::briefing::schema::json_schema;
use crate::error::Result;

pub fn run(out: &mut dyn Write) -> Result<()> {
    out.write_all(json_schema().as_bytes())?;
    Ok(())
}
