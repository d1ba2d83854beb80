//! Tolls that change: "the toll rose to 35", "bringing the death toll to 35", "the number of
//! dead reached 35", "ارتفعت حصيلة القتلى إلى 40", "ارتفع عدد الجرحى إلى 12". The number
//! after the toll's "to" (إلى، بلغت ...) is the source's new figure, of the type a word near
//! the toll names ("death", القتلى, الجرحى; a bare toll counts the dead); a number after
//! "from" (من) in such a clause is the earlier figure, superseded. When the text gives no
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
    /// The earlier value ("from 20"), not the new one.
    pub earlier: bool,
}

/// The toll whose value the amount starting at `tokens[start]` (qualifier included) is.
pub fn before(tokens: &[Token<'_>], start: usize) -> Option<Toll> {
    let w = words();
    if start == 0 || tokens[start].sentence_start {
        return None;
    }
    let word = &tokens[start - 1].folded;
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
            return Some(Toll {
                kind,
                index: j,
                earlier,
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
/// nearest figure of its type before it, when its amount differs.
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
        if let Some(earlier) = found[..t].iter_mut().rev().find(|f| f.0.kind == kind)
            && earlier.0.amount != amount
        {
            earlier.0.superseded = true;
        }
    }
}
