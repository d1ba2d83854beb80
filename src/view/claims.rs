//! Who said what about an entity, as lines for the reader's detail popup (format 3's
//! claims, `briefing::attribution`).
//!
//! For a casualty entity: each figure its sources state, with who said it and when ("at
//! least 14 killed — Samir Haddad · Daily Courier · 2019-03-02"); a rise or fall the source
//! reports ("rose to 21 killed"); a denied claim as a struck line (`struck`) followed by who
//! denied it, so that it reads as denied without the strike too; a disputed one likewise,
//! not struck; the entities that are parts of its toll under it, indented, each with its own
//! figures; what it is a part of; a background figure said to be one; and a `casualties`
//! figure against its source's killed and injured (`Briefing::casualties_checks`). For an
//! actor: what was claimed or blamed about it and by whom (`responsibility`), and what it
//! said, denied or blamed. Lines come as pieces, as `entity` makes them (the briefing's
//! strings apart, for `line::isolated`); callers lay them out and style the struck ones.

use crate::briefing::{ArticleIx, Briefing, Claim, EntityIx, EntityKind, Figure, Mention};
use crate::briefing::{Stance, Trend};

use super::entity::{Pieces, details};

/// One line of the popup; a struck one is a claim that was denied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimLine {
    pub pieces: Pieces,
    pub struck: bool,
}

impl ClaimLine {
    fn plain(pieces: Pieces) -> ClaimLine {
        ClaimLine {
            pieces,
            struck: false,
        }
    }

    fn text(text: &str) -> ClaimLine {
        ClaimLine::plain(vec![text.to_string()])
    }
}

/// The indentation of a line under a heading, and of one level more.
const INDENT: &str = "  ";

/// The detail popup of entity `e`: its details (`entity::details`), then who said what.
pub fn detail_lines(b: &Briefing, e: EntityIx) -> Vec<ClaimLine> {
    let mut lines: Vec<ClaimLine> = details(b, e).into_iter().map(ClaimLine::plain).collect();
    lines.extend(claim_lines(b, e));
    lines
}

/// Who said what about entity `e` (see the module doc); nothing for a place, nor for an
/// entity no claim is about.
pub fn claim_lines(b: &Briefing, e: EntityIx) -> Vec<ClaimLine> {
    match b.entities[e].kind {
        EntityKind::Casualty => casualty_lines(b, e),
        EntityKind::Actor => actor_lines(b, e),
        EntityKind::Place => Vec::new(),
    }
}

fn casualty_lines(b: &Briefing, e: EntityIx) -> Vec<ClaimLine> {
    let entity = &b.entities[e];
    let mut lines = Vec::new();
    if entity.background {
        lines.push(ClaimLine::text(
            "background: an earlier event the articles recall, not this event's toll",
        ));
    }
    for whole in wholes_of(b, e) {
        lines.push(ClaimLine::plain(vec![
            "part of the toll of ".into(),
            b.entities[whole].name.clone(),
        ]));
    }
    lines.push(ClaimLine::text("who said what:"));
    lines.extend(figure_claims(b, e, INDENT));
    for part in b.parts_of(e) {
        lines.push(ClaimLine::plain(vec![
            format!("{INDENT}part: "),
            b.entities[part].name.clone(),
        ]));
        lines.extend(figure_claims(b, part, &INDENT.repeat(2)));
    }
    lines.extend(casualties_checks(b, e, ""));
    lines
}

/// Each `casualties` figure of entity `e` against its source's killed and injured
/// (`Briefing::casualties_checks`), a line each, indented by `indent`: "more than 300
/// casualties against at least 14 killed and no injured count: can add up — Daily Courier".
pub(super) fn casualties_checks(b: &Briefing, e: EntityIx, indent: &str) -> Vec<ClaimLine> {
    b.casualties_checks(e)
        .iter()
        .map(|check| {
            ClaimLine::plain(vec![
                format!("{indent}{}", check.describe()),
                " — ".into(),
                b.articles[check.article].source.clone(),
            ])
        })
        .collect()
}

/// The entities whose toll `e` is a part of, in entity order.
fn wholes_of(b: &Briefing, e: EntityIx) -> Vec<EntityIx> {
    let mut wholes: Vec<EntityIx> = mentions_of(b, e)
        .filter_map(|m| m.attribution.as_ref()?.part_of)
        .collect();
    wholes.sort();
    wholes.dedup();
    wholes
}

/// Every mention of `e`, headlines and texts, by article (a headline before its text).
fn mentions_of(b: &Briefing, e: EntityIx) -> impl Iterator<Item = &Mention> {
    let mut all: Vec<&Mention> = b
        .headline_mentions
        .iter()
        .chain(&b.mentions)
        .filter(|m| m.entity == e)
        .collect();
    all.sort_by_key(|m| m.article);
    all.into_iter()
}

/// Each distinct figure the mentions of `e` state, with who said it and when, indented by
/// `indent`; "(no figure stated)" when none does.
fn figure_claims(b: &Briefing, e: EntityIx, indent: &str) -> Vec<ClaimLine> {
    let mut seen: Vec<&Mention> = Vec::new();
    let mut lines = Vec::new();
    for m in mentions_of(b, e).filter(|m| m.figure.is_some()) {
        let same = |s: &&Mention| {
            s.article == m.article && s.figure == m.figure && s.attribution == m.attribution
        };
        if seen.iter().any(same) {
            continue;
        }
        seen.push(m);
        lines.extend(said(b, m, indent));
    }
    if lines.is_empty() {
        lines.push(ClaimLine::text(&format!("{indent}(no figure stated)")));
    }
    lines
}

/// A figure's mention as lines: "at least 14 killed — Samir Haddad · Daily Courier ·
/// 2019-03-02", struck when denied, then who denied or disputed it.
fn said(b: &Briefing, m: &Mention, indent: &str) -> Vec<ClaimLine> {
    let Some(figure) = m.figure else {
        return Vec::new();
    };
    let a = m.attribution.as_deref().cloned().unwrap_or_default();
    let mut pieces = vec![
        indent.to_string(),
        figure_words(&figure, a.trend),
        " — ".into(),
    ];
    pieces.extend(stated_by(b, &a.said_by, m.article));
    if let Some(at) = b.figure_moment(m) {
        pieces.push(format!(" · {}", at.as_str()));
    }
    with_claim(
        b,
        pieces,
        a.claim,
        &a.denied_by,
        &format!("{indent}{INDENT}"),
    )
}

/// Who states a figure and where: "Samir Haddad · Daily Courier" (the source alone when
/// nobody is named), as pieces.
pub(super) fn stated_by(b: &Briefing, said_by: &[EntityIx], article: ArticleIx) -> Pieces {
    let mut pieces = names(b, said_by);
    if !pieces.is_empty() {
        pieces.push(" · ".into());
    }
    pieces.push(b.articles[article].source.clone());
    pieces
}

/// A figure's line, and how its claim stands: for a denied claim the line struck, then
/// "denied by The army" indented by `note_indent` (the words say it without the strike);
/// for a disputed one "disputed by …" likewise; a reported claim's line alone.
pub(super) fn with_claim(
    b: &Briefing,
    line: Pieces,
    claim: Claim,
    denied_by: &[EntityIx],
    note_indent: &str,
) -> Vec<ClaimLine> {
    let mut lines = vec![ClaimLine {
        pieces: line,
        struck: claim == Claim::Denied,
    }];
    if claim != Claim::Reported {
        let mut note = vec![format!("{note_indent}{}", claim.as_str())];
        match denied_by.is_empty() {
            true => note.push(" (by whom not given)".into()),
            false => {
                note.push(" by ".into());
                note.extend(names(b, denied_by));
            }
        }
        lines.push(ClaimLine::plain(note));
    }
    lines
}

/// A figure in words without its time (shown apart): "at least 14 killed", "rose to 21
/// killed", "earlier: 8 killed".
pub fn figure_words(figure: &Figure, trend: Option<Trend>) -> String {
    let words = Figure {
        as_of: None,
        superseded: false,
        ..*figure
    }
    .describe();
    let words = match trend {
        Some(t) => format!("{} to {words}", t.as_str()),
        None => words,
    };
    match figure.superseded {
        true => format!("earlier: {words}"),
        false => words,
    }
}

/// Entities' names, ", " between them, as pieces.
fn names(b: &Briefing, of: &[EntityIx]) -> Pieces {
    let mut pieces = Vec::new();
    for (i, &e) in of.iter().enumerate() {
        if i > 0 {
            pieces.push(", ".into());
        }
        pieces.push(b.entities[e].name.clone());
    }
    pieces
}

/// What was claimed or blamed about actor `e`, and what it said, denied or blamed.
fn actor_lines(b: &Briefing, e: EntityIx) -> Vec<ClaimLine> {
    let mut about: Vec<ClaimLine> = b.entities[e]
        .responsibility
        .iter()
        .map(|r| {
            let mut pieces = vec![INDENT.to_string()];
            match (r.stance, r.by.is_empty()) {
                (Stance::Blamed, _) => {
                    pieces.push("blamed by ".into());
                    pieces.extend(names(b, &r.by));
                }
                (stance, true) => pieces.push(stance.words().into()),
                (stance, false) => {
                    pieces.push(format!("{}, as reported by ", stance.words()));
                    pieces.extend(names(b, &r.by));
                }
            }
            if let Some(a) = r.article {
                pieces.extend([" — ".into(), b.articles[a].source.clone()]);
            }
            ClaimLine::plain(pieces)
        })
        .collect();
    if !about.is_empty() {
        about.insert(0, ClaimLine::text("responsibility:"));
    }
    let said = actor_said(b, e);
    if !said.is_empty() {
        about.push(ClaimLine::text("what it said:"));
        about.extend(said);
    }
    about
}

/// The figures actor `e` stated or denied, and the actors it blamed, a line each.
fn actor_said(b: &Briefing, e: EntityIx) -> Vec<ClaimLine> {
    let mut lines: Vec<ClaimLine> = Vec::new();
    for m in b.headline_mentions.iter().chain(&b.mentions) {
        let (Some(a), Some(figure)) = (m.attribution.as_deref(), m.figure) else {
            continue;
        };
        let verb = match (a.said_by.contains(&e), a.denied_by.contains(&e)) {
            (_, true) => match a.claim {
                Claim::Disputed => "disputed: ",
                _ => "denied: ",
            },
            (true, false) => "said: ",
            (false, false) => continue,
        };
        let line = ClaimLine::plain(vec![
            format!("{INDENT}{verb}{} (", figure_words(&figure, a.trend)),
            b.entities[m.entity].name.clone(),
            ") — ".into(),
            b.articles[m.article].source.clone(),
        ]);
        if !lines.contains(&line) {
            lines.push(line);
        }
    }
    for entity in &b.entities {
        for r in &entity.responsibility {
            if r.stance == Stance::Blamed && r.by.contains(&e) {
                let mut pieces = vec![format!("{INDENT}blamed "), entity.name.clone()];
                if let Some(a) = r.article {
                    pieces.extend([" — ".into(), b.articles[a].source.clone()]);
                }
                lines.push(ClaimLine::plain(pieces));
            }
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::load_str;

    const CLAIMS: &str = include_str!("../../tests/fixtures/claims/claims.yaml");

    fn lines(id: &str) -> Vec<(String, bool)> {
        let b = load_str("claims.yaml", CLAIMS).unwrap().briefing;
        let e = b.entity_index(id).unwrap();
        claim_lines(&b, e)
            .into_iter()
            .map(|l| (l.pieces.concat(), l.struck))
            .collect()
    }

    fn plain(text: &str) -> (String, bool) {
        (text.to_string(), false)
    }

    #[test]
    fn each_figure_with_its_speaker_and_time_and_the_parts_under_the_whole() {
        assert_eq!(
            lines("killed"),
            [
                plain("who said what:"),
                plain("  at least 14 killed — Samir Haddad · Daily Courier · 2019-03-02"),
                plain(
                    "  rose to 21 killed — Ministry of Health · وكالة الأنباء · 2019-03-03T09:00Z"
                ),
                plain("  part: Soldiers among the dead"),
                plain("    some killed — Daily Courier · 2019-03-02"),
            ]
        );
        assert_eq!(
            lines("soldiers"),
            [
                plain("part of the toll of People killed in the bombing"),
                plain("who said what:"),
                plain("  some killed — Daily Courier · 2019-03-02"),
            ]
        );
    }

    #[test]
    fn a_denied_claim_is_struck_and_says_who_denied_it() {
        assert_eq!(
            lines("colonel"),
            [
                plain("who said what:"),
                ("  1 killed — Daily Courier · 2019-03-02".to_string(), true),
                plain("    denied by The army"),
            ]
        );
    }

    #[test]
    fn background_figures_and_casualties_are_said_to_be_so() {
        let background = lines("car-bomb-2015");
        assert!(
            background[0].0.starts_with("background: "),
            "{background:?}"
        );
        let casualties = lines("casualties");
        assert_eq!(
            casualties.last().unwrap().0,
            "more than 300 casualties against at least 14 killed and no injured count: can add up — Daily Courier"
        );
    }

    #[test]
    fn an_actor_lists_what_was_claimed_about_it_and_what_it_said() {
        assert_eq!(
            lines("front"),
            [
                plain("responsibility:"),
                plain("  blamed by The army — Daily Courier"),
                plain("  denied responsibility — Daily Courier"),
            ]
        );
        assert_eq!(
            lines("army"),
            [
                plain("what it said:"),
                plain("  denied: 1 killed (The colonel) — Daily Courier"),
                plain("  blamed Northern Front — Daily Courier"),
            ]
        );
        assert_eq!(
            lines("director"),
            [
                plain("what it said:"),
                plain("  said: at least 14 killed (People killed in the bombing) — Daily Courier"),
            ]
        );
    }

    #[test]
    fn figures_in_words_leave_the_time_out() {
        let b = load_str("claims.yaml", CLAIMS).unwrap().briefing;
        let e = b.entity_index("killed").unwrap();
        let mut f = b.entities[e].figure.unwrap();
        f.superseded = true;
        assert_eq!(
            figure_words(&f, Some(Trend::Fell)),
            "earlier: fell to 21 killed"
        );
        // The details come first in the popup.
        let all = detail_lines(&b, e);
        assert_eq!(
            all[0].pieces.concat(),
            "People killed in the bombing · casualty"
        );
        assert_eq!(all.len(), details(&b, e).len() + claim_lines(&b, e).len());
    }
}
