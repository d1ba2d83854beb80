//! Every edit on a briefing, as data, and [`apply`], which checks one against the loader's
//! rules, makes it, and returns the edit that undoes it.
//!
//! Entities are referred to by their `EntityIx` (stable: `CreateEntity` appends,
//! `DeleteEntity` removes only the last one), articles by their `ArticleIx`; mentions by
//! what they are (entity, article, part, byte range), never by `MentionIx`, which every
//! mention edit re-sorts. The work is done by `mentions` (edits of mentions) and `entities`
//! (edits of entities), with the shared checks in `check`; an edit that is refused leaves
//! the briefing untouched.

use std::collections::BTreeMap;
use std::ops::Range;

use crate::briefing::{ArticleIx, Attribution, Briefing, EntityIx, EntityKind, Figure, Part};

use super::{batch, entities, mentions};

/// A mention as `AddMentions` and `RemoveMentions` name it: entity, place, its figure and
/// who states it.
#[derive(Debug, Clone, PartialEq)]
pub struct NewMention {
    pub entity: EntityIx,
    pub article: ArticleIx,
    pub part: Part,
    pub bytes: Range<usize>,
    pub figure: Option<Figure>,
    pub attribution: Option<Box<Attribution>>,
}

/// One change to a briefing.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    AddMention {
        entity: EntityIx,
        article: ArticleIx,
        part: Part,
        bytes: Range<usize>,
        figure: Option<Figure>,
    },
    RemoveMention {
        entity: EntityIx,
        article: ArticleIx,
        part: Part,
        bytes: Range<usize>,
    },
    /// Many `AddMention`s as one edit, all or none, in time linear in the mentions (see
    /// `batch`); undone by `RemoveMentions`.
    AddMentions(Vec<NewMention>),
    /// Many `RemoveMention`s as one edit (figures aside: the inverse puts back the ones the
    /// mentions had).
    RemoveMentions(Vec<NewMention>),
    /// Relink: the mention moves to another entity (its figure goes with it, unless the
    /// target is not a casualty entity: then it is dropped; the inverse restores it).
    MoveMention {
        from: EntityIx,
        to: EntityIx,
        article: ArticleIx,
        part: Part,
        bytes: Range<usize>,
    },
    SetMentionFigure {
        entity: EntityIx,
        article: ArticleIx,
        part: Part,
        bytes: Range<usize>,
        figure: Option<Figure>,
    },
    /// Sets (Some) or removes (None) who states a figure's mention and how its claim stands.
    SetMentionAttribution {
        entity: EntityIx,
        article: ArticleIx,
        part: Part,
        bytes: Range<usize>,
        attribution: Option<Box<Attribution>>,
    },
    /// Appends an entity (no mentions, no links).
    CreateEntity {
        id: String,
        kind: EntityKind,
        name: String,
        names: BTreeMap<String, String>,
        figure: Option<Figure>,
    },
    /// Removes the LAST entity, which must have no mentions and nothing linking to it (the
    /// inverse of CreateEntity).
    DeleteEntity {
        entity: EntityIx,
    },
    Rename {
        entity: EntityIx,
        name: String,
    },
    /// Sets (Some) or removes (None) the entity's name in one language.
    SetName {
        entity: EntityIx,
        lang: String,
        name: Option<String>,
    },
    Link {
        from: EntityIx,
        to: EntityIx,
    },
    Unlink {
        from: EntityIx,
        to: EntityIx,
    },
    SetFigure {
        entity: EntityIx,
        figure: Option<Figure>,
    },
    /// Replaces an entity's links, in this order (what undoes an `Unlink` from the middle
    /// of the list).
    SetLinks {
        entity: EntityIx,
        links: Vec<EntityIx>,
    },
    /// Several edits made in order as one; undone in reverse order.
    Batch(Vec<Edit>),
}

/// Why an edit was refused; its Display is one sentence for the status line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("there is no entity #{}", .0.0)]
    UnknownEntity(EntityIx),
    #[error("there is no article #{}", .0.0)]
    UnknownArticle(ArticleIx),
    #[error("the selection is not text of the article: {0}")]
    BadRange(String),
    #[error("“{text}” is already marked as {entity}")]
    AlreadyMarked { text: String, entity: String },
    #[error("“{text}” would cross “{other}”, marked as {entity}: mentions may nest but not cross")]
    Crossing {
        text: String,
        other: String,
        entity: String,
    },
    #[error("“{text}” is not marked as {entity}")]
    NotMarked { text: String, entity: String },
    #[error("{entity} is a casualty figure and needs a figure")]
    FigureNeeded { entity: String },
    #[error("only casualty figures have figures, and {entity} is not one")]
    FigureNotAllowed { entity: String },
    #[error("{0}")]
    BadFigure(String),
    #[error("a name cannot be empty")]
    EmptyName,
    #[error("a name needs a language tag")]
    EmptyLanguage,
    #[error("“{0}” cannot be an id: use ASCII letters, digits, '-', '_' or '.'")]
    BadId(String),
    #[error("the id “{0}” is already used")]
    DuplicateId(String),
    #[error("only the last entity can be deleted, and {0} is not")]
    NotLast(String),
    #[error("{entity} cannot be deleted: {why}")]
    InUse { entity: String, why: String },
    #[error("{0} cannot be linked to itself")]
    LinkToItself(String),
    #[error("{from} is already linked to {to}")]
    AlreadyLinked { from: String, to: String },
    #[error("{from} is not linked to {to}")]
    NotLinked { from: String, to: String },
    #[error("{0}")]
    BadAttribution(String),
}

/// Applies `edit`, keeping every invariant the loader guarantees (mentions sorted as the
/// loader sorts them, `Entity::mentions` rebuilt, `chars` computed from `bytes`, ranges on
/// character boundaries), and returns the edit that undoes it. Refuses, leaving `b`
/// untouched, any edit after which the file would not pass `briefing check`.
pub fn apply(b: &mut Briefing, edit: &Edit) -> Result<Edit, EditError> {
    match edit {
        Edit::AddMention {
            entity,
            article,
            part,
            bytes,
            figure,
        } => mentions::add(b, *entity, (*article, *part, bytes), *figure),
        Edit::RemoveMention {
            entity,
            article,
            part,
            bytes,
        } => mentions::remove(b, *entity, (*article, *part, bytes)),
        Edit::MoveMention {
            from,
            to,
            article,
            part,
            bytes,
        } => mentions::relink(b, *from, *to, (*article, *part, bytes)),
        Edit::SetMentionFigure {
            entity,
            article,
            part,
            bytes,
            figure,
        } => mentions::set_figure(b, *entity, (*article, *part, bytes), *figure),
        Edit::SetMentionAttribution {
            entity,
            article,
            part,
            bytes,
            attribution,
        } => mentions::set_attribution(b, *entity, (*article, *part, bytes), attribution),
        Edit::CreateEntity {
            id,
            kind,
            name,
            names,
            figure,
        } => entities::create(b, id, *kind, name, names, *figure),
        Edit::DeleteEntity { entity } => entities::delete(b, *entity),
        Edit::Rename { entity, name } => entities::rename(b, *entity, name),
        Edit::SetName { entity, lang, name } => {
            entities::set_name(b, *entity, lang, name.as_deref())
        }
        Edit::Link { from, to } => entities::link(b, *from, *to),
        Edit::Unlink { from, to } => entities::unlink(b, *from, *to),
        Edit::SetFigure { entity, figure } => entities::set_figure(b, *entity, *figure),
        Edit::SetLinks { entity, links } => entities::set_links(b, *entity, links),
        Edit::AddMentions(new) => batch::add(b, new),
        Edit::RemoveMentions(gone) => batch::remove(b, gone),
        Edit::Batch(edits) => batch(b, edits),
    }
}

/// Applies `edits` in order, all or none: when one is refused, those before it are undone.
/// Returns their inverses as one batch, in reverse order.
fn batch(b: &mut Briefing, edits: &[Edit]) -> Result<Edit, EditError> {
    let mut done: Vec<Edit> = Vec::with_capacity(edits.len());
    for edit in edits {
        match apply(b, edit) {
            Ok(inverse) => done.push(inverse),
            Err(e) => {
                for inverse in done.iter().rev() {
                    // Inverses of edits just made apply by construction.
                    let _ = apply(b, inverse);
                }
                return Err(e);
            }
        }
    }
    done.reverse();
    Ok(Edit::Batch(done))
}

#[cfg(test)]
#[path = "edit_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "refusal_tests.rs"]
mod refusal_tests;
