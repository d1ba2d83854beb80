//! Words of a text with their byte ranges, for the suggesters' rules.
//!
//! A word is a run of letters, digits and combining marks (the loader's `is_word_char`),
//! with digit groups such as `11,000` kept as one word. Each word knows whether a sentence
//! ends between it and the word before (`.`, `!`, `?`, `;`, `؟`, `؛`, or a line break; not
//! the full stop of a title such as "Dr." or "Col."), so
//! that rules never look across sentences, and carries its folded form (`search::fold`
//! folding: lower case, Arabic letter forms and diacritics) for lexicon lookups.

use std::ops::Range;

use crate::briefing::resolve::is_word_char;
use crate::search::fold_query;

#[derive(Debug, Clone, PartialEq)]
pub struct Token<'a> {
    pub text: &'a str,
    pub range: Range<usize>,
    /// Folded as search folds (lower case, Arabic letter forms, no marks).
    pub folded: String,
    /// A sentence ends between the previous token and this one.
    pub sentence_start: bool,
    /// The text between the previous token and this one.
    pub gap_before: &'a str,
}

impl Token<'_> {
    /// Whether this word continues a phrase with the one before: same sentence, and only
    /// white space between them (no comma, quote or bracket), as the words of one name do.
    pub fn joins_previous(&self) -> bool {
        !self.sentence_start && self.gap_before.chars().all(char::is_whitespace)
    }

    /// Whether an opening quotation mark stands right before this word.
    pub fn opens_quote(&self) -> bool {
        self.gap_before
            .trim_end()
            .ends_with(['"', '«', '“', '\'', '‘'])
    }
}

/// The words of `text`, in order.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens: Vec<Token<'_>> = Vec::new();
    let mut last_end = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !is_word_char(c) {
            continue;
        }
        let mut end = start + c.len_utf8();
        // Whether the word so far is digits and separators: kept as it grows, so that a
        // number of many groups costs one pass (not a pass per separator).
        let mut numeric = c.is_numeric();
        while let Some(&(i, c)) = chars.peek() {
            if is_word_char(c) {
                numeric &= c.is_numeric();
                end = i + c.len_utf8();
                chars.next();
            } else if (c == ',' || c == '٬')
                && numeric
                && thousands_group(&text[i + c.len_utf8()..])
            {
                chars.next();
            } else {
                break;
            }
        }
        let gap = &text[last_end..start];
        let abbreviated = gap.trim_end() == "."
            && !gap.contains('\n')
            && tokens.last().is_some_and(|t| is_abbreviation(t.text));
        tokens.push(Token {
            text: &text[start..end],
            range: start..end,
            folded: fold_query(&text[start..end]),
            sentence_start: tokens.is_empty()
                || (!abbreviated && gap.contains(['.', '!', '?', ';', '؟', '؛', '\n', ':'])),
            gap_before: gap,
        });
        last_end = end;
    }
    tokens
}

/// Whether `word` is an English abbreviation whose full stop ends no sentence: a title
/// before a name ("Dr. Haruna Mshelia", "Col. Anka", "Gen.") or "No." before a number.
pub fn is_abbreviation(word: &str) -> bool {
    const ABBREVIATIONS: &[&str] = &[
        "Dr", "Mr", "Mrs", "Ms", "Prof", "Rev", "Col", "Gen", "Lt", "Maj", "Capt", "Cpt", "Sgt",
        "Cpl", "Brig", "Adm", "Cmdr", "Gov", "Sen", "Rep", "Hon", "St", "Mt", "Ft", "No",
    ];
    ABBREVIATIONS.contains(&word)
}

/// Whether `rest` starts with exactly three digits (a thousands group after a separator).
fn thousands_group(rest: &str) -> bool {
    let mut it = rest.chars();
    let three = (0..3).all(|_| it.next().is_some_and(|d| d.is_numeric()));
    three
        && (it.next().is_none_or(|c| !is_word_char(c))
            || rest.chars().nth(3).is_some_and(|c| c == ',' || c == '٬'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_numbers_and_sentences() {
        let text = "About 11,000 peacekeepers. In 2015, al-Qaeda; قُتل ٢٠ شخصاً";
        let t = tokenize(text);
        let words: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(
            words,
            [
                "About",
                "11,000",
                "peacekeepers",
                "In",
                "2015",
                "al",
                "Qaeda",
                "قُتل",
                "٢٠",
                "شخصاً"
            ]
        );
        let starts: Vec<bool> = t.iter().map(|t| t.sentence_start).collect();
        assert_eq!(
            starts,
            [
                true, false, false, true, false, false, false, true, false, false
            ]
        );
        assert_eq!(t[0].folded, "about");
        assert_eq!(t[7].folded, "قتل");
        assert_eq!(&text[t[1].range.clone()], "11,000");
        assert_eq!(t[6].gap_before, "-");
    }

    /// One number of n thousands groups costs about what n numbers cost (it once cost a
    /// pass over the number per separator: n²).
    #[test]
    fn a_number_of_many_groups_is_read_in_one_pass() {
        let n = 20_000;
        let one = format!("1{}", ",000".repeat(n));
        let many = format!("1{}", " 000".repeat(n));
        let time = |text: &str| {
            (0..3)
                .map(|_| {
                    let start = std::time::Instant::now();
                    tokenize(text);
                    start.elapsed()
                })
                .min()
                .unwrap_or_default()
        };
        assert_eq!(tokenize(&one).len(), 1);
        let (t_one, t_many) = (time(&one), time(&many));
        assert!(
            t_one < t_many * 4,
            "one number {t_one:?}, {n} numbers {t_many:?}"
        );
    }

    #[test]
    fn a_comma_between_numbers_is_not_a_group() {
        let words: Vec<&str> = tokenize("1,2 and 1,20 and 1,000,000")
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(words, ["1", "2", "and", "1", "20", "and", "1,000,000"]);
    }
}
