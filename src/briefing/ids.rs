//! Indices that say what they index: an article, an entity, a mention in a text or one in a
//! headline (positions in `Briefing::articles`, `entities`, `mentions`,
//! `headline_mentions`). The model holds its cross-references as these (a mention's entity
//! and article, an entity's links and mentions), and the editing session, suggestions and
//! the reader pass them on unchanged, so an entity can never be passed where an article or
//! a mention is meant, nor a headline mention where a text one is.
//!
//! The vectors they index can be indexed by them directly (`b.entities[mention.entity]`),
//! and each has `of` for the item itself. Not to be confused with the `id` strings of the
//! file format (`Entity::id`, `Article::id`): an `*Ix` is a position in the loaded model.

use super::model::{Article, Briefing, Entity, Mention};

/// An article: a position in `Briefing::articles`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ArticleIx(pub usize);

/// An entity: a position in `Briefing::entities`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EntityIx(pub usize);

/// A mention in an article's text: a position in `Briefing::mentions`.
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

/// `Vec<$item>` indexed by `$ix` (a newtype of `usize`): for the model's vectors here,
/// and for vectors kept one per article elsewhere (the reader's views of the articles).
macro_rules! index_by {
    ($ix:ty, $item:ty) => {
        impl std::ops::Index<$ix> for Vec<$item> {
            type Output = $item;
            fn index(&self, i: $ix) -> &$item {
                &self[i.0]
            }
        }

        impl std::ops::IndexMut<$ix> for Vec<$item> {
            fn index_mut(&mut self, i: $ix) -> &mut $item {
                &mut self[i.0]
            }
        }
    };
}
pub(crate) use index_by;

/// `Vec<$item>` indexed by `$ix`, and `$ix::of` and `$ix::get` for the item in a briefing.
macro_rules! indexes {
    ($ix:ident, $item:ty, $field:ident) => {
        index_by!($ix, $item);

        impl $ix {
            /// The item this is the position of in `briefing`.
            pub fn of(self, briefing: &Briefing) -> &$item {
                &briefing.$field[self.0]
            }

            /// The item, if `briefing` has one here (an index from an edit is unchecked).
            pub fn get(self, briefing: &Briefing) -> Option<&$item> {
                briefing.$field.get(self.0)
            }
        }
    };
}

indexes!(ArticleIx, Article, articles);
indexes!(EntityIx, Entity, entities);
indexes!(MentionIx, Mention, mentions);

impl HeadlineIx {
    pub fn of(self, briefing: &Briefing) -> &Mention {
        &briefing.headline_mentions[self.0]
    }
}

impl ArticleIx {
    /// Every article of `briefing`, in order.
    pub fn all(briefing: &Briefing) -> impl Iterator<Item = ArticleIx> + use<> {
        (0..briefing.articles.len()).map(ArticleIx)
    }
}

impl EntityIx {
    /// Every entity of `briefing`, in order.
    pub fn all(briefing: &Briefing) -> impl Iterator<Item = EntityIx> + use<> {
        (0..briefing.entities.len()).map(EntityIx)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::bundled;

    #[test]
    fn typed_indices_reach_what_they_name() {
        let b = bundled().unwrap().briefing;
        let m = MentionIx(0);
        let mention = &b.mentions[m];
        assert_eq!(m.of(&b), mention);
        assert_eq!(b.entities[mention.entity].id, mention.entity.of(&b).id);
        assert!(b.entities[mention.entity].mentions.contains(&m));
        assert_eq!(b.articles[mention.article].id, mention.article.of(&b).id);
        assert_eq!(ArticleIx::all(&b).count(), b.articles.len());
        assert_eq!(
            EntityIx::all(&b).last(),
            Some(EntityIx(b.entities.len() - 1))
        );
        assert!(EntityIx(b.entities.len()).get(&b).is_none());
        assert_eq!(ArticleIx(1).get(&b), b.articles.get(1));
    }
}
