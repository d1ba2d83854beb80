//! Saving over a file the user edits (the reader's `w`), as careful editors do: what
//! changes is the file the name leads to, and it keeps its mode, owner, group and other
//! names.
//!
//! Data flow: the name is followed through its symbolic links ([`resolve`]: at most 40, a
//! relative link read from its own folder) to the file itself -> its metadata (a folder, a
//! FIFO, a socket or a device is refused) -> then
//! - one name (the usual case): the new bytes in a temporary file in the file's own folder
//!   (`atomic::via_temp`), given the old file's owner and group where the process may
//!   (`fchown`; an owner it may not give is left, the group is still tried) and then its
//!   permissions, flushed, the last check, and `rename`d onto the file: the links that lead
//!   to it now lead to the new text;
//! - several hard links (`nlink > 1`, which a rename would part): a copy of the old bytes
//!   beside it (`.NAME.bak-PID-N`, mode 0600, flushed), the last check, then the new bytes
//!   written over the old ones in the same file (same inode), cut to length and flushed,
//!   and the copy removed. If that write fails, the old bytes are put back from the copy;
//!   if even that fails, the copy stays and the error names it;
//! - no file (removed since it was read): a new one, as for one name, with the default
//!   permissions.
//!
//! The last check (`unchanged`) runs just before the file changes: when another program
//! changed the file while the new text was being built, nothing is written
//! ([`SaveFileError::Changed`]).

use std::fs::{self, File, Metadata, OpenOptions};
use std::io::{self, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use super::atomic::{Existing, check_dir, create_temp, folder_of, side_name, sync_dir, via_temp};
use super::open::{describe, open_regular_with};

/// The most symbolic links followed from a name to its file (Linux's own limit).
const MAX_LINKS: usize = 40;

/// Why a save wrote nothing (or, for [`SaveFileError::BackupKept`], where the old text is).
#[derive(Debug, thiserror::Error)]
pub enum SaveFileError {
    /// The last check found the file changed since it was read.
    #[error("the file changed on disk since it was read")]
    Changed,
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
    #[error("{} is {kind}, not a regular file; not written", path.display())]
    NotRegular { path: PathBuf, kind: &'static str },
    /// Writing in place failed and the old bytes could not be put back.
    #[error("{}: {source}; its old text is kept in {}", path.display(), backup.display())]
    BackupKept {
        path: PathBuf,
        backup: PathBuf,
        source: io::Error,
    },
}

/// The file `path` leads to: its symbolic links followed (a dangling link leads to the
/// name it points to, which a save then creates). A loop or a chain of more than 40 links
/// is an error.
pub fn resolve(path: &Path) -> io::Result<PathBuf> {
    let mut at = path.to_path_buf();
    for _ in 0..=MAX_LINKS {
        match fs::symlink_metadata(&at) {
            Ok(m) if m.file_type().is_symlink() => {
                let to = fs::read_link(&at)?;
                // An absolute `to` replaces the folder.
                at = folder_of(&at).join(to);
            }
            Ok(_) => return Ok(at),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(at),
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::other("too many levels of symbolic links"))
}

/// Where the reader keeps the unsaved edits of the briefing at `path` when a signal ends
/// it: `.NAME.recover` beside the file `path` leads to (NAME shortened as temporary names
/// are, so that it fits where NAME fits).
pub fn recovery_path(path: &Path) -> PathBuf {
    let target = resolve(path).unwrap_or_else(|_| path.to_path_buf());
    let name = target.file_name().unwrap_or(target.as_os_str());
    folder_of(&target).join(side_name(name, ".recover"))
}

/// Writes `bytes` as the new content of the file `path` leads to (see the module comment);
/// `unchanged` is asked last, just before the file changes, and false writes nothing.
pub fn save_over(
    path: &Path,
    bytes: &[u8],
    unchanged: impl FnOnce() -> bool,
) -> Result<(), SaveFileError> {
    let target = resolve(path).map_err(|source| SaveFileError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let fail = |source| SaveFileError::Io {
        path: target.clone(),
        source,
    };
    let dir = folder_of(&target);
    check_dir(&dir).map_err(fail)?;
    let old = match fs::symlink_metadata(&target) {
        Ok(m) => Some(m),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(fail(e)),
    };
    let written = match &old {
        Some(m) if !m.is_file() => {
            return Err(SaveFileError::NotRegular {
                kind: describe(m.file_type()),
                path: target,
            });
        }
        Some(m) if links(m) > 1 => return in_place(&target, &dir, bytes, unchanged),
        old => {
            let finish = |file: &File| keep_owner_and_mode(file, old.as_ref());
            via_temp(
                &dir,
                &target,
                bytes,
                false,
                Existing::Replace,
                finish,
                unchanged,
            )
            .map_err(fail)?
        }
    };
    match written {
        true => Ok(()),
        false => Err(SaveFileError::Changed),
    }
}

/// How many names (hard links) the file has.
fn links(m: &Metadata) -> u64 {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        m.nlink()
    }
    #[cfg(not(unix))]
    {
        let _ = m;
        1
    }
}

/// Gives the new file the old one's owner and group (as far as the process may) and then
/// its permissions (after: a change of owner may clear set-id bits).
fn keep_owner_and_mode(file: &File, old: Option<&Metadata>) -> io::Result<()> {
    let Some(old) = old else {
        return Ok(());
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, fchown};
        let now = file.metadata()?;
        if (now.uid(), now.gid()) != (old.uid(), old.gid()) {
            let denied = |r: io::Result<()>| match r {
                Err(e) if e.kind() != io::ErrorKind::PermissionDenied => Err(e),
                _ => Ok(()),
            };
            if fchown(file, Some(old.uid()), Some(old.gid())).is_err() {
                // Not allowed to give the file away: keep its group at least (one the user
                // is in).
                denied(fchown(file, None, Some(old.gid())))?;
            }
        }
    }
    file.set_permissions(old.permissions())
}

/// The save of a file with several names: in the same inode, with a backup copy first.
fn in_place(
    target: &Path,
    dir: &Path,
    bytes: &[u8],
    unchanged: impl FnOnce() -> bool,
) -> Result<(), SaveFileError> {
    let fail = |source| SaveFileError::Io {
        path: target.to_path_buf(),
        source,
    };
    let mut file =
        open_regular_with(target, OpenOptions::new().read(true).write(true)).map_err(fail)?;
    let name = target.file_name().unwrap_or(target.as_os_str());
    let (backup, mut copy) = create_temp(dir, name, "bak", true).map_err(fail)?;
    let copied = io::copy(&mut file, &mut copy).and_then(|_| copy.sync_all());
    drop(copy);
    if let Err(e) = copied {
        let _ = fs::remove_file(&backup);
        return Err(fail(e));
    }
    if !unchanged() {
        let _ = fs::remove_file(&backup);
        return Err(SaveFileError::Changed);
    }
    match overwrite(&mut file, bytes) {
        Ok(()) => {
            let _ = fs::remove_file(&backup);
            sync_dir(dir);
            Ok(())
        }
        Err(source) => match fs::read(&backup).and_then(|old| overwrite(&mut file, &old)) {
            Ok(()) => {
                let _ = fs::remove_file(&backup);
                Err(fail(source))
            }
            Err(_) => Err(SaveFileError::BackupKept {
                path: target.to_path_buf(),
                backup,
                source,
            }),
        },
    }
}

/// `bytes` as the whole content of the open `file`, flushed to disk.
fn overwrite(file: &mut File, bytes: &[u8]) -> io::Result<()> {
    file.seek(SeekFrom::Start(0))?;
    file.write_all(bytes)?;
    file.set_len(bytes.len() as u64)?;
    file.sync_all()
}

#[cfg(all(test, unix))]
#[path = "replace_tests.rs"]
mod tests;
