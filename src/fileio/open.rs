//! Opening a file for reading without ever blocking on what turns out not to be a file.
//!
//! `open(2)` on a FIFO blocks until a writer comes, so looking first (`stat`) and opening
//! after is a race: the file can be swapped for a FIFO in between. Here the path is opened
//! with `O_NONBLOCK` (which returns at once for a FIFO and changes nothing for a regular
//! file) and what was opened is checked with `fstat` on the open file itself.

use std::fs::{File, FileType, OpenOptions};
use std::io;
use std::path::Path;

/// Opens `path` for reading if it is a regular file (links followed); anything else (a
/// folder, a FIFO, a socket, a device) is an error that says what it is, and nothing ever
/// waits.
pub fn open_regular(path: &Path) -> io::Result<File> {
    open_regular_with(path, OpenOptions::new().read(true))
}

/// As [`open_regular`], with these options (reading and writing, for a file rewritten in
/// place).
pub(super) fn open_regular_with(path: &Path, options: &mut OpenOptions) -> io::Result<File> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path)?;
    let kind = file.metadata()?.file_type();
    if kind.is_file() {
        Ok(file)
    } else if kind.is_dir() {
        Err(io::Error::new(
            io::ErrorKind::IsADirectory,
            "is a directory",
        ))
    } else {
        Err(io::Error::other(format!(
            "not a regular file ({}); not read",
            describe(kind)
        )))
    }
}

/// What a file that is not a regular file is, in a few words.
pub fn describe(kind: FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a FIFO";
        }
        if kind.is_socket() {
            return "a socket";
        }
        if kind.is_char_device() {
            return "a character device";
        }
        if kind.is_block_device() {
            return "a block device";
        }
    }
    if kind.is_dir() {
        "a folder"
    } else if kind.is_symlink() {
        "a symbolic link"
    } else if kind.is_file() {
        "a regular file"
    } else {
        "a special file"
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_fifo_is_refused_without_waiting() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("f.yaml");
        let name = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid C string; mkfifo only creates a file.
        assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
        let err = open_regular(&fifo).unwrap_err();
        assert!(err.to_string().contains("a FIFO"), "{err}");
        let err = open_regular(dir.path()).unwrap_err();
        assert_eq!(err.to_string(), "is a directory");
        std::fs::write(dir.path().join("a.yaml"), "x").unwrap();
        assert!(open_regular(&dir.path().join("a.yaml")).is_ok());
    }
}
