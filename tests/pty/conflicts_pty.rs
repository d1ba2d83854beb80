//! A merge conflict resolved in the reader, end to end: `briefing merge` leaves one (both
//! sides changed the toll), the real binary in a pseudo-terminal says so on opening, lists
//! it, takes THEIRS's figure and saves; then `check` passes and the file holds THEIRS's
//! figure and no `conflicts:` list.

use crate::common;

use std::fs;

use briefing::briefing::{Qualifier, load_str};
use common::{PtySession, briefing};

const BUNDLED: &str = include_str!("../../briefings/mali-le-campement-2017-06-18.yaml");
const TOLL: &str = "figure: {type: killed, count: 2, qualifier: at-least}";

#[test]
fn a_conflict_taken_in_the_reader_is_gone_from_the_saved_file() {
    let dir = tempfile::tempdir().unwrap();
    let side = |name: &str, toll: &str| {
        let path = dir.path().join(name);
        fs::write(&path, BUNDLED.replacen(TOLL, toll, 1)).unwrap();
        path.display().to_string()
    };
    let base = side("base.yaml", TOLL);
    let ours = side(
        "ours.yaml",
        "figure: {type: killed, count: 5, qualifier: at-least}",
    );
    let theirs = side("theirs.yaml", "figure: {type: killed, count: 4}");
    let out = dir.path().join("merged.yaml").display().to_string();
    let merge = briefing()
        .args(["merge", &base, &ours, &theirs, "-o", &out])
        .output()
        .unwrap();
    assert_eq!(merge.status.code(), Some(1), "one conflict");
    let check = |path: &str| briefing().args(["check", path]).output().unwrap();
    assert_eq!(check(&out).status.code(), Some(1), "check reports it");

    let mut r = PtySession::start(&[&out], &[], 140, 40);
    r.wait_status("this file has 1 merge conflict: C lists them");
    r.keys("C");
    r.screen_has("Merge conflicts: 1");
    r.screen_has("theirs: 4 killed · takes ours, theirs");
    r.keys("t");
    r.wait_status("took theirs");
    r.keys("w");
    r.wait_status("saved to");
    r.quit();

    let after = check(&out);
    assert!(
        after.status.success(),
        "{}",
        String::from_utf8_lossy(&after.stderr)
    );
    let text = fs::read_to_string(&out).unwrap();
    assert!(!text.contains("conflicts:"), "{text}");
    let b = load_str("merged.yaml", &text).unwrap().briefing;
    let toll = b.entities[b.entity_index("campement-killed").unwrap()]
        .figure
        .unwrap();
    assert_eq!((toll.count, toll.qualifier), (4, Qualifier::Exact));
}
