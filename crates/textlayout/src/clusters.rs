//! Extended grapheme clusters (UAX #29) with an ASCII fast path.
//!
//! `PreparedParagraph::new` walks the paragraph through [`clusters`]: a "simple" character
//! (see [`is_simple`]: ASCII but CR, Hebrew and Arabic letters, digits and punctuation)
//! followed by another or by the end is a cluster on its own, which needs no table lookup;
//! anywhere else unicode-segmentation's `GraphemeCursor`, given the whole text, finds the
//! next boundary.

use unicode_segmentation::GraphemeCursor;

/// Where the grapheme cluster that starts at byte `start` of `text` with the character `c`
/// ends; `next` is the character after `c`, if any.
pub fn cluster_end(text: &str, start: usize, c: char, next: Option<char>) -> usize {
    if is_simple(c) && next.is_none_or(is_simple) {
        return start + c.len_utf8();
    }
    GraphemeCursor::new(start, text.len(), true)
        .next_boundary(text, 0)
        .ok()
        .flatten()
        .unwrap_or(text.len())
}

/// The grapheme clusters of `text` with their byte offsets, like
/// `UnicodeSegmentation::grapheme_indices(text, true)`.
pub fn clusters(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = 0;
    std::iter::from_fn(move || {
        let mut chars = text.get(start..)?.chars();
        let first = chars.next()?;
        let end = cluster_end(text, start, first, chars.next());
        let cluster = (start, &text[start..end]);
        start = end;
        Some(cluster)
    })
}

/// Characters of Grapheme_Cluster_Break Other or Control (CR excepted): there is a cluster
/// boundary between any two of them (UAX #29 GB4, GB5, GB999). The printable ones are all
/// one cell wide, which `cell_width` relies on.
pub fn is_simple(c: char) -> bool {
    // Tested in order of frequency: ASCII, then the Arabic letters.
    if c.is_ascii() {
        return c != '\r';
    }
    matches!(
        c,
        '\u{621}'..='\u{64a}'
            | '\u{5d0}'..='\u{5ea}'
            | '\u{60c}'
            | '\u{61b}'
            | '\u{61f}'
            | '\u{660}'..='\u{669}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    #[test]
    fn simple_characters_always_separate() {
        let simple: Vec<char> = ('\0'..='\u{700}').filter(|&c| is_simple(c)).collect();
        let mut pair = String::new();
        for &a in &simple {
            for &b in &simple {
                pair.clear();
                pair.extend([a, b]);
                assert_eq!(pair.graphemes(true).count(), 2, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn simple_printable_characters_are_one_cell_wide() {
        for c in ('\0'..='\u{700}').filter(|&c| is_simple(c) && !c.is_control()) {
            assert_eq!(unicode_width::UnicodeWidthChar::width(c), Some(1), "{c:?}");
        }
    }

    #[test]
    fn same_clusters_as_unicode_segmentation() {
        for text in [
            "",
            "plain ascii\r\nline",
            "e\u{301}x\r",
            "لَا 🇫🇷🇩🇪 👩\u{200d}💻 a\u{200d}b",
            "\u{1100}\u{1161}\u{11a8}\r\u{301}\n",
        ] {
            let ours: Vec<_> = clusters(text).collect();
            let theirs: Vec<_> = text.grapheme_indices(true).collect();
            assert_eq!(ours, theirs, "{text:?}");
        }
    }
}
