//! Where a run of capitalised words ends, beyond the plain rule (capitalised words, glued
//! parts and joiners before a capital; a possessive or punctuation ends it). The name
//! scan of [`super`] asks at each word that would end or extend the run:
//!
//! - a saint's possessive goes on to the building named after the saint ("St Anne's
//!   Parish Church", "St Luke's and St John's Chapel", "St Anne's hospital"):
//!   [`saint_possessive`];
//! - another name for it in brackets goes on to the place word after the bracket ("the
//!   Nur (Light) Grand Mosque"): [`bracketed_alias`];
//! - "in" after a place or building word ends the run: the building and the town it is in
//!   are two places ("Kandar General Hospital in Zeno"): [`place_then_in`].

use super::{capitalised, glued, words};
use crate::suggest::tokens::Token;

/// How a run goes on past a saint's possessive at `tokens[j]` (the glued "s" of "St
/// Anne's"), in a run that opened at `tokens[first]` with "St" or "Saint".
pub(super) enum Past {
    /// The run goes on at this index: a capitalised word ("St Anne's Church") or another
    /// saint after "and" ("St Luke's and St John's Chapel").
    Continue(usize),
    /// The run ends with the possessive, before the lower-case building word that follows
    /// it ("St Anne's hospital"), which the place rules then take.
    End,
}

/// Whether the run from `tokens[first]` names a saint and goes on past the possessive at
/// `tokens[j]`, and how (see [`Past`]); `None` when the possessive ends it as usual.
pub(super) fn saint_possessive(tokens: &[Token<'_>], first: usize, j: usize) -> Option<Past> {
    let w = words();
    let saint = |t: &Token<'_>| matches!(t.text, "St" | "Saint");
    if !saint(&tokens[first]) || first + 1 >= j || tokens[j].folded != "s" || !glued(&tokens[j]) {
        return None;
    }
    let joined = |k: usize| tokens.get(k).filter(|t| t.joins_previous());
    let next = joined(j + 1)?;
    if capitalised(next) {
        Some(Past::Continue(j + 1))
    } else if next.folded == "and" && joined(j + 2).is_some_and(saint) {
        Some(Past::Continue(j + 2))
    } else if w.place.contains(next.folded.as_str()) || w.buildings.contains(next.folded.as_str()) {
        Some(Past::End)
    } else {
        None
    }
}

/// The last word of a place name that goes on past another name for it in brackets,
/// after the bracket at `tokens[j]`: the bracket holds capitalised words only, and
/// capitalised words ending in a place word follow it ("Nur (Light) Grand Mosque").
pub(super) fn bracketed_alias(text: &str, tokens: &[Token<'_>], j: usize) -> Option<usize> {
    let w = words();
    if tokens[j].gap_before.trim() != "(" || !capitalised(&tokens[j]) {
        return None;
    }
    // The bracket's words, up to the one the closing bracket follows (a few at most).
    let close =
        (j..tokens.len().min(j + 4)).find(|&k| text[tokens[k].range.end..].starts_with(')'))?;
    let inside = (j + 1..=close)
        .all(|k| tokens[k].joins_previous() && (capitalised(&tokens[k]) || glued(&tokens[k])));
    let after = tokens.get(close + 1)?;
    if !inside || after.gap_before.trim() != ")" || after.sentence_start || !capitalised(after) {
        return None;
    }
    let mut last = close + 1;
    while tokens
        .get(last + 1)
        .is_some_and(|t| t.joins_previous() && capitalised(t))
    {
        last += 1;
    }
    w.place
        .contains(tokens[last].folded.as_str())
        .then_some(last)
}

/// Whether the joiner at `tokens[j]` is "in" after a place or building word at
/// `tokens[end]`: the run ends there ("Kandar General Hospital" in "Kandar General
/// Hospital in Zeno"), the name after "in" being the place it is in; or "in" before a name
/// that a lower-case place word follows: a place in a province ("Kandar in Zeno
/// province"), which a group's name never ends with.
pub(super) fn place_then_in(tokens: &[Token<'_>], end: usize, j: usize) -> bool {
    let w = words();
    let last = tokens[end].folded.as_str();
    if tokens[j].folded != "in" {
        return false;
    }
    let mut k = j + 1;
    while tokens
        .get(k)
        .is_some_and(|t| t.joins_previous() && (capitalised(t) || glued(t)))
    {
        k += 1;
    }
    let in_province = k > j + 1
        && tokens.get(k).is_some_and(|t| {
            t.joins_previous() && !capitalised(t) && w.place.contains(t.folded.as_str())
        });
    w.place.contains(last) || w.buildings.contains(last) || in_province
}

/// Adjectives between a name and its place word that belong to the place's name:
/// "the Kandar tribal region", "the Zeno autonomous region".
pub(super) const AREA_ADJECTIVES: &[&str] = &[
    "tribal",
    "autonomous",
    "semi-autonomous",
    "administrative",
    "federal",
];
