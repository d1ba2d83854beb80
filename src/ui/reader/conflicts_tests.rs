//! The conflict review through the reader's keys, on a copy of the bundled briefing's file
//! with three `conflicts:` items: the note on opening, the list (a snapshot), each take,
//! undo, and the save.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

use crate::briefing::{Qualifier, load_path, load_str};
use crate::theme::Theme;
use crate::ui::event_loop::Screen;
use crate::view::BidiMode;

use super::super::state::{Mode, Reader};

const BUNDLED: &str = include_str!("../../../briefings/mali-le-campement-2017-06-18.yaml");

const CONFLICTS: &str = "\
conflicts:
  - field: figure
    entity: campement-killed
    ours: \"at least 2 killed\"
    theirs: \"4 killed\"
    theirs_value: {figure: {type: killed, count: 4, qualifier: exact}}
  - field: links
    entity: alex-duval-smith
    ours: \"bbc\"
    theirs: \"reuters\"
    theirs_value: {links: [reuters]}
  - field: name
    entity: mali
    ours: \"Mali\"
    theirs: \"Republic of Mali\"
";

/// A reader on a writable copy of the bundled briefing with the three conflicts.
fn with_conflicts() -> (Reader, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.yaml");
    let text = format!("{BUNDLED}{CONFLICTS}");
    std::fs::write(&path, &text).unwrap();
    let b = load_str("b.yaml", &text).unwrap().briefing;
    let mut r = Reader::new(b, Some(path), Theme::no_color(), BidiMode::App);
    r.settle(Rect::new(0, 0, 120, 30));
    (r, dir)
}

fn key(r: &mut Reader, c: char) {
    r.handle(Event::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::NONE,
    )));
}

fn screen(r: &mut Reader) -> String {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 30)).unwrap();
    terminal.draw(|f| r.render(f)).unwrap();
    let buf = terminal.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            let row: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
            row.trim_end().to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn figure(r: &Reader) -> crate::briefing::Figure {
    let b = r.briefing();
    b.entities[b.entity_index("campement-killed").unwrap()]
        .figure
        .unwrap()
}

#[test]
fn the_status_line_says_how_many_until_none_is_left() {
    let (mut r, _dir) = with_conflicts();
    assert!(screen(&mut r).contains("this file has 3 merge conflicts: C lists them"));
    let mut plain = Reader::new(
        load_str("b.yaml", BUNDLED).unwrap().briefing,
        None,
        Theme::no_color(),
        BidiMode::App,
    );
    plain.settle(Rect::new(0, 0, 120, 30));
    assert!(!screen(&mut plain).contains("merge conflict"));
    plain.apply(super::super::keys::Action::Conflicts);
    assert_eq!(
        plain.status().as_deref(),
        Some("this file lists no merge conflicts")
    );
}

#[test]
fn the_list_shows_each_conflict_and_what_it_offers() {
    let (mut r, _dir) = with_conflicts();
    key(&mut r, 'C');
    assert_eq!(r.mode(), &Mode::Conflicts { row: 0 });
    key(&mut r, 'j');
    insta::assert_snapshot!(screen(&mut r));
}

#[test]
fn takes_are_edits_undone_by_u_and_saved_with_the_rest_of_the_list() {
    let (mut r, dir) = with_conflicts();
    key(&mut r, 'C');
    key(&mut r, 't');
    assert_eq!(figure(&r).count, 4);
    assert_eq!(r.briefing().conflicts.len(), 2);
    assert_eq!(
        r.status().as_deref(),
        Some("took theirs · unsaved: w saves")
    );
    // Out of the list, u undoes the take: the value and the item are back.
    key(&mut r, 'q');
    key(&mut r, 'u');
    assert_eq!(figure(&r).qualifier, Qualifier::AtLeast);
    assert_eq!(r.briefing().conflicts.len(), 3);
    // Both: the two sets of links together.
    key(&mut r, 'C');
    key(&mut r, 'j');
    key(&mut r, 'b');
    let b = r.briefing();
    let smith = &b.entities[b.entity_index("alex-duval-smith").unwrap()];
    assert_eq!(smith.links.len(), 2);
    // The name item holds no THEIRS's value: only ours can be taken.
    key(&mut r, 't');
    assert!(r.status().unwrap().contains("does not hold THEIRS's value"));
    key(&mut r, 'o');
    key(&mut r, 'o');
    assert_eq!(
        r.mode(),
        &Mode::Normal,
        "the list closes with its last item"
    );
    key(&mut r, 'w');
    let saved = load_path(&dir.path().join("b.yaml"), 1 << 26).unwrap();
    assert!(saved.conflicts.is_empty() && saved.briefing.conflicts.is_empty());
    let text = std::fs::read_to_string(dir.path().join("b.yaml")).unwrap();
    assert!(!text.contains("conflicts:"));
}
