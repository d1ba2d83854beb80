//! The cross-briefing entity index: actors and places of every valid briefing, grouped so
//! that one group is one real-world entity. Two entities of the same kind are grouped when
//! they share an id or a normalised name in any language (and, transitively, through a third:
//! `mali-army` in one briefing and "Malian army" / "الجيش المالي" in another join up).
//!
//! Built with a union-find over the entities, keyed by (kind, id) and (kind, normalised
//! name); a group lists its members (briefing, entity) in library order.

use std::collections::HashMap;

use crate::briefing::EntityKind;
use crate::search::fold_query;

use super::Entry;

/// One entity of one briefing: indices into the library's entries and that entry's
/// `Summary::entities`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Member {
    pub entry: usize,
    pub entity: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub kind: EntityKind,
    /// The name the first member gives it.
    pub name: String,
    /// Every distinct name (by normalised form), the first member's first.
    pub names: Vec<String>,
    pub members: Vec<Member>,
    /// How many briefings mention it.
    pub briefings: usize,
}

#[derive(Debug, Clone, Default)]
pub struct EntityIndex {
    /// Most widely mentioned first, then by name.
    pub groups: Vec<Group>,
}

/// A name as the index compares it: folded like search, words separated by single spaces,
/// punctuation at word edges dropped.
pub fn normalise(name: &str) -> String {
    fold_query(name)
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Union-find with path halving.
struct Sets(Vec<u32>);

impl Sets {
    fn find(&mut self, mut x: u32) -> u32 {
        while self.0[x as usize] != x {
            let up = self.0[self.0[x as usize] as usize];
            self.0[x as usize] = up;
            x = up;
        }
        x
    }

    fn union(&mut self, a: u32, b: u32) {
        let (a, b) = (self.find(a), self.find(b));
        // The smaller index stays the root, so a group's root is its first member.
        let (low, high) = (a.min(b), a.max(b));
        self.0[high as usize] = low;
    }
}

#[derive(PartialEq, Eq, Hash)]
enum Key {
    Id(EntityKind, String),
    Name(EntityKind, String),
}

impl EntityIndex {
    pub fn build(entries: &[Entry]) -> EntityIndex {
        let mut members = Vec::new();
        let mut normalised: Vec<Vec<String>> = Vec::new();
        let mut first_with: HashMap<Key, u32> = HashMap::new();
        let mut sets = Sets(Vec::new());
        for (entry, summary) in entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| Some((i, e.summary()?)))
        {
            for (entity, e) in summary.entities.iter().enumerate() {
                let node = members.len() as u32;
                members.push(Member { entry, entity });
                sets.0.push(node);
                let names: Vec<String> = e.names.iter().map(|n| normalise(n)).collect();
                let keys = std::iter::once(Key::Id(e.kind, e.id.clone())).chain(
                    names
                        .iter()
                        .filter(|n| !n.is_empty())
                        .map(|n| Key::Name(e.kind, n.clone())),
                );
                for key in keys {
                    match first_with.get(&key) {
                        Some(&other) => sets.union(node, other),
                        None => {
                            first_with.insert(key, node);
                        }
                    }
                }
                normalised.push(names);
            }
        }
        let mut group_of: HashMap<u32, usize> = HashMap::new();
        let mut groups: Vec<Group> = Vec::new();
        let mut seen_names: Vec<Vec<String>> = Vec::new();
        for node in 0..members.len() as u32 {
            let member = members[node as usize];
            let e = &entries[member.entry]
                .summary()
                .expect("members are entities of valid entries")
                .entities[member.entity];
            let root = sets.find(node);
            let g = *group_of.entry(root).or_insert_with(|| {
                groups.push(Group {
                    kind: e.kind,
                    name: e.names[0].clone(),
                    names: Vec::new(),
                    members: Vec::new(),
                    briefings: 0,
                });
                seen_names.push(Vec::new());
                groups.len() - 1
            });
            let group = &mut groups[g];
            if group.members.last().is_none_or(|m| m.entry != member.entry) {
                group.briefings += 1;
            }
            group.members.push(member);
            for (name, norm) in e.names.iter().zip(&normalised[node as usize]) {
                if !seen_names[g].contains(norm) {
                    seen_names[g].push(norm.clone());
                    group.names.push(name.clone());
                }
            }
        }
        groups.sort_by(|a, b| {
            b.briefings
                .cmp(&a.briefings)
                .then_with(|| a.name.cmp(&b.name))
        });
        EntityIndex { groups }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::{EntitySummary, State, Summary};
    use std::path::PathBuf;

    fn entry(entities: &[(&str, EntityKind, &[&str])]) -> Entry {
        Entry {
            path: PathBuf::from("x.yaml"),
            stamp: None,
            state: State::Valid(Summary {
                id: "x".into(),
                title: "x".into(),
                date: "2020-01-01".into(),
                languages: vec![],
                headlines: vec![],
                actors: 0,
                places: 0,
                casualties: 0,
                death_toll: None,
                entities: entities
                    .iter()
                    .map(|(id, kind, names)| EntitySummary {
                        id: id.to_string(),
                        kind: *kind,
                        names: names.iter().map(|n| n.to_string()).collect(),
                        mentions: 1,
                    })
                    .collect(),
            }),
        }
    }

    #[test]
    fn groups_by_id_or_any_normalised_name_within_a_kind() {
        use EntityKind::{Actor, Place};
        let entries = vec![
            entry(&[
                ("bamako", Place, &["Bamako", "باماكو"]),
                ("un", Actor, &["United Nations"]),
            ]),
            Entry {
                state: State::Invalid("1:1: error: x".into()),
                ..entry(&[])
            },
            // Same place under another id, matched by its Arabic name (with a hamza form and
            // a diacritic that fold away).
            entry(&[("city", Place, &["Bamako city", "بَاماكو"])]),
            // Same id: grouped whatever the names.
            entry(&[("un", Actor, &["UN", "الأمم المتحدة"])]),
            // An actor named like the place stays apart.
            entry(&[("bamako-gov", Actor, &["BAMAKO"])]),
        ];
        let index = EntityIndex::build(&entries);
        let find = |name: &str| {
            index
                .groups
                .iter()
                .find(|g| g.names.iter().any(|n| n == name))
                .unwrap()
        };
        let place = find("Bamako city");
        assert_eq!(place.kind, Place);
        assert_eq!(place.briefings, 2);
        assert_eq!(
            place.members,
            [
                Member {
                    entry: 0,
                    entity: 0
                },
                Member {
                    entry: 2,
                    entity: 0
                }
            ]
        );
        assert_eq!(place.name, "Bamako");
        assert_eq!(place.names, ["Bamako", "باماكو", "Bamako city"]);
        assert_eq!(find("UN").briefings, 2);
        assert_eq!(find("BAMAKO").kind, Actor);
        assert_eq!(find("BAMAKO").briefings, 1);
        assert_eq!(index.groups.len(), 3);
        assert_eq!(normalise("  The  (UN),  "), "the un");
    }
}
