//! Edits of entities: create (appended) and delete (the last one only, unused), rename,
//! names per language, links, the accepted figure. Each checks what the loader would
//! refuse (ids, blank names, figures, links to nothing or to itself) before changing
//! anything, and returns its inverse.

use std::collections::BTreeMap;

use crate::briefing::{Briefing, Entity, EntityIx, EntityKind, Figure, valid_id};

use super::check::{self, describe};
use super::edit::{Edit, EditError};

/// Checks a new entity as the loader would: a fresh id, names not blank, the figure its
/// kind needs.
pub fn check_new(
    b: &Briefing,
    id: &str,
    kind: EntityKind,
    name: &str,
    names: &BTreeMap<String, String>,
    figure: Option<Figure>,
) -> Result<(), EditError> {
    fresh_id(b, id)?;
    check::name(name)?;
    for (lang, name) in names {
        if lang.trim().is_empty() {
            return Err(EditError::EmptyLanguage);
        }
        check::name(name)?;
    }
    check::entity_figure(kind, name, figure.as_ref())
}

/// An id an entity may take: well formed, and no entity's, nor named by a merge conflict
/// (which would then be about it).
fn fresh_id(b: &Briefing, id: &str) -> Result<(), EditError> {
    if !valid_id(id) {
        return Err(EditError::BadId(check::shown(id)));
    }
    let in_conflicts = b.conflicts.iter().any(|c| c.entity.as_deref() == Some(id));
    if b.entity_index(id).is_some() || in_conflicts {
        return Err(EditError::DuplicateId(id.to_string()));
    }
    Ok(())
}

pub fn create(
    b: &mut Briefing,
    id: &str,
    kind: EntityKind,
    name: &str,
    names: &BTreeMap<String, String>,
    figure: Option<Figure>,
) -> Result<Edit, EditError> {
    check_new(b, id, kind, name, names, figure)?;
    b.entities.push(Entity {
        id: id.to_string(),
        kind,
        name: name.to_string(),
        names: names.clone(),
        links: Vec::new(),
        figure,
        background: false,
        responsibility: Vec::new(),
        mentions: Vec::new(),
    });
    Ok(Edit::DeleteEntity {
        entity: EntityIx(b.entities.len() - 1),
    })
}

pub fn delete(b: &mut Briefing, entity: EntityIx) -> Result<Edit, EditError> {
    let e = check::entity(b, entity)?;
    if entity.0 + 1 != b.entities.len() {
        return Err(EditError::NotLast(describe(e)));
    }
    let in_use = |why: String| EditError::InUse {
        entity: describe(e),
        why,
    };
    let marked = !e.mentions.is_empty() || b.headline_mentions.iter().any(|m| m.entity == entity);
    if marked {
        return Err(in_use("it is marked in the articles".into()));
    }
    if let Some(other) = b.entities.iter().find(|o| o.links.contains(&entity)) {
        return Err(in_use(format!("{} links to it", describe(other))));
    }
    let Some(e) = b.entities.pop() else {
        return Err(EditError::UnknownEntity(entity));
    };
    let create = Edit::CreateEntity {
        id: e.id,
        kind: e.kind,
        name: e.name,
        names: e.names,
        figure: e.figure,
    };
    Ok(match e.links.is_empty() {
        true => create,
        false => Edit::Batch(vec![
            create,
            Edit::SetLinks {
                entity,
                links: e.links,
            },
        ]),
    })
}

pub fn rename(b: &mut Briefing, entity: EntityIx, name: &str) -> Result<Edit, EditError> {
    check::entity(b, entity)?;
    check::name(name)?;
    let old = std::mem::replace(&mut b.entities[entity].name, name.to_string());
    Ok(Edit::Rename { entity, name: old })
}

pub fn set_name(
    b: &mut Briefing,
    entity: EntityIx,
    lang: &str,
    name: Option<&str>,
) -> Result<Edit, EditError> {
    check::entity(b, entity)?;
    if lang.trim().is_empty() {
        return Err(EditError::EmptyLanguage);
    }
    let names = &mut b.entities[entity].names;
    let old = match name {
        Some(name) => {
            check::name(name)?;
            names.insert(lang.to_string(), name.to_string())
        }
        None => names.remove(lang),
    };
    Ok(Edit::SetName {
        entity,
        lang: lang.to_string(),
        name: old,
    })
}

/// Checks that `from` may link to `to`: both exist, and they are not one.
fn linkable(b: &Briefing, from: EntityIx, to: EntityIx) -> Result<(), EditError> {
    let e = check::entity(b, from)?;
    check::entity(b, to)?;
    match from == to {
        true => Err(EditError::LinkToItself(describe(e))),
        false => Ok(()),
    }
}

pub fn link(b: &mut Briefing, from: EntityIx, to: EntityIx) -> Result<Edit, EditError> {
    linkable(b, from, to)?;
    if b.entities[from].links.contains(&to) {
        return Err(EditError::AlreadyLinked {
            from: describe(&b.entities[from]),
            to: describe(&b.entities[to]),
        });
    }
    b.entities[from].links.push(to);
    Ok(Edit::Unlink { from, to })
}

pub fn unlink(b: &mut Briefing, from: EntityIx, to: EntityIx) -> Result<Edit, EditError> {
    linkable(b, from, to)?;
    let links = &b.entities[from].links;
    let Some(at) = links.iter().rposition(|&l| l == to) else {
        return Err(EditError::NotLinked {
            from: describe(&b.entities[from]),
            to: describe(&b.entities[to]),
        });
    };
    let old = links.clone();
    b.entities[from].links.remove(at);
    Ok(match at + 1 == old.len() {
        true => Edit::Link { from, to },
        false => Edit::SetLinks {
            entity: from,
            links: old,
        },
    })
}

pub fn set_links(
    b: &mut Briefing,
    entity: EntityIx,
    links: &[EntityIx],
) -> Result<Edit, EditError> {
    check::entity(b, entity)?;
    for &to in links {
        linkable(b, entity, to)?;
    }
    let old = std::mem::replace(&mut b.entities[entity].links, links.to_vec());
    Ok(Edit::SetLinks { entity, links: old })
}

pub fn set_figure(
    b: &mut Briefing,
    entity: EntityIx,
    figure: Option<Figure>,
) -> Result<Edit, EditError> {
    let e = check::entity(b, entity)?;
    check::entity_figure(e.kind, &e.name, figure.as_ref())?;
    let old = std::mem::replace(&mut b.entities[entity].figure, figure);
    Ok(Edit::SetFigure {
        entity,
        figure: old,
    })
}

/// Gives the entity a new id; the merge conflicts naming it follow (links are by index, and
/// are written with the new id).
pub fn set_id(b: &mut Briefing, entity: EntityIx, id: &str) -> Result<Edit, EditError> {
    let old = check::entity(b, entity)?.id.clone();
    if old == id {
        return Ok(Edit::SetId { entity, id: old });
    }
    fresh_id(b, id)?;
    for c in &mut b.conflicts {
        c.rename_entity(&old, id);
    }
    b.entities[entity].id = id.to_string();
    Ok(Edit::SetId { entity, id: old })
}

/// Changes the entity's kind, with the accepted figure the new kind needs (a casualty
/// figure's, none for the others). Leaving casualty drops the figures its mentions state
/// and who states them; the inverse puts them back. Refused while the old kind is needed:
/// an actor that says, denies, blames or has responsibility entries; a casualty figure
/// that is background or a whole other figures are part of.
pub fn set_kind(
    b: &mut Briefing,
    entity: EntityIx,
    kind: EntityKind,
    figure: Option<Figure>,
) -> Result<Edit, EditError> {
    let e = check::entity(b, entity)?;
    check::entity_figure(kind, &e.name, figure.as_ref())?;
    if kind != e.kind
        && let Some(why) = kind_needed(b, entity)
    {
        return Err(EditError::KindNeeded {
            entity: describe(e),
            why,
        });
    }
    let (old_kind, old_figure) = (e.kind, e.figure);
    let mut dropped = Vec::new();
    if kind != EntityKind::Casualty {
        for m in b.mentions.iter_mut().chain(&mut b.headline_mentions) {
            if m.entity != entity {
                continue;
            }
            let place = (m.article, m.part, m.bytes.clone());
            if let Some(f) = m.figure.take() {
                dropped.push(Edit::SetMentionFigure {
                    entity,
                    article: place.0,
                    part: place.1,
                    bytes: place.2.clone(),
                    figure: Some(f),
                });
            }
            if let Some(a) = m.attribution.take() {
                dropped.push(Edit::SetMentionAttribution {
                    entity,
                    article: place.0,
                    part: place.1,
                    bytes: place.2,
                    attribution: Some(a),
                });
            }
        }
    }
    let e = &mut b.entities[entity];
    (e.kind, e.figure) = (kind, figure);
    let back = Edit::SetKind {
        entity,
        kind: old_kind,
        figure: old_figure,
    };
    Ok(match dropped.is_empty() {
        true => back,
        false => Edit::Batch(std::iter::once(back).chain(dropped).collect()),
    })
}

/// Why entity `i` must keep its kind, if it must: what names it as an actor (a speaker, a
/// denier, who blames) or its own responsibility entries; as a casualty figure, being
/// background or a whole other figures are part of.
fn kind_needed(b: &Briefing, i: EntityIx) -> Option<String> {
    let e = &b.entities[i];
    let attributions = || {
        let all = b.mentions.iter().chain(&b.headline_mentions);
        all.filter_map(|m| m.attribution.as_deref())
    };
    match e.kind {
        EntityKind::Actor if !e.responsibility.is_empty() => {
            Some("its responsibility for the attack is recorded".into())
        }
        EntityKind::Actor
            if attributions().any(|a| a.said_by.contains(&i) || a.denied_by.contains(&i)) =>
        {
            Some("a figure is said or denied by it".into())
        }
        EntityKind::Actor
            if b.entities
                .iter()
                .any(|o| o.responsibility.iter().any(|r| r.by.contains(&i))) =>
        {
            Some("it blames, or reports a claim".into())
        }
        EntityKind::Casualty if e.background => Some("it is a background figure".into()),
        EntityKind::Casualty if attributions().any(|a| a.part_of == Some(i)) => {
            Some("other figures are part of it".into())
        }
        _ => None,
    }
}
