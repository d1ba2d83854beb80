//! Quote resolution: finding where a mention's quote stands in an article's text.
//!
//! A quote matches as a whole word: no letter, digit or combining mark right before or after
//! it. In Arabic script the proclitics و ف ب ل ك and the article ال (alone or combined: وال،
//! بال، فال، لل ...) may stand right before the quote and it still starts a word, so the quote
//! باماكو also finds وباماكو. Matches can be narrowed by the text right before (`prefix`) and
//! after (`suffix`) them, as W3C TextQuoteSelector does. Code-point offsets are converted to
//! byte offsets through a [`CharIndex`], which answers in O(checkpoint spacing) per lookup.

use std::cell::Cell;
use std::ops::Range;

use unicode_normalization::char::is_combining_mark;

/// A letter, digit or combining mark: what a word is made of.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Whether `pre`, the letters between a word start and a quote, are Arabic proclitics:
/// an optional conjunction (و or ف), then a preposition (ب ل ك) and/or the article ال, or
/// the contraction لل (ل + ال).
fn is_proclitic(pre: &str) -> bool {
    let rest = pre.strip_prefix(['و', 'ف']).unwrap_or(pre);
    let rest_ok = matches!(rest, "" | "ب" | "ل" | "ك" | "ال" | "بال" | "كال" | "لل");
    !pre.is_empty() && rest_ok
}

/// Whether a match at `start` begins a word (possibly after Arabic proclitics).
fn starts_word(text: &str, start: usize) -> bool {
    let before = &text[..start];
    let Some(prev) = before.chars().next_back() else {
        return true;
    };
    if !is_word_char(prev) {
        return true;
    }
    // Look back over at most four letters for the word start.
    let mut word_start = start;
    for (count, (i, c)) in before.char_indices().rev().enumerate() {
        if !is_word_char(c) {
            break;
        }
        if count == 4 {
            return false;
        }
        word_start = i;
    }
    is_proclitic(&text[word_start..start])
}

fn ends_word(text: &str, end: usize) -> bool {
    text[end..].chars().next().is_none_or(|c| !is_word_char(c))
}

/// What a quote selects: the quote, and the text that must stand right before and after it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Selector<'a> {
    pub quote: &'a str,
    pub prefix: Option<&'a str>,
    pub suffix: Option<&'a str>,
}

/// All whole-word matches of the selector in `text`, as byte ranges in text order.
pub fn find_quote(text: &str, sel: Selector<'_>) -> Vec<Range<usize>> {
    let unlimited = Cell::new(u64::MAX);
    quote_matches(text, sel, &unlimited).collect()
}

/// The matches of [`find_quote`], found lazily: a caller can stop after as many as it needs
/// (a one-letter quote can match a million times). Each occurrence of the quote, whole word
/// or not, spends one unit of `budget`, and the search ends when it is spent, so that the
/// work of many searches can be bounded (the caller checks whether it ran out).
pub fn quote_matches<'a>(
    text: &'a str,
    sel: Selector<'a>,
    budget: &'a Cell<u64>,
) -> impl Iterator<Item = Range<usize>> + 'a {
    let searched = if sel.quote.is_empty() { 0 } else { usize::MAX };
    text.match_indices(sel.quote)
        .take(searched)
        .take_while(move |_| {
            let left = budget.get();
            budget.set(left.saturating_sub(1));
            left > 0
        })
        .map(|(start, q)| start..start + q.len())
        .filter(move |r| ends_word(text, r.end) && starts_word(text, r.start))
        .filter(move |r| sel.prefix.is_none_or(|p| text[..r.start].ends_with(p)))
        .filter(move |r| sel.suffix.is_none_or(|s| text[r.end..].starts_with(s)))
}

/// Converts between code-point and byte offsets of one text, with a checkpoint every
/// `STRIDE` characters so that each lookup scans at most `STRIDE` characters.
pub struct CharIndex<'a> {
    text: &'a str,
    /// Byte offset of every `STRIDE`-th character.
    checkpoints: Vec<usize>,
    chars: usize,
}

const STRIDE: usize = 256;

impl<'a> CharIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 1);
        let mut chars = 0;
        for (i, (byte, _)) in text.char_indices().enumerate() {
            if i % STRIDE == 0 {
                checkpoints.push(byte);
            }
            chars = i + 1;
        }
        CharIndex {
            text,
            checkpoints,
            chars,
        }
    }

    /// Number of code points in the text.
    pub fn len_chars(&self) -> usize {
        self.chars
    }

    /// The byte offset of code point `index` (`index == len_chars()` gives the text's length).
    pub fn byte_of_char(&self, index: usize) -> Option<usize> {
        if index > self.chars {
            return None;
        }
        if index == self.chars {
            return Some(self.text.len());
        }
        let base = self.checkpoints[index / STRIDE];
        self.text[base..]
            .char_indices()
            .nth(index % STRIDE)
            .map(|(b, _)| base + b)
    }

    /// The code-point index of byte offset `byte`, which must be a char boundary.
    pub fn char_of_byte(&self, byte: usize) -> usize {
        let slot = self.checkpoints.partition_point(|&b| b <= byte).max(1) - 1;
        let base = self.checkpoints.get(slot).copied().unwrap_or(0);
        slot * STRIDE + self.text[base..byte.min(self.text.len())].chars().count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(text: &str, q: &str) -> Vec<&'static str> {
        find_quote(
            text,
            Selector {
                quote: q,
                ..Default::default()
            },
        )
        .into_iter()
        .map(|r| -> &'static str { Box::leak(text[r].to_string().into_boxed_str()) })
        .collect()
    }

    fn starts(text: &str, sel: Selector<'_>) -> Vec<usize> {
        find_quote(text, sel).into_iter().map(|r| r.start).collect()
    }

    #[test]
    fn whole_words_only() {
        let text = "Mali and Malian forces in Mali.";
        assert_eq!(
            starts(
                text,
                Selector {
                    quote: "Mali",
                    ..Default::default()
                }
            ),
            [0, 26]
        );
        assert!(quote("Bamako", "Bam").is_empty());
        assert_eq!(quote("al-Qaeda", "Qaeda"), ["Qaeda"]);
    }

    #[test]
    fn digits_and_marks_are_word_characters() {
        assert!(quote("2015", "201").is_empty());
        // A combining mark after the quote continues the word.
        assert!(quote("cafe\u{301} noir", "cafe").is_empty());
    }

    #[test]
    fn arabic_proclitics_start_a_word() {
        let text = "في باماكو وباماكو لباماكو وبباماكو سباماكو";
        assert_eq!(quote(text, "باماكو").len(), 4, "و، ل، وب but not س");
        assert_eq!(quote("المنتجع والمنتجع للمنتجع", "منتجع").len(), 3);
        assert_eq!(quote("فالقوات بالقوات كالقوات", "قوات").len(), 3);
        // A longer word that merely ends with the quote does not match.
        assert_eq!(quote("كمالي", "مالي"), ["مالي"], "ك is a proclitic");
        assert!(quote("سمالي", "مالي").is_empty());
    }

    #[test]
    fn proclitic_rules() {
        for ok in [
            "و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "فال", "لل", "ولل", "وب",
        ] {
            assert!(is_proclitic(ok), "{ok}");
        }
        for bad in ["", "س", "وف", "ببال", "الل"] {
            assert!(!is_proclitic(bad), "{bad}");
        }
    }

    #[test]
    fn prefix_and_suffix_narrow_matches() {
        let text = "in Mali last week; Mali is large; in Mali now";
        let sel = Selector {
            quote: "Mali",
            prefix: Some("in "),
            suffix: Some(" last"),
        };
        assert_eq!(starts(text, sel), [3]);
        let sel = Selector {
            quote: "Mali",
            prefix: Some("in "),
            suffix: None,
        };
        assert_eq!(starts(text, sel), [3, 37]);
    }

    #[test]
    fn char_index_round_trips() {
        let text = "aب".repeat(700) + "end";
        let idx = CharIndex::new(&text);
        assert_eq!(idx.len_chars(), 1403);
        for c in [0, 1, 2, 255, 256, 257, 511, 512, 1000, 1402, 1403] {
            let b = idx.byte_of_char(c).unwrap();
            assert_eq!(idx.char_of_byte(b), c, "char {c}");
            assert_eq!(text[..b].chars().count(), c);
        }
        assert_eq!(idx.byte_of_char(1404), None);
        assert_eq!(CharIndex::new("").byte_of_char(0), Some(0));
    }
}
