//! Placing the caret in the real binary (pty, NO_COLOR): a search's current match is where
//! `v` starts it, drawn apart from the other matches by reverse video; a double click
//! selects a word; `c` narrows an Arabic word found by a search.

use crate::common;

use common::PtySession;

/// Where the first `word` after `after` is on the screen's row showing `after`: (row, column).
fn cell_of(screen: &vt100::Screen, after: &str, word: &str) -> (u16, u16) {
    let (rows, cols) = screen.size();
    (0..rows.get())
        .find_map(|row| {
            let line = screen.contents_between(row, 0, row, cols.get());
            let start = line.find(after)?;
            let at = start + line[start..].find(word)?;
            Some((row, line[..at].chars().count() as u16))
        })
        .unwrap_or_else(|| panic!("{after:?} on screen:\n{}", screen.contents()))
}

/// Out of select mode (Esc drops the selection, then leaves), then quit. Each Esc is waited
/// for: an Esc followed at once by another key would read as Alt and that key.
fn leave_and_quit(r: &mut PtySession) {
    r.keys("\x1b");
    r.wait_status("select mode: v starts a selection");
    crate::select_pty::leave(r);
    r.quit();
}

fn inverse(screen: &vt100::Screen, (row, col): (u16, u16)) -> bool {
    screen.cell(row, col).unwrap().inverse()
}

#[test]
fn v_after_a_search_starts_at_the_current_match_drawn_apart_without_colour() {
    let mut r = PtySession::start(&[], &[("NO_COLOR", "1")], 120, 40);
    r.screen_has("Entities:");
    r.keys("/attack\r");
    r.wait_status("(headline): “attack”");
    assert!(r.status().contains("match 1 of "), "{}", r.status());
    // The current match (in the headline) and another (in the text) look different, by
    // reverse video, where there is no colour.
    let screen = r.parser.screen().clone();
    let current = cell_of(&screen, "Mali attack", "attack");
    let other = cell_of(&screen, "A terror attack", "attack");
    assert_ne!(inverse(&screen, current), inverse(&screen, other));
    // v starts the caret on the match: v e selects it.
    r.keys("vve");
    r.wait_status("selected 6 characters: «attack»");
    // n moves the caret (and the selection's end) to the next match.
    r.keys("\x1b");
    r.wait_status("select mode: v starts a selection");
    r.keys("nve");
    r.wait_status("selected 6 characters: «attack»");
    leave_and_quit(&mut r);
}

#[test]
fn a_double_click_selects_the_word_clicked() {
    let mut r = PtySession::start(&[], &[], 120, 40);
    r.screen_has("Entities:");
    let (row, col) = cell_of(r.parser.screen(), "capital", "Bamako");
    // On its third letter; SGR reports count from 1.
    let (x, y) = (col + 3, row + 1);
    let click = format!("\x1b[<0;{x};{y}M\x1b[<0;{x};{y}m");
    r.keys(&click.repeat(2));
    r.wait_status("selected 6 characters: «Bamako»");
    leave_and_quit(&mut r);
}

#[test]
fn c_narrows_an_arabic_word_to_its_letters_without_proclitics() {
    let mut r = PtySession::start(&[], &[], 120, 40);
    r.screen_has("Entities:");
    // للأمم المتحدة: found by a search, the caret at its start, then narrowed to أمم.
    r.keys("/للأمم\r");
    r.wait_status("match 1 of 2");
    r.keys("v");
    r.wait_status("select mode: v starts a selection");
    r.keys("c");
    r.wait_status("selected 3 characters");
    r.keys("c");
    r.wait_status("selected 5 characters");
    leave_and_quit(&mut r);
}
