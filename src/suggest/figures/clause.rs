//! The verb (or casualty noun) of an amount's own clause. Each number takes the word of its
//! own clause: "three people died and five were hurt" is killed 3 and injured 5, never
//! killed 5. The clause of an amount ends at a sentence end; at "while", "when", "after",
//! فيما، بينما، عندما and the like; at "and"/"or" unless another count follows (a list:
//! "five soldiers and two civilians were killed"); at an Arabic word joined to و (a new
//! conjunct, "وأصيب"); before the amount, also at a comma (after it, at a comma before
//! killed-and-wounded together, which is another clause's). A verb after the count that
//! takes an object, with no auxiliary before it, makes the count who did it ("three gunmen
//! killed two guards"): no figure. "killed or wounded" together, after the count or before
//! it ("killed and wounded 20", "مقتل وإصابة 20", "عدد القتلى والجرحى بالعشرات"), is a
//! figure of both: type `casualties`.
//!
//! Data flows from the words around an amount (`tokens`) to the nearest word naming a type
//! in its clause ([`cue`]): up to four words before the amount, ten after its noun phrase.

use super::super::numbers::amount_at;
use super::super::tokens::Token;
use super::denied::denied_cue;
use super::not_counts::is_count;
use super::noun::{ends_before, is_arabic};
use super::singular::one_at;
use super::words::{Cue, Small, words};
use crate::briefing::FigureType;

/// A word of the clause that names a type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClauseCue {
    pub kind: FigureType,
    /// Index of the word.
    pub index: usize,
    /// Words between it and the amount.
    pub distance: usize,
    /// Index of another word the marked phrase must reach (the hostages who were freed).
    pub reach: usize,
}

/// What the clause of the amount at `tokens[start..=last]` (qualifier included), with its
/// noun phrase ending at `end`, says: a type, nothing, or that the count is not of victims.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clause {
    Cue(ClauseCue),
    Nothing,
    /// The count did it ("three gunmen killed two").
    NotVictims,
}

/// An Arabic word joined to the conjunction و that starts a new conjunct (not a word that
/// begins with و, such as وزارة, which the cue lists do not hold either).
fn conjunct(tokens: &[Token<'_>], j: usize) -> bool {
    let t = &tokens[j];
    is_arabic(t) && t.folded.starts_with('و') && t.folded.chars().count() > 2 && {
        let w = words();
        w.cues.get(&t.folded).is_none()
            && (w.cue(tokens, j).is_some() || amount_at(tokens, j).is_some())
    }
}

/// The cue of the clause of the amount at `tokens[start..=last]`, its noun phrase ending at
/// `end`.
pub fn cue(tokens: &[Token<'_>], start: usize, last: usize, end: usize) -> Clause {
    let left = left(tokens, start).map(|l| match mixed_before(tokens, l) {
        Some(first) => ClauseCue {
            kind: FigureType::Casualties,
            index: first,
            ..l
        },
        None => l,
    });
    let right = match right(tokens, last, end) {
        Ok(right) => right,
        Err(()) => return Clause::NotVictims,
    };
    // "بين قتيل وجريح" after the count names what it counts, whatever verb came before.
    let between = |r: &ClauseCue| {
        r.kind == FigureType::Casualties
            && r.index > 0
            && crate::search::fold_query("بين") == tokens[r.index - 1].folded
    };
    match (left, right) {
        (Some(l), Some(r)) if r.distance < l.distance || between(&r) => Clause::Cue(r),
        (Some(l), _) => Clause::Cue(l),
        (None, Some(r)) => Clause::Cue(r),
        (None, None) => Clause::Nothing,
    }
}

/// The nearest cue up to four words before `start`, in the clause.
fn left(tokens: &[Token<'_>], start: usize) -> Option<ClauseCue> {
    let w = words();
    let mut j = start;
    for distance in 1..=4 {
        if j == 0 || tokens[j].sentence_start || tokens[j].gap_before.contains([',', '،']) {
            return None;
        }
        j -= 1;
        if let Some(c) = w.cue(tokens, j) {
            // Another count's own noun ("10 جثث و30 شخصا أصيبوا"): not this clause's word.
            if c.noun && !conjunct(tokens, j) && j > 0 && is_count(tokens, j - 1) {
                return None;
            }
            return Some(ClauseCue {
                kind: c.kind,
                index: j,
                distance,
                reach: j,
            });
        }
        let t = &tokens[j];
        if w.loss.get(&t.folded).is_some() {
            return Some(ClauseCue {
                kind: FigureType::Killed,
                index: j,
                distance,
                reach: j,
            });
        }
        // "killed himself and 14 others": the verb's objects after the attacker's own death.
        let after_reflexive = j > 0
            && matches!(
                tokens[j - 1].folded.as_str(),
                "himself" | "herself" | "themselves"
            );
        let stops = match w.small(t) {
            Some(Small::And) => !after_reflexive,
            Some(Small::Boundary) => true,
            _ => false,
        };
        if stops || conjunct(tokens, j) || is_count(tokens, j) {
            return None;
        }
    }
    None
}

/// The first cue up to ten words after `end` (a hostages word and then a freed one: freed,
/// reaching the hostages), in the clause; `Err` when the count is not of victims.
fn right(tokens: &[Token<'_>], last: usize, end: usize) -> Result<Option<ClauseCue>, ()> {
    let w = words();
    let mut hostages: Option<ClauseCue> = None;
    let mut comma = false;
    let mut preposition = false;
    for j in end + 1..tokens.len().min(end + 11) {
        let t = &tokens[j];
        // A quotation or a bracket that closes ends the clause: "… هم ثلاثة مدنيين" مشيرا.
        let closed = t.gap_before.contains(['"', '»', '”', ')']);
        if t.sentence_start || closed || (conjunct(tokens, j) && amount_at(tokens, j).is_none()) {
            break;
        }
        comma |= t.gap_before.contains([',', '،']);
        // After a comma, a casualty word after a preposition is another phrase's ("200
        // people gathered at the hospital, protesting at the killing"): not this count's.
        let behind_preposition = comma && w.small(&tokens[j - 1]) == Some(Small::Preposition);
        // A denied casualty word ("33 were inside, and none of them was hurt") is no count's.
        if w.cue(tokens, j).is_some() && denied_cue(tokens, j) {
            break;
        }
        if let Some(c) = w.cue(tokens, j).filter(|_| !behind_preposition) {
            // Killed and wounded together after a comma are another clause's ("20 were
            // hurt, and sources put the dead and wounded at dozens"): the clause ends there.
            if let Some(other) = mixed(tokens, j, c) {
                if comma {
                    break;
                }
                if c.transitive && active(tokens, end, other) {
                    return Err(());
                }
                return Ok(Some(ClauseCue {
                    kind: FigureType::Casualties,
                    index: j,
                    distance: j - last,
                    reach: other,
                }));
            }
            // An Arabic verb after the count with a count of its own right after it: the
            // count did it ("امرأتان قتلتا 17 شخصا").
            // "shot dead" takes an object as "killed" does: "two gunmen shot dead a guard".
            let shot_dead = t.folded == "dead" && tokens[j - 1].folded == "shot";
            if ((c.transitive || shot_dead) && active(tokens, end, j))
                || (is_arabic(t) && !c.noun && starts_count(tokens, j + 1))
            {
                return Err(());
            }
            let found = ClauseCue {
                kind: c.kind,
                index: j,
                distance: j - last,
                reach: j,
            };
            match (c.kind, hostages) {
                (FigureType::Hostages, None) => hostages = Some(found),
                (FigureType::Freed, Some(h)) => {
                    return Ok(Some(ClauseCue {
                        reach: h.index,
                        ..found
                    }));
                }
                (_, Some(_)) => break,
                _ => return Ok(Some(found)),
            }
            continue;
        }
        match w.small(t) {
            Some(Small::Boundary) => break,
            // A list goes on with a count or one person ("Four police and a child were"),
            // not after a comma: ", and dozens were injured" is another clause.
            Some(Small::And)
                if t.gap_before.contains(',')
                    || (!starts_count(tokens, j + 1)
                        && (ends_before(tokens, j + 1) || one_at(tokens, j + 1).is_none())) =>
            {
                break;
            }
            _ => {}
        }
        let listed = matches!(w.small(&tokens[j - 1]), Some(Small::And))
            || t.gap_before.contains([',', '،'])
            || conjunct(tokens, j);
        // A list of counts shares a verb ("five soldiers and two civilians were killed"),
        // not counts each with its own place ("10 others at one hospital and 5 ..."). A
        // share inserted after "among them" or منهم is looked past: "Five people, among
        // them two children, died", "39 شخصا منهم 12 طفلا، قتلوا".
        let inserted = w.including(tokens, j - 1);
        if is_count(tokens, j) && (!listed || preposition) && !inserted {
            break;
        }
        preposition |= w.small(t) == Some(Small::Preposition);
    }
    Ok(hostages)
}

/// Whether a count (or a qualifier before one) starts at `tokens[k]`.
fn starts_count(tokens: &[Token<'_>], k: usize) -> bool {
    if ends_before(tokens, k) {
        return false;
    }
    amount_at(tokens, k).is_some()
        || words()
            .before
            .iter()
            .any(|(p, _)| super::phrase_at(tokens, k, p))
}

/// A cue followed by "or"/"and" and a cue of another type ("killed or wounded", "قتيل
/// وجريح"): the count is of both together; not when a count of its own follows the other
/// cue, which starts another clause ("9 قتلوا وأصيب عشرات", "two died and injured five").
pub fn mixed(tokens: &[Token<'_>], j: usize, c: Cue) -> Option<usize> {
    let w = words();
    let other = |k: usize| {
        (tokens.get(k).is_some_and(|t| !t.sentence_start)
            && w.cue(tokens, k).is_some_and(|o| o.kind != c.kind)
            && !starts_count(tokens, k + 1))
        .then_some(k)
    };
    match tokens.get(j + 1) {
        Some(n) if matches!(w.small(n), Some(Small::And)) => other(j + 2),
        Some(n) if n.folded.starts_with('و') => other(j + 1),
        _ => None,
    }
}

/// A cue before the amount joined by "and"/"or" or و to a cue of another type before it
/// ("killed and wounded 20", "مقتل وإصابة 20 شخصا"): the count is of both together; the
/// index of the first cue. Not when the first cue has a count of its own before it, in
/// another clause ("9 قتلوا وأصيب عشرات": killed 9, injured dozens).
fn mixed_before(tokens: &[Token<'_>], l: ClauseCue) -> Option<usize> {
    let w = words();
    let j = l.index;
    let joined_at = if tokens[j].folded.starts_with('و') && is_arabic(&tokens[j]) {
        j.checked_sub(1)
    } else if j >= 2 && w.small(&tokens[j - 1]) == Some(Small::And) {
        Some(j - 2)
    } else {
        None
    };
    joined_at.filter(|&k| {
        !tokens[k + 1].sentence_start
            && w.cue(tokens, k).is_some_and(|c| c.kind != l.kind)
            && !count_before(tokens, k)
    })
}

/// Whether a count stands before `tokens[k]` in its sentence, with no clause boundary or
/// preposition between (an inserted clause between commas is looked past: "9 people,
/// among them two children, died and dozens ..."; "led to the deaths and injuries of 20"
/// stops at "to", "the number of dead and wounded" at "number").
fn count_before(tokens: &[Token<'_>], k: usize) -> bool {
    let w = words();
    let mut j = k;
    for _ in 0..COUNT_BEFORE_REACH {
        if j == 0 || tokens[j].sentence_start {
            return false;
        }
        j -= 1;
        if is_count(tokens, j) {
            return true;
        }
        // A qualifier after a count's noun ("12 شخصا على الأقل قتلوا") is looked past.
        if let Some(len) = qualifier_ending_at(tokens, j) {
            j = j.saturating_sub(len - 1);
            continue;
        }
        let toll =
            w.tolls.get(&tokens[j].folded).is_some() || w.counts.get(&tokens[j].folded).is_some();
        if toll
            || matches!(
                w.small(&tokens[j]),
                Some(Small::Boundary | Small::Preposition)
            )
        {
            return false;
        }
    }
    false
}

/// The length in words of a qualifier that follows its amount ("at least", "على الأقل")
/// ending at `tokens[j]`, if one does.
fn qualifier_ending_at(tokens: &[Token<'_>], j: usize) -> Option<usize> {
    words()
        .after
        .iter()
        .map(|(phrase, _)| phrase)
        .find(|p| j + 1 >= p.len() && super::phrase_at(tokens, j + 1 - p.len(), p))
        .map(|p| p.len())
}

/// Words looked at before a cue for a count of its own.
const COUNT_BEFORE_REACH: usize = 12;

/// Whether the verb at `tokens[j]`, after a noun phrase ending at `end`, is active with an
/// object after it ("three gunmen killed two guards", "who kidnapped the"): then the count
/// did it. An auxiliary between makes it passive ("were killed"). A verb of another type
/// joined to it is looked past ("killed or wounded dozens").
fn active(tokens: &[Token<'_>], end: usize, j: usize) -> bool {
    let w = words();
    let j = match tokens.get(j + 1) {
        Some(n) if w.small(n) == Some(Small::And) && !ends_before(tokens, j + 2) => {
            if w.cue(tokens, j + 2).is_some() {
                j + 2
            } else {
                j
            }
        }
        _ => j,
    };
    if is_arabic(&tokens[j])
        || tokens[end + 1..j]
            .iter()
            .any(|t| w.small(t) == Some(Small::Aux))
    {
        return false;
    }
    let k = j + 1;
    if ends_before(tokens, k) {
        return false;
    }
    let object = &tokens[k];
    matches!(
        object.folded.as_str(),
        "a" | "an" | "the" | "his" | "her" | "their" | "its"
    ) || starts_count(tokens, k)
        || w.is_people(object)
}
