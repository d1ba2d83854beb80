//! The metadata and entity edits through the reader's keys (`M`, `D`, `I`, and the
//! placeholder name that follows a figure), on a copy of the bundled briefing's file.

use crossterm::event::KeyCode;

use crate::annotate::Edit;
use crate::briefing::{EntityIx, EntityKind, load_path};

use super::annotate_tests::{editable, key, typed};
use super::forms::FormFor;
use super::keys::Action;
use super::state::{Focus, Mode, Reader};
use crate::annotate::Field;

/// Empties the form's line and types `text`.
fn retype(r: &mut Reader, text: &str) {
    let Mode::Form(form) = r.mode() else {
        panic!("a form is open: {:?}", r.mode())
    };
    for _ in 0..form.input.text().chars().count() {
        key(r, KeyCode::Backspace);
    }
    typed(r, text);
}

/// Empties the form's line, types `text` and presses Enter.
fn submit(r: &mut Reader, text: &str) {
    retype(r, text);
    key(r, KeyCode::Enter);
}

fn form_for(r: &Reader) -> Option<FormFor> {
    match r.mode() {
        Mode::Form(form) => Some(form.purpose.clone()),
        _ => None,
    }
}

/// The entity list focused, its highlight on entity `e`.
fn highlight(r: &mut Reader, e: EntityIx) {
    while r.focus() != Focus::Entities {
        r.apply(Action::FocusNext);
    }
    r.entity_row = r
        .entity_rows
        .iter()
        .position(|row| row.entity == e)
        .unwrap();
}

/// The status line as drawn at 120 columns.
fn status_drawn(r: &mut Reader) -> String {
    use crate::ui::event_loop::Screen;
    let backend = ratatui::backend::TestBackend::new(120, 30);
    let mut terminal = ratatui::Terminal::new(backend).unwrap();
    terminal.draw(|f| r.render(f)).unwrap();
    let buf = terminal.backend().buffer();
    let y = buf.area.height - 1;
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

#[test]
fn m_walks_the_fields_and_a_bad_date_keeps_its_form_open() {
    let (mut r, dir) = editable();
    let original = r.briefing().clone();
    r.apply(Action::EditMeta);
    assert_eq!(form_for(&r), Some(FormFor::Field(Field::Title)));
    let drawn = status_drawn(&mut r);
    assert!(
        drawn.starts_with("title of the briefing (1/6): Jihadist attack"),
        "{drawn}"
    );
    submit(&mut r, "Attack on Le Campement");
    assert_eq!(r.briefing().title, "Attack on Le Campement");
    assert_eq!(form_for(&r), Some(FormFor::Field(Field::Date)));
    submit(&mut r, "2017-06-31");
    assert_eq!(
        form_for(&r),
        Some(FormFor::Field(Field::Date)),
        "still open"
    );
    let said = r.status().unwrap();
    assert!(said.contains("not a calendar date"), "{said}");
    assert_eq!(r.briefing().date, original.date);
    submit(&mut r, "2017-06-19");
    // The summary unchanged, then the focused article's source.
    key(&mut r, KeyCode::Enter);
    let article = r.focused_article();
    assert_eq!(form_for(&r), Some(FormFor::Field(Field::Source(article))));
    key(&mut r, KeyCode::Enter);
    assert_eq!(form_for(&r), Some(FormFor::Field(Field::Url(article))));
    typed(&mut r, "https://example.org/mali");
    key(&mut r, KeyCode::Enter);
    assert_eq!(
        form_for(&r),
        Some(FormFor::Field(Field::Published(article)))
    );
    typed(&mut r, "2017-06-18T20:15Z");
    key(&mut r, KeyCode::Enter);
    assert_eq!(
        r.mode(),
        &Mode::Normal,
        "the walk ends after the publication time"
    );
    let b = r.briefing();
    assert_eq!(b.date, "2017-06-19");
    assert_eq!(
        b.articles[article].url.as_deref(),
        Some("https://example.org/mali")
    );
    let published = b.articles[article]
        .published
        .map(|m| m.as_str().to_string());
    assert_eq!(published.as_deref(), Some("2017-06-18T20:15Z"));
    assert_eq!(b.summary, original.summary);
    // Saved: the file loads with the new values, and undo takes them back one by one.
    r.apply(Action::Save);
    let saved = load_path(&dir.path().join("b.yaml"), 1 << 24)
        .unwrap()
        .briefing;
    assert_eq!(&saved, r.briefing());
    for _ in 0..4 {
        r.apply(Action::Undo);
    }
    assert_eq!(r.briefing(), &original);
}

#[test]
fn esc_stops_the_walk_and_an_emptied_summary_is_removed() {
    let (mut r, _dir) = editable();
    r.apply(Action::EditMeta);
    key(&mut r, KeyCode::Enter);
    key(&mut r, KeyCode::Enter);
    assert_eq!(form_for(&r), Some(FormFor::Field(Field::Summary)));
    submit(&mut r, "");
    assert_eq!(r.briefing().summary, None);
    key(&mut r, KeyCode::Esc);
    assert_eq!(r.mode(), &Mode::Normal);
    // A title of invisible controls is refused here, before annotate sees it.
    r.apply(Action::EditMeta);
    typed(&mut r, "\u{202E}");
    key(&mut r, KeyCode::Enter);
    let said = r.status().unwrap();
    assert!(said.contains("the title cannot hold"), "{said}");
}

#[test]
fn d_deletes_the_highlighted_entity_with_its_mentions_and_u_brings_it_back() {
    let (mut r, _dir) = editable();
    let original = r.briefing().clone();
    let bamako = original.entity_index("bamako").unwrap();
    let mentions = original.entities[bamako].mentions.len();
    assert!(mentions > 1);
    highlight(&mut r, bamako);
    r.apply(Action::DeleteEntity);
    let said = r.status().unwrap();
    assert!(said.starts_with("deleted Bamako and its "), "{said}");
    let b = r.briefing();
    assert!(b.entity_index("bamako").is_none());
    assert_eq!(b.mentions.len(), original.mentions.len() - mentions);
    assert!(r.selected().is_none());
    r.apply(Action::Undo);
    assert_eq!(r.briefing(), &original);
}

#[test]
fn i_gives_a_new_id_and_the_links_follow_into_the_file() {
    let (mut r, dir) = editable();
    let b = r.briefing();
    let linked = EntityIx::all(b)
        .find(|&e| b.entities.iter().any(|o| o.links.contains(&e)))
        .unwrap();
    let old = b.entities[linked].id.clone();
    highlight(&mut r, linked);
    r.apply(Action::EditId);
    assert_eq!(form_for(&r), Some(FormFor::Id(linked)));
    submit(&mut r, "has space");
    assert_eq!(
        form_for(&r),
        Some(FormFor::Id(linked)),
        "refused: still open"
    );
    submit(&mut r, "renamed-id");
    assert_eq!(r.mode(), &Mode::Normal);
    r.apply(Action::Save);
    let text = std::fs::read_to_string(dir.path().join("b.yaml")).unwrap();
    assert!(!text.contains(&format!("id: {old}\n")));
    let saved = load_path(&dir.path().join("b.yaml"), 1 << 24)
        .unwrap()
        .briefing;
    let e = saved.entity_index("renamed-id").unwrap();
    assert!(saved.entities.iter().any(|o| o.links.contains(&e)));
    assert_eq!(&saved, r.briefing());
}

#[test]
fn a_placeholder_name_follows_the_accepted_figure() {
    let (mut r, _dir) = editable();
    let b = r.briefing();
    let e = EntityIx::all(b)
        .find(|&e| b.entities[e].kind == EntityKind::Casualty)
        .unwrap();
    let f = b.entities[e].figure.unwrap();
    let placeholder = format!("Suggested: {}", f.describe());
    assert!(r.perform(
        vec![Edit::Rename {
            entity: e,
            name: placeholder
        }],
        "named as suggest names"
    ));
    highlight(&mut r, e);
    r.apply(Action::EditFigure);
    submit(&mut r, "killed 21");
    assert_eq!(r.briefing().entities[e].name, "Suggested: 21 killed");
    // A name of one's own stays.
    r.apply(Action::Rename);
    submit(&mut r, "The dead");
    r.apply(Action::EditFigure);
    submit(&mut r, "killed 22");
    assert_eq!(r.briefing().entities[e].name, "The dead");
}

#[test]
fn a_placeholder_named_after_a_mention_follows_that_mention() {
    let (mut r, _dir) = editable();
    let b = r.briefing();
    let m = b
        .mentions
        .iter()
        .position(|m| m.figure.is_some())
        .map(crate::briefing::MentionIx)
        .unwrap();
    let (e, f) = (b.mentions[m.0].entity, b.mentions[m.0].figure.unwrap());
    let rename = Edit::Rename {
        entity: e,
        name: format!("Suggested: {}", f.describe()),
    };
    assert!(r.perform(vec![rename], "named as suggest names"));
    r.cursor = Some(crate::briefing::AnyMention::Text(m));
    let pane = r
        .pane_articles()
        .iter()
        .position(|&a| a == r.briefing().mentions[m.0].article)
        .unwrap();
    r.focus = Focus::Pane(super::state::PaneIx(pane));
    r.apply(Action::EditFigure);
    submit(&mut r, "killed 30 at-least");
    assert_eq!(
        r.briefing().entities[e].name,
        "Suggested: at least 30 killed"
    );
}

#[test]
fn k_changes_the_kind_and_a_casualty_asks_for_its_figure() {
    let (mut r, _dir) = editable();
    let original = r.briefing().clone();
    let place = original.entity_index("bamako").unwrap();
    highlight(&mut r, place);
    r.apply(Action::EditKind);
    assert_eq!(form_for(&r), Some(FormFor::Kind(place)));
    submit(&mut r, "person");
    assert!(r.status().unwrap().contains("not a kind"));
    submit(&mut r, "a");
    assert_eq!(r.briefing().entities[place].kind, EntityKind::Actor);
    assert!(r.status().unwrap().starts_with("Bamako is now an actor"));
    // To casualty: the accepted figure is asked for, and refused if it is not one.
    highlight(&mut r, place);
    r.apply(Action::EditKind);
    submit(&mut r, "casualty");
    assert_eq!(form_for(&r), Some(FormFor::KindFigure(place)));
    submit(&mut r, "many");
    assert_eq!(
        form_for(&r),
        Some(FormFor::KindFigure(place)),
        "still asked"
    );
    submit(&mut r, "killed 3");
    let e = &r.briefing().entities[place];
    assert_eq!(e.kind, EntityKind::Casualty);
    assert_eq!(e.figure.map(|f| f.count), Some(3));
    r.apply(Action::Undo);
    r.apply(Action::Undo);
    assert_eq!(r.briefing(), &original);
}

#[test]
fn a_summary_a_line_cannot_hold_is_left_to_the_file() {
    let (mut r, _dir) = editable();
    let lines = Edit::SetField {
        field: Field::Summary,
        value: Some("One paragraph.\n\nAnother.".into()),
    };
    assert!(r.perform(vec![lines], "a summary of two paragraphs"));
    let before = r.briefing().clone();
    r.apply(Action::EditMeta);
    key(&mut r, KeyCode::Enter);
    key(&mut r, KeyCode::Enter);
    let article = r.focused_article();
    assert_eq!(form_for(&r), Some(FormFor::Field(Field::Source(article))));
    let said = r.status().unwrap();
    assert!(said.contains("the summary has line breaks"), "{said}");
    assert_eq!(r.briefing(), &before);
    // A value with white space around it, taken as shown, stays as it was.
    let spaced = Edit::SetField {
        field: Field::Source(article),
        value: Some(" Reuters \n".into()),
    };
    key(&mut r, KeyCode::Esc);
    assert!(r.perform(vec![spaced], "a source with white space"));
    let before = r.briefing().clone();
    r.apply(Action::EditMeta);
    // Title, date (the summary is passed by), source.
    for _ in 0..3 {
        key(&mut r, KeyCode::Enter);
    }
    assert_eq!(form_for(&r), Some(FormFor::Field(Field::Url(article))));
    assert_eq!(r.briefing(), &before);
}
