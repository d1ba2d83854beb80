//! The briefing file as written: serde types that mirror the YAML one to one.
//!
//! Unknown fields are errors (`deny_unknown_fields`), so a typo such as `entites:` is caught
//! by serde_yaml with its line and column. Every text field must be written as text: YAML
//! reads an unquoted `~`, `null` or empty value as null, `123` as a number and `true` as a
//! boolean, and these are refused (`text`, `optional_text`) rather than turned into strings
//! such as "~" or "123". Semantic checks happen later, in `validate`.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};

use super::attribution::{Claim, Stance, Trend};
use super::conflict::RawConflict;
use super::diagnostic::NodePath;
use super::figure::{FigureType, Moment, Qualifier};
use super::model::{Direction, EntityKind, Part};

/// A briefing: one event, several articles about it, and the entities marked in them.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Briefing")]
pub struct RawBriefing {
    /// The version of the format the file is written in (1 to 3; optional: 3 says the file
    /// may use speakers, claims, parts of a toll, trends, times and responsibility).
    #[serde(default)]
    #[schemars(range(min = 1, max = 3))]
    pub format_version: Option<u32>,
    /// Briefing id: ASCII letters, digits, '-', '_', '.'.
    #[serde(deserialize_with = "text")]
    pub id: String,
    /// Title of the briefing.
    #[serde(deserialize_with = "text")]
    pub title: String,
    /// Date of the event, YYYY-MM-DD.
    #[serde(deserialize_with = "text")]
    pub date: String,
    /// Optional analyst summary.
    #[serde(default, deserialize_with = "optional_text")]
    pub summary: Option<String>,
    /// The articles, at least one.
    pub articles: Vec<RawArticle>,
    /// The entities marked in the articles.
    #[serde(default)]
    pub entities: Vec<RawEntity>,
    /// What `briefing merge` could not merge (OURS's value was kept); `check` reports each.
    #[serde(default)]
    pub conflicts: Vec<RawConflict>,
}

/// One article about the event, in one language.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Article")]
pub struct RawArticle {
    /// Article id, unique in the briefing (mentions name it).
    #[serde(deserialize_with = "text")]
    pub id: String,
    /// BCP 47 language tag: en, ar, fa-IR...
    #[serde(deserialize_with = "text")]
    pub lang: String,
    /// Writing direction, ltr or rtl; by default from the language.
    #[serde(default)]
    pub dir: Option<Direction>,
    /// Who published the article.
    #[serde(deserialize_with = "text")]
    pub source: String,
    /// Optional address of the article.
    #[serde(default, deserialize_with = "optional_text")]
    pub url: Option<String>,
    /// When the source published the article: a date (2017-06-19) or date-time
    /// (2017-06-19T08:30Z); a figure without its own as_of held then.
    #[serde(default, deserialize_with = "optional_text")]
    #[schemars(regex(pattern = super::figure::MOMENT_PATTERN))]
    pub published: Option<String>,
    /// The article's headline (mentions may select in it with part: headline).
    #[serde(deserialize_with = "text")]
    pub headline: String,
    /// The article's text; paragraphs are separated by blank lines.
    #[serde(deserialize_with = "text")]
    pub text: String,
}

/// An actor, place or casualty figure, marked in the articles by its mentions.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Entity")]
pub struct RawEntity {
    /// Entity id, unique in the briefing (links name it).
    #[serde(deserialize_with = "text")]
    pub id: String,
    /// actor, place or casualty.
    pub kind: EntityKind,
    /// Display name.
    #[serde(deserialize_with = "text")]
    pub name: String,
    /// Names per language tag, e.g. {ar: مالي}.
    #[serde(default, deserialize_with = "text_map")]
    pub names: BTreeMap<String, String>,
    /// Ids of related entities.
    #[serde(default, deserialize_with = "text_list")]
    pub links: Vec<String>,
    /// The accepted figure (casualty entities only, and required there).
    #[serde(default)]
    pub figure: Option<RawFigure>,
    /// true for a casualty figure about an earlier event the articles recall ("the 2015 attack killed 20"): left out of this event's toll.
    #[serde(default)]
    pub background: bool,
    /// Claims of responsibility about this actor: it claimed the attack, was blamed for it (by whom), or denied it.
    #[serde(default)]
    pub responsibility: Vec<RawResponsibility>,
    /// Where the entity is mentioned in the articles.
    #[serde(default)]
    pub mentions: Vec<RawMention>,
}

/// A mention selector: a quote (optionally narrowed by prefix, suffix or occurrence), or
/// code-point offsets, or both (then they must agree).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Mention")]
pub struct RawMention {
    /// Id of the article the mention is in.
    #[serde(deserialize_with = "text")]
    pub article: String,
    /// Where the selector selects: the article's `text` (the default) or its `headline`.
    #[serde(default)]
    pub part: Part,
    /// The text to select: every whole-word occurrence, unless narrowed; a space matches any white space within a paragraph.
    #[serde(default, deserialize_with = "optional_text")]
    pub quote: Option<String>,
    /// Select only this occurrence of the quote (from 1).
    #[serde(default)]
    pub occurrence: Option<usize>,
    /// Text that must stand right before the quote.
    #[serde(default, deserialize_with = "optional_text")]
    pub prefix: Option<String>,
    /// Text that must stand right after the quote.
    #[serde(default, deserialize_with = "optional_text")]
    pub suffix: Option<String>,
    /// First code point selected (from 0); with end.
    #[serde(default)]
    pub start: Option<usize>,
    /// Code point after the last one selected (exclusive); with start.
    #[serde(default)]
    pub end: Option<usize>,
    /// The figure as this source states it (casualty entities only).
    #[serde(default)]
    pub figure: Option<RawFigure>,
    /// Ids of the actors who state this figure in the article ("the hospital director said"); on a figure's mention.
    #[serde(default, deserialize_with = "text_list")]
    pub said_by: Vec<String>,
    /// Whether the figure's claim stands: reported (the default), denied or disputed (who did so goes in denied_by).
    #[serde(default)]
    pub claim: Claim,
    /// Ids of the actors who denied or disputed the claim (only with claim: denied or disputed).
    #[serde(default, deserialize_with = "text_list")]
    pub denied_by: Vec<String>,
    /// Id of another casualty entity whose toll this figure is a part of ("soldiers were among the dead"; the figure may be qualifier: some).
    #[serde(default, deserialize_with = "optional_text")]
    pub part_of: Option<String>,
    /// rose or fell: the source says the toll went up or down ("the toll rose to 21") and gives no earlier count.
    #[serde(default)]
    pub trend: Option<Trend>,
}

/// A claim about an actor's responsibility for the attack.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Responsibility")]
pub struct RawResponsibility {
    /// claimed (the actor claimed the attack), blamed (others blamed it for the attack: name them in by), or denied (the actor denied any role).
    pub stance: Stance,
    /// Ids of the actors who blame it (required for blamed), or who report the claim or denial when it is not the actor itself.
    #[serde(default, deserialize_with = "text_list")]
    pub by: Vec<String>,
    /// Id of the article that reports it.
    #[serde(default, deserialize_with = "optional_text")]
    pub article: Option<String>,
}

/// A figure as written: `count` may be left out for a vague qualifier (`dozens`); the
/// loader derives it (`validate::figures`).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Figure")]
pub struct RawFigure {
    /// What is counted: killed, injured, hostages, freed, missing, arrested, casualties (killed and injured together) or other.
    #[serde(rename = "type")]
    pub kind: FigureType,
    /// A whole number; left out for a vague qualifier (several, dozens, scores, hundreds, thousands, some).
    #[serde(default)]
    pub count: Option<u64>,
    /// Upper end of a range (not below count).
    #[serde(default)]
    pub count_max: Option<u64>,
    /// exact (the default), at-least, more-than, about (10%), up-to, fewer-than, or a vague quantity: several, dozens, scores, hundreds, thousands, or some (an unstated number: "soldiers were among the dead").
    #[serde(default)]
    pub qualifier: Qualifier,
    /// true for an earlier figure the source itself revised; left out of comparisons.
    #[serde(default)]
    pub superseded: bool,
    /// When the figure held, as the source gives it.
    #[serde(default)]
    pub as_of: Option<Moment>,
}

/// The start of the message for a value that is not text; the loader adds the value as
/// written, in quotes (`yaml_error`).
pub const NOT_TEXT: &str = "expected text, found";

/// A string written as text: null, numbers and booleans are refused.
struct Text(String);

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("text")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
        Ok(Text(v.to_string()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Text, E> {
        Ok(Text(v))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Text, E> {
        Err(E::custom(format!(
            "{NOT_TEXT} nothing (an empty value, ~ or null): write the text"
        )))
    }

    fn visit_none<E: de::Error>(self) -> Result<Text, E> {
        self.visit_unit()
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Text, E> {
        Err(E::custom(format!("{NOT_TEXT} a boolean")))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Text, E> {
        Err(E::custom(format!("{NOT_TEXT} a number")))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Text, E> {
        Err(E::custom(format!("{NOT_TEXT} a number")))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Text, E> {
        Err(E::custom(format!("{NOT_TEXT} a number")))
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // `deserialize_any` tells a plain `~` or `123` from a quoted "~" or "123".
        d.deserialize_any(TextVisitor)
    }
}

fn text<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Text::deserialize(d).map(|t| t.0)
}

/// An optional text: absent or null is none, anything else must be text.
fn optional_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Option::<Text>::deserialize(d).map(|t| t.map(|t| t.0))
}

fn text_map<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<String, String>, D::Error> {
    BTreeMap::<String, Text>::deserialize(d).map(|m| m.into_iter().map(|(k, v)| (k, v.0)).collect())
}

fn text_list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    Vec::<Text>::deserialize(d).map(|v| v.into_iter().map(|t| t.0).collect())
}

impl RawArticle {
    /// The text of one part: the article's text or its headline.
    pub fn part(&self, part: Part) -> &str {
        part.of(&self.text, &self.headline)
    }
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
