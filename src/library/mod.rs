//! The library: every briefing below a folder, summarised for the list view (`briefing DIR`)
//! and for the entity index that matches actors and places across briefings.
//!
//! Data flow: [`walk::walk`] finds the files and their stamps, on a thread of its own (the
//! library screen shows at once, and can be left, however long the walk takes) -> states
//! are taken from the previous scan, or from the [`cache`] on the first one, where the stamp
//! still matches -> the other files are read on background threads
//! ([`scan::read_in_background`], one [`Summary`] each). [`Library::receive`] takes in the
//! walk and then the files read (all at once, or as they come for the library screen) ->
//! the cache is saved when anything changed. [`summary`] is what is kept of one briefing;
//! [`order`] sorts the list; [`index::EntityIndex`] groups the summaries' entities;
//! [`filter`] matches typed queries with the reader's search folding.

pub mod cache;
pub mod filter;
pub mod index;
pub mod order;
pub mod scan;
pub mod summary;
pub mod walk;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};

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
    /// Whether the entries are a whole walk's (not while a scan is walking): only then is
    /// the cache saved.
    walked: bool,
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

/// A scan under way: the folder being walked, then its files being read, on background
/// threads. [`Library::receive`] moves what they have found and read into the entries.
pub struct Reading {
    /// The walk, until it is received, with the states known before it.
    walking: Option<(Receiver<Vec<walk::Found>>, Known)>,
    /// The files' states, once the walk is received.
    results: Option<Receiver<(usize, State)>>,
    /// The scan it belongs to: results of an older scan are dropped.
    scan: u64,
    /// Files to read, and how many have been read (0 of 0 while walking).
    pub total: usize,
    pub done: usize,
    /// What the scan does, once the walk is received.
    pub scanned: Scanned,
    finished: bool,
}

/// The states known before a scan, by path: reused where the stamp still matches.
type Known = HashMap<PathBuf, (Stamp, State)>;

impl Reading {
    pub fn is_finished(&self) -> bool {
        self.finished
    }

    /// Whether the folder is still being walked (no entries yet).
    pub fn is_walking(&self) -> bool {
        self.walking.is_some()
    }
}

impl Library {
    /// Scans the folder, reusing the cache where files have not changed, and reads the
    /// others (on all cores) before returning.
    pub fn open(root: &Path, options: Options) -> (Library, Scanned) {
        let (mut library, mut reading) = Library::open_in_background(root, options);
        library.receive(&mut reading, true);
        (library, reading.scanned)
    }

    /// Like [`Library::open`], but returns at once: the entries come with
    /// [`Library::receive`] once the folder is walked, files still to read as
    /// [`State::Pending`] until it gets them too. The [`Scanned`] counts are
    /// `Reading::scanned`, known once the walk is received.
    pub fn open_in_background(root: &Path, options: Options) -> (Library, Reading) {
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
            walked: false,
        };
        let reading = library.update(known);
        (library, reading)
    }

    /// Scans again: files whose stamp changed are read again, new files are added and
    /// deleted ones dropped.
    pub fn refresh(&mut self) -> Scanned {
        let known = std::mem::take(&mut self.entries)
            .into_iter()
            .filter(|e| !matches!(e.state, State::Pending))
            .filter_map(|e| Some((e.path, (e.stamp?, e.state))))
            .collect();
        let mut reading = self.update(known);
        self.receive(&mut reading, true);
        reading.scanned
    }

    /// Starts a scan: the walk of the folder, on a thread of its own; the entries are
    /// emptied until [`Library::receive`] takes it in.
    fn update(&mut self, known: Known) -> Reading {
        let (tx, rx) = mpsc::channel();
        let root = self.root.clone();
        // If the thread cannot start (or panics, a bug), the channel closes and the folder
        // is listed as not walked. Named as the readers are: the terminal's panic hook
        // leaves it alone.
        let _ = std::thread::Builder::new()
            .name(scan::READER_THREAD.into())
            .spawn(move || tx.send(walk::walk(&root)));
        self.entries = Vec::new();
        self.walked = false;
        self.scans += 1;
        Reading {
            walking: Some((rx, known)),
            results: None,
            scan: self.scans,
            total: 0,
            done: 0,
            scanned: Scanned::default(),
            finished: false,
        }
    }

    /// Makes the entries of a walk: keeps the states that are still good and starts
    /// reading the rest.
    fn place(&mut self, found: Vec<walk::Found>, mut known: Known, reading: &mut Reading) {
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
        self.walked = true;
        reading.scanned = scanned;
        reading.total = to_read.len();
        reading.results = Some(scan::read_in_background(to_read, self.options.max_size));
    }

    /// Takes in the walk once it is done, then moves the files read so far into the
    /// entries (with `wait`, all of them); returns the entry numbers that changed. Without
    /// `wait`, the call that takes in the walk returns at once with every entry (the list
    /// shows before any file is read). When the last file is in, the cache is saved (if
    /// anything changed).
    pub fn receive(&mut self, reading: &mut Reading, wait: bool) -> Vec<usize> {
        let mut received = Vec::new();
        if reading.scan != self.scans {
            // The entries it would fill in are gone.
            reading.finished = true;
            reading.walking = None;
        }
        if let Some((walk, _)) = &reading.walking {
            let found = if wait {
                walk.recv().map_err(|_| TryRecvError::Disconnected)
            } else {
                walk.try_recv()
            };
            let found = match found {
                Ok(found) => found,
                Err(TryRecvError::Empty) => return received,
                Err(TryRecvError::Disconnected) => vec![walk::Found {
                    path: self.root.clone(),
                    stamp: Err("the folder could not be walked".into()),
                }],
            };
            if let Some((_, known)) = reading.walking.take() {
                self.place(found, known, reading);
            }
            received.extend(0..self.entries.len());
            if !wait {
                return received;
            }
        }
        while !reading.finished {
            let next = match &reading.results {
                _ if reading.done == reading.total => Err(TryRecvError::Disconnected),
                Some(results) if wait => results.recv().map_err(|_| TryRecvError::Disconnected),
                Some(results) => results.try_recv(),
                None => Err(TryRecvError::Disconnected),
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
                    if reading.scanned.changed() {
                        self.save_cache();
                    }
                }
            }
        }
        received
    }

    /// Saves the index cache now (files not read yet are left out; nothing while the folder
    /// is being walked); done by itself when a scan's reading ends.
    pub fn save_cache(&mut self) {
        let Some(cache) = self.options.cache.as_ref().filter(|_| self.walked) else {
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
