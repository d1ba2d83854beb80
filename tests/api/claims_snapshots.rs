//! Snapshots of who said what in the reader (issue 26), on the claims fixture in
//! ratatui's TestBackend: an entity's details with its speakers, times and a part under
//! its whole; a denied claim struck through (the cells drawn crossed out are checked, not
//! only the text); the timeline of the tolls (`T`).

use briefing::briefing::load_str;
use briefing::theme::Theme;
use briefing::ui::reader::Action;
use briefing::ui::{Reader, Screen};
use briefing::view::BidiMode;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Modifier;

use crate::common;

const CLAIMS: &str = include_str!("../fixtures/claims/claims.yaml");

/// The screen at `width` x `height` after opening the reader at entity `id` (none: the
/// start) and `actions`, and the text of the cells drawn crossed out.
fn screen(width: u16, height: u16, id: Option<&str>, actions: &[Action]) -> (String, String) {
    let b = load_str("claims.yaml", CLAIMS).unwrap().briefing;
    let mut app = Reader::new(b, None, Theme::no_color(), BidiMode::App);
    if let Some(id) = id {
        app = app.at_entity(id);
    }
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| app.render(f)).unwrap();
    for &action in actions {
        app.apply(action);
        terminal.draw(|f| app.render(f)).unwrap();
    }
    let buffer = terminal.backend().buffer();
    let crossed: String = buffer
        .content()
        .iter()
        .filter(|c| c.modifier.contains(Modifier::CROSSED_OUT))
        .map(|c| c.symbol())
        .collect();
    (common::buffer_lines(buffer).join("\n"), crossed)
}

#[test]
fn details_show_speakers_times_and_the_parts_under_the_whole() {
    let (text, crossed) = screen(120, 40, Some("killed"), &[Action::Details]);
    assert!(
        text.contains("at least 14 killed — Samir Haddad · Daily Courier · 2019-03-02"),
        "{text}"
    );
    assert!(text.contains("    some killed — Daily Courier"), "{text}");
    assert_eq!(crossed, "", "nothing denied here");
    insta::assert_snapshot!(text);
}

#[test]
fn a_denied_claim_is_struck_through_and_says_who_denied_it() {
    let (text, crossed) = screen(120, 40, Some("colonel"), &[Action::Details]);
    assert!(text.contains("denied by The army"), "{text}");
    assert_eq!(crossed, "1 killed — Daily Courier · 2019-03-02");
    insta::assert_snapshot!(text);
}

#[test]
fn the_timeline_orders_each_types_figures_in_time() {
    let (text, crossed) = screen(120, 40, None, &[Action::Timeline]);
    assert!(
        text.contains("↑ rose to 21 killed (from at least 14)"),
        "{text}"
    );
    assert_eq!(crossed, "2019-03-02           1 killed — Daily Courier");
    insta::assert_snapshot!(text);
}

#[test]
fn small_screens_never_panic() {
    for w in 1..=30 {
        for h in 1..=12 {
            screen(w, h, None, &[Action::Timeline]);
            screen(w, h, Some("colonel"), &[Action::Details]);
        }
    }
}
