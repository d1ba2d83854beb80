//! Edits of mentions: add, remove, move to another entity, set the figure a mention
//! states. Mentions live in `Briefing::mentions` (texts) and `Briefing::headline_mentions`,
//! each sorted as the loader sorts them (article, start, longest first); an added mention is
//! inserted at its place, after the same overlap checks the loader makes (the same text is
//! marked once; mentions nest but do not cross), and `Entity::mentions` is rebuilt.

use std::cmp::Reverse;
use std::ops::Range;

use crate::briefing::{
    ArticleIx, Attribution, Briefing, EntityIx, Figure, Mention, MentionIx, Part,
};

use super::check::{self, describe, shown};
use super::edit::{Edit, EditError};

/// Where a mention is: article, part, byte range.
pub type Place<'a> = (ArticleIx, Part, &'a Range<usize>);

/// An edit made: its inverse, or why it was refused.
type Done = Result<Edit, EditError>;

fn list(b: &Briefing, part: Part) -> &Vec<Mention> {
    match part {
        Part::Text => &b.mentions,
        Part::Headline => &b.headline_mentions,
    }
}

fn list_mut(b: &mut Briefing, part: Part) -> &mut Vec<Mention> {
    match part {
        Part::Text => &mut b.mentions,
        Part::Headline => &mut b.headline_mentions,
    }
}

/// Where a mention of `bytes` in `article` is, or would go, in its sorted list.
fn slot(list: &[Mention], article: ArticleIx, bytes: &Range<usize>) -> usize {
    let key = (article, bytes.start, Reverse(bytes.end));
    list.partition_point(|m| (m.article, m.bytes.start, Reverse(m.bytes.end)) < key)
}

/// Rebuilds every `Entity::mentions` from `Briefing::mentions`.
pub(super) fn reindex(b: &mut Briefing) {
    for e in &mut b.entities {
        e.mentions.clear();
    }
    for (k, m) in b.mentions.iter().enumerate() {
        b.entities[m.entity].mentions.push(MentionIx(k));
    }
}

/// The index of `entity`'s mention at `place` in its list.
pub(super) fn find(
    b: &Briefing,
    entity: EntityIx,
    (article, part, bytes): Place,
) -> Result<usize, EditError> {
    let e = check::entity(b, entity)?;
    let text = check::range(b, article, part, bytes)?;
    let l = list(b, part);
    let i = slot(l, article, bytes);
    match l.get(i) {
        Some(m) if m.article == article && m.bytes == *bytes && m.entity == entity => Ok(i),
        _ => Err(EditError::NotMarked {
            text: shown(text),
            entity: describe(e),
        }),
    }
}

/// Refuses a new mention at `place` that marks text already marked, or crosses a mention.
fn check_overlaps(
    b: &Briefing,
    (article, part, bytes): Place,
    text: &str,
) -> Result<(), EditError> {
    let l = list(b, part);
    let from = l.partition_point(|m| m.article < article);
    let near = l[from..]
        .iter()
        .take_while(|m| m.article == article && m.bytes.start < bytes.end);
    for m in near.filter(|m| m.bytes.end > bytes.start) {
        let entity = describe(&b.entities[m.entity]);
        let inside = |a: &Range<usize>, b: &Range<usize>| b.start <= a.start && a.end <= b.end;
        if m.bytes == *bytes {
            let text = shown(text);
            return Err(EditError::AlreadyMarked { text, entity });
        }
        if !inside(&m.bytes, bytes) && !inside(bytes, &m.bytes) {
            let other = shown(&b.articles[article].part(part)[m.bytes.clone()]);
            let text = shown(text);
            return Err(EditError::Crossing {
                text,
                other,
                entity,
            });
        }
    }
    Ok(())
}

pub fn add(b: &mut Briefing, entity: EntityIx, place: Place, figure: Option<Figure>) -> Done {
    let (article, part, bytes) = place;
    let e = check::entity(b, entity)?;
    let text = check::range(b, article, part, bytes)?;
    check::mention_figure(e, figure.as_ref())?;
    check_overlaps(b, place, text)?;
    let start = b.articles[article].part(part)[..bytes.start]
        .chars()
        .count();
    let mention = Mention {
        entity,
        article,
        part,
        bytes: bytes.clone(),
        chars: start..start + text.chars().count(),
        figure,
        attribution: None,
    };
    let l = list_mut(b, part);
    let i = slot(l, article, bytes);
    l.insert(i, mention);
    if part.is_text() {
        reindex(b);
    }
    Ok(Edit::RemoveMention {
        entity,
        article,
        part,
        bytes: bytes.clone(),
    })
}

pub fn remove(b: &mut Briefing, entity: EntityIx, place: Place) -> Done {
    let (article, part, bytes) = place;
    let i = find(b, entity, place)?;
    let removed = list_mut(b, part).remove(i);
    if part.is_text() {
        reindex(b);
    }
    let add = Edit::AddMention {
        entity,
        article,
        part,
        bytes: bytes.clone(),
        figure: removed.figure,
    };
    Ok(match removed.attribution {
        None => add,
        attribution => Edit::Batch(vec![
            add,
            Edit::SetMentionAttribution {
                entity,
                article,
                part,
                bytes: bytes.clone(),
                attribution,
            },
        ]),
    })
}

/// Moves the mention to entity `to`; its figure goes with it to a casualty entity and is
/// dropped otherwise (the inverse puts it back).
pub fn relink(b: &mut Briefing, from: EntityIx, to: EntityIx, place: Place) -> Done {
    let (article, part, bytes) = place;
    let i = find(b, from, place)?;
    let target = check::entity(b, to)?;
    if to == from {
        return Err(EditError::AlreadyMarked {
            text: shown(&b.articles[article].part(part)[bytes.clone()]),
            entity: describe(target),
        });
    }
    let keeps_figure = target.kind == crate::briefing::EntityKind::Casualty;
    let m = &mut list_mut(b, part)[i];
    let figure = m.figure;
    m.entity = to;
    let attribution = match keeps_figure {
        true => None,
        false => m.attribution.take(),
    };
    if !keeps_figure {
        m.figure = None;
    }
    if part.is_text() {
        reindex(b);
    }
    let back = Edit::MoveMention {
        from: to,
        to: from,
        article,
        part,
        bytes: bytes.clone(),
    };
    let mut undo = vec![back];
    if let (Some(_), false) = (figure, keeps_figure) {
        undo.push(Edit::SetMentionFigure {
            entity: from,
            article,
            part,
            bytes: bytes.clone(),
            figure,
        });
    }
    if attribution.is_some() {
        undo.push(Edit::SetMentionAttribution {
            entity: from,
            article,
            part,
            bytes: bytes.clone(),
            attribution,
        });
    }
    Ok(match undo.len() {
        1 => undo.remove(0),
        _ => Edit::Batch(undo),
    })
}

/// Sets who states a figure's mention and how its claim stands (None: a plain figure),
/// checked as the loader checks it.
pub fn set_attribution(
    b: &mut Briefing,
    entity: EntityIx,
    place: Place,
    attribution: &Option<Box<Attribution>>,
) -> Done {
    let (article, part, bytes) = place;
    let i = find(b, entity, place)?;
    if let Some(a) = attribution {
        check::attribution(b, entity, a)?;
    }
    let new = attribution.as_deref().cloned().and_then(Attribution::boxed);
    let old = std::mem::replace(&mut list_mut(b, part)[i].attribution, new);
    Ok(Edit::SetMentionAttribution {
        entity,
        article,
        part,
        bytes: bytes.clone(),
        attribution: old,
    })
}

pub fn set_figure(
    b: &mut Briefing,
    entity: EntityIx,
    place: Place,
    figure: Option<Figure>,
) -> Done {
    let (article, part, bytes) = place;
    let i = find(b, entity, place)?;
    check::mention_figure(&b.entities[entity], figure.as_ref())?;
    let old = std::mem::replace(&mut list_mut(b, part)[i].figure, figure);
    Ok(Edit::SetMentionFigure {
        entity,
        article,
        part,
        bytes: bytes.clone(),
        figure: old,
    })
}
