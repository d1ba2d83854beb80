//! The reader driven through its actions on the bundled briefing, laid out at 120x40.

use ratatui::layout::Rect;

use crate::briefing::{AnyMention, ArticleIx, EntityIx};
use crate::briefing::{Direction, bundled};
use crate::theme::{BuiltIn, Theme};
use crate::ui::keymap::Motion;
use crate::view::BidiMode;
use crate::view::article::Anchor;

use super::keys::Action;
use super::state::{Focus, Mode, PaneIx, Reader};

fn reader() -> Reader {
    let mut reader = Reader::new(
        bundled().unwrap().briefing,
        None,
        Theme::built_in(BuiltIn::Dark),
        BidiMode::App,
    );
    reader.settle(Rect::new(0, 0, 120, 40));
    reader
}

fn cursor_article(r: &Reader) -> ArticleIx {
    r.cursor().unwrap().of(r.briefing()).article
}

#[test]
fn ltr_article_left_rtl_right() {
    let r = reader();
    let dirs: Vec<Direction> = r
        .pane_articles()
        .iter()
        .map(|a| a.of(r.briefing()).dir)
        .collect();
    assert_eq!(dirs, [Direction::Ltr, Direction::Rtl]);
}

#[test]
fn next_mention_then_enter_goes_to_the_other_article() {
    let mut r = reader();
    let panes = r.pane_articles();
    r.apply(Action::NextMention);
    assert_eq!(cursor_article(&r), panes[0]);
    let entity = r.cursor().unwrap().of(r.briefing()).entity;
    r.apply(Action::Jump);
    assert_eq!(r.cursor().unwrap().of(r.briefing()).entity, entity);
    assert_eq!(cursor_article(&r), panes[1]);
    assert_eq!(r.focus(), Focus::Pane(PaneIx(1)));
    // Again: cycles through every mention of the entity.
    let all = r.briefing().entities[entity].mentions.clone();
    let mut seen = vec![r.cursor().unwrap().text().unwrap()];
    for _ in 1..all.len() {
        r.apply(Action::Jump);
        seen.push(r.cursor().unwrap().text().unwrap());
    }
    seen.sort();
    assert_eq!(seen, all);
}

#[test]
fn mentions_step_in_reading_order_and_say_which_they_are() {
    let mut r = reader();
    r.apply(Action::FocusNext);
    // Past the headline's mentions, to the text's first.
    let ar = r.pane_articles()[1];
    for _ in 0..=r.briefing().headline_mentions_in(ar).len() {
        r.apply(Action::NextMention);
    }
    let first = r.cursor().unwrap();
    let text = first.text().expect("a mention in the text");
    let entity = first.of(r.briefing()).entity.of(r.briefing());
    let at = entity.mentions.iter().position(|&m| m == text).unwrap();
    let expected = format!(
        "{}: mention {} of {}",
        entity.name,
        at + 1,
        entity.mentions.len()
    );
    assert_eq!(r.status().as_deref(), Some(expected.as_str()));
    r.apply(Action::NextMention);
    let second = r.cursor().unwrap();
    assert!(
        first.of(r.briefing()).bytes.start <= second.of(r.briefing()).bytes.start,
        "logical order is reading order"
    );
    r.apply(Action::PrevMention);
    assert_eq!(r.cursor(), Some(first));
}

/// `]` pressed `n` times: the entity name of each mention it lands on, and whether that
/// mention is in the headline.
fn stepped(r: &mut Reader, n: usize) -> Vec<(String, bool)> {
    (0..n)
        .map(|_| {
            r.apply(Action::NextMention);
            let m = r.cursor().unwrap();
            let entity = m.of(r.briefing()).entity;
            assert_eq!(r.selected(), Some(entity), "its entity is selected");
            let name = entity.of(r.briefing()).name.clone();
            (name, matches!(m, AnyMention::Headline(_)))
        })
        .collect()
}

#[test]
fn headline_mentions_come_first_then_the_text() {
    let mut r = reader();
    let en = r.pane_articles()[0];
    assert_eq!(en.of(r.briefing()).id, "en");
    let steps = stepped(&mut r, 4);
    let names: Vec<&str> = steps.iter().map(|(n, _)| n.as_str()).collect();
    let first_text = r.briefing().mentions[r.briefing().mention_range(en).start].entity;
    assert_eq!(
        names,
        [
            "Mali",
            "Le Campement Kangaba resort",
            "Bamako",
            &first_text.of(r.briefing()).name
        ]
    );
    let in_headline: Vec<bool> = steps.iter().map(|&(_, h)| h).collect();
    assert_eq!(in_headline, [true, true, true, false]);
    assert_eq!(
        r.status().unwrap(),
        format!(
            "{}: mention 1 of {}",
            names[3],
            first_text.of(r.briefing()).mentions.len()
        )
    );

    // Back to the headline, which says what it is.
    r.apply(Action::PrevMention);
    assert_eq!(r.status().as_deref(), Some("Bamako: headline mention"));
    assert_eq!(r.cursor().unwrap().of(r.briefing()).article, en);

    // From the first, `[` wraps round to the text's last mention, far down; `]` wraps back
    // to the headline and scrolls the pane to its top.
    r.apply(Action::PrevMention);
    r.apply(Action::PrevMention);
    assert_eq!(r.status().as_deref(), Some("Mali: headline mention"));
    r.apply(Action::PrevMention);
    let last = r.briefing().mention_range(en).end - 1;
    assert_eq!(r.cursor().unwrap().text().map(|m| m.0), Some(last));
    assert!(r.panes[0].top > Anchor::default(), "scrolled down to it");
    r.apply(Action::NextMention);
    assert_eq!(r.status().as_deref(), Some("Mali: headline mention"));
    assert_eq!(r.panes[0].top, Anchor::default(), "the headline is in view");

    // Enter from a headline mention: to the entity in the other article's text.
    r.apply(Action::Jump);
    let m = r.cursor().unwrap();
    assert!(m.text().is_some());
    assert_eq!(
        r.briefing().entities[m.of(r.briefing()).entity].name,
        "Mali"
    );
    assert_eq!(m.of(r.briefing()).article, r.pane_articles()[1]);
    assert_eq!(r.focus(), Focus::Pane(PaneIx(1)));

    // The Arabic headline reads right to left: Bamako, then Mali.
    let mut r = reader();
    r.apply(Action::FocusNext);
    let names: Vec<(String, bool)> = stepped(&mut r, 2);
    assert_eq!(
        names,
        [("Bamako".to_string(), true), ("Mali".to_string(), true)]
    );
}

#[test]
fn a_headline_mention_under_the_cursor_has_the_cursor_look() {
    let mut r = reader();
    let en = r.pane_articles()[0];
    let width = usize::from(r.layout().pane_area(PaneIx(0)).unwrap().width);
    let look_of_mali = |r: &Reader| {
        let none = Default::default();
        let highlight = r.highlight(en, &none);
        let lines = r.views[en.0].lines(0, width);
        let at = en.of(r.briefing()).headline.find("Mali").unwrap();
        let line = lines
            .iter()
            .find(|l| l.line.cells.iter().any(|c| c.source.start == at))
            .unwrap();
        highlight.cell_look(line, at)
    };
    let plain = look_of_mali(&r);
    r.apply(Action::NextMention);
    assert_eq!(r.status().as_deref(), Some("Mali: headline mention"));
    let under_cursor = look_of_mali(&r);
    assert_ne!(under_cursor, plain);
    assert_eq!(
        under_cursor,
        plain.over(r.theme.selected()).over(r.theme.cursor())
    );
    r.apply(Action::NextMention);
    assert_ne!(look_of_mali(&r), under_cursor, "the cursor moved on");
}

#[test]
fn search_folds_arabic_and_reveals_matches() {
    let mut r = reader();
    // The text has للأمم المتحدة twice: hamza and taa marbuta typed plain still match.
    r.run_search("امم المتحده");
    assert_eq!(r.search().unwrap().matches.len(), 2);
    assert_eq!(r.focus(), Focus::Pane(PaneIx(1)));
    r.apply(Action::SearchNext);
    assert_eq!(r.search().unwrap().current, Some(1));
}

#[test]
fn scrolling_is_clamped_and_synchronized() {
    let mut r = reader();
    let area = r.layout().pane_area(PaneIx(0)).unwrap();
    let (w, h) = (usize::from(area.width), usize::from(area.height));
    let end = |r: &Reader, pane: usize| r.views[r.panes[pane].article].end(w, h);
    r.apply(Action::Move(Motion::Bottom));
    assert_eq!(r.panes[0].top, end(&r, 0));
    r.apply(Action::Move(Motion::Top));
    assert_eq!(r.panes[0].top, Anchor::default());
    r.apply(Action::ToggleSync);
    r.apply(Action::Move(Motion::Bottom));
    assert_eq!(r.panes[1].top, end(&r, 1));
    r.apply(Action::Move(Motion::Top));
    assert_eq!(r.panes[1].top, Anchor::default());
    r.apply(Action::Move(Motion::PageDown));
    assert!(r.panes[1].top > Anchor::default(), "the other pane follows");
}

#[test]
fn entity_list_selects_and_jumps() {
    let mut r = reader();
    r.apply(Action::FocusPrev);
    assert_eq!(r.focus(), Focus::Entities);
    r.apply(Action::Move(Motion::Down));
    let entity = r.selected().unwrap();
    assert_eq!(entity, r.entity_rows[1].entity);
    r.apply(Action::Jump);
    assert_eq!(r.cursor().unwrap().of(r.briefing()).entity, entity);
    assert!(matches!(r.focus(), Focus::Pane(_)));
}

#[test]
fn links_lead_to_related_entities() {
    let mut r = reader();
    let b = r.briefing();
    let casualty = EntityIx::all(b)
        .find(|&e| !b.entities[e].links.is_empty() && b.entities[e].figure.is_some())
        .unwrap();
    r.apply(Action::FocusPrev);
    let row = r.entity_rows.iter().position(|row| row.entity == casualty);
    r.apply(Action::Move(Motion::Top));
    for _ in 0..row.unwrap() {
        r.apply(Action::Move(Motion::Down));
    }
    assert_eq!(r.selected(), Some(casualty));
    r.apply(Action::FollowLink);
    let target = r.selected().unwrap();
    assert!(r.briefing().entities[casualty].links.contains(&target));
}

#[test]
fn esc_closes_the_innermost_thing_and_never_quits() {
    let mut r = reader();
    r.apply(Action::NextMention);
    r.run_search("Bamako");
    assert!(r.search().is_some());
    r.apply(Action::Back);
    assert!(r.search().is_none(), "first the search highlight");
    assert!(r.selected().is_some());
    r.apply(Action::Back);
    assert_eq!(
        (r.selected(), r.cursor()),
        (None, None),
        "then the selection"
    );
    r.apply(Action::Back);
    assert!(!r.done(), "Esc never quits");
    assert_eq!(r.status().as_deref(), Some("nothing to close: q quits"));
    r.apply(Action::Quit);
    assert!(r.done());
}

#[test]
fn the_detail_popup_is_of_the_selected_entity() {
    let mut r = reader();
    r.apply(Action::Details);
    assert_eq!(r.mode(), &Mode::Normal, "nothing selected yet");
    r.apply(Action::NextMention);
    r.apply(Action::Details);
    assert_eq!(
        r.mode(),
        &Mode::Details {
            entity: r.selected().unwrap(),
            top: 0
        }
    );
}

#[test]
fn a_pending_mention_is_gone_to_once_the_panes_have_a_size() {
    let b = bundled().unwrap().briefing;
    let ar = b.article_index("ar").unwrap();
    let id = b.entities[b.mentions[b.mention_range(ar).start].entity]
        .id
        .clone();
    let mut r = Reader::new(b, None, Theme::built_in(BuiltIn::Dark), BidiMode::App).at_entity(&id);
    let pending = r.cursor().unwrap();
    r.settle(Rect::new(0, 0, 60, 20));
    assert_eq!(r.cursor(), Some(pending));
    let shown = r.layout().panes[0].pane;
    assert_eq!(
        r.pane_articles()[shown.0],
        pending.of(r.briefing()).article,
        "the one pane shown is the mention's"
    );
}

/// The reader drawn at 60x8: each row of the screen.
fn drawn_small(r: &mut Reader) -> Vec<String> {
    use crate::ui::event_loop::Screen;
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(60, 8)).unwrap();
    terminal.draw(|f| r.render(f)).unwrap();
    let buf = terminal.backend().buffer();
    (0..buf.area.height)
        .map(|y| (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect())
        .collect()
}

#[test]
fn j_scrolls_the_detail_popup() {
    use crossterm::event::{Event, KeyCode, KeyEvent};
    let mut r = reader();
    r.apply(Action::NextMention);
    r.apply(Action::Details);
    let before = drawn_small(&mut r);
    assert!(
        before[1].contains("scroll"),
        "too short to fit: {before:#?}"
    );
    r.handle(Event::Key(KeyEvent::from(KeyCode::Char('j'))));
    assert!(matches!(r.mode(), Mode::Details { top: 1, .. }));
    let after = drawn_small(&mut r);
    // Inside the popup's frame (columns 3 to 56).
    let inside = |row: &String| row.chars().skip(3).take(54).collect::<String>();
    assert_eq!(inside(&after[2]), inside(&before[3]), "{after:#?}");
    assert_ne!(inside(&after[2]), inside(&before[2]));
}
