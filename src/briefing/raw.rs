//! The briefing file as written: serde types that mirror the YAML one to one.
//!
//! Unknown fields are errors (`deny_unknown_fields`), so a typo such as `entites:` is caught
//! by serde_yaml with its line and column. Semantic checks happen later, in `validate`.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::diagnostic::NodePath;
use super::model::{Direction, EntityKind, Figure};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBriefing {
    pub id: String,
    pub title: String,
    pub date: String,
    #[serde(default)]
    pub summary: Option<String>,
    pub articles: Vec<RawArticle>,
    #[serde(default)]
    pub entities: Vec<RawEntity>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawArticle {
    pub id: String,
    pub lang: String,
    #[serde(default)]
    pub dir: Option<Direction>,
    pub source: String,
    #[serde(default)]
    pub url: Option<String>,
    pub headline: String,
    pub text: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEntity {
    pub id: String,
    pub kind: EntityKind,
    pub name: String,
    #[serde(default)]
    pub names: BTreeMap<String, String>,
    #[serde(default)]
    pub links: Vec<String>,
    #[serde(default)]
    pub figure: Option<Figure>,
    #[serde(default)]
    pub mentions: Vec<RawMention>,
}

/// A mention selector: a quote (optionally narrowed by prefix, suffix or occurrence), or
/// code-point offsets, or both (then they must agree).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMention {
    pub article: String,
    #[serde(default)]
    pub quote: Option<String>,
    #[serde(default)]
    pub occurrence: Option<usize>,
    #[serde(default)]
    pub prefix: Option<String>,
    #[serde(default)]
    pub suffix: Option<String>,
    #[serde(default)]
    pub start: Option<usize>,
    #[serde(default)]
    pub end: Option<usize>,
    #[serde(default)]
    pub figure: Option<Figure>,
}

/// A text field that is scanned for suspicious characters, with the path of its node.
pub struct TextField<'a> {
    pub path: NodePath,
    pub value: &'a str,
}

/// Every text field of the briefing, for the suspicious-text scan.
pub fn text_fields(raw: &RawBriefing) -> Vec<TextField<'_>> {
    let root = NodePath::root();
    let mut fields = vec![
        TextField {
            path: root.key("id"),
            value: &raw.id,
        },
        TextField {
            path: root.key("title"),
            value: &raw.title,
        },
    ];
    if let Some(summary) = &raw.summary {
        fields.push(TextField {
            path: root.key("summary"),
            value: summary,
        });
    }
    for (i, a) in raw.articles.iter().enumerate() {
        let p = root.key("articles").index(i);
        fields.push(TextField {
            path: p.key("source"),
            value: &a.source,
        });
        fields.push(TextField {
            path: p.key("headline"),
            value: &a.headline,
        });
        fields.push(TextField {
            path: p.key("text"),
            value: &a.text,
        });
    }
    for (i, e) in raw.entities.iter().enumerate() {
        let p = root.key("entities").index(i);
        fields.push(TextField {
            path: p.key("name"),
            value: &e.name,
        });
        for (lang, name) in &e.names {
            fields.push(TextField {
                path: p.key("names").name(lang),
                value: name,
            });
        }
    }
    fields
}
