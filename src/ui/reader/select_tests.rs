//! Select mode driven through its keys on a small briefing (an English article, an Arabic
//! one with a Latin name and digits in a line), laid out at 120x40 side by side.

use ratatui::layout::Rect;

use crate::briefing::ArticleIx;
use crate::briefing::{Part, load_str};
use crate::theme::{BuiltIn, Theme};
use crate::view::BidiMode;

use super::keys::{Action, SelectAction};
use super::select::TextPos;
use super::state::{Mode, Reader};

/// An English article, an Arabic one with a Latin name and digits in a line.
const BRIEFING: &str = include_str!("../../../tests/fixtures/select/mixed.yaml");

fn reader_in(text: &str, bidi: BidiMode) -> Reader {
    let b = load_str("t.yaml", text).unwrap().briefing;
    let mut r = Reader::new(b, None, Theme::built_in(BuiltIn::Dark), bidi);
    r.settle(Rect::new(0, 0, 120, 40));
    r
}

/// Select mode in the pane of article `id`.
fn selecting(id: &str, bidi: BidiMode) -> Reader {
    let mut r = reader_in(BRIEFING, bidi);
    if id == "ar" {
        r.apply(Action::FocusNext);
    }
    r.apply(Action::Select);
    assert_eq!(r.mode(), &Mode::Select);
    r
}

fn article(r: &Reader, id: &str) -> ArticleIx {
    r.briefing().article_index(id).unwrap()
}

/// The word the caret is in after each of `keys`.
fn words_after(r: &mut Reader, keys: &[SelectAction]) -> Vec<String> {
    keys.iter()
        .map(|&k| {
            r.select_key(k);
            word(r)
        })
        .collect()
}

fn word(r: &Reader) -> String {
    let span = r.word_at_caret().unwrap();
    let a = span.article.of(r.briefing());
    span.part.of(&a.text, &a.headline)[span.bytes].to_string()
}

/// The caret's byte in its part.
fn at(r: &Reader) -> (Part, usize) {
    let caret = r.caret().unwrap();
    (caret.part, caret.bytes.start)
}

fn put(r: &mut Reader, id: &str, part: Part, byte: usize) {
    let a = article(r, id);
    r.put_caret(a, TextPos { part, byte }, None);
}

#[test]
fn words_move_in_reading_order_in_english() {
    use SelectAction::{WordEnd, WordNext, WordPrev};
    let mut r = selecting("en", BidiMode::App);
    assert_eq!(at(&r), (Part::Headline, 0), "the first character on screen");
    let next = words_after(&mut r, &[WordNext; 10]);
    assert_eq!(
        next,
        [
            "attack", "resort", "The", "attack", "near", "Bamako", "left", "2", "dead", "Second"
        ]
    );
    let back = words_after(&mut r, &[WordPrev; 4]);
    assert_eq!(back, ["dead", "2", "left", "Bamako"]);
    // `e` goes to the end of the word, then of the next one.
    r.select_key(WordEnd);
    let text = r.briefing().articles[0].text.clone();
    assert_eq!(at(&r), (Part::Text, text.find("Bamako").unwrap() + 6));
    r.select_key(WordEnd);
    assert_eq!(at(&r).1, text.find("left").unwrap() + 4);
    assert_eq!(word(&r), "left", "the word just before the caret");
}

#[test]
fn words_move_in_reading_order_in_arabic() {
    use SelectAction::{WordNext, WordPrev};
    let mut r = selecting("ar", BidiMode::App);
    assert_eq!(r.caret().unwrap().article, article(&r, "ar"));
    assert_eq!(word(&r), "هجوم", "the headline's first word");
    let next = words_after(&mut r, &[WordNext; 7]);
    assert_eq!(
        next,
        ["مسلح", "قال", "ساليف", "تراوري", "إن", "20", "رهينة"]
    );
    let back = words_after(&mut r, &[WordPrev; 3]);
    assert_eq!(back, ["20", "إن", "تراوري"]);
}

#[test]
fn arrows_move_visually_across_a_reordered_mixed_line() {
    for bidi in [BidiMode::App, BidiMode::Terminal] {
        let mut r = selecting("ar", bidi);
        let text = r.briefing().articles[1].text.clone();
        let line = text.rfind("قال").unwrap();
        let emmanuel = text.find("Emmanuel").unwrap();
        put(&mut r, "ar", Part::Text, emmanuel);
        // Right of "E" is "m": the Latin name reads left to right.
        r.select_key(SelectAction::Right);
        assert_eq!(at(&r).1, emmanuel + 1, "{bidi:?}");
        // Left of "E" is the space after "Macron", logically further on.
        r.select_key(SelectAction::Left);
        r.select_key(SelectAction::Left);
        assert_eq!(at(&r).1, text.find(" في").unwrap(), "{bidi:?}");
        // From the name's last letter, → goes to the space before it, then into the
        // Arabic word before it: towards the logical start of the line.
        put(&mut r, "ar", Part::Text, text.find("Macron").unwrap() + 5);
        r.select_key(SelectAction::Right);
        assert_eq!(at(&r).1, emmanuel - 1, "{bidi:?}");
        r.select_key(SelectAction::Right);
        assert!(at(&r).1 < emmanuel - 1 && at(&r).1 >= line, "{bidi:?}");
        // The line's ends are its logical ends, wherever they are on screen.
        r.select_key(SelectAction::LineStart);
        assert_eq!(at(&r).1, line);
        r.select_key(SelectAction::LineEnd);
        assert_eq!(at(&r).1, text.len(), "after the full stop");
    }
}

#[test]
fn up_and_down_keep_the_column_past_blank_lines() {
    let mut r = selecting("en", BidiMode::App);
    r.select_key(SelectAction::Down);
    assert_eq!(at(&r), (Part::Text, 0), "past the source line and the gap");
    r.select_key(SelectAction::WordEnd);
    r.select_key(SelectAction::Down);
    let text = r.briefing().articles[0].text.clone();
    let second = text.find("Second").unwrap();
    assert_eq!(at(&r), (Part::Text, second + 3), "the column after The");
    r.select_key(SelectAction::Up);
    r.select_key(SelectAction::Up);
    assert_eq!(at(&r), (Part::Headline, 3), "back up to the headline");
}

#[test]
fn a_selection_is_ordered_whichever_way_it_was_made_and_esc_undoes_it() {
    let mut r = selecting("en", BidiMode::App);
    assert_eq!(r.selection(), None, "no anchor, no selection");
    r.select_key(SelectAction::WordNext);
    r.select_key(SelectAction::Anchor);
    r.select_key(SelectAction::WordNext);
    r.select_key(SelectAction::WordEnd);
    let forward = r.selection().unwrap();
    assert_eq!(
        &r.briefing().articles[0].headline[forward.bytes.clone()],
        "attack resort"
    );
    // Made backwards: from after "resort" back to "attack".
    r.select_key(SelectAction::Back);
    assert_eq!(r.mode(), &Mode::Select, "Esc drops the anchor first");
    assert_eq!(r.selection(), None);
    r.select_key(SelectAction::Anchor);
    r.select_key(SelectAction::WordPrev);
    r.select_key(SelectAction::WordPrev);
    assert_eq!(r.selection().unwrap().bytes, forward.bytes);
    let status = r.select_status().concat();
    assert_eq!(status, "selected 13 characters: «attack resort»");
    r.select_key(SelectAction::Back);
    r.select_key(SelectAction::Back);
    assert_eq!(r.mode(), &Mode::Normal);
    assert_eq!(r.caret(), None);
}

#[test]
fn selections_end_on_cluster_boundaries() {
    let text = BRIEFING.replace(
        "Second paragraph here.",
        "cafe\u{301} x 👩\u{200d}👩\u{200d}👧 ok",
    );
    let mut r = reader_in(&text, BidiMode::App);
    r.apply(Action::Select);
    let t = r.briefing().articles[0].text.clone();
    let mark = t.find('\u{301}').unwrap();
    let family = t.find('👩').unwrap();
    let a = article(&r, "en");
    // The anchor on the combining mark, the caret on the second woman of the family: both
    // go back to the start of their cluster.
    r.put_caret(
        a,
        TextPos {
            part: Part::Text,
            byte: family + 7,
        },
        Some(TextPos {
            part: Part::Text,
            byte: mark,
        }),
    );
    let span = r.selection().unwrap();
    assert_eq!(&t[span.bytes.clone()], "e\u{301} x ");
    assert_eq!(r.caret().unwrap().bytes, family..family);
    assert_eq!(r.word_at_caret(), None, "an emoji is not a word");
    // `l` steps over the whole cluster.
    put(&mut r, "en", Part::Text, mark - 1);
    r.select_key(SelectAction::Right);
    assert_eq!(at(&r).1, mark + '\u{301}'.len_utf8());
}

#[test]
fn v_in_the_entity_list_says_where_select_mode_works() {
    let mut r = reader_in(BRIEFING, BidiMode::App);
    r.apply(Action::FocusNext);
    r.apply(Action::FocusNext);
    r.apply(Action::Select);
    assert_eq!(r.mode(), &Mode::Normal);
    assert!(r.status().unwrap().contains("Tab to one"));
}

#[test]
fn a_selection_from_the_headline_into_the_text_stays_in_the_text() {
    let mut r = selecting("en", BidiMode::App);
    r.select_key(SelectAction::WordNext);
    r.select_key(SelectAction::Anchor);
    // Down past the source line and the gap, to the text's first line, then one word on.
    r.select_key(SelectAction::Down);
    r.select_key(SelectAction::WordNext);
    let span = r.selection().unwrap();
    let text = &r.briefing().articles[0].text;
    assert_eq!(span.part, Part::Text);
    assert_eq!(&text[span.bytes], "The attack, ", "from the text's start");
    // Back up into the headline, at the column of "near": anchor and caret both there.
    r.select_key(SelectAction::Up);
    let span = r.selection().unwrap();
    assert_eq!(span.part, Part::Headline);
    let headline = &r.briefing().articles[0].headline;
    assert_eq!(&headline[span.bytes], "attac");
}

#[test]
fn words_skip_punctuation_and_clusters_stay_whole() {
    use super::caret::{cluster_floor, next_word_start, prev_word_start, word_at, word_end};
    let s = "(Bamako), «2017» e\u{301}t\u{e9}";
    assert_eq!(next_word_start(s, 0, false), Some(1));
    assert_eq!(next_word_start(s, 1, false), s.find("2017"));
    assert_eq!(
        word_end(s, 1),
        Some(7),
        "the end of Bamako, before the bracket"
    );
    assert_eq!(prev_word_start(s, s.len()), s.find('e'));
    assert_eq!(word_at(s, 3), Some(1..7));
    assert_eq!(word_at(s, 0), None, "a bracket is not a word");
    assert_eq!(word_at(s, s.len()), None);
    let e = s.find('e').unwrap();
    assert_eq!(cluster_floor(s, e + 1), e, "inside e + combining acute");
    let family = "👩\u{200d}👩\u{200d}👧";
    for inside in 1..family.len() {
        assert_eq!(cluster_floor(family, inside), 0, "{inside}");
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
    #[test]
    fn any_keys_keep_the_caret_and_the_selection_on_cluster_boundaries(
        keys in proptest::collection::vec(0usize..12, 0..40),
        arabic: bool,
        terminal: bool,
    ) {
        use SelectAction::*;
        const ALL: [SelectAction; 12] = [
            Anchor, WordNext, WordPrev, WordEnd, LineStart, LineEnd, Left, Right, Down, Up, Mark, Back,
        ];
        let bidi = if terminal { BidiMode::Terminal } else { BidiMode::App };
        let mut r = selecting(if arabic { "ar" } else { "en" }, bidi);
        for k in keys {
            r.select_key(ALL[k]);
            let spans = [r.caret(), r.selection(), r.word_at_caret()];
            for span in spans.into_iter().flatten() {
                let a = span.article.of(r.briefing());
                let text = span.part.of(&a.text, &a.headline);
                for end in [span.bytes.start, span.bytes.end] {
                    proptest::prop_assert!(end <= text.len());
                    proptest::prop_assert_eq!(super::caret::cluster_floor(text, end), end);
                }
            }
        }
    }
}

#[test]
fn the_pane_scrolls_to_keep_the_caret_in_view() {
    let mut r = Reader::new(
        crate::briefing::bundled().unwrap().briefing,
        None,
        Theme::built_in(BuiltIn::Dark),
        BidiMode::App,
    );
    r.settle(Rect::new(0, 0, 120, 40));
    r.apply(Action::Select);
    for _ in 0..60 {
        r.select_key(SelectAction::Down);
        r.settle(Rect::new(0, 0, 120, 40));
        let caret = r.caret().unwrap().bytes.start;
        let shown = &r.layout().panes[0].lines;
        assert!(
            shown.iter().any(|l| l.bytes().contains(&caret)),
            "byte {caret} is on screen"
        );
    }
    assert!(
        r.caret().unwrap().bytes.start > 1000,
        "it went down the article"
    );
}

#[test]
fn the_mouse_hits_the_cell_seen_in_either_bidi_mode() {
    // Where "E" of "Emmanuel" is seen: the reader's own bidi draws the line in visual
    // order, so that is where it is drawn.
    let app = reader_in(BRIEFING, BidiMode::App);
    let text = &app.briefing().articles[1].text;
    let emmanuel = text.find("Emmanuel").unwrap();
    let shown = &app.layout().panes[1];
    let (row, line) = shown
        .lines
        .iter()
        .enumerate()
        .find(|(_, l)| l.bytes().contains(&emmanuel))
        .unwrap();
    let mut col = line.pad;
    for cell in line.line.cells.iter() {
        if line.offset + cell.source.start == emmanuel {
            break;
        }
        col += usize::from(cell.width);
    }
    let (x, y) = (shown.inner.x + col as u16, shown.inner.y + row as u16);
    // A terminal that does the bidi shows it at the same place.
    for bidi in [BidiMode::App, BidiMode::Terminal] {
        let r = reader_in(BRIEFING, bidi);
        let (article, at) = r.text_pos_at(x, y).unwrap();
        assert_eq!(article, self::article(&r, "ar"));
        assert_eq!(at.byte, emmanuel, "{bidi:?}");
    }
}

#[test]
fn select_mode_starts_at_the_mention_under_the_cursor() {
    let b = crate::briefing::bundled().unwrap().briefing;
    let en = b.article_index("en").unwrap();
    let in_headline = b.headline_mentions_in(en).len();
    let mut r = Reader::new(b, None, Theme::built_in(BuiltIn::Dark), BidiMode::App);
    r.settle(Rect::new(0, 0, 120, 40));
    r.apply(Action::NextMention);
    r.apply(Action::Select);
    let mention = r.cursor().unwrap().of(r.briefing()).clone();
    let caret = r.caret().unwrap();
    assert_eq!(
        (caret.part, caret.bytes.start),
        (Part::Headline, mention.bytes.start)
    );
    r.select_key(SelectAction::Back);
    for _ in 0..in_headline {
        r.apply(Action::NextMention);
    }
    r.apply(Action::Select);
    let mention = r.cursor().unwrap().of(r.briefing()).clone();
    assert_eq!(mention.part, Part::Text);
    assert_eq!(
        r.caret().unwrap().bytes,
        mention.bytes.start..mention.bytes.start
    );
}

#[test]
fn a_drag_selects_the_cells_it_starts_and_ends_on_either_way() {
    let mut r = reader_in(BRIEFING, BidiMode::App);
    let en = article(&r, "en");
    let text = r.briefing().articles[0].text.clone();
    let b = text.find("Bamako").unwrap();
    let pos = |byte| TextPos {
        part: Part::Text,
        byte,
    };
    for (from, to) in [(b, b + 5), (b + 5, b)] {
        r.drag_select(en, pos(from), pos(to));
        let span = r.selection().unwrap();
        assert_eq!(&text[span.bytes], "Bamako", "{from} to {to}");
    }
    // Back where it started: nothing selected, the caret there.
    r.drag_select(en, pos(b), pos(b));
    assert_eq!(r.selection(), None);
    assert_eq!(r.caret().unwrap().bytes, b..b);
}
