//! Writing an export to a file atomically: readers see the old file or the whole new one,
//! never a part, and an existing file is only replaced when asked.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::error::Error;

/// Writes `bytes` to `path` atomically.
///
/// The bytes go to a new temporary file in the same directory (`.NAME.tmp-PID-N`, created
/// with `create_new`), which is flushed to disk (`fsync`) and then moved into place. Without
/// `force`, an existing `path` is refused with [`Error::BadInput`] (exit status 1) and left
/// untouched; the final step is then a hard link, which fails rather than replace a file
/// that appeared in the meantime. With `force`, the temporary file is renamed over `path`
/// and keeps the old file's permissions. I/O failures (missing directory, no permission,
/// `path` is a directory) are [`Error::File`] (exit status 2). The temporary file is removed
/// on every failure.
pub fn write_atomic(path: &Path, bytes: &[u8], force: bool) -> Result<(), Error> {
    let fail = |source: io::Error| Error::File {
        path: path.to_path_buf(),
        source,
    };
    let name = path
        .file_name()
        .ok_or_else(|| Error::Usage(format!("{}: not a file name", path.display())))?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let existing = fs::metadata(path).ok();
    if existing.as_ref().is_some_and(|m| m.is_dir()) {
        return Err(fail(io::Error::other("is a directory")));
    }
    if existing.is_some() && !force {
        return Err(exists(path));
    }
    match dir.metadata() {
        Ok(m) if m.is_dir() => {}
        Ok(_) => {
            return Err(fail(io::Error::other(format!(
                "{} is not a directory",
                dir.display()
            ))));
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(fail(io::Error::new(
                e.kind(),
                format!("directory {} does not exist", dir.display()),
            )));
        }
        Err(e) => return Err(fail(e)),
    }
    let (tmp, mut file) = create_temp(&dir, &name.to_string_lossy()).map_err(fail)?;
    let result = (|| {
        file.write_all(bytes)?;
        if let Some(old) = existing.as_ref().filter(|_| force) {
            file.set_permissions(old.permissions())?;
        }
        file.sync_all()?;
        drop(file);
        if force {
            fs::rename(&tmp, path)
        } else {
            place_new(&tmp, path)
        }
    })();
    let _ = fs::remove_file(&tmp);
    match result {
        Ok(()) => {
            sync_dir(&dir);
            Ok(())
        }
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(exists(path)),
        Err(e) => Err(fail(e)),
    }
}

fn exists(path: &Path) -> Error {
    Error::BadInput(format!(
        "{} already exists; use --force to overwrite it",
        path.display()
    ))
}

/// Creates a fresh temporary file beside the target, never reusing an existing name.
fn create_temp(dir: &Path, name: &str) -> io::Result<(PathBuf, File)> {
    let pid = std::process::id();
    for n in 0..1000 {
        let tmp = dir.join(format!(".{name}.tmp-{pid}-{n}"));
        match OpenOptions::new().write(true).create_new(true).open(&tmp) {
            Ok(file) => return Ok((tmp, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::other(
        "could not find a free temporary file name",
    ))
}

/// Moves `tmp` to `path` unless `path` exists: a hard link fails on an existing target.
/// Where hard links are not supported, falls back to check-then-rename.
fn place_new(tmp: &Path, path: &Path) -> io::Result<()> {
    match fs::hard_link(tmp, path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        Err(_) if fs::symlink_metadata(path).is_ok() => {
            Err(io::Error::from(io::ErrorKind::AlreadyExists))
        }
        Err(_) => fs::rename(tmp, path),
    }
}

/// Makes the rename durable where the platform allows it (best effort).
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_refuses_and_forces() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.md");
        write_atomic(&path, b"one", false).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"one");
        let err = write_atomic(&path, b"two", false).unwrap_err();
        assert_eq!(err.exit_code(), 1);
        assert_eq!(fs::read(&path).unwrap(), b"one");
        write_atomic(&path, b"three", true).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"three");
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "no temporary file left behind");
    }

    #[test]
    fn missing_directory_and_directory_targets_are_io_errors() {
        let dir = tempfile::tempdir().unwrap();
        let err = write_atomic(&dir.path().join("nope/out.md"), b"x", false).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(err.to_string().contains("does not exist"), "{err}");
        let err = write_atomic(dir.path(), b"x", true).unwrap_err();
        assert_eq!(err.exit_code(), 2);
    }
}
