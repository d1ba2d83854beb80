//! Extended grapheme clusters (UAX #29) with an ASCII fast path.
//!
//! `PreparedParagraph::new` walks the paragraph through [`clusters`]: an ASCII character
//! (other than CR) followed by ASCII or the end is a cluster on its own, which needs no table
//! lookup; anywhere else unicode-segmentation's `GraphemeCursor`, given the whole text,
//! finds the next boundary.

use unicode_segmentation::GraphemeCursor;

/// The grapheme clusters of `text` with their byte offsets, like
/// `UnicodeSegmentation::grapheme_indices(text, true)`.
pub fn clusters(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let ascii_pair = bytes[start].is_ascii()
            && bytes[start] != b'\r'
            && bytes.get(start + 1).is_none_or(u8::is_ascii);
        let end = if ascii_pair {
            start + 1
        } else {
            GraphemeCursor::new(start, text.len(), true)
                .next_boundary(text, 0)
                .ok()
                .flatten()
                .unwrap_or(text.len())
        };
        let cluster = (start, &text[start..end]);
        start = end;
        Some(cluster)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

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
