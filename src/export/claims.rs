//! Who said what, and when (format 3), in words shared by the Markdown and HTML exports: a
//! reported figure's notes (who said it, who denied or disputed it, a rise the source
//! reports), an actor's responsibility ("blamed by The army"), a timeline point's change
//! ("▲ rose from at least 14") and toll ("Soldiers, part of People killed"), and which
//! casualty entities go under which (parts under their whole).
//!
//! Words that hold briefing names come as a [`Phrase`]: pieces of our own words and names,
//! so that each format escapes both and isolates the names (an Arabic name inside an
//! English note keeps its order).

use std::collections::HashMap;

use crate::briefing::{
    Attribution, Briefing, Change, Claim, EntityIx, FigureType, Point, Responsibility, Series,
    Stance,
};

/// A piece of a phrase: the export's own words, or a name from the briefing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece {
    Words(String),
    Name(String),
}

pub(crate) type Phrase = Vec<Piece>;

fn words(text: &str) -> Piece {
    Piece::Words(text.to_string())
}

/// The phrase as plain text (for a label the format escapes as a whole).
pub(crate) fn plain(phrase: &[Piece]) -> String {
    phrase
        .iter()
        .map(|p| match p {
            Piece::Words(w) | Piece::Name(w) => w.as_str(),
        })
        .collect()
}

/// "A", "A and B", "A, B and C".
fn names(b: &Briefing, list: &[EntityIx]) -> Phrase {
    let mut out = Vec::new();
    for (k, &e) in list.iter().enumerate() {
        if k > 0 {
            out.push(words(if k + 1 == list.len() { " and " } else { ", " }));
        }
        out.push(Piece::Name(b.entities[e].name.clone()));
    }
    out
}

/// `lead` followed by the names, or `bare` when there are none.
fn by(b: &Briefing, lead: &str, bare: &str, list: &[EntityIx]) -> Phrase {
    if list.is_empty() {
        return vec![words(bare)];
    }
    let mut out = vec![words(lead)];
    out.extend(names(b, list));
    out
}

/// How a claim stands in words: "reported", "denied by The army", "disputed".
pub(crate) fn claim(b: &Briefing, point: &Point) -> Phrase {
    claim_words(b, point.claim, &point.denied_by)
}

fn claim_words(b: &Briefing, claim: Claim, denied_by: &[EntityIx]) -> Phrase {
    match claim {
        Claim::Reported => vec![words("reported")],
        Claim::Denied => by(b, "denied by ", "denied", denied_by),
        Claim::Disputed => by(b, "disputed by ", "disputed", denied_by),
    }
}

/// Who states a figure: "Samir Haddad", or none.
pub(crate) fn speakers(b: &Briefing, point: &Point) -> Phrase {
    names(b, &point.said_by)
}

/// The notes on a figure one article reports: who said it, how the claim stands (when not
/// plainly reported), and the rise or fall the source reports with no earlier count.
pub(crate) fn notes(b: &Briefing, point: &Point) -> Vec<Phrase> {
    let said = Attribution {
        said_by: point.said_by.clone(),
        claim: point.claim,
        denied_by: point.denied_by.clone(),
        part_of: None,
        trend: point.trend,
    };
    attribution_notes(b, &said)
}

/// The notes of a mention's attribution: those of [`notes`], and the toll it is a part of.
pub(crate) fn attribution_notes(b: &Briefing, a: &Attribution) -> Vec<Phrase> {
    let mut out = Vec::new();
    if !a.said_by.is_empty() {
        out.push(by(b, "said by ", "", &a.said_by));
    }
    if a.claim != Claim::Reported {
        out.push(claim_words(b, a.claim, &a.denied_by));
    }
    if let Some(trend) = a.trend {
        out.push(vec![Piece::Words(format!(
            "the source says it {}",
            trend.as_str()
        ))]);
    }
    if let Some(whole) = a.part_of {
        out.push(vec![
            words("part of "),
            Piece::Name(b.entities[whole].name.clone()),
        ]);
    }
    out
}

/// What one claim of responsibility says about its actor, with the article that reports
/// it: "blamed by The army (Daily Courier)", "claimed responsibility", "denied
/// responsibility, according to The army".
pub(crate) fn responsibility(b: &Briefing, r: &Responsibility) -> Phrase {
    let mut out = match r.stance {
        Stance::Blamed => by(b, "blamed by ", "blamed", &r.by),
        stance if r.by.is_empty() => vec![words(stance.words())],
        stance => {
            let mut out = vec![Piece::Words(format!("{}, according to ", stance.words()))];
            out.extend(names(b, &r.by));
            out
        }
    };
    if let Some(article) = r.article {
        out.push(words(" ("));
        out.push(Piece::Name(b.articles[article].source.clone()));
        out.push(words(")"));
    }
    out
}

/// Every actor with claims of responsibility about it, each claim in words; in entity order.
pub(crate) fn responsibilities(b: &Briefing) -> Vec<(EntityIx, Vec<Phrase>)> {
    EntityIx::all(b)
        .filter(|&e| !b.entities[e].responsibility.is_empty())
        .map(|e| {
            let claims = b.entities[e].responsibility.iter();
            (e, claims.map(|r| responsibility(b, r)).collect())
        })
        .collect()
}

/// A point's change in words: "▲ rose from at least 14", "▲ rose (no earlier count)", or
/// empty.
pub(crate) fn change(series: &Series, point: &Point) -> String {
    let Some(Change { way, from }) = point.change else {
        return String::new();
    };
    let arrow = match way {
        crate::briefing::Trend::Rose => "▲",
        crate::briefing::Trend::Fell => "▼",
    };
    match from {
        Some(j) => format!(
            "{arrow} {} from {}",
            way.as_str(),
            series.points[j].figure.count_words()
        ),
        None => format!("{arrow} {} (no earlier count)", way.as_str()),
    }
}

/// The toll a point is a figure of: its entity's name, the whole it is a part of, and
/// whether it is background.
pub(crate) fn toll(b: &Briefing, point: &Point) -> Phrase {
    let mut out = vec![Piece::Name(b.entities[point.entity].name.clone())];
    if let Some(whole) = point.part_of {
        out.push(words(", part of "));
        out.push(Piece::Name(b.entities[whole].name.clone()));
    }
    if point.background {
        out.push(words(
            " (background: an earlier event, not this one's toll)",
        ));
    }
    out
}

/// A point's figure in a timeline row, without the "as of" its time column gives.
pub(crate) fn timeline_figure(point: &Point) -> String {
    let figure = crate::briefing::Figure {
        as_of: None,
        ..point.figure
    };
    figure.describe()
}

/// The columns of a timeline table.
pub(crate) const TIMELINE_COLUMNS: [&str; 7] = [
    "When", "Figure", "Change", "Source", "Said by", "Claim", "Toll",
];

/// A series' heading: "Killed", "Casualties (killed and injured together)".
pub(crate) fn series_title(kind: FigureType) -> String {
    let word = kind.as_str();
    let mut title = word[..1].to_uppercase() + &word[1..];
    if kind == FigureType::Casualties {
        title.push_str(" (killed and injured together)");
    }
    title
}

/// The accepted figure of a series in words: "21 killed (People killed in the bombing)".
pub(crate) fn accepted(b: &Briefing, series: &Series) -> Option<Phrase> {
    let (entity, figure) = series.accepted?;
    Some(vec![
        Piece::Words(format!("Accepted: {} (", figure.describe())),
        Piece::Name(b.entities[entity].name.clone()),
        words(")"),
    ])
}

/// The given casualty entities in the order a table lists them, each with its depth: every
/// whole in the order given, followed by its parts (those with a mention `part_of` it), theirs
/// after them. An entity that is a part of several comes under the first.
pub(crate) fn nested(b: &Briefing, entities: &[EntityIx]) -> Vec<(EntityIx, usize)> {
    let mut parts: HashMap<EntityIx, Vec<EntityIx>> = HashMap::new();
    let mut is_part = vec![false; b.entities.len()];
    for m in b.mentions.iter().chain(&b.headline_mentions) {
        let Some(whole) = m.attribution.as_ref().and_then(|a| a.part_of) else {
            continue;
        };
        if entities.contains(&whole) && entities.contains(&m.entity) {
            let list = parts.entry(whole).or_default();
            if !list.contains(&m.entity) {
                list.push(m.entity);
            }
            is_part[m.entity.0] = true;
        }
    }
    let mut placed = vec![false; b.entities.len()];
    let mut out = Vec::with_capacity(entities.len());
    // A part of a part that is a part of it (which the loader refuses) still gets a row.
    let roots = entities.iter().filter(|e| !is_part[e.0]);
    for &root in roots.chain(entities) {
        let mut stack = vec![(root, 0)];
        while let Some((e, depth)) = stack.pop() {
            if std::mem::replace(&mut placed[e.0], true) {
                continue;
            }
            out.push((e, depth));
            let mut below = parts.get(&e).cloned().unwrap_or_default();
            below.sort();
            stack.extend(below.into_iter().rev().map(|p| (p, depth + 1)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::{load_str, timeline};

    fn claims() -> Briefing {
        let text = include_str!("../../tests/fixtures/claims/claims.yaml");
        load_str("claims.yaml", text).unwrap().briefing
    }

    #[test]
    fn claims_in_words() {
        let b = claims();
        let t = timeline(&b);
        let killed = &t[0];
        let said: Vec<Vec<String>> = killed
            .points
            .iter()
            .map(|p| notes(&b, p).iter().map(|n| plain(n)).collect())
            .collect();
        assert_eq!(said[0], ["said by Samir Haddad"]);
        assert!(said[1].is_empty());
        assert_eq!(said[2], ["denied by The army"]);
        assert_eq!(
            said[4],
            ["said by Ministry of Health", "the source says it rose"]
        );
        let changes: Vec<String> = killed.points.iter().map(|p| change(killed, p)).collect();
        assert_eq!(changes, ["", "", "", "", "▲ rose from at least 14"]);
        assert_eq!(
            plain(&toll(&b, &killed.points[1])),
            "Soldiers among the dead, part of People killed in the bombing"
        );
        assert!(plain(&toll(&b, &killed.points[3])).contains("background"));
        assert_eq!(
            plain(&accepted(&b, killed).unwrap()),
            "Accepted: 21 killed (People killed in the bombing)"
        );
        assert_eq!(
            series_title(FigureType::Casualties),
            "Casualties (killed and injured together)"
        );
        let front = &b.entities[b.entity_index("front").unwrap()];
        let blame: Vec<String> = front
            .responsibility
            .iter()
            .map(|r| plain(&responsibility(&b, r)))
            .collect();
        assert_eq!(
            blame,
            [
                "blamed by The army (Daily Courier)",
                "denied responsibility (Daily Courier)"
            ]
        );
    }

    #[test]
    fn a_timeline_row_leaves_the_time_to_its_column() {
        let text = include_str!("../../tests/fixtures/figures/tolls.yaml");
        let b = load_str("tolls.yaml", text).unwrap().briefing;
        let t = timeline(&b);
        let dated = &t[0].points[1];
        assert!(dated.figure.describe().contains(" as of "));
        assert_eq!(timeline_figure(dated), "26 killed");
        assert_eq!(timeline_figure(&t[0].points[0]), "earlier: 8 killed");
    }

    #[test]
    fn parts_come_under_their_whole() {
        let b = claims();
        let ix = |id: &str| b.entity_index(id).unwrap();
        let casualties: Vec<EntityIx> = ["killed", "soldiers", "colonel", "casualties"]
            .map(ix)
            .into_iter()
            .rev()
            .collect();
        let order: Vec<(&str, usize)> = nested(&b, &casualties)
            .into_iter()
            .map(|(e, d)| (b.entities[e].id.as_str(), d))
            .collect();
        assert_eq!(
            order,
            [
                ("casualties", 0),
                ("colonel", 0),
                ("killed", 0),
                ("soldiers", 1)
            ]
        );
        // A whole left out of the list leaves its part a row of its own.
        let alone = nested(&b, &[ix("soldiers")]);
        assert_eq!(alone, [(ix("soldiers"), 0)]);
    }
}
