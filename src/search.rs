//! Search that forgives how a word was typed: case-insensitive, and for Arabic, diacritics
//! and tatweel ignored, alef/hamza forms, taa marbuta/haa and alef maqsura/yaa folded.
//!
//! Both the text and the query are folded the same way; the folded text keeps, for each of
//! its bytes, the byte of the original it came from, so matches map back to original ranges
//! (for highlighting and jumping) however many characters folding dropped or changed.

use std::ops::Range;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Folds one character into `out` (possibly nothing). Canonical decomposition turns أ إ آ ؤ ئ
/// into a letter plus a hamza or madda mark, and é into e plus an accent; marks are dropped.
fn fold_char(c: char, out: &mut String) {
    decompose_canonical(c, |d| match d {
        '\u{0640}' => {}                // tatweel
        d if is_combining_mark(d) => {} // harakat, shadda, hamza and madda marks, accents
        'ٱ' | 'ٲ' | 'ٳ' => out.push('ا'),
        'ى' => out.push('ي'),
        'ة' => out.push('ه'),
        d => out.extend(d.to_lowercase()),
    });
}

/// Text folded for matching, with a map back to the original bytes.
pub struct Folded {
    pub text: String,
    /// For each byte of `text`, the start of the original character it came from.
    origin: Vec<usize>,
    /// For each byte of `text`, the end of the original character it came from.
    origin_end: Vec<usize>,
    /// Length of the original text.
    len: usize,
}

pub fn fold(text: &str) -> Folded {
    let mut folded = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    let mut origin_end = Vec::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        fold_char(c, &mut folded);
        origin.resize(folded.len(), i);
        origin_end.resize(folded.len(), i + c.len_utf8());
    }
    Folded {
        text: folded,
        origin,
        origin_end,
        len: text.len(),
    }
}

/// Fold a query (the same folding as texts).
pub fn fold_query(query: &str) -> String {
    fold(query).text
}

impl Folded {
    /// Every match of an already folded query, as byte ranges of the original text.
    pub fn find_all(&self, folded_query: &str) -> Vec<Range<usize>> {
        if folded_query.is_empty() {
            return Vec::new();
        }
        self.text
            .match_indices(folded_query)
            .map(|(i, q)| {
                let last = i + q.len() - 1;
                // Up to the next kept character: marks and tatweel after the last matched
                // letter belong to the match.
                let next = self.origin.get(last + 1).copied().unwrap_or(self.len);
                self.origin[i]..next.max(self.origin_end[last])
            })
            .collect()
    }
}

/// Every match of `query` in `text` (convenience for one-off searches).
pub fn find_all(text: &str, query: &str) -> Vec<Range<usize>> {
    fold(text).find_all(&fold_query(query))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found<'a>(text: &'a str, query: &str) -> Vec<&'a str> {
        find_all(text, query)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn case_insensitive_latin() {
        assert_eq!(found("Bamako and BAMAKO", "bamako"), ["Bamako", "BAMAKO"]);
        assert_eq!(found("Traoré", "TRAORÉ"), ["Traoré"]);
    }

    #[test]
    fn arabic_folding() {
        // Diacritics and tatweel in the text are ignored.
        assert_eq!(found("قُتِلَ عشرون", "قتل"), ["قُتِلَ"]);
        assert_eq!(found("café noir", "cafe"), ["café"]);
        assert_eq!(found("بـامـاكو", "باماكو"), ["بـامـاكو"]);
        // Alef and hamza forms, taa marbuta, alef maqsura.
        assert_eq!(found("الأمم المتحدة", "الامم المتحده"), ["الأمم المتحدة"]);
        assert_eq!(found("إلى", "الي"), ["إلى"]);
        assert_eq!(found("مسؤوليته", "مسووليته"), ["مسؤوليته"]);
        // The query may carry diacritics too.
        assert_eq!(found("باماكو", "بَامَاكُو"), ["باماكو"]);
    }

    #[test]
    fn empty_query_finds_nothing() {
        assert!(find_all("abc", "").is_empty());
        assert!(find_all("abc", "\u{064E}").is_empty());
    }
}
