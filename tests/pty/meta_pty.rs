//! Metadata without a text editor: the real binary in a pseudo-terminal gives the bundled
//! briefing (a copy) a new title with `M`, stops the walk of fields with Esc and saves. The
//! file then loads with the new title and nothing else changed: one line differs.

use crate::common;

use std::fs;

use briefing::briefing::load_str;
use common::PtySession;

const BUNDLED: &str = include_str!("../../briefings/mali-le-campement-2017-06-18.yaml");

#[test]
fn a_new_title_typed_in_the_reader_is_saved_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mali.yaml");
    fs::write(&path, BUNDLED).unwrap();
    let before = load_str("mali.yaml", BUNDLED).unwrap().briefing;

    let mut r = PtySession::start(&[&path.display().to_string()], &[], 140, 40);
    r.screen_has(&before.title);
    r.keys("M");
    r.wait_status("title of the briefing (1/6): ");
    r.keys(&"\x7f".repeat(before.title.chars().count()));
    r.keys("Attack on Le Campement, Bamako");
    r.keys("\r");
    r.wait_status("date of the briefing (2/6): ");
    r.keys("\x1b");
    r.screen_has("Attack on Le Campement, Bamako");
    r.keys("w");
    r.wait_status("saved to");
    r.quit();

    let after = fs::read_to_string(&path).unwrap();
    let saved = load_str("mali.yaml", &after).unwrap().briefing;
    let mut expected = before.clone();
    expected.title = "Attack on Le Campement, Bamako".into();
    assert_eq!(saved, expected);
    let changed: Vec<(&str, &str)> = BUNDLED
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(
        changed,
        [(
            "title: \"Jihadist attack on the Le Campement Kangaba resort near Bamako, Mali\"",
            "title: \"Attack on Le Campement, Bamako\""
        )]
    );
    assert_eq!(BUNDLED.lines().count(), after.lines().count());
}
