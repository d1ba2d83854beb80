//! Saves of the layouts the second adversarial run found unsaveable (issue 25, defects 13
//! to 18): many places under one quote, a tab after a colon, no final newline, anchors,
//! comments on `names` and on a one-line entity list, control characters in quotes.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use super::tests::{edited, load};
use super::*;
use crate::annotate::Edit;
use crate::briefing::ArticleIx;
use crate::briefing::{EntityKind, Part};

/// A small briefing: one English article, and `entities` as given.
fn briefing(text: &str, entities: &str) -> String {
    format!(
        "id: t\ntitle: T\ndate: 2017-06-18\narticles:\n  - id: en\n    lang: en\n    source: s\n    headline: H\n    text: {text}\n{entities}"
    )
}

const MALI: &str = "entities:\n  - id: mali\n    kind: place\n    name: Mali\n    mentions:\n      - {article: en, quote: Mali}\n";

/// Saves `edits` made to `source`; the new text, checked to load as the edited model.
fn saved(source: &str, edits: &[Edit]) -> String {
    let (original, current) = edited(source, edits);
    let saved = save("t.yaml", source, &original, &current).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(load(&saved.yaml), current);
    saved.yaml
}

fn new_entity(id: &str) -> Edit {
    Edit::CreateEntity {
        id: id.into(),
        kind: EntityKind::Place,
        name: "Bamako".into(),
        names: BTreeMap::new(),
        figure: None,
    }
}

#[test]
fn unmarking_one_of_thousands_of_places_of_one_quote_saves_fast() {
    let text = format!("\"{}\"", "Mali. ".repeat(2_100));
    let source = briefing(&text, MALI);
    let b = load(&source);
    assert_eq!(b.mentions.len(), 2_100);
    let started = Instant::now();
    let yaml = saved(
        &source,
        &[Edit::RemoveMention {
            entity: EntityIx(0),
            article: ArticleIx(0),
            part: Part::Text,
            bytes: 6..10,
        }],
    );
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(yaml.matches("quote: \"Mali\", start: ").count(), 2_099);
    assert!(!yaml.contains("occurrence"));
}

#[test]
fn quotes_and_names_escape_control_characters() {
    let source = briefing("\"Gunmen \\u009bMali\\u007f attacked.\"", MALI);
    let b = load(&source);
    let text = &b.articles[0].text;
    let start = text.find('\u{9b}').unwrap();
    let end = text.find(" attacked").unwrap();
    let yaml = saved(
        &source,
        &[
            Edit::AddMention {
                entity: EntityIx(0),
                article: ArticleIx(0),
                part: Part::Text,
                bytes: start..end,
                figure: None,
            },
            Edit::Rename {
                entity: EntityIx(0),
                name: "Ma\u{85}li\u{202e}".into(),
            },
        ],
    );
    assert!(
        !yaml.contains(['\u{9b}', '\u{7f}', '\u{85}', '\u{202e}']),
        "{yaml:?}"
    );
    assert!(yaml.contains("quote: \"\\u009bMali\\u007f\""), "{yaml}");
    assert!(yaml.contains("name: \"Ma\\u0085li\\u202e\""), "{yaml}");
}

#[test]
fn a_tab_after_a_colon_is_saved() {
    let source = briefing(
        "Bamako is in Mali.",
        &MALI.replace("name: Mali", "name:\tMali"),
    );
    let yaml = saved(
        &source,
        &[Edit::Rename {
            entity: EntityIx(0),
            name: "Mali!".into(),
        }],
    );
    assert!(yaml.contains("    name:\t\"Mali!\"\n"), "{yaml}");
}

#[test]
fn a_file_without_a_final_newline_gets_whole_lines() {
    let source = briefing("Bamako is in Mali.", MALI.trim_end());
    let yaml = saved(&source, &[new_entity("bamako")]);
    assert!(
        yaml.starts_with(&format!("{source}\n  - id: bamako\n")),
        "{yaml}"
    );
    assert!(!yaml.ends_with('\n'), "no final newline added: {yaml:?}");
    // A mention added to the last entity, and a key.
    let yaml = saved(
        &source,
        &[Edit::AddMention {
            entity: EntityIx(0),
            article: ArticleIx(0),
            part: Part::Text,
            bytes: 0..6,
            figure: None,
        }],
    );
    assert!(
        yaml.ends_with("quote: Mali}\n      - {article: \"en\", quote: \"Bamako\"}"),
        "{yaml}"
    );
}

#[test]
fn an_anchor_another_entity_aliases_is_kept() {
    let entities = "entities:\n  - id: mali\n    kind: place\n    name: &country Mali\n    mentions:\n      - {article: en, quote: Mali}\n  - id: republic\n    kind: actor\n    name: Republic\n    names: {fr: *country}\n";
    let source = briefing("Bamako is in Mali.", entities);
    let yaml = saved(
        &source,
        &[Edit::AddMention {
            entity: EntityIx(0),
            article: ArticleIx(0),
            part: Part::Text,
            bytes: 0..6,
            figure: None,
        }],
    );
    assert!(yaml.contains("    name: &country Mali\n"), "{yaml}");
    let yaml = saved(
        &source,
        &[Edit::SetName {
            entity: EntityIx(0),
            lang: "ar".into(),
            name: Some("مالي".into()),
        }],
    );
    assert!(yaml.contains("    name: &country Mali\n"), "{yaml}");
    // Renaming the anchored name itself: the aliases take the old text.
    let yaml = saved(
        &source,
        &[Edit::Rename {
            entity: EntityIx(0),
            name: "Mali!".into(),
        }],
    );
    assert!(yaml.contains("    name: \"Mali!\"\n"), "{yaml}");
    assert!(yaml.contains("    names: {fr: \"Mali\"}\n"), "{yaml}");
}

#[test]
fn comments_on_names_and_a_one_line_entity_list_are_kept() {
    let entities = MALI.replace(
        "    mentions:",
        "    names:   # languages\n      ar: مالي   # arabic\n      fr: Mali   # french\n    mentions:",
    );
    let source = briefing("Bamako is in Mali.", &entities);
    let yaml = saved(
        &source,
        &[Edit::SetName {
            entity: EntityIx(0),
            lang: "fr".into(),
            name: Some("Le Mali".into()),
        }],
    );
    assert!(
        yaml.contains(
            "    names:   # languages\n      ar: مالي   # arabic\n      fr: \"Le Mali\"   # french\n    mentions:"
        ),
        "{yaml}"
    );
    // Links as a block list: comment lines and the comments of the items that stay.
    let entities = format!(
        "{MALI}  - id: bamako\n    kind: place\n    name: Bamako\n    links:   # where\n      # the country\n      - mali   # it is in\n"
    );
    let source = briefing("Bamako is in Mali.", &entities);
    let yaml = saved(
        &source,
        &[
            new_entity("segou"),
            Edit::Link {
                from: EntityIx(1),
                to: EntityIx(2),
            },
        ],
    );
    assert!(
        yaml.contains(
            "    links:   # where\n      # the country\n      - mali   # it is in\n      - segou\n"
        ),
        "{yaml}"
    );
    let source = briefing("Bamako is in Mali.", "entities: []   # none yet\n");
    let yaml = saved(&source, &[new_entity("bamako")]);
    assert!(
        yaml.contains("entities:   # none yet\n  - id: bamako\n"),
        "{yaml}"
    );
}

#[test]
fn every_subset_of_one_quotes_places_saves_and_loads_back() {
    let source = briefing("\"Mali. Mali, Malian Mali\\nMali.\"", MALI);
    let b = load(&source);
    let places: Vec<_> = b.mentions.iter().map(|m| m.bytes.clone()).collect();
    assert_eq!(places.len(), 4);
    for subset in 1..1u32 << places.len() {
        let edits: Vec<Edit> = (0..places.len())
            .filter(|k| subset & (1 << k) != 0)
            .map(|k| Edit::RemoveMention {
                entity: EntityIx(0),
                article: ArticleIx(0),
                part: Part::Text,
                bytes: places[k].clone(),
            })
            .collect();
        // `saved` checks that the new text loads to the edited model.
        let yaml = saved(&source, &edits);
        assert_eq!(
            yaml.matches("quote: \"Mali\", start:").count(),
            4 - edits.len()
        );
    }
}
