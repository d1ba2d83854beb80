//! The output of layout: cells, visual lines, and styled runs for renderers.
//!
//! `PreparedParagraph::wrap` produces [`VisualLine`]s whose [`Cell`]s are in visual order and
//! point both into the caller's paragraph text (`source`) and into the paragraph's display
//! buffer (`display`). Renderers either take [`VisualLine::text`] or group the cells with
//! [`VisualLine::runs`] into [`StyledRun`]s of one style and direction, then pad RTL lines
//! with [`pad_for`].

use std::ops::Range;

use super::PreparedParagraph;
use crate::Direction;

/// One grapheme cluster (or a lam-alef ligature of two) on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// Byte range of the cluster in the paragraph text.
    pub source: Range<usize>,
    /// Byte range of what it shows in the prepared display buffer (shaped, mirrored; empty for
    /// whitespace dropped at the end of a full line).
    pub display: Range<u32>,
    /// Terminal cells it occupies.
    pub width: u8,
    /// Resolved bidi level (after rule L1 in a visual line).
    pub level: u8,
}

impl Cell {
    /// Whether the cell's text runs right to left (odd level).
    pub fn is_rtl(&self) -> bool {
        self.level % 2 == 1
    }

    /// The cell's text in its paragraph's display buffer.
    pub(super) fn shown_in<'a>(&self, display: &'a str) -> &'a str {
        display
            .get(self.display.start as usize..self.display.end as usize)
            .unwrap_or("")
    }

    /// The same text as bytes: without the character-boundary checks of a `str` slice,
    /// which cost measurably when every cell of a paragraph is read.
    pub(super) fn bytes_in<'a>(&self, display: &'a str) -> &'a [u8] {
        let range = self.display.start as usize..self.display.end as usize;
        display.as_bytes().get(range).unwrap_or_default()
    }
}

/// One line on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisualLine {
    /// Visual order, left to right.
    pub cells: Vec<Cell>,
    /// Sum of the cells' widths.
    pub width: usize,
    /// Logical byte range this line covers; the lines of a paragraph tile its text.
    pub source: Range<usize>,
}

/// Cells of one style and direction, adjacent on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StyledRun<S> {
    /// The run's display text, left to right.
    pub text: String,
    /// Smallest byte range of the paragraph text covering the run's cells.
    pub source: Range<usize>,
    pub width: usize,
    pub style: S,
}

impl VisualLine {
    /// Groups the cells into maximal runs of equal style and direction, left to right;
    /// `style_at` maps a cell's source range to a style.
    pub fn runs<S: Copy + Eq>(
        &self,
        para: &PreparedParagraph,
        mut style_at: impl FnMut(&Range<usize>) -> S,
    ) -> Vec<StyledRun<S>> {
        let mut runs: Vec<(StyledRun<S>, bool)> = Vec::new();
        for cell in &self.cells {
            let style = style_at(&cell.source);
            let text = para.cell_text(cell);
            match runs.last_mut() {
                Some((run, rtl)) if run.style == style && *rtl == cell.is_rtl() => {
                    run.text.push_str(text);
                    run.width += usize::from(cell.width);
                    run.source.start = run.source.start.min(cell.source.start);
                    run.source.end = run.source.end.max(cell.source.end);
                }
                _ => runs.push((
                    StyledRun {
                        text: text.to_string(),
                        source: cell.source.clone(),
                        width: usize::from(cell.width),
                        style,
                    },
                    cell.is_rtl(),
                )),
            }
        }
        runs.into_iter().map(|(run, _)| run).collect()
    }

    /// The visual string, left to right, without padding.
    pub fn text(&self, para: &PreparedParagraph) -> String {
        self.cells.iter().map(|cell| para.cell_text(cell)).collect()
    }

    /// Appends the visual string's UTF-8 bytes to `out`, as [`VisualLine::text`] gives it.
    pub fn write_text(&self, para: &PreparedParagraph, out: &mut Vec<u8>) {
        for cell in &self.cells {
            // Most cells are one or two bytes: pushed, they skip a call to copy a slice.
            match *cell.bytes_in(&para.display) {
                [a] => out.push(a),
                [a, b] => out.extend_from_slice(&[a, b]),
                ref bytes => out.extend_from_slice(bytes),
            }
        }
    }
}

/// Leading spaces that align `line` in a `width`-cell column: RTL lines go to the right edge,
/// LTR lines need none.
pub fn pad_for(line: &VisualLine, width: usize, dir: Direction) -> usize {
    match dir {
        Direction::Ltr => 0,
        Direction::Rtl => width.saturating_sub(line.width),
    }
}
