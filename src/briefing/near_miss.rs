//! Near misses: where a quote that was not found nearly occurs, and how it differs.
//!
//! Both the article and the quote are folded the way search folds text, stage by stage
//! ([`Stage`]): Arabic diacritics and tatweel dropped, hamza and alef forms, ta marbuta and
//! alef maqsura folded, letter case, apostrophe and quotation mark variants, dash variants,
//! and white space dropped (so "الأممالمتحدة" finds "الأمم المتحدة"). The folded article keeps,
//! for each of its bytes, the original byte it came from, so the first match of the folded
//! quote maps back to a range of the article. The differences named are the stages without
//! which the quote and that text would not fold alike. Selection stays exact: this only
//! feeds the hint of a "not found" error.

use std::ops::Range;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// One way in which a quote may differ from the text and still be the same word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Diacritics,
    Hamza,
    TaMarbuta,
    AlefMaqsura,
    Case,
    Quotes,
    Dashes,
    Spaces,
}

impl Stage {
    const ALL: [Stage; 8] = [
        Stage::Diacritics,
        Stage::Hamza,
        Stage::TaMarbuta,
        Stage::AlefMaqsura,
        Stage::Case,
        Stage::Quotes,
        Stage::Dashes,
        Stage::Spaces,
    ];

    fn words(self) -> &'static str {
        match self {
            Stage::Diacritics => "diacritics",
            Stage::Hamza => "hamza and alef forms",
            Stage::TaMarbuta => "ta marbuta",
            Stage::AlefMaqsura => "alef maqsura",
            Stage::Case => "letter case",
            Stage::Quotes => "apostrophes and quotation marks",
            Stage::Dashes => "dashes",
            Stage::Spaces => "spaces",
        }
    }
}

/// Folds one decomposed character by every stage but `skip`.
fn fold_one(d: char, skip: Option<Stage>, out: &mut String) {
    let on = |stage: Stage| skip != Some(stage);
    match d {
        // Hamza and madda marks, and the alef forms without a decomposition.
        '\u{0653}'..='\u{0655}' if on(Stage::Hamza) => {}
        'ٱ' | 'ٲ' | 'ٳ' if on(Stage::Hamza) => out.push('ا'),
        '\u{0653}'..='\u{0655}' => out.push(d),
        '\u{0640}' if on(Stage::Diacritics) => {}
        d if is_combining_mark(d) && on(Stage::Diacritics) => {}
        'ة' if on(Stage::TaMarbuta) => out.push('ه'),
        'ى' if on(Stage::AlefMaqsura) => out.push('ي'),
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{02BC}' | '\u{2032}' | '`' | '\u{00B4}'
            if on(Stage::Quotes) =>
        {
            out.push('\'')
        }
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' | '\u{2033}'
            if on(Stage::Quotes) =>
        {
            out.push('"')
        }
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}'
            if on(Stage::Dashes) =>
        {
            out.push('-')
        }
        d if d.is_whitespace() && on(Stage::Spaces) => {}
        d if on(Stage::Case) => out.extend(d.to_lowercase()),
        d => out.push(d),
    }
}

/// `text` folded by every stage but `skip`, with the original byte range of each byte.
fn fold(text: &str, skip: Option<Stage>) -> (String, Vec<Range<usize>>) {
    let mut out = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        decompose_canonical(c, |d| fold_one(d, skip, &mut out));
        origin.resize(out.len(), i..i + c.len_utf8());
    }
    (out, origin)
}

/// An article folded once, for all the quotes not found in it.
pub struct FoldedText {
    folded: String,
    origin: Vec<Range<usize>>,
}

impl FoldedText {
    pub fn new(text: &str) -> Self {
        let (folded, origin) = fold(text, None);
        FoldedText { folded, origin }
    }

    /// The first near miss of `quote` in `text` (the text this was folded from): its byte
    /// range and how it differs, in words ("diacritics and spaces").
    pub fn near_miss(&self, text: &str, quote: &str) -> Option<(Range<usize>, String)> {
        let (folded_quote, _) = fold(quote, None);
        if folded_quote.is_empty() {
            return None;
        }
        let at = self.folded.find(&folded_quote)?;
        let last = at + folded_quote.len() - 1;
        // Marks and tatweel after the last letter belong to the match.
        let next = self.origin.get(last + 1).map_or(text.len(), |r| r.start);
        let range = self.origin[at].start..next.max(self.origin[last].end);
        let found = text[range.clone()].trim_end();
        let range = range.start..range.start + found.len();
        let differs: Vec<&str> = Stage::ALL
            .into_iter()
            .filter(|&s| fold(quote, Some(s)).0 != fold(found, Some(s)).0)
            .map(Stage::words)
            .collect();
        let words = match differs.split_last() {
            None => return None,
            Some((last, [])) => last.to_string(),
            Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        };
        Some((range, words))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn miss(text: &str, quote: &str) -> Option<(String, String)> {
        FoldedText::new(text)
            .near_miss(text, quote)
            .map(|(r, why)| (text[r].to_string(), why))
    }

    #[test]
    fn names_each_difference() {
        let hit = |found: &str, why: &str| Some((found.to_string(), why.to_string()));
        assert_eq!(miss("وقد قُتلوا جميعا", "قتلوا"), hit("قُتلوا", "diacritics"));
        assert_eq!(
            miss("في الأمم المتحدة", "الأممالمتحدة"),
            hit("الأمم المتحدة", "spaces")
        );
        assert_eq!(
            miss("في الامم المتحده", "الأمم المتحدة"),
            hit("الامم المتحده", "hamza and alef forms and ta marbuta")
        );
        assert_eq!(miss("على مستشفى", "مستشفي"), hit("مستشفى", "alef maqsura"));
        assert_eq!(
            miss("the Radisson Blu", "radisson blu"),
            hit("Radisson Blu", "letter case")
        );
        assert_eq!(
            miss("Mali’s army", "Mali's army"),
            hit("Mali’s army", "apostrophes and quotation marks")
        );
        assert_eq!(
            miss("al–Mourabitoun", "al-Mourabitoun"),
            hit("al–Mourabitoun", "dashes")
        );
        assert_eq!(miss("Bamako", "Timbuktu"), None);
        assert_eq!(
            miss("Bamako", "Bamako"),
            None,
            "an exact match is no near miss"
        );
    }
}
