//! Agreement on small briefings whose counts are worked out by hand, refusals, and the
//! property that a briefing agrees with itself in full.

use proptest::prelude::*;

use super::*;
use crate::briefing::load_str;

const TEXT: &str = "Gunmen attacked a hotel in Bamako, Mali. Two guards were killed in Bamako.";

/// A one-article briefing with `TEXT` and the given entities (YAML list items).
fn briefing(entities: &str) -> Briefing {
    let yaml = format!(
        "id: t\ntitle: T\ndate: 2017-06-18\narticles:\n  - id: en\n    lang: en\n    source: S\n    headline: Attack in Mali\n    text: \"{TEXT}\"\nentities:\n{entities}"
    );
    load_str("t.yaml", &yaml)
        .unwrap_or_else(|d| panic!("{d:?}"))
        .briefing
}

const A: &str = r#"
  - {id: gunmen, kind: actor, name: Gunmen, mentions: [{article: en, quote: Gunmen}]}
  - id: bamako
    kind: place
    name: Bamako
    links: [mali]
    mentions: [{article: en, quote: Bamako, occurrence: 1}, {article: en, quote: Bamako, occurrence: 2}]
  - {id: mali, kind: place, name: Mali, mentions: [{article: en, quote: Mali}, {article: en, quote: Mali, part: headline}]}
  - id: killed
    kind: casualty
    name: Killed
    figure: {type: killed, count: 2}
    mentions: [{article: en, quote: Two guards were killed, figure: {type: killed, count: 2}}]
"#;

/// B: Gunmen exact; "in Bamako" overlaps the first Bamako; the second Bamako missed; Mali
/// marked as an actor; the headline's Mali exact; a hotel only in B; the figure says 3.
const B: &str = r#"
  - {id: g, kind: actor, name: Gunmen, mentions: [{article: en, quote: Gunmen}]}
  - {id: hotel, kind: place, name: hotel, mentions: [{article: en, quote: hotel}]}
  - id: bamako
    kind: place
    name: Bamako
    mentions: [{article: en, quote: in Bamako, occurrence: 1}, {article: en, quote: Mali, part: headline}]
  - {id: mali, kind: actor, name: Mali, mentions: [{article: en, quote: Mali}]}
  - id: killed
    kind: casualty
    name: Killed
    figure: {type: killed, count: 3}
    mentions: [{article: en, quote: guards were killed, figure: {type: killed, count: 3}}]
"#;

fn score(reference: usize, found: usize, proposed: usize, correct: usize) -> Score {
    Score {
        reference,
        found,
        proposed,
        correct,
    }
}

#[test]
fn counts_worked_out_by_hand() {
    let (a, b) = (briefing(A), briefing(B));
    let g = agree(&a, &b, By::Kind).unwrap();
    // A: Gunmen, Bamako ×2, Mali, Mali (headline), the killed = 6 marks; B: Gunmen, hotel,
    // in Bamako, Mali (headline, as a place), Mali (actor), guards were killed = 6.
    // Exact: A's Gunmen and headline Mali; B's the same two.
    assert_eq!(g.all.exact, score(6, 2, 6, 2));
    // Overlap adds A's first Bamako and the killed (B's "in Bamako" and the killed).
    assert_eq!(g.all.overlap, score(6, 4, 6, 4));
    let row = |name: &str| g.rows.iter().find(|r| r.group == name).unwrap().clone();
    assert_eq!(row("actor").overlap, score(1, 1, 2, 1));
    assert_eq!(row("place").overlap, score(4, 2, 3, 2));
    assert_eq!(row("casualty").exact, score(1, 0, 1, 0));
    assert_eq!(row("casualty").overlap, score(1, 1, 1, 1));
    let names: Vec<&str> = g.rows.iter().map(|r| r.group.as_str()).collect();
    assert_eq!(names, ["actor", "place", "casualty"], "the format's order");
    assert_eq!(g.all.overlap.precision(), Some(4.0 / 6.0));
    assert!((g.all.overlap.f1().unwrap() - 4.0 / 6.0).abs() < 1e-12);
    // The figure: 2 against 3.
    assert_eq!(g.figures, score(1, 0, 1, 0));
    // A links bamako-mali. B's mali is an actor, so A's mali is aligned by its marks: its
    // headline mark is B's bamako's; a link of bamako to itself is no link.
    assert_eq!(g.links, score(1, 0, 0, 0));
    assert_eq!(g.multilingual, [0, 0]);
}

/// A casualty entity whose one figure ("Two guards were killed") carries `attribution`
/// (YAML fields after the figure), and the actors Gunmen and Mali.
fn attributed(gunmen: &str, attribution: &str) -> Briefing {
    briefing(&format!(
        r#"
  - {{id: {gunmen}, kind: actor, name: Gunmen, mentions: [{{article: en, quote: Gunmen}}]}}
  - {{id: mali, kind: actor, name: Mali, mentions: [{{article: en, quote: Mali}}]}}
  - id: killed
    kind: casualty
    name: Killed
    figure: {{type: killed, count: 2}}
    mentions: [{{article: en, quote: Two guards were killed, figure: {{type: killed, count: 2}}{attribution}}}]
"#
    ))
}

#[test]
fn speakers_agree_through_aligned_entities_and_trends_by_value() {
    let a = attributed("gunmen", ", said_by: [gunmen], trend: rose");
    // B's "g" is A's "gunmen" (the same span): the same speaker; no trend.
    let same = agree(&a, &attributed("g", ", said_by: [g]"), By::Kind).unwrap();
    assert_eq!(same.speakers, score(1, 1, 1, 1));
    assert_eq!(same.trends, score(1, 0, 0, 0));
    // Another speaker, the same trend.
    let other = attributed("gunmen", ", said_by: [mali], trend: rose");
    let g = agree(&a, &other, By::Kind).unwrap();
    assert_eq!(g.speakers, score(1, 0, 1, 0));
    assert_eq!(g.trends, score(1, 1, 1, 1));
    // Two speakers against one of them: not the same.
    let two = attributed("gunmen", ", said_by: [gunmen, mali]");
    assert_eq!(
        agree(&a, &two, By::Kind).unwrap().speakers,
        score(1, 0, 1, 0)
    );
    // Nothing on either side: nothing counted, and the text report says nothing of it.
    let plain = attributed("gunmen", "");
    let g = agree(&plain, &plain, By::Kind).unwrap();
    assert_eq!(
        (g.speakers, g.trends),
        (score(0, 0, 0, 0), score(0, 0, 0, 0))
    );
    assert!(!report::text(&g, "a", "b", By::Kind).contains("speakers"));
    let text = report::text(&same, "a", "b", By::Kind);
    assert!(
        text.contains("speakers: 1 of 1 figures of A with a speaker"),
        "{text}"
    );
}

#[test]
fn disagreements_are_listed_in_reading_order() {
    let (a, b) = (briefing(A), briefing(B));
    let g = agree(&a, &b, By::Kind).unwrap();
    let what: Vec<String> = g
        .disagreements
        .iter()
        .map(|d| match d {
            Disagreement::OnlyInA { a } => format!("only-a {}", a.quote),
            Disagreement::OnlyInB { b } => format!("only-b {}", b.quote),
            Disagreement::Span { a, b } => format!("span {}/{}", a.quote, b.quote),
            Disagreement::Kind { a, b } => format!("kind {}/{}", a.quote, b.kind.as_str()),
            Disagreement::Figure { a, b } => format!(
                "figure {}/{}",
                a.figure.unwrap().count,
                b.figure.unwrap().count
            ),
            Disagreement::LinkOnlyInA { from, to } => format!("link-a {from}-{to}"),
            Disagreement::LinkOnlyInB { from, to } => format!("link-b {from}-{to}"),
        })
        .collect();
    assert_eq!(
        what,
        [
            "only-b hotel",
            "span Bamako/in Bamako",
            "kind Mali/actor",
            "span Two guards were killed/guards were killed",
            "figure 2/3",
            "only-a Bamako",
            "link-a bamako-mali",
        ]
    );
}

#[test]
fn grouped_by_part_and_article() {
    let (a, b) = (briefing(A), briefing(B));
    let by_part = agree(&a, &b, By::Part).unwrap();
    let groups: Vec<(&str, Score)> = by_part
        .rows
        .iter()
        .map(|r| (r.group.as_str(), r.exact))
        .collect();
    assert_eq!(
        groups,
        [("headline", score(1, 1, 1, 1)), ("text", score(5, 1, 5, 1))]
    );
    let by_article = agree(&a, &b, By::Language).unwrap();
    assert_eq!(by_article.rows.len(), 1);
    assert_eq!(by_article.rows[0].overlap, by_article.all.overlap);
}

#[test]
fn different_texts_are_refused_with_where() {
    let a = briefing(A);
    let mut b = a.clone();
    b.articles[0].text = TEXT.replace("Two", "Six");
    let e = agree(&a, &b, By::Kind).unwrap_err();
    let at = TEXT.find("Two").unwrap();
    assert_eq!(
        e,
        AgreeError::Text {
            id: "en".into(),
            index: 0,
            part: Part::Text,
            offset: at,
            char_offset: at,
        }
    );
    let mut c = a.clone();
    c.articles[0].id = "fr".into();
    assert!(matches!(
        agree(&a, &c, By::Kind),
        Err(AgreeError::Article { in_b: false, .. })
    ));
    let mut d = a.clone();
    d.articles[0].headline.push_str(" today");
    assert!(matches!(
        agree(&a, &d, By::Kind),
        Err(AgreeError::Text {
            part: Part::Headline,
            char_offset: 14,
            ..
        })
    ));
}

/// The bundled briefing with only some of its mentions (`keep[i]` for the i-th of text and
/// headline mentions together).
fn part_of_bundled(keep: &[bool]) -> Briefing {
    let mut b = crate::briefing::bundled().unwrap().briefing;
    let mut n = 0;
    let mut kept = |_: &crate::briefing::Mention| {
        n += 1;
        keep.get(n - 1).copied().unwrap_or(true)
    };
    b.mentions.retain(&mut kept);
    b.headline_mentions.retain(&mut kept);
    b
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn a_briefing_agrees_with_itself(keep in prop::collection::vec(any::<bool>(), 0..200)) {
        let a = part_of_bundled(&keep);
        let g = agree(&a, &a, By::Article).unwrap();
        let scores = [g.all.exact, g.all.overlap, g.figures, g.links]
            .into_iter()
            .chain(g.rows.iter().flat_map(|r| [r.exact, r.overlap]));
        for s in scores {
            prop_assert!(s.f1().is_none_or(|f| f == 1.0), "{s:?}");
            prop_assert_eq!((s.found, s.correct), (s.reference, s.proposed));
        }
        prop_assert!(g.disagreements.is_empty(), "{:?}", g.disagreements);
        prop_assert_eq!(g.multilingual[0], g.multilingual[1]);
    }

    #[test]
    fn fewer_marks_lose_recall_never_precision(keep in prop::collection::vec(any::<bool>(), 0..200)) {
        let a = part_of_bundled(&[]);
        let b = part_of_bundled(&keep);
        let g = agree(&a, &b, By::Kind).unwrap();
        prop_assert_eq!(g.all.exact.correct, g.all.exact.proposed);
        prop_assert_eq!(g.all.exact.found, g.all.exact.proposed);
        prop_assert_eq!(g.links.f1().is_none_or(|f| f == 1.0), true);
        let from_b = g.disagreements.iter().filter(|d| {
            matches!(d, Disagreement::OnlyInB { .. } | Disagreement::LinkOnlyInA { .. } | Disagreement::LinkOnlyInB { .. })
        });
        prop_assert_eq!(from_b.count(), 0);
    }
}
