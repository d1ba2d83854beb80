//! The resolved briefing model: what every other part of the program works from.
//!
//! The loader turns a YAML file into these types after validation, so everything here is
//! already consistent: ids are unique, links point at existing entities, and every mention is
//! a byte range (and code-point range) that lies on character boundaries inside its article's
//! text (or headline). Mentions are stored once, in `Briefing::mentions`, sorted by article
//! and position, and entities refer to them by index; mentions in headlines are kept apart,
//! in `Briefing::headline_mentions`. Figures, and how they compare, are in `figure`.

use std::collections::BTreeMap;
use std::ops::Range;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::attribution::{Attribution, Responsibility};
use super::conflict::Conflict;
use super::figure::{Figure, Moment};
use super::ids::{ArticleIx, EntityIx, MentionIx};

pub use textlayout::Direction;

/// A whole briefing: one event, several articles, the entities marked in them (the
/// default is the empty briefing `briefing diff` compares a new file with).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Briefing {
    pub id: String,
    pub title: String,
    pub date: String,
    pub summary: Option<String>,
    pub articles: Vec<Article>,
    pub entities: Vec<Entity>,
    /// Every resolved mention of the articles' texts, sorted by (article, start, longest
    /// first).
    pub mentions: Vec<Mention>,
    /// The mentions selected in headlines (`part: headline`), sorted the same way; their
    /// ranges are in the headline. Kept apart so that whatever walks the texts' mentions
    /// never meets a range of another string.
    pub headline_mentions: Vec<Mention>,
    /// What `briefing merge` left unresolved (the file's `conflicts:` list), in file order.
    pub conflicts: Vec<Conflict>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    pub id: String,
    pub lang: String,
    pub dir: Direction,
    pub source: String,
    pub url: Option<String>,
    /// When the source published it (a figure without its own `as_of` held then).
    pub published: Option<Moment>,
    pub headline: String,
    pub text: String,
    /// Byte ranges of the paragraphs of `text` (separated by blank lines), in order.
    pub paragraphs: Vec<Range<usize>>,
}

impl Article {
    /// The text of one part: the article's text or its headline.
    pub fn part(&self, part: Part) -> &str {
        part.of(&self.text, &self.headline)
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
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

    /// The kind with its indefinite article, for messages: "an actor", "a place".
    pub fn with_article(self) -> &'static str {
        match self {
            EntityKind::Actor => "an actor",
            EntityKind::Place => "a place",
            EntityKind::Casualty => "a casualty figure",
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
    /// The entities this one is linked to.
    pub links: Vec<EntityIx>,
    pub figure: Option<Figure>,
    /// A casualty figure about an earlier event the articles recall ("the 2015 attack
    /// killed 20"): shown, but left out of this event's toll.
    pub background: bool,
    /// What was claimed or blamed about this actor's responsibility for the attack.
    pub responsibility: Vec<Responsibility>,
    /// Its mentions in the articles' texts, in article then text order.
    pub mentions: Vec<MentionIx>,
}

/// The part of an article a mention selects in.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Default,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    #[default]
    Text,
    Headline,
}

impl Part {
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Text => "text",
            Part::Headline => "headline",
        }
    }

    pub fn is_text(&self) -> bool {
        *self == Part::Text
    }

    /// This part of an article whose text and headline are given.
    pub fn of<'a>(self, text: &'a str, headline: &'a str) -> &'a str {
        match self {
            Part::Text => text,
            Part::Headline => headline,
        }
    }
}

/// One marked occurrence of an entity in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub entity: EntityIx,
    pub article: ArticleIx,
    /// Where it is: the article's text (in `Briefing::mentions`) or its headline (in
    /// `Briefing::headline_mentions`).
    pub part: Part,
    /// Byte range in the part (the article's text or headline).
    pub bytes: Range<usize>,
    /// Code-point range in the part (end exclusive).
    pub chars: Range<usize>,
    /// The figure as this source states it (casualty entities only).
    pub figure: Option<Figure>,
    /// Who states the figure and how the claim stands (`attribution`); None for most.
    pub attribution: Option<Box<Attribution>>,
}

impl Briefing {
    /// The indices of one article's mentions in `mentions` (they are contiguous).
    pub fn mention_range(&self, article: ArticleIx) -> Range<usize> {
        let start = self.mentions.partition_point(|m| m.article < article);
        let end = self.mentions.partition_point(|m| m.article <= article);
        start..end
    }

    /// The mentions in one article, in text order.
    pub fn mentions_in(&self, article: ArticleIx) -> &[Mention] {
        &self.mentions[self.mention_range(article)]
    }

    /// The mentions in one part (text or headline) of `article`, in text order.
    pub fn mentions_in_part(&self, article: ArticleIx, part: Part) -> &[Mention] {
        match part {
            Part::Text => self.mentions_in(article),
            Part::Headline => self.headline_mentions_in(article),
        }
    }

    /// The exact text a mention marks.
    pub fn mention_text(&self, mention: &Mention) -> &str {
        &self.articles[mention.article].part(mention.part)[mention.bytes.clone()]
    }

    /// The mentions in one article's headline, in order.
    pub fn headline_mentions_in(&self, article: ArticleIx) -> &[Mention] {
        let start = self
            .headline_mentions
            .partition_point(|m| m.article < article);
        let end = self
            .headline_mentions
            .partition_point(|m| m.article <= article);
        &self.headline_mentions[start..end]
    }

    pub fn article_index(&self, id: &str) -> Option<ArticleIx> {
        self.articles.iter().position(|a| a.id == id).map(ArticleIx)
    }

    pub fn entity_index(&self, id: &str) -> Option<EntityIx> {
        self.entities.iter().position(|e| e.id == id).map(EntityIx)
    }

    /// What each article reports for a casualty entity: the figures stated by its mentions
    /// in that article (deduplicated, in text order), or none.
    pub fn figures_by_article(&self, entity: EntityIx) -> Vec<Vec<Figure>> {
        let mut out = vec![Vec::new(); self.articles.len()];
        for &m in &self.entities[entity].mentions {
            let mention = &self.mentions[m];
            if let Some(fig) = mention.figure {
                let list: &mut Vec<Figure> = &mut out[mention.article.0];
                if !list.contains(&fig) {
                    list.push(fig);
                }
            }
        }
        out
    }

    /// True when two of the latest figures the articles state for this entity cannot both
    /// be true ([`Briefing::disagreement`]).
    pub fn figures_disagree(&self, entity: EntityIx) -> bool {
        self.disagreement(entity).is_some()
    }

    /// How the sources disagree on a casualty entity, in words ("26 against 23"): the
    /// figures of the first two [`Briefing::figure_groups`]. None when they can all be true
    /// at once.
    pub fn disagreement(&self, entity: EntityIx) -> Option<String> {
        let groups = self.figure_groups(entity);
        let words = figure_words(&groups);
        (groups.len() > 1).then(|| format!("{} against {}", words[0], words[1]))
    }

    /// [`Briefing::disagreement`] naming every source: each group of figures that can be
    /// true together after the articles that state them, "en, ar2: 26 against ar: 23".
    pub fn disagreement_by_source(&self, entity: EntityIx) -> Option<String> {
        let groups = self.figure_groups(entity);
        if groups.len() < 2 {
            return None;
        }
        let sides: Vec<String> = groups
            .iter()
            .zip(figure_words(&groups))
            .map(|((articles, _), words)| {
                let ids: Vec<&str> = articles
                    .iter()
                    .map(|&a| self.articles[a].id.as_str())
                    .collect();
                format!("{}: {words}", ids.join(", "))
            })
            .collect();
        Some(sides.join(" against "))
    }

    /// The latest figures the articles state for an entity (superseded ones left out), in
    /// groups that can all be true at once: each figure joins the first group every figure
    /// of which it is compatible with. Each group: the articles stating it (in file order)
    /// and its first figure. More than one group: the sources disagree.
    pub fn figure_groups(&self, entity: EntityIx) -> Vec<(Vec<ArticleIx>, Figure)> {
        let mut groups: Vec<(Vec<ArticleIx>, Vec<Figure>)> = Vec::new();
        for (a, figures) in self.figures_by_article(entity).into_iter().enumerate() {
            for f in figures.into_iter().filter(|f| !f.superseded) {
                let group = groups
                    .iter_mut()
                    .find(|(_, members)| members.iter().all(|m| m.compatible(&f)));
                match group {
                    Some((articles, members)) => {
                        if !articles.contains(&ArticleIx(a)) {
                            articles.push(ArticleIx(a));
                        }
                        members.push(f);
                    }
                    None => groups.push((vec![ArticleIx(a)], vec![f])),
                }
            }
        }
        groups
            .into_iter()
            .map(|(articles, members)| (articles, members[0]))
            .collect()
    }

    /// Mention counts per article for an entity.
    pub fn mention_counts(&self, entity: EntityIx) -> Vec<usize> {
        let mut counts = vec![0; self.articles.len()];
        for &m in &self.entities[entity].mentions {
            counts[self.mentions[m].article.0] += 1;
        }
        counts
    }

    pub fn count_kind(&self, kind: EntityKind) -> usize {
        self.entities.iter().filter(|e| e.kind == kind).count()
    }
}

/// How each group's figure is said when groups are set against each other: the count only
/// when they all count one thing ("26"), else the figure ("26 killed").
fn figure_words(groups: &[(Vec<ArticleIx>, Figure)]) -> Vec<String> {
    let one_kind = groups.windows(2).all(|w| w[0].1.kind == w[1].1.kind);
    groups
        .iter()
        .map(|(_, f)| match one_kind {
            true => f.count_words(),
            false => f.describe(),
        })
        .collect()
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
pub(crate) mod tests {
    #[test]
    fn kinds_take_the_right_article() {
        use super::EntityKind;
        let said: Vec<&str> = EntityKind::ALL.iter().map(|k| k.with_article()).collect();
        assert_eq!(said, ["an actor", "a place", "a casualty figure"]);
    }

    use super::*;

    /// The bundled briefing with a third article (a copy of the second, id `ar2`) whose
    /// only mention states `figure` for the UN peacekeepers' entity.
    pub(crate) fn third_source_says(figure: Figure) -> (Briefing, EntityIx) {
        let mut b = crate::briefing::bundled().unwrap().briefing;
        let un = EntityIx::all(&b)
            .find(|&e| b.disagreement(e).is_some())
            .unwrap();
        let mut ar2 = b.articles[1].clone();
        ar2.id = "ar2".into();
        b.articles.push(ar2);
        let model = b.entities[un].mentions[0];
        let mut mention = b.mentions[model].clone();
        mention.article = ArticleIx(2);
        mention.figure = Some(figure);
        b.mentions.push(mention);
        b.entities[un]
            .mentions
            .push(MentionIx(b.mentions.len() - 1));
        (b, un)
    }

    #[test]
    fn every_disagreeing_source_is_named() {
        let un = |b: &Briefing| EntityIx::all(b).find(|&e| b.disagreement(e).is_some());
        let b = crate::briefing::bundled().unwrap().briefing;
        let e = un(&b).unwrap();
        assert_eq!(b.disagreement(e).unwrap(), "11,000 against 10,000");
        assert_eq!(
            b.disagreement_by_source(e).unwrap(),
            "en: 11,000 against ar: 10,000"
        );
        // A third source agreeing with the second joins it; one agreeing with neither is
        // a third side.
        let ar = b.figures_by_article(e)[1][0];
        let (b2, e2) = third_source_says(ar);
        assert_eq!(
            b2.disagreement_by_source(e2).unwrap(),
            "en: 11,000 against ar, ar2: 10,000"
        );
        let (b3, e3) = third_source_says(Figure { count: 9000, ..ar });
        assert_eq!(
            b3.disagreement_by_source(e3).unwrap(),
            "en: 11,000 against ar: 10,000 against ar2: 9,000"
        );
        assert_eq!(b3.disagreement(e3).unwrap(), "11,000 against 10,000");
        assert!(b.figure_groups(EntityIx(0)).len() <= 1);
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
