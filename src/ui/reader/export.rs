//! Exporting from the reader: `e` asks for a format (unless the config names one), then
//! shows the file it will write (next to the briefing or in the config's export folder,
//! numbered past files that exist) for the user to edit or cancel;
//! Enter writes it atomically, never over an existing file, and the status line names the
//! file written.

use crate::ui::line_input::LineInput;
use std::path::PathBuf;

use crate::export::ExportFormat;

use super::keys::InputAction;
use super::state::{Mode, Reader};

/// Numbered names tried for the proposed file before giving up.
const NUMBERED: usize = 100;

impl Reader {
    /// `e`: the format picker, or straight to the file name when the config names a format.
    pub(super) fn start_export(&mut self) {
        match self.export_defaults.format {
            Some(format) => self.choose_export_format(format),
            None => self.mode = Mode::ExportFormat,
        }
    }

    /// Where an export in `format` goes by default: in the config's export folder, else next
    /// to the briefing file, or in the current directory for the bundled briefing; `n` > 0 numbers it (`id-2.md`).
    fn export_path(&self, format: ExportFormat, n: usize) -> PathBuf {
        let name = match n {
            0 => crate::export::default_file_name(&self.briefing, format),
            n => format!(
                "{}-{n}.{}",
                self.briefing.id,
                crate::export::extension(format)
            ),
        };
        if let Some(folder) = &self.export_defaults.folder {
            return folder.join(name);
        }
        match self.path.as_ref().and_then(|p| p.parent()) {
            Some(dir) if !dir.as_os_str().is_empty() => dir.join(name),
            _ => PathBuf::from(name),
        }
    }

    /// A format was chosen: propose the first default name no file has yet.
    pub(super) fn choose_export_format(&mut self, format: ExportFormat) {
        let default = (0..NUMBERED)
            .map(|n| self.export_path(format, n))
            .find(|p| !p.exists())
            .unwrap_or_else(|| self.export_path(format, NUMBERED));
        self.mode = Mode::ExportPath {
            format,
            input: LineInput::from(default.to_string_lossy().as_ref()),
            default,
        };
    }

    /// Enter on the file name: writes the export there unless a file is in the way (then
    /// the name stays open for editing).
    pub(super) fn write_export(&mut self) {
        let Mode::ExportPath {
            format,
            input,
            default,
        } = &self.mode
        else {
            return;
        };
        let input = input.text();
        if input.trim().is_empty() {
            let key = self.keys.input.key(InputAction::Cancel);
            self.say(&["type a file name, or ", &key, " to cancel"]);
            return;
        }
        // The proposed name as it was (it may not be UTF-8), else what was typed.
        let path = if input == default.to_string_lossy() {
            default.clone()
        } else {
            PathBuf::from(input)
        };
        let text = crate::export::export(&self.briefing, *format);
        let shown = path.to_string_lossy().into_owned();
        match crate::fileio::write_atomic(&path, text.as_bytes(), crate::fileio::Existing::Refuse) {
            Ok(()) => {
                self.mode = Mode::Normal;
                self.say(&["exported to ", &shown]);
            }
            // The file exists (kept): the name stays open for another one.
            Err(crate::fileio::WriteError::Exists(_)) => {
                let key = self.keys.input.key(InputAction::Cancel);
                self.say(&[&shown, " exists: edit the name, or ", &key, " to cancel"]);
            }
            Err(e) => {
                self.mode = Mode::Normal;
                self.say(&["export failed: ", &e.to_string()]);
            }
        }
    }
}
