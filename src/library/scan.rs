//! Finding the briefing files below a folder and reading the ones that need it.
//!
//! [`walk`] lists every `*.yaml` / `*.yml` file (recursively, sorted by name) with its size
//! and modification time, and every path it could not read; [`read_in_background`] loads the
//! given files on all cores and sends a [`State`] per file: its summary, its first error, or
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

/// A file version: when size or modification time differ, the file is read again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    pub size: u64,
    pub modified_secs: u64,
    pub modified_nanos: u32,
}

impl Stamp {
    pub fn of(meta: &std::fs::Metadata) -> Stamp {
        let modified = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .unwrap_or_default();
        Stamp {
            size: meta.len(),
            modified_secs: modified.as_secs(),
            modified_nanos: modified.subsec_nanos(),
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

/// A path found below the library's folder: a file with its stamp, or an error.
pub struct Found {
    pub path: PathBuf,
    pub stamp: Result<Stamp, String>,
}

/// Every briefing file below `root` in name order, and every path that could not be read.
/// Symbolic links are followed (a link loop is reported as a path that could not be read);
/// only regular files are read, so a FIFO or device named `*.yaml` cannot block the scan (it
/// is listed as unreadable).
pub fn walk(root: &Path) -> Vec<Found> {
    let mut found = Vec::new();
    for entry in walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
    {
        match entry {
            Ok(entry) if entry.file_type().is_file() && is_briefing_file(entry.path()) => {
                let stamp = entry
                    .metadata()
                    .map(|m| Stamp::of(&m))
                    .map_err(|e| e.to_string());
                found.push(Found {
                    path: entry.into_path(),
                    stamp,
                });
            }
            Ok(entry) if !entry.file_type().is_dir() && is_briefing_file(entry.path()) => found
                .push(Found {
                    path: entry.into_path(),
                    stamp: Err("not a regular file (not read)".into()),
                }),
            Ok(_) => {}
            Err(e) => {
                let path = e.path().unwrap_or(root).to_path_buf();
                // A dangling link named notes.txt is none of the library's business; a
                // briefing file, a folder that cannot be read or a link loop is.
                if is_briefing_file(&path)
                    || path.is_dir()
                    || e.loop_ancestor().is_some()
                    || e.depth() == 0
                {
                    // The message without the path: it is shown beside it.
                    let message = match (e.loop_ancestor(), e.io_error()) {
                        (Some(ancestor), _) => {
                            format!("link loop back to {}", ancestor.display())
                        }
                        (None, Some(io)) => io.to_string(),
                        (None, None) => e.to_string(),
                    };
                    found.push(Found {
                        path,
                        stamp: Err(message),
                    });
                }
            }
        }
    }
    found
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

/// The name of the threads [`read_in_background`] starts (the terminal's panic hook leaves
/// their panics alone: each becomes its file's error).
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
    // Test-only: `BRIEFING_TEST_PANIC=read` makes reading any `panic.yaml` panic
    // (tests/library_pty.rs). Read once per scan, here.
    let test_panic = std::env::var_os("BRIEFING_TEST_PANIC").is_some_and(|v| v == "read");
    let files = Arc::new(files);
    let next = Arc::new(AtomicUsize::new(0));
    for _ in 0..threads {
        let (files, next, tx) = (Arc::clone(&files), Arc::clone(&next), tx.clone());
        let work = move || {
            while let Some((entry, path)) = files.get(next.fetch_add(1, Ordering::Relaxed)) {
                let state = std::panic::catch_unwind(|| {
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
