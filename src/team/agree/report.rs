//! An [`Agreement`] printed: a text report (the scores as tables, then the disagreements, one
//! a line) or JSON (the documented shape in docs/TEAMS.md). Every string from a briefing
//! goes through `inert` (text) or JSON escaping with the invisible characters escaped too.

use std::fmt::Write;

use serde::Serialize;

use super::{Agreement, By, Disagreement, Marked, Row, Score};
use crate::briefing::diagnostic::{inert, quoted};

/// `n/d` as a percentage with its counts: "75.3% (116/154)", or "n/a (0/0)".
pub fn percent(n: usize, d: usize) -> String {
    if d == 0 {
        format!("n/a ({n}/{d})")
    } else {
        format!("{:.1}% ({n}/{d})", 100.0 * n as f64 / d as f64)
    }
}

fn f1(score: &Score) -> String {
    score
        .f1()
        .map_or("n/a".into(), |f| format!("{:.1}%", 100.0 * f))
}

/// One line of a table: the group, then precision, recall and F1.
fn line(out: &mut String, group: &str, s: &Score) {
    let _ = writeln!(
        out,
        "  {:<14} {:<22} {:<22} {}",
        inert(group),
        percent(s.correct, s.proposed),
        percent(s.found, s.reference),
        f1(s)
    );
}

fn table(out: &mut String, title: &str, all: &Row, rows: &[Row], pick: fn(&Row) -> &Score) {
    let _ = writeln!(
        out,
        "{title:<16} {:<22} {:<22} F1",
        "precision (B)", "recall (A)"
    );
    line(out, "all", pick(all));
    for row in rows {
        line(out, &row.group, pick(row));
    }
}

/// Where a mark is and what it marks: `en text 12-20 place "the city" (the-city)`.
fn mark(m: &Marked) -> String {
    let figure = m
        .figure
        .map(|f| format!(", {}", f.describe()))
        .unwrap_or_default();
    format!(
        "{} {} {}-{} {} {} ({}{figure})",
        m.article,
        m.part.as_str(),
        m.start,
        m.end,
        m.kind.as_str(),
        quoted(&m.quote),
        m.entity
    )
}

fn disagreement(d: &Disagreement) -> String {
    let line = match d {
        Disagreement::OnlyInA { a } => format!("only in A: {}", mark(a)),
        Disagreement::OnlyInB { b } => format!("only in B: {}", mark(b)),
        Disagreement::Span { a, b } => format!("span: A {} / B {}", mark(a), mark(b)),
        Disagreement::Kind { a, b } => format!("kind: A {} / B {}", mark(a), mark(b)),
        Disagreement::Figure { a, b } => format!("figure: A {} / B {}", mark(a), mark(b)),
        Disagreement::LinkOnlyInA { from, to } => format!("link only in A: {from} — {to}"),
        Disagreement::LinkOnlyInB { from, to } => format!("link only in B: {from} — {to}"),
    };
    inert(&line).into_owned()
}

/// The agreement as a text report; `a` and `b` name the two files.
pub fn text(agreement: &Agreement, a: &str, b: &str, by: By) -> String {
    let g = agreement;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "B {} against A {} (the reference), by {}",
        inert(b),
        inert(a),
        by.as_str()
    );
    let _ = writeln!(
        out,
        "marks (mentions, headlines included): A {}, B {}\n",
        g.all.overlap.reference, g.all.overlap.proposed
    );
    table(&mut out, "overlapping", &g.all, &g.rows, |r| &r.overlap);
    table(&mut out, "exact spans", &g.all, &g.rows, |r| &r.exact);
    let _ = writeln!(out);
    line(&mut out, "figures", &g.figures);
    line(&mut out, "links", &g.links);
    let _ = writeln!(
        out,
        "  (figures: type and count stated by an overlapping mark; links: between aligned entities)"
    );
    // Speakers and trends only where a side has them (format 3).
    let has = |s: &Score| s.reference + s.proposed > 0;
    if has(&g.speakers) || has(&g.trends) {
        line(&mut out, "speakers", &g.speakers);
        line(&mut out, "trends", &g.trends);
        let _ = writeln!(
            out,
            "  (speakers: {} of {} figures of A with a speaker got the same speakers in B; trends alike)",
            g.speakers.found, g.speakers.reference
        );
    }
    let [ma, mb] = g.multilingual;
    let _ = writeln!(
        out,
        "entities with mentions in two languages or more: A {ma}, B {mb}"
    );
    let _ = writeln!(out, "\ndisagreements: {}", g.disagreements.len());
    for d in &g.disagreements {
        let _ = writeln!(out, "  {}", disagreement(d));
    }
    out
}

#[derive(Serialize)]
struct JsonAgreement<'a> {
    a: &'a str,
    b: &'a str,
    by: &'static str,
    #[serde(flatten)]
    agreement: &'a Agreement,
}

/// The agreement as pretty-printed JSON.
pub fn json(agreement: &Agreement, a: &str, b: &str, by: By) -> String {
    let out = JsonAgreement {
        a,
        b,
        by: by.as_str(),
        agreement,
    };
    // Strings, numbers and options of them always serialise.
    let mut text = serde_json::to_string_pretty(&out).unwrap_or_default();
    text.push('\n');
    crate::export::json::escape_invisible(text)
}
