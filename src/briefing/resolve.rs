//! Quote resolution: finding where a mention's quote stands in an article's text.
//!
//! A quote matches as a whole word: no letter, digit or combining mark right before or after
//! it. In Arabic script the proclitics و ف ب ل ك and the article ال (alone or combined: وال،
//! بال، فال، لل ...) may stand right before the quote and it still starts a word, so the quote
//! باماكو also finds وباماكو. Matches can be narrowed by the text right before (`prefix`) and
//! after (`suffix`) them, as W3C TextQuoteSelector does. A space in a quote, prefix or suffix
//! stands for any run of white space within a paragraph (at most one line break), since a
//! single line break inside a paragraph is shown as a space: `Le Campement` also finds
//! `Le\n  Campement` in a text wrapped across YAML lines. Code-point offsets are converted to
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
/// the contraction لل (ل + ال). (The reader narrows a selection by the same rule.)
pub fn is_proclitic(pre: &str) -> bool {
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

/// How many bytes of `text` match `pattern` from its start, where a run of white space in the
/// pattern matches a run of white space in the text holding at most one line break (or the
/// very same run, such as a paragraph break); None if they do not match. Backwards matching passes both reversed.
fn loose_len(
    text: impl Iterator<Item = char>,
    pattern: impl Iterator<Item = char>,
) -> Option<usize> {
    let mut text = text.peekable();
    let mut pattern = pattern.peekable();
    let mut len = 0;
    while let Some(p) = pattern.next() {
        if p.is_whitespace() {
            let mut wanted = String::from(p);
            while let Some(c) = pattern.next_if(|c| c.is_whitespace()) {
                wanted.push(c);
            }
            let mut run = String::new();
            while let Some(c) = text.next_if(|c| c.is_whitespace()) {
                run.push(c);
            }
            // Any run within a paragraph, or exactly the run written (a paragraph break).
            if run.is_empty() || (run.matches('\n').count() > 1 && run != wanted) {
                return None;
            }
            len += run.len();
        } else {
            len += text.next().filter(|&c| c == p)?.len_utf8();
        }
    }
    Some(len)
}

/// Whether `selected` is what `quote` stands for (white space loosely, as quotes match).
pub fn quote_selects(selected: &str, quote: &str) -> bool {
    loose_len(selected.chars(), quote.chars()) == Some(selected.len())
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
    // Occurrences of the quote's first word are the candidates; the rest matches loosely.
    let head = sel.quote.split(char::is_whitespace).next().unwrap_or("");
    let head = if head.is_empty() { sel.quote } else { head };
    text.match_indices(head)
        .take(searched)
        .take_while(move |_| {
            let left = budget.get();
            budget.set(left.saturating_sub(1));
            left > 0
        })
        .filter_map(move |(start, _)| {
            loose_len(text[start..].chars(), sel.quote.chars()).map(|len| start..start + len)
        })
        .filter(move |r| ends_word(text, r.end) && starts_word(text, r.start))
        .filter(move |r| {
            sel.prefix
                .is_none_or(|p| loose_len(text[..r.start].chars().rev(), p.chars().rev()).is_some())
        })
        .filter(move |r| {
            sel.suffix
                .is_none_or(|s| loose_len(text[r.end..].chars(), s.chars()).is_some())
        })
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
        // Characters are counted by their first bytes (every byte but UTF-8's continuation
        // bytes), a block of bytes at a time; only a block in which a checkpoint falls is
        // walked byte by byte.
        const BLOCK: usize = 64;
        let starts_char = |b: &u8| (*b as i8) >= -0x40;
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 1);
        let mut chars = 0;
        for (k, block) in text.as_bytes().chunks(BLOCK).enumerate() {
            let count = block.iter().filter(|b| starts_char(b)).count();
            if (chars + count).div_ceil(STRIDE) > chars.div_ceil(STRIDE) {
                for (j, b) in block.iter().enumerate() {
                    if starts_char(b) {
                        if chars % STRIDE == 0 {
                            checkpoints.push(k * BLOCK + j);
                        }
                        chars += 1;
                    }
                }
            } else {
                chars += count;
            }
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
    fn a_space_matches_white_space_within_a_paragraph() {
        let text = "at Le\n  Campement, Le Campement and Le\n\nCampement";
        assert_eq!(
            quote(text, "Le Campement"),
            ["Le\n  Campement", "Le Campement"]
        );
        assert_eq!(quote("Le\tCampement", "Le  Campement"), ["Le\tCampement"]);
        assert!(quote("LeCampement", "Le Campement").is_empty());
        assert_eq!(quote("co.\n\nWitnesses", "co.\n\nWitnesses").len(), 1);
        let sel = Selector {
            quote: "Mali",
            prefix: Some("in "),
            suffix: Some(" last week"),
        };
        assert_eq!(starts("in\nMali last\nweek", sel), [3]);
        assert!(quote_selects("Le\nCampement", "Le Campement"));
        assert!(!quote_selects("Le\nCampement x", "Le Campement"));
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

    #[test]
    fn checkpoints_are_every_stride_th_character() {
        for text in [
            "",
            "a",
            &"aب€😀".repeat(300),
            &"x".repeat(STRIDE * 3),
            &"ب".repeat(STRIDE + 1),
        ] {
            let idx = CharIndex::new(text);
            let expected: Vec<usize> = text
                .char_indices()
                .step_by(STRIDE)
                .map(|(b, _)| b)
                .collect();
            assert_eq!(idx.checkpoints, expected);
            assert_eq!(idx.len_chars(), text.chars().count());
        }
    }
}
