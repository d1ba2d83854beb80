//! Which entities of BASE, OURS and THEIRS are one entity: each gets an identity, a number
//! shared by the sides' entities that are the same.
//!
//! BASE's entities are identities `0..n` in order. An entity of OURS or THEIRS is BASE's
//! entity with its id. The rest are new on their side: OURS's new entities get the next
//! identities in order; a new entity of THEIRS is OURS's new entity with its id, else one
//! of the same kind that shares a name in any language (both annotators created it, each
//! with an id of their own), else it gets an identity of its own. Names match only between
//! new entities: an entity of BASE keeps its id on both sides (edits cannot change ids).

use std::collections::HashMap;

use crate::briefing::{Briefing, Entity};

/// The identities of the three sides' entities.
pub struct Identities {
    /// Per identity: its entity in BASE, OURS and THEIRS (indices), where it has one.
    pub sides: Vec<[Option<usize>; 3]>,
    /// Per side, per entity: its identity.
    pub of: [Vec<usize>; 3],
}

pub const BASE: usize = 0;
pub const OURS: usize = 1;
pub const THEIRS: usize = 2;

/// Every name of an entity: its display name and its names per language.
fn names(e: &Entity) -> impl Iterator<Item = &str> {
    std::iter::once(e.name.as_str()).chain(e.names.values().map(String::as_str))
}

fn shares_a_name(a: &Entity, b: &Entity) -> bool {
    a.kind == b.kind && names(a).any(|n| names(b).any(|m| m == n))
}

impl Identities {
    pub fn new(base: &Briefing, ours: &Briefing, theirs: &Briefing) -> Identities {
        let mut sides: Vec<[Option<usize>; 3]> = (0..base.entities.len())
            .map(|i| [Some(i), None, None])
            .collect();
        let by_id: HashMap<&str, usize> = base
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), i))
            .collect();
        let mut of: [Vec<usize>; 3] = [(0..base.entities.len()).collect(), vec![], vec![]];
        // OURS: BASE's entity with its id, else a new identity.
        let mut ours_new: HashMap<&str, usize> = HashMap::new();
        for (i, e) in ours.entities.iter().enumerate() {
            let id = by_id.get(e.id.as_str()).copied().unwrap_or_else(|| {
                sides.push([None, None, None]);
                ours_new.insert(e.id.as_str(), sides.len() - 1);
                sides.len() - 1
            });
            sides[id][OURS] = Some(i);
            of[OURS].push(id);
        }
        // THEIRS: BASE's entity with its id, else OURS's new one with its id or a shared
        // name, else a new identity.
        for (i, e) in theirs.entities.iter().enumerate() {
            let by_name = || {
                ours_new
                    .values()
                    .copied()
                    .filter(|&id| sides[id][THEIRS].is_none())
                    .filter(|&id| {
                        sides[id][OURS].is_some_and(|o| shares_a_name(&ours.entities[o], e))
                    })
                    .min()
            };
            let known = by_id
                .get(e.id.as_str())
                .or_else(|| ours_new.get(e.id.as_str()))
                .copied()
                .or_else(by_name);
            let id = known.unwrap_or_else(|| {
                sides.push([None, None, None]);
                sides.len() - 1
            });
            sides[id][THEIRS] = Some(i);
            of[THEIRS].push(id);
        }
        Identities { sides, of }
    }
}
