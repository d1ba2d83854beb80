//! Unsaved edits kept when a signal ends the reader, and offered back at the next open.
//!
//! SIGTERM or SIGHUP stops the event loop (`ui::terminal`); with unsaved edits,
//! [`Reader::keep_unsaved`] then builds the text a save would write (`Session::text`,
//! against the file as read) and writes it atomically with mode 0600 to the recovery file,
//! `.NAME.recover` beside the file the briefing's name leads to (`fileio::recovery_path`),
//! and the program exits with status 128 + the signal. A reader opened on that file later
//! asks first ([`Reader::offer_recovery`]): recovering loads the kept text as unsaved
//! edits (the file on disk stays the base a save diffs against) and removes the recovery
//! file; discarding removes it; Esc leaves it, to be asked again at the next open.

use std::path::{Path, PathBuf};
use std::rc::Rc;

use crate::fileio::{recovery_path, write_private};

use super::edits::Confirm;
use super::keys::RecoverAction;
use super::state::{Mode, Reader};

impl Reader {
    /// Keeps the unsaved edits in the recovery file (a signal is ending the reader): where
    /// they are, or why they could not be kept; None when nothing is unsaved.
    pub fn keep_unsaved(&self) -> Option<Result<PathBuf, String>> {
        if !self.unsaved() {
            return None;
        }
        let session = self.editing.session.as_ref()?;
        let at = recovery_path(session.path());
        let kept = session
            .text()
            .map_err(|e| e.to_string())
            .and_then(|saved| write_private(&at, saved.yaml.as_bytes()).map_err(|e| e.to_string()));
        Some(kept.map(|()| at))
    }

    /// Asks first whether to recover the edits kept for this file by an interrupted session,
    /// when there are some (and edits are allowed; else says where they are).
    pub fn offer_recovery(mut self) -> Reader {
        let Some(at) = self.path.as_deref().map(recovery_path) else {
            return self;
        };
        if !std::fs::symlink_metadata(&at).is_ok_and(|m| m.is_file()) {
            return self;
        }
        match self.refusal() {
            None => self.mode = Mode::Confirm(Confirm::Recover),
            Some(why) => {
                let at = at.display().to_string();
                self.say(&[
                    "unsaved edits of an interrupted session are in ",
                    &at,
                    " (",
                    &why,
                    ")",
                ]);
            }
        }
        self
    }

    pub(super) fn answer_recover(&mut self, answer: RecoverAction) {
        self.close_mode();
        let Some(at) = self.path.as_deref().map(recovery_path) else {
            return;
        };
        let shown = at.display().to_string();
        match answer {
            RecoverAction::Recover => match self.recover(&at) {
                Ok(()) => {
                    let _ = std::fs::remove_file(&at);
                    self.say(&["recovered the edits of an interrupted session · unsaved: w saves"]);
                }
                Err(why) => self.say(&["not recovered (", &shown, " is kept): ", &why]),
            },
            RecoverAction::Discard => match std::fs::remove_file(&at) {
                Ok(()) => self.say(&["discarded the edits of an interrupted session"]),
                Err(e) => self.say(&["could not remove ", &shown, ": ", &e.to_string()]),
            },
            RecoverAction::Later => {
                self.say(&["kept in ", &shown, ": asked again at the next open"])
            }
        }
    }

    /// Makes the text kept at `at` the model, as unsaved edits of the file as it is now.
    fn recover(&mut self, at: &Path) -> Result<(), String> {
        let session = self.session()?;
        session.recover(at).map_err(|e| e.to_string())?;
        let model = Rc::clone(session.model());
        self.set_briefing(model, None);
        Ok(())
    }
}
