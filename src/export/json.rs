//! The JSON export: the resolved model, field by field in a fixed order (structs, never
//! maps with hash order), pretty-printed, then the timeline (`briefing::timeline`: each
//! figure type's figures in time order). Format 3's claims are written as the file writes
//! them (ids for entities and articles), each left out where it says nothing (a mention's
//! `said_by` when no one is named). The shape is documented in docs/FORMAT.md
//! (`## JSON export`); the types are public so readers of the export can deserialize it.
//!
//! Strings hold the exact text (mention ranges slice it); characters that could act on a
//! terminal or editor showing the file, or hide text in it (C1 controls, bidi controls and
//! marks, tag characters, U+2028/U+2029: `text::is_escaped_in_json`) are written as
//! `\uXXXX` escapes, C0 controls already are by serde_json.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::text::is_escaped_in_json;
use crate::briefing::{
    Briefing, Claim, Direction, EntityIx, EntityKind, Figure, FigureType, Moment, Part, Point,
    Stance, Trend, timeline,
};

/// The version of this JSON shape; bumped when it changes.
pub const FORMAT_VERSION: u32 = 3;

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
    /// Each figure type's figures in time order, in the order of the types.
    pub timeline: Vec<ExportedSeries>,
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
    /// When the source published it.
    pub published: Option<Moment>,
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
    /// A casualty figure about an earlier event (left out when false).
    #[serde(default, skip_serializing_if = "is_false")]
    pub background: bool,
    /// Claims of responsibility about this actor (left out when none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responsibility: Vec<ExportedResponsibility>,
    /// Indices into `mentions`.
    pub mentions: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportedResponsibility {
    pub stance: Stance,
    /// Ids of the actors who blame it, or report the claim or denial.
    pub by: Vec<String>,
    /// Id of the article that reports it.
    pub article: Option<String>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_reported(c: &Claim) -> bool {
    *c == Claim::Reported
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
    /// Ids of the actors who state the figure (left out when none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub said_by: Vec<String>,
    /// `denied` or `disputed` (left out when reported).
    #[serde(default, skip_serializing_if = "is_reported")]
    pub claim: Claim,
    /// Ids of the actors who denied or disputed it (left out when none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub denied_by: Vec<String>,
    /// Id of the casualty entity whose toll the figure is a part of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<String>,
    /// The rise or fall the source reports with no earlier count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trend: Option<Trend>,
}

/// One figure type's figures in time order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportedSeries {
    #[serde(rename = "type")]
    pub kind: FigureType,
    /// The figure the briefing accepts for this type, or null.
    pub accepted: Option<ExportedAccepted>,
    pub points: Vec<ExportedPoint>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportedAccepted {
    /// Id of the entity whose figure it is.
    pub entity: String,
    pub figure: Figure,
}

/// One figure as one article states it, placed in time (every field always present).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportedPoint {
    /// Index into `mentions`: the first mention that states it.
    pub mention: usize,
    pub entity: String,
    pub article: String,
    pub figure: Figure,
    /// The figure's `as_of`, else its article's `published`, else null.
    pub moment: Option<Moment>,
    pub said_by: Vec<String>,
    pub claim: Claim,
    pub denied_by: Vec<String>,
    pub part_of: Option<String>,
    pub trend: Option<Trend>,
    pub background: bool,
    /// How the toll went from its previous figure, or null.
    pub change: Option<ExportedChange>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportedChange {
    pub way: Trend,
    /// Index into the series' `points` of the earlier figure; null when the source
    /// reports the change with no earlier count.
    pub from: Option<usize>,
}

/// Entity ids of a list of entities.
fn ids(b: &Briefing, list: &[EntityIx]) -> Vec<String> {
    list.iter().map(|&e| b.entities[e].id.clone()).collect()
}

impl ExportedPoint {
    fn new(b: &Briefing, p: &Point) -> Self {
        ExportedPoint {
            mention: p.mention.0,
            entity: b.entities[p.entity].id.clone(),
            article: b.articles[p.article].id.clone(),
            figure: p.figure,
            moment: p.moment,
            said_by: ids(b, &p.said_by),
            claim: p.claim,
            denied_by: ids(b, &p.denied_by),
            part_of: p.part_of.map(|e| b.entities[e].id.clone()),
            trend: p.trend,
            background: p.background,
            change: p.change.map(|c| ExportedChange {
                way: c.way,
                from: c.from,
            }),
        }
    }
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
                    published: a.published,
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
                    links: ids(b, &e.links),
                    background: e.background,
                    responsibility: (e.responsibility.iter())
                        .map(|r| ExportedResponsibility {
                            stance: r.stance,
                            by: ids(b, &r.by),
                            article: r.article.map(|a| b.articles[a].id.clone()),
                        })
                        .collect(),
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
                .map(|m| {
                    let a = m.attribution.as_deref().cloned().unwrap_or_default();
                    ExportedMention {
                        entity: b.entities[m.entity].id.clone(),
                        article: b.articles[m.article].id.clone(),
                        part: m.part,
                        chars: Span::from(&m.chars),
                        bytes: Span::from(&m.bytes),
                        text: b.mention_text(m).to_string(),
                        figure: m.figure,
                        said_by: ids(b, &a.said_by),
                        claim: a.claim,
                        denied_by: ids(b, &a.denied_by),
                        part_of: a.part_of.map(|e| b.entities[e].id.clone()),
                        trend: a.trend,
                    }
                })
                .collect(),
            timeline: timeline(b)
                .iter()
                .map(|s| ExportedSeries {
                    kind: s.kind,
                    accepted: s.accepted.map(|(e, figure)| ExportedAccepted {
                        entity: b.entities[e].id.clone(),
                        figure,
                    }),
                    points: s.points.iter().map(|p| ExportedPoint::new(b, p)).collect(),
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
