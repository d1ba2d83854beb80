//! The resolved briefing model: what every other part of the program works from.
//!
//! The loader turns a YAML file into these types after validation, so everything here is
//! already consistent: ids are unique, links point at existing entities, and every mention is
//! a byte range (and code-point range) that lies on character boundaries inside its article's
//! text. Mentions are stored once, in `Briefing::mentions`, sorted by article and position;
//! entities refer to them by index.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::{Deserialize, Serialize};

/// Writing direction of an article or paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The default direction for a BCP 47 language tag: right-to-left for the scripts of
    /// Arabic, Persian, Hebrew, Urdu, Pashto, Sindhi, Uyghur, Yiddish, Dhivehi and kin.
    pub fn for_language(lang: &str) -> Direction {
        const RTL: &[&str] = &[
            "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "ku-arab", "mzn", "nqo", "pnb",
            "ps", "sd", "syr", "ug", "ur", "yi",
        ];
        let lang = lang.to_ascii_lowercase();
        let primary = lang.split(['-', '_']).next().unwrap_or("");
        if lang.contains("-arab") || lang.contains("-hebr") || lang.contains("-thaa") {
            return Direction::Rtl;
        }
        if lang.contains("-latn") || lang.contains("-cyrl") {
            return Direction::Ltr;
        }
        if RTL.contains(&primary) {
            Direction::Rtl
        } else {
            Direction::Ltr
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// A whole briefing: one event, several articles, the entities marked in them.
#[derive(Debug, Clone, PartialEq)]
pub struct Briefing {
    pub id: String,
    pub title: String,
    pub date: String,
    pub summary: Option<String>,
    pub articles: Vec<Article>,
    pub entities: Vec<Entity>,
    /// Every resolved mention, sorted by (article, start, longest first).
    pub mentions: Vec<Mention>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    pub id: String,
    pub lang: String,
    pub dir: Direction,
    pub source: String,
    pub url: Option<String>,
    pub headline: String,
    pub text: String,
    /// Byte ranges of the paragraphs of `text` (separated by blank lines), in order.
    pub paragraphs: Vec<Range<usize>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Actor,
    Place,
    Casualty,
}

impl EntityKind {
    pub const ALL: [EntityKind; 3] = [EntityKind::Actor, EntityKind::Place, EntityKind::Casualty];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Actor => "actor",
            EntityKind::Place => "place",
            EntityKind::Casualty => "casualty",
        }
    }

    /// Heading for a list of entities of this kind.
    pub fn plural_title(self) -> &'static str {
        match self {
            EntityKind::Actor => "Actors",
            EntityKind::Place => "Places",
            EntityKind::Casualty => "Casualties",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub id: String,
    pub kind: EntityKind,
    pub name: String,
    /// Names per language tag.
    pub names: BTreeMap<String, String>,
    /// Indices into `Briefing::entities`.
    pub links: Vec<usize>,
    pub figure: Option<Figure>,
    /// Indices into `Briefing::mentions`, in article then text order.
    pub mentions: Vec<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FigureType {
    Killed,
    Injured,
    Hostages,
    Freed,
    Missing,
    Arrested,
    Other,
}

impl FigureType {
    pub fn as_str(self) -> &'static str {
        match self {
            FigureType::Killed => "killed",
            FigureType::Injured => "injured",
            FigureType::Hostages => "hostages",
            FigureType::Freed => "freed",
            FigureType::Missing => "missing",
            FigureType::Arrested => "arrested",
            FigureType::Other => "other",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    #[default]
    Exact,
    AtLeast,
    MoreThan,
    About,
    UpTo,
    FewerThan,
}

impl Qualifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::AtLeast => "at-least",
            Qualifier::MoreThan => "more-than",
            Qualifier::About => "about",
            Qualifier::UpTo => "up-to",
            Qualifier::FewerThan => "fewer-than",
        }
    }

    /// The words put before a count: "at least 20".
    fn words(self) -> &'static str {
        match self {
            Qualifier::Exact => "",
            Qualifier::AtLeast => "at least ",
            Qualifier::MoreThan => "more than ",
            Qualifier::About => "about ",
            Qualifier::UpTo => "up to ",
            Qualifier::FewerThan => "fewer than ",
        }
    }
}

/// A casualty or hostage figure, as an entity states it or as one source reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    #[serde(rename = "type")]
    pub kind: FigureType,
    pub count: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count_max: Option<u64>,
    #[serde(default)]
    pub qualifier: Qualifier,
}

impl Figure {
    /// The figure in words: "at least 20 killed", "2-3 injured", "about 11,000" (type
    /// `other` is described by its entity's name, so only the number is given).
    pub fn describe(&self) -> String {
        let count = match self.count_max {
            Some(max) if max != self.count => format!("{}-{}", grouped(self.count), grouped(max)),
            _ => grouped(self.count),
        };
        match self.kind {
            FigureType::Other => format!("{}{count}", self.qualifier.words()),
            kind => format!("{}{count} {}", self.qualifier.words(), kind.as_str()),
        }
    }
}

/// A count with thousands separators: 11000 -> "11,000".
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// One marked occurrence of an entity in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Index into `Briefing::entities`.
    pub entity: usize,
    /// Index into `Briefing::articles`.
    pub article: usize,
    /// Byte range in the article's text.
    pub bytes: Range<usize>,
    /// Code-point range in the article's text (end exclusive).
    pub chars: Range<usize>,
    /// The figure as this source states it (casualty entities only).
    pub figure: Option<Figure>,
}

impl Briefing {
    /// The indices of one article's mentions in `mentions` (they are contiguous).
    pub fn mention_range(&self, article: usize) -> Range<usize> {
        let start = self.mentions.partition_point(|m| m.article < article);
        let end = self.mentions.partition_point(|m| m.article <= article);
        start..end
    }

    /// The mentions in one article, in text order.
    pub fn mentions_in(&self, article: usize) -> &[Mention] {
        &self.mentions[self.mention_range(article)]
    }

    /// The exact text a mention marks.
    pub fn mention_text(&self, mention: &Mention) -> &str {
        &self.articles[mention.article].text[mention.bytes.clone()]
    }

    pub fn article_index(&self, id: &str) -> Option<usize> {
        self.articles.iter().position(|a| a.id == id)
    }

    pub fn entity_index(&self, id: &str) -> Option<usize> {
        self.entities.iter().position(|e| e.id == id)
    }

    /// What each article reports for a casualty entity: the figures stated by its mentions
    /// in that article (deduplicated, in text order), or none.
    pub fn figures_by_article(&self, entity: usize) -> Vec<Vec<Figure>> {
        let mut out = vec![Vec::new(); self.articles.len()];
        for &m in &self.entities[entity].mentions {
            let mention = &self.mentions[m];
            if let Some(fig) = mention.figure {
                let list: &mut Vec<Figure> = &mut out[mention.article];
                if !list.contains(&fig) {
                    list.push(fig);
                }
            }
        }
        out
    }

    /// True when the articles that state a figure for this entity do not all state the same.
    pub fn figures_disagree(&self, entity: usize) -> bool {
        let stated: Vec<Figure> = self
            .figures_by_article(entity)
            .into_iter()
            .flatten()
            .collect();
        stated.windows(2).any(|w| w[0] != w[1])
    }

    /// Mention counts per article for an entity.
    pub fn mention_counts(&self, entity: usize) -> Vec<usize> {
        let mut counts = vec![0; self.articles.len()];
        for &m in &self.entities[entity].mentions {
            counts[self.mentions[m].article] += 1;
        }
        counts
    }

    pub fn count_kind(&self, kind: EntityKind) -> usize {
        self.entities.iter().filter(|e| e.kind == kind).count()
    }
}

/// Splits a text into paragraphs at blank lines (lines holding only whitespace); returns the
/// byte range of each paragraph without its surrounding blank lines and outer whitespace.
pub fn split_paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            if let Some(s) = start.take() {
                out.push(s..end);
            }
        } else {
            let lead = content.len() - content.trim_start().len();
            if start.is_none() {
                start = Some(pos + lead);
            }
            end = pos + content.trim_end().len();
        }
        pos += line.len();
    }
    if let Some(s) = start {
        out.push(s..end);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rtl_languages() {
        assert_eq!(Direction::for_language("ar"), Direction::Rtl);
        assert_eq!(Direction::for_language("fa-IR"), Direction::Rtl);
        assert_eq!(Direction::for_language("he"), Direction::Rtl);
        assert_eq!(Direction::for_language("en"), Direction::Ltr);
        assert_eq!(Direction::for_language("fr"), Direction::Ltr);
        assert_eq!(Direction::for_language("pa-Arab"), Direction::Rtl);
        assert_eq!(Direction::for_language("az-Latn"), Direction::Ltr);
    }

    #[test]
    fn figure_words() {
        let f = Figure {
            kind: FigureType::Killed,
            count: 20,
            count_max: None,
            qualifier: Qualifier::AtLeast,
        };
        assert_eq!(f.describe(), "at least 20 killed");
        let g = Figure {
            kind: FigureType::Hostages,
            count: 2,
            count_max: Some(3),
            qualifier: Qualifier::Exact,
        };
        assert_eq!(g.describe(), "2-3 hostages");
        let h = Figure {
            kind: FigureType::Other,
            count: 11000,
            count_max: None,
            qualifier: Qualifier::About,
        };
        assert_eq!(h.describe(), "about 11,000");
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1000), "1,000");
        assert_eq!(grouped(1234567), "1,234,567");
    }

    #[test]
    fn paragraphs_split_at_blank_lines() {
        let text = "One a.\nOne b.\n\n  \nTwo.\n\n\nThree  \n";
        let paras: Vec<&str> = split_paragraphs(text)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(paras, ["One a.\nOne b.", "Two.", "Three"]);
        assert!(split_paragraphs("").is_empty());
        assert!(split_paragraphs("\n \n").is_empty());
    }
}
