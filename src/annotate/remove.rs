//! Removing any entity, with its mentions and the links to it (`Edit::RemoveEntity`), and
//! inserting one at a place in the list (`Edit::InsertEntity`), which undoes it.
//!
//! Both move the entities after the place by one, so every `EntityIx` in the model past it
//! (mentions' entities, links) is renumbered. The inverse of a removal is one batch that
//! inserts the entity back where it was with its own links, adds its mentions back (with
//! their figures) and gives back the links lists that named it: after it, every index the
//! history holds means what it meant before the removal.

use crate::briefing::{Briefing, Entity, EntityIx};

use super::check;
use super::edit::{Edit, EditError, NewMention};
use super::entities;

/// Renumbers every entity index of the model (mentions, links) with `f`; drops the
/// mentions and links for which it gives None.
fn renumber(b: &mut Briefing, f: impl Fn(EntityIx) -> Option<EntityIx>) {
    for list in [&mut b.mentions, &mut b.headline_mentions] {
        list.retain_mut(|m| match f(m.entity) {
            Some(e) => {
                m.entity = e;
                true
            }
            None => false,
        });
    }
    for e in &mut b.entities {
        e.links = e.links.iter().filter_map(|&l| f(l)).collect();
    }
    super::mentions::reindex(b);
}

pub fn remove(b: &mut Briefing, at: EntityIx) -> Result<Edit, EditError> {
    check::entity(b, at)?;
    let mentions: Vec<NewMention> = b
        .mentions
        .iter()
        .chain(&b.headline_mentions)
        .filter(|m| m.entity == at)
        .map(|m| NewMention {
            entity: at,
            article: m.article,
            part: m.part,
            bytes: m.bytes.clone(),
            figure: m.figure,
        })
        .collect();
    let linked_from: Vec<(EntityIx, Vec<EntityIx>)> = EntityIx::all(b)
        .filter(|&e| b.entities[e].links.contains(&at))
        .map(|e| (e, b.entities[e].links.clone()))
        .collect();
    let gone = b.entities.remove(at.0);
    renumber(b, |e| match e.0.cmp(&at.0) {
        std::cmp::Ordering::Less => Some(e),
        std::cmp::Ordering::Equal => None,
        std::cmp::Ordering::Greater => Some(EntityIx(e.0 - 1)),
    });
    let mut back = vec![Edit::InsertEntity {
        entity: at,
        id: gone.id,
        kind: gone.kind,
        name: gone.name,
        names: gone.names,
        figure: gone.figure,
        links: gone.links,
    }];
    if !mentions.is_empty() {
        back.push(Edit::AddMentions(mentions));
    }
    back.extend(
        linked_from
            .into_iter()
            .map(|(entity, links)| Edit::SetLinks { entity, links }),
    );
    Ok(match back.len() {
        1 => back.remove(0),
        _ => Edit::Batch(back),
    })
}

/// Inserts `new` (no mentions; its links in the numbering after the insertion) at `at`.
pub fn insert(b: &mut Briefing, at: EntityIx, new: Entity) -> Result<Edit, EditError> {
    if at.0 > b.entities.len() {
        return Err(EditError::UnknownEntity(at));
    }
    entities::check_new(b, &new.id, new.kind, &new.name, &new.names, new.figure)?;
    let after = b.entities.len() + 1;
    if let Some(&bad) = new.links.iter().find(|l| l.0 >= after) {
        return Err(EditError::UnknownEntity(bad));
    }
    if new.links.contains(&at) {
        return Err(EditError::LinkToItself(check::describe(&new)));
    }
    let links = new.links.clone();
    b.entities.insert(
        at.0,
        Entity {
            links: Vec::new(),
            mentions: Vec::new(),
            ..new
        },
    );
    // Nothing names the new entity yet: every index from `at` on moves up.
    renumber(b, |e| match e.0 >= at.0 {
        true => Some(EntityIx(e.0 + 1)),
        false => Some(e),
    });
    b.entities[at].links = links;
    Ok(Edit::RemoveEntity { entity: at })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::apply;
    use crate::briefing::{Part, bundled};

    /// How many mentions `e` has in `part`.
    fn count(b: &Briefing, e: EntityIx, part: Part) -> usize {
        let list = match part {
            Part::Text => &b.mentions,
            Part::Headline => &b.headline_mentions,
        };
        list.iter().filter(|m| m.entity == e).count()
    }

    /// An entity of the bundled briefing with text and headline mentions that another
    /// entity links to, not the last one.
    fn linked_and_marked(b: &Briefing) -> EntityIx {
        EntityIx::all(b)
            .filter(|&e| e.0 + 1 < b.entities.len())
            .find(|&e| {
                count(b, e, Part::Text) > 0
                    && count(b, e, Part::Headline) > 0
                    && b.entities.iter().any(|o| o.links.contains(&e))
            })
            .expect("the bundled briefing has one")
    }

    #[test]
    fn removing_takes_mentions_and_links_and_undoes_exactly() {
        let original = bundled().unwrap().briefing;
        let e = linked_and_marked(&original);
        let id = original.entities[e].id.clone();
        let next_id = original.entities[e.0 + 1].id.clone();
        let mut b = original.clone();
        let inverse = apply(&mut b, &Edit::RemoveEntity { entity: e }).unwrap();
        assert_eq!(b.entities.len(), original.entities.len() - 1);
        assert!(b.entity_index(&id).is_none());
        assert_eq!(b.entities[e].id, next_id, "the later entities moved up");
        let marked = |b: &Briefing| b.mentions.len() + b.headline_mentions.len();
        let had = count(&original, e, Part::Text) + count(&original, e, Part::Headline);
        assert_eq!(marked(&b), marked(&original) - had);
        // Every mention still marks its entity's text as before.
        for m in b.mentions.iter().chain(&b.headline_mentions) {
            let was = original.entity_index(&b.entities[m.entity].id).unwrap();
            assert!(
                original
                    .mentions
                    .iter()
                    .chain(&original.headline_mentions)
                    .any(|o| o.entity == was && o.bytes == m.bytes && o.article == m.article)
            );
        }
        assert!(
            b.entities
                .iter()
                .all(|o| o.links.iter().all(|l| l.0 < b.entities.len()))
        );
        let again = apply(&mut b, &inverse).unwrap();
        assert_eq!(b, original, "undone");
        apply(&mut b, &again).unwrap();
        assert!(b.entity_index(&id).is_none(), "redone");
    }

    #[test]
    fn inserting_checks_like_creating() {
        let mut b = bundled().unwrap().briefing;
        let taken = b.entities[0].clone();
        let err = insert(&mut b, EntityIx(0), taken).unwrap_err();
        assert!(matches!(err, EditError::DuplicateId(_)), "{err}");
        let mut far = b.entities[0].clone();
        far.id = "far".into();
        far.links.clear();
        let err = insert(&mut b, EntityIx(999), far).unwrap_err();
        assert!(matches!(err, EditError::UnknownEntity(_)), "{err}");
    }
}
