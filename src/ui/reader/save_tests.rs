//! Where the reader's `w` writes and what it refuses (issue 25): through links, keeping
//! owner, group and hard links, a change made by another program while the text is built,
//! `--max-size` on every re-read, a folder removed, and the edits kept by a signal offered
//! back at the next open.

use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt, symlink};
use std::path::{Path, PathBuf};

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

use crate::briefing::load_str;
use crate::theme::{BuiltIn, Theme};
use crate::view::BidiMode;

use super::edits::Confirm;
use super::keys::Action;
use super::state::{Mode, Reader};
use crate::briefing::EntityIx;

const BUNDLED: &str = include_str!("../../../briefings/mali-le-campement-2017-06-18.yaml");

/// A reader opened on `path` (which holds the bundled briefing).
fn open(path: &Path) -> Reader {
    let b = load_str("b.yaml", BUNDLED).unwrap().briefing;
    let mut r = Reader::new(
        b,
        Some(path.to_path_buf()),
        Theme::built_in(BuiltIn::Dark),
        BidiMode::App,
    );
    r.settle(Rect::new(0, 0, 120, 40));
    r
}

/// A copy of the bundled briefing at `folder/b.yaml`.
fn copy(folder: &Path) -> PathBuf {
    let path = folder.join("b.yaml");
    fs::write(&path, BUNDLED).unwrap();
    path
}

fn key(r: &mut Reader, code: KeyCode) {
    r.handle(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

/// One edit: the first entity renamed to "Renamed".
fn rename(r: &mut Reader) {
    let edit = crate::annotate::Edit::Rename {
        entity: EntityIx(0),
        name: "Renamed".into(),
    };
    assert!(r.perform(vec![edit], "renamed"), "{:?}", r.status());
    assert!(r.unsaved());
}

fn first_name(path: &Path) -> String {
    let text = fs::read_to_string(path).unwrap();
    load_str("b.yaml", &text).unwrap().briefing.entities[0]
        .name
        .clone()
}

/// Defect 3: `w` on a link writes the file it leads to (mode 0600 kept); the link stays.
#[test]
fn saving_through_a_link_writes_its_target() {
    let dir = tempfile::tempdir().unwrap();
    let target = copy(dir.path());
    fs::set_permissions(&target, fs::Permissions::from_mode(0o600)).unwrap();
    let link = dir.path().join("link.yaml");
    symlink("b.yaml", &link).unwrap();
    let mut r = open(&link);
    rename(&mut r);
    r.apply(Action::Save);
    assert!(!r.unsaved(), "{:?}", r.status());
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(first_name(&target), "Renamed");
    assert_eq!(fs::metadata(&target).unwrap().mode() & 0o777, 0o600);
}

/// Defect 4: the other name of a hard-linked file sees the save, and (as root) another
/// user's file stays theirs.
#[test]
fn saving_keeps_hard_links_and_the_owner() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy(dir.path());
    let other = dir.path().join("other.yaml");
    fs::hard_link(&path, &other).unwrap();
    // SAFETY: geteuid has no preconditions.
    let owner = match unsafe { libc::geteuid() } {
        0 => (65534, 65534),
        _ => fs::metadata(&path).map(|m| (m.uid(), m.gid())).unwrap(),
    };
    std::os::unix::fs::chown(&path, Some(owner.0), Some(owner.1)).unwrap();
    let mut r = open(&path);
    rename(&mut r);
    r.apply(Action::Save);
    assert!(!r.unsaved(), "{:?}", r.status());
    assert_eq!(first_name(&other), "Renamed");
    let m = fs::metadata(&path).unwrap();
    assert_eq!((m.uid(), m.gid(), m.nlink()), (owner.0, owner.1, 2));
}

/// Defect 5: another program writes the file after the first check, while the new text is
/// built: the save refuses with the changed-on-disk question and their text stays.
#[test]
fn a_change_while_the_text_is_built_is_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy(dir.path());
    let mut r = open(&path);
    rename(&mut r);
    let theirs = format!("# edited elsewhere\n{BUNDLED}");
    r.save_with(true, &mut || fs::write(&path, &theirs).unwrap());
    assert_eq!(r.mode(), &Mode::Confirm(Confirm::Reload));
    assert!(r.unsaved());
    assert_eq!(fs::read_to_string(&path).unwrap(), theirs);
}

/// Defect 11: `--max-size` holds when the file is read again at the first edit and on
/// reload.
#[test]
fn the_size_limit_holds_for_every_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy(dir.path());
    let mut r = open(&path).with_max_size(1024);
    let edit = crate::annotate::Edit::Rename {
        entity: EntityIx(0),
        name: "Renamed".into(),
    };
    assert!(!r.perform(vec![edit], "renamed"));
    let status = r.status().unwrap();
    assert!(status.contains("over the limit of 1024 bytes"), "{status}");
    r.reload();
    let status = r.status().unwrap();
    assert!(status.contains("over the limit of 1024 bytes"), "{status}");
}

/// Issue 25, defect 23 (part): a folder removed since the file was opened is said as such,
/// not as a missing permission.
#[test]
fn a_removed_folder_is_not_a_missing_permission() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("gone");
    fs::create_dir(&folder).unwrap();
    let path = copy(&folder);
    let mut r = open(&path);
    rename(&mut r);
    fs::remove_dir_all(&folder).unwrap();
    r.apply(Action::Save);
    let status = r.status().unwrap();
    assert!(
        status.contains("the file's folder no longer exists"),
        "{status}"
    );
    assert!(r.unsaved());
}

/// Defect 6: the edits a signal interrupts are kept beside the file (mode 0600); the next
/// reader asks; `r` brings them back unsaved and removes the recovery file; `w` saves them.
#[test]
fn kept_edits_are_offered_back_and_recovered() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy(dir.path());
    let mut r = open(&path);
    assert!(r.keep_unsaved().is_none(), "nothing to keep");
    rename(&mut r);
    let kept = r.keep_unsaved().unwrap().unwrap();
    assert_eq!(kept, dir.path().join(".b.yaml.recover"));
    assert_eq!(fs::metadata(&kept).unwrap().mode() & 0o777, 0o600);
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        BUNDLED,
        "the file is untouched"
    );

    let mut r = open(&path).offer_recovery();
    assert_eq!(r.mode(), &Mode::Confirm(Confirm::Recover));
    key(&mut r, KeyCode::Char('r'));
    assert!(r.unsaved(), "{:?}", r.status());
    assert_eq!(r.briefing().entities[0].name, "Renamed");
    assert!(!kept.exists());
    r.apply(Action::Save);
    assert!(!r.unsaved(), "{:?}", r.status());
    assert_eq!(first_name(&path), "Renamed");
}

/// Defect 6: discarding removes the recovery file; Esc keeps it for the next open.
#[test]
fn kept_edits_can_be_left_or_discarded() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy(dir.path());
    let mut r = open(&path);
    rename(&mut r);
    let kept = r.keep_unsaved().unwrap().unwrap();
    let mut r = open(&path).offer_recovery();
    key(&mut r, KeyCode::Esc);
    assert_eq!(r.mode(), &Mode::Normal);
    assert!(kept.exists() && !r.unsaved());
    let mut r = open(&path).offer_recovery();
    key(&mut r, KeyCode::Char('d'));
    assert!(!kept.exists() && !r.unsaved());
    assert_eq!(open(&path).offer_recovery().mode(), &Mode::Normal);
}
