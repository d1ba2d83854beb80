//! The library: every briefing below a folder, summarised for the list view (`briefing DIR`)
//! and for the entity index that matches actors and places across briefings.
//!
//! Data flow: [`walk::walk`] finds the files and their stamps -> states are taken from the
//! previous scan, or from the [`cache`] on the first one, where the stamp still matches ->
//! the other files are read on background threads ([`scan::read_in_background`], one
//! [`Summary`] each) and received into the entries (all at once, or as they come for the
//! library screen) -> the cache is saved when anything changed. [`index::EntityIndex`] groups the summaries'
//! entities; [`filter`] matches typed queries with the reader's search folding.

pub mod cache;
pub mod filter;
pub mod index;
pub mod order;
pub mod scan;
pub mod summary;
pub mod walk;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError};

pub use scan::{Stamp, State, is_briefing_file};
pub use summary::{EntitySummary, Summary};

/// One briefing file of the library.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The path as found below the folder the library was opened with.
    pub path: PathBuf,
    /// None when the file could not even be looked at.
    pub stamp: Option<Stamp>,
    pub state: State,
}

impl Entry {
    /// The path below the library folder, for display (the whole path for the folder
    /// itself).
    pub fn name<'a>(&'a self, root: &Path) -> std::borrow::Cow<'a, str> {
        match self.path.strip_prefix(root) {
            Ok(rel) if !rel.as_os_str().is_empty() => rel.to_string_lossy(),
            _ => self.path.to_string_lossy(),
        }
    }

    pub fn summary(&self) -> Option<&Summary> {
        match &self.state {
            State::Valid(s) => Some(s),
            _ => None,
        }
    }

    /// Why the file is not listed as a briefing, if it is not.
    pub fn problem(&self) -> Option<&str> {
        match &self.state {
            State::Valid(_) => None,
            State::Invalid(e) | State::Unreadable(e) => Some(e),
            State::Pending => Some("being read"),
        }
    }
}

/// How to open a library.
#[derive(Debug, Clone)]
pub struct Options {
    pub max_size: u64,
    /// The index cache file; None reads every file on every scan.
    pub cache: Option<PathBuf>,
}

pub struct Library {
    pub root: PathBuf,
    pub entries: Vec<Entry>,
    options: Options,
    /// Why the cache could not be written, if it could not (the library works without it).
    pub cache_error: Option<String>,
    /// Scans so far (a [`Reading`] belongs to one).
    scans: u64,
    /// The folder as the cache records it ([`cache_root`]), worked out once.
    cache_root: PathBuf,
}

/// What a scan did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scanned {
    /// Files read (new or changed).
    pub read: usize,
    /// Files reused from the previous scan or the cache.
    pub reused: usize,
    /// Files gone since the previous scan.
    pub removed: usize,
}

impl Scanned {
    pub fn changed(&self) -> bool {
        self.read > 0 || self.removed > 0
    }
}

/// The files of a scan that are still being read, on background threads.
/// [`Library::receive`] moves what they have read into the entries.
pub struct Reading {
    results: Receiver<(usize, State)>,
    /// The scan it belongs to: results of an older scan are dropped.
    scan: u64,
    /// Files to read, and how many have been read.
    pub total: usize,
    pub done: usize,
    /// Whether the scan changed anything: the cache is saved once everything is read.
    changed: bool,
    finished: bool,
}

impl Reading {
    pub fn is_finished(&self) -> bool {
        self.finished
    }
}

impl Library {
    /// Scans the folder, reusing the cache where files have not changed, and reads the
    /// others (on all cores) before returning.
    pub fn open(root: &Path, options: Options) -> (Library, Scanned) {
        let (mut library, scanned, mut reading) = Library::open_in_background(root, options);
        library.receive(&mut reading, true);
        (library, scanned)
    }

    /// Like [`Library::open`], but returns at once: files still to read are
    /// [`State::Pending`] until [`Library::receive`] gets them.
    pub fn open_in_background(root: &Path, options: Options) -> (Library, Scanned, Reading) {
        let canonical = cache_root(root);
        let known = match &options.cache {
            Some(cache) => cache::load(cache, &canonical, options.max_size)
                .into_iter()
                .map(|(rel, v)| (root.join(rel), v))
                .collect(),
            None => HashMap::new(),
        };
        let mut library = Library {
            root: root.to_path_buf(),
            entries: Vec::new(),
            options,
            cache_error: None,
            scans: 0,
            cache_root: canonical,
        };
        let (scanned, reading) = library.update(known);
        (library, scanned, reading)
    }

    /// Scans again: files whose size or modification time changed are read again, new files
    /// are added and deleted ones dropped.
    pub fn refresh(&mut self) -> Scanned {
        let known = std::mem::take(&mut self.entries)
            .into_iter()
            .filter(|e| !matches!(e.state, State::Pending))
            .filter_map(|e| Some((e.path, (e.stamp?, e.state))))
            .collect();
        let (scanned, mut reading) = self.update(known);
        self.receive(&mut reading, true);
        scanned
    }

    /// Walks the folder, keeps the states that are still good and starts reading the rest.
    fn update(&mut self, mut known: HashMap<PathBuf, (Stamp, State)>) -> (Scanned, Reading) {
        let found = walk::walk(&self.root);
        let mut scanned = Scanned::default();
        let mut entries: Vec<Entry> = Vec::with_capacity(found.len());
        let mut to_read = Vec::new();
        for f in found {
            let state = match &f.stamp {
                Err(e) => State::Unreadable(e.clone()),
                Ok(stamp) => match known.remove(&f.path) {
                    Some((old, state))
                        if old == *stamp && !matches!(state, State::Unreadable(_)) =>
                    {
                        scanned.reused += 1;
                        state
                    }
                    _ => {
                        to_read.push((entries.len(), f.path.clone()));
                        State::Pending
                    }
                },
            };
            entries.push(Entry {
                path: f.path,
                stamp: f.stamp.ok(),
                state,
            });
        }
        scanned.read = to_read.len();
        scanned.removed = known.len();
        self.entries = entries;
        self.scans += 1;
        let reading = Reading {
            scan: self.scans,
            total: to_read.len(),
            done: 0,
            changed: scanned.changed(),
            finished: false,
            results: scan::read_in_background(to_read, self.options.max_size),
        };
        (scanned, reading)
    }

    /// Moves the files read so far into the entries (with `wait`, all of them); returns
    /// their entry numbers. When the last one is in, the cache is saved (if anything
    /// changed).
    pub fn receive(&mut self, reading: &mut Reading, wait: bool) -> Vec<usize> {
        let mut received = Vec::new();
        if reading.scan != self.scans {
            // The entries it would fill in are gone.
            reading.finished = true;
        }
        while !reading.finished {
            let next = if reading.done == reading.total {
                Err(TryRecvError::Disconnected)
            } else if wait {
                reading
                    .results
                    .recv()
                    .map_err(|_| TryRecvError::Disconnected)
            } else {
                reading.results.try_recv()
            };
            match next {
                Ok((i, state)) => {
                    self.entries[i].state = state;
                    reading.done += 1;
                    received.push(i);
                }
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    // Every reader is done (or one died): nothing is left pending.
                    for e in &mut self.entries {
                        if matches!(e.state, State::Pending) {
                            e.state = State::Unreadable("reading stopped before this file".into());
                        }
                    }
                    reading.finished = true;
                    if reading.changed {
                        self.save_cache();
                    }
                }
            }
        }
        received
    }

    /// Saves the index cache now (files not read yet are left out); done by itself when a
    /// scan's reading ends.
    pub fn save_cache(&mut self) {
        let Some(cache) = &self.options.cache else {
            return;
        };
        let entries = self.entries.iter().filter_map(|e| {
            let rel = e.path.strip_prefix(&self.root).ok()?;
            Some((rel, e.stamp?, &e.state))
        });
        self.cache_error = cache::save(cache, &self.cache_root, self.options.max_size, entries)
            .err()
            .map(|e| e.to_string());
    }

    /// The file size limit the library reads with.
    pub fn max_size(&self) -> u64 {
        self.options.max_size
    }

    pub fn valid(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| e.summary().is_some())
            .count()
    }
}

/// The folder as the cache records it: absolute and without `..`, so that `lib`, `./lib`
/// and `/home/me/lib` share one cache.
pub fn cache_root(root: &Path) -> PathBuf {
    root.canonicalize().unwrap_or_else(|_| root.to_path_buf())
}
