//! The timeline of the tolls (format 3): for each casualty figure type, every figure the
//! articles state, ordered by when it held, with who said it and how the claim stands, and
//! each rise or fall of a toll marked. The reader's timeline and every export's timeline
//! section are drawn from [`timeline`], a pure function of the briefing.
//!
//! Data flow: the figures stated by the mentions in the articles' texts (headline mentions
//! repeat their text's, as in the comparison of `Briefing::figures_by_article`) become
//! [`Point`]s, one per entity, article, figure and attribution (a figure repeated in one
//! article is one point, at its first mention). Points are grouped by figure type into
//! [`Series`] (in `FigureType::ALL` order) and sorted by their time,
//! `Briefing::figure_moment`: a date alone counts as the start of its day, a time without a
//! zone as UTC; figures with no time come last; equal times keep article, then text order.
//!
//! A toll is a casualty entity: its figures from several sources are its mentions'. So a
//! point's [`Change`] compares it with the latest earlier figure of the same entity
//! (figures of other entities count other things, even of the same type), by count, then
//! `count_max` (a vague quantity by its derived count). Earlier means held strictly before
//! (both dated), or revised by the same article (`superseded`): two sources' figures at
//! one time, or undated, disagree rather than change. A denied claim is compared with
//! nothing, and nothing is compared with it. A point with no earlier figure whose source
//! says the toll rose or fell (`trend`) gets that change, from nothing. Each series names its accepted
//! figure: the largest figure of its type an entity of the briefing states that is neither
//! background nor a part of another toll.

use std::cmp::{Ordering, Reverse};
use std::collections::{HashMap, HashSet};

use super::attribution::{Attribution, Claim, Trend};
use super::figure::{Figure, FigureType, Moment};
use super::ids::{ArticleIx, EntityIx, MentionIx};
use super::model::{Briefing, EntityKind};

/// One figure as one article states it, placed in time.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    /// The first mention that states it.
    pub mention: MentionIx,
    /// The casualty entity (the toll) the figure is of.
    pub entity: EntityIx,
    pub article: ArticleIx,
    /// As the source states it (with `superseded` when the source revised it).
    pub figure: Figure,
    /// When it held: the figure's `as_of`, else the article's `published`.
    pub moment: Option<Moment>,
    /// Who states it in the article.
    pub said_by: Vec<EntityIx>,
    pub claim: Claim,
    /// Who denied or disputed it.
    pub denied_by: Vec<EntityIx>,
    /// The toll it is a part of ("soldiers among the dead").
    pub part_of: Option<EntityIx>,
    /// The rise or fall its source reports, as written.
    pub trend: Option<Trend>,
    /// A figure about an earlier event, not this one's toll.
    pub background: bool,
    /// How the toll went from its previous figure to this one.
    pub change: Option<Change>,
}

/// A rise or fall of a toll at a point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    pub way: Trend,
    /// The earlier point of the same toll (an index into the series' points); None when
    /// the source reports the change with no earlier count (`trend`).
    pub from: Option<usize>,
}

/// The figures of one type, in time order.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub kind: FigureType,
    pub points: Vec<Point>,
    /// The figure the briefing accepts for this type, and the entity that states it.
    pub accepted: Option<(EntityIx, Figure)>,
}

/// The timeline of every figure type the articles state, in `FigureType::ALL` order.
pub fn timeline(b: &Briefing) -> Vec<Series> {
    let points = points(b);
    FigureType::ALL
        .into_iter()
        .filter_map(|kind| {
            let mut series: Vec<Point> = points
                .iter()
                .filter(|p| p.figure.kind == kind)
                .cloned()
                .collect();
            if series.is_empty() {
                return None;
            }
            // Stable: equal times keep article, then text order.
            series.sort_by_key(|p| (p.moment.is_none(), p.moment.map(instant)));
            mark_changes(&mut series);
            Some(Series {
                kind,
                points: series,
                accepted: accepted(b, kind),
            })
        })
        .collect()
}

/// Every figure stated in the articles' texts, in mention order, repeats left out.
fn points(b: &Briefing) -> Vec<Point> {
    let mut seen: HashSet<(EntityIx, ArticleIx, Figure, Attribution)> = HashSet::new();
    let mut out: Vec<Point> = Vec::new();
    for (i, m) in b.mentions.iter().enumerate() {
        let Some(figure) = m.figure else { continue };
        let attribution = m.attribution.as_deref().cloned().unwrap_or_default();
        if !seen.insert((m.entity, m.article, figure, attribution.clone())) {
            continue;
        }
        out.push(Point {
            mention: MentionIx(i),
            entity: m.entity,
            article: m.article,
            figure,
            moment: b.figure_moment(m),
            said_by: attribution.said_by,
            claim: attribution.claim,
            denied_by: attribution.denied_by,
            part_of: attribution.part_of,
            trend: attribution.trend,
            background: b.entities[m.entity].background,
            change: None,
        });
    }
    out
}

/// Where a toll stands while the points are walked in time order: its latest standing
/// point at the latest time seen, and its latest one strictly before that time.
#[derive(Default)]
struct Toll {
    before: Option<usize>,
    at: Option<(i64, usize)>,
}

/// Marks each point's change from the latest earlier figure of its toll: one that held
/// strictly earlier (both dated), or the article's own previous one, when the article
/// revised it (superseded). Figures of
/// two sources at one time, or undated, disagree; they are not a change.
fn mark_changes(points: &mut [Point]) {
    let mut tolls: HashMap<EntityIx, Toll> = HashMap::new();
    let mut in_article: HashMap<(EntityIx, ArticleIx), usize> = HashMap::new();
    for i in 0..points.len() {
        let p = &points[i];
        if p.claim == Claim::Denied {
            continue;
        }
        let toll = tolls.entry(p.entity).or_default();
        let when = p.moment.map(instant);
        let mut earlier = None;
        if let Some(now) = when {
            if let Some((_, j)) = toll.at.filter(|&(then, _)| then < now) {
                toll.before = Some(j);
            }
            earlier = toll.before;
            toll.at = Some((now, i));
        }
        // The article's own previous figure of this toll, when the article revised it.
        let revised_here =
            (in_article.insert((p.entity, p.article), i)).filter(|&j| points[j].figure.superseded);
        let from = earlier.max(revised_here);
        let change = match from {
            Some(j) => {
                let key = |f: &Figure| (f.count, f.count_max.unwrap_or(f.count));
                let way = match key(&p.figure).cmp(&key(&points[j].figure)) {
                    Ordering::Greater => Some(Trend::Rose),
                    Ordering::Less => Some(Trend::Fell),
                    Ordering::Equal => None,
                };
                way.map(|way| Change { way, from: Some(j) })
            }
            None => p.trend.map(|way| Change { way, from: None }),
        };
        points[i].change = change;
    }
}

/// The accepted figure of a type: the largest (by upper bound, then count) that an entity
/// neither background nor a part of another toll states.
fn accepted(b: &Briefing, kind: FigureType) -> Option<(EntityIx, Figure)> {
    EntityIx::all(b)
        .filter(|&e| {
            let entity = &b.entities[e];
            entity.kind == EntityKind::Casualty
                && !entity.background
                && !entity
                    .mentions
                    .iter()
                    .any(|&m| b.attribution(m).is_some_and(|a| a.part_of.is_some()))
        })
        .filter_map(|e| Some((e, b.entities[e].figure.filter(|f| f.kind == kind)?)))
        // The first of equal ones: max_by_key keeps the last, so compare in reverse order.
        .min_by_key(|(e, f)| {
            let upper = f.range().end;
            (Reverse(upper), Reverse(f.count), *e)
        })
}

/// A moment as seconds on one scale, for ordering: a date alone is the start of its day, a
/// time without a zone is taken as UTC.
fn instant(moment: Moment) -> i64 {
    let text = moment.as_str();
    // The loader checked the shape: digits where these read numbers.
    let number = |range: std::ops::Range<usize>| -> i64 {
        text.get(range)
            .and_then(|s| s.parse().ok())
            .unwrap_or_default()
    };
    let days = days_from_civil(number(0..4), number(5..7), number(8..10));
    let mut seconds = days * 86_400;
    if text.len() > 10 {
        seconds += number(11..13) * 3600 + number(14..16) * 60;
        let zone_at = text[10..].find(['Z', '+', '-']).map(|at| at + 10);
        let time_end = zone_at.unwrap_or(text.len());
        if time_end == 19 {
            seconds += number(17..19);
        }
        if let Some(at) = zone_at.filter(|&at| text.len() == at + 6) {
            let offset = number(at + 1..at + 3) * 3600 + number(at + 4..at + 6) * 60;
            // Local time minus its offset is UTC.
            seconds -= if &text[at..=at] == "-" {
                -offset
            } else {
                offset
            };
        }
    }
    seconds
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::{Qualifier, load_str};

    fn claims() -> Briefing {
        let text = include_str!("../../tests/fixtures/claims/claims.yaml");
        load_str("claims.yaml", text).unwrap().briefing
    }

    /// Each point as `entity@article count [change]`.
    fn brief(b: &Briefing, s: &Series) -> Vec<String> {
        s.points
            .iter()
            .map(|p| {
                let change = match p.change {
                    Some(Change { way, from: Some(j) }) => format!(" {} from {j}", way.as_str()),
                    Some(Change { way, from: None }) => format!(" {}", way.as_str()),
                    None => String::new(),
                };
                format!(
                    "{}@{} {}{change}",
                    b.entities[p.entity].id,
                    b.articles[p.article].id,
                    p.figure.count_words()
                )
            })
            .collect()
    }

    #[test]
    fn the_claims_fixture_in_time_order_with_its_rise() {
        let b = claims();
        let ix = |id: &str| b.entity_index(id).unwrap();
        let t = timeline(&b);
        let kinds: Vec<FigureType> = t.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [FigureType::Killed, FigureType::Casualties]);
        let killed = &t[0];
        assert_eq!(
            brief(&b, killed),
            [
                "killed@courier at least 14",
                "soldiers@courier some",
                "colonel@courier 1",
                "car-bomb-2015@courier 20",
                "killed@wire 21 rose from 0",
            ]
        );
        let [fourteen, soldiers, colonel, car_bomb, wire] = &killed.points[..] else {
            panic!("five points");
        };
        assert_eq!(fourteen.said_by, [ix("director")]);
        assert_eq!(fourteen.moment.unwrap().as_str(), "2019-03-02");
        assert_eq!(soldiers.part_of, Some(ix("killed")));
        assert_eq!(soldiers.figure.qualifier, Qualifier::Unstated);
        assert_eq!(
            (colonel.claim, colonel.denied_by.as_slice()),
            (Claim::Denied, &[ix("army")][..])
        );
        assert!(car_bomb.background && !wire.background);
        assert_eq!(
            (wire.said_by.as_slice(), wire.trend),
            (&[ix("ministry")][..], Some(Trend::Rose))
        );
        assert_eq!(wire.moment.unwrap().as_str(), "2019-03-03T09:00Z");
        assert_eq!(wire.mention, b.entities[ix("killed")].mentions[1]);
        // The whole toll, not the colonel's, the soldiers' part or the 2015 bomb's.
        let (entity, figure) = killed.accepted.unwrap();
        assert_eq!((entity, figure.count), (ix("killed"), 21));
        let casualties = &t[1];
        assert_eq!(brief(&b, casualties), ["casualties@courier more than 300"]);
        assert_eq!(casualties.accepted.unwrap().0, ix("casualties"));
    }

    const TIMES: &str = r#"
id: t
title: T
date: 2019-03-01
articles:
  - {id: a, lang: en, source: A, headline: H, text: "Eight died. Nine died. Ten died."}
  - {id: b, lang: en, source: B, published: "2019-03-02T23:00Z", headline: H, text: "Twelve died. Thirty died."}
  - {id: c, lang: en, source: C, published: "2019-03-03T01:00+03:00", headline: H, text: "Seven died. Seven died."}
  - {id: d, lang: en, source: D, published: 2019-03-02, headline: H, text: "Rose to 5. Four hurt. Six hurt."}
entities:
  - id: dead
    kind: casualty
    name: Dead
    figure: {type: killed, count: 12}
    mentions:
      - {article: a, quote: Eight, figure: {type: killed, count: 8, superseded: true}}
      - {article: a, quote: Ten, figure: {type: killed, count: 10}}
      - {article: b, quote: Twelve, figure: {type: killed, count: 12}}
      - {article: b, quote: Thirty, figure: {type: killed, count: 30}, claim: denied}
      - {article: c, quote: Seven, figure: {type: killed, count: 7}}
  - id: other-dead
    kind: casualty
    name: Other dead
    figure: {type: killed, count: 9}
    mentions:
      - {article: a, quote: Nine, figure: {type: killed, count: 9, as_of: 2019-03-01}}
  - id: hurt
    kind: casualty
    name: Hurt
    figure: {type: injured, count: 6}
    mentions:
      - {article: d, quote: Rose to 5, figure: {type: injured, count: 5}, trend: rose}
      - {article: d, quote: Four, figure: {type: injured, count: 4, superseded: true}}
      - {article: d, quote: Six, figure: {type: injured, count: 6}}
"#;

    #[test]
    fn zones_order_times_and_undated_figures_come_last_in_article_order() {
        let b = load_str("t.yaml", TIMES).unwrap().briefing;
        let t = timeline(&b);
        // c's 01:00+03:00 is 22:00 UTC of the day before, so before b's 23:00Z; a's own
        // as_of date comes first; a's undated figures last, in text order. A repeated
        // figure in one article is one point. The denied 30 is compared with nothing, and
        // other-dead's 9 with none of dead's figures. Undated, a's 8 is no change from
        // b's 12; a's 10 is, from the 8 a itself revised.
        assert_eq!(
            brief(&b, &t[0]),
            [
                "other-dead@a 9",
                "dead@c 7",
                "dead@b 12 rose from 1",
                "dead@b 30",
                "dead@a 8",
                "dead@a 10 rose from 4",
            ]
        );
        // A trend with no earlier figure is marked; the 4 at the same time is no change
        // from it, but the article revised the 4 to 6.
        assert_eq!(
            brief(&b, &t[1]),
            ["hurt@d 5 rose", "hurt@d 4", "hurt@d 6 rose from 1"]
        );
        assert_eq!(
            t[0].accepted.unwrap().1.count,
            12,
            "the larger entity figure"
        );
    }

    /// The tolls fixture: the wire revised its 8 to 26 (as of 18:00), and states 26 again
    /// without a time; the Arabic agency's undated 23 disagrees, it is no fall.
    #[test]
    fn a_revised_figure_rises_and_a_repeat_or_another_source_does_not() {
        let text = include_str!("../../tests/fixtures/figures/tolls.yaml");
        let b = load_str("tolls.yaml", text).unwrap().briefing;
        let killed = &timeline(&b)[0];
        let changes: Vec<String> = brief(&b, killed)
            .iter()
            .map(|p| p.split_once(' ').unwrap().1.to_string())
            .collect();
        assert_eq!(changes, ["8", "26 rose from 0", "26", "23"]);
    }

    #[test]
    fn moments_on_one_scale() {
        let at = |s: &str| instant(Moment::parse("as_of", s).unwrap());
        assert_eq!(at("1970-01-01"), 0);
        assert_eq!(at("1970-01-02T00:00Z"), 86_400);
        assert_eq!(at("2000-03-01") - at("2000-02-28"), 2 * 86_400, "leap year");
        assert_eq!(at("2019-03-03T01:00+03:00"), at("2019-03-02T22:00"));
        assert_eq!(at("2019-03-02T20:00-02:00"), at("2019-03-02T22:00:00Z"));
        assert_eq!(at("2019-03-02T22:00:30") - at("2019-03-02T22:00"), 30);
    }
}
