//! Placing the caret: a search's current match and a click are where `v` starts it, `n`/`N`
//! move it from match to match, a double click selects a word; search matches in headlines
//! and how the current match looks. On the small mixed briefing, laid out at 120x40.

use std::time::{Duration, Instant};

use ratatui::layout::Rect;

use crate::briefing::{ArticleIx, Part, load_str};
use crate::theme::{BuiltIn, Look, Theme};
use crate::view::BidiMode;

use super::caret::shown_cells;
use super::keys::{Action, SelectAction};
use super::selection::DOUBLE_CLICK;
use super::state::{Focus, Mode, PaneIx, Reader};

const BRIEFING: &str = include_str!("../../../tests/fixtures/select/mixed.yaml");

fn reader_with(theme: Theme) -> Reader {
    let b = load_str("t.yaml", BRIEFING).unwrap().briefing;
    let mut r = Reader::new(b, None, theme, BidiMode::App);
    r.settle(Rect::new(0, 0, 120, 40));
    r
}

fn reader() -> Reader {
    reader_with(Theme::built_in(BuiltIn::Dark))
}

fn article(r: &Reader, id: &str) -> ArticleIx {
    r.briefing().article_index(id).unwrap()
}

/// The caret: its article's id, part and byte.
fn caret(r: &Reader) -> (String, Part, usize) {
    let c = r.caret().unwrap();
    (c.article.of(r.briefing()).id.clone(), c.part, c.bytes.start)
}

/// The screen cell showing byte `at` of a part of article `id`.
fn cell_of(r: &Reader, id: &str, part: Part, at: usize) -> (u16, u16) {
    let a = article(r, id);
    let shown = r
        .layout()
        .panes
        .iter()
        .find(|p| r.panes[p.pane].article == a)
        .unwrap();
    for (row, line) in shown.lines.iter().enumerate() {
        if super::select::part_of(line) != Some(part) {
            continue;
        }
        if let Some(c) = shown_cells(line, r.bidi)
            .iter()
            .find(|c| c.bytes.start == at)
        {
            return (shown.inner.x + c.col as u16, shown.inner.y + row as u16);
        }
    }
    panic!("byte {at} of {id} is not on screen");
}

#[test]
fn search_finds_headlines_and_counts_the_matches() {
    let mut r = reader();
    r.run_search("attack");
    let en = &r.briefing().articles[0];
    let matches = &r.search().unwrap().matches;
    let found: Vec<(Part, &str)> = matches
        .iter()
        .map(|m| (m.part, &en.part(m.part)[m.bytes.clone()]))
        .collect();
    assert_eq!(
        found,
        [(Part::Headline, "attack"), (Part::Text, "attack")],
        "the headline's first"
    );
    assert_eq!(
        r.status().unwrap(),
        "match 1 of 2 (headline): “attack”",
        "the count"
    );
    let shown = r.matches_in(article(&r, "en"));
    assert_eq!(shown.headline, vec![7..13]);
    assert_eq!(shown.current, Some((Part::Headline, 7..13)));
    r.apply(Action::SearchNext);
    assert_eq!(r.status().unwrap(), "match 2 of 2: “attack”");
}

#[test]
fn v_after_a_search_starts_at_the_current_match_and_n_moves_the_caret_on() {
    let mut r = reader();
    // In the Arabic article, while the English one has focus: the search shows its pane.
    r.run_search("إن");
    assert_eq!(r.focus(), Focus::Pane(PaneIx(1)));
    r.apply(Action::SearchNext);
    let text = r.briefing().articles[1].text.clone();
    let second = text.rfind("إن").unwrap();
    r.apply(Action::Select);
    assert_eq!(caret(&r), ("ar".into(), Part::Text, second));
    // n and N in select mode: the caret goes from match to match, wrapping around.
    r.select_key(SelectAction::SearchNext);
    assert_eq!(
        caret(&r),
        ("ar".into(), Part::Text, text.find("إن").unwrap())
    );
    assert_eq!(r.status().unwrap(), "match 1 of 2: “إن”");
    r.select_key(SelectAction::SearchPrev);
    assert_eq!(caret(&r).2, second);
    // Esc clears the search, and with it where `v` was to start.
    r.select_key(SelectAction::Back);
    r.apply(Action::Back);
    assert!(r.search().is_none());
    r.apply(Action::Select);
    assert_ne!(caret(&r).2, second, "the search is gone, and its place");
}

#[test]
fn n_in_select_mode_takes_the_caret_into_the_other_article_without_the_anchor() {
    let mut r = reader();
    // "2" once in the English text ("left 2 dead"), twice in the Arabic (20, 2017).
    r.run_search("2");
    r.apply(Action::Select);
    let en = r.briefing().articles[0].text.find('2').unwrap();
    assert_eq!(caret(&r), ("en".into(), Part::Text, en));
    r.select_key(SelectAction::Anchor);
    r.select_key(SelectAction::SearchNext);
    let ar = r.briefing().articles[1].text.find("20").unwrap();
    assert_eq!(caret(&r), ("ar".into(), Part::Text, ar));
    assert_eq!(r.selection(), None, "a selection stays in its article");
    assert_eq!(r.focus(), Focus::Pane(PaneIx(1)));
    r.select_key(SelectAction::Anchor);
    r.select_key(SelectAction::SearchNext);
    let span = r.selection().unwrap();
    assert_eq!(
        &r.briefing().articles[1].text[span.bytes],
        "20 رهينة أطلق سراحهم.\n\nقال Emmanuel Macron في "
    );
}

#[test]
fn a_click_is_where_v_starts_and_a_double_click_selects_a_word() {
    let mut r = reader();
    let text = r.briefing().articles[1].text.clone();
    let traore = text.find("تراوري").unwrap();
    // The third letter of تراوري.
    let inside = traore + 'ت'.len_utf8() + 'ر'.len_utf8();
    let (x, y) = cell_of(&r, "ar", Part::Text, inside);
    let t0 = Instant::now();
    r.press_at(x, y, t0);
    assert_eq!(r.mode(), &Mode::Normal, "one click only points");
    assert_eq!(r.focus(), Focus::Pane(PaneIx(1)));
    r.apply(Action::Select);
    assert_eq!(caret(&r), ("ar".into(), Part::Text, inside));
    r.select_key(SelectAction::Back);
    // Twice, slowly: two clicks. Then quickly: the word.
    r.press_at(x, y, t0 + Duration::from_secs(5));
    assert_eq!(r.selection(), None);
    r.press_at(x, y, t0 + Duration::from_secs(5) + DOUBLE_CLICK / 2);
    assert_eq!(r.mode(), &Mode::Select);
    let span = r.selection().unwrap();
    assert_eq!(&text[span.bytes], "تراوري");
    assert_eq!(r.press, None, "the release does not undo it");
    // A click elsewhere in select mode puts the caret there, without the selection.
    r.press_at(x, y, t0 + Duration::from_secs(9));
    assert_eq!(r.selection(), None);
    assert_eq!(caret(&r).2, inside);
}

#[test]
fn a_double_click_in_a_headline_selects_its_word() {
    let mut r = reader();
    let headline = r.briefing().articles[0].headline.clone();
    let at = headline.find("resort").unwrap() + 2;
    let (x, y) = cell_of(&r, "en", Part::Headline, at);
    let t0 = Instant::now();
    r.press_at(x, y, t0);
    r.press_at(x, y, t0 + Duration::from_millis(100));
    let span = r.selection().unwrap();
    assert_eq!(span.part, Part::Headline);
    assert_eq!(&headline[span.bytes], "resort");
}

#[test]
fn the_current_match_differs_by_more_than_bold_without_colour() {
    for theme in [Theme::no_color(), Theme::built_in(BuiltIn::Dark)] {
        let mut r = reader_with(theme);
        r.run_search("attack");
        let en = article(&r, "en");
        let matches = r.matches_in(en);
        let highlight = r.highlight(en, &matches);
        let text_match = highlight.look_at(r.briefing().articles[0].text.find("attack").unwrap());
        r.apply(Action::SearchNext);
        let matches = r.matches_in(en);
        let highlight = r.highlight(en, &matches);
        let current = highlight.look_at(r.briefing().articles[0].text.find("attack").unwrap());
        let unbold = |l: Look| Look { bold: false, ..l };
        assert_ne!(unbold(current), unbold(text_match), "{theme:?}");
        assert_ne!(current.reverse, text_match.reverse, "reversed: {theme:?}");
    }
}

#[test]
fn c_narrows_arabic_words_and_what_it_marks_is_saved_and_read_back() {
    use super::annotate_tests::{editable, key, typed};
    use crossterm::event::KeyCode;
    let (mut r, dir) = editable();
    let ar = article(&r, "ar");
    let text = r.briefing().articles[ar].text.clone();
    let selected = |r: &Reader| {
        let span = r.selection().unwrap();
        r.briefing().articles[ar].text[span.bytes].to_string()
    };
    let mut marked = Vec::new();
    for (word, narrowed) in [("للأمم", "أمم"), ("مسؤوليته", "مسؤوليت")] {
        let start = text.find(word).unwrap();
        // The caret inside the word, nothing selected: `c` takes the word's first narrowing.
        let inside = super::select::TextPos {
            part: Part::Text,
            byte: start + word.chars().next().unwrap().len_utf8(),
        };
        r.put_caret(ar, inside, None);
        r.select_key(SelectAction::Narrow);
        assert_eq!(selected(&r), narrowed);
        // Again: round to the whole word, then narrowed again.
        r.select_key(SelectAction::Narrow);
        assert_eq!(selected(&r), word);
        r.select_key(SelectAction::Narrow);
        assert_eq!(selected(&r), narrowed);
        r.select_key(SelectAction::Mark);
        typed(&mut r, "Narrowed");
        key(&mut r, KeyCode::Enter);
        let span = r.selection();
        assert_eq!(span, None, "marked: {:?}", r.status());
        marked.push(r.cursor().unwrap().of(r.briefing()).bytes.clone());
    }
    assert_eq!(&text[marked[0].clone()], "أمم");
    r.apply(Action::Save);
    let written = std::fs::read_to_string(dir.path().join("b.yaml")).unwrap();
    let read = load_str("b.yaml", &written).unwrap().briefing;
    for bytes in marked {
        assert!(
            read.mentions
                .iter()
                .any(|m| m.article == ar && m.bytes == bytes),
            "{} read back",
            &text[bytes.clone()]
        );
    }
}

#[test]
fn c_on_a_word_with_nothing_to_take_off_says_so() {
    let mut r = reader();
    let en = article(&r, "en");
    r.put_caret(
        en,
        super::select::TextPos {
            part: Part::Headline,
            byte: 0,
        },
        None,
    );
    r.select_key(SelectAction::Narrow);
    assert_eq!(r.selection(), None);
    assert_eq!(
        r.status().unwrap(),
        "nothing to take off «Gunmen»: no Arabic proclitic or attached pronoun"
    );
}

#[test]
fn a_press_after_a_drag_is_a_click_not_a_double_click() {
    use crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    let mut r = reader();
    let text = r.briefing().articles[0].text.clone();
    let bamako = text.find("Bamako").unwrap();
    let (x, y) = cell_of(&r, "en", Part::Text, bamako);
    let mouse = |kind, column| {
        Event::Mouse(MouseEvent {
            kind,
            column,
            row: y,
            modifiers: KeyModifiers::NONE,
        })
    };
    let t0 = Instant::now();
    r.press_at(x, y, t0);
    r.handle(mouse(MouseEventKind::Drag(MouseButton::Left), x + 3));
    r.handle(mouse(MouseEventKind::Up(MouseButton::Left), x + 5));
    assert_eq!(&text[r.selection().unwrap().bytes], "Bamako");
    r.press_at(x, y, t0 + DOUBLE_CLICK / 2);
    assert_eq!(r.selection(), None, "the caret put back, no word selected");
    assert_eq!(caret(&r).2, bamako);
}
