//! Editing the briefing from the reader, and saving it.
//!
//! The editing itself is an `annotate::Session` (the file as read, the model it loads to,
//! the history, the save with its checks of the file on disk, reload and recovery): the
//! reader makes one at the first edit (or reload) and calls it. Every change goes through
//! [`Reader::perform`], which hands the edits (`annotate::Edit`) to the session as one
//! undoable step; the reader's derived state (article views, mention maps, entity rows, the
//! mention under the cursor) is then rebuilt from the session's new model by
//! [`Reader::set_briefing`]. Article texts never change, so the views keep their laid-out
//! lines.
//!
//! What stays here is the reader's side: whether edits are allowed (the bundled briefing, a
//! file without write permission or whose folder is gone, `--read-only` refuse every edit
//! and say why), the status line's messages, and the questions asked when saving finds the
//! file changed on disk or quitting would lose edits. What happens to unsaved edits when a
//! signal ends the reader is in `recover`.

use std::rc::Rc;

use crate::annotate::{Edit, Session, SessionError, writable};
use crate::briefing::{AnyMention, ArticleIx, EntityIx, HeadlineIx, MentionIx};
use crate::briefing::{Briefing, LoadError, Part};
use crate::view::marks::MentionMap;

use super::keys::{Action, QuitAction, ReloadAction};
use super::state::{Mode, Reader, entity_rows};

/// The largest file read back for saving unless [`Reader::with_max_size`] says otherwise
/// (the command line's `--max-size` does).
const MAX_SOURCE: u64 = 1 << 30;

/// A mention by what it is rather than by its index, which every edit may change.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MentionKey {
    pub entity: EntityIx,
    pub article: ArticleIx,
    pub part: Part,
    pub bytes: std::ops::Range<usize>,
}

impl MentionKey {
    pub fn of(b: &Briefing, m: AnyMention) -> MentionKey {
        let mention = m.of(b);
        MentionKey {
            entity: mention.entity,
            article: mention.article,
            part: mention.part,
            bytes: mention.bytes.clone(),
        }
    }

    /// Where this mention is now, if it still exists; else the mention of another entity at
    /// the same place (an undone relink gives it back to the entity it had).
    pub fn find(&self, b: &Briefing) -> Option<AnyMention> {
        let list = match self.part {
            Part::Text => &b.mentions,
            Part::Headline => &b.headline_mentions,
        };
        let here =
            |m: &&crate::briefing::Mention| m.article == self.article && m.bytes == self.bytes;
        let i = list
            .iter()
            .position(|m| here(&m) && m.entity == self.entity)
            .or_else(|| list.iter().position(|m| here(&m)))?;
        Some(match self.part {
            Part::Text => AnyMention::Text(MentionIx(i)),
            Part::Headline => AnyMention::Headline(HeadlineIx(i)),
        })
    }
}

/// What the reader needs to edit: why edits are refused (if they are), the session once an
/// edit (or reload) was made, and the largest file it reads.
pub struct Editing {
    read_only: Option<String>,
    pub(super) session: Option<Session>,
    max_size: u64,
}

impl Default for Editing {
    fn default() -> Self {
        Editing {
            read_only: None,
            session: None,
            max_size: MAX_SOURCE,
        }
    }
}

impl Editing {
    /// Editing refused for this reason (shown when an edit is tried).
    pub fn read_only(reason: impl Into<String>) -> Editing {
        Editing {
            read_only: Some(reason.into()),
            ..Editing::default()
        }
    }

    /// Unsaved edits?
    pub fn dirty(&self) -> bool {
        self.session.as_ref().is_some_and(Session::dirty)
    }
}

impl Reader {
    /// Opens the briefing for reading only, whatever its file allows (`--read-only`).
    pub fn read_only(mut self) -> Reader {
        self.editing.read_only = Some("opened with --read-only: edits are off".into());
        self
    }

    /// Reads the file (at the first edit, on reload) only up to `max_size` bytes: the
    /// command line's `--max-size`.
    pub fn with_max_size(mut self, max_size: u64) -> Reader {
        self.editing.max_size = max_size;
        self
    }

    /// Whether there are edits not yet saved.
    pub fn unsaved(&self) -> bool {
        self.editing.dirty()
    }

    /// Why this briefing cannot be edited, if it cannot.
    pub(super) fn refusal(&self) -> Option<String> {
        if let Some(why) = &self.editing.read_only {
            return Some(why.clone());
        }
        let Some(path) = &self.path else {
            return Some(
                "the bundled briefing is read-only: `briefing new` drafts a briefing of your own"
                    .into(),
            );
        };
        writable(path).err()
    }

    /// Whether edits are allowed here; if not, says why (before a picker or form is opened
    /// for nothing).
    pub(super) fn can_edit(&mut self) -> bool {
        match self.refusal() {
            Some(why) => {
                self.say(&[&why]);
                false
            }
            None => true,
        }
    }

    /// The editing session, made at the first edit; refused (with why) when edits are not
    /// allowed.
    pub(super) fn session(&mut self) -> Result<&mut Session, String> {
        if let Some(why) = self.refusal() {
            return Err(why);
        }
        self.session_anyway()
            .ok_or_else(|| "no file to edit".into())
    }

    /// The session, even when edits are refused (reloading is always allowed).
    fn session_anyway(&mut self) -> Option<&mut Session> {
        let path = self.path.clone()?;
        let (model, max_size) = (Rc::clone(&self.briefing), self.editing.max_size);
        Some(
            self.editing
                .session
                .get_or_insert_with(|| Session::new(path, model, max_size)),
        )
    }

    /// Applies `edits` as one undoable step and says `done`; a refused edit changes nothing
    /// and says why. Returns whether the edits were made.
    pub(super) fn perform(&mut self, edits: Vec<Edit>, done: &str) -> bool {
        let cursor = self.cursor.map(|m| MentionKey::of(&self.briefing, m));
        let made = self.session().and_then(|s| match s.perform(edits) {
            Ok(()) => Ok(Rc::clone(s.model())),
            Err(e) => Err(e.to_string()),
        });
        match made {
            Ok(model) => {
                self.set_briefing(model, cursor);
                let note = self.unsaved_note();
                self.say(&[done, &note]);
                true
            }
            Err(why) => {
                self.say(&[&why]);
                false
            }
        }
    }

    pub(super) fn undo(&mut self) {
        self.step_history(true);
    }

    pub(super) fn redo(&mut self) {
        self.step_history(false);
    }

    fn step_history(&mut self, back: bool) {
        let cursor = self.cursor.map(|m| MentionKey::of(&self.briefing, m));
        let session = self.editing.session.as_mut();
        let (done, what) = match back {
            true => (session.and_then(|s| s.undo().map(|d| (d, s))), "undone"),
            false => (session.and_then(|s| s.redo().map(|d| (d, s))), "redone"),
        };
        match done {
            None if back => self.say(&["nothing to undo"]),
            None => self.say(&["nothing to redo"]),
            Some((Err(e), _)) => self.say(&[&e.to_string()]),
            Some((Ok(()), s)) => {
                let model = Rc::clone(s.model());
                self.set_briefing(model, cursor);
                let note = self.unsaved_note();
                self.say(&[what, &note]);
            }
        }
    }

    fn unsaved_note(&self) -> String {
        match self.editing.dirty() {
            true => format!(" · unsaved: {} saves", self.keys.normal.key(Action::Save)),
            false => " · as saved".into(),
        }
    }

    /// `w`: writes the edits into the file, changing only the lines they touch; refuses
    /// (and asks what to do) when the file changed on disk or was removed.
    pub(super) fn save(&mut self) {
        self.save_checking(true);
    }

    /// Writes the edits over whatever is on disk now (asked for after a refusal).
    pub(super) fn overwrite(&mut self) {
        self.save_checking(false);
    }

    fn save_checking(&mut self, check_disk: bool) {
        self.save_with(check_disk, &mut || {});
    }

    /// The save (`annotate::Session::save`); `meanwhile` is its seam for the tests.
    pub(super) fn save_with(&mut self, check_disk: bool, meanwhile: &mut dyn FnMut()) {
        if let Some(why) = self.refusal() {
            self.say(&[&why]);
            return;
        }
        let Some(session) = self.editing.session.as_mut() else {
            self.say(&["nothing to save"]);
            return;
        };
        let name = session.path().display().to_string();
        match session.save(check_disk, meanwhile) {
            Ok(saved) => {
                let lines = format!(
                    " ({} lines added, {} removed)",
                    saved.lines_added, saved.lines_removed
                );
                self.say(&["saved to ", &name, &lines]);
            }
            // Changed, removed or unreadable: ask, unless asked to write over it.
            Err(SessionError::ChangedOnDisk) => self.mode = Mode::Confirm(Confirm::Reload),
            Err(e @ SessionError::NothingToSave) => self.say(&[&e.to_string()]),
            Err(e) => self.say(&["not saved (your edits are kept): ", &e.to_string()]),
        }
    }

    /// `q`: quits, or asks first when there are unsaved edits.
    pub(super) fn ask_quit(&mut self) {
        match self.editing.dirty() {
            true => self.mode = Mode::Confirm(Confirm::Quit),
            false => self.quit = true,
        }
    }

    pub(super) fn answer_quit(&mut self, answer: QuitAction) {
        self.close_mode();
        match answer {
            QuitAction::SaveAndQuit => {
                self.save();
                // Saving may have failed, or found the file changed: then stay.
                self.quit = !self.editing.dirty();
            }
            QuitAction::Discard => self.quit = true,
            QuitAction::Stay => {
                let key = self.keys.normal.key(Action::Save);
                self.say(&["not quitting: ", &key, " saves"])
            }
        }
    }

    pub(super) fn answer_reload(&mut self, answer: ReloadAction) {
        self.close_mode();
        match answer {
            ReloadAction::Reload => self.reload(),
            ReloadAction::Overwrite => self.overwrite(),
            ReloadAction::Keep => self.say(&["edits kept, not saved"]),
        }
    }

    /// Reads the file again, dropping the edits (after saving found it changed on disk).
    pub(super) fn reload(&mut self) {
        let Some(session) = self.session_anyway() else {
            return;
        };
        match session.reload() {
            Ok(()) => {
                // A fresh start from the file; whether edits are allowed stays as it was.
                let model = Rc::clone(session.model());
                self.set_briefing(model, None);
                self.say(&["reloaded from disk"]);
            }
            Err(LoadError::Io { source, .. }) => {
                self.say(&["could not reload: ", &source.to_string()])
            }
            Err(LoadError::Invalid(d)) => {
                let first = d.first().map(|d| d.to_string()).unwrap_or_default();
                self.say(&["could not reload: ", &first])
            }
        }
    }

    /// Makes `b` the model on screen: views, mention maps and entity rows follow, and the
    /// mention that was under the cursor (`cursor`) is found again.
    pub(super) fn set_briefing(&mut self, b: Rc<Briefing>, cursor: Option<MentionKey>) {
        for view in &mut self.views {
            view.rebind(Rc::clone(&b));
        }
        self.maps = ArticleIx::all(&b).map(|i| MentionMap::new(&b, i)).collect();
        // The highlighted row stays on its entity (rows are by kind: new ones shift it).
        let row_entity = self.entity_rows.get(self.entity_row).map(|r| r.entity);
        self.entity_rows = entity_rows(&b);
        self.entity_row = row_entity
            .and_then(|e| self.entity_rows.iter().position(|r| r.entity == e))
            .unwrap_or(self.entity_row)
            .min(self.entity_rows.len().saturating_sub(1));
        self.cursor = cursor.and_then(|k| k.find(&b));
        // The mention under the cursor decides the selected entity (an undo may have given
        // it back to another).
        self.selected = self
            .cursor
            .map(|m| m.of(&b).entity)
            .or(self.selected.filter(|e| e.get(&b).is_some()));
        self.briefing = b;
    }

    /// The article the focused pane shows.
    pub(super) fn focused_article(&self) -> ArticleIx {
        self.panes[self.focused_pane()].article
    }
}

/// What the reader asks before it goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    /// Quitting with unsaved edits.
    Quit,
    /// Saving found the file changed on disk.
    Reload,
    /// Unsaved edits of an interrupted session were kept for this file.
    Recover,
}
