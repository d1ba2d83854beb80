//! Printing suggestions: a review list grouped by entity (`text`), or JSON (`json`).
//!
//! Every string that comes from the briefing goes through `inert` (text) or JSON escaping,
//! so no control character or escape sequence from the file reaches the terminal.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use super::{StatedFigure, Suggestions};
use crate::briefing::Briefing;
use crate::briefing::diagnostic::inert;

/// Characters of context shown on each side of a suggestion.
const CONTEXT: usize = 30;

/// The text of a suggestion with some context: `…before [quote] after…`, on one line.
fn snippet(text: &str, bytes: &std::ops::Range<usize>) -> String {
    let before: String = {
        let mut v: Vec<char> = text[..bytes.start].chars().rev().take(CONTEXT).collect();
        v.reverse();
        v.into_iter().collect()
    };
    let after: String = text[bytes.end..].chars().take(CONTEXT).collect();
    let ell = |cut: bool| if cut { "…" } else { "" };
    let one_line = |s: &str| s.replace(char::is_whitespace, " ");
    let raw = format!(
        "{}{}[{}]{}{}",
        ell(before.len() < text[..bytes.start].len()),
        one_line(&before),
        one_line(&text[bytes.clone()]),
        one_line(&after),
        ell(after.len() < text[bytes.end..].len()),
    );
    inert(&raw).into_owned()
}

/// The review list: one block per entity (known ones first, in file order, then new ones
/// by kind), one line per suggestion with its article, part, code points, confidence,
/// context and reason.
pub fn text(briefing: &Briefing, s: &Suggestions) -> String {
    let mut out = String::new();
    let new = s.entities.iter().filter(|e| e.existing.is_none()).count();
    let _ = writeln!(
        out,
        "{} suggestion(s) for {} entit(ies), {} of them new",
        s.mentions.len(),
        s.entities.len(),
        new
    );
    let mut order: Vec<usize> = (0..s.entities.len()).collect();
    order.sort_by_key(|&e| {
        let entity = &s.entities[e];
        (entity.existing.is_none(), entity.existing, entity.kind, e)
    });
    let mut by_entity: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, m) in s.mentions.iter().enumerate() {
        by_entity.entry(m.entity).or_default().push(i);
    }
    for e in order {
        let entity = &s.entities[e];
        let status = if entity.existing.is_some() {
            "known"
        } else {
            "new"
        };
        let names: Vec<String> = entity
            .names
            .iter()
            .map(|(l, n)| format!("{l}: {n}"))
            .collect();
        let _ = writeln!(
            out,
            "\n{} {} {} \"{}\"{}{}",
            entity.kind.as_str(),
            status,
            inert(&entity.id),
            inert(&entity.name),
            if names.is_empty() {
                String::new()
            } else {
                format!(" ({})", inert(&names.join(", ")))
            },
            entity
                .figure
                .map(|f| format!(" figure: {}", f.describe()))
                .unwrap_or_default(),
        );
        for &i in by_entity.get(&e).into_iter().flatten() {
            let m = &s.mentions[i];
            let article = &briefing.articles[m.article];
            let figure = m
                .figure
                .map(|f| format!(" [{}]", f.describe()))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "  {} {} {}-{} {:.2}{} {}  ({})",
                inert(&article.id),
                m.part.as_str(),
                m.chars.start,
                m.chars.end,
                m.confidence,
                figure,
                snippet(article.part(m.part), &m.bytes),
                inert(&m.why)
            );
        }
    }
    out
}

#[derive(Serialize)]
struct JsonOut<'a> {
    entities: Vec<JsonEntity<'a>>,
    suggestions: Vec<JsonSuggestion<'a>>,
}

#[derive(Serialize)]
struct JsonEntity<'a> {
    id: &'a str,
    existing: bool,
    kind: &'static str,
    name: &'a str,
    names: &'a BTreeMap<String, String>,
    figure: Option<StatedFigure>,
}

#[derive(Serialize)]
struct JsonSuggestion<'a> {
    article: &'a str,
    part: &'static str,
    start: usize,
    end: usize,
    quote: &'a str,
    kind: &'static str,
    entity: &'a str,
    existing: bool,
    name: &'a str,
    names: &'a BTreeMap<String, String>,
    figure: Option<StatedFigure>,
    confidence: f64,
    why: &'a str,
}

/// The suggestions as pretty-printed JSON (code-point offsets in the part's string).
pub fn json(briefing: &Briefing, s: &Suggestions) -> String {
    let out = JsonOut {
        entities: s
            .entities
            .iter()
            .map(|e| JsonEntity {
                id: &e.id,
                existing: e.existing.is_some(),
                kind: e.kind.as_str(),
                name: &e.name,
                names: &e.names,
                figure: e.figure,
            })
            .collect(),
        suggestions: s
            .mentions
            .iter()
            .map(|m| {
                let article = &briefing.articles[m.article];
                let e = &s.entities[m.entity];
                JsonSuggestion {
                    article: &article.id,
                    part: m.part.as_str(),
                    start: m.chars.start,
                    end: m.chars.end,
                    quote: &article.part(m.part)[m.bytes.clone()],
                    kind: e.kind.as_str(),
                    entity: &e.id,
                    existing: e.existing.is_some(),
                    name: &e.name,
                    names: &e.names,
                    figure: m.figure,
                    confidence: m.confidence,
                    why: &m.why,
                }
            })
            .collect(),
    };
    // Plain structs of strings and numbers always serialise.
    let mut text = serde_json::to_string_pretty(&out).unwrap_or_default();
    text.push('\n');
    crate::export::json::escape_invisible(text)
}
