//! Reviewing suggestions (`S`) in a pseudo-terminal: the focused article's proposals come
//! first; after accepting a new place its next mention is proposed as that place; on a big
//! briefing the proposals are computed off the input thread, a progress line shows, and Esc
//! cancels at once.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::common;

use common::PtySession;

/// Writes a briefing with an English and an Arabic article into `dir`; returns its path.
fn write(dir: &Path, en: &str, ar: &str) -> String {
    let yaml = format!(
        "id: t\ntitle: Review\ndate: 2024-01-01\narticles:\n  - id: en\n    lang: en\n    \
         source: s\n    headline: Rain\n    text: {en}\n  - id: ar\n    lang: ar\n    source: s\n    \
         headline: مطر\n    text: {ar}\nentities:\n"
    );
    let path = dir.join("review.yaml");
    std::fs::write(&path, yaml).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn the_focused_articles_proposals_come_first_and_refresh_after_each_accept() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "It rained in Mali on Sunday, and later in Mali again.",
        "قتل 12 شخصا.",
    );
    let mut r = PtySession::start(&[&path], &[], 140, 30);
    r.screen_has("Entities");
    // The English pane has the focus: its place first.
    r.keys("S");
    r.wait_status("suggestion 1 of 3: “Mali” → Mali (new place)");
    r.keys("\x1b");
    r.wait_status("review stopped");
    // The Arabic pane has the focus: its figure first.
    r.keys("\t");
    r.keys("S");
    r.wait_status("suggestion 1 of 3: “");
    assert!(r.status().contains("(12 killed)"), "{}", r.status());
    r.keys("\x1b");
    r.wait_status("review stopped");
    r.keys("\x1b[Z"); // Shift-Tab: back to the English pane
    r.keys("S");
    r.wait_status("suggestion 1 of 3: “Mali” → Mali (new place)");
    r.keys("y");
    // Computed again: the next Mali is the place just made, not another new one.
    r.wait_status("accepted · suggestion 1 of 2: “Mali” → Mali (place)");
    r.keys("y");
    r.wait_status("accepted · suggestion 1 of 1:");
    r.keys("\x1b");
    r.wait_status("review stopped");
    r.keys("w");
    r.wait_status("saved to");
    r.quit();
    let saved = std::fs::read_to_string(&path).unwrap();
    assert_eq!(saved.matches("kind: place").count(), 1, "{saved}");
}

#[test]
fn a_big_briefing_is_reviewed_off_the_input_thread_and_esc_cancels() {
    let dir = tempfile::tempdir().unwrap();
    let sentence = "Gunmen attacked a hotel in Mali and killed three people. ";
    let en = sentence.repeat((3 << 20) / sentence.len());
    let path = write(dir.path(), &en, "قتل 12 شخصا.");
    let mut r = PtySession::start(&[&path], &[], 140, 30);
    r.screen_has("Entities");
    r.keys("S");
    r.wait_status("suggesting…");
    r.wait_status("Esc cancels");
    let asked = Instant::now();
    r.keys("\x1b");
    r.wait_status("suggesting cancelled");
    let answered = asked.elapsed();
    assert!(answered < Duration::from_secs(2), "Esc took {answered:?}");
    // The screen answers while nothing is computed any more.
    r.keys("?");
    r.screen_has("Keys");
    r.keys("q");
    r.quit();
}
