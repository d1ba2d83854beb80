//! Tolls that change: "the toll rose to 35", "bringing the death toll to 35", "the number of
//! dead reached 35", "ارتفعت حصيلة القتلى إلى 40", "ارتفع عدد الجرحى إلى 12". The number
//! after the toll's "to" (إلى، بلغت ...) is the source's new figure, of the type a word near
//! the toll names ("death", القتلى, الجرحى; a bare toll counts the dead), as is a number
//! after "a toll of"; a number after "from" (من) in such a clause, or the value of a toll
//! called earlier ("an earlier death toll of three", "الحصيلة السابقة خمسين قتيلا"), is the
//! earlier figure, superseded. When the text gives no
//! earlier figure there, the source's nearest earlier figure of that type, if its count
//! differs, is the one the new toll supersedes.
//!
//! Data flows from the words before an amount (`tokens`) to a [`Toll`] ([`before`]), and,
//! once a text's figures are found, from their roles to `superseded` ([`supersede`]).

use super::super::tokens::Token;
use super::FoundFigure;
use super::words::{Small, words};
use crate::briefing::FigureType;

/// A toll an amount is the value of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Toll {
    pub kind: FigureType,
    /// Index of the toll's noun.
    pub index: usize,
    /// The earlier value ("from 20", "an earlier toll of 3"), not the new one.
    pub earlier: bool,
    /// The first word to mark with an earlier value: "from", or the adjective ("earlier").
    pub from: usize,
}

/// The adjective that makes the toll noun at `tokens[index]` an earlier one, right before
/// it (or before its type word: "earlier death toll") or, in Arabic, right after it
/// ("الحصيلة السابقة").
fn earlier_adjective(tokens: &[Token<'_>], index: usize) -> Option<usize> {
    let w = words();
    let is = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| w.earlier.get(&t.folded).is_some())
    };
    let after = index + 1;
    let before = [index.checked_sub(1), index.checked_sub(2)];
    let found = before
        .into_iter()
        .flatten()
        .find(|&k| is(k) && tokens[k + 1..=index].iter().all(|t| !t.sentence_start));
    found.or_else(|| (is(after) && !tokens[after].sentence_start).then_some(after))
}

/// The toll whose value the amount starting at `tokens[start]` (qualifier included) is.
pub fn before(tokens: &[Token<'_>], start: usize) -> Option<Toll> {
    let w = words();
    if start == 0 || tokens[start].sentence_start {
        return None;
    }
    let word = &tokens[start - 1].folded;
    // "الحصيلة السابقة خمسين قتيلا": the adjective right before the amount.
    if w.earlier.get(word).is_some() && start >= 2 && !tokens[start - 1].sentence_start {
        let j = start - 2;
        if w.tolls.get(&tokens[j].folded).is_some() {
            // A bare toll counts the dead; the counted noun after may say otherwise.
            let kind = FigureType::Killed;
            return Some(Toll {
                kind,
                index: j,
                earlier: true,
                from: j,
            });
        }
    }
    let earlier = if w.toll_to.get(word).is_some() {
        false
    } else if w.toll_from.get(word).is_some() {
        true
    } else {
        return None;
    };
    let mut kind = None;
    let mut j = start - 1;
    for _ in 0..8 {
        if j == 0 || tokens[j].sentence_start {
            return None;
        }
        j -= 1;
        let t = &tokens[j];
        if let Some(c) = w.cue(tokens, j) {
            kind = kind.or(Some(c.kind));
        }
        let toll = w.tolls.get(&t.folded).is_some();
        if toll || w.counts.get(&t.folded).is_some() {
            // The type word may stand right before the noun: "death toll".
            if j > 0 && !t.sentence_start {
                kind = kind.or_else(|| w.cue(tokens, j - 1).map(|c| c.kind));
            }
            let kind = kind.or(toll.then_some(FigureType::Killed))?;
            // "an earlier toll of 3": the amount right after the toll's word; not a later
            // value ("the initial toll of 20 rose to 35").
            let adjective = earlier_adjective(tokens, j).filter(|_| !earlier && j + 2 == start);
            return Some(Toll {
                kind,
                index: j,
                earlier: earlier || adjective.is_some(),
                from: adjective.map_or(start - 1, |a| a.min(j)),
            });
        }
        if w.small(t) == Some(Small::Boundary) {
            return None;
        }
    }
    None
}

/// What a figure is in a changing toll.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Plain,
    /// The new value of a toll.
    New,
    /// The earlier value of a toll, given with the new one ("from 20").
    Earlier,
}

/// Marks as superseded, for each new toll with no earlier value given beside it, the
/// nearest figure of its type before it that is not a share of another (`part`), when its
/// amount differs.
pub fn supersede(found: &mut [(FoundFigure, Role)]) {
    for t in 0..found.len() {
        if found[t].1 != Role::New {
            continue;
        }
        let beside = |k: Option<usize>| {
            k.and_then(|k| found.get(k))
                .is_some_and(|f| f.1 == Role::Earlier)
        };
        if beside(t.checked_sub(1)) || beside(Some(t + 1)) {
            continue;
        }
        let (kind, amount) = (found[t].0.kind, found[t].0.amount);
        if let Some(earlier) = (found[..t].iter_mut().rev()).find(|f| f.0.kind == kind && !f.0.part)
            && earlier.0.amount != amount
        {
            earlier.0.superseded = true;
        }
    }
}
