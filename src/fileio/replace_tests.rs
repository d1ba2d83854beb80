//! Saving over an edited file: through links, keeping mode, owner, group and hard links,
//! and refusing when the last check finds the file changed.

use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt, symlink};

use super::*;

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Defect 3: a save through a chain of links writes the file at its end, keeps its mode
/// 0600 and leaves the links as links.
#[test]
fn a_save_through_links_writes_the_target_and_keeps_its_mode() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real");
    fs::create_dir(&real).unwrap();
    let target = real.join("b.yaml");
    fs::write(&target, "old").unwrap();
    fs::set_permissions(&target, fs::Permissions::from_mode(0o600)).unwrap();
    // A relative link in another folder, and an absolute link to that link.
    let first = dir.path().join("first.yaml");
    symlink("real/b.yaml", &first).unwrap();
    let second = dir.path().join("second.yaml");
    symlink(&first, &second).unwrap();
    save_over(&second, b"new", || true).unwrap();
    assert_eq!(fs::read_to_string(&target).unwrap(), "new");
    assert!(
        fs::symlink_metadata(&first)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        fs::symlink_metadata(&second)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(fs::metadata(&target).unwrap().mode() & 0o777, 0o600);
    assert_eq!(names(&real), ["b.yaml"], "no temporary file left");
    assert_eq!(
        recovery_path(&second),
        real.join(".b.yaml.recover"),
        "kept beside the file itself"
    );
}

#[test]
fn a_loop_of_links_is_an_error_not_a_hang() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    symlink(&b, &a).unwrap();
    symlink(&a, &b).unwrap();
    let err = save_over(&a, b"x", || true).unwrap_err();
    assert!(err.to_string().contains("symbolic links"), "{err}");
}

/// Defect 4: owner and group are kept. As root (the case of the report), the file of
/// another user stays theirs; otherwise the process may only keep its own group, and the
/// mode.
#[test]
fn a_save_keeps_owner_group_and_mode() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.yaml");
    fs::write(&path, "old").unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
    // SAFETY: geteuid has no preconditions.
    let root = unsafe { libc::geteuid() } == 0;
    let (uid, gid) = if root {
        (65534, 65534)
    } else {
        let m = fs::metadata(&path).unwrap();
        (m.uid(), m.gid())
    };
    std::os::unix::fs::chown(&path, Some(uid), Some(gid)).unwrap();
    save_over(&path, b"new", || true).unwrap();
    let m = fs::metadata(&path).unwrap();
    assert_eq!((m.uid(), m.gid()), (uid, gid), "owner and group kept");
    assert_eq!(m.mode() & 0o777, 0o640);
    assert_eq!(fs::read_to_string(&path).unwrap(), "new");
}

/// Defect 4: a file with two names is written in place: the other name sees the new text,
/// the inode is the same, and no backup copy is left.
#[test]
fn a_file_with_hard_links_is_written_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.yaml"), dir.path().join("b.yaml"));
    fs::write(&a, "the old, longer text").unwrap();
    fs::set_permissions(&a, fs::Permissions::from_mode(0o604)).unwrap();
    fs::hard_link(&a, &b).unwrap();
    let inode = fs::metadata(&a).unwrap().ino();
    save_over(&a, b"new", || true).unwrap();
    assert_eq!(fs::read_to_string(&b).unwrap(), "new");
    let m = fs::metadata(&a).unwrap();
    assert_eq!((m.ino(), m.nlink(), m.mode() & 0o777), (inode, 2, 0o604));
    assert_eq!(names(dir.path()), ["a.yaml", "b.yaml"], "no backup left");
}

/// Defect 5: a change made by another program after the new text was built is found by
/// the last check, just before the file changes; nothing is written, nothing is left.
#[test]
fn a_change_found_by_the_last_check_writes_nothing() {
    for hard_link in [false, true] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.yaml");
        fs::write(&path, "old").unwrap();
        if hard_link {
            fs::hard_link(&path, dir.path().join("c.yaml")).unwrap();
        }
        let err = save_over(&path, b"mine", || {
            fs::write(&path, "theirs").unwrap();
            false
        })
        .unwrap_err();
        assert!(matches!(err, SaveFileError::Changed), "{err}");
        assert_eq!(fs::read_to_string(&path).unwrap(), "theirs");
        let left = names(dir.path());
        assert_eq!(left.len(), 1 + hard_link as usize, "{left:?}");
    }
}

#[test]
fn a_folder_or_a_missing_folder_is_not_written() {
    let dir = tempfile::tempdir().unwrap();
    let err = save_over(dir.path(), b"x", || true).unwrap_err();
    assert!(matches!(err, SaveFileError::NotRegular { .. }), "{err}");
    let err = save_over(&dir.path().join("gone/b.yaml"), b"x", || true).unwrap_err();
    assert!(err.to_string().contains("does not exist"), "{err}");
}
