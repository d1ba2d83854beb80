//! The merge rules on the bundled briefing: one side's changes apply, the same change on
//! both sides applies once, real conflicts keep OURS's value and are listed, new entities
//! of both sides meet by name, OURS's text is kept; and, as a property, merging a side
//! with BASE gives that side.

use std::collections::BTreeMap;
use std::ops::Range;

use proptest::prelude::*;

use super::*;
use crate::annotate::{Edit, Field, apply, save};
use crate::briefing::Attribution;
use crate::briefing::conflict::Theirs;
use crate::briefing::load::BUNDLED_YAML;
use crate::briefing::{
    ArticleIx, ConflictField, EntityIx, EntityKind, Figure, FigureType, Part, load_str,
};

fn base() -> Briefing {
    load_str("base.yaml", BUNDLED_YAML).unwrap().briefing
}

/// BASE with `edits` made (each must be accepted).
fn edited(edits: &[Edit]) -> Briefing {
    let mut b = base();
    for e in edits {
        apply(&mut b, e).unwrap_or_else(|why| panic!("{e:?}: {why}"));
    }
    b
}

/// The text a side's file holds: BASE's file with its edits saved.
fn text_of(side: &Briefing) -> String {
    save("side.yaml", BUNDLED_YAML, &base(), side).unwrap().yaml
}

fn merged(ours: &Briefing, theirs: &Briefing) -> Merged {
    merge(&base(), ("ours.yaml", &text_of(ours), ours), theirs).unwrap()
}

/// The first occurrence of `word` in an article's text that no mention touches.
fn unmarked(b: &Briefing, article: ArticleIx, word: &str) -> Range<usize> {
    let text = &b.articles[article].text;
    text.match_indices(word)
        .map(|(i, _)| i..i + word.len())
        .find(|r| {
            b.mentions_in(article)
                .iter()
                .all(|m| m.bytes.end <= r.start || r.end <= m.bytes.start)
        })
        .unwrap_or_else(|| panic!("{word} is marked everywhere"))
}

fn entity(b: &Briefing, id: &str) -> EntityIx {
    b.entity_index(id).unwrap()
}

fn killed(count: u64) -> Option<Figure> {
    Some(Figure {
        kind: FigureType::Killed,
        count,
        count_max: None,
        qualifier: Default::default(),
        superseded: false,
        as_of: None,
    })
}

fn mark(b: &Briefing, id: &str, article: ArticleIx, word: &str) -> Edit {
    Edit::AddMention {
        entity: entity(b, id),
        article,
        part: Part::Text,
        bytes: unmarked(b, article, word),
        figure: None,
    }
}

fn casualty(b: &Briefing) -> EntityIx {
    EntityIx(
        b.entities
            .iter()
            .position(|e| e.kind == EntityKind::Casualty)
            .unwrap(),
    )
}

#[test]
fn changes_of_both_sides_apply() {
    let b = base();
    let ar = b.article_index("ar").unwrap();
    let en = b.article_index("en").unwrap();
    let c = casualty(&b);
    let ours = edited(&[
        mark(&b, "mali", ar, "مالي"),
        Edit::SetName {
            entity: entity(&b, "gao"),
            lang: "fr".into(),
            name: Some("Gao".into()),
        },
    ]);
    let their_edits = [
        Edit::SetFigure {
            entity: c,
            figure: killed(7),
        },
        Edit::Link {
            from: entity(&b, "eu"),
            to: entity(&b, "un"),
        },
        mark(&b, "bamako", en, "the"),
    ];
    let theirs = edited(&their_edits);
    let m = merged(&ours, &theirs);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    let mut want = ours.clone();
    for e in &their_edits {
        apply(&mut want, e).unwrap();
    }
    assert_eq!(m.briefing, want);
    assert_eq!(load_str("m.yaml", &m.text).unwrap().briefing, want);
    // OURS's text is kept: only the changed lines differ.
    let ours_text = text_of(&ours);
    let same = ours_text.lines().filter(|l| m.text.contains(l)).count();
    assert!(same + 5 >= ours_text.lines().count());
}

#[test]
fn the_same_change_on_both_sides_applies_once() {
    let b = base();
    let ar = b.article_index("ar").unwrap();
    let both = [
        mark(&b, "mali", ar, "مالي"),
        Edit::Rename {
            entity: EntityIx(0),
            name: "Gunmen".into(),
        },
    ];
    let side = edited(&both);
    let m = merged(&side, &side);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    assert_eq!(m.briefing, side);
}

#[test]
fn real_conflicts_keep_ours_and_are_listed() {
    let b = base();
    let ar = b.article_index("ar").unwrap();
    let c = casualty(&b);
    let span = unmarked(&b, ar, "مالي");
    let mark_as = |id: &str| Edit::AddMention {
        entity: entity(&b, id),
        article: ar,
        part: Part::Text,
        bytes: span.clone(),
        figure: None,
    };
    let ours = edited(&[
        Edit::SetFigure {
            entity: c,
            figure: killed(2),
        },
        mark_as("mali"),
    ]);
    let theirs = edited(&[
        Edit::SetFigure {
            entity: c,
            figure: killed(3),
        },
        mark_as("north-mali"),
    ]);
    let m = merged(&ours, &theirs);
    let fields: Vec<ConflictField> = m.conflicts.iter().map(|c| c.field).collect();
    assert_eq!(fields, [ConflictField::Figure, ConflictField::Mention]);
    assert_eq!(m.conflicts[1].ours, "marked as mali");
    assert_eq!(m.conflicts[1].theirs, "marked as north-mali");
    let mut kept = m.briefing.clone();
    kept.conflicts.clear();
    assert_eq!(kept, ours);
    let loaded = load_str("m.yaml", &m.text).unwrap();
    assert_eq!(loaded.conflicts.len(), 2);
    // THEIRS's values, as taking them sets them.
    assert_eq!(m.conflicts[0].take, Some(Theirs::Figure(killed(3))));
    let north = Some(("north-mali".to_string(), None));
    assert_eq!(m.conflicts[1].take, Some(Theirs::Mark(north)));
    assert!(
        m.text.ends_with(
            "    theirs: \"marked as north-mali\"\n    theirs_value: {entity: north-mali}\n"
        ),
        "{}",
        m.text
    );
}

#[test]
fn a_mention_that_would_cross_ours_is_a_conflict() {
    let b = base();
    let en = b.article_index("en").unwrap();
    let text = &b.articles[en].text;
    // Two overlapping word pairs no mention touches: "w1 w2" (OURS) and "w2 w3" (THEIRS).
    let free = |r: &Range<usize>| {
        b.mentions_in(en)
            .iter()
            .all(|m| m.bytes.end <= r.start || r.end <= m.bytes.start)
    };
    let pair = text
        .split(' ')
        .scan(0, |at, w| {
            let r = *at..*at + w.len();
            *at += w.len() + 1;
            Some(r)
        })
        .collect::<Vec<_>>()
        .windows(3)
        .map(|w| (w[0].start..w[1].end, w[1].start..w[2].end))
        .find(|(a, c)| {
            free(&(a.start..c.end)) && !text[a.start..c.end].contains(['\n', '.', ',', '“', '"'])
        })
        .unwrap();
    let actor = entity(&b, "attackers");
    let mark = |bytes: Range<usize>| Edit::AddMention {
        entity: actor,
        article: en,
        part: Part::Text,
        bytes,
        figure: None,
    };
    let ours = edited(&[mark(pair.0.clone())]);
    let theirs = edited(&[mark(pair.1.clone())]);
    let m = merged(&ours, &theirs);
    assert_eq!(m.conflicts.len(), 1, "{:?}", m.conflicts);
    assert_eq!(m.conflicts[0].field, ConflictField::Mention);
    assert!(
        m.conflicts[0].theirs.contains("not applied"),
        "{:?}",
        m.conflicts
    );
    let mut kept = m.briefing.clone();
    kept.conflicts.clear();
    assert_eq!(kept, ours);
}

#[test]
fn conflicts_already_in_ours_stay_first() {
    let b = base();
    let c = casualty(&b);
    let figure = |n| {
        edited(&[Edit::SetFigure {
            entity: c,
            figure: killed(n),
        }])
    };
    let (ours, theirs) = (figure(2), figure(3));
    let first = merged(&ours, &theirs);
    // Merged again with another conflict: the first stays, the new one follows.
    let renamed = {
        let mut t = theirs.clone();
        apply(
            &mut t,
            &Edit::Rename {
                entity: EntityIx(0),
                name: "Gunmen".into(),
            },
        )
        .unwrap();
        t
    };
    let mut ours2 = first.briefing.clone();
    apply(
        &mut ours2,
        &Edit::Rename {
            entity: EntityIx(0),
            name: "Armed men".into(),
        },
    )
    .unwrap();
    let text2 = save("o.yaml", &first.text, &first.briefing, &ours2)
        .unwrap()
        .yaml;
    let m = merge(&theirs, ("o.yaml", &text2, &ours2), &renamed).unwrap();
    let fields: Vec<ConflictField> = m.briefing.conflicts.iter().map(|c| c.field).collect();
    assert_eq!(fields, [ConflictField::Figure, ConflictField::Name]);
    assert_eq!(m.conflicts.len(), 1);
    assert_eq!(m.text.matches("\nconflicts:").count(), 1);
}

#[test]
fn a_deletion_against_a_change_is_a_conflict_else_it_applies() {
    // THEIRS deletes a new last entity that OURS renamed: kept, with a conflict.
    let new = Edit::CreateEntity {
        id: "gunmen".into(),
        kind: EntityKind::Actor,
        name: "Gunmen".into(),
        names: BTreeMap::new(),
        figure: None,
    };
    let b = base();
    let last = b.entities.len();
    let with_new = edited(std::slice::from_ref(&new));
    let text = save("b.yaml", BUNDLED_YAML, &b, &with_new).unwrap().yaml;
    let ours = {
        let mut o = with_new.clone();
        apply(
            &mut o,
            &Edit::Rename {
                entity: EntityIx(last),
                name: "Armed men".into(),
            },
        )
        .unwrap();
        o
    };
    let ours_text = save("b.yaml", &text, &with_new, &ours).unwrap().yaml;
    let m = merge(&with_new, ("o.yaml", &ours_text, &ours), &b).unwrap();
    assert_eq!(m.conflicts.len(), 1);
    assert_eq!(m.conflicts[0].field, ConflictField::Entity);
    assert_eq!(m.conflicts[0].take, Some(Theirs::Deleted));
    assert_eq!(m.briefing.entities[last].name, "Armed men");
    // Unchanged on OURS's side, it is deleted, in the middle of the list too.
    let eu = entity(&b, "eu");
    let mut theirs = b.clone();
    let gone: Vec<_> = b.entities[eu]
        .mentions
        .iter()
        .map(|&k| &b.mentions[k])
        .map(|m| Edit::RemoveMention {
            entity: eu,
            article: m.article,
            part: m.part,
            bytes: m.bytes.clone(),
        })
        .collect();
    for e in gone {
        apply(&mut theirs, &e).unwrap();
    }
    let linked = entity(&b, "eutm-mali");
    apply(
        &mut theirs,
        &Edit::Unlink {
            from: linked,
            to: eu,
        },
    )
    .unwrap();
    let text = save("t.yaml", BUNDLED_YAML, &b, &theirs).unwrap().yaml;
    let without: String = {
        // THEIRS's file without the entity: its lines cut out.
        let start = text.find("  - id: eu\n").unwrap();
        let end = start + text[start..].find("  - id: eutm-mali").unwrap();
        format!("{}{}", &text[..start], &text[end..])
    };
    let theirs = load_str("t.yaml", &without).unwrap().briefing;
    let m = merge(&b, ("o.yaml", BUNDLED_YAML, &b), &theirs).unwrap();
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    assert_eq!(m.briefing, theirs);
}

#[test]
fn entities_new_on_both_sides_meet_by_name() {
    let create = |id: &str, names: &[(&str, &str)]| Edit::CreateEntity {
        id: id.into(),
        kind: EntityKind::Place,
        name: "Kangaba".into(),
        names: names
            .iter()
            .map(|(l, n)| (l.to_string(), n.to_string()))
            .collect(),
        figure: None,
    };
    let ours = edited(&[create("kangaba", &[])]);
    let theirs = edited(&[create("kangaba-resort", &[("ar", "كانغابا")])]);
    let m = merged(&ours, &theirs);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    let e = m.briefing.entities.last().unwrap();
    assert_eq!(
        (e.id.as_str(), e.names.get("ar").map(String::as_str)),
        ("kangaba", Some("كانغابا"))
    );
    assert_eq!(m.briefing.entities.len(), ours.entities.len());
}

#[test]
fn other_articles_are_refused() {
    let b = base();
    let mut theirs = b.clone();
    theirs.articles[0].headline.push('!');
    let err = merge(&b, ("o.yaml", BUNDLED_YAML, &b), &theirs).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("THEIRS has another briefing id or other articles")
    );
}

/// A random edit of the bundled briefing (refused ones are skipped by the caller).
fn an_edit(b: &Briefing, pick: (u8, usize, usize, u64)) -> Edit {
    let (kind, x, y, n) = pick;
    let e = EntityIx(x % b.entities.len());
    let to = EntityIx(y % b.entities.len());
    let text_mentions = b.mentions.len().max(1);
    match kind % 7 {
        0 => Edit::Rename {
            entity: e,
            name: format!("Name {n}"),
        },
        1 => Edit::SetName {
            entity: e,
            lang: ["ar", "fr"][y % 2].into(),
            name: (n % 3 > 0).then(|| format!("اسم {n}")),
        },
        2 => Edit::Link { from: e, to },
        3 => Edit::Unlink {
            from: e,
            to: b.entities[e].links.first().copied().unwrap_or(to),
        },
        4 => {
            let m = &b.mentions[y % text_mentions];
            Edit::RemoveMention {
                entity: m.entity,
                article: m.article,
                part: m.part,
                bytes: m.bytes.clone(),
            }
        }
        5 => {
            // A word of an article, marked as an entity that is not a casualty figure.
            let article = ArticleIx(y % b.articles.len());
            let text = &b.articles[article].text;
            let words: Vec<Range<usize>> = text
                .split(' ')
                .scan(0, |at, w| {
                    let r = *at..*at + w.len();
                    *at += w.len() + 1;
                    Some(r)
                })
                .filter(|r| !r.is_empty() && !text[r.clone()].contains('\n'))
                .collect();
            let entity = (0..b.entities.len())
                .map(|k| EntityIx((e.0 + k) % b.entities.len()))
                .find(|&k| b.entities[k].kind != EntityKind::Casualty)
                .unwrap_or(e);
            Edit::AddMention {
                entity,
                article,
                part: Part::Text,
                bytes: words[n as usize % words.len()].clone(),
                figure: None,
            }
        }
        _ => Edit::SetFigure {
            entity: e,
            figure: killed(n % 50),
        },
    }
}

/// BASE with a random sequence of edits made (those refused left out).
fn random_side(picks: &[(u8, usize, usize, u64)]) -> Briefing {
    let mut b = base();
    for &pick in picks {
        let edit = an_edit(&b, pick);
        let _ = apply(&mut b, &edit);
    }
    b
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn merging_one_changed_side_with_base_gives_that_side(
        picks in prop::collection::vec((any::<u8>(), any::<usize>(), any::<usize>(), any::<u64>()), 1..12)
    ) {
        let b = base();
        let side = random_side(&picks);
        // merge(base, base, theirs) == theirs
        let m = merge(&b, ("o.yaml", BUNDLED_YAML, &b), &side).unwrap();
        prop_assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        prop_assert_eq!(&m.briefing, &side);
        prop_assert_eq!(&load_str("m.yaml", &m.text).unwrap().briefing, &side);
        // merge(base, ours, base) == ours
        let m = merge(&b, ("o.yaml", &text_of(&side), &side), &b).unwrap();
        prop_assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        prop_assert_eq!(&m.briefing, &side);
    }
}

#[test]
fn fields_kinds_and_deletions_of_one_side_merge_without_conflict() {
    let b = base();
    let en = b.article_index("en").unwrap();
    let set = |field, value: &str| Edit::SetField {
        field,
        value: Some(value.into()),
    };
    let theirs = edited(&[
        set(Field::Title, "A new title"),
        set(Field::Summary, "What happened."),
        set(Field::Source(en), "Reuters"),
        set(Field::Url(en), "https://example.org/a"),
        Edit::SetKind {
            entity: entity(&b, "maghreb"),
            kind: EntityKind::Actor,
            figure: None,
        },
        Edit::RemoveEntity {
            entity: entity(&b, "eu"),
        },
    ]);
    let toll = |b: &Briefing| Edit::SetFigure {
        entity: casualty(b),
        figure: killed(7),
    };
    let ours = edited(&[toll(&b)]);
    let m = merged(&ours, &theirs);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    let mut both = theirs.clone();
    apply(&mut both, &toll(&theirs)).unwrap();
    assert_eq!(m.briefing, both);
    assert_eq!(load_str("m.yaml", &m.text).unwrap().briefing, both);
    // Both sides retitled: a conflict, THEIRS's title held to be taken.
    let retitled = edited(&[set(Field::Title, "Another title")]);
    let m = merged(&retitled, &theirs);
    assert_eq!(m.conflicts.len(), 1, "{:?}", m.conflicts);
    assert_eq!(m.conflicts[0].field, ConflictField::Title);
    let title = Some("A new title".to_string());
    assert_eq!(m.conflicts[0].take, Some(Theirs::Text(title)));
    assert_eq!(m.briefing.title, "Another title");
}

#[test]
fn who_states_a_figure_merges_and_a_new_responsibility_is_a_conflict() {
    let b = base();
    let c = entity(&b, "campement-killed");
    let m = b.mentions[b.entities[c].mentions[1]].clone();
    assert!(m.figure.is_some());
    let said = Attribution {
        said_by: vec![entity(&b, "baba-cisse")],
        ..Attribution::default()
    }
    .boxed();
    assert_ne!(m.attribution, said);
    let mut theirs = edited(&[Edit::SetMentionAttribution {
        entity: c,
        article: m.article,
        part: m.part,
        bytes: m.bytes.clone(),
        attribution: said.clone(),
    }]);
    let ours = edited(&[Edit::Rename {
        entity: entity(&b, "mali"),
        name: "Republic of Mali".into(),
    }]);
    let merged_said = merged(&ours, &theirs);
    assert!(
        merged_said.conflicts.is_empty(),
        "{:?}",
        merged_said.conflicts
    );
    let at = |b: &Briefing| {
        b.mentions
            .iter()
            .find(|x| x.entity == c && x.bytes == m.bytes)
            .and_then(|x| x.attribution.clone())
    };
    assert_eq!(at(&merged_said.briefing), said);
    // A claim of responsibility THEIRS recorded: no edit makes it, so it is listed.
    let attackers = entity(&b, "attackers");
    theirs.entities[attackers]
        .responsibility
        .push(crate::briefing::Responsibility {
            stance: crate::briefing::Stance::Claimed,
            by: Vec::new(),
            article: None,
        });
    let claimed = merged(&ours, &theirs);
    assert_eq!(claimed.conflicts.len(), 1, "{:?}", claimed.conflicts);
    assert_eq!(claimed.conflicts[0].field, ConflictField::Entity);
    assert_eq!(claimed.conflicts[0].entity.as_deref(), Some("attackers"));
}
