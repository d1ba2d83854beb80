//! Filtering lists as the user types: every word of the query must occur in a row's text,
//! both folded as the reader's search folds them (case, Arabic diacritics, hamza forms,
//! taa marbuta, alef maqsura, tatweel), so `امم المتحده` finds الأمم المتحدة.

use crate::search::fold_query;

/// A typed query, folded once.
pub struct Query {
    words: Vec<String>,
}

impl Query {
    pub fn new(text: &str) -> Query {
        Query {
            words: fold_query(text)
                .split_whitespace()
                .map(str::to_string)
                .collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether a text already folded with [`fold`] holds every word.
    pub fn matches(&self, folded: &str) -> bool {
        self.words.iter().all(|w| folded.contains(w.as_str()))
    }
}

/// Folds the parts of a row's text into one string to match queries against.
pub fn fold<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for part in parts {
        out.push_str(&fold_query(part));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_match_anywhere_folded() {
        let row = fold([
            "Attack near Bamako",
            "هجوم على منتجع قرب باماكو",
            "الأمم المتحدة",
        ]);
        assert!(Query::new("bamako attack").matches(&row));
        assert!(Query::new("امم المتحده").matches(&row));
        assert!(Query::new("  باماكو ").matches(&row));
        assert!(!Query::new("bamako paris").matches(&row));
        assert!(Query::new("").is_empty());
        assert!(Query::new("").matches(&row));
    }
}
