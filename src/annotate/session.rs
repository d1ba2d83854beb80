//! One editing session on one briefing file: its path, the file's text as last read or
//! written and the model it loads to (the base a save diffs against), the current model and
//! the undo history. The reader and `suggest --apply` both edit through it; it has no
//! terminal code.
//!
//! Data flows in one direction. [`Session::perform`] reads the file the first time (within
//! the `--max-size` limit, refusing when it no longer loads to the model on screen), applies
//! the edits as one undoable step to a copy of the current model and makes that the model;
//! [`Session::undo`] and [`Session::redo`] walk the history. [`Session::save`] diffs the base
//! against the current model (`annotate::save`), then writes atomically through symbolic
//! links, keeping mode, owner, group and hard links (`fileio::save_over`), refusing when the
//! file's bytes changed on disk since they were read, checked once before the new text is
//! built and again just before the file changes (unless asked to write over it). After a
//! save the written text and the current model are the new base. [`Session::reload`] starts
//! again from the file on disk; [`Session::recover`] takes the text kept by an interrupted
//! session (see `ui::reader::recover`) as unsaved edits of the file as it is now.

use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use crate::briefing::{self, Briefing, LoadError};
use crate::fileio::{SaveFileError, folder_of, open_regular, resolve, save_over};

use super::edit::{Edit, EditError};
use super::history::History;
use super::save::{SaveError, Saved, changed_on_disk, save};

/// Why a session could not do what was asked; its Display is one sentence for the status
/// line.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    /// The file could not be read, is over the size limit, or is not UTF-8.
    #[error("{0}")]
    Read(String),
    #[error("the file no longer loads: it changed on disk since it was opened")]
    NoLongerLoads,
    #[error("the file changed on disk since it was opened: quit and open it again")]
    ChangedSinceOpened,
    #[error("{0}")]
    Edit(#[from] EditError),
    #[error("nothing to save: the file has every edit")]
    NothingToSave,
    /// The file changed, was removed or cannot be read since it was read: the caller asks
    /// whether to reload or write over it.
    #[error("the file changed on disk since it was read")]
    ChangedOnDisk,
    #[error("{0}")]
    Save(#[from] SaveError),
    #[error("{0}")]
    Write(SaveFileError),
    /// A recovery file that does not load, or was kept from another version of the file.
    #[error("{0}")]
    Recover(String),
}

/// The file as last read or written (a byte order mark included: `annotate::save` keeps it),
/// and the model it loads to.
struct Base {
    source: String,
    model: Rc<Briefing>,
}

/// An editing session on the briefing file at `path`.
pub struct Session {
    path: PathBuf,
    max_size: u64,
    /// Read at the first edit (or when opened from the file).
    base: Option<Base>,
    model: Rc<Briefing>,
    history: History,
}

impl Session {
    /// A session on `model`, loaded from `path`; the file is read again at the first edit,
    /// at most `max_size` bytes.
    pub fn new(path: PathBuf, model: Rc<Briefing>, max_size: u64) -> Session {
        Session {
            path,
            max_size,
            base: None,
            model,
            history: History::new(),
        }
    }

    /// A session on the file at `path` read now (at most `max_size` bytes) with the model it
    /// loads to.
    pub fn open(path: PathBuf, max_size: u64) -> Result<Session, SessionError> {
        let source = read_source(&path, max_size)?;
        let loaded = briefing::load_str(&path.display().to_string(), &source)
            .map_err(|_| SessionError::NoLongerLoads)?;
        let mut session = Session::of_source(path, source, loaded.briefing);
        session.max_size = max_size;
        Ok(session)
    }

    /// A session on `source`, which loads to `model`, as if read from `path` (nothing is
    /// read; `save` would write to `path`).
    pub fn of_source(path: PathBuf, source: String, model: Briefing) -> Session {
        let model = Rc::new(model);
        Session {
            base: Some(Base {
                source,
                model: Rc::clone(&model),
            }),
            ..Session::new(path, model, u64::MAX)
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The file's text as last read or written, once it was read.
    pub fn source(&self) -> Option<&str> {
        self.base.as_ref().map(|b| b.source.as_str())
    }

    /// The model with every edit made.
    pub fn model(&self) -> &Rc<Briefing> {
        &self.model
    }

    /// Unsaved edits?
    pub fn dirty(&self) -> bool {
        self.history.is_dirty()
    }

    /// Reads the file the first time, checking it still loads to the model.
    pub fn ready(&mut self) -> Result<(), SessionError> {
        if self.base.is_some() {
            return Ok(());
        }
        let source = read_source(&self.path, self.max_size)?;
        let loaded = briefing::load_str(&self.path.display().to_string(), &source)
            .map_err(|_| SessionError::NoLongerLoads)?;
        if loaded.briefing != *self.model {
            return Err(SessionError::ChangedSinceOpened);
        }
        self.base = Some(Base {
            source,
            model: Rc::clone(&self.model),
        });
        Ok(())
    }

    /// Applies `edits` as one undoable step (all or none).
    pub fn perform(&mut self, edits: Vec<Edit>) -> Result<(), SessionError> {
        self.ready()?;
        let mut b = (*self.model).clone();
        self.history.perform_all(&mut b, edits)?;
        self.model = Rc::new(b);
        Ok(())
    }

    /// Undoes the last step; None when there is nothing to undo.
    pub fn undo(&mut self) -> Option<Result<(), EditError>> {
        self.step(true)
    }

    /// Redoes the last step undone; None when there is nothing to redo.
    pub fn redo(&mut self) -> Option<Result<(), EditError>> {
        self.step(false)
    }

    fn step(&mut self, back: bool) -> Option<Result<(), EditError>> {
        let mut b = (*self.model).clone();
        let done = match back {
            true => self.history.undo(&mut b)?,
            false => self.history.redo(&mut b)?,
        };
        if done.is_ok() {
            self.model = Rc::new(b);
        }
        Some(done)
    }

    /// The text a save would write: the base changed only where the model changed.
    pub fn text(&self) -> Result<Saved, SessionError> {
        let base = self.base.as_ref().ok_or(SessionError::NothingToSave)?;
        let name = self.path.display().to_string();
        Ok(save(&name, &base.source, &base.model, &self.model)?)
    }

    /// Writes the edits into the file, changing only the lines they touch. With
    /// `check_disk`, refuses (`ChangedOnDisk`) when the file changed, was removed or cannot
    /// be read since it was read; else writes over it. `meanwhile` runs after the new text is
    /// built and before the last check: a seam for the tests, which change the file there as
    /// another program could.
    pub fn save(
        &mut self,
        check_disk: bool,
        meanwhile: &mut dyn FnMut(),
    ) -> Result<Saved, SessionError> {
        if !self.dirty() {
            return Err(SessionError::NothingToSave);
        }
        let unchanged = |s: &Session| {
            let base = s.base.as_ref().expect("a dirty session has read its file");
            matches!(changed_on_disk(&s.path, &base.source), Ok(false))
        };
        if check_disk && !unchanged(self) {
            return Err(SessionError::ChangedOnDisk);
        }
        let saved = self.text()?;
        // Checked again just before the file changes: building and checking the new text
        // takes time (a second on a big file), and another program may write meanwhile.
        let written = save_over(&self.path, saved.yaml.as_bytes(), || {
            meanwhile();
            !check_disk || unchanged(self)
        });
        match written {
            Ok(()) => {}
            Err(SaveFileError::Changed) => return Err(SessionError::ChangedOnDisk),
            Err(e) => return Err(SessionError::Write(e)),
        }
        self.base = Some(Base {
            source: saved.yaml.clone(),
            model: Rc::clone(&self.model),
        });
        self.history.mark_saved();
        Ok(saved)
    }

    /// Reads the file again, dropping the edits; the file is read once more at the next
    /// edit.
    pub fn reload(&mut self) -> Result<(), LoadError> {
        let loaded = briefing::load_path(&self.path, self.max_size)?;
        self.history = History::new();
        self.base = None;
        self.model = Rc::new(loaded.briefing);
        Ok(())
    }

    /// Makes the text kept at `at` (by an interrupted session) the model, as unsaved edits
    /// of the file as it is now.
    pub fn recover(&mut self, at: &Path) -> Result<(), SessionError> {
        self.ready()?;
        let text = read_source(at, self.max_size)?;
        let kept = briefing::load_str(&at.display().to_string(), &text)
            .map_err(|d| {
                SessionError::Recover(d.first().map(|d| d.to_string()).unwrap_or_default())
            })?
            .briefing;
        let base = self.base.as_ref().expect("read just above");
        if !same_articles(&kept, &base.model) {
            return Err(SessionError::Recover(
                "it was kept from another version of the file (its articles differ)".into(),
            ));
        }
        self.model = Rc::new(kept);
        self.history = History::unsaved();
        Ok(())
    }
}

/// Whether two briefings differ at most in what edits change: their fields (title, date,
/// summary, the articles' sources and urls) and entities (and so their mentions).
fn same_articles(a: &Briefing, b: &Briefing) -> bool {
    fn texts(b: &Briefing) -> impl Iterator<Item = [&String; 4]> {
        b.articles
            .iter()
            .map(|a| [&a.id, &a.lang, &a.headline, &a.text])
    }
    a.id == b.id && texts(a).eq(texts(b))
}

/// The file's text, as it is on disk, if it is at most `max_size` bytes (`--max-size`);
/// opened as the loader opens files (never waiting on a FIFO).
fn read_source(path: &Path, max_size: u64) -> Result<String, SessionError> {
    let mut bytes = Vec::new();
    open_regular(path)
        .and_then(|f| f.take(max_size.saturating_add(1)).read_to_end(&mut bytes))
        .map_err(|e| SessionError::Read(e.to_string()))?;
    if bytes.len() as u64 > max_size {
        return Err(SessionError::Read(format!(
            "the file is over the limit of {max_size} bytes (raise it with --max-size)"
        )));
    }
    String::from_utf8(bytes)
        .map_err(|_| SessionError::Read("the file is no longer UTF-8 text".into()))
}

/// Whether the file `path` leads to and its folder (where the atomic write puts its
/// temporary file) may be written; if not, why.
pub fn writable(path: &Path) -> Result<(), String> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::EntityIx;
    use crate::briefing::load::BUNDLED_YAML;

    #[test]
    fn the_read_is_bounded_and_never_waits() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.yaml");
        std::fs::write(&path, "x".repeat(100)).unwrap();
        assert_eq!(read_source(&path, 100).unwrap().len(), 100);
        let err = read_source(&path, 99).unwrap_err().to_string();
        assert!(err.contains("over the limit of 99 bytes"), "{err}");
        // A FIFO swapped in after loading is refused at once.
        let fifo = dir.path().join("fifo.yaml");
        let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        assert!(read_source(&fifo, 100).is_err());
    }

    #[test]
    fn perform_undo_redo_save_and_reload() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.yaml");
        std::fs::write(&path, BUNDLED_YAML).unwrap();
        let mut s = Session::open(path.clone(), 1 << 24).unwrap();
        let original = Rc::clone(s.model());
        let rename = Edit::Rename {
            entity: EntityIx(0),
            name: "Renamed".into(),
        };
        s.perform(vec![rename]).unwrap();
        assert!(s.dirty() && s.model().entities[0].name == "Renamed");
        s.undo().unwrap().unwrap();
        assert!(!s.dirty() && s.model() == &original);
        s.redo().unwrap().unwrap();
        let saved = s.save(true, &mut || {}).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), saved.yaml);
        assert!(!s.dirty());
        assert!(matches!(
            s.save(true, &mut || {}),
            Err(SessionError::NothingToSave)
        ));
        // Changed on disk: refused, unless written over.
        s.perform(vec![Edit::Rename {
            entity: EntityIx(0),
            name: "Again".into(),
        }])
        .unwrap();
        std::fs::write(&path, BUNDLED_YAML).unwrap();
        assert!(matches!(
            s.save(true, &mut || {}),
            Err(SessionError::ChangedOnDisk)
        ));
        s.reload().unwrap();
        assert!(!s.dirty() && s.model() == &original);
    }
}
