//! One-off strings laid out for display: titles, names, entity rows, status text.
//!
//! Every string that reaches the screen goes through the layout engine, so it is sanitized
//! (no control characters or raw bidi controls) and in visual order, whatever its script.

use std::cell::RefCell;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::num::NonZeroUsize;

use lru::LruCache;

use crate::briefing::Direction;
use crate::textlayout::PreparedParagraph;

use super::BidiMode;
use super::article::options;

/// `text` as visual lines of at most `width` cells, in a left-to-right context.
pub fn visual_lines(text: &str, width: usize, mode: BidiMode) -> Vec<String> {
    let para = PreparedParagraph::new(text, Some(Direction::Ltr), options(mode));
    para.wrap(width)
        .into_iter()
        .map(|mut line| {
            if mode == BidiMode::Terminal {
                line.cells.sort_by_key(|c| c.source.start);
            }
            line.text(&para)
        })
        .collect()
}

/// `text` on one line of at most `width` cells, in visual order; when it does not fit, its
/// first line at `width - 1` cells and an ellipsis.
pub fn visual(text: &str, width: usize, mode: BidiMode) -> String {
    // Printable ASCII that fits is its own visual form (one cell a byte, nothing to
    // reorder, shape or hide): most dates, counts and names skip the layout engine.
    if text.len() <= width && text.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        return text.to_string();
    }
    laid_out(text, width, mode)
}

/// [`visual`] through the layout engine.
fn laid_out(text: &str, width: usize, mode: BidiMode) -> String {
    let lines = visual_lines(text, width, mode);
    if lines.len() <= 1 || width < 2 {
        return lines.into_iter().next().unwrap_or_default();
    }
    let mut first = visual_lines(text, width - 1, mode)
        .into_iter()
        .next()
        .unwrap_or_default();
    first.truncate(first.trim_end().len());
    first.push('…');
    first
}

/// Remembers the visual form of strings drawn on every frame (titles, entity rows), so a
/// redraw does not lay them out again. Keyed by a hash of the text and the width; the text
/// is kept and compared, so a hash collision only costs a layout.
pub struct VisualCache {
    mode: BidiMode,
    entries: RefCell<LruCache<(u64, usize), (String, String)>>,
}

impl VisualCache {
    pub fn new(mode: BidiMode) -> Self {
        VisualCache {
            mode,
            entries: RefCell::new(LruCache::new(
                NonZeroUsize::new(4096).unwrap_or(NonZeroUsize::MIN),
            )),
        }
    }

    /// [`visual`], from the cache when this text was laid out at this width before.
    pub fn get(&self, text: &str, width: usize) -> String {
        let mut hasher = DefaultHasher::new();
        text.hash(&mut hasher);
        let key = (hasher.finish(), width);
        let mut entries = self.entries.borrow_mut();
        if let Some((source, shown)) = entries.get(&key)
            && source == text
        {
            return shown.clone();
        }
        let shown = visual(text, width, self.mode);
        entries.put(key, (text.to_string(), shown.clone()));
        shown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_names_in_ltr_rows_are_reversed_and_controls_dropped() {
        assert_eq!(
            visual("Bamako — باماكو", 80, BidiMode::Terminal),
            "Bamako — باماكو"
        );
        assert_eq!(
            visual("Bamako — باماكو", 80, BidiMode::App).chars().count(),
            15
        );
        assert_eq!(visual("a\u{1b}[2Jb\u{7}", 80, BidiMode::App), "a[2Jb");
        assert_eq!(visual("ab", 80, BidiMode::App), "ab");
    }

    #[test]
    fn cut_strings_end_with_an_ellipsis() {
        assert_eq!(visual("one two three", 9, BidiMode::App), "one two…");
        assert_eq!(visual("one two", 9, BidiMode::App), "one two");
        assert!(
            unicode_width::UnicodeWidthStr::width(
                visual("word ".repeat(30).as_str(), 20, BidiMode::App).as_str()
            ) <= 20
        );
    }

    proptest::proptest! {
        #[test]
        fn printable_ascii_that_fits_is_laid_out_as_itself(text in "[ -~]{0,40}", extra in 0usize..5) {
            let width = text.len() + extra;
            proptest::prop_assert_eq!(laid_out(&text, width, BidiMode::App), text.clone());
            proptest::prop_assert_eq!(visual(&text, width, BidiMode::App), text);
        }
    }

    #[test]
    fn cache_answers_like_visual() {
        let cache = VisualCache::new(BidiMode::App);
        for text in ["Bamako — باماكو", "abc", "Bamako — باماكو"] {
            assert_eq!(cache.get(text, 12), visual(text, 12, BidiMode::App));
        }
        assert_eq!(
            cache.get("Bamako — باماكو", 30),
            visual("Bamako — باماكو", 30, BidiMode::App)
        );
    }
}
