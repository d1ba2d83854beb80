//! Who said what in the real binary, in a pseudo-terminal, on a copy of the claims fixture
//! (issue 26): the comparison of the people killed shows each figure with its speaker and
//! time and the soldiers, a part of the toll, indented under it; the colonel's denied
//! claim is drawn crossed out (SGR 9, which the emulator does not keep, so the bytes are
//! read) and says who denied it; `T` shows the rise; `m` names the colonel's speaker among
//! its sentence's actors, and the saved file keeps it.

use crate::common;

use std::fs;
use std::time::Duration;

use briefing::briefing::load_str;
use common::PtySession;

const CLAIMS: &str = include_str!("../fixtures/claims/claims.yaml");
/// Crossed out: how crossterm starts struck-through text.
const CROSSED_OUT: &str = "\x1b[9m";

#[test]
fn the_comparison_shows_speakers_times_a_denied_claim_and_a_part_of_the_toll() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("claims.yaml");
    fs::write(&path, CLAIMS).unwrap();
    let mut r = PtySession::start(&[&path.display().to_string()], &[], 140, 40);
    r.screen_has("Entities:");
    r.step_to("People killed in the bombing", 12);
    r.keys("i");
    r.screen_has("at least 14 killed — Samir Haddad · Daily Courier · 2019-03-02");
    r.screen_has("  part: Soldiers among the dead");
    r.screen_has("    some killed — Daily Courier · 2019-03-02");
    assert!(!common::contains(&r.raw, CROSSED_OUT), "nothing denied yet");
    r.keys("\x1b");
    r.wait_for("the popup closed", |s| {
        !s.contents().contains("who said what:")
    });
    r.step_to("The colonel", 12);
    r.keys("i");
    r.screen_has("1 killed — Daily Courier · 2019-03-02");
    r.screen_has("denied by The army");
    r.pump(Duration::from_millis(100));
    assert!(
        common::contains(&r.raw, CROSSED_OUT),
        "the denied claim is struck"
    );
    r.keys("\x1b");
    r.wait_for("the popup closed", |s| {
        !s.contents().contains("who said what:")
    });
    r.keys("T");
    r.screen_has("↑ rose to 21 killed (from at least 14)");
    r.keys("\x1b");
    r.wait_for("the timeline closed", |s| {
        !s.contents().contains("reported: ")
    });
    // Who said the colonel was killed: the sentence's one actor, the army.
    r.keys("m");
    r.screen_has("said by … (actors of this sentence)");
    r.keys("\r");
    r.wait_status("said by The army");
    r.keys("w");
    r.wait_status("saved to");
    r.quit();
    let saved = load_str("claims.yaml", &fs::read_to_string(&path).unwrap())
        .unwrap()
        .briefing;
    let colonel = saved.entity_index("colonel").unwrap();
    let army = saved.entity_index("army").unwrap();
    let m = saved.entities[colonel].mentions[0];
    let said = saved.attribution(m).unwrap();
    assert_eq!(
        (said.said_by.as_slice(), said.denied_by.as_slice()),
        (&[army][..], &[army][..])
    );
}
