//! Removing any entity (`Edit::RemoveEntity`), with its mentions and everything else that
//! names it: the links to it, the speakers, deniers and wholes of figures' attributions,
//! who blames or reports in an actor's responsibility (an entry of blame left with nobody
//! blaming goes, as the loader refuses it).
//!
//! The entities after it move up one, so every `EntityIx` in the model past it is
//! renumbered. What a removal changes is spread over the model, so its inverse is the
//! entities and mentions as they were (`Edit::RestoreEntities`, which is its own kind of
//! inverse: it gives back the lists it replaced). The articles never change, so those lists
//! are all a restore needs; after it every index the history holds means what it meant.

use crate::briefing::{Briefing, Entity, EntityIx, Mention, Stance};

use super::check;
use super::edit::{Edit, EditError};

/// The entities and mentions of a briefing, as a removal found them.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityLists {
    pub entities: Vec<Entity>,
    pub mentions: Vec<Mention>,
    pub headline_mentions: Vec<Mention>,
}

/// Renumbers every entity index of the model with `f` (None: the entity is gone): the
/// mentions of a gone entity go, and so does every reference to it. `Entity::mentions` is
/// left for the caller to rebuild.
fn renumber(b: &mut Briefing, f: impl Fn(EntityIx) -> Option<EntityIx>) {
    let all = |list: &[EntityIx]| list.iter().filter_map(|&e| f(e)).collect::<Vec<_>>();
    for list in [&mut b.mentions, &mut b.headline_mentions] {
        list.retain(|m| f(m.entity).is_some());
        for m in list.iter_mut() {
            m.entity = f(m.entity).unwrap_or(m.entity);
            if let Some(a) = m.attribution.take() {
                let mut a = *a;
                a.said_by = all(&a.said_by);
                a.denied_by = all(&a.denied_by);
                a.part_of = a.part_of.and_then(&f);
                m.attribution = a.boxed();
            }
        }
    }
    for e in &mut b.entities {
        e.links = all(&e.links);
        for r in &mut e.responsibility {
            r.by = all(&r.by);
        }
        e.responsibility
            .retain(|r| !(r.stance == Stance::Blamed && r.by.is_empty()));
    }
}

pub fn remove(b: &mut Briefing, at: EntityIx) -> Result<Edit, EditError> {
    check::entity(b, at)?;
    let before = EntityLists {
        entities: b.entities.clone(),
        mentions: b.mentions.clone(),
        headline_mentions: b.headline_mentions.clone(),
    };
    renumber(b, |e| match e.0.cmp(&at.0) {
        std::cmp::Ordering::Less => Some(e),
        std::cmp::Ordering::Equal => None,
        std::cmp::Ordering::Greater => Some(EntityIx(e.0 - 1)),
    });
    b.entities.remove(at.0);
    super::mentions::reindex(b);
    Ok(Edit::RestoreEntities(Box::new(before)))
}

/// Puts back entities and mentions a removal took (or a restore replaced).
pub fn restore(b: &mut Briefing, lists: &EntityLists) -> Result<Edit, EditError> {
    let n = lists.entities.len();
    let mentions = lists.mentions.iter().chain(&lists.headline_mentions);
    for m in mentions {
        if m.entity.0 >= n {
            return Err(EditError::UnknownEntity(m.entity));
        }
        check::range(b, m.article, m.part, &m.bytes)?;
    }
    let replaced = EntityLists {
        entities: std::mem::replace(&mut b.entities, lists.entities.clone()),
        mentions: std::mem::replace(&mut b.mentions, lists.mentions.clone()),
        headline_mentions: std::mem::replace(
            &mut b.headline_mentions,
            lists.headline_mentions.clone(),
        ),
    };
    Ok(Edit::RestoreEntities(Box::new(replaced)))
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
    fn a_removed_speaker_leaves_the_attributions_and_blame_that_named_it() {
        let text = include_str!("../../tests/fixtures/claims/claims.yaml");
        let original = crate::briefing::load_str("c.yaml", text).unwrap().briefing;
        // Every entity named by another's attribution or responsibility.
        let named: Vec<EntityIx> = EntityIx::all(&original)
            .filter(|&e| {
                let in_attribution = original
                    .mentions
                    .iter()
                    .filter_map(|m| m.attribution.as_deref())
                    .any(|a| {
                        a.said_by.contains(&e) || a.denied_by.contains(&e) || a.part_of == Some(e)
                    });
                let in_blame = original
                    .entities
                    .iter()
                    .any(|o| o.responsibility.iter().any(|r| r.by.contains(&e)));
                in_attribution || in_blame
            })
            .collect();
        assert!(!named.is_empty(), "the fixture names entities");
        for e in named {
            let mut b = original.clone();
            let inverse = apply(&mut b, &Edit::RemoveEntity { entity: e }).unwrap();
            // What is left is a briefing the loader takes, as written.
            let again = crate::annotate::save("c.yaml", text, &original, &b)
                .unwrap_or_else(|err| panic!("{}: {err}", original.entities[e].id));
            assert_eq!(
                crate::briefing::load_str("c.yaml", &again.yaml)
                    .unwrap()
                    .briefing,
                b
            );
            apply(&mut b, &inverse).unwrap();
            assert_eq!(b, original);
        }
    }
}
