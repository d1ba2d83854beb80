//! Saves of whole files: no-op saves are the file byte for byte (bundled and dev briefings
//! too), line breaks and byte order marks are kept, a file without entities gets them, what
//! cannot change in place is rewritten whole or refused, and a file changed on disk is
//! noticed.

use std::collections::BTreeMap;

use super::tests::{QUIRKY, edited, load, only_added};
use super::*;
use crate::annotate::{Edit, apply};
use crate::briefing::ArticleIx;
use crate::briefing::EntityKind;

#[test]
fn a_no_op_save_is_the_file() {
    for (name, text) in [
        ("q.yaml", QUIRKY.to_string()),
        (
            crate::briefing::load::BUNDLED_NAME,
            crate::briefing::load::BUNDLED_YAML.to_string(),
        ),
        (
            "dev.yaml",
            include_str!("../../tests/fixtures/annotate/dev.yaml").to_string(),
        ),
    ] {
        let b = load_str(name, &text).unwrap().briefing;
        let saved = save(name, &text, &b, &b.clone()).unwrap();
        assert_eq!(saved.yaml, text, "{name}");
        // And an edit undone is a no-op too.
        let mut current = b.clone();
        let undo = apply(
            &mut current,
            &Edit::Rename {
                entity: EntityIx(0),
                name: "X".into(),
            },
        )
        .unwrap();
        apply(&mut current, &undo).unwrap();
        assert_eq!(save(name, &text, &b, &current).unwrap().yaml, text);
    }
}

#[test]
fn crlf_bom_and_files_without_entities() {
    let crlf = QUIRKY.replace('\n', "\r\n");
    let rename = Edit::Rename {
        entity: EntityIx(1),
        name: "Mali!".into(),
    };
    let (original, current) = edited(&crlf, &[rename]);
    let saved = save("q.yaml", &crlf, &original, &current).unwrap();
    assert_eq!(
        saved.yaml,
        crlf.replace("name: \"Mali\"", "name: \"Mali!\"")
    );
    let bom = format!("\u{feff}{QUIRKY}");
    let saved = save("q.yaml", &bom, &load(&bom), &{
        let mut b = load(&bom);
        apply(
            &mut b,
            &Edit::Rename {
                entity: EntityIx(1),
                name: "Mali!".into(),
            },
        )
        .unwrap();
        b
    })
    .unwrap();
    assert_eq!(saved.yaml, bom.replace("name: \"Mali\"", "name: \"Mali!\""));
    let bare = &QUIRKY[..QUIRKY.find("\nentities:").unwrap() + 1];
    let original = load(bare);
    let mut current = original.clone();
    let create = Edit::CreateEntity {
        id: "mali".into(),
        kind: EntityKind::Place,
        name: "Mali".into(),
        names: BTreeMap::new(),
        figure: None,
    };
    apply(&mut current, &create).unwrap();
    let saved = save("q.yaml", bare, &original, &current).unwrap();
    assert_eq!(
        only_added(bare, &saved.yaml),
        [
            "entities:",
            "  - id: mali",
            "    kind: place",
            "    name: \"Mali\""
        ]
    );
}

#[test]
fn the_file_changed_on_disk_is_noticed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.yaml");
    std::fs::write(&path, QUIRKY).unwrap();
    assert!(!changed_on_disk(&path, QUIRKY).unwrap());
    std::fs::write(&path, format!("{QUIRKY}# more\n")).unwrap();
    assert!(changed_on_disk(&path, QUIRKY).unwrap());
    std::fs::write(&path, &QUIRKY[1..]).unwrap();
    assert!(changed_on_disk(&path, QUIRKY).unwrap());
    assert!(changed_on_disk(&dir.path().join("gone.yaml"), QUIRKY).is_err());
}

#[test]
fn what_cannot_change_in_place_is_rewritten_whole_or_refused() {
    // A flow-mapping entity: its block is rewritten.
    let flow = QUIRKY.replace(
        "# the end\n",
        "  - {id: attack, kind: actor, name: Gunmen, mentions: [{article: en, quote: Gunmen}]}\n# the end\n",
    );
    let rename = Edit::Rename {
        entity: EntityIx(3),
        name: "Attackers".into(),
    };
    let (original, current) = edited(&flow, &[rename]);
    let saved = save("q.yaml", &flow, &original, &current).unwrap();
    let (b, a): (Vec<&str>, Vec<&str>) = (flow.lines().collect(), saved.yaml.lines().collect());
    let at = b.iter().position(|l| l.contains("id: attack")).unwrap();
    assert_eq!(a[..at], b[..at]);
    assert_eq!(
        a[at..at + 5],
        [
            "  - id: attack",
            "    kind: actor",
            "    name: \"Attackers\"",
            "    mentions:",
            "      - {article: \"en\", quote: \"Gunmen\"}",
        ]
    );
    assert_eq!(a[at + 5..], b[at + 1..]);
    // A flow list of entities: rewritten as a block list, the rest of the file kept.
    let cut = QUIRKY.find("entities:").unwrap();
    let flow = format!(
        "{}entities: [{{id: mali, kind: place, name: Mali, mentions: [{{article: en, quote: Mali}}]}}]\n",
        &QUIRKY[..cut]
    );
    let rename = Edit::Rename {
        entity: EntityIx(0),
        name: "Mali!".into(),
    };
    let (original, current) = edited(&flow, &[rename]);
    let saved = save("q.yaml", &flow, &original, &current).unwrap();
    assert_eq!(
        saved.yaml,
        format!(
            "{}entities:\n  - id: mali\n    kind: place\n    name: \"Mali!\"\n    mentions:\n      - {{article: \"en\", quote: \"Mali\"}}\n",
            &QUIRKY[..cut]
        )
    );
    // An anchored collection another entity uses: rewriting it would break the alias, so
    // saving refuses (an anchored scalar is written in place of its aliases: splice_tests).
    let anchored = QUIRKY
        .replace(
            "    names: {ar: باماكو}\n",
            "    names: &names {ar: باماكو}\n",
        )
        .replace(
            "    name: 'People killed'\n",
            "    name: 'People killed'\n    names: *names\n",
        );
    let unname = Edit::SetName {
        entity: EntityIx(0),
        lang: "ar".into(),
        name: None,
    };
    let (original, current) = edited(&anchored, &[unname]);
    let err = save("q.yaml", &anchored, &original, &current).unwrap_err();
    assert!(matches!(err, SaveError::Unverified(_)), "{err}");
    assert!(
        err.to_string()
            .starts_with("cannot save: the new file would not load back"),
        "{err}"
    );
}

/// Entities at column 0, a list at its key's indentation, multi-line values.
const UNUSUAL: &str = "\
id: unusual
title: Unusual layout
date: 2017-06-18
articles:
- id: en
  lang: en
  source: Agency
  headline: Resort attacked
  text: Gunmen attacked a resort near Bamako, Mali. Two people were killed in Bamako.
entities:
- id: bamako
  kind: place
  name: Bamako,
    the capital
  mentions:
  - {article: en, quote: Bamako, occurrence: 1}
- id: killed
  kind: casualty
  name: Killed
  figure:
    type: killed
    count: 2   # first report
  mentions:
  - article: en
    quote: Two people were killed
";

#[test]
fn unusual_layouts_change_in_place() {
    let b = load(UNUSUAL);
    let text = &b.articles[0].text;
    let second = text.rfind("Bamako").unwrap();
    let mut figure = b.entities[1].figure.unwrap();
    figure.count = 3;
    let edits = [
        Edit::Rename {
            entity: EntityIx(0),
            name: "Bamako".into(),
        },
        Edit::AddMention {
            entity: EntityIx(0),
            article: ArticleIx(0),
            part: crate::briefing::Part::Text,
            bytes: second..second + 6,
            figure: None,
        },
        Edit::SetFigure {
            entity: EntityIx(1),
            figure: Some(figure),
        },
        Edit::CreateEntity {
            id: "mali".into(),
            kind: EntityKind::Place,
            name: "Mali".into(),
            names: BTreeMap::new(),
            figure: None,
        },
    ];
    let (original, current) = edited(UNUSUAL, &edits);
    let saved = save("u.yaml", UNUSUAL, &original, &current).unwrap();
    let expected = UNUSUAL
        .replace("  name: Bamako,\n    the capital\n", "  name: \"Bamako\"\n")
        .replace(
            "occurrence: 1}\n",
            &format!(
                "occurrence: 1}}\n  - {{article: \"en\", quote: \"Bamako\", start: {0}, end: {1}}}\n",
                text[..second].chars().count(),
                text[..second].chars().count() + 6
            ),
        )
        .replace(
            "  figure:\n    type: killed\n    count: 2   # first report\n",
            "  figure: {type: killed, count: 3, qualifier: exact}\n",
        )
        + "- id: mali\n  kind: place\n  name: \"Mali\"\n";
    assert_eq!(saved.yaml, expected);
}
