//! Edits of entities: create (appended) and delete (the last one only, unused), rename,
//! names per language, links, the accepted figure. Each checks what the loader would
//! refuse (ids, blank names, figures, links to nothing or to itself) before changing
//! anything, and returns its inverse.

use std::collections::BTreeMap;

use crate::briefing::{Briefing, Entity, EntityIx, EntityKind, Figure, valid_id};

use super::check::{self, describe};
use super::edit::{Edit, EditError};

pub fn create(
    b: &mut Briefing,
    id: &str,
    kind: EntityKind,
    name: &str,
    names: &BTreeMap<String, String>,
    figure: Option<Figure>,
) -> Result<Edit, EditError> {
    if !valid_id(id) {
        return Err(EditError::BadId(check::shown(id)));
    }
    if b.entity_index(id).is_some() {
        return Err(EditError::DuplicateId(id.to_string()));
    }
    check::name(name)?;
    for (lang, name) in names {
        if lang.trim().is_empty() {
            return Err(EditError::EmptyLanguage);
        }
        check::name(name)?;
    }
    check::entity_figure(kind, name, figure.as_ref())?;
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
