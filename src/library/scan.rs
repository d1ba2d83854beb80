//! Reading the briefing files that need it, and what the library keeps of each.
//!
//! A file's version is its [`Stamp`] (size, modification and change times, inode); what the
//! library knows of it is a [`State`]. [`read_in_background`] loads the given files (found
//! by `walk`) on all cores and sends a [`State`] per file: its summary, its first error, or
//! why it could not be read.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use crate::briefing::{LoadError, load_path};

use super::summary::Summary;

/// Whether a path names a briefing file by its extension.
pub fn is_briefing_file(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("yaml" | "yml")
    )
}

/// A file version: when any part differs, the file is read again. The modification time
/// can be set back (`touch -d`) after a rewrite of the same size; the inode change time
/// cannot, and a file replaced by another (an editor's save, a `mv`) has a new inode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    pub size: u64,
    pub modified_secs: u64,
    pub modified_nanos: u32,
    pub changed_secs: i64,
    pub changed_nanos: i64,
    pub inode: u64,
}

impl Stamp {
    pub fn of(meta: &std::fs::Metadata) -> Stamp {
        let modified = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .unwrap_or_default();
        #[cfg(unix)]
        let (changed_secs, changed_nanos, inode) = {
            use std::os::unix::fs::MetadataExt;
            (meta.ctime(), meta.ctime_nsec(), meta.ino())
        };
        #[cfg(not(unix))]
        let (changed_secs, changed_nanos, inode) = (0, 0, 0);
        Stamp {
            size: meta.len(),
            modified_secs: modified.as_secs(),
            modified_nanos: modified.subsec_nanos(),
            changed_secs,
            changed_nanos,
            inode,
        }
    }
}

/// What the library knows of one file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    Valid(Summary),
    /// Not a valid briefing: its first error, as `line:col: error: message` (the path is
    /// the entry's).
    Invalid(String),
    /// Could not be read (permissions, vanished): not cached, tried again on every scan.
    Unreadable(String),
    /// Not read yet (the library screen shows the list while files are read). Never cached.
    #[serde(skip)]
    Pending,
}

/// Loads one file and keeps what the library needs of it.
pub fn read(path: &Path, max_size: u64) -> State {
    match load_path(path, max_size) {
        Ok(loaded) => State::Valid(Summary::of(&loaded.briefing)),
        Err(LoadError::Invalid(diagnostics)) => {
            let first = diagnostics
                .iter()
                .find(|d| d.is_error())
                .or(diagnostics.first());
            State::Invalid(first.map_or_else(
                || "invalid briefing".into(),
                |d| format!("{}:{}: error: {}", d.line, d.column, d.message),
            ))
        }
        Err(LoadError::Io { source, .. }) => State::Unreadable(source.to_string()),
    }
}

/// The name of the threads [`read_in_background`] starts, and of the library's walk (the
/// terminal's panic hook leaves their panics alone: each becomes its file's error, or the
/// folder's).
pub const READER_THREAD: &str = "briefing-reader";

/// Starts [`read`]ing `files` (entry number, path) on as many threads as there are cores;
/// each result comes over the channel with its entry number, in no particular order. A
/// panic while reading a file (a bug) makes that file unreadable, with the panic's message,
/// instead of losing the thread. The threads stop early when the receiver is dropped.
pub fn read_in_background(files: Vec<(usize, PathBuf)>, max_size: u64) -> Receiver<(usize, State)> {
    let (tx, rx) = mpsc::channel();
    let threads = thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(files.len());
    // Test-only (feature `test-hooks`): `BRIEFING_TEST_PANIC=read` makes reading any
    // `panic.yaml` panic (tests/pty/library_pty.rs). Read once per scan, here.
    #[cfg(feature = "test-hooks")]
    let test_panic = std::env::var_os("BRIEFING_TEST_PANIC").is_some_and(|v| v == "read");
    let files = Arc::new(files);
    let next = Arc::new(AtomicUsize::new(0));
    for _ in 0..threads {
        let (files, next, tx) = (Arc::clone(&files), Arc::clone(&next), tx.clone());
        let work = move || {
            while let Some((entry, path)) = files.get(next.fetch_add(1, Ordering::Relaxed)) {
                let state = std::panic::catch_unwind(|| {
                    #[cfg(feature = "test-hooks")]
                    assert!(
                        !(test_panic && path.ends_with("panic.yaml")),
                        "BRIEFING_TEST_PANIC=read: forced panic"
                    );
                    read(path, max_size)
                })
                .unwrap_or_else(|panic| {
                    State::Unreadable(format!(
                        "internal error while reading this file: {}",
                        panic_message(panic.as_ref())
                    ))
                });
                if tx.send((*entry, state)).is_err() {
                    break;
                }
            }
        };
        // If no thread starts, the channel closes and the receiver marks the files as
        // not read.
        let _ = thread::Builder::new()
            .name(READER_THREAD.into())
            .spawn(work);
    }
    rx
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> &str {
    payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("panic")
}
