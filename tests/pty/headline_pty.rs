//! The reader in a pseudo-terminal shows the bundled briefing's headline mentions highlighted:
//! the places named in the English headline take the place colour over the headline's look;
//! `]` visits them first, drawing the one it is on with the cursor look, and Enter jumps
//! from there to the Arabic article.

use crate::common;

use common::PtySession;

/// A cell's look: colours and attributes.
type Look = (vt100::Color, vt100::Color, bool, bool, bool);

/// The row showing the English headline, and the look of the first cell of `word` in it.
fn headline_look(screen: &vt100::Screen, word: &str) -> Look {
    let (rows, cols) = screen.size();
    let (rows, cols) = (rows.get(), cols.get());
    let row = (0..rows)
        .find(|&row| {
            screen
                .contents_between(row, 0, row, cols)
                .contains("Mali attack:")
        })
        .expect("the English headline is on screen");
    let line = screen.contents_between(row, 0, row, cols);
    let column = line[..line.find(word).unwrap()].chars().count() as u16;
    let cell = screen.cell(row, column).unwrap();
    (
        cell.fgcolor(),
        cell.bgcolor(),
        cell.bold(),
        cell.underline(),
        cell.inverse(),
    )
}

#[test]
fn headline_mentions_are_highlighted_in_the_reader() {
    let mut r = PtySession::start(&[], &[], 160, 40);
    r.screen_has("Entities:");
    let screen = r.parser.screen().clone();
    let fg = |word: &str| headline_look(&screen, word).0;
    // "Mali", "Le Campement" and "Bamako" are marked as places; "attack" is plain headline.
    assert_ne!(fg("Mali"), fg("attack"));
    assert_eq!(fg("Mali"), fg("Bamako"));
    assert_eq!(fg("Mali"), fg("Campement"));
    assert_eq!(fg("attack"), fg("resort"));
    r.quit();
}

#[test]
fn next_mention_visits_the_headline_first_and_enter_jumps_from_it() {
    let mut r = PtySession::start(&[], &[], 160, 40);
    r.screen_has("Entities:");
    let before = headline_look(r.parser.screen(), "Mali");
    r.keys("]");
    r.wait_status("Mali: headline mention");
    r.wait_for("the cursor on Mali in the headline", |s| {
        headline_look(s, "Mali") != before
    });
    let on = headline_look(r.parser.screen(), "Mali");
    assert_ne!(on, headline_look(r.parser.screen(), "Bamako"));
    // Next: the headline's next place; Mali is no longer under the cursor.
    r.keys("]");
    r.wait_status("Le Campement Kangaba resort: headline mention");
    r.wait_for("the cursor off Mali", |s| headline_look(s, "Mali") != on);
    // Back to Mali, then Enter: Mali in the Arabic article's text.
    r.keys("[");
    r.wait_status("Mali: headline mention");
    r.keys("\r");
    r.wait_status("Mali: mention ");
    r.wait_for("focus on the Arabic pane", |s| {
        // The focused pane's border is drawn in the focus colour (yellow).
        s.cell(2, 159)
            .is_some_and(|c| c.fgcolor() == vt100::Color::Idx(3))
            && s.cell(2, 0)
                .is_some_and(|c| c.fgcolor() != vt100::Color::Idx(3))
    });
    r.quit();
}
