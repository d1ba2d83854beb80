//! One-off strings laid out for display: titles, names, entity rows, status text.
//!
//! Every string that reaches the screen goes through the layout engine, so it is sanitized
//! (no control characters or raw bidi controls) and in visual order, whatever its script.

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

/// `text` on one line (cut to `width` cells), in visual order.
pub fn visual(text: &str, width: usize, mode: BidiMode) -> String {
    visual_lines(text, width, mode)
        .into_iter()
        .next()
        .unwrap_or_default()
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
}
