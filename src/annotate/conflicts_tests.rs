//! Resolving conflicts: each take's edits, undone exactly; what cannot be taken says why;
//! the saved file's `conflicts:` block follows the list.

use std::path::PathBuf;

use super::*;
use crate::annotate::{History, Session, apply};
use crate::briefing::{EntityKind, FigureType, load_str};

const DOC: &str = "\
id: conflicts
title: Conflicts
date: 2017-06-19
articles:
  - id: en
    lang: en
    source: Wire
    headline: Attack near Bamako
    text: Gunmen attacked a resort near Bamako, Mali. Two people were killed.
entities:
  - id: bamako
    kind: place
    name: Bamako
    mentions:
      - {article: en, quote: Bamako}
  - id: mali
    kind: place
    name: Mali
    links: [bamako]
    mentions:
      - {article: en, quote: Mali}
  - id: killed
    kind: casualty
    name: Killed
    figure: {type: killed, count: 2}
    mentions:
      - {article: en, quote: Two people were killed, figure: {type: killed, count: 2}}
# what the merge left
conflicts:
  - field: figure
    entity: killed
    ours: \"2 killed\"
    theirs: \"3 killed\"
    theirs_value: {figure: {type: killed, count: 3, qualifier: exact}}
  - field: mention
    entity: bamako
    article: en
    start: 30
    end: 36
    ours: \"marked as bamako\"
    theirs: \"marked as mali\"
    theirs_value: {entity: mali}
  - field: links
    entity: bamako
    ours: \"no links\"
    theirs: \"mali\"
    theirs_value: {links: [mali]}
  - field: name
    entity: mali
    ours: \"Mali\"
    theirs: \"Republic of Mali\"
  - field: kind
    entity: mali
    ours: \"place\"
    theirs: \"actor\"
    theirs_value: {kind: actor}
  - field: title
    ours: \"Conflicts\"
    theirs: \"Conflicts, merged\"
    theirs_value: {text: \"Conflicts, merged\"}
  - field: entity
    entity: bamako
    ours: \"changed here, kept\"
    theirs: \"deleted\"
    theirs_value: {}
";

fn doc() -> Briefing {
    load_str("c.yaml", DOC).unwrap().briefing
}

/// Resolves item `at` by `take` through a history; checks that undo restores the model.
fn taken(b: &Briefing, at: usize, take: Take) -> Briefing {
    let edits = resolve(b, at, take).unwrap();
    let mut after = b.clone();
    let mut history = History::new();
    history.perform_all(&mut after, edits).unwrap();
    assert_eq!(after.conflicts.len(), b.conflicts.len() - 1);
    let mut undone = after.clone();
    history.undo(&mut undone).unwrap().unwrap();
    assert_eq!(&undone, b, "undo puts the item and the value back");
    after
}

fn entity<'a>(b: &'a Briefing, id: &str) -> &'a crate::briefing::Entity {
    &b.entities[b.entity_index(id).unwrap()]
}

#[test]
fn theirs_sets_their_value_and_ours_keeps_the_file_as_it_is() {
    let b = doc();
    let figure = taken(&b, 0, Take::Theirs);
    assert_eq!(entity(&figure, "killed").figure.unwrap().count, 3);
    assert_eq!(figure.conflicts[0].field, ConflictField::Mention);
    let ours = taken(&b, 0, Take::Ours);
    assert_eq!(ours.entities, b.entities);
    // The span THEIRS marked as Mali.
    let mark = taken(&b, 1, Take::Theirs);
    let mali = mark.entity_index("mali").unwrap();
    let at = mark
        .mentions
        .iter()
        .find(|m| &mark.articles[m.article].text[m.bytes.clone()] == "Bamako")
        .unwrap();
    assert_eq!(at.entity, mali);
    assert!(entity(&mark, "bamako").mentions.is_empty());
    let links = taken(&b, 2, Take::Theirs);
    assert_eq!(entity(&links, "bamako").links, [mali]);
    let kind = taken(&b, 4, Take::Theirs);
    assert_eq!(entity(&kind, "mali").kind, EntityKind::Actor);
    let title = taken(&b, 5, Take::Theirs);
    assert_eq!(title.title, "Conflicts, merged");
    let deleted = taken(&b, 6, Take::Theirs);
    assert_eq!(deleted.entity_index("bamako"), None);
    assert_eq!(deleted.entities.len(), b.entities.len() - 1);
}

#[test]
fn both_holds_two_figures_as_a_range_and_two_link_sets_as_their_union() {
    let b = doc();
    let both = taken(&b, 0, Take::Both);
    let f = entity(&both, "killed").figure.unwrap();
    assert_eq!(
        (f.kind, f.count, f.count_max),
        (FigureType::Killed, 2, Some(3))
    );
    assert_eq!(f.describe(), "2-3 killed");
    let union = taken(&b, 2, Take::Both);
    assert_eq!(entity(&union, "bamako").links.len(), 1);
    // A mark, a name, a kind, a title, a deletion: one or the other.
    for at in [1, 3, 4, 5, 6] {
        assert_eq!(
            resolve(&b, at, Take::Both).unwrap_err(),
            "both cannot hold here: take ours or theirs"
        );
    }
}

#[test]
fn what_cannot_be_taken_says_why_and_changes_nothing() {
    let b = doc();
    let old = resolve(&b, 3, Take::Theirs).unwrap_err();
    assert!(old.contains("does not hold THEIRS's value"), "{old}");
    assert_eq!(
        entity(&taken(&b, 4, Take::Ours), "mali").kind,
        EntityKind::Place
    );
    assert!(resolve(&b, 7, Take::Ours).is_err());
    // Bamako, deleted, can no longer be linked to Mali.
    let mut gone = b.clone();
    let bamako = gone.entity_index("bamako").unwrap();
    apply(&mut gone, &Edit::RemoveEntity { entity: bamako }).unwrap();
    let why = resolve(&gone, 2, Take::Theirs).unwrap_err();
    assert_eq!(why, "the file has no entity \"bamako\" any more");
}

#[test]
fn the_saved_block_follows_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.yaml");
    let mut s = Session::of_source(PathBuf::from(&path), DOC.into(), doc());
    for _ in 0..6 {
        let edits = resolve(s.model(), 0, Take::Ours).unwrap();
        s.perform(edits).unwrap();
    }
    let one_left = s.text().unwrap().yaml;
    let kept = DOC.find("  - field: entity").unwrap();
    assert_eq!(
        one_left,
        format!(
            "{}{}",
            &DOC[..DOC.find("  - field: figure").unwrap()],
            &DOC[kept..]
        )
    );
    s.perform(resolve(s.model(), 0, Take::Ours).unwrap())
        .unwrap();
    let none_left = s.text().unwrap().yaml;
    assert_eq!(none_left, &DOC[..DOC.find("conflicts:").unwrap()]);
    assert!(load_str("c.yaml", &none_left).unwrap().conflicts.is_empty());
}

#[test]
fn a_new_id_follows_into_theirs_values() {
    let mut s = Session::of_source(PathBuf::from("c.yaml"), DOC.into(), doc());
    let mali = s.model().entity_index("mali").unwrap();
    s.perform(vec![Edit::SetId {
        entity: mali,
        id: "mali-state".into(),
    }])
    .unwrap();
    // The save checks that the text loads to the model.
    let text = s.text().unwrap().yaml;
    assert!(
        text.contains("    theirs_value: {entity: mali-state}\n"),
        "{text}"
    );
    assert!(
        text.contains("    theirs_value: {links: [mali-state]}\n"),
        "{text}"
    );
    let taken = taken(s.model(), 1, Take::Theirs);
    let at = taken.entity_index("mali-state").unwrap();
    assert_eq!(taken.entities[at].mentions.len(), 2);
}
