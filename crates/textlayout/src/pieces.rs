//! Giant paragraphs in bounded pieces.
//!
//! A paragraph is prepared whole (levels, clusters, cells), which costs memory and time in
//! proportion to its length; a valid text (a news briefing, say) can hold one paragraph of
//! tens of megabytes. [`pieces`] cuts a paragraph longer than [`PIECE`] bytes into
//! consecutive byte ranges of at most that size, each ending after a space when one falls
//! in the second half of the window (else at a grapheme cluster boundary), so that callers
//! prepare and wrap each piece as a paragraph of its own. What this approximates at each
//! cut: the bidi algorithm sees each piece alone (neutrals at a cut take the paragraph
//! direction, bracket pairs and embeddings do not cross it), and a line always ends at a
//! cut.

use std::ops::Range;

use unicode_segmentation::GraphemeCursor;

/// Largest piece of a paragraph laid out at once, in bytes.
pub const PIECE: usize = 16 * 1024;

/// The byte ranges that tile `text` in pieces of at most `max` bytes (one range for a short
/// text, none for an empty one); a single grapheme cluster longer than `max` stays whole.
pub fn pieces(text: &str, max: usize) -> Vec<Range<usize>> {
    let max = max.max(8);
    let mut out = Vec::with_capacity(text.len() / max + 1);
    let mut start = 0;
    while text.len() - start > max {
        let limit = floor_boundary(text, start + max);
        let window = &text.as_bytes()[start + max / 2..limit];
        let end = match window.iter().rposition(|&b| b == b' ') {
            Some(i) => start + max / 2 + i + 1,
            None => cluster_boundary(text, start, limit),
        };
        out.push(start..end);
        start = end;
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

/// The largest char boundary of `text` at or below `at`.
fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The last grapheme cluster boundary in `start + 1..=limit`, or the end of the cluster that
/// starts at `start` when that cluster is longer.
fn cluster_boundary(text: &str, start: usize, limit: usize) -> usize {
    let mut cursor = GraphemeCursor::new(limit, text.len(), true);
    match cursor.is_boundary(text, 0) {
        Ok(true) => return limit,
        Ok(false) => {}
        Err(_) => return limit,
    }
    match cursor.prev_boundary(text, 0) {
        Ok(Some(b)) if b > start => b,
        _ => {
            let mut cursor = GraphemeCursor::new(start, text.len(), true);
            cursor
                .next_boundary(text, 0)
                .ok()
                .flatten()
                .unwrap_or(text.len())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn check(text: &str, max: usize) -> Vec<Range<usize>> {
        let got = pieces(text, max);
        let mut at = 0;
        let boundaries: Vec<usize> = text.grapheme_indices(true).map(|(i, _)| i).collect();
        for r in &got {
            assert_eq!(r.start, at, "pieces tile the text");
            assert!(r.end > r.start);
            assert!(boundaries.contains(&r.start));
            at = r.end;
        }
        assert_eq!(at, text.len());
        got
    }

    #[test]
    fn short_text_is_one_piece() {
        assert_eq!(check("hello world", 64), std::slice::from_ref(&(0..11)));
        assert!(check("", 64).is_empty());
    }

    #[test]
    fn cuts_after_a_space_in_the_second_half() {
        let text = "aaaa bbbb cccc dddd eeee";
        assert_eq!(check(text, 12), [0..10, 10..20, 20..24]);
    }

    #[test]
    fn without_spaces_cuts_between_clusters() {
        let text = "e\u{301}".repeat(20);
        let got = check(&text, 10);
        assert!(
            got.iter().all(|r| r.len() <= 10 && r.len() % 3 == 0),
            "{got:?}"
        );
        let arabic = "ب".repeat(30);
        assert!(check(&arabic, 9).iter().all(|r| r.len() <= 9));
        // One cluster longer than a piece stays whole.
        let long = format!("a{}b", "\u{301}".repeat(20));
        assert_eq!(check(&long, 10), [0..41, 41..42]);
    }
}
