//! The library: every briefing below a folder, summarised for the list view (`briefing DIR`)
//! and for the entity index that matches actors and places across briefings.
//!
//! Data flow: [`scan::walk`] finds the files and their stamps -> states are taken from the
//! previous scan, or from the [`cache`] on the first one, where the stamp still matches ->
//! the other files are read in parallel ([`scan::read_all`], one [`Summary`] each) -> the
//! cache is saved when anything changed. [`index::EntityIndex`] groups the summaries'
//! entities; [`filter`] matches typed queries with the reader's search folding.

pub mod cache;
pub mod filter;
pub mod index;
pub mod order;
pub mod scan;
pub mod summary;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

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

impl Library {
    /// Scans the folder, reusing the cache where files have not changed.
    pub fn open(root: &Path, options: Options) -> (Library, Scanned) {
        let known = match &options.cache {
            Some(cache) => cache::load(cache, &cache_root(root), options.max_size)
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
        };
        let scanned = library.update(known);
        (library, scanned)
    }

    /// Scans again: files whose size or modification time changed are read again, new files
    /// are added and deleted ones dropped.
    pub fn refresh(&mut self) -> Scanned {
        let known = std::mem::take(&mut self.entries)
            .into_iter()
            .filter_map(|e| Some((e.path, (e.stamp?, e.state))))
            .collect();
        self.update(known)
    }

    fn update(&mut self, mut known: HashMap<PathBuf, (Stamp, State)>) -> Scanned {
        let found = scan::walk(&self.root);
        let mut scanned = Scanned::default();
        let mut entries: Vec<Entry> = Vec::with_capacity(found.len());
        let mut to_read = Vec::new();
        for f in found {
            let state = match &f.stamp {
                Err(e) => Some(State::Unreadable(e.clone())),
                Ok(stamp) => match known.remove(&f.path) {
                    Some((old, state))
                        if old == *stamp && !matches!(state, State::Unreadable(_)) =>
                    {
                        scanned.reused += 1;
                        Some(state)
                    }
                    _ => None,
                },
            };
            if state.is_none() {
                to_read.push(entries.len());
            }
            entries.push(Entry {
                path: f.path,
                stamp: f.stamp.ok(),
                // Filled in below.
                state: state.unwrap_or(State::Unreadable(String::new())),
            });
        }
        let paths: Vec<&Path> = to_read.iter().map(|&i| entries[i].path.as_path()).collect();
        let states = scan::read_all(&paths, self.options.max_size);
        for (i, state) in to_read.into_iter().zip(states) {
            entries[i].state = state;
            scanned.read += 1;
        }
        scanned.removed = known.len();
        self.entries = entries;
        if scanned.changed() {
            self.save_cache();
        }
        scanned
    }

    fn save_cache(&mut self) {
        let Some(cache) = &self.options.cache else {
            return;
        };
        let root = cache_root(&self.root);
        let entries = self.entries.iter().filter_map(|e| {
            let rel = e.path.strip_prefix(&self.root).ok()?;
            Some((rel, e.stamp?, &e.state))
        });
        self.cache_error = cache::save(cache, &root, self.options.max_size, entries)
            .err()
            .map(|e| e.to_string());
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
