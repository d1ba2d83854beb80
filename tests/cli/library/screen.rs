//! The library screen driven by its actions on a test backend: the filter as you type
//! (Arabic included) and the sort, opening a briefing and returning to a reloaded list, an
//! entity's briefings, and each list keeping its place across a reload.

use super::*;

pub(super) fn type_text(app: &mut LibraryScreen, text: &str) {
    app.apply(LibraryAction::Filter);
    for c in text.chars() {
        app.type_filter(FilterEdit::Push(c));
    }
    app.type_filter(FilterEdit::Done);
}

fn listed_ids(app: &LibraryScreen) -> Vec<String> {
    app.rows()
        .iter()
        .map(|&r| {
            let e = &app.library().entries[r];
            e.summary()
                .map_or_else(|| e.name(&app.library().root).into(), |s| s.id.clone())
        })
        .collect()
}

#[test]
fn the_list_filters_as_you_type_in_arabic_and_sorts() {
    let f = Fixture::new(40);
    let mut app = f.app();
    assert_eq!(app.rows().len(), 40);
    // Newest first, invalid files last.
    let ids = listed_ids(&app);
    assert_eq!(ids[0], "event-38", "event-39 is broken");
    assert!(
        ids[40 - f.broken.len()..]
            .iter()
            .all(|n| n.ends_with(".yaml"))
    );
    app.apply(LibraryAction::SortByDate);
    assert_eq!(listed_ids(&app)[0], "event-0", "again: oldest first");
    app.apply(LibraryAction::SortByTitle);
    let titles: Vec<String> = app
        .rows()
        .iter()
        .filter_map(|&r| app.library().entries[r].summary())
        .map(|s| s.title.to_lowercase())
        .collect();
    assert!(titles.windows(2).all(|w| w[0] <= w[1]), "A to Z");

    // Typed without the hamza and with a final haa: still matches الأمم المتحدة.
    type_text(&mut app, "الامم المتحده");
    assert!(!app.rows().is_empty());
    for &r in app.rows() {
        let s = app.library().entries[r].summary().unwrap();
        assert!(s.entities.iter().any(|e| e.id == "un"), "{}", s.id);
    }
    let with_un = app
        .library()
        .entries
        .iter()
        .filter(|e| {
            e.summary()
                .is_some_and(|s| s.entities.iter().any(|x| x.id == "un"))
        })
        .count();
    assert_eq!(app.rows().len(), with_un);
    // Each key narrows the list as it is typed.
    app.apply(LibraryAction::Back);
    assert_eq!(app.rows().len(), 40, "Esc clears the filter");
    app.apply(LibraryAction::Filter);
    app.type_filter(FilterEdit::Push('k'));
    let after_k = app.rows().len();
    for c in "idal".chars() {
        app.type_filter(FilterEdit::Push(c));
    }
    assert!(app.rows().len() < after_k);
    assert!(!app.rows().is_empty());
    app.type_filter(FilterEdit::Cancel);
    assert_eq!(app.rows().len(), 40);
}

#[test]
fn enter_opens_the_reader_and_returning_reloads_changed_files() {
    let f = Fixture::new(12);
    let mut app = f.app();
    type_text(&mut app, "event-5");
    assert_eq!(listed_ids(&app), ["event-5"]);
    app.apply(LibraryAction::Open);
    let reader = app.reader().expect("the reader is open");
    assert_eq!(reader.briefing().id, "event-5");
    // While reading, the file changes on disk.
    let text = std::fs::read_to_string(f.path(5)).unwrap();
    std::fs::write(
        f.path(5),
        text.replace("title: Attack", "title: Changed attack"),
    )
    .unwrap();
    app.close_reader();
    assert!(app.reader().is_none());
    let s = app.library().entries[app.rows()[app.cursor().row]]
        .summary()
        .unwrap();
    assert!(s.title.starts_with("Changed attack"), "{}", s.title);
    // An invalid file does not open: its error is shown.
    app.apply(LibraryAction::Back);
    type_text(&mut app, &generated::relative_path(9).to_string_lossy());
    app.apply(LibraryAction::Open);
    assert!(app.reader().is_none());
    let at = broken_at(&f.path(9));
    assert!(
        app.status().unwrap().contains(&format!("{at}: error")),
        "{:?}",
        app.status()
    );
}

#[test]
fn an_entity_lists_its_briefings_and_opens_one_at_its_first_mention() {
    let f = Fixture::new(30);
    let mut app = f.app();
    app.apply(LibraryAction::SwitchList);
    assert_eq!(app.list(), List::Entities);
    type_text(&mut app, "تمبكتو");
    assert_eq!(app.rows().len(), 1);
    app.apply(LibraryAction::Open);
    let List::Mentioning(g) = app.list() else {
        panic!("{:?}", app.list())
    };
    assert_eq!(app.index().groups[g].name, "Timbuktu");
    assert_eq!(app.rows().len(), app.index().groups[g].briefings);
    app.apply(LibraryAction::Move(Motion::Down));
    app.apply(LibraryAction::Open);
    let reader = app.reader().expect("open");
    let m = reader
        .cursor()
        .and_then(|c| c.text())
        .expect("goes to a mention");
    let b = reader.briefing();
    assert_eq!(b.entities[b.mentions[m].entity].name, "Timbuktu");
    assert_eq!(
        b.entities[b.mentions[m].entity].mentions[0], m,
        "the first one"
    );
    app.close_reader();
    app.apply(LibraryAction::Back);
    assert_eq!(app.list(), List::Entities, "Esc: back to the index");
    assert_eq!(app.rows()[app.cursor().row], g, "at the entity it left");
}

#[test]
fn each_list_keeps_its_place_and_a_reload_keeps_the_selected_file() {
    let f = Fixture::new(30);
    let mut app = f.app();
    for _ in 0..5 {
        app.apply(LibraryAction::Move(Motion::Down));
    }
    let selected = |app: &LibraryScreen| {
        app.library().entries[app.rows()[app.cursor().row]]
            .path
            .clone()
    };
    let before = selected(&app);
    app.apply(LibraryAction::SwitchList);
    app.apply(LibraryAction::Move(Motion::Down));
    app.apply(LibraryAction::Move(Motion::Down));
    let group = app.rows()[app.cursor().row];
    app.apply(LibraryAction::Open);
    assert_eq!(
        app.cursor().row,
        0,
        "an entity's briefings start at the top"
    );
    app.apply(LibraryAction::Back);
    assert_eq!(app.rows()[app.cursor().row], group);
    app.apply(LibraryAction::SwitchList);
    assert_eq!(selected(&app), before, "Tab there and back");
    // A new file sorts before the selected one: the selection follows the file.
    std::fs::write(
        f.dir.path().join("a-new.yaml"),
        generated::briefing_yaml(5000, 1),
    )
    .unwrap();
    app.apply(LibraryAction::Reload);
    assert_eq!(app.library().entries.len(), 31);
    assert_eq!(selected(&app), before);
    assert_eq!(
        app.status().as_deref(),
        Some("reloaded: 1 new or changed, 0 removed")
    );
}
