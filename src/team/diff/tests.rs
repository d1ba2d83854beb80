//! Diffs of small briefings, worked out by hand: entities matched by id and by name, their
//! mentions, figures and links, articles and metadata, and the text lines they print as.

use super::*;
use crate::briefing::load_str;

const TEXT: &str = "Gunmen killed 14 in Mosul. Later the toll rose to 21 in Mosul.";

fn briefing(title: &str, entities: &str) -> Briefing {
    let yaml = format!(
        "id: t\ntitle: {title}\ndate: 2017-06-18\narticles:\n  - id: wire\n    lang: en\n    source: S\n    headline: Attack\n    text: \"{TEXT}\"\nentities:\n{entities}"
    );
    load_str("t.yaml", &yaml)
        .unwrap_or_else(|d| panic!("{d:?}"))
        .briefing
}

const A: &str = r#"
  - {id: group, kind: actor, name: Gunmen, mentions: [{article: wire, quote: Gunmen}]}
  - id: killed
    kind: casualty
    name: Killed
    figure: {type: killed, count: 14}
    links: [group]
    mentions: [{article: wire, quote: killed 14, figure: {type: killed, count: 14}}]
  - {id: town, kind: place, name: Mosul, mentions: [{article: wire, quote: Mosul, occurrence: 1}]}
"#;

/// B: group removed; killed says 21 and links to the place; the town renamed `mosul` (matched
/// by its name), with its second mention and an Arabic name.
const B: &str = r#"
  - id: killed
    kind: casualty
    name: Killed
    figure: {type: killed, count: 21}
    links: [mosul]
    mentions: [{article: wire, quote: toll rose to 21, figure: {type: killed, count: 21}}]
  - id: mosul
    kind: place
    name: Mosul
    names: {ar: الموصل}
    mentions: [{article: wire, quote: Mosul, occurrence: 1}, {article: wire, quote: Mosul, occurrence: 2}]
  - {id: attackers, kind: actor, name: Attackers, mentions: [{article: wire, quote: Gunmen}]}
"#;

#[test]
fn entities_matched_by_id_then_name() {
    let d = diff(&briefing("T", A), &briefing("T2", B));
    assert_eq!(
        d.metadata,
        [FieldChange {
            field: "title".into(),
            old: Some("T".into()),
            new: Some("T2".into()),
        }]
    );
    assert!(d.articles.is_empty());
    let ids: Vec<(Change, &str)> = d
        .entities
        .iter()
        .map(|e| (e.change, e.id.as_str()))
        .collect();
    assert_eq!(
        ids,
        [
            (Change::Changed, "killed"),
            (Change::Changed, "mosul"),
            (Change::Added, "attackers"),
            (Change::Removed, "group"),
        ]
    );
    let killed = &d.entities[0];
    assert_eq!(killed.fields[0].field, "figure");
    assert_eq!(
        killed.figures,
        [FigureChange {
            article: "wire".into(),
            old: vec!["14 killed".into()],
            new: vec!["21 killed".into()],
        }]
    );
    assert_eq!(
        killed.mentions,
        [MentionChange {
            article: "wire".into(),
            added: 1,
            removed: 1,
        }]
    );
    assert_eq!(
        (
            killed.links_added.as_slice(),
            killed.links_removed.as_slice()
        ),
        (&["mosul".to_string()][..], &["group".to_string()][..])
    );
    let town = &d.entities[1];
    assert_eq!(town.old_id.as_deref(), Some("town"));
    assert_eq!(town.fields[0].field, "names.ar");
    assert_eq!(town.mentions[0].added, 1);
    assert_eq!(town.mentions[0].removed, 0);
}

#[test]
fn printed_one_change_a_line() {
    let d = diff(&briefing("T", A), &briefing("T2", B));
    insta::assert_snapshot!(report::text(&d), @r#"
    ~ title "T" → "T2"
    ~ casualty Killed: figure "14 killed" → "21 killed"
    ~ casualty Killed: wire +1 −1 mentions
    ~ casualty Killed: wire 14 killed → 21 killed
    ~ casualty Killed: link + mosul
    ~ casualty Killed: link − group
    ~ place Mosul: id town → mosul
    ~ place Mosul: names.ar + "الموصل"
    ~ place Mosul: wire +1 mention
    + actor Attackers: 1 mention
    − actor Gunmen
    "#);
}

#[test]
fn a_briefing_against_itself_has_no_change() {
    let a = briefing("T", A);
    let d = diff(&a, &a);
    assert!(d.is_empty());
    assert_eq!(
        report::text(&d),
        "no change to the metadata, articles or entities\n"
    );
}

#[test]
fn articles_added_removed_and_changed() {
    let a = briefing("T", A);
    let mut b = a.clone();
    b.articles[0].headline = "Attack \u{1b}[31m".into();
    let mut extra = b.articles[0].clone();
    extra.id = "ar".into();
    extra.lang = "ar".into();
    b.articles.push(extra);
    let d = diff(&a, &b);
    let text = report::text(&d);
    assert_eq!(
        text,
        "~ article wire: headline \"Attack\" → \"Attack \\u{1b}[31m\"\n+ article ar (ar)\n"
    );
    let back = diff(&b, &a);
    assert_eq!(back.articles[0].change, Change::Removed);
}

#[test]
fn colours_follow_the_sign_of_each_line() {
    let text = "diff --briefing a/x b/x\n+ actor A: 1 mention\n− actor B\n~ place C: en +1 mention\nno change\n";
    assert_eq!(
        report::colored(text),
        "\x1b[1mdiff --briefing a/x b/x\x1b[0m\n\x1b[32m+ actor A: 1 mention\x1b[0m\n\
         \x1b[31m− actor B\x1b[0m\n\x1b[33m~ place C: en +1 mention\x1b[0m\nno change\n"
    );
}
