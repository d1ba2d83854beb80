//! Indices that say what they index: an article, an entity, a mention in a text or one in a
//! headline (positions in `Briefing::articles`, `entities`, `mentions`,
//! `headline_mentions`). The reader keeps its place with these, so an entity can never be
//! passed where a mention is meant, nor a headline mention where a text one is.

use crate::briefing::{Article, Briefing, Entity, Mention};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ArticleIx(pub usize);

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EntityIx(pub usize);

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MentionIx(pub usize);

/// A mention in a headline: a position in `Briefing::headline_mentions`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct HeadlineIx(pub usize);

/// A mention anywhere in an article: in its text or in its headline (what the reader's
/// cursor is on).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AnyMention {
    Text(MentionIx),
    Headline(HeadlineIx),
}

impl ArticleIx {
    pub fn of(self, briefing: &Briefing) -> &Article {
        &briefing.articles[self.0]
    }
}

impl EntityIx {
    pub fn of(self, briefing: &Briefing) -> &Entity {
        &briefing.entities[self.0]
    }
}

impl MentionIx {
    pub fn of(self, briefing: &Briefing) -> &Mention {
        &briefing.mentions[self.0]
    }
}

impl HeadlineIx {
    pub fn of(self, briefing: &Briefing) -> &Mention {
        &briefing.headline_mentions[self.0]
    }
}

impl AnyMention {
    pub fn of(self, briefing: &Briefing) -> &Mention {
        match self {
            AnyMention::Text(m) => m.of(briefing),
            AnyMention::Headline(h) => h.of(briefing),
        }
    }

    /// The mention in the text, if that is where it is.
    pub fn text(self) -> Option<MentionIx> {
        match self {
            AnyMention::Text(m) => Some(m),
            AnyMention::Headline(_) => None,
        }
    }
}
