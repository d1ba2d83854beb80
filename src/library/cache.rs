//! The library's index cache: the [`State`] of every file, keyed by its path relative to the
//! library folder and its [`Stamp`] (size, modification and change times, inode), in one JSON file per
//! library in the user's cache directory (`$BRIEFING_CACHE_DIR`, else e.g.
//! `~/.cache/briefing`). A file whose stamp still matches is not read again.
//!
//! The cache is only ever a shortcut: a cache that is missing, unreadable, corrupt, from
//! another version of the program, for another folder or another size limit is ignored (and
//! replaced on the next save), and a failed save loses nothing but time.

use std::collections::HashMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::scan::{Stamp, State};
use crate::fileio::WriteError;

/// Why the cache was not saved (the library shows it, and carries on without a cache).
#[derive(Debug, thiserror::Error)]
pub enum CacheError {
    /// The cache's folder could not be made.
    #[error("{}: {source}", path.display())]
    Folder {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{0}")]
    Encode(#[from] serde_json::Error),
    #[error(transparent)]
    Write(#[from] WriteError),
}

/// Bumped when what a [`State`] holds, or how it is made, changes.
const CACHE_VERSION: u32 = 3;

/// A cache file larger than this is not read (about 15 times what 10 000 briefings need).
const MAX_CACHE_SIZE: u64 = 128 << 20;

#[derive(Serialize, Deserialize)]
struct CacheFile {
    version: u32,
    program: String,
    root: String,
    max_size: u64,
    entries: Vec<CachedEntry>,
}

#[derive(Serialize, Deserialize)]
struct CachedEntry {
    path: String,
    stamp: Stamp,
    state: State,
}

/// Where the cache of the library at `root` lives; None when there is no cache directory.
pub fn location(root: &Path) -> Option<PathBuf> {
    let dir = match std::env::var_os("BRIEFING_CACHE_DIR") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => dirs::cache_dir()?.join("briefing"),
    };
    Some(dir.join(format!("library-{:016x}.json", fnv1a(root))))
}

/// FNV-1a of the folder's path: stable across runs and builds, so a library keeps its cache
/// file. It only spreads libraries over file names: the file records its folder, and a
/// cache for another folder is ignored.
fn fnv1a(root: &Path) -> u64 {
    root.as_os_str()
        .as_encoded_bytes()
        .iter()
        .fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
            (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
}

/// The cached states of the library at `root` (absolute), by path below `root`; empty when
/// there is no usable cache.
pub fn load(cache: &Path, root: &Path, max_size: u64) -> HashMap<PathBuf, (Stamp, State)> {
    let read = || -> Option<CacheFile> {
        // Never waits: a FIFO or device at the cache path is not a cache.
        let file = crate::fileio::open_regular(cache).ok()?;
        let mut bytes = Vec::new();
        file.take(MAX_CACHE_SIZE).read_to_end(&mut bytes).ok()?;
        serde_json::from_slice(&bytes).ok()
    };
    match read() {
        Some(c)
            if c.version == CACHE_VERSION
                && c.program == env!("CARGO_PKG_VERSION")
                && Path::new(&c.root) == root
                && c.max_size == max_size =>
        {
            c.entries
                .into_iter()
                .map(|e| (PathBuf::from(e.path), (e.stamp, e.state)))
                .collect()
        }
        _ => HashMap::new(),
    }
}

/// Writes the cache of the library at `root` (atomically: a reader sees the old or the new
/// cache), from each file's path below `root`. Unreadable and unread files are left out, so
/// they are tried again, and so are paths that are not UTF-8.
pub fn save<'a>(
    cache: &Path,
    root: &Path,
    max_size: u64,
    entries: impl Iterator<Item = (&'a Path, Stamp, &'a State)>,
) -> Result<(), CacheError> {
    let file = CacheFile {
        version: CACHE_VERSION,
        program: env!("CARGO_PKG_VERSION").to_string(),
        root: root.to_string_lossy().into_owned(),
        max_size,
        entries: entries
            .filter(|(_, _, state)| !matches!(state, State::Unreadable(_) | State::Pending))
            .filter_map(|(path, stamp, state)| {
                Some(CachedEntry {
                    path: path.to_str()?.to_string(),
                    stamp,
                    state: state.clone(),
                })
            })
            .collect(),
    };
    if let Some(dir) = cache.parent() {
        fs::create_dir_all(dir).map_err(|source| CacheError::Folder {
            path: dir.to_path_buf(),
            source,
        })?;
    }
    let bytes = serde_json::to_vec(&file)?;
    Ok(crate::fileio::write_private(cache, &bytes)?)
}

#[cfg(test)]
mod tests {
    #[test]
    fn fnv1a_is_the_standard_one() {
        // The published FNV-1a 64 test vectors.
        assert_eq!(super::fnv1a("".as_ref()), 0xcbf29ce484222325);
        assert_eq!(super::fnv1a("a".as_ref()), 0xaf63dc4c8601ec8c);
        assert_eq!(super::fnv1a("foobar".as_ref()), 0x85944171f73967e8);
    }
}
