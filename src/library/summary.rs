//! What the library keeps of one briefing: the fields its list shows and filters on, and the
//! actors and places its entity index matches across briefings. Made once per file version
//! (from the loaded model) and stored in the index cache, so listing a library does not parse
//! files that have not changed.

use serde::{Deserialize, Serialize};

use crate::briefing::{Briefing, EntityKind, Figure, FigureType, Qualifier};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub id: String,
    pub title: String,
    pub date: String,
    /// Article languages, in article order, without repeats.
    pub languages: Vec<String>,
    pub headlines: Vec<String>,
    pub actors: usize,
    pub places: usize,
    pub casualties: usize,
    /// The largest number of dead any casualty figure or source reports.
    pub death_toll: Option<Figure>,
    /// The actors and places, for the entity index.
    pub entities: Vec<EntitySummary>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntitySummary {
    pub id: String,
    pub kind: EntityKind,
    /// The entity's name, then its names per language (without repeats).
    pub names: Vec<String>,
    /// Mentions in all articles.
    pub mentions: usize,
}

impl Summary {
    pub fn of(b: &Briefing) -> Summary {
        let mut languages: Vec<String> = Vec::new();
        for a in &b.articles {
            if !languages.contains(&a.lang) {
                languages.push(a.lang.clone());
            }
        }
        let entities = b
            .entities
            .iter()
            .filter(|e| e.kind != EntityKind::Casualty)
            .map(|e| {
                let mut names = vec![e.name.clone()];
                for name in e.names.values() {
                    if !names.contains(name) {
                        names.push(name.clone());
                    }
                }
                EntitySummary {
                    id: e.id.clone(),
                    kind: e.kind,
                    names,
                    mentions: e.mentions.len(),
                }
            })
            .collect();
        Summary {
            id: b.id.clone(),
            title: b.title.clone(),
            date: b.date.clone(),
            languages,
            headlines: b.articles.iter().map(|a| a.headline.clone()).collect(),
            actors: b.count_kind(EntityKind::Actor),
            places: b.count_kind(EntityKind::Place),
            casualties: b.count_kind(EntityKind::Casualty),
            death_toll: death_toll(b),
            entities,
        }
    }

    /// The death toll in words without the word "killed": "more than 20".
    pub fn death_toll_text(&self) -> String {
        self.death_toll.map_or_else(String::new, |f| {
            Figure {
                kind: FigureType::Other,
                ..f
            }
            .describe()
        })
    }
}

/// The largest `killed` figure stated by a casualty entity or by any mention of one (in a
/// text or a headline), compared by its upper bound, then its count ("more than 20" above
/// "at least 20"). A figure its source revised (superseded) is no longer what it reports.
fn death_toll(b: &Briefing) -> Option<Figure> {
    let stated = b.entities.iter().filter_map(|e| e.figure);
    let reported = (b.mentions.iter())
        .chain(&b.headline_mentions)
        .filter_map(|m| m.figure);
    stated
        .chain(reported)
        .filter(|f| f.kind == FigureType::Killed && !f.superseded)
        .max_by_key(|f| {
            let upper = f.count_max.unwrap_or(f.count).max(f.count);
            (upper, f.count, f.qualifier == Qualifier::MoreThan)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::bundled;

    #[test]
    fn a_revised_toll_is_not_the_death_toll() {
        let text = include_str!("../../tests/fixtures/figures/tolls.yaml");
        let revised = "count: 80, superseded: true";
        let text = text.replace("count: 8, superseded: true", revised);
        assert!(text.contains(revised));
        let b = crate::briefing::load_str("tolls.yaml", &text)
            .unwrap()
            .briefing;
        let toll = Summary::of(&b).death_toll.unwrap();
        assert_eq!(toll.count, 26);
    }

    #[test]
    fn bundled_summary() {
        let b = bundled().unwrap().briefing;
        let s = Summary::of(&b);
        assert_eq!(s.languages, ["en", "ar"]);
        assert_eq!(
            (s.actors, s.places, s.casualties),
            (
                b.count_kind(EntityKind::Actor),
                b.count_kind(EntityKind::Place),
                5
            )
        );
        assert_eq!(s.entities.len(), s.actors + s.places);
        let toll = s.death_toll.unwrap();
        assert_eq!(toll.kind, FigureType::Killed);
        // No killed figure in the briefing is larger.
        for e in &b.entities {
            if let Some(f) = e.figure.filter(|f| f.kind == FigureType::Killed) {
                assert!(f.count <= toll.count_max.unwrap_or(toll.count));
            }
        }
        assert!(!s.death_toll_text().contains("killed"));
        let bamako = s.entities.iter().find(|e| e.id == "bamako").unwrap();
        assert!(bamako.names.iter().any(|n| n == "باماكو"), "{bamako:?}");
    }
}
