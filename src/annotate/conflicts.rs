//! Resolving the merge conflicts a file lists (its `conflicts:` items): taking OURS's value,
//! THEIRS's, or both, as edits; and saving what is left of the list.
//!
//! Data flows one way: [`resolve`] turns one item and a [`Take`] into edits: THEIRS's value
//! (the item's `theirs_value`, `briefing::conflict::Theirs`) set with the edit that sets it
//! (a rename, a name, a figure, links, the mark of a span), or OURS's and THEIRS's
//! together where both can hold ([`both`]: two figures of one type as the range that
//! holds both, two sets of links as their union), and last the item's removal
//! ([`Edit::RemoveConflict`]). The reader performs them as one undoable step; [`apply`]
//! makes the removal (and its inverse, the item put back). When the list changed, [`change`]
//! gives `save` the new text of the file's top-level `conflicts:` block (gone with its last
//! item; appended at the end of a file that had none).

use crate::briefing::conflict::{self, Theirs};
use crate::briefing::{Briefing, Conflict, ConflictField, EntityIx, Figure, Part, Qualifier};

use super::edit::{Edit, EditError};
use super::fields::Field;
use super::rewrite::Change;

/// Which side's value a resolution keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Take {
    Ours,
    Theirs,
    Both,
}

/// Removes item `at` (`Edit::RemoveConflict`); the inverse puts it back.
pub fn remove(b: &mut Briefing, at: usize) -> Result<Edit, EditError> {
    if at >= b.conflicts.len() {
        return Err(EditError::UnknownConflict(at));
    }
    let conflict = b.conflicts.remove(at);
    Ok(Edit::InsertConflict { at, conflict })
}

/// Puts `conflict` back as item `at` (`Edit::InsertConflict`).
pub fn insert(b: &mut Briefing, at: usize, conflict: &Conflict) -> Result<Edit, EditError> {
    if at > b.conflicts.len() {
        return Err(EditError::UnknownConflict(at));
    }
    b.conflicts.insert(at, conflict.clone());
    Ok(Edit::RemoveConflict { at })
}

/// The edits that resolve item `at` of `b`'s conflicts by taking `take`, its removal last;
/// or why that cannot be done (a sentence for the status line).
pub fn resolve(b: &Briefing, at: usize, take: Take) -> Result<Vec<Edit>, String> {
    let c = b.conflicts.get(at).ok_or("there is no such conflict")?;
    let mut edits = match take {
        Take::Ours => Vec::new(),
        Take::Theirs => {
            let value = c.take.as_ref().ok_or(
                "this item does not hold THEIRS's value (an older merge wrote it): edit the file by hand",
            )?;
            theirs(b, c, value)?
        }
        Take::Both => vec![both(b, c).ok_or("both cannot hold here: take ours or theirs")?],
    };
    edits.push(Edit::RemoveConflict { at });
    Ok(edits)
}

/// The entity an item is about, in `b`.
fn entity(b: &Briefing, c: &Conflict) -> Result<EntityIx, String> {
    let id = c.entity.as_deref().unwrap_or("");
    b.entity_index(id)
        .ok_or_else(|| format!("the file has no entity {id:?} any more"))
}

/// The edits that set THEIRS's value.
fn theirs(b: &Briefing, c: &Conflict, value: &Theirs) -> Result<Vec<Edit>, String> {
    let no_edit = || {
        Err(format!(
            "THEIRS's value does not fit {}: edit the file by hand, then take ours",
            c.subject()
        ))
    };
    let article = || {
        let id = c.article.as_deref().unwrap_or("");
        b.article_index(id)
            .ok_or_else(|| format!("the file has no article {id:?}"))
    };
    let field = match c.field {
        ConflictField::Title => Some(Field::Title),
        ConflictField::Date => Some(Field::Date),
        ConflictField::Summary => Some(Field::Summary),
        ConflictField::Source => Some(Field::Source(article()?)),
        ConflictField::Url => Some(Field::Url(article()?)),
        ConflictField::Published => Some(Field::Published(article()?)),
        _ => None,
    };
    if let (Some(field), Theirs::Text(value)) = (field, value) {
        return Ok(vec![Edit::SetField {
            field,
            value: value.clone(),
        }]);
    }
    let edit = match (c.field, value) {
        (ConflictField::Kind, Theirs::Kind(kind, figure)) => Edit::SetKind {
            entity: entity(b, c)?,
            kind: *kind,
            figure: *figure,
        },
        (ConflictField::Entity, Theirs::Deleted) => Edit::RemoveEntity {
            entity: entity(b, c)?,
        },
        (ConflictField::Name, Theirs::Text(Some(name))) => Edit::Rename {
            entity: entity(b, c)?,
            name: name.clone(),
        },
        (ConflictField::Names, Theirs::Text(name)) => Edit::SetName {
            entity: entity(b, c)?,
            lang: c.lang.clone().unwrap_or_default(),
            name: name.clone(),
        },
        (ConflictField::Figure, Theirs::Figure(figure)) => Edit::SetFigure {
            entity: entity(b, c)?,
            figure: *figure,
        },
        (ConflictField::Links, Theirs::Links(ids)) => Edit::SetLinks {
            entity: entity(b, c)?,
            links: ids
                .iter()
                .map(|id| {
                    b.entity_index(id).ok_or_else(|| {
                        format!("THEIRS links to {id:?}, which the file no longer has")
                    })
                })
                .collect::<Result<_, _>>()?,
        },
        (ConflictField::Mention, Theirs::Mark(mark)) => return mark_span(b, c, mark.as_ref()),
        _ => return no_edit(),
    };
    Ok(vec![edit])
}

/// The edits that make the item's span marked as `mark` says (an entity's id and the
/// mention's figure), or not marked.
fn mark_span(
    b: &Briefing,
    c: &Conflict,
    mark: Option<&(String, Option<Figure>)>,
) -> Result<Vec<Edit>, String> {
    let span = c.span.as_ref().ok_or("this mention conflict has no span")?;
    let article = b
        .article_index(&span.article)
        .ok_or_else(|| format!("the file has no article {:?}", span.article))?;
    let text = b.articles[article].part(span.part);
    let byte = |chars: usize| {
        text.char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(text.len()))
            .nth(chars)
    };
    let bytes = match (byte(span.start), byte(span.end)) {
        (Some(from), Some(to)) if from < to => from..to,
        _ => return Err("the conflict's span is not in the article".into()),
    };
    let list = match span.part {
        Part::Text => &b.mentions,
        Part::Headline => &b.headline_mentions,
    };
    let now = list
        .iter()
        .find(|m| m.article == article && m.bytes == bytes)
        .map(|m| m.entity);
    let target = match mark {
        Some((id, figure)) => Some((
            b.entity_index(id)
                .ok_or_else(|| format!("the file has no entity {id:?} to mark it as"))?,
            *figure,
        )),
        None => None,
    };
    let part = span.part;
    Ok(match (now, target) {
        (Some(e), Some((t, figure))) if e == t => vec![Edit::SetMentionFigure {
            entity: e,
            article,
            part,
            bytes,
            figure,
        }],
        (now, target) => {
            let removed = now.map(|entity| Edit::RemoveMention {
                entity,
                article,
                part,
                bytes: bytes.clone(),
            });
            let added = target.map(|(entity, figure)| Edit::AddMention {
                entity,
                article,
                part,
                bytes: bytes.clone(),
                figure,
            });
            removed.into_iter().chain(added).collect()
        }
    })
}

/// The edit that keeps OURS's value (as the file has it now) and THEIRS's together, where
/// both can hold: links (their union) and figures of one type counted exactly (the range
/// from the lower to the higher). None elsewhere.
pub fn both(b: &Briefing, c: &Conflict) -> Option<Edit> {
    let e = entity(b, c).ok()?;
    let entity = &b.entities[e];
    match (c.field, c.take.as_ref()?) {
        (ConflictField::Links, Theirs::Links(ids)) => {
            let mut links = entity.links.clone();
            for id in ids {
                let l = b.entity_index(id)?;
                if !links.contains(&l) {
                    links.push(l);
                }
            }
            (links != entity.links).then_some(Edit::SetLinks { entity: e, links })
        }
        (ConflictField::Figure, Theirs::Figure(Some(theirs))) => {
            let ours = entity.figure?;
            let exact = |f: &Figure| f.qualifier == Qualifier::Exact && !f.superseded;
            if ours.kind != theirs.kind || !exact(&ours) || !exact(theirs) || ours == *theirs {
                return None;
            }
            let top = |f: &Figure| f.count_max.unwrap_or(f.count);
            let (low, high) = (ours.count.min(theirs.count), top(&ours).max(top(theirs)));
            let figure = Figure {
                count: low,
                count_max: (high > low).then_some(high),
                as_of: ours.as_of.filter(|_| ours.as_of == theirs.as_of),
                ..ours
            };
            Some(Edit::SetFigure {
                entity: e,
                figure: Some(figure),
            })
        }
        _ => None,
    }
}

/// Whether two lists of conflicts are the same but perhaps for the id of the entity each
/// item is about (what a new id changes).
pub fn ids_only(original: &[Conflict], current: &[Conflict]) -> bool {
    let without = |c: &Conflict| Conflict {
        entity: None,
        ..c.clone()
    };
    original.len() == current.len()
        && original
            .iter()
            .zip(current)
            .all(|(a, b)| a == b || without(a) == without(b))
}

/// The change to the file's `conflicts:` block when the list changed from `original`'s to
/// `current`'s: the block (its top-level key's line to the next top-level line) rewritten,
/// or removed when no item is left, or added at the end of a file that had none. `source`
/// is the file's text (without a byte order mark), `nl` its line break.
pub fn change(source: &str, original: &Briefing, current: &Briefing, nl: &str) -> Option<Change> {
    if ids_only(&original.conflicts, &current.conflicts) {
        // Unchanged, or only the ids of the entities items are about (`fields_save`
        // rewrites those in place).
        return None;
    }
    let text = match current.conflicts.is_empty() {
        true => String::new(),
        false => conflict::yaml(&current.conflicts, nl),
    };
    let at = conflict::block(source).unwrap_or(source.len()..source.len());
    Some(Change {
        from: at.start,
        to: at.end,
        text,
    })
}

#[cfg(test)]
#[path = "conflicts_tests.rs"]
mod tests;
