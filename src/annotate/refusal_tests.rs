//! Each edit the loader's rules forbid is refused with one sentence, and leaves the model.

use std::collections::BTreeMap;
use std::ops::Range;

use super::tests::{at, briefing, killed, place, refused};
use super::*;
use crate::briefing::Qualifier;

#[test]
fn refusals_say_why_in_one_sentence() {
    let b = briefing();
    let bamako = at(&b, 0, "Bamako", 0);
    let add = |entity, bytes: Range<usize>, figure| Edit::AddMention {
        entity,
        article: ArticleIx(0),
        part: Part::Text,
        bytes,
        figure,
    };
    assert_eq!(
        refused(add(EntityIx(1), bamako.clone(), None)),
        "“Bamako” is already marked as Bamako (place)"
    );
    assert_eq!(
        refused(add(EntityIx(0), bamako.start - 5..bamako.start + 2, None)),
        "“near Ba” would cross “Bamako”, marked as Bamako (place): mentions may nest but not cross"
    );
    // Nesting is fine.
    let mut nested = b.clone();
    apply(
        &mut nested,
        &add(EntityIx(1), bamako.start..bamako.end + 6, None),
    )
    .unwrap();
    let ar = &b.articles[1].text;
    let inside = ar.find('ب').unwrap() + 1;
    assert!(
        refused(Edit::AddMention {
            entity: EntityIx(0),
            article: ArticleIx(1),
            part: Part::Text,
            bytes: inside..inside + 2,
            figure: None,
        })
        .contains("between characters")
    );
    assert!(refused(add(EntityIx(0), 5..5, None)).contains("empty"));
    assert!(refused(add(EntityIx(0), 5..100_000, None)).contains("past the text"));
    assert!(refused(add(EntityIx(9), 0..3, None)).contains("no entity #9"));
    assert!(refused(add(EntityIx(0), 0..6, Some(killed(1)))).contains("only casualty figures"));
    let mut vague = killed(7);
    vague.qualifier = Qualifier::Dozens;
    assert!(refused(add(EntityIx(2), 0..6, Some(vague))).contains("takes no count"));
    assert_eq!(
        refused(Edit::RemoveMention {
            entity: EntityIx(1),
            article: ArticleIx(0),
            part: Part::Text,
            bytes: bamako,
        }),
        "“Bamako” is not marked as Mali (place)"
    );
    assert_eq!(
        refused(Edit::Rename {
            entity: EntityIx(0),
            name: "  ".into()
        }),
        "a name cannot be empty"
    );
    assert_eq!(
        refused(Edit::Link {
            from: EntityIx(0),
            to: EntityIx(0)
        }),
        "Bamako (place) cannot be linked to itself"
    );
    assert_eq!(
        refused(Edit::Link {
            from: EntityIx(1),
            to: EntityIx(0)
        }),
        "Mali (place) is already linked to Bamako (place)"
    );
    assert!(
        refused(Edit::Unlink {
            from: EntityIx(0),
            to: EntityIx(1)
        })
        .contains("is not linked")
    );
    assert_eq!(
        refused(Edit::SetFigure {
            entity: EntityIx(2),
            figure: None
        }),
        "Killed (casualty) is a casualty figure and needs a figure"
    );
    let mut earlier = killed(1);
    earlier.superseded = true;
    assert!(
        refused(Edit::SetFigure {
            entity: EntityIx(2),
            figure: Some(earlier)
        })
        .contains("superseded")
    );
    let create = |id: &str, kind, figure| Edit::CreateEntity {
        id: id.into(),
        kind,
        name: "N".into(),
        names: BTreeMap::new(),
        figure,
    };
    assert_eq!(
        refused(create("mali", EntityKind::Place, None)),
        "the id “mali” is already used"
    );
    assert!(refused(create("a b", EntityKind::Place, None)).contains("cannot be an id"));
    assert!(refused(create("k", EntityKind::Casualty, None)).contains("needs a figure"));
    assert!(refused(create("k", EntityKind::Actor, Some(killed(1)))).contains("only casualty"));
}

#[test]
fn more_refusals() {
    let mut b = briefing();
    apply(&mut b, &place("x", "X")).unwrap();
    apply(
        &mut b,
        &Edit::Link {
            from: EntityIx(0),
            to: EntityIx(3),
        },
    )
    .unwrap();
    let before = b.clone();
    let err = apply(
        &mut b,
        &Edit::DeleteEntity {
            entity: EntityIx(3),
        },
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "X (place) cannot be deleted: Bamako (place) links to it"
    );
    assert_eq!(b, before);
    assert_eq!(
        refused(Edit::AddMention {
            entity: EntityIx(0),
            article: ArticleIx(7),
            part: Part::Text,
            bytes: 0..1,
            figure: None,
        }),
        "there is no article #7"
    );
    assert_eq!(
        refused(Edit::SetName {
            entity: EntityIx(0),
            lang: " ".into(),
            name: Some("B".into()),
        }),
        "a name needs a language tag"
    );
    assert_eq!(
        refused(Edit::SetName {
            entity: EntityIx(0),
            lang: "fr".into(),
            name: Some(String::new()),
        }),
        "a name cannot be empty"
    );
    assert_eq!(
        refused(Edit::SetLinks {
            entity: EntityIx(0),
            links: vec![EntityIx(1), EntityIx(5)],
        }),
        "there is no entity #5"
    );
    let b = briefing();
    let mali = at(&b, 0, "Mali", 0);
    assert_eq!(
        refused(Edit::MoveMention {
            from: EntityIx(1),
            to: EntityIx(1),
            article: ArticleIx(0),
            part: Part::Text,
            bytes: mali,
        }),
        "“Mali” is already marked as Mali (place)"
    );
}
