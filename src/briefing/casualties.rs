//! Killed and injured together: a `casualties` figure ("more than 300 casualties") set
//! against the sum of what the same source reports killed and injured.
//!
//! A source's toll of one type ([`Briefing::source_toll`]) is the figure it states for this
//! event's own toll: not superseded, not denied, not a background figure (an earlier event
//! the article recalls), not a part of another toll ("soldiers among the dead"); the largest
//! when it states several. The sum of a killed and an injured figure is the range of counts
//! both together allow ([`sum_range`]); a type the source does not report adds anything from
//! 0 up. [`Briefing::casualties_checks`] compares each `casualties` figure of an entity with
//! its own source's sum; the reader and the exports say it in words
//! ([`CasualtiesCheck::describe`]).

use std::ops::Range;

use super::attribution::Claim;
use super::figure::{Figure, FigureType};
use super::ids::{ArticleIx, EntityIx};
use super::model::{Briefing, EntityKind, Mention};

/// One `casualties` figure of a source against that source's killed and injured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CasualtiesCheck {
    pub article: ArticleIx,
    pub casualties: Figure,
    pub killed: Option<Figure>,
    pub injured: Option<Figure>,
    /// Whether the casualties can be the sum of the killed and the injured.
    pub adds_up: bool,
}

/// The counts a killed and an injured figure allow together (end exclusive, `u64::MAX`
/// for no bound); a figure not given counts as 0 or more. None when neither is given.
pub fn sum_range(killed: Option<&Figure>, injured: Option<&Figure>) -> Option<Range<u64>> {
    if killed.is_none() && injured.is_none() {
        return None;
    }
    let range = |f: Option<&Figure>| f.map_or(0..u64::MAX, Figure::range);
    let (k, i) = (range(killed), range(injured));
    let end = match k.end == u64::MAX || i.end == u64::MAX {
        true => u64::MAX,
        // Both ends are exclusive: the largest sum is (k.end - 1) + (i.end - 1).
        false => (k.end - 1).saturating_add(i.end - 1).saturating_add(1),
    };
    Some(k.start.saturating_add(i.start)..end)
}

/// Whether a casualties figure can be the sum of `killed` and `injured`: None when the
/// source gives neither.
pub fn adds_up(
    casualties: &Figure,
    killed: Option<&Figure>,
    injured: Option<&Figure>,
) -> Option<bool> {
    let sum = sum_range(killed, injured)?;
    let c = casualties.range();
    Some(c.start < sum.end && sum.start < c.end)
}

impl CasualtiesCheck {
    /// The check in words: "more than 300 casualties against at least 14 killed and no
    /// injured count: can add up", "⚠ 300 casualties against 14 killed and 400 injured: do
    /// not add up".
    pub fn describe(&self) -> String {
        let part = |f: Option<Figure>, kind: &str| match f {
            Some(f) => Figure { as_of: None, ..f }.describe(),
            None => format!("no {kind} count"),
        };
        let verdict = match self.adds_up {
            true => "can add up",
            false => "do not add up",
        };
        let mark = if self.adds_up { "" } else { "⚠ " };
        format!(
            "{mark}{} against {} and {}: {verdict}",
            Figure {
                as_of: None,
                ..self.casualties
            }
            .describe(),
            part(self.killed, "killed"),
            part(self.injured, "injured"),
        )
    }
}

impl Briefing {
    /// The figure `article` states for this event's toll of type `kind`: the largest of its
    /// latest figures of that type that are not denied, not background and not a part of
    /// another toll (see the module doc).
    pub fn source_toll(&self, article: ArticleIx, kind: FigureType) -> Option<Figure> {
        self.mentions_in(article)
            .iter()
            .filter(|m| self.counts_in_toll(m))
            .filter_map(|m| m.figure)
            .filter(|f| f.kind == kind && !f.superseded)
            .max_by_key(|f| (f.range().start, f.count))
    }

    /// Whether a mention's figure counts in its source's toll: its entity is a casualty of
    /// this event (not background), the figure is not a part of another, nor denied.
    fn counts_in_toll(&self, m: &Mention) -> bool {
        let entity = &self.entities[m.entity];
        let attribution = m.attribution.as_deref();
        entity.kind == EntityKind::Casualty
            && !entity.background
            && attribution.is_none_or(|a| a.part_of.is_none() && a.claim != Claim::Denied)
    }

    /// Each `casualties` figure the mentions of entity `e` state (latest ones), against the
    /// same source's killed and injured; none when the source reports neither.
    pub fn casualties_checks(&self, e: EntityIx) -> Vec<CasualtiesCheck> {
        let mut checks: Vec<CasualtiesCheck> = Vec::new();
        for &m in &self.entities[e].mentions {
            let mention = &self.mentions[m];
            let Some(casualties) = mention.figure else {
                continue;
            };
            if casualties.kind != FigureType::Casualties || casualties.superseded {
                continue;
            }
            let article = mention.article;
            let killed = self.source_toll(article, FigureType::Killed);
            let injured = self.source_toll(article, FigureType::Injured);
            let Some(adds_up) = adds_up(&casualties, killed.as_ref(), injured.as_ref()) else {
                continue;
            };
            let check = CasualtiesCheck {
                article,
                casualties,
                killed,
                injured,
                adds_up,
            };
            if !checks.contains(&check) {
                checks.push(check);
            }
        }
        checks
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::{Qualifier, load_str};

    fn figure(kind: FigureType, count: u64, qualifier: Qualifier) -> Figure {
        Figure {
            kind,
            count,
            count_max: None,
            qualifier,
            superseded: false,
            as_of: None,
        }
    }

    fn killed(count: u64, q: Qualifier) -> Figure {
        figure(FigureType::Killed, count, q)
    }

    fn injured(count: u64, q: Qualifier) -> Figure {
        figure(FigureType::Injured, count, q)
    }

    fn casualties(count: u64, q: Qualifier) -> Figure {
        figure(FigureType::Casualties, count, q)
    }

    #[test]
    fn sums_add_the_ranges_and_an_unknown_type_adds_anything() {
        use Qualifier::*;
        let (k, i) = (killed(14, Exact), injured(400, Exact));
        assert_eq!(sum_range(Some(&k), Some(&i)), Some(414..415));
        let k = killed(14, AtLeast);
        assert_eq!(sum_range(Some(&k), Some(&i)), Some(414..u64::MAX));
        assert_eq!(
            sum_range(Some(&killed(14, Exact)), None),
            Some(14..u64::MAX)
        );
        let about = injured(30, About);
        assert_eq!(
            sum_range(Some(&killed(2, UpTo)), Some(&about)),
            Some(27..36)
        );
        assert_eq!(sum_range(None, None), None);
    }

    #[test]
    fn casualties_are_compared_with_killed_and_injured_together() {
        use Qualifier::*;
        let c = casualties(300, MoreThan);
        assert_eq!(adds_up(&c, Some(&killed(14, AtLeast)), None), Some(true));
        assert_eq!(
            adds_up(&c, Some(&killed(14, Exact)), Some(&injured(200, Exact))),
            Some(false),
            "214 is not more than 300"
        );
        assert_eq!(
            adds_up(&c, Some(&killed(14, Exact)), Some(&injured(287, Exact))),
            Some(true)
        );
        let exact = casualties(300, Exact);
        assert_eq!(
            adds_up(&exact, Some(&killed(400, AtLeast)), None),
            Some(false)
        );
        assert_eq!(
            adds_up(
                &casualties(0, Hundreds),
                Some(&killed(20, Exact)),
                Some(&injured(0, Dozens))
            ),
            Some(true)
        );
        assert_eq!(adds_up(&c, None, None), None);
    }

    #[test]
    fn the_check_in_words() {
        use Qualifier::*;
        let check = CasualtiesCheck {
            article: ArticleIx(0),
            casualties: casualties(300, Exact),
            killed: Some(killed(14, Exact)),
            injured: Some(injured(200, Exact)),
            adds_up: false,
        };
        assert_eq!(
            check.describe(),
            "⚠ 300 casualties against 14 killed and 200 injured: do not add up"
        );
        let check = CasualtiesCheck {
            injured: None,
            adds_up: true,
            ..check
        };
        assert_eq!(
            check.describe(),
            "300 casualties against 14 killed and no injured count: can add up"
        );
    }

    const CLAIMS: &str = include_str!("../../tests/fixtures/claims/claims.yaml");

    #[test]
    fn a_source_toll_leaves_out_parts_denials_and_background() {
        let b = load_str("claims.yaml", CLAIMS).unwrap().briefing;
        let courier = b.article_index("courier").unwrap();
        // The courier states 14 (the toll), "some" soldiers (a part), the colonel (denied)
        // and 20 killed in 2015 (background): its toll is the 14.
        let toll = b.source_toll(courier, FigureType::Killed).unwrap();
        assert_eq!(toll.describe(), "at least 14 killed");
        assert_eq!(b.source_toll(courier, FigureType::Injured), None);
        let e = b.entity_index("casualties").unwrap();
        let checks = b.casualties_checks(e);
        assert_eq!(checks.len(), 1);
        assert_eq!(
            checks[0].describe(),
            "more than 300 casualties against at least 14 killed and no injured count: can add up"
        );
        // Not a casualties figure: nothing to check.
        assert!(
            b.casualties_checks(b.entity_index("killed").unwrap())
                .is_empty()
        );
    }
}
