//! The text cursor's motions, as pure functions of a text or of one laid-out line (no
//! terminal code; `select` applies them to the reader).
//!
//! Two kinds of motion, on purpose: words move in reading (logical) order and line ends
//! are the line's logical start and end, so `w` goes to the next word in an Arabic
//! paragraph too, whichever side of the screen it is on; the arrows (`h`/`l`, `j`/`k`) move
//! visually, one cell left or right on the screen line and to the same column on the line
//! above or below, so in a right-to-left line → goes towards its logical start. Words are
//! Unicode word-bound segments (unicode-segmentation) with a letter or a digit in them:
//! punctuation and spaces are never words. Every position is a grapheme-cluster start, and
//! a word motion only segments the text between the caret and the word it goes to (a
//! paragraph at the most), never the whole article.

use std::ops::Range;

use unicode_segmentation::{GraphemeCursor, UnicodeSegmentation};

use crate::view::BidiMode;
use crate::view::article::ArticleLine;
use textlayout::reorder::visual_order;

fn is_word(segment: &str) -> bool {
    segment.chars().any(char::is_alphanumeric)
}

/// `at` moved down to a char boundary of `s` (and to its length at most).
fn char_floor(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The grapheme-cluster boundary at or before `at`.
pub fn cluster_floor(s: &str, at: usize) -> usize {
    let at = char_floor(s, at);
    let mut cursor = GraphemeCursor::new(at, s.len(), true);
    match cursor.is_boundary(s, 0) {
        Ok(false) => cursor.prev_boundary(s, 0).ok().flatten().unwrap_or(0),
        _ => at,
    }
}

/// The end of the grapheme cluster that starts at or covers `at`.
pub fn cluster_end(s: &str, at: usize) -> usize {
    let start = cluster_floor(s, at);
    start + s[start..].graphemes(true).next().map_or(0, str::len)
}

/// The start of the first word after the one (or the space) at `at`; with `here`, a word
/// starting at `at` counts.
pub fn next_word_start(s: &str, at: usize, here: bool) -> Option<usize> {
    let at = cluster_floor(s, at);
    s[at..]
        .split_word_bound_indices()
        .skip(usize::from(!here))
        .find(|(_, w)| is_word(w))
        .map(|(i, _)| at + i)
}

/// The start of the word before `at` (the start of the word `at` is inside, if it is not at
/// its start).
pub fn prev_word_start(s: &str, at: usize) -> Option<usize> {
    let at = cluster_floor(s, at);
    s[..at]
        .split_word_bound_indices()
        .rev()
        .find(|(_, w)| is_word(w))
        .map(|(i, _)| i)
}

/// The end of the word `at` is in, if that is after `at`, else of the next word's (the
/// caret then sits just after the word, so `v e` selects it whole).
pub fn word_end(s: &str, at: usize) -> Option<usize> {
    let at = cluster_floor(s, at);
    s[at..]
        .split_word_bound_indices()
        .filter(|(_, w)| is_word(w))
        .map(|(i, w)| at + i + w.len())
        .find(|&end| end > at)
}

/// The last word's start in `s` (where `b` lands coming from the next paragraph).
pub fn last_word_start(s: &str) -> Option<usize> {
    prev_word_start(s, s.len())
}

/// The word `at` is in, if it is in one.
pub fn word_at(s: &str, at: usize) -> Option<Range<usize>> {
    let at = cluster_floor(s, at);
    if at >= s.len() {
        return None;
    }
    // Segment from the start of the segment before `at`: a true boundary, near `at`.
    let from = s[..at]
        .split_word_bound_indices()
        .next_back()
        .map_or(0, |(i, _)| i);
    s[from..]
        .split_word_bound_indices()
        .map(|(i, w)| (from + i..from + i + w.len(), w))
        .find(|(r, _)| r.end > at)
        .filter(|(_, w)| is_word(w))
        .map(|(r, _)| r)
}

/// A visible cell of a screen line: the column it starts at (from the pane's left edge,
/// alignment included), its width and the article (or headline) bytes it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownCell {
    pub col: usize,
    pub width: usize,
    pub bytes: Range<usize>,
    pub rtl: bool,
}

/// The visible cells of a line, left to right as the reader sees them. In terminal bidi
/// mode the line's cells are in logical order (the terminal reorders them); their visual
/// order is worked out from their levels, as the terminal will (rule L2).
pub fn shown_cells(line: &ArticleLine, mode: BidiMode) -> Vec<ShownCell> {
    let cells: Vec<_> = line.line.cells.iter().filter(|c| c.width > 0).collect();
    let mut order = Vec::new();
    match mode {
        BidiMode::App => order.extend(0..cells.len()),
        BidiMode::Terminal => {
            let levels: Vec<u8> = cells.iter().map(|c| c.level).collect();
            visual_order(&levels, &mut order);
        }
    }
    let mut col = line.pad;
    order
        .into_iter()
        .map(|i| {
            let cell = cells[i];
            let shown = ShownCell {
                col,
                width: usize::from(cell.width),
                bytes: line.offset + cell.source.start..line.offset + cell.source.end,
                rtl: cell.is_rtl(),
            };
            col += shown.width;
            shown
        })
        .collect()
}

/// The index of the cell showing byte `at` (the nearest cell in logical order when no cell
/// shows it: a space dropped at the end of a line).
pub fn cell_of(cells: &[ShownCell], at: usize) -> Option<usize> {
    cells
        .iter()
        .position(|c| c.bytes.contains(&at))
        .or_else(|| (0..cells.len()).min_by_key(|&i| cells[i].bytes.start.abs_diff(at)))
}

/// The byte a cell `step` cells left (negative) or right of the one showing `at` starts at.
pub fn step_visually(cells: &[ShownCell], at: usize, step: isize) -> Option<usize> {
    let i = cell_of(cells, at)?;
    let j = i.saturating_add_signed(step).min(cells.len() - 1);
    Some(cells[j].bytes.start)
}

/// The line's logical start (`end` false) or end (`end` true: after its last character,
/// so that a selection to it takes the line in whole).
pub fn line_end(cells: &[ShownCell], end: bool) -> Option<usize> {
    if end {
        cells.iter().map(|c| c.bytes.end).max()
    } else {
        cells.iter().map(|c| c.bytes.start).min()
    }
}

/// Where a caret at `at` is drawn when no visible cell of the line starts there (at the
/// end of the line, or on a space dropped at its end): the column just past the line's
/// last character in reading order (to its left in right-to-left text).
pub fn end_column(cells: &[ShownCell], at: usize) -> Option<usize> {
    if cells.iter().any(|c| c.bytes.start == at) {
        return None;
    }
    let last = cells.iter().max_by_key(|c| c.bytes.end)?;
    match last.rtl {
        _ if last.bytes.end > at => None,
        true => last.col.checked_sub(1),
        false => Some(last.col + last.width),
    }
}

/// The column of the cell showing `at`.
pub fn column_of(cells: &[ShownCell], at: usize) -> Option<usize> {
    cell_of(cells, at).map(|i| cells[i].col)
}

/// The byte shown at column `col` (the nearest cell when none covers it).
pub fn at_column(cells: &[ShownCell], col: usize) -> Option<usize> {
    let covering = cells
        .iter()
        .find(|c| (c.col..c.col + c.width).contains(&col));
    covering
        .or_else(|| cells.iter().min_by_key(|c| c.col.abs_diff(col)))
        .map(|c| c.bytes.start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(rtl: bool, spans: &[(usize, Range<usize>)]) -> Vec<ShownCell> {
        spans
            .iter()
            .map(|(col, bytes)| ShownCell {
                col: *col,
                width: 1,
                bytes: bytes.clone(),
                rtl,
            })
            .collect()
    }

    #[test]
    fn a_caret_past_the_line_is_drawn_beside_its_last_character() {
        // "ab" left to right at columns 0-1; "ab" right to left at columns 8-9.
        let ltr = cells(false, &[(0, 0..1), (1, 1..2)]);
        assert_eq!(end_column(&ltr, 2), Some(2));
        assert_eq!(end_column(&ltr, 1), None, "a cell starts there");
        let rtl = cells(true, &[(8, 1..2), (9, 0..1)]);
        assert_eq!(end_column(&rtl, 2), Some(7));
        let at_the_edge = cells(true, &[(0, 1..2), (1, 0..1)]);
        assert_eq!(end_column(&at_the_edge, 2), None, "no column left of it");
        assert_eq!(line_end(&rtl, true), Some(2));
        assert_eq!(line_end(&rtl, false), Some(0));
    }
}
