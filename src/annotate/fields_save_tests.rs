//! Saves of the fields outside the entities (title, date, summary, an article's source and
//! url, the conflicts naming an entity) and of the entity edits that renumber or rename
//! (removal, a new id, a new kind), read as before/after text: only their lines change.

use super::save;
use super::tests::{QUIRKY, after, edited, load, one_line_replaced, only_added};
use crate::annotate::{Edit, Field};
use crate::briefing::{ArticleIx, EntityIx, EntityKind};

fn set(field: Field, value: Option<&str>) -> Edit {
    Edit::SetField {
        field,
        value: value.map(str::to_string),
    }
}

/// The one line `edits` replace in the quirky fixture: before, after.
fn replaced(edits: &[Edit]) -> (String, String) {
    one_line_replaced(QUIRKY, &after(edits).yaml)
}

fn entity(id: &str) -> EntityIx {
    load(QUIRKY).entity_index(id).unwrap()
}

#[test]
fn a_new_title_replaces_the_value_and_keeps_the_comment() {
    let saved = after(&[set(Field::Title, Some("Attack on Le Campement"))]);
    let (was, now) = one_line_replaced(QUIRKY, &saved.yaml);
    assert_eq!(
        was,
        "title: 'Gunmen attack a resort near Bamako'   # single-quoted"
    );
    assert_eq!(now, "title: \"Attack on Le Campement\"   # single-quoted");
    assert_eq!((saved.lines_added, saved.lines_removed), (1, 1));
}

#[test]
fn a_date_is_written_plain() {
    assert_eq!(
        replaced(&[set(Field::Date, Some("2017-06-19"))]),
        ("date: \"2017-06-18\"".into(), "date: 2017-06-19".into())
    );
}

#[test]
fn new_fields_are_lines_after_the_key_they_follow() {
    let saved = after(&[
        set(Field::Summary, Some("Gunmen attacked; two killed.")),
        set(
            Field::Url(ArticleIx(0)),
            Some("https://example.org/a?b=1#c"),
        ),
    ]);
    let added = only_added(QUIRKY, &saved.yaml);
    assert_eq!(
        added,
        [
            "summary: \"Gunmen attacked; two killed.\"",
            "    url: \"https://example.org/a?b=1#c\""
        ]
    );
    let lines: Vec<&str> = saved.yaml.lines().collect();
    let at = |l: &str| lines.iter().position(|x| x.starts_with(l)).unwrap();
    assert_eq!(at("summary:"), at("date:") + 1);
    assert_eq!(at("    url:"), at("    source: \"Wire") + 1);
}

#[test]
fn removing_a_field_gives_back_the_file_it_was_added_to() {
    let with_url = after(&[set(
        Field::Url(ArticleIx(1)),
        Some("https://example.org/ar"),
    )])
    .yaml;
    let original = load(&with_url);
    let mut current = original.clone();
    crate::annotate::apply(&mut current, &set(Field::Url(ArticleIx(1)), None)).unwrap();
    let saved = save("q.yaml", &with_url, &original, &current).unwrap();
    assert_eq!(saved.yaml, QUIRKY);
}

#[test]
fn an_article_source_in_arabic_is_replaced_in_place() {
    assert_eq!(
        replaced(&[set(Field::Source(ArticleIx(1)), Some("اليوم السابع"))]),
        (
            "    source: تقرير".into(),
            "    source: \"اليوم السابع\"".into()
        )
    );
}

#[test]
fn a_summary_over_several_lines_becomes_one_line() {
    let text = QUIRKY.replace(
        "date: \"2017-06-18\"\n",
        "date: \"2017-06-18\"\nsummary: >\n  Two lines\n  of summary.\n# after the summary\n",
    );
    let (original, current) = edited(&text, &[set(Field::Summary, Some("One line."))]);
    let saved = save("q.yaml", &text, &original, &current).unwrap();
    assert_eq!(load(&saved.yaml), current);
    assert_eq!(
        saved.yaml,
        text.replace(
            "summary: >\n  Two lines\n  of summary.\n",
            "summary: \"One line.\"\n"
        )
    );
}

#[test]
fn a_new_id_is_written_where_the_entity_is_and_in_the_links_to_it() {
    let saved = after(&[Edit::SetId {
        entity: entity("bamako"),
        id: "bamako-city".into(),
    }]);
    let changed: Vec<(&str, &str)> = QUIRKY
        .lines()
        .zip(saved.yaml.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(
        changed,
        [
            ("  - id: bamako", "  - id: bamako-city"),
            ("      - bamako", "      - bamako-city")
        ]
    );
}

#[test]
fn a_new_id_follows_into_the_conflicts() {
    let text = format!(
        "{QUIRKY}conflicts:\n  - field: name\n    entity: mali   # ours kept\n    ours: Mali\n    theirs: Malí\n"
    );
    let (original, current) = edited(
        &text,
        &[Edit::SetId {
            entity: entity("mali"),
            id: "mali-state".into(),
        }],
    );
    assert_eq!(current.conflicts[0].entity.as_deref(), Some("mali-state"));
    let saved = save("q.yaml", &text, &original, &current).unwrap();
    assert_eq!(load(&saved.yaml), current);
    assert!(
        saved
            .yaml
            .contains("    entity: mali-state   # ours kept\n"),
        "{}",
        saved.yaml
    );
    assert!(saved.yaml.contains("  - id: mali-state\n"));
}

#[test]
fn a_new_kind_is_one_line() {
    let to_actor = Edit::SetKind {
        entity: entity("mali"),
        kind: EntityKind::Actor,
        figure: None,
    };
    assert_eq!(
        replaced(&[to_actor]),
        ("    kind: place".into(), "    kind: actor".into())
    );
}

#[test]
fn a_removed_entity_takes_its_lines_and_the_links_to_it() {
    let saved = after(&[Edit::RemoveEntity {
        entity: entity("bamako"),
    }]);
    assert!(!saved.yaml.contains("id: bamako"));
    assert!(!saved.yaml.contains("- bamako"));
    // The entities after it, and everything before the list, are as they were.
    let head = QUIRKY.split("  # places first").next().unwrap();
    assert!(saved.yaml.starts_with(head));
    let killed = &QUIRKY[QUIRKY.find("  - id: killed").unwrap()..];
    assert!(saved.yaml.ends_with(killed));
}

#[test]
fn a_removal_and_a_new_id_after_it_pair_the_right_entities() {
    let saved = after(&[
        Edit::RemoveEntity {
            entity: entity("mali"),
        },
        Edit::SetId {
            entity: EntityIx(1),
            id: "dead".into(),
        },
    ]);
    let tail = &QUIRKY[QUIRKY.find("    kind: casualty").unwrap()..];
    assert!(saved.yaml.ends_with(tail), "{}", saved.yaml);
    assert!(saved.yaml.contains("  - id: dead\n"));
}

#[test]
fn an_entity_removed_and_made_again_with_its_id_saves() {
    let b = load(QUIRKY);
    let mali = &b.entities[entity("mali")];
    let saved = after(&[
        Edit::RemoveEntity {
            entity: entity("mali"),
        },
        Edit::CreateEntity {
            id: "mali".into(),
            kind: EntityKind::Actor,
            name: mali.name.clone(),
            names: mali.names.clone(),
            figure: None,
        },
    ]);
    let entities = saved.yaml.split("\nentities:").nth(1).unwrap();
    let ids: Vec<&str> = entities
        .lines()
        .filter(|l| l.starts_with("  - id: "))
        .collect();
    assert_eq!(ids, ["  - id: bamako", "  - id: killed", "  - id: mali"]);
}

#[test]
fn on_the_bundled_briefing_only_the_edited_lines_change() {
    let text = crate::briefing::load::BUNDLED_YAML;
    let b = load(text);
    let linked = EntityIx::all(&b)
        .find(|&e| b.entities.iter().any(|o| o.links.contains(&e)))
        .unwrap();
    let edits = [
        set(Field::Title, Some("Attack on Le Campement Kangaba")),
        set(Field::Summary, None),
        set(Field::Source(ArticleIx(1)), Some("اليوم السابع")),
        set(Field::Url(ArticleIx(0)), Some("https://example.org/en")),
        Edit::SetId {
            entity: linked,
            id: "renamed".into(),
        },
    ];
    let (original, current) = edited(text, &edits);
    let saved = save("b.yaml", text, &original, &current).unwrap();
    assert_eq!(load(&saved.yaml), current);
    let links = b
        .entities
        .iter()
        .filter(|o| o.links.contains(&linked))
        .count();
    // title, source, the id and each link to it replaced; the summary gone; the url added.
    assert_eq!(saved.lines_removed, 3 + links + 1, "{saved:?}");
    assert_eq!(saved.lines_added, 3 + links + 1);
}

#[test]
fn a_publication_time_is_added_after_the_url_or_the_source() {
    let saved = after(&[
        set(Field::Url(ArticleIx(0)), Some("https://example.org/a")),
        set(
            Field::Published(ArticleIx(0)),
            Some("2017-06-18T19:05+02:00"),
        ),
        set(Field::Published(ArticleIx(1)), Some("2017-06-19")),
    ]);
    let added = only_added(QUIRKY, &saved.yaml);
    assert_eq!(
        added,
        [
            "    url: \"https://example.org/a\"",
            "    published: \"2017-06-18T19:05+02:00\"",
            "    published: \"2017-06-19\""
        ]
    );
    let lines: Vec<&str> = saved.yaml.lines().collect();
    let at = |l: &str| lines.iter().position(|x| x.starts_with(l)).unwrap();
    assert_eq!(
        at("    published: \"2017-06-19\""),
        at("    source: تقرير") + 1
    );
}
