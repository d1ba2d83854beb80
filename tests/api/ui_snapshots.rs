//! Snapshots of the reader's screen in ratatui's TestBackend, at a wide and a narrow size,
//! after a few actions. Review changes with `cargo insta review` (or accept them with
//! INSTA_UPDATE=always) and read them by eye: they are what a user sees.

use briefing::briefing::{EntityIx, bundled};
use briefing::theme::{BuiltIn, Theme};
use briefing::ui::keymap::Motion;
use briefing::ui::reader::{Action, SelectAction};
use briefing::ui::{Reader, Screen};
use briefing::view::BidiMode;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::common;

fn screen(width: u16, height: u16, actions: &[Action]) -> String {
    let mut app = Reader::new(
        bundled().unwrap().briefing,
        None,
        Theme::no_color(),
        BidiMode::App,
    );
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| app.render(f)).unwrap();
    for &action in actions {
        app.apply(action);
        terminal.draw(|f| app.render(f)).unwrap();
    }
    common::buffer_lines(terminal.backend().buffer()).join("\n")
}

#[test]
fn wide_screen_opens_side_by_side() {
    insta::assert_snapshot!(screen(120, 40, &[]));
}

#[test]
fn wide_screen_after_jumping_to_the_arabic_mention() {
    insta::assert_snapshot!(screen(
        120,
        40,
        // Past the English headline's three mentions, to the text's second.
        &[
            Action::NextMention,
            Action::NextMention,
            Action::NextMention,
            Action::NextMention,
            Action::NextMention,
            Action::Jump
        ]
    ));
}

#[test]
fn narrow_screen_shows_one_article() {
    insta::assert_snapshot!(screen(60, 20, &[]));
}

#[test]
fn narrow_screen_switches_to_the_arabic_article() {
    insta::assert_snapshot!(screen(60, 20, &[Action::SwitchArticle]));
}

#[test]
fn help_lists_every_binding() {
    let text = screen(120, 50, &[Action::Help]);
    for binding in briefing::ui::reader::keys::ReaderKeys::default()
        .normal
        .bindings()
    {
        assert!(text.contains(binding.help), "help shows {:?}", binding.help);
    }
    insta::assert_snapshot!(text);
}

#[test]
fn details_show_every_source_of_a_disputed_figure() {
    let b = bundled().unwrap().briefing;
    let mut order: Vec<EntityIx> = EntityIx::all(&b).collect();
    order.sort_by_key(|&e| b.entities[e].kind);
    let row = order.iter().position(|&e| b.figures_disagree(e)).unwrap();
    let mut actions = vec![Action::FocusPrev, Action::Move(Motion::Top)];
    actions.extend(std::iter::repeat_n(Action::Move(Motion::Down), row));
    actions.push(Action::Details);
    insta::assert_snapshot!(screen(120, 40, &actions));
}

#[test]
fn tiny_sizes_never_panic() {
    for w in 1..=30 {
        for h in 1..=12 {
            screen(w, h, &[Action::NextMention, Action::Jump, Action::Help]);
            screen(w, h, &[Action::NextMention, Action::Details]);
        }
    }
}

/// The reader (dark theme) on `briefing` in `bidi` mode at 100x20, focused on the Arabic
/// pane, after `keys` of select mode: the screen, and the text of the cells drawn in the
/// selection's colour, left to right and top to bottom.
fn selecting(
    briefing: briefing::briefing::Briefing,
    bidi: BidiMode,
    keys: &[SelectAction],
) -> (String, String) {
    let mut app = Reader::new(briefing, None, Theme::built_in(BuiltIn::Dark), bidi);
    let mut terminal = Terminal::new(TestBackend::new(100, 20)).unwrap();
    terminal.draw(|f| app.render(f)).unwrap();
    app.apply(Action::FocusNext);
    app.apply(Action::Select);
    for &key in keys {
        app.select_key(key);
        terminal.draw(|f| app.render(f)).unwrap();
    }
    let buffer = terminal.backend().buffer();
    let selected: String = buffer
        .content()
        .iter()
        .filter(|c| c.bg == ratatui::style::Color::LightCyan)
        .map(|c| c.symbol())
        .collect();
    (common::buffer_lines(buffer).join("\n"), selected)
}

#[test]
fn a_selection_in_the_arabic_pane() {
    use SelectAction::{Anchor, WordNext};
    // From the headline's first word: the next two words.
    let (screen, selected) = selecting(
        bundled().unwrap().briefing,
        BidiMode::App,
        &[WordNext, Anchor, WordNext, WordNext],
    );
    // "مسلح على " shaped, in visual order: the space (its logical end) at the left.
    let letters: String =
        unicode_normalization::UnicodeNormalization::nfkc(selected.as_str()).collect();
    assert_eq!(letters, " ىلع حلسم");
    assert!(screen.contains("selected 9 characters: «"), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn a_selection_across_a_latin_name_in_an_arabic_line() {
    use SelectAction::{Anchor, WordNext};
    let b = || {
        briefing::briefing::load_str("mixed.yaml", include_str!("../fixtures/select/mixed.yaml"))
            .unwrap()
            .briefing
    };
    // Eleven words on from the headline's first is "Emmanuel"; select it and "Macron".
    let mut keys = vec![WordNext; 11];
    keys.extend([Anchor, WordNext, WordNext]);
    // The reader's own bidi: the name reads left to right in its place, the space after it
    // (logically) at its left; terminal bidi: the cells in logical order.
    let (app, selected) = selecting(b(), BidiMode::App, &keys);
    assert_eq!(selected, " Emmanuel Macron");
    let (terminal, selected) = selecting(b(), BidiMode::Terminal, &keys);
    assert_eq!(selected, "Emmanuel Macron ");
    assert!(
        app.contains("selected 16 characters: «Emmanuel Macron »"),
        "{app}"
    );
    insta::assert_snapshot!("mixed_line_app_bidi", app);
    insta::assert_snapshot!("mixed_line_terminal_bidi", terminal);
}

/// On a screen too short for every key, the help says it scrolls, and j scrolls it down to
/// the last binding.
#[test]
fn help_longer_than_the_screen_scrolls() {
    use crossterm::event::{Event, KeyCode, KeyEvent};
    let mut app = Reader::new(
        bundled().unwrap().briefing,
        None,
        Theme::no_color(),
        BidiMode::App,
    );
    let mut terminal = Terminal::new(TestBackend::new(120, 24)).unwrap();
    app.apply(Action::Help);
    terminal.draw(|f| app.render(f)).unwrap();
    let bindings = briefing::ui::reader::keys::ReaderKeys::default().normal;
    let last = bindings.bindings().last().unwrap().help;
    let first = bindings.bindings()[0].help;
    let text = common::buffer_lines(terminal.backend().buffer()).join("\n");
    assert!(text.contains("j/k scroll"), "{text}");
    assert!(text.contains(first) && !text.contains(last), "{text}");
    for _ in 0..bindings.bindings().len() {
        app.handle(Event::Key(KeyEvent::from(KeyCode::Char('j'))));
    }
    terminal.draw(|f| app.render(f)).unwrap();
    let text = common::buffer_lines(terminal.backend().buffer()).join("\n");
    assert!(text.contains(last) && !text.contains(first), "{text}");
}

#[test]
fn a_caret_at_the_end_of_an_arabic_line_is_drawn_left_of_it() {
    let b =
        briefing::briefing::load_str("mixed.yaml", include_str!("../fixtures/select/mixed.yaml"))
            .unwrap()
            .briefing;
    let mut app = Reader::new(b, None, Theme::built_in(BuiltIn::Dark), BidiMode::App);
    let mut terminal = Terminal::new(TestBackend::new(100, 20)).unwrap();
    terminal.draw(|f| app.render(f)).unwrap();
    app.apply(Action::FocusNext);
    app.apply(Action::Select);
    for _ in 0..11 {
        app.select_key(SelectAction::WordNext);
    }
    app.select_key(SelectAction::LineEnd);
    terminal.draw(|f| app.render(f)).unwrap();
    let buffer = terminal.backend().buffer();
    let lines = common::buffer_lines(buffer);
    let row = lines.iter().position(|l| l.contains("Emmanuel")).unwrap() as u16;
    // The line ends (logically) with its full stop, drawn at the line's left.
    let stop = (50..100)
        .find(|&x| buffer[(x, row)].symbol() == ".")
        .unwrap();
    let reversed = |x: u16| {
        buffer[(x, row)]
            .modifier
            .contains(ratatui::style::Modifier::REVERSED)
    };
    assert!(reversed(stop - 1), "the caret, left of the full stop");
    assert!(!reversed(stop), "not on the full stop itself");
}

/// `/Mali`, `v`, `m`: the caret starts at the match, and the picker opens on Mali with a
/// footer saying what Enter does (the current match is in reverse video, the others not).
#[test]
fn the_picker_opens_on_the_searched_entity_and_says_what_enter_does() {
    // A copy of the bundled briefing's file: the bundled one is read-only.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.yaml");
    std::fs::write(
        &path,
        include_str!("../../briefings/mali-le-campement-2017-06-18.yaml"),
    )
    .unwrap();
    let mut app = Reader::new(
        bundled().unwrap().briefing,
        Some(path),
        Theme::no_color(),
        BidiMode::App,
    );
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    terminal.draw(|f| app.render(f)).unwrap();
    app.run_search("Mali");
    terminal.draw(|f| app.render(f)).unwrap();
    let text = common::buffer_lines(terminal.backend().buffer()).join("\n");
    assert!(text.contains("match 1 of "), "{text}");
    app.apply(Action::Select);
    app.select_key(SelectAction::Mark);
    terminal.draw(|f| app.render(f)).unwrap();
    let text = common::buffer_lines(terminal.backend().buffer()).join("\n");
    assert!(text.contains("› [place] Mali"), "{text}");
    assert!(text.contains("Enter: mark as Mali (place)"), "{text}");
    insta::assert_snapshot!(text);
}
