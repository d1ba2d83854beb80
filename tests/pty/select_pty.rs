//! Select mode end to end: the real binary in a pseudo-terminal, driven with keys and a
//! mouse drag (SGR mouse reports, as xterm sends them), its screen and cell colours read
//! back with vt100.

use crate::common;

use common::PtySession;
use unicode_normalization::UnicodeNormalization;

/// The background the dark theme gives selected text (bright cyan).
const SELECTED: vt100::Color = vt100::Color::Idx(14);

/// The text of the cells of row `row` drawn with the selection's background, left to right.
fn selected_in_row(screen: &vt100::Screen, row: u16, cols: u16) -> String {
    (0..cols)
        .filter_map(|col| screen.cell(row, col))
        .filter(|c| c.bgcolor() == SELECTED)
        .map(|c| c.contents().to_string())
        .collect()
}

/// Esc out of select mode (with no selection), and wait for it: an Esc followed at once by
/// another key would read as Alt and that key.
pub(crate) fn leave(r: &mut PtySession) {
    r.keys("\x1b");
    r.wait_for("select mode left", |s| {
        !s.contents()
            .lines()
            .last()
            .unwrap_or("")
            .contains("v select")
    });
}

#[test]
fn v_w_v_w_w_selects_two_words_of_the_arabic_headline() {
    let mut r = PtySession::start(&[], &[], 120, 40);
    r.screen_has("Entities:");
    // Focus the Arabic pane; the caret starts on the headline's first word.
    r.keys("\t");
    r.keys("v");
    r.wait_status("select mode: v starts a selection");
    r.keys("wvww");
    r.wait_status("selected 9 characters");
    // "مسلح على " as an isolated right-to-left run: shaped, in visual order.
    let status: String = r.status().nfkc().collect();
    assert!(status.contains("« ىلع حلسم»"), "status: {status}");
    // The same letters are drawn in the selection's colour on the headline's row.
    let drawn: String = selected_in_row(r.parser.screen(), 3, 120).nfkc().collect();
    assert_eq!(drawn, " ىلع حلسم");
    // Esc drops the selection, then leaves select mode.
    r.keys("\x1b");
    r.wait_status("select mode: v starts a selection");
    leave(&mut r);
    r.quit();
}

#[test]
fn a_mouse_drag_selects_what_it_passes_over() {
    let (cols, rows) = (120, 40);
    let mut r = PtySession::start(&[], &[], cols, rows);
    r.screen_has("Entities:");
    // "Bamako" in the English pane (left): where it is on screen.
    let (row, col) = r
        .parser
        .screen()
        .rows(0, cols / 2)
        .enumerate()
        .find_map(|(row, text)| {
            let at = text.find("Bamako")?;
            Some((row as u16, text[..at].chars().count() as u16))
        })
        .expect("Bamako on screen");
    // Press on its B, drag to its o, release: SGR reports count from 1.
    let (x, y) = (col + 1, row + 1);
    r.keys(&format!("\x1b[<0;{x};{y}M"));
    r.keys(&format!("\x1b[<32;{};{y}M", x + 3));
    r.keys(&format!("\x1b[<0;{};{y}m", x + 5));
    r.wait_status("selected 6 characters: «Bamako»");
    r.wait_for("Bamako drawn selected", |s| {
        selected_in_row(s, row, cols / 2) == "Bamako"
    });
    // A click in select mode moves the caret and drops the selection.
    r.keys(&format!("\x1b[<0;{x};{y}M\x1b[<0;{x};{y}m"));
    r.wait_status("select mode: v starts a selection");
    assert_eq!(selected_in_row(r.parser.screen(), row, cols / 2), "");
    leave(&mut r);
    r.quit();
}
