//! The reader in a pseudo-terminal shows the bundled briefing's headline mentions highlighted:
//! the places named in the English headline take the place colour over the headline's look.

mod common;

use common::Reader;

#[test]
fn headline_mentions_are_highlighted_in_the_reader() {
    let mut r = Reader::start(&[], &[], 160, 40);
    r.screen_has("Entities:");
    let screen = r.parser.screen().clone();
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
    let column = |word: &str| line[..line.find(word).unwrap()].chars().count() as u16;
    let fg = |word: &str| screen.cell(row, column(word)).unwrap().fgcolor();
    // "Mali", "Le Campement" and "Bamako" are marked as places; "attack" is plain headline.
    assert_ne!(fg("Mali"), fg("attack"), "{line}");
    assert_eq!(fg("Mali"), fg("Bamako"));
    assert_eq!(fg("Mali"), fg("Campement"));
    assert_eq!(fg("attack"), fg("resort"));
    r.quit();
}
