//! Temporary files are not left behind when a signal ends the program in the middle of a
//! write.
//!
//! Every temporary file of [`super::write_atomic`] is created and recorded under one lock
//! ([`track`]) and forgotten when its write is over. [`remove_temp_files_on_signals`]
//! (called by `briefing export -o`, and by [`super::write_output`] for `new -o` and
//! `suggest --apply -o`) starts a thread, once per run, that waits for SIGINT, SIGTERM or
//! SIGHUP; on one, it takes the lock (so no new temporary file can appear), removes the
//! recorded files and ends the program as the signal would have. The reader does not use
//! it: there SIGTERM and SIGHUP stop the event loop and the write in progress finishes.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

/// The temporary files in existence now.
static TEMP_FILES: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn temp_files() -> MutexGuard<'static, Vec<PathBuf>> {
    TEMP_FILES.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A temporary file recorded for removal on a signal; forgotten when dropped.
pub(super) struct Tracked(PathBuf);

impl Tracked {
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for Tracked {
    fn drop(&mut self) {
        let mut files = temp_files();
        if let Some(at) = files.iter().position(|p| *p == self.0) {
            files.swap_remove(at);
        }
    }
}

/// Creates a temporary file with `create` and records it, under the lock.
pub(super) fn track(
    create: impl FnOnce() -> io::Result<(PathBuf, File)>,
) -> io::Result<(Tracked, File)> {
    let mut files = temp_files();
    let (path, file) = create()?;
    files.push(path.clone());
    Ok((Tracked(path), file))
}

/// Whether the thread of [`remove_temp_files_on_signals`] runs.
static STARTED: Mutex<bool> = Mutex::new(false);

/// From now on, SIGINT, SIGTERM and SIGHUP remove the temporary files of writes in
/// progress before ending the program (with the signal's own exit status). Calling it
/// again changes nothing.
pub fn remove_temp_files_on_signals() -> io::Result<()> {
    let mut started = STARTED.lock().unwrap_or_else(PoisonError::into_inner);
    if *started {
        return Ok(());
    }
    let mut signals = Signals::new([SIGINT, SIGTERM, SIGHUP])?;
    std::thread::Builder::new()
        .name("briefing-cleanup".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                // Held until the end: no write starts a new temporary file meanwhile.
                let files = temp_files();
                for path in files.iter() {
                    let _ = fs::remove_file(path);
                }
                let _ = signal_hook::low_level::emulate_default_handler(signal);
                std::process::exit(128 + signal);
            }
        })?;
    *started = true;
    Ok(())
}
