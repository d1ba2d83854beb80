//! Words at the edges of a run of capitalised words that are not part of the name. After a
//! sentence's function word that the run sheds, the joining words that linked it to the
//! name go too ("Most of Kandar": Kandar, not "of Kandar"). A glued "-based" ends the name
//! before it, which is the place something is based in ("a Kandar-based monitor": Kandar).
//! A faith's adjective before a place the gazetteer knows describes the place ("mainly
//! Catholic Westland": Westland).

use super::words::words;
use super::{capitalised, glued};
use crate::suggest::gazetteer::Gazetteer;
use crate::suggest::tokens::Token;

/// The first word of the name once the lower-case joining words at `tokens[first]` are
/// shed ("of the" of "Most of the Kandar Valley"), but for a joiner glued to what follows
/// ("al-Zarka"); `first` itself when none. Past `end` when the run holds nothing more.
pub(super) fn shed_joiners(tokens: &[Token<'_>], mut first: usize, end: usize) -> usize {
    let w = words();
    while first <= end
        && !capitalised(&tokens[first])
        && w.joiners.contains(tokens[first].folded.as_str())
        && !tokens.get(first + 1).is_some_and(glued)
    {
        first += 1;
    }
    first
}

/// Whether `tokens[j]` is a "based" glued to the name before it: "Kandar-based".
pub(super) fn based(tokens: &[Token<'_>], j: usize) -> bool {
    tokens
        .get(j)
        .is_some_and(|t| glued(t) && t.gap_before == "-" && t.folded == "based")
}

/// Adjectives of faith that can describe a country or region by its people's faith.
const FAITH_ADJECTIVES: &[&str] = &[
    "muslim",
    "christian",
    "catholic",
    "protestant",
    "orthodox",
    "buddhist",
    "hindu",
    "jewish",
    "sunni",
    "shia",
    "shiite",
];

/// The first word of a place the gazetteer knows (not as a common word) after the faith
/// adjectives opening `tokens[first..=end]` ("Sunni-Muslim Westland": Westland); `first`
/// when the run opens with none, or what follows them is no such place.
pub(super) fn past_faiths(
    tokens: &[Token<'_>],
    first: usize,
    end: usize,
    gazetteer: &Gazetteer,
) -> usize {
    let mut k = first;
    while k < end
        && FAITH_ADJECTIVES.contains(&tokens[k].folded.as_str())
        && (k == first || tokens[k].gap_before == "-" || tokens[k].joins_previous())
    {
        k += 1;
    }
    if k == first {
        return first;
    }
    let name: Vec<&str> = tokens[k..=end].iter().map(|t| t.folded.as_str()).collect();
    let known = gazetteer
        .lookup(&name.join(" "))
        .is_some_and(|hit| !hit.common);
    if known { k } else { first }
}

/// Whether a place preposition comes before `tokens[first]`, past the faith adjectives
/// and the adverbs in -ly between them: "in Kandar", "in mainly Catholic Westland".
pub(super) fn after_preposition(tokens: &[Token<'_>], first: usize) -> bool {
    let w = words();
    let mut k = first;
    while k > 0 && (tokens[k].joins_previous() || tokens[k].gap_before == "-") {
        let f = tokens[k - 1].folded.as_str();
        if w.prepositions.contains(f) {
            return true;
        }
        if !(FAITH_ADJECTIVES.contains(&f) || (f.len() > 4 && f.ends_with("ly"))) {
            return false;
        }
        k -= 1;
    }
    false
}

/// Words before "of" that take a share of the place named after it: "most of Kandar",
/// "much of Kandar", "the rest of Kandar".
const SHARES: &[&str] = &["most", "much", "rest", "parts", "swathes", "half"];

/// Whether `tokens[first]` names an area a share of which is meant: "Most of Kandar is".
pub(super) fn share_of(tokens: &[Token<'_>], first: usize) -> bool {
    first >= 2
        && tokens[first].joins_previous()
        && tokens[first - 1].joins_previous()
        && tokens[first - 1].folded == "of"
        && SHARES.contains(&tokens[first - 2].folded.as_str())
}

/// The first word after a title and its "of" or "for" opening `tokens[first..=end]`
/// ("Governor of the Kandar Region": Kandar), if the run opens so.
pub(super) fn office_of(tokens: &[Token<'_>], first: usize, end: usize) -> Option<usize> {
    let w = words();
    let of = tokens.get(first + 1)?;
    let opens = w.titles.contains(tokens[first].folded.as_str())
        && matches!(of.folded.as_str(), "of" | "for")
        && !capitalised(of);
    let rest = shed_joiners(tokens, first + 1, end);
    (opens && rest <= end).then_some(rest)
}
