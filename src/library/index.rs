//! The cross-briefing entity index: actors and places of every valid briefing, grouped so
//! that one group is one real-world entity. Two entities of the same kind are grouped when
//! they share an id or a normalised proper name in any language (and, transitively, through
//! a third: `bamako` in one briefing and "Bamako" / "باماكو" in another join up).
//!
//! Only proper names join entities, never a shared generic word (two different actors
//! both named مسلحون, "gunmen", stay apart). The rule ([`proper_names`]): a name in a cased
//! script (Latin, Greek, Cyrillic…) is proper when every word of it that has letters holds a
//! capital ("Radisson Blu", "al-Qaeda", "MINUSMA"), short connecting words aside ("of",
//! "the", "de", "al"…), so "gunmen", "Islamist militants" and "Le Campement attackers" are
//! not. A script without case (Arabic, Hebrew…) has no such cue: a name in it is proper when
//! the same entity has a proper name in a cased script (باماكو beside "Bamako"); an entity
//! named only in such a script joins others by its id alone.
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

/// Short words a proper name may hold in lower case ("Mission in Mali", "Ville de Bamako").
const CONNECTING_WORDS: &[&str] = &[
    "al", "and", "bin", "d", "de", "del", "der", "des", "di", "du", "el", "et", "for", "ibn", "in",
    "l", "la", "le", "les", "of", "on", "the", "van", "von", "y",
];

/// Whether a name is in a cased script (it has a letter with an upper and a lower case).
fn is_cased(name: &str) -> bool {
    name.chars().any(|c| c.is_uppercase() || c.is_lowercase())
}

/// Whether a cased name is proper: it has a capital, and so has every word of it with
/// letters but the connecting words.
fn is_proper_cased(name: &str) -> bool {
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let capital = |w: &&str| w.chars().any(char::is_uppercase);
    words.iter().any(capital)
        && words.iter().all(|w| {
            capital(w) || CONNECTING_WORDS.contains(&w.trim_matches(|c: char| !c.is_alphabetic()))
        })
}

/// Which of an entity's names are proper names, by the rule in the module doc: a cased name
/// by its capitals, an uncased one when the entity has a proper cased name.
fn proper_names(names: &[String]) -> Vec<bool> {
    let named_properly = names.iter().any(|n| is_cased(n) && is_proper_cased(n));
    names
        .iter()
        .map(|n| match is_cased(n) {
            true => is_proper_cased(n),
            false => named_properly,
        })
        .collect()
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
                        .zip(proper_names(&e.names))
                        .filter(|(n, proper)| *proper && !n.is_empty())
                        .map(|(n, _)| Key::Name(e.kind, n.clone())),
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
            entry(&[("city", Place, &["Ville de Bamako", "بَاماكو"])]),
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
        let place = find("Ville de Bamako");
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
        assert_eq!(place.names, ["Bamako", "باماكو", "Ville de Bamako"]);
        assert_eq!(find("UN").briefings, 2);
        assert_eq!(find("BAMAKO").kind, Actor);
        assert_eq!(find("BAMAKO").briefings, 1);
        assert_eq!(index.groups.len(), 3);
        assert_eq!(normalise("  The  (UN),  "), "the un");
    }

    /// Two briefings, each with its own gunmen: a shared generic name (مسلحون, "gunmen")
    /// joins nothing, while the same proper names still do.
    #[test]
    fn generic_names_join_nothing_across_briefings() {
        use EntityKind::Actor;
        let entries = vec![
            entry(&[
                (
                    "attackers",
                    Actor,
                    &["Le Campement attackers (gunmen)", "gunmen", "مسلحون"],
                ),
                (
                    "aqim",
                    Actor,
                    &["al-Qaeda in the Islamic Maghreb", "القاعدة"],
                ),
            ]),
            entry(&[
                (
                    "radisson-attackers",
                    Actor,
                    &["Radisson Blu attackers (2015)", "مسلحون"],
                ),
                ("gunmen-2", Actor, &["Gunmen", "gunmen"]),
                ("qaeda", Actor, &["AQIM", "القاعدة"]),
            ]),
        ];
        let index = EntityIndex::build(&entries);
        let briefings = |name: &str| {
            index
                .groups
                .iter()
                .find(|g| g.names.iter().any(|n| n == name))
                .unwrap()
                .briefings
        };
        assert_eq!(briefings("Le Campement attackers (gunmen)"), 1);
        assert_eq!(briefings("Radisson Blu attackers (2015)"), 1);
        assert_eq!(briefings("AQIM"), 2, "joined by a proper Arabic name");
        assert_eq!(index.groups.len(), 4);
        let proper =
            |names: &[&str]| proper_names(&names.iter().map(|n| n.to_string()).collect::<Vec<_>>());
        assert_eq!(
            proper(&["Islamist militants", "مسلحون إسلاميون"]),
            [false, false]
        );
        assert_eq!(
            proper(&["UN mission in Mali", "MINUSMA", "بعثة الأمم المتحدة"]),
            [false, true, true]
        );
    }
}
