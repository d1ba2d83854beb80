//! Finding the briefing files below a folder, within bounds.
//!
//! [`walk`] lists every `*.yaml` / `*.yml` file (recursively, sorted by name, links
//! followed) with its [`Stamp`], and every path it could not look at, each with the reason.
//! Nothing is skipped without a word, and the walk is bounded whatever the folder holds:
//! at most [`MAX_DEPTH`] folders deep and [`MAX_ENTRIES`] entries looked at; it never goes
//! into a kernel pseudo-filesystem (`/proc`, `/sys`, ...) that a link may lead to, nor
//! through a link to a folder that holds the library (`/`, the home folder, `..`: a loop
//! that would walk everything else first); each of these stops is listed as a path that
//! was not walked, with the reason.

use std::path::{Path, PathBuf};

use super::scan::{Stamp, is_briefing_file};

/// Folders below the library folder deeper than this are not walked (a library of dated
/// folders needs a handful).
pub const MAX_DEPTH: usize = 64;

/// The walk stops after looking at this many files and folders (50 times the largest
/// library the benchmarks use, counting every file, briefing or not).
pub const MAX_ENTRIES: usize = 500_000;

/// A path found below the library's folder: a file with its stamp, or why it could not be
/// looked at.
pub struct Found {
    pub path: PathBuf,
    pub stamp: Result<Stamp, String>,
}

/// Every briefing file below `root` in name order, and every path that could not be read
/// or walked. Symbolic links are followed (a link loop is reported as a path that could
/// not be read); only regular files are read, so a FIFO or device named `*.yaml` cannot
/// block the scan (it is listed as unreadable).
pub fn walk(root: &Path) -> Vec<Found> {
    walk_within(root, MAX_DEPTH, MAX_ENTRIES)
}

/// [`walk`] with the given limits.
fn walk_within(root: &Path, max_depth: usize, max_entries: usize) -> Vec<Found> {
    let mut found = Vec::new();
    let canonical_root = root.canonicalize().ok();
    let error = |path: PathBuf, message: String| Found {
        path,
        stamp: Err(message),
    };
    let mut entries = walkdir::WalkDir::new(root)
        .follow_links(true)
        .max_depth(max_depth)
        .sort_by_file_name()
        .into_iter();
    let mut visited = 0;
    while let Some(entry) = entries.next() {
        visited += 1;
        if visited > max_entries {
            found.push(error(
                root.to_path_buf(),
                format!(
                    "more than {max_entries} files and folders below this folder; \
                     the rest was not looked at"
                ),
            ));
            break;
        }
        match entry {
            Ok(entry) if entry.file_type().is_dir() => {
                let holds_root = |target: PathBuf| {
                    canonical_root
                        .as_ref()
                        .is_some_and(|r| r.starts_with(target))
                };
                if entry.path_is_symlink()
                    && entry.depth() > 0
                    && entry.path().canonicalize().is_ok_and(holds_root)
                {
                    found.push(error(
                        entry.into_path(),
                        "link to a folder that holds the library (a loop): not walked".into(),
                    ));
                    entries.skip_current_dir();
                } else if let Some(kind) = pseudo_filesystem(entry.path()) {
                    found.push(error(
                        entry.into_path(),
                        format!("{kind}, a kernel pseudo-filesystem: not walked"),
                    ));
                    entries.skip_current_dir();
                } else if entry.depth() == max_depth {
                    found.push(error(
                        entry.into_path(),
                        format!("folder nested more than {max_depth} levels deep: not walked"),
                    ));
                }
            }
            Ok(entry) if !is_briefing_file(entry.path()) => {}
            Ok(entry) if entry.file_type().is_file() => {
                let stamp = entry
                    .metadata()
                    .map(|m| Stamp::of(&m))
                    .map_err(|e| e.to_string());
                found.push(Found {
                    path: entry.into_path(),
                    stamp,
                });
            }
            Ok(entry) => found.push(error(
                entry.into_path(),
                "not a regular file (not read)".into(),
            )),
            Err(e) => {
                let path = e.path().unwrap_or(root).to_path_buf();
                let io = e.io_error();
                // A dangling link named notes.txt is none of the library's business; a
                // briefing file, a link loop, or anything that could not be looked at for
                // another reason than not being there (a folder that cannot be read, a
                // path too long for the system) is.
                if is_briefing_file(&path)
                    || e.loop_ancestor().is_some()
                    || e.depth() == 0
                    || io.is_some_and(|io| io.kind() != std::io::ErrorKind::NotFound)
                {
                    // The message without the path: it is shown beside it.
                    let message = match (e.loop_ancestor(), io) {
                        (Some(ancestor), _) => {
                            format!("link loop back to {}", ancestor.display())
                        }
                        (None, Some(io)) => io.to_string(),
                        (None, None) => e.to_string(),
                    };
                    found.push(error(path, message));
                }
            }
        }
    }
    found
}

/// The name of the kernel pseudo-filesystem `dir` is on, if it is on one.
#[cfg(target_os = "linux")]
fn pseudo_filesystem(dir: &Path) -> Option<&'static str> {
    use std::os::unix::ffi::OsStrExt;
    /// `f_type` values of statfs(2) for filesystems that are views of the kernel, not files.
    const PSEUDO: &[(u32, &str)] = &[
        (0x0000_9fa0, "procfs"),
        (0x6265_6572, "sysfs"),
        (0x0000_1cd1, "devpts"),
        (0x6462_6720, "debugfs"),
        (0x7472_6163, "tracefs"),
        (0x7363_6673, "securityfs"),
        (0x0027_e0eb, "cgroupfs"),
        (0x6367_7270, "cgroup2fs"),
        (0xcafe_4a11, "bpffs"),
        (0x6165_676c, "pstorefs"),
        (0x6265_6570, "configfs"),
        (0xde5e_81e4, "efivarfs"),
        (0x6573_5543, "fusectl"),
        (0xf97c_ff8c, "selinuxfs"),
        (0x6e73_6673, "nsfs"),
        (0x4249_4e4d, "binfmt_misc"),
    ];
    let path = std::ffi::CString::new(dir.as_os_str().as_bytes()).ok()?;
    let mut stat = std::mem::MaybeUninit::<libc::statfs>::uninit();
    // SAFETY: a NUL-terminated path and a buffer of the right type; statfs only writes it.
    if unsafe { libc::statfs(path.as_ptr(), stat.as_mut_ptr()) } != 0 {
        return None;
    }
    // SAFETY: statfs succeeded, so it filled the buffer.
    let kind = unsafe { stat.assume_init() }.f_type as u32;
    PSEUDO
        .iter()
        .find(|(magic, _)| *magic == kind)
        .map(|(_, name)| *name)
}

#[cfg(not(target_os = "linux"))]
fn pseudo_filesystem(_dir: &Path) -> Option<&'static str> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_walk_stops_at_its_limits_and_says_so() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..10 {
            std::fs::write(dir.path().join(format!("{i}.yaml")), "x").unwrap();
        }
        let found = walk_within(dir.path(), MAX_DEPTH, 6);
        // The folder itself and five files were looked at.
        assert_eq!(found.len(), 6);
        assert_eq!(
            found[5].stamp.as_ref().unwrap_err(),
            "more than 6 files and folders below this folder; the rest was not looked at"
        );
        assert_eq!(found[5].path, dir.path());
        assert_eq!(walk(dir.path()).len(), 10);
    }

    #[cfg(unix)]
    #[test]
    fn links_to_a_folder_holding_the_library_are_not_walked() {
        let dir = tempfile::tempdir().unwrap();
        let lib = dir.path().join("lib");
        std::fs::create_dir(&lib).unwrap();
        std::fs::write(lib.join("a.yaml"), "x").unwrap();
        std::fs::write(dir.path().join("outside.yaml"), "x").unwrap();
        std::os::unix::fs::symlink("/", lib.join("root")).unwrap();
        std::os::unix::fs::symlink(dir.path(), lib.join("up")).unwrap();
        std::os::unix::fs::symlink(&lib, lib.join("me")).unwrap();
        let found = walk(&lib);
        let names: Vec<_> = found
            .iter()
            .map(|f| {
                (
                    f.path.file_name().unwrap().to_str().unwrap(),
                    f.stamp.is_ok(),
                )
            })
            .collect();
        assert_eq!(
            names,
            [
                ("a.yaml", true),
                ("me", false),
                ("root", false),
                ("up", false)
            ]
        );
        assert!(
            found[2]
                .stamp
                .as_ref()
                .unwrap_err()
                .contains("holds the library")
        );
    }
}
