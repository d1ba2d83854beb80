//! Annotating through the reader's keys, on a copy of the bundled briefing's file: the
//! picker, marking, forms, review, undo and redo, saving, and the questions before quitting.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

use crate::briefing::{ArticleIx, EntityIx};
use crate::briefing::{EntityKind, FigureType, Part, Qualifier, load_str};
use crate::theme::{BuiltIn, Theme};
use crate::view::BidiMode;

use super::edits::Confirm;
use super::keys::Action;
use super::mark::{Choice, PickFor, Picker};
use super::select::TextSpan;
use super::state::{Mode, Reader};

const BUNDLED: &str = include_str!("../../../briefings/mali-le-campement-2017-06-18.yaml");

/// A reader on a writable copy of the bundled briefing (the folder is kept alive with it).
pub(super) fn editable() -> (Reader, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.yaml");
    std::fs::write(&path, BUNDLED).unwrap();
    let b = load_str("b.yaml", BUNDLED).unwrap().briefing;
    let mut r = Reader::new(b, Some(path), Theme::built_in(BuiltIn::Dark), BidiMode::App);
    r.settle(Rect::new(0, 0, 120, 40));
    (r, dir)
}

pub(super) fn key(r: &mut Reader, code: KeyCode) {
    r.handle(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

pub(super) fn typed(r: &mut Reader, text: &str) {
    for c in text.chars() {
        key(r, KeyCode::Char(c));
    }
}

/// The span of the first occurrence of `quote` in an article's text.
fn span(r: &Reader, article: &str, quote: &str) -> TextSpan {
    let a = r.briefing().article_index(article).unwrap();
    let start = r.briefing().articles[a].text.find(quote).unwrap();
    TextSpan {
        article: a,
        part: Part::Text,
        bytes: start..start + quote.len(),
    }
}

fn marked(r: &Reader, s: &TextSpan) -> Option<EntityIx> {
    r.briefing()
        .mentions
        .iter()
        .find(|m| m.article == s.article && m.bytes == s.bytes)
        .map(|m| m.entity)
}

#[test]
fn the_picker_finds_an_entity_by_its_name_in_the_other_language() {
    let (r, _dir) = editable();
    let b = r.briefing();
    let bamako = b.entities.iter().position(|e| e.id == "bamako").unwrap();
    let mut picker = Picker {
        purpose: PickFor::Mark(span(&r, "en", "Monitors")),
        query: "باماكو".into(),
        row: 0,
    };
    assert_eq!(picker.choices(b)[0], Choice::Entity(EntityIx(bamako)));
    // Folded: without the long vowels' marks, in another letter form, in any case.
    picker.query = "BAMAKO".into();
    assert_eq!(picker.choices(b)[0], Choice::Entity(EntityIx(bamako)));
    // Whatever is typed, the three new kinds come last.
    let choices = picker.choices(b);
    assert_eq!(
        choices[choices.len() - 3..],
        EntityKind::ALL.map(Choice::New)
    );
}

#[test]
fn marking_a_new_place_then_undo_and_redo() {
    let (mut r, _dir) = editable();
    let before = r.briefing().clone();
    let s = span(&r, "en", "Monitors");
    assert_eq!(marked(&r, &s), None);
    r.open_picker(PickFor::Mark(s.clone()));
    typed(&mut r, "Monitors");
    // The new place is the second "new" row, after every match and the new actor.
    let Mode::Pick(p) = r.mode() else {
        panic!("the picker is open")
    };
    let row = p
        .choices(r.briefing())
        .iter()
        .position(|c| *c == Choice::New(EntityKind::Place))
        .unwrap();
    for _ in 0..row {
        key(&mut r, KeyCode::Down);
    }
    key(&mut r, KeyCode::Enter);
    assert_eq!(r.mode(), &Mode::Normal);
    let e = marked(&r, &s).expect("marked");
    let entity = &r.briefing().entities[e];
    assert_eq!(
        (entity.kind, entity.name.as_str()),
        (EntityKind::Place, "Monitors")
    );
    assert_eq!(entity.names.get("en").map(String::as_str), Some("Monitors"));
    assert!(r.unsaved());
    // One undo takes back the entity and its mention together.
    r.apply(Action::Undo);
    assert_eq!(r.briefing(), &before);
    assert!(!r.unsaved());
    r.apply(Action::Redo);
    assert_eq!(marked(&r, &s), Some(e));
}

#[test]
fn a_casualty_mention_asks_for_its_figure_prefilled_by_the_parser() {
    let (mut r, _dir) = editable();
    let s = span(&r, "ar", "مقتل شخصين");
    // The existing mention covers it: unmark it first, through the cursor.
    let existing = marked(&r, &s).unwrap();
    let m = r
        .briefing()
        .mentions
        .iter()
        .position(|m| m.article == s.article && m.bytes == s.bytes)
        .unwrap();
    r.go_to_mention(crate::briefing::AnyMention::Text(
        crate::briefing::MentionIx(m),
    ));
    r.apply(Action::Unmark);
    assert_eq!(marked(&r, &s), None);
    r.open_picker(PickFor::Mark(s.clone()));
    let name = r.briefing().entities[existing].name.clone();
    typed(&mut r, &name);
    key(&mut r, KeyCode::Enter);
    let Mode::Form(form) = r.mode() else {
        panic!("a figure form, not {:?}", r.mode())
    };
    assert_eq!(form.input.text(), "killed 2");
    key(&mut r, KeyCode::Enter);
    assert_eq!(marked(&r, &s), Some(existing));
    let m = r
        .briefing()
        .mentions
        .iter()
        .find(|m| m.article == s.article && m.bytes == s.bytes)
        .unwrap();
    let f = m.figure.unwrap();
    assert_eq!(
        (f.kind, f.count, f.qualifier),
        (FigureType::Killed, 2, Qualifier::Exact)
    );
}

#[test]
fn a_figure_form_keeps_a_mistake_open_and_says_what_is_wrong() {
    let (mut r, _dir) = editable();
    let s = span(&r, "en", "three swimming pools");
    r.open_picker(PickFor::Mark(s.clone()));
    typed(&mut r, "pools");
    let Mode::Pick(p) = r.mode() else { panic!() };
    let row = p
        .choices(r.briefing())
        .iter()
        .position(|c| *c == Choice::New(EntityKind::Casualty))
        .unwrap();
    for _ in 0..row {
        key(&mut r, KeyCode::Down);
    }
    key(&mut r, KeyCode::Enter);
    typed(&mut r, " lots");
    key(&mut r, KeyCode::Enter);
    assert!(matches!(r.mode(), Mode::Form(_)));
    assert!(r.status().unwrap().contains("“lots”"), "{:?}", r.status());
    assert_eq!(marked(&r, &s), None);
    key(&mut r, KeyCode::Esc);
    assert_eq!(r.mode(), &Mode::Normal);
}

#[test]
fn saving_changes_only_the_edited_lines_and_loads_to_the_screen_model() {
    let (mut r, dir) = editable();
    let s = span(&r, "en", "Monitors");
    r.open_picker(PickFor::Mark(s));
    typed(&mut r, "Bamako");
    key(&mut r, KeyCode::Enter);
    r.apply(Action::Save);
    assert!(
        r.status().unwrap().starts_with("saved to"),
        "{:?}",
        r.status()
    );
    assert!(!r.unsaved());
    let written = std::fs::read_to_string(dir.path().join("b.yaml")).unwrap();
    assert_eq!(
        &load_str("b.yaml", &written).unwrap().briefing,
        r.briefing()
    );
    // Every line of the file is still there, in order; one was added.
    let old: Vec<&str> = BUNDLED.lines().collect();
    let new: Vec<&str> = written.lines().collect();
    assert_eq!(new.len(), old.len() + 1);
    let mut rest = new.iter();
    assert!(old.iter().all(|line| rest.any(|n| n == line)));
}

#[test]
fn saving_refuses_a_file_changed_on_disk_and_offers_to_reload() {
    let (mut r, dir) = editable();
    r.open_picker(PickFor::Mark(span(&r, "en", "Monitors")));
    typed(&mut r, "Bamako");
    key(&mut r, KeyCode::Enter);
    let path = dir.path().join("b.yaml");
    std::fs::write(&path, format!("# edited elsewhere\n{BUNDLED}")).unwrap();
    r.apply(Action::Save);
    assert_eq!(r.mode(), &Mode::Confirm(Confirm::Reload));
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .starts_with("# edited elsewhere")
    );
    key(&mut r, KeyCode::Char('r'));
    assert!(!r.unsaved());
    assert_eq!(r.briefing(), &load_str("b.yaml", BUNDLED).unwrap().briefing);
}

#[test]
fn quitting_with_unsaved_edits_asks_first() {
    let (mut r, _dir) = editable();
    r.open_picker(PickFor::Mark(span(&r, "en", "Monitors")));
    typed(&mut r, "Bamako");
    key(&mut r, KeyCode::Enter);
    key(&mut r, KeyCode::Char('q'));
    assert_eq!(r.mode(), &Mode::Confirm(Confirm::Quit));
    assert!(!r.done());
    key(&mut r, KeyCode::Esc);
    assert!(!r.done());
    key(&mut r, KeyCode::Char('q'));
    key(&mut r, KeyCode::Char('d'));
    assert!(r.done());
}

#[test]
fn the_bundled_briefing_refuses_edits_and_says_why() {
    let b = load_str("b.yaml", BUNDLED).unwrap().briefing;
    let mut r = Reader::new(
        b.clone(),
        None,
        Theme::built_in(BuiltIn::Dark),
        BidiMode::App,
    );
    r.settle(Rect::new(0, 0, 120, 40));
    r.apply(Action::NextMention);
    r.apply(Action::Unmark);
    assert_eq!(r.briefing(), &b);
    assert!(
        r.status().unwrap().contains("read-only"),
        "{:?}",
        r.status()
    );
    key(&mut r, KeyCode::Char('q'));
    assert!(r.done());
}

#[test]
fn rejected_suggestions_are_not_proposed_again() {
    let (mut r, _dir) = editable();
    r.apply(Action::Review);
    assert!(matches!(r.mode(), Mode::Review(_)), "{:?}", r.mode());
    let first = r.status().unwrap();
    let total: usize = count_of(&first);
    key(&mut r, KeyCode::Char('n'));
    key(&mut r, KeyCode::Esc);
    r.apply(Action::Review);
    assert_eq!(count_of(&r.status().unwrap()), total - 1);
    // Accepting one adds its mention and counts down.
    key(&mut r, KeyCode::Char('y'));
    assert!(r.unsaved());
}

/// N in "suggestion 1 of N: …".
fn count_of(status: &str) -> usize {
    let of = status.split(" of ").nth(1).unwrap();
    of.split(':').next().unwrap().parse().unwrap()
}

#[test]
fn suggestions_under_review_are_drawn_apart_and_the_current_one_stands_out() {
    let (mut r, _dir) = editable();
    r.apply(Action::Review);
    let Mode::Review(review) = r.mode() else {
        panic!("not reviewing: {:?}", r.mode());
    };
    let (article, ranges, current) = ArticleIx::all(r.briefing())
        .find_map(|a| {
            let (ranges, current) = review.ranges_in(a);
            current.map(|c| (a, ranges, c))
        })
        .expect("the current suggestion is in a text");
    let theme = Theme::built_in(BuiltIn::Dark);
    let none = Default::default();
    let highlight = r.highlight(article, &none);
    let look = highlight.look_at(current.start);
    assert_eq!(look, look.over(theme.cursor()), "the current one: {look:?}");
    let other = ranges.iter().find(|s| **s != current).unwrap();
    let look = highlight.look_at(other.start);
    assert_eq!(look, look.over(theme.suggestion()), "another: {look:?}");
    assert_ne!(look, highlight.look_at(current.start));
}

#[test]
fn read_only_refuses_edits_on_a_writable_file() {
    let (r, _dir) = editable();
    let mut r = r.read_only();
    let before = r.briefing().clone();
    r.apply(Action::NextMention);
    r.apply(Action::Unmark);
    assert_eq!(r.briefing(), &before);
    assert!(
        r.status().unwrap().contains("--read-only"),
        "{:?}",
        r.status()
    );
    r.apply(Action::Save);
    assert!(
        r.status().unwrap().contains("--read-only"),
        "{:?}",
        r.status()
    );
}

#[test]
fn marking_in_another_language_names_the_entity_in_it() {
    let (mut r, _dir) = editable();
    let b = r.briefing();
    let e = b.entities.iter().position(|e| e.id == "bamako").unwrap();
    assert!(b.entities[e].names.contains_key("ar"));
    // An entity without an Arabic name: create one in English, then mark an Arabic word.
    r.open_picker(PickFor::Mark(span(&r, "en", "Monitors")));
    typed(&mut r, "Monitors");
    key(&mut r, KeyCode::Enter);
    let monitors = marked(&r, &span(&r, "en", "Monitors")).unwrap();
    let arabic = span(&r, "ar", "الوافدين");
    r.open_picker(PickFor::Mark(arabic.clone()));
    typed(&mut r, "Monitors");
    key(&mut r, KeyCode::Enter);
    assert_eq!(marked(&r, &arabic), Some(monitors));
    let names = &r.briefing().entities[monitors].names;
    assert_eq!(names.get("ar").map(String::as_str), Some("الوافدين"));
    // One step: undo takes back the mention and the name together.
    r.apply(Action::Undo);
    assert_eq!(marked(&r, &arabic), None);
    assert!(!r.briefing().entities[monitors].names.contains_key("ar"));
}

#[test]
fn undoing_a_relink_gives_the_mention_and_the_selection_back() {
    let (mut r, _dir) = editable();
    r.apply(Action::NextMention);
    let m = r.cursor().unwrap();
    let (owner, bytes) = {
        let mention = m.of(r.briefing());
        (mention.entity, mention.bytes.clone())
    };
    r.apply(Action::Relink);
    typed(&mut r, "Bamako");
    key(&mut r, KeyCode::Enter);
    assert!(
        r.status().unwrap().starts_with("moved to Bamako"),
        "{:?}",
        r.status()
    );
    r.apply(Action::Undo);
    let back = r
        .cursor()
        .expect("the cursor stays on the mention")
        .of(r.briefing());
    assert_eq!((back.entity, &back.bytes), (owner, &bytes));
    assert_eq!(r.selected(), Some(owner));
}

#[test]
fn a_file_removed_since_it_was_read_can_be_written_again() {
    let (mut r, dir) = editable();
    r.open_picker(PickFor::Mark(span(&r, "en", "Monitors")));
    typed(&mut r, "Bamako");
    key(&mut r, KeyCode::Enter);
    let path = dir.path().join("b.yaml");
    std::fs::remove_file(&path).unwrap();
    r.apply(Action::Save);
    assert_eq!(r.mode(), &Mode::Confirm(Confirm::Reload));
    key(&mut r, KeyCode::Char('o'));
    assert!(!r.unsaved(), "{:?}", r.status());
    let written = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        &load_str("b.yaml", &written).unwrap().briefing,
        r.briefing()
    );
}

#[test]
fn read_only_refuses_before_a_picker_or_form_opens() {
    let (r, _dir) = editable();
    let mut r = r.read_only();
    r.apply(Action::NextMention);
    for action in [
        Action::Relink,
        Action::Rename,
        Action::AddName,
        Action::Link,
        Action::EditFigure,
    ] {
        r.apply(action);
        assert_eq!(r.mode(), &Mode::Normal, "{action:?}");
        assert!(r.status().unwrap().contains("--read-only"), "{action:?}");
    }
}

/// The picker for marking the first occurrence of `quote` in an article's text, as it opens:
/// the row highlighted and what its footer says Enter does.
fn picker_opens_on(r: &Reader, article: &str, quote: &str) -> (Choice, String) {
    let picker = Picker {
        purpose: PickFor::Mark(span(r, article, quote)),
        query: Default::default(),
        row: 0,
    };
    let first = picker.choices(r.briefing())[picker.row];
    let footer = super::mark::enter_does(r.briefing(), &picker, "Enter").concat();
    (first, footer)
}

#[test]
fn the_picker_opens_on_the_entity_the_selection_names_and_says_what_enter_does() {
    let (r, _dir) = editable();
    let b = r.briefing();
    let id = |id: &str| Choice::Entity(b.entity_index(id).unwrap());
    // A name of the entity, in either language.
    let (first, footer) = picker_opens_on(&r, "en", "Mali");
    assert_eq!(first, id("mali"));
    assert_eq!(footer, "Enter: mark as Mali (place)");
    // Contained in a name, after taking off the proclitics: للأمم in الأمم المتحدة.
    let (first, _) = picker_opens_on(&r, "ar", "للأمم");
    let un = [id("un"), id("un-peacekeepers")];
    assert!(un.contains(&first), "{first:?}");
    // Nothing related: a new entity, never an unrelated one (a casualty figure was).
    let (first, footer) = picker_opens_on(&r, "en", "swimming");
    assert_eq!(first, Choice::New(EntityKind::Actor));
    assert_eq!(footer, "Enter: new actor “swimming”");
}

#[test]
fn the_footer_follows_the_highlighted_row() {
    let (mut r, _dir) = editable();
    r.open_picker(PickFor::Mark(span(&r, "en", "swimming")));
    key(&mut r, KeyCode::Down);
    key(&mut r, KeyCode::Down);
    let Mode::Pick(picker) = r.mode() else {
        panic!()
    };
    let footer = super::mark::enter_does(r.briefing(), picker, "Enter").concat();
    assert_eq!(footer, "Enter: new casualty “swimming”, then its figure");
    key(&mut r, KeyCode::Down);
    let Mode::Pick(picker) = r.mode() else {
        panic!()
    };
    let footer = super::mark::enter_does(r.briefing(), picker, "Enter").concat();
    assert!(footer.starts_with("Enter: mark as "), "{footer}");
}
