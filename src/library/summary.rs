//! What the library keeps of one briefing: the fields its list shows and filters on, and the
//! actors and places its entity index matches across briefings. Made once per file version
//! (from the loaded model) and stored in the index cache, so listing a library does not parse
//! files that have not changed.

use serde::{Deserialize, Serialize};

use crate::briefing::{
    Briefing, Claim, Entity, EntityKind, Figure, FigureType, Mention, Qualifier,
};

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
    /// The largest number of dead any casualty figure or source reports for this event
    /// (background figures and denied claims left out).
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
/// "at least 20"). Only this event's toll counts: a background entity's figures (an earlier
/// attack the articles recall) are left out, and so is a figure its source revised
/// (superseded: no longer what it reports) or a claim that was denied (and an entity's own
/// figure when every source that states one was denied).
fn death_toll(b: &Briefing) -> Option<Figure> {
    let denied = |m: &Mention| {
        m.attribution
            .as_ref()
            .is_some_and(|a| a.claim == Claim::Denied)
    };
    // An entity's own figure counts unless every source that states one was denied.
    let stands = |e: &Entity| {
        let mut stating = e
            .mentions
            .iter()
            .map(|&m| &b.mentions[m])
            .filter(|m| m.figure.is_some());
        stating.clone().next().is_none() || !stating.all(denied)
    };
    let stated = (b.entities.iter())
        .filter(|e| !e.background && stands(e))
        .filter_map(|e| e.figure);
    let reported = (b.mentions.iter())
        .chain(&b.headline_mentions)
        .filter(|m| !b.entities[m.entity].background && !denied(m))
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

    /// Issue 26: the library showed "more than 20" for an attack that killed 2, because an
    /// article recalled an earlier attack's toll. Marked background, it is left out; so is
    /// a denied claim.
    #[test]
    fn background_figures_and_denied_claims_are_not_the_death_toll() {
        let yaml = r#"
id: t
title: T
date: 2017-06-18
articles:
  - {id: en, lang: en, source: S, headline: H, text: "Two people died. Reports of 9 dead were denied. In 2015 more than 20 were killed at the Radisson."}
entities:
  - {id: dead, kind: casualty, name: Dead, figure: {type: killed, count: 2}, mentions: [{article: en, quote: Two people died, figure: {type: killed, count: 2}}]}
  - {id: denied, kind: casualty, name: Denied, figure: {type: killed, count: 9}, mentions: [{article: en, quote: 9 dead, figure: {type: killed, count: 9}, claim: denied}]}
  - {id: radisson, kind: casualty, name: Radisson, background: true, figure: {type: killed, count: 20, qualifier: more-than}, mentions: [{article: en, quote: more than 20 were killed, figure: {type: killed, count: 20, qualifier: more-than}}]}
"#;
        let b = crate::briefing::load_str("t.yaml", yaml).unwrap().briefing;
        let s = Summary::of(&b);
        assert_eq!(s.death_toll_text(), "2");
        assert_eq!(s.casualties, 3, "every casualty figure is still counted");
        // Not background and not denied, the same figures are the toll.
        let plain = yaml
            .replace("background: true, ", "")
            .replace(", claim: denied", "");
        let b = crate::briefing::load_str("t.yaml", &plain)
            .unwrap()
            .briefing;
        assert_eq!(Summary::of(&b).death_toll_text(), "more than 20");
        let claims = include_str!("../../tests/fixtures/claims/claims.yaml");
        let b = crate::briefing::load_str("claims.yaml", claims)
            .unwrap()
            .briefing;
        assert_eq!(Summary::of(&b).death_toll_text(), "21");
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
