//! The narrower words inside an Arabic word that a mention can mark: without its proclitics
//! (a conjunction, a preposition, the article: the loader's rule,
//! [`crate::briefing::resolve::is_proclitic`], so a mention of the bare word still resolves
//! as a word), without an attached pronoun at its end (مسؤوليته، بجروحها), and both. Pure
//! functions of the word's text; `selection` offers them in turn on one key.
//!
//! Letters are counted without their combining marks (a vowel sign stays with its letter),
//! and every narrowing keeps at least two letters.

use std::ops::Range;

use unicode_normalization::char::is_combining_mark;

use crate::briefing::resolve::is_proclitic;

/// Pronouns attached to the end of a word (his, her, their, our, your), longest first.
const PRONOUNS: [&str; 9] = ["هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه"];

/// The most letters proclitics take (و + ب + ال).
const MOST_PROCLITIC_LETTERS: usize = 4;

/// The fewest letters a narrowed word keeps.
const FEWEST_LETTERS: usize = 2;

/// The byte where each letter of `word` starts (its marks follow it), and the word's end.
fn letter_starts(word: &str) -> Vec<usize> {
    let mut starts: Vec<usize> = word
        .char_indices()
        .filter(|(_, c)| !is_combining_mark(*c))
        .map(|(i, _)| i)
        .collect();
    starts.push(word.len());
    starts
}

/// The letters of `word[range]`, without their marks.
fn letters(word: &str, range: Range<usize>) -> String {
    word[range]
        .chars()
        .filter(|c| !is_combining_mark(*c))
        .collect()
}

/// The ranges of `word` to offer, most narrowed first and the whole word last: without its
/// proclitics; that and without an attached pronoun; the same with the article kept
/// (بالقوات: القوات); without the pronoun only; the whole word. Only the whole word when
/// there is nothing to take off.
pub fn narrowings(word: &str) -> Vec<Range<usize>> {
    let starts = letter_starts(word);
    let n = starts.len() - 1;
    let at = |letter: usize| starts[letter];
    // The most letters that are proclitics, leaving enough of the word.
    let front = (1..=MOST_PROCLITIC_LETTERS.min(n.saturating_sub(FEWEST_LETTERS)))
        .rev()
        .find(|&k| is_proclitic(&letters(word, 0..at(k))))
        .unwrap_or(0);
    // The article, when the proclitics end with it (not in لل, where it lost its alif).
    let article = letters(word, 0..at(front))
        .ends_with("ال")
        .then(|| front - 2);
    let back = PRONOUNS
        .iter()
        .map(|p| p.chars().count())
        .find(|&k| {
            n >= front + k + FEWEST_LETTERS
                && PRONOUNS.contains(&letters(word, at(n - k)..word.len()).as_str())
        })
        .map_or(n, |k| n - k);
    let whole = 0..word.len();
    let mut out: Vec<Range<usize>> = Vec::new();
    let fronts = [Some(front), article, Some(0)];
    for (from, to) in fronts
        .into_iter()
        .flatten()
        .flat_map(|f| [(f, n), (f, back)])
    {
        let range = at(from)..at(to);
        if range != whole && !out.contains(&range) {
            out.push(range);
        }
    }
    out.push(whole);
    out
}

/// The narrowing after `current` (a range of `word`) in [`narrowings`]' order, round to
/// the whole word and on; the first narrowing when `current` is none of them.
pub fn next_narrowing(word: &str, current: &Range<usize>) -> Range<usize> {
    let all = narrowings(word);
    let next = all
        .iter()
        .position(|r| r == current)
        .map_or(0, |i| (i + 1) % all.len());
    all[next].clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offered(word: &str) -> Vec<&str> {
        narrowings(word).into_iter().map(|r| &word[r]).collect()
    }

    #[test]
    fn proclitics_come_off_first() {
        assert_eq!(offered("بمستشفى"), ["مستشفى", "بمستشفى"]);
        // لل is ل + ال with one lam: the bare word is what is left.
        assert_eq!(offered("للجماعات"), ["جماعات", "للجماعات"]);
        assert_eq!(offered("وبالقوات"), ["قوات", "القوات", "وبالقوات"]);
    }

    #[test]
    fn attached_pronouns_come_off_too() {
        assert_eq!(offered("مسؤوليته"), ["مسؤوليت", "مسؤوليته"]);
        assert_eq!(offered("بجروحها"), ["جروحها", "جروح", "بجروح", "بجروحها"]);
    }

    #[test]
    fn short_latin_and_marked_words() {
        assert_eq!(offered("به"), ["به"], "two letters stay two");
        assert_eq!(offered("Mali"), ["Mali"]);
        assert_eq!(
            offered("باماكو"),
            ["اماكو", "باماكو"],
            "ب may be a proclitic"
        );
        // A vowel sign stays on its letter: بِمستشفى without بِ.
        let marked = "بِمستشفى";
        assert_eq!(offered(marked), ["مستشفى", marked]);
    }

    #[test]
    fn the_key_goes_round() {
        let word = "للجماعات";
        let bare = word.find('ج').unwrap()..word.len();
        assert_eq!(
            next_narrowing(word, &(0..3)),
            bare,
            "not one of them: the first"
        );
        assert_eq!(next_narrowing(word, &bare), 0..word.len());
        assert_eq!(next_narrowing(word, &(0..word.len())), bare);
    }
}
