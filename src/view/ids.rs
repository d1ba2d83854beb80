//! Indices that say what they index: an article, an entity or a mention of the briefing
//! (positions in `Briefing::articles`, `entities`, `mentions`). The reader keeps its place
//! with these, so an entity can never be passed where a mention is meant.

use crate::briefing::{Article, Briefing, Entity, Mention};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ArticleIx(pub usize);

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EntityIx(pub usize);

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MentionIx(pub usize);

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
