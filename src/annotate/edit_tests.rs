//! Each edit applied and undone by its inverse restores the model exactly; each refusal
//! leaves it untouched.

use super::*;
use crate::briefing::{FigureType, Qualifier, bundled, load_str};

pub(super) const DOC: &str = "\
id: edits
title: Edits
date: 2017-06-19
articles:
  - id: en
    lang: en
    source: Wire
    headline: Attack near Bamako
    text: Gunmen attacked a resort near Bamako, Mali. Two people were killed in Bamako.
  - id: ar
    lang: ar
    source: Test
    headline: هجوم قرب باماكو
    text: هاجم مسلحون منتجعا قرب باماكو في مالي.
entities:
  - id: bamako
    kind: place
    name: Bamako
    mentions:
      - {article: en, quote: Bamako, occurrence: 1}
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
";

pub(super) fn briefing() -> Briefing {
    load_str("t.yaml", DOC).unwrap().briefing
}

pub(super) fn at(b: &Briefing, article: usize, word: &str, nth: usize) -> Range<usize> {
    let text = &b.articles[article].text;
    let start = text.match_indices(word).nth(nth).unwrap().0;
    start..start + word.len()
}

pub(super) fn killed(count: u64) -> Figure {
    Figure {
        kind: FigureType::Killed,
        count,
        count_max: None,
        qualifier: Qualifier::Exact,
        superseded: false,
        as_of: None,
    }
}

/// Creating a place without names.
pub(super) fn place(id: &str, name: &str) -> Edit {
    Edit::CreateEntity {
        id: id.into(),
        kind: EntityKind::Place,
        name: name.into(),
        names: BTreeMap::new(),
        figure: None,
    }
}

/// Applies `edit`, checks the model changed, undoes it and checks the model is back.
fn round_trip(edit: Edit) -> Briefing {
    let mut b = briefing();
    let before = b.clone();
    let inverse = apply(&mut b, &edit).unwrap_or_else(|e| panic!("{edit:?}: {e}"));
    assert_ne!(b, before, "{edit:?} changed nothing");
    let after = b.clone();
    let again = apply(&mut b, &inverse).unwrap();
    assert_eq!(b, before, "{edit:?} undone by {inverse:?}");
    apply(&mut b, &again).unwrap();
    assert_eq!(b, after, "redone");
    after
}

pub(super) fn refused(edit: Edit) -> String {
    let mut b = briefing();
    let before = b.clone();
    let e = apply(&mut b, &edit).expect_err("refused");
    assert_eq!(b, before, "a refused edit leaves the model");
    e.to_string()
}

#[test]
fn add_mention_keeps_the_loaders_order_and_indices() {
    let b0 = briefing();
    let bytes = at(&b0, 0, "Bamako", 1);
    let b = round_trip(Edit::AddMention {
        entity: EntityIx(0),
        article: ArticleIx(0),
        part: Part::Text,
        bytes: bytes.clone(),
        figure: None,
    });
    // Exactly what loading a file with both occurrences gives.
    let loaded = load_str(
        "t.yaml",
        &DOC.replace("quote: Bamako, occurrence: 1", "quote: Bamako"),
    )
    .unwrap()
    .briefing;
    assert_eq!(b, loaded);
    assert_eq!(
        b.mentions
            .iter()
            .find(|m| m.bytes == bytes)
            .unwrap()
            .chars
            .len(),
        6
    );
}

#[test]
fn headline_mentions() {
    let b0 = briefing();
    let h = &b0.articles[1].headline;
    let start = h.find("باماكو").unwrap();
    let b = round_trip(Edit::AddMention {
        entity: EntityIx(0),
        article: ArticleIx(1),
        part: Part::Headline,
        bytes: start..start + "باماكو".len(),
        figure: None,
    });
    assert_eq!(b.headline_mentions.len(), 1);
    assert_eq!(b.headline_mentions[0].chars, 9..15);
    assert_eq!(b.entities[0].mentions, b0.entities[0].mentions);
}

#[test]
fn remove_move_and_figure_edits_undo() {
    let b = briefing();
    let bamako = at(&b, 0, "Bamako", 0);
    let mali = at(&b, 0, "Mali", 0);
    let two = b.entities[2].mentions[0];
    let two = b.mentions[two].bytes.clone();
    round_trip(Edit::RemoveMention {
        entity: EntityIx(0),
        article: ArticleIx(0),
        part: Part::Text,
        bytes: bamako.clone(),
    });
    let moved = round_trip(Edit::MoveMention {
        from: EntityIx(1),
        to: EntityIx(0),
        article: ArticleIx(0),
        part: Part::Text,
        bytes: mali,
    });
    assert_eq!(moved.entities[0].mentions.len(), 2);
    assert!(moved.entities[1].mentions.is_empty());
    // A casualty mention moved to a place loses its figure; the inverse brings it back.
    let dropped = round_trip(Edit::MoveMention {
        from: EntityIx(2),
        to: EntityIx(1),
        article: ArticleIx(0),
        part: Part::Text,
        bytes: two.clone(),
    });
    assert_eq!(
        dropped
            .mentions
            .iter()
            .find(|m| m.bytes == two)
            .unwrap()
            .figure,
        None
    );
    round_trip(Edit::SetMentionFigure {
        entity: EntityIx(2),
        article: ArticleIx(0),
        part: Part::Text,
        bytes: two.clone(),
        figure: Some(killed(3)),
    });
    round_trip(Edit::SetMentionFigure {
        entity: EntityIx(2),
        article: ArticleIx(0),
        part: Part::Text,
        bytes: two,
        figure: None,
    });
}

#[test]
fn entity_edits_undo() {
    round_trip(Edit::CreateEntity {
        id: "gunmen".into(),
        kind: EntityKind::Actor,
        name: "Gunmen".into(),
        names: BTreeMap::from([("ar".into(), "مسلحون".into())]),
        figure: None,
    });
    round_trip(Edit::Rename {
        entity: EntityIx(0),
        name: "Bamako, Mali".into(),
    });
    round_trip(Edit::SetName {
        entity: EntityIx(0),
        lang: "ar".into(),
        name: Some("باماكو".into()),
    });
    round_trip(Edit::Link {
        from: EntityIx(0),
        to: EntityIx(1),
    });
    round_trip(Edit::Unlink {
        from: EntityIx(1),
        to: EntityIx(0),
    });
    round_trip(Edit::SetFigure {
        entity: EntityIx(2),
        figure: Some(killed(5)),
    });
    round_trip(Edit::SetLinks {
        entity: EntityIx(2),
        links: vec![EntityIx(1), EntityIx(0)],
    });
}

#[test]
fn unlink_from_the_middle_restores_the_order() {
    let mut b = briefing();
    apply(
        &mut b,
        &Edit::SetLinks {
            entity: EntityIx(2),
            links: vec![EntityIx(0), EntityIx(1)],
        },
    )
    .unwrap();
    let before = b.clone();
    let inverse = apply(
        &mut b,
        &Edit::Unlink {
            from: EntityIx(2),
            to: EntityIx(0),
        },
    )
    .unwrap();
    assert_eq!(b.entities[2].links, [EntityIx(1)]);
    apply(&mut b, &inverse).unwrap();
    assert_eq!(b, before);
}

#[test]
fn delete_entity_undoes_create_and_refuses_used_ones() {
    let mut b = briefing();
    let before = b.clone();
    let delete = apply(&mut b, &place("x", "X")).unwrap();
    assert_eq!(
        delete,
        Edit::DeleteEntity {
            entity: EntityIx(3)
        }
    );
    apply(
        &mut b,
        &Edit::Link {
            from: EntityIx(3),
            to: EntityIx(0),
        },
    )
    .unwrap();
    let create_again = apply(
        &mut b,
        &Edit::DeleteEntity {
            entity: EntityIx(3),
        },
    )
    .unwrap();
    assert_eq!(b, before);
    apply(&mut b, &create_again).unwrap();
    assert_eq!(
        b.entities[3].links,
        [EntityIx(0)],
        "its own links come back"
    );
    assert!(
        refused(Edit::DeleteEntity {
            entity: EntityIx(0)
        })
        .contains("only the last entity")
    );
    assert_eq!(
        refused(Edit::DeleteEntity {
            entity: EntityIx(2)
        }),
        "Killed (casualty) cannot be deleted: it is marked in the articles"
    );
}

#[test]
fn a_batch_is_all_or_nothing() {
    let b = briefing();
    let bamako = at(&b, 0, "Bamako", 1);
    let good = Edit::AddMention {
        entity: EntityIx(0),
        article: ArticleIx(0),
        part: Part::Text,
        bytes: bamako,
        figure: None,
    };
    let bad = Edit::Rename {
        entity: EntityIx(0),
        name: String::new(),
    };
    assert_eq!(
        refused(Edit::Batch(vec![good.clone(), bad])),
        "a name cannot be empty"
    );
    round_trip(Edit::Batch(vec![
        good,
        Edit::Rename {
            entity: EntityIx(0),
            name: "B".into(),
        },
    ]));
}

#[test]
fn a_new_id_is_checked_and_undone() {
    let original = bundled().unwrap().briefing;
    let mut b = original.clone();
    let (e, other) = (EntityIx(0), original.entities[1].id.clone());
    let refused = |b: &mut Briefing, id: &str| {
        let edit = Edit::SetId {
            entity: e,
            id: id.into(),
        };
        apply(b, &edit).unwrap_err().to_string()
    };
    assert!(refused(&mut b, &other).contains("already used"));
    assert!(refused(&mut b, "has space").contains("cannot be an id"));
    assert_eq!(b, original);
    let inverse = apply(
        &mut b,
        &Edit::SetId {
            entity: e,
            id: "renamed-id".into(),
        },
    )
    .unwrap();
    assert_eq!(b.entity_index("renamed-id"), Some(e));
    apply(&mut b, &inverse).unwrap();
    assert_eq!(b, original);
}

#[test]
fn leaving_casualty_drops_the_mentions_figures_and_undo_gives_them_back() {
    let original = bundled().unwrap().briefing;
    let e = EntityIx::all(&original)
        .find(|&e| {
            original.entities[e].kind == EntityKind::Casualty
                && original.entities[e]
                    .mentions
                    .iter()
                    .any(|&m| original.mentions[m].figure.is_some())
        })
        .unwrap();
    let mut b = original.clone();
    let to_actor = Edit::SetKind {
        entity: e,
        kind: EntityKind::Actor,
        figure: None,
    };
    let inverse = apply(&mut b, &to_actor).unwrap();
    assert_eq!(b.entities[e].kind, EntityKind::Actor);
    assert!(b.entities[e].figure.is_none());
    assert!(
        b.entities[e]
            .mentions
            .iter()
            .all(|&m| b.mentions[m].figure.is_none())
    );
    apply(&mut b, &inverse).unwrap();
    assert_eq!(b, original);
    // A casualty figure needs its figure.
    let actor = EntityIx::all(&original)
        .find(|&e| original.entities[e].kind == EntityKind::Actor)
        .unwrap();
    let no_figure = Edit::SetKind {
        entity: actor,
        kind: EntityKind::Casualty,
        figure: None,
    };
    let err = apply(&mut b, &no_figure).unwrap_err();
    assert!(matches!(err, EditError::FigureNeeded { .. }), "{err}");
}

#[test]
fn a_kind_others_need_is_kept() {
    let text = include_str!("../../tests/fixtures/claims/claims.yaml");
    let b = load_str("c.yaml", text).unwrap().briefing;
    let speaker = b
        .mentions
        .iter()
        .find_map(|m| m.attribution.as_deref()?.said_by.first().copied())
        .expect("the fixture has a speaker");
    let mut edited = b.clone();
    let err = apply(
        &mut edited,
        &Edit::SetKind {
            entity: speaker,
            kind: EntityKind::Place,
            figure: None,
        },
    )
    .unwrap_err();
    assert!(matches!(err, EditError::KindNeeded { .. }), "{err}");
    assert!(err.to_string().contains("said or denied by it"), "{err}");
    assert_eq!(edited, b);
}
