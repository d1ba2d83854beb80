//! Editing the briefing from the reader, and saving it.
//!
//! Every change goes through [`Reader::perform`]: the edits (`annotate::Edit`) are applied by
//! one `annotate::History` to a copy of the model, so undo and redo cover everything, and
//! the reader's derived state (article views, mention maps, entity rows, the mention under
//! the cursor) is rebuilt from the new model by [`Reader::set_briefing`]. Article texts
//! never change, so the views keep their laid-out lines.
//!
//! The file is read once, at the first edit, and kept with the model it loads to: that pair
//! ([`Base`]) is what `annotate::save` diffs the edited model against, so the saved file
//! differs from it only where edits were made. The file is read (at the first edit, on
//! reload) within the command line's `--max-size`. Saving is atomic, goes through symbolic
//! links to the file itself and keeps its mode, owner, group and hard links
//! (`fileio::save_over`); it refuses when the file's bytes changed on disk since they were
//! read, checked once before the new text is built and again just before the file changes
//! (the reader then offers to reload it). Briefings that must not be written (the bundled
//! one, a file without write permission or whose folder is gone, `--read-only`) refuse
//! every edit and say why. What happens to unsaved edits when a signal ends the reader is
//! in `recover`.

use std::io::{self, Read};
use std::path::Path;
use std::rc::Rc;

use crate::annotate::{self, Edit, History};
use crate::briefing::{self, Briefing, LoadError, Part};
use crate::fileio::{SaveFileError, folder_of, open_regular, resolve, save_over};
use crate::view::ids::{AnyMention, ArticleIx, EntityIx, HeadlineIx, MentionIx};
use crate::view::marks::MentionMap;

use super::keys::{Action, QuitAction, ReloadAction};
use super::state::{Mode, Reader, entity_rows};

/// The largest file read back for saving unless [`Reader::with_max_size`] says otherwise
/// (the command line's `--max-size` does).
const MAX_SOURCE: u64 = 1 << 30;

/// A mention by what it is rather than by its index, which every edit may change.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MentionKey {
    pub entity: usize,
    pub article: usize,
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

/// The file as last read or written (a byte order mark included: `annotate::save` keeps it),
/// and the model it loads to.
pub(super) struct Base {
    pub(super) source: String,
    pub(super) model: Rc<Briefing>,
}

/// What the reader needs to edit: the history, why edits are refused (if they are), the
/// file's text once an edit was made, and the largest file it reads.
pub struct Editing {
    pub(super) history: History,
    read_only: Option<String>,
    pub(super) base: Option<Base>,
    pub(super) max_size: u64,
}

impl Default for Editing {
    fn default() -> Self {
        Editing {
            history: History::new(),
            read_only: None,
            base: None,
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
        self.history.is_dirty()
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

    /// Applies `edits` as one undoable step and says `done`; a refused edit changes nothing
    /// and says why. Returns whether the edits were made.
    pub(super) fn perform(&mut self, edits: Vec<Edit>, done: &str) -> bool {
        if let Err(why) = self.ready_to_edit() {
            self.say(&[&why]);
            return false;
        }
        let cursor = self.cursor.map(|m| MentionKey::of(&self.briefing, m));
        let mut b = (*self.briefing).clone();
        match self.editing.history.perform_all(&mut b, edits) {
            Ok(()) => {
                self.set_briefing(b, cursor);
                let note = self.unsaved_note();
                self.say(&[done, &note]);
                true
            }
            Err(e) => {
                self.say(&[&e.to_string()]);
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
        let mut b = (*self.briefing).clone();
        let history = &mut self.editing.history;
        let (done, what) = match back {
            true => (history.undo(&mut b), "undone"),
            false => (history.redo(&mut b), "redone"),
        };
        match done {
            None if back => self.say(&["nothing to undo"]),
            None => self.say(&["nothing to redo"]),
            Some(Err(e)) => self.say(&[&e.to_string()]),
            Some(Ok(())) => {
                self.set_briefing(b, cursor);
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

    /// Checks that edits are allowed and reads the file the first time.
    pub(super) fn ready_to_edit(&mut self) -> Result<(), String> {
        if let Some(why) = self.refusal() {
            return Err(why);
        }
        if self.editing.base.is_some() {
            return Ok(());
        }
        let path = self.path.clone().ok_or("no file to edit")?;
        let source = read_source(&path, self.editing.max_size)?;
        let loaded = briefing::load_str(&path.display().to_string(), &source)
            .map_err(|_| "the file no longer loads: it changed on disk since it was opened")?;
        if loaded.briefing != *self.briefing {
            return Err(
                "the file changed on disk since it was opened: quit and open it again".into(),
            );
        }
        self.editing.base = Some(Base {
            source,
            model: Rc::clone(&self.briefing),
        });
        Ok(())
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

    /// The save. `meanwhile` runs after the new text is built and before the last check of
    /// the file on disk: a seam for the tests, which change the file there as another
    /// program could (the save itself passes nothing).
    pub(super) fn save_with(&mut self, check_disk: bool, meanwhile: &mut dyn FnMut()) {
        if let Some(why) = self.refusal() {
            self.say(&[&why]);
            return;
        }
        let (Some(path), Some(base)) = (self.path.clone(), &self.editing.base) else {
            self.say(&["nothing to save"]);
            return;
        };
        if !self.editing.dirty() {
            self.say(&["nothing to save: the file has every edit"]);
            return;
        }
        // Changed, removed or unreadable: ask, unless asked to write over it.
        if check_disk && !matches!(annotate::changed_on_disk(&path, &base.source), Ok(false)) {
            self.mode = Mode::Confirm(Confirm::Reload);
            return;
        }
        let name = path.display().to_string();
        let saved = match annotate::save(&name, &base.source, &base.model, &self.briefing) {
            Ok(saved) => saved,
            Err(e) => {
                self.say(&["not saved (your edits are kept): ", &e.to_string()]);
                return;
            }
        };
        // Checked again just before the file changes: building and checking the new text
        // takes time (a second on a big file), and another program may write meanwhile.
        let written = save_over(&path, saved.yaml.as_bytes(), || {
            meanwhile();
            !check_disk || matches!(annotate::changed_on_disk(&path, &base.source), Ok(false))
        });
        match written {
            Ok(()) => {}
            Err(SaveFileError::Changed) => {
                self.mode = Mode::Confirm(Confirm::Reload);
                return;
            }
            Err(e) => {
                self.say(&["not saved (your edits are kept): ", &e.to_string()]);
                return;
            }
        }
        self.editing.base = Some(Base {
            source: saved.yaml,
            model: Rc::clone(&self.briefing),
        });
        self.editing.history.mark_saved();
        let lines = format!(
            " ({} lines added, {} removed)",
            saved.lines_added, saved.lines_removed
        );
        self.say(&["saved to ", &name, &lines]);
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
        let Some(path) = self.path.clone() else {
            return;
        };
        match briefing::load_path(&path, self.editing.max_size) {
            Ok(loaded) => {
                // A fresh start from the file; whether edits are allowed stays as it was.
                self.editing.history = History::new();
                self.editing.base = None;
                self.set_briefing(loaded.briefing, None);
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
    pub(super) fn set_briefing(&mut self, b: Briefing, cursor: Option<MentionKey>) {
        let b = Rc::new(b);
        for view in &mut self.views {
            view.rebind(Rc::clone(&b));
        }
        self.maps = (0..b.articles.len())
            .map(|i| MentionMap::new(&b, i))
            .collect();
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
            .map(|m| EntityIx(m.of(&b).entity))
            .or(self.selected.filter(|e| e.0 < b.entities.len()));
        self.briefing = b;
    }

    /// The article the focused pane shows.
    pub(super) fn focused_article(&self) -> ArticleIx {
        self.panes[self.focused_pane().0].article
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

/// The file's text, as it is on disk, if it is at most `max_size` bytes (`--max-size`).
pub(super) fn read_source(path: &Path, max_size: u64) -> Result<String, String> {
    let mut bytes = Vec::new();
    open_regular(path)
        .and_then(|f| f.take(max_size.saturating_add(1)).read_to_end(&mut bytes))
        .map_err(|e| e.to_string())?;
    if bytes.len() as u64 > max_size {
        return Err(format!(
            "the file is over the limit of {max_size} bytes (raise it with --max-size)"
        ));
    }
    String::from_utf8(bytes).map_err(|_| "the file is no longer UTF-8 text".into())
}

/// Whether the file `path` leads to and its folder (where the atomic write puts its
/// temporary file) may be written; if not, why.
fn writable(path: &Path) -> Result<(), String> {
    let target = resolve(path).unwrap_or_else(|_| path.to_path_buf());
    let why = |e: io::Error| match e.kind() {
        io::ErrorKind::NotFound => "the file's folder no longer exists".to_string(),
        _ => "read-only: no permission to write this file or its folder".to_string(),
    };
    access_w(&folder_of(&target)).map_err(why)?;
    // A file removed since it was read can be written again if its folder can.
    match access_w(&target) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(why(e)),
        _ => Ok(()),
    }
}

fn access_w(path: &Path) -> io::Result<()> {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(path.as_os_str().as_bytes())
        .map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))?;
    // SAFETY: `c` is a valid NUL-terminated string that outlives the call.
    match unsafe { libc::access(c.as_ptr(), libc::W_OK) } {
        0 => Ok(()),
        _ => Err(io::Error::last_os_error()),
    }
}
