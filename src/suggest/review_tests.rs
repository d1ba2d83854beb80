//! What a review of the proposals relies on (issue 27): text already marked is never
//! proposed again; every source's toll of one type is one entity (the briefing's own when
//! it has one), a figure of another time and a share of a toll aside; a range and a
//! qualifier reach the edits; a new entity is written with the names of the proposals
//! accepted only.

use super::{Gazetteers, Part, SuggestedEntity, Suggestion, Suggestions, apply, suggest};
use crate::annotate::Edit;
use crate::briefing::{Briefing, EntityKind, FigureType, Qualifier, load_str};

fn load(yaml: &str) -> Briefing {
    load_str("t.yaml", yaml)
        .unwrap_or_else(|e| panic!("{e:?}"))
        .briefing
}

fn proposals(b: &Briefing) -> Suggestions {
    suggest(b, &Gazetteers::for_briefing(b), 0.5)
}

/// The text each proposal marks, with the id of its entity.
fn marked(b: &Briefing, s: &Suggestions) -> Vec<(String, String)> {
    s.mentions
        .iter()
        .map(|m| {
            let text = &b.articles[m.article].part(m.part)[m.bytes.clone()];
            (text.to_string(), s.entities[m.entity].id.clone())
        })
        .collect()
}

#[test]
fn text_already_marked_is_never_proposed_again() {
    let b = load(
        "id: t\ntitle: T\ndate: 2024-01-01\narticles:\n  - id: en\n    lang: en\n    source: s\n    \
         headline: Ahmed Saleh speaks\n    text: Col Ahmed Saleh spoke first. Later Ahmed Saleh left.\n\
         entities:\n  - id: saleh\n    kind: actor\n    name: Ahmed Saleh\n    mentions:\n      \
         - {article: en, quote: Col Ahmed Saleh}\n      - {article: en, part: headline, quote: Ahmed Saleh}\n",
    );
    let s = proposals(&b);
    let at: Vec<(Part, usize)> = s.mentions.iter().map(|m| (m.part, m.bytes.start)).collect();
    let later = b.articles[0].text.rfind("Ahmed Saleh").unwrap();
    assert_eq!(at, [(Part::Text, later)], "{:?}", marked(&b, &s));
}

const TOLLS: &str = "id: t\ntitle: T\ndate: 2017-06-19\narticles:\n  - id: ar\n    lang: ar\n    \
    source: s\n    headline: هجوم\n    text: \"أسفر الهجوم عن إصابة 15-20 شخصا. وقتل 12 شخصا على الأقل في الهجوم. \
    وقال مسؤول إن 14 شخصا قتلوا. وفي نوفمبر 2015 قتل 20 شخصا في فندق.\"\n  - id: en\n    lang: en\n    \
    source: s2\n    headline: Attack\n    text: Ten people were killed in the attack.\n";

#[test]
fn every_source_toll_of_one_type_is_one_entity() {
    let b = load(TOLLS);
    let s = proposals(&b);
    let by_text = marked(&b, &s);
    let entity_of = |t: &str| {
        by_text
            .iter()
            .find(|(text, _)| text.contains(t))
            .map(|(_, id)| id.clone())
            .unwrap_or_else(|| panic!("{t} not proposed: {by_text:?}"))
    };
    let killed = entity_of("12 شخصا");
    assert_eq!(entity_of("14 شخصا"), killed, "a source's second figure");
    assert_eq!(entity_of("Ten people"), killed, "another source's figure");
    assert_ne!(
        entity_of("20 شخصا"),
        killed,
        "a figure of 2015, another event"
    );
    let e = s.entities.iter().find(|e| e.id == killed).unwrap();
    let f = e.figure.unwrap();
    assert_eq!(
        (f.count, f.qualifier),
        (Some(12), Qualifier::AtLeast),
        "the first figure stated is the entity's"
    );
}

#[test]
fn a_toll_joins_the_briefings_casualty_entity_of_its_type() {
    let yaml = format!(
        "{TOLLS}entities:\n  - id: dead\n    kind: casualty\n    name: The dead\n    \
         figure: {{type: killed, count: 12, qualifier: at-least}}\n    mentions:\n      \
         - {{article: ar, quote: وقتل 12 شخصا على الأقل, figure: {{type: killed, count: 12, qualifier: at-least}}}}\n"
    );
    let b = load(&yaml);
    let s = proposals(&b);
    let ids: Vec<(String, String)> = marked(&b, &s);
    for t in ["14 شخصا", "Ten people"] {
        assert!(
            ids.iter()
                .any(|(text, id)| text.contains(t) && id == "dead"),
            "{t}: {ids:?}"
        );
    }
}

/// The figures the edits accepting every proposal give to mentions.
fn written_figures(b: &Briefing, s: &Suggestions) -> Vec<crate::briefing::Figure> {
    let planned = apply::edits(b, s, &s.mentions, &|_| Ok(()));
    planned
        .edits
        .iter()
        .filter_map(|e| match e {
            Edit::AddMentions(m) => Some(m.iter().filter_map(|m| m.figure).collect::<Vec<_>>()),
            _ => None,
        })
        .flatten()
        .collect()
}

#[test]
fn a_range_and_a_qualifier_reach_the_edits() {
    let b = load(TOLLS);
    let figures = written_figures(&b, &proposals(&b));
    let injured = figures
        .iter()
        .find(|f| f.kind == FigureType::Injured)
        .expect("the range is proposed");
    assert_eq!((injured.count, injured.count_max), (15, Some(20)));
    assert!(
        figures
            .iter()
            .any(|f| (f.kind, f.count, f.qualifier) == (FigureType::Killed, 12, Qualifier::AtLeast)),
        "{figures:?}"
    );
}

#[test]
fn a_new_entity_has_the_names_of_the_proposals_accepted_only() {
    let b = load(
        "id: t\ntitle: T\ndate: 2024-01-01\narticles:\n  - id: en\n    lang: en\n    source: s\n    \
         headline: H\n    text: The Group came.\n  - id: ar\n    lang: ar\n    source: s\n    \
         headline: ع\n    text: جاء قرب البيت\n",
    );
    let mention = |article: usize, bytes: std::ops::Range<usize>| Suggestion {
        article: crate::briefing::ArticleIx(article),
        part: Part::Text,
        chars: bytes.clone(),
        bytes,
        entity: 0,
        figure: None,
        confidence: 0.9,
        why: String::new(),
    };
    let s = Suggestions {
        entities: vec![SuggestedEntity {
            existing: None,
            id: "group".into(),
            kind: EntityKind::Actor,
            name: "Group".into(),
            names: [("en", "Group"), ("ar", "قرب")]
                .map(|(l, n)| (l.to_string(), n.to_string()))
                .into(),
            figure: None,
            remembered: false,
        }],
        mentions: vec![mention(0, 4..9), mention(1, 4..10)],
    };
    let created = |which: &[Suggestion]| {
        let planned = apply::edits(&b, &s, which, &|_| Ok(()));
        match &planned.edits[0] {
            Edit::CreateEntity { name, names, .. } => (name.clone(), names.clone()),
            other => panic!("{other:?}"),
        }
    };
    let (name, names) = created(&s.mentions[..1]);
    assert_eq!(name, "Group");
    assert_eq!(
        names.into_iter().collect::<Vec<_>>(),
        [("en".to_string(), "Group".to_string())]
    );
    let (name, names) = created(&s.mentions[1..]);
    assert_eq!(
        (name.as_str(), names.len()),
        ("قرب", 1),
        "named from what was accepted"
    );
    assert_eq!(created(&s.mentions).1.len(), 2, "both accepted, both names");
}

#[test]
fn a_new_place_in_another_language_joins_the_briefings_place() {
    let b = load(
        "id: t\ntitle: T\ndate: 2024-01-01\narticles:\n  - id: en\n    lang: en\n    source: s\n    \
         headline: H\n    text: Rain in Mali.\n  - id: ar\n    lang: ar\n    source: s\n    \
         headline: ع\n    text: مطر في مالي\nentities:\n  - id: mali-country\n    kind: place\n    \
         name: Mali\n    mentions: [{article: en, quote: Mali}]\n",
    );
    let s = proposals(&b);
    let arabic: Vec<(String, String)> = marked(&b, &s)
        .into_iter()
        .filter(|(text, _)| text == "مالي")
        .collect();
    assert_eq!(arabic, [("مالي".to_string(), "mali-country".to_string())]);
}
