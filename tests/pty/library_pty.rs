//! The library end to end: the real binary on a generated library folder in a
//! pseudo-terminal (portable-pty + vt100). Open the library, filter, open a briefing, change
//! its file meanwhile, return to the (reloaded) list; go from the entity index to a briefing;
//! Ctrl-C from a briefing quits the whole program; the terminal is restored.

use crate::common;

use std::path::Path;

use common::PtySession;
use tempfile::TempDir;

#[path = "../../benches/common/library.rs"]
mod generated;

fn library(n: usize) -> (TempDir, TempDir) {
    let dir = TempDir::new().unwrap();
    generated::write_library(dir.path(), n, 2, 10);
    (dir, TempDir::new().unwrap())
}

/// The library of `files` files, with an empty cache and `env`, once every file is read.
fn open(dir: &Path, cache: &Path, files: usize, env: &[(&str, &str)]) -> PtySession {
    let mut vars = vec![("BRIEFING_CACHE_DIR", cache.to_str().unwrap())];
    vars.extend_from_slice(env);
    let mut reader = PtySession::start(&[dir.to_str().unwrap()], &vars, 110, 30);
    reader.screen_has(&format!("[Briefings ({files})]"));
    // The list shows at once; the files are read behind it.
    reader.wait_status(&format!("read {files} file(s), 0 from the index cache"));
    reader
}

#[test]
fn filter_open_a_briefing_and_return_to_the_reloaded_list() {
    let (dir, cache) = library(12);
    let mut r = open(dir.path(), cache.path(), 12, &[]);
    r.screen_has("Attack on a hotel in Mopti (11)");
    r.keys("/kidal (4");
    r.wait_status("/kidal (4");
    r.wait_for("only Kidal (4) listed", |s| {
        let text = s.contents();
        text.contains("Attack on a hotel in Kidal (4)") && !text.contains("Mopti (11)")
    });
    // Enter keeps the filter, Enter again opens the selected briefing.
    r.keys("\r\r");
    r.screen_has("Gunmen attack hotel in Kidal");
    r.screen_has("Wire 4");
    // The file changes while it is being read; back in the list it is read again.
    let path = dir.path().join(generated::relative_path(4));
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace("title: Attack", "title: Updated attack"),
    )
    .unwrap();
    // Esc does not leave the briefing; q returns to the library.
    r.keys("\x1b");
    r.wait_status("nothing to close: q quits");
    r.screen_has("Wire 4");
    r.keys("q");
    r.screen_has("Updated attack on a hotel in Kidal (4)");
    r.screen_has("[Briefings (12)]");
    r.wait_status("reloaded: 1 new or changed, 0 removed");
    r.keys("j");
    r.wait_status("filter “kidal (4”: 1 match(es)");
    // Esc clears the filter.
    r.keys("\x1b");
    r.screen_has("Mopti (11)");
    r.quit();
}

#[test]
fn from_the_entity_index_to_a_briefing_at_the_entity() {
    let (dir, cache) = library(12);
    let mut r = open(dir.path(), cache.path(), 12, &[]);
    // What Tab does, in the hints and the header: to the index, then back.
    r.wait_status("Tab entity index");
    r.screen_has("Tab: entity index");
    r.keys("\t");
    r.screen_has("Actors and places across briefings");
    r.wait_status("Tab briefings");
    r.screen_has("Tab: briefings");
    r.keys("/تمبكتو\r");
    r.screen_has("[place] Timbuktu");
    r.keys("\r");
    r.screen_has("Entities › Timbuktu");
    r.keys("\r");
    // The reader opens with the cursor on Timbuktu's first mention: the status line names it.
    r.wait_status("Timbuktu · place");
    // Ctrl-C quits from inside the briefing.
    r.keys("\x03");
    let status = r.wait_exit();
    assert!(status.success(), "{status:?}");
    r.assert_restored();
}

#[test]
fn a_panic_while_reading_a_file_becomes_its_error() {
    let (dir, cache) = library(3);
    std::fs::write(
        dir.path().join("panic.yaml"),
        generated::briefing_yaml(9, 1),
    )
    .unwrap();
    let mut r = open(
        dir.path(),
        cache.path(),
        4,
        &[("BRIEFING_TEST_PANIC", "read")],
    );
    r.screen_has("panic.yaml: internal error while reading this file: BRIEFING_TEST_PANIC=read");
    assert!(!r.parser.screen().contents().contains("panicked"));
    // The screen goes on.
    r.keys("j");
    r.screen_has("Attack on a hotel in");
    r.quit();
}

#[test]
fn a_bidi_override_in_the_folder_name_reorders_nothing_else() {
    let root = TempDir::new().unwrap();
    let dir = root.path().join("lib\u{202e}sgnifeirb");
    std::fs::create_dir(&dir).unwrap();
    generated::write_library(&dir, 3, 2, 10);
    let cache = TempDir::new().unwrap();
    let mut r = open(&dir, cache.path(), 3, &[]);
    // The folder's name is laid out on its own: the words after it keep their order.
    r.screen_has("briefing(s) · sorted by date, newest first");
    r.quit();
}
