//! What the format added for real articles (FORMAT.md): figures that a source revised
//! (`superseded`, `as_of`), disagreement only where the figures' ranges cannot both be true,
//! vague quantities ("dozens") with their derived count, and mentions in headlines
//! (`part: headline`). Each loads, resolves and shows in the entity lists, `render` and the
//! JSON export; each mistake is a located error.

use std::path::Path;

use crate::common;
use briefing::briefing::{FigureType, Part, Qualifier, load_path};
use briefing::view::entity::figure_row;

const TOLLS: &str = "tests/fixtures/figures/tolls.yaml";
const HEADLINES: &str = "tests/fixtures/headlines/headlines.yaml";

fn briefing(args: &[&str]) -> (Option<i32>, String, String) {
    let out = common::briefing()
        .args(args)
        .output()
        .expect("run briefing");
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (out.status.code(), text(out.stdout), text(out.stderr))
}

fn tolls() -> briefing::briefing::Briefing {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(TOLLS);
    let loaded = load_path(&path, 1 << 20).expect("the figures fixture loads");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    loaded.briefing
}

#[test]
fn superseded_dated_and_vague_figures_load() {
    let b = tolls();
    let killed = b.entity_index("killed").unwrap();
    let figures: Vec<_> = b.entities[killed]
        .mentions
        .iter()
        .map(|&m| b.mentions[m].figure.unwrap())
        .collect();
    let earlier = figures.iter().find(|f| f.superseded).unwrap();
    assert_eq!(earlier.count, 8);
    assert_eq!(earlier.as_of.unwrap().as_str(), "2017-11-21");
    let dated = figures.iter().find(|f| f.as_of.is_some() && !f.superseded);
    assert_eq!(
        dated.unwrap().as_of.unwrap().as_str(),
        "2017-11-21T18:00+04:30"
    );

    let injured = &b.entities[b.entity_index("injured").unwrap()];
    let dozens = injured.figure.unwrap();
    assert_eq!(
        (dozens.kind, dozens.qualifier, dozens.count),
        (FigureType::Injured, Qualifier::Dozens, 12),
        "ACLED codes \"dozens\" as 12"
    );
}

#[test]
fn only_the_latest_figures_that_cannot_both_be_true_disagree() {
    let b = tolls();
    let killed = b.entity_index("killed").unwrap();
    let injured = b.entity_index("injured").unwrap();
    // 8 was revised to 26 by the source itself: not a disagreement; 26 and 23 are.
    assert_eq!(b.disagreement(killed).as_deref(), Some("26 against 23"));
    // "dozens" and 30 can both be true.
    assert_eq!(b.disagreement(injured), None);
    assert_eq!(
        figure_row(&b, killed).unwrap(),
        "accepted: at least 23 killed · en: 26 killed / 26 killed as of 2017-11-21T18:00+04:30 / earlier: 8 killed as of 2017-11-21 · ar: 23 killed ⚠ sources disagree: en: 26 against ar: 23"
    );
    assert_eq!(
        figure_row(&b, injured).unwrap(),
        "accepted: dozens injured · en: dozens injured · ar: 30 injured"
    );
}

#[test]
fn render_and_exports_show_earlier_figures_and_how_sources_differ() {
    let (code, out, _) = briefing(&["render", TOLLS, "--width", "400"]);
    assert_eq!(code, Some(0));
    assert!(out.contains("/ earlier: 8 killed as of 2017-11-21 · ar: 23 killed ⚠ sources disagree: en: 26 against ar: 23\n"), "{out}");
    assert!(out.contains("accepted: dozens injured · en: dozens injured · ar: 30 injured\n"));

    let (code, md, _) = briefing(&["export", TOLLS, "--format", "md"]);
    assert_eq!(code, Some(0));
    assert!(md.contains("earlier: 8 killed as of 2017-11-21"), "{md}");
    assert!(md.contains("**⚠ sources disagree: 26 against 23**"));

    let (code, json, _) = briefing(&["export", TOLLS, "--format", "json"]);
    assert_eq!(code, Some(0));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["format_version"], 3, "the JSON shape of format 3");
    let earlier = v["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["text"] == "8 killed")
        .unwrap();
    assert_eq!(
        earlier["figure"],
        serde_json::json!({"type": "killed", "count": 8, "qualifier": "exact", "superseded": true, "as_of": "2017-11-21"})
    );
    let injured = v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "injured");
    assert_eq!(
        injured.unwrap()["figure"],
        serde_json::json!({"type": "injured", "count": 12, "qualifier": "dozens"})
    );
}

#[test]
fn figure_mistakes_are_located_errors() {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(TOLLS)).unwrap();
    let cases = [
        (
            "figure: {type: injured, qualifier: dozens}\n",
            "figure: {type: injured, count: 40, qualifier: dozens}\n",
            "34:36: error: qualifier dozens is a vague quantity and takes no count: give either the count or the qualifier",
        ),
        (
            "{type: killed, count: 23}}",
            "{type: killed}}",
            "30:52: error: a figure needs a count, unless its qualifier is a vague quantity (several, dozens, scores, hundreds, thousands) or some (an unstated number)",
        ),
        (
            "superseded: true, as_of: 2017-11-21}",
            "superseded: true, as_of: 2017-11-31}",
            "29:98: error: as_of \"2017-11-31\" is not a calendar date",
        ),
        (
            "superseded: true, as_of: 2017-11-21}",
            "superseded: true, as_of: 21/11/2017}",
            "29:48: error: entities[0].mentions[2].figure: as_of \"21/11/2017\" is not a date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM, optionally :SS and Z or +HH:MM)",
        ),
        (
            "count: 23, qualifier: at-least}",
            "count: 23, qualifier: at-least, superseded: true}",
            "25:72: error: the accepted figure cannot be superseded: mark the earlier figures of the mentions instead",
        ),
    ];
    for (from, to, expected) in cases {
        assert_eq!(common::first_check_error(&text, from, to), expected);
    }
}

#[test]
fn headline_mentions_resolve_in_the_headline() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(HEADLINES);
    let b = load_path(&path, 1 << 20).unwrap().briefing;
    assert_eq!(b.headline_mentions.len(), 2);
    for m in &b.headline_mentions {
        assert_eq!(m.part, Part::Headline);
        assert_eq!(b.entities[m.entity].id, "bamako");
        let headline = &b.articles[m.article].headline;
        assert_eq!(&headline[m.bytes.clone()], b.mention_text(m));
        let by_chars: String = headline
            .chars()
            .skip(m.chars.start)
            .take(m.chars.len())
            .collect();
        assert_eq!(by_chars, b.mention_text(m));
    }
    assert_eq!(b.mention_text(&b.headline_mentions[1]), "باماكو");
    // The text's mentions are those of the same file without the headline selectors.
    assert!(b.mentions.iter().all(|m| m.part == Part::Text));
    let plain = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .filter(|l| !l.contains("part: headline"))
        .collect::<Vec<_>>()
        .join("\n");
    let without = briefing::briefing::load_str("p.yaml", &plain)
        .unwrap()
        .briefing;
    assert_eq!(without.mentions, b.mentions);
    assert!(without.headline_mentions.is_empty());
}

#[test]
fn headline_mentions_are_highlighted_and_exported_with_their_part() {
    let (code, out, _) = briefing(&["render", HEADLINES, "--color", "always", "--width", "100"]);
    assert_eq!(code, Some(0));
    let headline = out.lines().find(|l| l.contains("Gunmen attack")).unwrap();
    // The headline's look, then the place's colour over it for "Bamako".
    assert!(
        headline.starts_with(
            "\u{1b}[1mGunmen attack resort near \u{1b}[0m\u{1b}[38;5;2m\u{1b}[1mBamako\u{1b}[0m"
        ),
        "{headline:?}"
    );

    let (code, html, _) = briefing(&["export", HEADLINES, "--format", "html"]);
    assert_eq!(code, Some(0));
    assert!(html.contains("<h3>Gunmen attack resort near <mark class=\"place\" data-entity=\"bamako\" title=\"Bamako — place\">Bamako</mark></h3>"), "{html}");

    let (code, md, _) = briefing(&["export", HEADLINES, "--format", "md"]);
    assert_eq!(code, Some(0));
    assert!(
        md.contains("### Gunmen attack resort near **Bamako**<sup>place</sup>\n"),
        "{md}"
    );

    let (code, json, _) = briefing(&["export", HEADLINES, "--format", "json"]);
    assert_eq!(code, Some(0));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let mentions = v["mentions"].as_array().unwrap();
    let in_headline: Vec<_> = mentions
        .iter()
        .filter(|m| m["part"] == "headline")
        .collect();
    assert_eq!(in_headline.len(), 2);
    assert_eq!(in_headline[0]["text"], "Bamako");
    assert_eq!(
        in_headline[0]["chars"],
        serde_json::json!({"start": 26, "end": 32})
    );
    // Text mentions say no part; the entity lists its headline mentions after the others.
    assert!(mentions.iter().filter(|m| m.get("part").is_none()).count() == 8);
    let bamako = &v["entities"][0];
    assert_eq!(bamako["mentions"], serde_json::json!([0, 3, 5, 8, 9]));
}

#[test]
fn problems_in_headline_mentions_are_located_in_the_headline() {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(HEADLINES)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("h.yaml");
    std::fs::write(
        &path,
        text.replace(
            "part: headline, quote: Bamako}",
            "part: headline, quote: bamako}",
        ),
    )
    .unwrap();
    let (code, _, stderr) = briefing(&["check", path.to_str().unwrap()]);
    assert_eq!(code, Some(1));
    assert_eq!(
        stderr.lines().next().unwrap(),
        format!(
            "{}:28:46: error: quote \"bamako\" not found in the headline of article \"en\"; did you mean \"Bamako\" at 9:41 (differs in letter case)?",
            path.display()
        )
    );
    std::fs::write(
        &path,
        text.replace(
            "part: headline, quote: Bamako}",
            "part: title, quote: Bamako}",
        ),
    )
    .unwrap();
    let (code, _, stderr) = briefing(&["check", path.to_str().unwrap()]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains(":28:29: error: entities[0].mentions[1].part: unknown variant `title`, expected `text` or `headline`"),
        "{stderr}"
    );
}
