//! The JSON export: the resolved model, field by field in a fixed order (structs, never
//! maps with hash order), pretty-printed. The shape is documented in docs/FORMAT.md
//! (`## JSON export`); the types are public so readers of the export can deserialize it.
//!
//! Strings hold the exact text (mention ranges slice it); characters that could act on a
//! terminal or editor showing the file, or hide text in it (C1 controls, bidi controls and
//! marks, tag characters, U+2028/U+2029: `text::is_escaped_in_json`) are written as
//! `\uXXXX` escapes, C0 controls already are by serde_json.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::text::is_escaped_in_json;
use crate::briefing::{Briefing, Direction, EntityKind, Figure, Part};

/// The version of this JSON shape; bumped on incompatible changes.
pub const FORMAT_VERSION: u32 = 2;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportedBriefing {
    pub format_version: u32,
    pub id: String,
    pub title: String,
    pub date: String,
    pub summary: Option<String>,
    pub articles: Vec<ExportedArticle>,
    pub entities: Vec<ExportedEntity>,
    pub mentions: Vec<ExportedMention>,
}

/// A half-open range `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl From<&std::ops::Range<usize>> for Span {
    fn from(r: &std::ops::Range<usize>) -> Self {
        Span {
            start: r.start,
            end: r.end,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportedArticle {
    pub id: String,
    pub lang: String,
    pub dir: Direction,
    pub source: String,
    pub url: Option<String>,
    pub headline: String,
    pub text: String,
    /// Byte ranges of the paragraphs in `text`.
    pub paragraphs: Vec<Span>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportedEntity {
    pub id: String,
    pub kind: EntityKind,
    pub name: String,
    /// Names per language tag, sorted by tag.
    pub names: BTreeMap<String, String>,
    pub figure: Option<Figure>,
    /// Ids of linked entities.
    pub links: Vec<String>,
    /// Indices into `mentions`.
    pub mentions: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportedMention {
    pub entity: String,
    pub article: String,
    /// `headline` for a mention in the headline (its ranges are then in the headline); left
    /// out for the article's text.
    #[serde(default, skip_serializing_if = "Part::is_text")]
    pub part: Part,
    /// Code-point range in the article's text.
    pub chars: Span,
    /// Byte range (UTF-8) in the article's text.
    pub bytes: Span,
    /// The exact text marked.
    pub text: String,
    pub figure: Option<Figure>,
}

impl ExportedBriefing {
    pub fn new(b: &Briefing) -> Self {
        // Headline mentions follow the text's in `mentions`.
        let mut in_headlines: Vec<Vec<usize>> = vec![Vec::new(); b.entities.len()];
        for (h, m) in b.headline_mentions.iter().enumerate() {
            in_headlines[m.entity.0].push(b.mentions.len() + h);
        }
        ExportedBriefing {
            format_version: FORMAT_VERSION,
            id: b.id.clone(),
            title: b.title.clone(),
            date: b.date.clone(),
            summary: b.summary.clone(),
            articles: b
                .articles
                .iter()
                .map(|a| ExportedArticle {
                    id: a.id.clone(),
                    lang: a.lang.clone(),
                    dir: a.dir,
                    source: a.source.clone(),
                    url: a.url.clone(),
                    headline: a.headline.clone(),
                    text: a.text.clone(),
                    paragraphs: a.paragraphs.iter().map(Span::from).collect(),
                })
                .collect(),
            entities: b
                .entities
                .iter()
                .enumerate()
                .map(|(entity, e)| ExportedEntity {
                    id: e.id.clone(),
                    kind: e.kind,
                    name: e.name.clone(),
                    names: e.names.clone(),
                    figure: e.figure,
                    links: e.links.iter().map(|&l| b.entities[l].id.clone()).collect(),
                    mentions: e
                        .mentions
                        .iter()
                        .map(|m| m.0)
                        .chain(in_headlines[entity].iter().copied())
                        .collect(),
                })
                .collect(),
            mentions: b
                .mentions
                .iter()
                .chain(&b.headline_mentions)
                .map(|m| ExportedMention {
                    entity: b.entities[m.entity].id.clone(),
                    article: b.articles[m.article].id.clone(),
                    part: m.part,
                    chars: Span::from(&m.chars),
                    bytes: Span::from(&m.bytes),
                    text: b.mention_text(m).to_string(),
                    figure: m.figure,
                })
                .collect(),
        }
    }
}

/// Escapes the characters serde_json leaves raw but that should not reach a terminal. They
/// can only stand inside strings (JSON's own syntax is ASCII), so this is safe textually.
pub(crate) fn escape_invisible(json: String) -> String {
    // serde_json escapes C0 controls itself (and newline and tab in strings).
    let risky = |c: char| c >= '\u{7F}' && is_escaped_in_json(c);
    if !json.chars().any(risky) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 32);
    for c in json.chars() {
        if risky(c) {
            // JSON escapes are UTF-16 units: a tag character is a surrogate pair.
            for unit in c.encode_utf16(&mut [0; 2]) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The JSON document, pretty-printed, ending in a newline.
pub fn render(b: &Briefing) -> String {
    let json = serde_json::to_string_pretty(&ExportedBriefing::new(b))
        .expect("plain structs always serialize");
    escape_invisible(json) + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters_are_escaped_and_round_trip() {
        let raw = "a\u{85}b\u{202E}c\u{2028}d\u{7f}\u{1b}\u{200F}\u{E0041}";
        let json = escape_invisible(serde_json::to_string(raw).unwrap());
        assert_eq!(
            json,
            "\"a\\u0085b\\u202ec\\u2028d\\u007f\\u001b\\u200f\\udb40\\udc41\""
        );
        assert_eq!(serde_json::from_str::<String>(&json).unwrap(), raw);
    }
}
