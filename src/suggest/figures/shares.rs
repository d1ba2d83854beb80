//! Shares: whether a count goes on with the figure before it rather than its own clause.
//! A count after "including" or بينهم (`part_of`), a breakdown after a colon or a count of
//! a condition (`breakdown`), a count "of them" (`of_them`), a count whose noun is elided
//! (`elided`), and a count listed after a figure (`listed_after`).
//!
//! Data flows from the words around one count (`tokens`) and the figure before it
//! ([`Listed`]) to yes or no, or to the last word to mark; `figures::typed` gives the count
//! the type of the figure before when one says yes.

use super::super::tokens::Token;
use super::Listed;
use super::noun::{Head, ends_before};
use super::words::{Small, words};

/// Whether the amount at `tokens[start]` is part of the figure whose marked phrase ends at
/// `end`, a few words before in the same sentence: "killed 20 people, including five
/// children", "ثمة قتيلان حتى الآن، بينهما شخص", "4 قتلوا في الهجوم، من بينهم قائد".
pub(super) fn part_of(tokens: &[Token<'_>], end: usize, start: usize) -> bool {
    start > end + 1
        && start - end <= 5
        && words().including(tokens, start - 1)
        && tokens[end + 1..=start].iter().all(|t| !t.sentence_start)
}

/// Whether the amount at `tokens[start..=last]` breaks down the figure before it, in its
/// sentence: the first count after a colon right after that figure ("62 died: 40
/// civilians, ..."), or a count with an adverb of condition after a comma ("Fourteen were
/// hurt, two critically").
pub(super) fn breakdown(tokens: &[Token<'_>], p: Listed, start: usize, last: usize) -> bool {
    // A colon starts a sentence for the tokens; here it introduces the parts.
    if start == p.marked_end + 1 && tokens[start].gap_before.contains(':') {
        return true;
    }
    let same_sentence = start > p.marked_end
        && tokens[p.marked_end + 1..=start]
            .iter()
            .all(|t| !t.sentence_start);
    same_sentence
        && tokens[start].gap_before.contains([',', '،'])
        && start - p.marked_end <= 2
        && tokens
            .get(last + 1)
            .is_some_and(|t| CONDITION_ADVERBS.contains(&t.folded.as_str()))
}

/// Adverbs of a wounded person's condition after a count: "two critically".
const CONDITION_ADVERBS: &[&str] = &["critically", "seriously", "severely", "gravely"];

/// Whether the amount at `tokens[start..=last]` counts some "of them" ("the condition of 11
/// of them is critical", "11 منهم في حالة حرجة"): a share of the figure before it, which
/// may end a sentence earlier.
pub(super) fn of_them(tokens: &[Token<'_>], p: Listed, start: usize, last: usize) -> bool {
    let is = |k: usize, words: &[&str]| {
        !ends_before(tokens, k) && words.contains(&tokens[k].folded.as_str())
    };
    let of_them = (is(last + 1, &["of"]) && is(last + 2, &["them", "those", "whom"]))
        || is(last + 1, &["منهم", "منهما", "منهن"]);
    of_them && start - p.marked_end <= OF_THEM_REACH
}

/// Words from the end of a figure to a count "of them" that shares it.
const OF_THEM_REACH: usize = 25;

/// Words at most between a figure's marked phrase and a count whose noun is elided.
const ELIDED_REACH: usize = 12;

/// Words at most of the place phrase marked with an elided count ("10 at the city clinic").
const PLACE_REACH: usize = 6;

/// Whether the count at `tokens[start..=last]` goes on with the type of the figure `p`
/// before it in the sentence, its own noun elided: after a comma, "and" or و, either with
/// no noun and a preposition after it, when `p`'s type came from its counted noun ("65
/// bodies went to one hospital, 10 to another"), or with "others", whatever gave `p` its
/// type ("10 others", "و10 أخرى", "توفي 22 شخصا في الانفجار، وثلاثة آخرين في المستشفى";
/// not "3 others alive"). The last word to mark: the preposition's phrase, up to a comma
/// or a clause boundary, or "others".
pub(super) fn elided(
    tokens: &[Token<'_>],
    p: Listed,
    start: usize,
    last: usize,
    head: Head,
) -> Option<usize> {
    let w = words();
    let t = &tokens[start];
    let joined = t.gap_before.contains([',', '،'])
        || t.folded.starts_with('و')
        || w.small(&tokens[start - 1]) == Some(Small::And);
    let near = start > p.marked_end
        && start - p.marked_end <= ELIDED_REACH
        && tokens[p.marked_end + 1..=start]
            .iter()
            .all(|t| !t.sentence_start);
    if !joined || !near {
        return None;
    }
    match head {
        Head::Ellipsis
            if p.counted
                && tokens.get(last + 1).is_some_and(|n| {
                    !n.sentence_start && w.small(n) == Some(Small::Preposition)
                }) =>
        {
            let phrase = (last + 2..tokens.len().min(last + 2 + PLACE_REACH)).take_while(|&j| {
                !ends_before(tokens, j)
                    && !matches!(w.small(&tokens[j]), Some(Small::And | Small::Boundary))
            });
            Some(phrase.last().unwrap_or(last + 1))
        }
        Head::People(k)
            if k == last + 1
                && w.others.get(&tokens[k].folded).is_some()
                && !tokens.get(k + 1).is_some_and(|n| {
                    !ends_before(tokens, k + 1) && w.alive.get(&n.folded).is_some()
                }) =>
        {
            Some(k)
        }
        _ => None,
    }
}

/// Whether the amount at `tokens[start]` follows the noun phrase ending at `end` in a list:
/// after a comma, "and" or "or", or joined to the Arabic و.
pub(super) fn listed_after(tokens: &[Token<'_>], end: usize, start: usize) -> bool {
    let w = words();
    let t = &tokens[start];
    if t.sentence_start {
        return false;
    }
    (end + 1 == start && (t.gap_before.contains([',', '،']) || t.folded.starts_with('و')))
        || (end + 2 == start && w.small(&tokens[end + 1]) == Some(Small::And))
}
