//! Exporters (temporary stand-ins until the export branch lands).

use std::path::Path;

use crate::briefing::Briefing;
use crate::cli::ExportFormat;
use crate::error::Error;

pub fn export(_briefing: &Briefing, _format: ExportFormat) -> String {
    String::new()
}

pub fn default_file_name(briefing: &Briefing, _format: ExportFormat) -> String {
    briefing.id.clone()
}

pub fn write_atomic(_path: &Path, _bytes: &[u8], _force: bool) -> Result<(), Error> {
    Err(Error::Usage("export is not available yet".into()))
}
