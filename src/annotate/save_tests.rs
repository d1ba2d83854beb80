//! Saves read as before/after text: what each edit changes in the file, and that nothing
//! else changes.

use std::collections::BTreeMap;

use super::*;
use crate::annotate::{Edit, apply};
use crate::briefing::ArticleIx;
use crate::briefing::{EntityKind, FigureType, Part, Qualifier};

pub(super) const QUIRKY: &str = include_str!("../../tests/fixtures/annotate/quirky.yaml");

pub(super) fn load(text: &str) -> Briefing {
    load_str("q.yaml", text).unwrap().briefing
}

/// The briefing `text` loads to, and that briefing after `edits`.
pub(super) fn edited(text: &str, edits: &[Edit]) -> (Briefing, Briefing) {
    let original = load(text);
    let mut current = original.clone();
    for e in edits {
        apply(&mut current, e).unwrap_or_else(|err| panic!("{e:?}: {err}"));
    }
    (original, current)
}

/// The file after `edits` on the quirky fixture, checked to load as the edited model.
pub(super) fn after(edits: &[Edit]) -> Saved {
    let (original, current) = edited(QUIRKY, edits);
    let saved = save("q.yaml", QUIRKY, &original, &current).unwrap();
    assert_eq!(load(&saved.yaml), current);
    saved
}

/// The lines of `after` not in `before`, when `before`'s lines are all still there, in
/// order; panics otherwise.
pub(super) fn only_added(before: &str, after: &str) -> Vec<String> {
    let mut old = before.lines().peekable();
    let mut added = Vec::new();
    for line in after.lines() {
        if old.peek() == Some(&line) {
            old.next();
        } else {
            added.push(line.to_string());
        }
    }
    assert_eq!(old.next(), None, "an old line is gone:\n{after}");
    added
}

/// The one line that differs, as (before, after), when the files have the same lines but
/// one.
pub(super) fn one_line_replaced(before: &str, after: &str) -> (String, String) {
    let (b, a): (Vec<&str>, Vec<&str>) = (before.lines().collect(), after.lines().collect());
    assert_eq!(b.len(), a.len(), "{after}");
    let diff: Vec<usize> = (0..b.len()).filter(|&i| b[i] != a[i]).collect();
    assert_eq!(diff.len(), 1, "{after}");
    (b[diff[0]].to_string(), a[diff[0]].to_string())
}

fn at(text: &str, word: &str, nth: usize) -> std::ops::Range<usize> {
    let start = text.match_indices(word).nth(nth).unwrap().0;
    start..start + word.len()
}

#[test]
fn a_new_mention_is_one_added_line() {
    let b = load(QUIRKY);
    let bytes = at(&b.articles[1].headline, "باماكو", 0);
    let saved = after(&[Edit::AddMention {
        entity: EntityIx(0),
        article: ArticleIx(1),
        part: Part::Headline,
        bytes,
        figure: None,
    }]);
    let added = only_added(QUIRKY, &saved.yaml);
    assert_eq!(
        added,
        ["      - {article: \"ar\", part: headline, quote: \"باماكو\"}"]
    );
    assert_eq!((saved.lines_added, saved.lines_removed), (1, 0));
}

#[test]
fn a_new_entity_is_added_lines_after_the_last() {
    let b = load(QUIRKY);
    let gunmen = at(&b.articles[0].text, "Gunmen", 0);
    let saved = after(&[
        Edit::CreateEntity {
            id: "gunmen".into(),
            kind: EntityKind::Actor,
            name: "Gunmen".into(),
            names: BTreeMap::from([("ar".to_string(), "مسلحون".to_string())]),
            figure: None,
        },
        Edit::AddMention {
            entity: EntityIx(3),
            article: ArticleIx(0),
            part: Part::Text,
            bytes: gunmen,
            figure: None,
        },
        Edit::Link {
            from: EntityIx(3),
            to: EntityIx(0),
        },
    ]);
    let added = only_added(QUIRKY, &saved.yaml);
    assert_eq!(
        added,
        [
            "  - id: gunmen",
            "    kind: actor",
            "    name: \"Gunmen\"",
            "    names: {ar: \"مسلحون\"}",
            "    links: [bamako]",
            "    mentions:",
            "      - {article: \"en\", quote: \"Gunmen\"}",
        ]
    );
    assert!(
        saved.yaml.ends_with("\"Gunmen\"}\n# the end\n"),
        "{}",
        saved.yaml
    );
}

#[test]
fn a_rename_replaces_the_value_and_keeps_the_comment() {
    let saved = after(&[Edit::Rename {
        entity: EntityIx(0),
        name: "Bamako, \"the capital\"".into(),
    }]);
    let (was, now) = one_line_replaced(QUIRKY, &saved.yaml);
    assert_eq!(was, "    name: Bamako          # the capital");
    assert_eq!(
        now,
        "    name: \"Bamako, \\\"the capital\\\"\"          # the capital"
    );
}

#[test]
fn names_links_and_figures_replace_one_line_or_add_one() {
    let saved = after(&[Edit::SetName {
        entity: EntityIx(0),
        lang: "fr".into(),
        name: Some("Bamako".into()),
    }]);
    let (_, now) = one_line_replaced(QUIRKY, &saved.yaml);
    assert_eq!(now, "    names: {ar: \"باماكو\", fr: \"Bamako\"}");
    let saved = after(&[Edit::SetName {
        entity: EntityIx(1),
        lang: "ar".into(),
        name: Some("مالي".into()),
    }]);
    assert_eq!(
        only_added(QUIRKY, &saved.yaml),
        ["    names: {ar: \"مالي\"}"]
    );
    let saved = after(&[Edit::Link {
        from: EntityIx(2),
        to: EntityIx(0),
    }]);
    assert_eq!(only_added(QUIRKY, &saved.yaml), ["    links: [bamako]"]);
    let figure = crate::briefing::Figure {
        kind: FigureType::Killed,
        count: 3,
        count_max: None,
        qualifier: Qualifier::AtLeast,
        superseded: false,
        as_of: None,
    };
    let saved = after(&[Edit::SetFigure {
        entity: EntityIx(2),
        figure: Some(figure),
    }]);
    let (was, now) = one_line_replaced(QUIRKY, &saved.yaml);
    assert_eq!(was, "    figure: {type: killed, count: 2}");
    assert_eq!(
        now,
        "    figure: {type: killed, count: 3, qualifier: at-least}"
    );
    // A mention's figure: its item line.
    let b = load(QUIRKY);
    let two = b.mentions[b.entities[2].mentions[0]].bytes.clone();
    let saved = after(&[Edit::SetMentionFigure {
        entity: EntityIx(2),
        article: ArticleIx(0),
        part: Part::Text,
        bytes: two,
        figure: Some(figure),
    }]);
    let (_, now) = one_line_replaced(QUIRKY, &saved.yaml);
    assert!(
        now.starts_with("      - {article: \"en\", quote: \"Two people were killed\""),
        "{now}"
    );
    assert!(now.ends_with("figure: {type: killed, count: 3, qualifier: at-least}}"));
}

#[test]
fn a_removed_mention_deletes_its_lines() {
    let b = load(QUIRKY);
    let ar = b.mentions_in(ArticleIx(1))[0].bytes.clone();
    let saved = after(&[Edit::RemoveMention {
        entity: EntityIx(0),
        article: ArticleIx(1),
        part: Part::Text,
        bytes: ar,
    }]);
    let removed = only_added(&saved.yaml, QUIRKY);
    assert_eq!(removed, ["      - {article: ar, quote: 'باماكو'}"]);
    assert_eq!((saved.lines_added, saved.lines_removed), (0, 1));
    // A block-mapping item: from its `-` to the next item.
    let mali = b.mentions[b.entities[1].mentions[0]].bytes.clone();
    let saved = after(&[Edit::RemoveMention {
        entity: EntityIx(1),
        article: ArticleIx(0),
        part: Part::Text,
        bytes: mali,
    }]);
    let removed = only_added(&saved.yaml, QUIRKY);
    assert_eq!(removed, ["      - article: en", "        quote: Mali"]);
}

#[test]
fn removing_one_match_of_a_quote_writes_the_others() {
    let b = load(QUIRKY);
    let second = at(&b.articles[0].text, "Bamako", 1);
    let saved = after(&[Edit::RemoveMention {
        entity: EntityIx(0),
        article: ArticleIx(0),
        part: Part::Text,
        bytes: second,
    }]);
    let (b_lines, a_lines): (Vec<&str>, Vec<&str>) =
        (QUIRKY.lines().collect(), saved.yaml.lines().collect());
    assert_eq!(a_lines.len(), b_lines.len() + 1);
    // The places still marked, by offsets (checked, never searched for, when loaded).
    let text = &b.articles[0].text;
    let chars = |nth| text[..at(text, "Bamako", nth).start].chars().count();
    let (first, third) = (chars(0), chars(2));
    assert!(saved.yaml.contains(&format!(
        "      - {{article: \"en\", quote: \"Bamako\", start: {first}, end: {}}}\n      - {{article: \"en\", quote: \"Bamako\", start: {third}, end: {}}}\n",
        first + 6,
        third + 6
    )));
    assert!(!saved.yaml.contains("{article: en, quote: Bamako}"));
}

#[test]
fn moving_a_mention_changes_two_entities() {
    let b = load(QUIRKY);
    let ar = b.mentions_in(ArticleIx(1))[0].bytes.clone();
    let saved = after(&[Edit::MoveMention {
        from: EntityIx(0),
        to: EntityIx(1),
        article: ArticleIx(1),
        part: Part::Text,
        bytes: ar,
    }]);
    assert!(!saved.yaml.contains("{article: ar, quote: 'باماكو'}"));
    assert!(saved.yaml.contains("{article: \"ar\", quote: \"باماكو\"}"));
    assert!(saved.yaml.contains("# headline\n"), "comments stay");
}

#[test]
fn everything_else_survives_byte_for_byte() {
    let saved = after(&[Edit::Rename {
        entity: EntityIx(2),
        name: "Killed".into(),
    }]);
    for kept in [
        "# A briefing written by hand",
        "title: 'Gunmen attack a resort near Bamako'   # single-quoted\n",
        "date: \"2017-06-18\"\n",
        "    source: \"Wire \\\"copy\\\"\"\n",
        "    headline: 'هجوم قرب باماكو'\n",
        "\n\nentities:\n  # places first\n",
        "    name: Bamako          # the capital\n",
        "      - {article: ar, quote: 'باماكو'}\n\n  - id: mali",
        "      - article: en\n        quote: Mali\n",
        "# the end\n",
    ] {
        assert!(saved.yaml.contains(kept), "{kept:?} lost:\n{}", saved.yaml);
    }
    assert_eq!(
        one_line_replaced(QUIRKY, &saved.yaml).1,
        "    name: \"Killed\""
    );
}

/// The steps of a seed of the property test `annotate_props` (saved in
/// tests/proptest-regressions): links changed on mali, a new entity named like bamako's
/// comment, and a mention added to bamako.
#[test]
fn new_links_a_new_entity_and_a_new_mention_change_only_their_lines() {
    let b = load(QUIRKY);
    let and = at(&b.articles[0].text, "and", 0);
    let (mali, bamako, killed) = (EntityIx(1), EntityIx(0), EntityIx(2));
    let saved = after(&[
        Edit::Unlink {
            from: mali,
            to: bamako,
        },
        Edit::Link {
            from: mali,
            to: killed,
        },
        Edit::CreateEntity {
            id: "bamako-the-capital".into(),
            kind: EntityKind::Actor,
            name: "Bamako: the capital".into(),
            names: BTreeMap::new(),
            figure: None,
        },
        Edit::Link {
            from: mali,
            to: bamako,
        },
        Edit::AddMention {
            entity: bamako,
            article: ArticleIx(0),
            part: Part::Text,
            bytes: and,
            figure: None,
        },
    ]);
    // mali's links are [killed, bamako] now: the new link goes before the line that stays.
    assert_eq!(
        only_added(QUIRKY, &saved.yaml),
        [
            "      - {article: \"en\", quote: \"and\"}",
            "      - killed",
            "  - id: bamako-the-capital",
            "    kind: actor",
            "    name: \"Bamako: the capital\"",
        ]
    );
    assert_eq!((saved.lines_added, saved.lines_removed), (5, 0));
}

/// Block `links` and `names` with comments: links are written in the model's order, each
/// with the comment lines before it; names keep the file's order (a mapping's order is not
/// its value).
#[test]
fn block_links_take_the_models_order_and_names_keep_the_files() {
    let source = QUIRKY
        .replace(
            "    links:\n      - bamako\n",
            "    links:   # near\n      # the capital\n      - bamako   # its capital\n      # the dead\n      - killed\n",
        )
        .replace(
            "    names: {ar: باماكو}\n",
            "    names:\n      fr: Bamako\n      ar: باماكو\n",
        );
    let (original, current) = edited(
        &source,
        &[
            Edit::SetLinks {
                entity: EntityIx(1),
                links: vec![EntityIx(2), EntityIx(0)],
            },
            Edit::SetName {
                entity: EntityIx(0),
                lang: "ar".into(),
                name: Some("بماكو".into()),
            },
        ],
    );
    let saved = save("q.yaml", &source, &original, &current).unwrap();
    assert_eq!(load(&saved.yaml), current);
    assert!(
        saved.yaml.contains(
            "    links:   # near\n      # the dead\n      - killed\n      # the capital\n      - bamako   # its capital\n    mentions:"
        ),
        "{}",
        saved.yaml
    );
    assert!(
        saved
            .yaml
            .contains("    names:\n      fr: Bamako\n      ar: \"بماكو\"\n    mentions:"),
        "{}",
        saved.yaml
    );
}
