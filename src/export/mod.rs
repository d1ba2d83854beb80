//! Exporters: a briefing as Markdown, as one self-contained HTML file, or as JSON.
//!
//! [`export`] is the whole public surface for producing text in an [`ExportFormat`];
//! `fileio::write_atomic` puts it in a file without ever leaving a half-written one. The exports are deterministic: the same
//! briefing always gives the same bytes (no timestamps, no hash-map order).
//!
//! What Markdown and HTML share lives here: the entity tables ([`tables`]: which columns,
//! which cells), the blocks an article is cut into and the open/close events of its nested
//! mentions ([`article_blocks`]), the words that describe a mention ([`mention_label`]),
//! and the words of format 3's claims: speakers, denials, responsibility, the timeline's
//! changes (`claims`). The timeline itself is the model's (`briefing::timeline`). Each
//! format only decides how to write those down.

mod chart;
mod claims;
mod html;
pub mod json;
mod markdown;
mod tables;
mod text;

use std::ops::Range;

use crate::briefing::{ArticleIx, Briefing, Mention, MentionIx};

pub use tables::{Agreement, Cell, Table, tables};
/// The text as the Markdown and HTML exports show it (controls dropped, bidi controls made
/// visible); for the reader UI, and for tests comparing marks with mentions.
pub use text::clean as visible_text;

/// The formats a briefing can be exported to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Md,
    Html,
    Json,
}

/// The briefing in the given format, as the bytes to write.
pub fn export(briefing: &Briefing, format: ExportFormat) -> String {
    match format {
        ExportFormat::Md => markdown::render(briefing),
        ExportFormat::Html => html::render(briefing),
        ExportFormat::Json => json::render(briefing),
    }
}

/// The file extension of a format, without the dot.
pub fn extension(format: ExportFormat) -> &'static str {
    match format {
        ExportFormat::Md => "md",
        ExportFormat::Html => "html",
        ExportFormat::Json => "json",
    }
}

/// A file name for the export: `<briefing id>.<extension>` (ids are plain ASCII already).
pub fn default_file_name(briefing: &Briefing, format: ExportFormat) -> String {
    format!("{}.{}", briefing.id, extension(format))
}

/// One step through a block of article text (or a headline): plain text, or a mention
/// opening or closing.
/// Mentions nest (the validator guarantees it), so opens and closes are balanced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Event {
    /// A byte range of the article's text with no mention boundary inside.
    Text(Range<usize>),
    /// Index into `Briefing::mentions`.
    Open(usize),
    Close(usize),
}

/// A stretch of article text written as one paragraph, with its events.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Block {
    pub range: Range<usize>,
    pub events: Vec<Event>,
}

/// Cuts an article into blocks: its paragraphs, except that paragraphs joined by a mention
/// that spans the blank line between them become one block (a mark never crosses blocks),
/// and a mention outside every paragraph gets a block of its own. Every mention of the
/// article lies in exactly one block.
pub(crate) fn article_blocks(b: &Briefing, article: usize) -> Vec<Block> {
    let article = ArticleIx(article);
    let first = b.mention_range(article).start;
    let mentions = b.mentions_in(article);
    let mut spans: Vec<Range<usize>> = b.articles[article].paragraphs.clone();
    spans.extend(mentions.iter().map(|m| m.bytes.clone()));
    spans.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    let mut ranges: Vec<Range<usize>> = Vec::new();
    for span in spans {
        match ranges.last_mut() {
            Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
            _ => ranges.push(span),
        }
    }
    let mut blocks: Vec<Block> = ranges
        .into_iter()
        .map(|range| Block {
            range,
            events: Vec::new(),
        })
        .collect();
    // Mentions come sorted by start (longest first), so each block takes a contiguous run.
    let mut at = 0;
    for block in &mut blocks {
        let mut end = at;
        while end < mentions.len() && mentions[end].bytes.end <= block.range.end {
            end += 1;
        }
        block.events = block_events(block.range.clone(), &mentions[at..end], first + at);
        at = end;
    }
    blocks
}

/// The events of an article's headline: its text, and its mentions opening and closing
/// (indices into `Briefing::headline_mentions`).
pub(crate) fn headline_events(b: &Briefing, article: usize) -> Vec<Event> {
    let article = ArticleIx(article);
    let first = b.headline_mentions.partition_point(|m| m.article < article);
    let range = 0..b.articles[article].headline.len();
    block_events(range, b.headline_mentions_in(article), first)
}

/// The events of one block, given its mentions (sorted, nested) and the index of the first.
fn block_events(range: Range<usize>, mentions: &[Mention], first: usize) -> Vec<Event> {
    let mut out = Vec::new();
    let mut pos = range.start;
    let mut open: Vec<(usize, usize)> = Vec::new();
    let text = |out: &mut Vec<Event>, from: usize, to: usize| {
        if from < to {
            out.push(Event::Text(from..to));
        }
    };
    for (k, m) in mentions.iter().enumerate() {
        while let Some(&(index, end)) = open.last() {
            if end > m.bytes.start {
                break;
            }
            text(&mut out, pos, end);
            out.push(Event::Close(index));
            pos = end;
            open.pop();
        }
        text(&mut out, pos, m.bytes.start);
        out.push(Event::Open(first + k));
        pos = m.bytes.start;
        open.push((first + k, m.bytes.end));
    }
    while let Some((index, end)) = open.pop() {
        text(&mut out, pos, end);
        out.push(Event::Close(index));
        pos = end;
    }
    text(&mut out, pos, range.end);
    out
}

/// Whether a mention contains another (the next mention in order starts inside it).
pub(crate) fn has_inner(b: &Briefing, mention: usize) -> bool {
    let m = &b.mentions[mention];
    b.mentions
        .get(mention + 1)
        .is_some_and(|next| next.article == m.article && next.bytes.start < m.bytes.end)
}

/// The next mention of the same entity (in article, then text order), if any. An entity's
/// mention list is sorted, so this is a binary search (an entity can have 100 000 mentions).
pub(crate) fn next_mention(b: &Briefing, mention: usize) -> Option<usize> {
    let list = &b.entities[b.mentions[mention].entity].mentions;
    let at = list.binary_search(&MentionIx(mention)).ok()?;
    list.get(at + 1).map(|next| next.0)
}

/// What a mention is, in a few words: its kind, the figure this mention states, if it
/// states one, and its claims: `place`, `casualty`, `casualty: more than 20 killed`,
/// `casualty: 1 killed; denied by The army` (and whether it is background). (The entity's own figure is not put on a
/// mention that states none: that source may give no toll at all.)
pub(crate) fn mention_label(b: &Briefing, mention: &Mention) -> String {
    let kind = b.entities[mention.entity].kind.as_str();
    let mut label = match mention.figure {
        Some(figure) => format!("{kind}: {}", figure.describe()),
        None => kind.to_string(),
    };
    for note in
        (mention.attribution.as_deref()).map_or_else(Vec::new, |a| claims::attribution_notes(b, a))
    {
        label.push_str("; ");
        label.push_str(&claims::plain(&note));
    }
    if b.entities[mention.entity].background {
        label.push_str("; background: an earlier event");
    }
    label
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::{bundled, load_str};

    fn flat(b: &Briefing, article: usize) -> String {
        let text = &b.articles[article].text;
        let mut out = String::new();
        for block in article_blocks(b, article) {
            out.push('{');
            for e in block.events {
                match e {
                    Event::Text(r) => out.push_str(&text[r]),
                    Event::Open(m) => {
                        out.push_str(&format!("[{}:", b.entities[b.mentions[m].entity].id))
                    }
                    Event::Close(_) => out.push(']'),
                }
            }
            out.push('}');
        }
        out
    }

    const NESTED: &str = r#"
id: t
title: T
date: 2017-06-18
articles:
  - {id: en, lang: en, source: S, headline: H, text: "al-Qaeda in Mali said.\n\nSecond one.\n\nThird"}
entities:
  - {id: aq, kind: actor, name: AQ, mentions: [{article: en, quote: "al-Qaeda in Mali"}]}
  - {id: aq2, kind: actor, name: AQ, mentions: [{article: en, quote: "al-Qaeda"}]}
  - {id: mali, kind: place, name: Mali, mentions: [{article: en, quote: "Mali"}]}
  - {id: span, kind: actor, name: X, mentions: [{article: en, quote: "one.\n\nThird"}]}
"#;

    #[test]
    fn nested_mentions_give_balanced_events() {
        let b = load_str("t.yaml", NESTED).unwrap().briefing;
        assert_eq!(
            flat(&b, 0),
            "{[aq:[aq2:al-Qaeda] in [mali:Mali]] said.}{Second [span:one.\n\nThird]}"
        );
        assert!(has_inner(&b, 0));
        assert!(!has_inner(&b, 1));
    }

    #[test]
    fn every_bundled_mention_is_opened_once() {
        let b = bundled().unwrap().briefing;
        let mut seen = vec![0; b.mentions.len()];
        for a in 0..b.articles.len() {
            for block in article_blocks(&b, a) {
                for e in block.events {
                    if let Event::Open(m) = e {
                        seen[m] += 1;
                    }
                }
            }
        }
        assert!(seen.iter().all(|&n| n == 1));
    }

    #[test]
    fn labels_carry_the_claims() {
        let text = include_str!("../../tests/fixtures/claims/claims.yaml");
        let b = load_str("claims.yaml", text).unwrap().briefing;
        let label = |id: &str| {
            let e = b.entity_index(id).unwrap();
            mention_label(&b, &b.mentions[b.entities[e].mentions[0]])
        };
        assert_eq!(label("colonel"), "casualty: 1 killed; denied by The army");
        assert_eq!(
            label("soldiers"),
            "casualty: some killed; part of People killed in the bombing"
        );
        assert_eq!(
            label("car-bomb-2015"),
            "casualty: 20 killed; background: an earlier event"
        );
        assert_eq!(label("director"), "actor");
    }

    #[test]
    fn file_names() {
        let b = bundled().unwrap().briefing;
        assert_eq!(
            default_file_name(&b, ExportFormat::Html),
            "mali-le-campement-2017-06-18.html"
        );
    }
}
