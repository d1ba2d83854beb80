//! The timeline of the tolls as lines of text, for the reader's `T`: the model's
//! `briefing::timeline` (each casualty type's figures in time order, the one function the
//! exports draw theirs from) laid out a line per figure.
//!
//! Per figure type: a heading with the accepted figure; a sparkline of the toll's reported
//! values in time order when it has two or more ([`sparkline`]: denied claims, parts and
//! background figures left out); then each figure: its time (a column as wide as the
//! longest), a rise (↑) or fall (↓) from the toll's previous figure (which it names) or as
//! the source reports it with no earlier count, the figure with who said it and where; a
//! part of a toll names its whole; a denied claim is struck (`ClaimLine::struck`) and
//! followed by who denied it, a disputed one by who disputes it; a `casualties` figure set
//! against its source's killed and injured. Background figures come last, apart, under
//! their own heading. Pure text; the reader lays it out and styles it.

use crate::briefing::{Briefing, Claim, Figure, Point, Series, Trend, timeline};

use super::claims::{ClaimLine, casualties_checks, figure_words, stated_by, with_claim};
use super::entity::Pieces;

const INDENT: &str = "  ";

/// Every type's timeline, one after another; a line saying so when no figure is stated.
pub fn timeline_lines(b: &Briefing) -> Vec<ClaimLine> {
    let series = timeline(b);
    if series.is_empty() {
        return vec![line(vec![
            "no casualty figure is stated in the articles".into(),
        ])];
    }
    let mut lines = Vec::new();
    for (i, s) in series.iter().enumerate() {
        if i > 0 {
            lines.push(line(Vec::new()));
        }
        lines.extend(series_lines(b, s));
    }
    lines
}

fn line(pieces: Pieces) -> ClaimLine {
    ClaimLine {
        pieces,
        struck: false,
    }
}

fn series_lines(b: &Briefing, s: &Series) -> Vec<ClaimLine> {
    let mut heading = vec![s.kind.as_str().to_string()];
    if let Some((e, accepted)) = s.accepted {
        heading.extend([
            format!(" — accepted: {} (", figure_words(&accepted, None)),
            b.entities[e].name.clone(),
            ")".into(),
        ]);
    }
    let mut lines = vec![line(heading)];
    let toll: Vec<&Figure> = s
        .points
        .iter()
        .filter(|p| in_toll(p))
        .map(|p| &p.figure)
        .collect();
    if toll.len() > 1 {
        let counts: Vec<u64> = toll.iter().map(|f| f.count).collect();
        let words: Vec<String> = toll.iter().map(|f| f.count_words()).collect();
        lines.push(line(vec![format!(
            "{INDENT}reported: {} {}",
            sparkline(&counts),
            words.join(" → ")
        )]));
    }
    let width = s
        .points
        .iter()
        .map(|p| p.moment.map_or(UNDATED.len(), |m| m.as_str().len()))
        .max()
        .unwrap_or(0);
    let (background, event): (Vec<usize>, Vec<usize>) =
        (0..s.points.len()).partition(|&i| s.points[i].background);
    let mut tolls = Vec::new();
    for i in event {
        lines.extend(point_lines(b, s, i, width));
        if !tolls.contains(&s.points[i].entity) {
            tolls.push(s.points[i].entity);
        }
    }
    for e in tolls {
        lines.extend(casualties_checks(b, e, INDENT));
    }
    if !background.is_empty() {
        lines.push(line(vec![format!(
            "{INDENT}background (earlier events the articles recall, not this toll):"
        )]));
        for i in background {
            lines.extend(point_lines(b, s, i, width));
        }
    }
    lines
}

/// Whether a point is one of the toll's own reported values: not denied, not a part of
/// another toll, not background, not an earlier figure its source revised.
fn in_toll(p: &Point) -> bool {
    p.claim != Claim::Denied && p.part_of.is_none() && !p.background && !p.figure.superseded
}

/// What the time column says of a figure with no time.
const UNDATED: &str = "undated";

/// Point `i` of series `s`: "2019-03-03T09:00Z  ↑ rose to 21 killed (from at least 14) —
/// Ministry of Health · وكالة الأنباء", and who denied or disputed it.
fn point_lines(b: &Briefing, s: &Series, i: usize, width: usize) -> Vec<ClaimLine> {
    let p = &s.points[i];
    let time = p.moment.map_or(UNDATED.to_string(), |m| m.as_str().into());
    let (arrow, from) = match p.change {
        Some(c) => (
            match c.way {
                Trend::Rose => "↑ ",
                Trend::Fell => "↓ ",
            },
            c.from
                .map(|j| format!(" (from {})", s.points[j].figure.count_words())),
        ),
        None => ("  ", None),
    };
    let mut pieces = vec![
        format!("{INDENT}{time:<width$}  {arrow}"),
        figure_words(&p.figure, p.trend),
        from.unwrap_or_default(),
    ];
    if let Some(whole) = p.part_of {
        pieces.extend([", part of ".into(), b.entities[whole].name.clone()]);
    }
    pieces.push(" — ".into());
    pieces.extend(stated_by(b, &p.said_by, p.article));
    let under_figure = format!("{INDENT}{}", " ".repeat(width + 4));
    with_claim(b, pieces, p.claim, &p.denied_by, &under_figure)
}

/// Values as a sparkline of eighth blocks, the largest a full block: [14, 21] -> "▆█".
pub fn sparkline(values: &[u64]) -> String {
    const BLOCKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let max = values.iter().copied().max().unwrap_or(0).max(1);
    values
        .iter()
        .map(|&v| {
            let eighths = (u128::from(v) * 8).div_ceil(u128::from(max)).clamp(1, 8);
            BLOCKS[eighths as usize - 1]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::load_str;

    const CLAIMS: &str = include_str!("../../tests/fixtures/claims/claims.yaml");

    #[test]
    fn sparklines_scale_to_the_largest_value() {
        assert_eq!(sparkline(&[14, 21]), "▆█");
        assert_eq!(sparkline(&[0, 1, 8]), "▁▁█");
        assert_eq!(sparkline(&[5, 5]), "██");
        assert_eq!(sparkline(&[u64::MAX, 1]), "█▁");
        assert_eq!(sparkline(&[]), "");
    }

    #[test]
    fn the_claims_fixture_in_time_order() {
        let b = load_str("claims.yaml", CLAIMS).unwrap().briefing;
        let lines: Vec<(String, bool)> = timeline_lines(&b)
            .into_iter()
            .map(|l| (l.pieces.concat(), l.struck))
            .collect();
        let plain = |s: &str| (s.to_string(), false);
        assert_eq!(
            lines,
            [
                plain("killed — accepted: 21 killed (People killed in the bombing)"),
                plain("  reported: ▆█ at least 14 → 21"),
                plain("  2019-03-02           at least 14 killed — Samir Haddad · Daily Courier"),
                plain(
                    "  2019-03-02           some killed, part of People killed in the bombing — Daily Courier"
                ),
                (
                    "  2019-03-02           1 killed — Daily Courier".to_string(),
                    true
                ),
                plain("                       denied by The army"),
                plain(
                    "  2019-03-03T09:00Z  ↑ rose to 21 killed (from at least 14) — Ministry of Health · وكالة الأنباء"
                ),
                plain("  background (earlier events the articles recall, not this toll):"),
                plain("  2019-03-02           20 killed — Daily Courier"),
                plain(""),
                plain("casualties — accepted: more than 300 casualties (Killed and injured)"),
                plain("  2019-03-02    more than 300 casualties — Daily Courier"),
                plain(
                    "  more than 300 casualties against at least 14 killed and no injured count: can add up — Daily Courier"
                ),
            ]
        );
    }

    #[test]
    fn a_rise_from_an_earlier_figure_names_it_and_no_figure_says_so() {
        let text = r#"
id: t
title: T
date: 2019-03-01
articles:
  - {id: a, lang: en, source: A, published: 2019-03-01, headline: H, text: "Eight died."}
  - {id: b, lang: en, source: B, published: 2019-03-02, headline: H, text: "Ten died."}
entities:
  - id: dead
    kind: casualty
    name: Dead
    figure: {type: killed, count: 10}
    mentions:
      - {article: a, quote: Eight, figure: {type: killed, count: 8}}
      - {article: b, quote: Ten, figure: {type: killed, count: 10}}
"#;
        let b = load_str("t.yaml", text).unwrap().briefing;
        let lines: Vec<String> = timeline_lines(&b)
            .iter()
            .map(|l| l.pieces.concat())
            .collect();
        assert_eq!(lines[1], "  reported: ▇█ 8 → 10");
        assert_eq!(lines[3], "  2019-03-02  ↑ 10 killed (from 8) — B");
        let empty = load_str("e.yaml", &text[..text.find("entities:").unwrap()])
            .unwrap()
            .briefing;
        assert_eq!(
            timeline_lines(&empty)[0].pieces.concat(),
            "no casualty figure is stated in the articles"
        );
    }
}
