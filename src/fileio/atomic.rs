//! Writing a file atomically: readers see the old file or the whole new one, never a part;
//! an existing file is only replaced when asked, and an export only ever replaces a regular
//! file (or a symbolic link, which is replaced as a link).
//!
//! Data flow: look at the target without following a link (`lstat`): a folder is refused,
//! and so are a FIFO, a socket or a device for an export -> a new temporary file beside it (`.NAME.tmp-PID-N`,
//! shortened so that it fits wherever NAME fits), tracked by [`super::cleanup`] while it
//! exists -> the bytes, flushed to disk (`fsync`) -> moved into place: `rename` (which
//! replaces a link itself, never what it points to) or, when nothing may be replaced, a hard
//! link (which fails rather than replace a file that appeared in the meantime) -> the
//! temporary file is removed on every path. That write ([`via_temp`]) is shared with
//! `replace`, which saves an edited file through its links instead.

use std::ffi::OsStr;
use std::fs::{self, File, OpenOptions, Permissions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::cleanup;
use super::open::describe;

/// Why a write did not happen; the command layer says which exit status each one is.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The target exists and may not be replaced ([`Existing::Refuse`]).
    #[error("{} already exists; use --force to overwrite it", .0.display())]
    Exists(PathBuf),
    /// The target is a FIFO, a socket or a device: never replaced by an export.
    #[error("{} is {kind}, not a regular file; refusing to replace it", path.display())]
    NotRegular { path: PathBuf, kind: &'static str },
    /// The path ends in no file name (`..`, `/`).
    #[error("{}: not a file name", .0.display())]
    NotAFileName(PathBuf),
    /// Reading or writing the file or its folder failed.
    #[error("{}: {source}", path.display())]
    File { path: PathBuf, source: io::Error },
    /// The signal handlers that remove a temporary file could not be set up.
    #[error("{0}")]
    Signals(io::Error),
}

/// What to do when the target exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existing {
    /// Leave it alone: [`WriteError::Exists`].
    Refuse,
    /// Replace it (`--force`); a regular file's permissions are kept.
    Replace,
}

impl Existing {
    /// What a command's `--force` asks for.
    pub fn from_force(force: bool) -> Existing {
        if force {
            Existing::Replace
        } else {
            Existing::Refuse
        }
    }
}

/// How the new file's permissions are chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// The user's default (umask), or those of the regular file replaced.
    Export,
    /// Owner read and write only, whatever was there before.
    Private,
}

/// Writes an export to `path` atomically (see the module comment). I/O failures (missing
/// folder, no permission, `path` is a folder) are [`WriteError::File`]; a target that is a
/// FIFO, socket or device is [`WriteError::NotRegular`], whatever `existing` says.
pub fn write_atomic(path: &Path, bytes: &[u8], existing: Existing) -> Result<(), WriteError> {
    write(path, bytes, existing, Mode::Export)
}

/// Writes a command's `-o` file as [`write_atomic`] does, its temporary file removed if
/// SIGINT, SIGTERM or SIGHUP ends the program meanwhile ([`cleanup`]).
pub fn write_output(path: &Path, bytes: &[u8], existing: Existing) -> Result<(), WriteError> {
    cleanup::remove_temp_files_on_signals().map_err(WriteError::Signals)?;
    write_atomic(path, bytes, existing)
}

/// Writes a private file (the library's cache) atomically, replacing what is there (but a
/// folder): always a fresh file with mode 0600, never the permissions of the file it
/// replaces, and a link or a FIFO at `path` is replaced, not followed or opened.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    write(path, bytes, Existing::Replace, Mode::Private)
}

fn write(path: &Path, bytes: &[u8], existing: Existing, mode: Mode) -> Result<(), WriteError> {
    let fail = |source: io::Error| WriteError::File {
        path: path.to_path_buf(),
        source,
    };
    if path.file_name().is_none() {
        return Err(WriteError::NotAFileName(path.to_path_buf()));
    }
    let dir = folder_of(path);
    let old = fs::symlink_metadata(path).ok();
    let mut keep: Option<Permissions> = None;
    if let Some(old) = &old {
        let kind = old.file_type();
        if kind.is_dir() {
            return Err(fail(io::Error::other("is a directory")));
        }
        // The cache's path is the program's own: whatever is there is replaced (`rename`
        // never opens it).
        if !kind.is_file() && !kind.is_symlink() && mode == Mode::Export {
            return Err(WriteError::NotRegular {
                path: path.to_path_buf(),
                kind: describe(kind),
            });
        }
        if existing == Existing::Refuse {
            return Err(WriteError::Exists(path.to_path_buf()));
        }
        if kind.is_file() && mode == Mode::Export {
            keep = Some(old.permissions());
        }
    }
    check_dir(&dir).map_err(fail)?;
    let finish = |file: &File| match keep {
        Some(permissions) => file.set_permissions(permissions),
        None => Ok(()),
    };
    let result = via_temp(
        &dir,
        path,
        bytes,
        mode == Mode::Private,
        existing,
        finish,
        || true,
    );
    match result {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            Err(WriteError::Exists(path.to_path_buf()))
        }
        Err(e) => Err(fail(e)),
    }
}

/// The folder `path` is in (`.` for a bare name).
pub fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Whether `dir` is a folder that exists, said in words when it is not.
pub(super) fn check_dir(dir: &Path) -> io::Result<()> {
    match dir.metadata() {
        Ok(m) if m.is_dir() => Ok(()),
        Ok(_) => Err(io::Error::other(format!(
            "{} is not a directory",
            dir.display()
        ))),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Err(io::Error::new(
            e.kind(),
            format!("directory {} does not exist", dir.display()),
        )),
        Err(e) => Err(e),
    }
}

/// The write itself: `bytes` into a new temporary file in `dir` (mode 0600 when `private`),
/// `finish` (permissions, owner) on it, flushed to disk, `ready` (a last check: false
/// refuses, and then nothing is moved and this returns false), then moved to `target` as
/// `existing` says; the temporary file is removed on every path.
pub(super) fn via_temp(
    dir: &Path,
    target: &Path,
    bytes: &[u8],
    private: bool,
    existing: Existing,
    finish: impl FnOnce(&File) -> io::Result<()>,
    ready: impl FnOnce() -> bool,
) -> io::Result<bool> {
    let name = target.file_name().unwrap_or(target.as_os_str());
    let (tracked, mut file) = cleanup::track(|| create_temp(dir, name, "tmp", private))?;
    let tmp = tracked.path();
    let result = (|| {
        file.write_all(bytes)?;
        finish(&file)?;
        test_pause();
        file.sync_all()?;
        drop(file);
        if !ready() {
            return Ok(false);
        }
        match existing {
            Existing::Replace => fs::rename(tmp, target)?,
            Existing::Refuse => place_new(tmp, target)?,
        }
        Ok(true)
    })();
    let _ = fs::remove_file(tmp);
    drop(tracked);
    if let Ok(true) = result {
        sync_dir(dir);
    }
    result
}

/// Test-only (feature `test-hooks`): with `BRIEFING_TEST_PAUSE_WRITE` set, a write waits
/// 30 s with its temporary file written, so that a test can interrupt it there
/// (tests/cli/export_cli.rs).
fn test_pause() {
    #[cfg(feature = "test-hooks")]
    if std::env::var_os("BRIEFING_TEST_PAUSE_WRITE").is_some() {
        std::thread::sleep(std::time::Duration::from_secs(30));
    }
}

/// Temporary names are at most as long as the target's name, or this many bytes for
/// shorter names: a name that fits in a folder, so does its temporary file.
const SHORT_NAME: usize = 32;

/// The temporary name for the `n`th try: `.NAME.tmp-PID-N`, with NAME cut (at a character
/// boundary) so that the whole is no longer than NAME or [`SHORT_NAME`] bytes.
fn temp_name(name: &OsStr, kind: &str, pid: u32, n: u32) -> String {
    side_name(name, &format!(".{kind}-{pid}-{n}"))
}

/// `.NAME` + `suffix`, with NAME cut (at a character boundary) so that the whole is no
/// longer than NAME or [`SHORT_NAME`] bytes.
pub(super) fn side_name(name: &OsStr, suffix: &str) -> String {
    let budget = name.len().max(SHORT_NAME);
    let shown = name.to_string_lossy();
    let mut end = budget.saturating_sub(1 + suffix.len()).min(shown.len());
    while !shown.is_char_boundary(end) {
        end -= 1;
    }
    format!(".{}{suffix}", &shown[..end])
}

/// Creates a fresh file beside the target (`.NAME.KIND-PID-N`: `tmp` for a temporary file,
/// `bak` for a backup), never reusing an existing name.
pub(super) fn create_temp(
    dir: &Path,
    name: &OsStr,
    kind: &str,
    private: bool,
) -> io::Result<(PathBuf, File)> {
    let pid = std::process::id();
    for n in 0..1000 {
        let tmp = dir.join(temp_name(name, kind, pid, n));
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        if private {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        #[cfg(not(unix))]
        let _ = private;
        match options.open(&tmp) {
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
pub(super) fn sync_dir(dir: &Path) {
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
        write_atomic(&path, b"one", Existing::Refuse).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"one");
        let err = write_atomic(&path, b"two", Existing::Refuse).unwrap_err();
        assert!(matches!(err, WriteError::Exists(_)), "{err}");
        assert_eq!(fs::read(&path).unwrap(), b"one");
        write_atomic(&path, b"three", Existing::Replace).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"three");
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "no temporary file left behind");
    }

    #[test]
    fn missing_directory_and_directory_targets_are_io_errors() {
        let dir = tempfile::tempdir().unwrap();
        let err =
            write_atomic(&dir.path().join("nope/out.md"), b"x", Existing::Refuse).unwrap_err();
        assert!(matches!(err, WriteError::File { .. }), "{err}");
        assert!(err.to_string().contains("does not exist"), "{err}");
        let err = write_atomic(dir.path(), b"x", Existing::Replace).unwrap_err();
        assert!(matches!(err, WriteError::File { .. }), "{err}");
    }

    #[test]
    fn temporary_names_are_never_longer_than_the_name_or_32_bytes() {
        let long = "é".repeat(125); // 250 bytes
        let tmp = temp_name(OsStr::new(&long), "tmp", 4_194_304, 999);
        assert_eq!(tmp.len(), 249, "{tmp}");
        assert!(tmp.starts_with(".éé") && tmp.ends_with(".tmp-4194304-999"));
        assert_eq!(
            temp_name(OsStr::new("a.md"), "tmp", 42, 0),
            ".a.md.tmp-42-0"
        );
        assert!(
            temp_name(
                OsStr::new("abcdefghijklmnopqrstuvwxyz.md"),
                "tmp",
                4_194_304,
                999
            )
            .len()
                <= 32
        );
    }
}
