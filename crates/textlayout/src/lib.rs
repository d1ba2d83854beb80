//! Text layout: paragraphs of mixed-direction text to visual lines of terminal cells.
//!
//! Data flows one way, and everything that does not depend on the width is done once:
//! [`PreparedParagraph::new`] resolves the paragraph's bidi levels, one per character
//! ([`levels`]; skipped for plain LTR text), then walks the text once, cutting it into
//! grapheme clusters (`clusters`) and writing each cluster's display text into one display
//! buffer (`sanitize` drops controls, `shape` gives Arabic letters their contextual forms,
//! rule L4 mirrors brackets at odd levels), and finds the UAX #14 break opportunities
//! (`wrap::spans`). In that walk a printable character that is a cluster of its own is a
//! one-cell cell at once, and characters shown as their own bytes are copied into the
//! display buffer a run at a time. Characters that show nothing but split runs (isolate
//! controls, strong marks) keep an unseen cell. [`PreparedParagraph::wrap`] then fits the
//! spans to a width in logical order (`wrap::fit`), and for each line applies rules L1 and
//! L2 to that line's own levels ([`reorder`]), unseen cells included, giving [`VisualLine`]s
//! of the shown [`Cell`]s in visual order, each keeping its logical source range;
//! [`VisualLine::runs`] groups them into [`StyledRun`]s. Callers cut a giant paragraph into
//! bounded pieces first ([`pieces`]). [`Direction`] is the base direction callers pass in,
//! and [`textscan`] the quick search for rare characters that the separator check uses
//! (public: a loader can use it too). Nothing here knows about terminals or any UI
//! library; the crate's README has an example.

mod arabic_forms;
mod clusters;
mod direction;
pub mod levels;
mod line;
mod pieces;
pub mod reorder;
mod sanitize;
mod shape;
pub mod textscan;
mod wrap;

use unicode_bidi::BidiClass::{self, B, FSI, LRI, PDI, RLI, S, WS};
use unicode_width::UnicodeWidthStr;

pub use direction::Direction;
pub use line::{Cell, StyledRun, VisualLine, pad_for};
pub use pieces::{PIECE, pieces};
pub use sanitize::{TAB_WIDTH, marker};

use sanitize::Shown;
use shape::Shaped;

/// The README's example, run as a doc test.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeExample;

/// Width-independent choices for laying out a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LayoutOptions {
    /// Give Arabic letters their contextual presentation forms (for terminals that do not
    /// shape).
    pub shape: bool,
    /// Show bidi embedding, override and isolate characters as markers (see [`marker`]).
    pub show_controls: bool,
}

/// A paragraph with all width-independent work done: levels, clusters, display text, breaks.
#[derive(Debug, Clone)]
pub struct PreparedParagraph {
    /// Display text of all cells, in logical order.
    display: String,
    /// One cell per displayed cluster, logical order, with its paragraph level.
    cells: Vec<Cell>,
    /// Original bidi class of each cell's first character; empty for pure LTR paragraphs,
    /// which are never reordered.
    classes: Vec<BidiClass>,
    spans: Vec<wrap::Span>,
    para_level: u8,
    len: usize,
}

impl PreparedParagraph {
    /// Prepares `text` (one paragraph) for wrapping; `base` None means auto direction.
    pub fn new(text: &str, base: Option<Direction>, opts: LayoutOptions) -> Self {
        let analysis = sanitize::analysis_text(text);
        let levels = levels::resolve(&analysis, base);
        // A pure LTR paragraph has no Arabic letter (they are all right to left), so shaping
        // would change nothing in it.
        let shaped = if opts.shape && !levels.is_pure_ltr() && shape::has_arabic(text) {
            shape::shape(text)
        } else {
            Vec::new()
        };

        let mut display = String::with_capacity(text.len());
        let mut cells: Vec<Cell> = Vec::with_capacity(text.len() / 2);
        let mut classes = Vec::with_capacity(if levels.is_pure_ltr() {
            0
        } else {
            cells.capacity()
        });
        // Characters shown as their own bytes are copied into the display buffer in runs:
        // `copied` is where the run not yet copied starts in `text`.
        let mut copied = 0;
        let mut chars = text.char_indices().peekable();
        let mut ordinal = 0;
        while let Some((start, c)) = chars.next() {
            let next = chars.peek().map(|&(_, next)| next);
            // The usual case: a printable character that is a cluster of its own and shows
            // as itself (or its mirror, or a presentation form), one cell wide.
            // (A simple character shows as itself unless it is a control: `sanitize::shown`.)
            if clusters::is_simple(c)
                && next.is_none_or(clusters::is_simple)
                && !c.is_ascii_control()
            {
                let level = levels.level_at(ordinal);
                let glyph = match shaped.get(ordinal) {
                    Some(&Shaped::Form(f)) if shape::is_one_cell(f) => Some(f),
                    Some(Shaped::Form(_) | Shaped::Ligature(_) | Shaped::Absorbed) => None,
                    _ if level % 2 == 1 => Some(mirror(c)),
                    _ => Some(c),
                };
                if let Some(glyph) = glyph {
                    let len = c.len_utf8();
                    let shown = if glyph == c {
                        let first = display.len() + (start - copied);
                        first..first + len
                    } else {
                        display.push_str(&text[copied..start]);
                        copied = start + len;
                        let first = display.len();
                        display.push(glyph);
                        first..display.len()
                    };
                    cells.push(Cell {
                        source: start..start + len,
                        display: shown.start as u32..shown.end as u32,
                        width: 1,
                        level,
                    });
                    if let Some(class) = levels.class_at(ordinal) {
                        classes.push(class);
                    }
                    ordinal += 1;
                    continue;
                }
            }
            let end = clusters::cluster_end(text, start, c, next);
            while chars.next_if(|&(i, _)| i < end).is_some() {}
            display.push_str(&text[copied..start]);
            copied = end;
            let cluster = &text[start..end];
            let first = display.len();
            let first_char = ordinal;
            let mut absorbed = false;
            // A lone simple character shown as itself or mirrored is one cell wide.
            let mut one_cell = false;
            for (offset, c) in cluster.char_indices() {
                let shaping = shaped.get(ordinal).copied().unwrap_or(Shaped::Same);
                let level = levels.level_at(ordinal);
                ordinal += 1;
                match sanitize::shown(c, opts.show_controls) {
                    Shown::Hidden => {}
                    Shown::Space => display.push(' '),
                    Shown::Tab => display.extend(std::iter::repeat_n(' ', TAB_WIDTH)),
                    Shown::Marker(m) => display.push(m),
                    Shown::Char => match shaping {
                        Shaped::Form(f) | Shaped::Ligature(f) => {
                            display.push(f);
                            one_cell = cluster.len() == c.len_utf8() && shape::is_one_cell(f);
                        }
                        Shaped::Absorbed => absorbed |= offset == 0,
                        Shaped::Same => {
                            display.push(if level % 2 == 1 { mirror(c) } else { c });
                            one_cell = cluster.len() == c.len_utf8() && clusters::is_simple(c);
                        }
                    },
                }
            }
            let shown = &display[first..];
            if absorbed && let Some(lam) = cells.last_mut() {
                // The alef of a lam-alef ligature: one cell with the lam's cluster.
                lam.source.end = end;
                lam.display.end = display.len() as u32;
                lam.width = cell_width(&display[lam.display.start as usize..]);
                continue;
            }
            let class = cell_class(&levels, first_char, cluster);
            if shown.is_empty() && !class.is_some_and(reorders_unseen) {
                continue;
            }
            cells.push(Cell {
                source: start..end,
                display: first as u32..display.len() as u32,
                width: if one_cell { 1 } else { cell_width(shown) },
                level: levels.level_at(first_char),
            });
            // A push, not `extend`: extending from an Option is a call per cell.
            if let Some(class) = class {
                classes.push(class);
            }
        }

        display.push_str(&text[copied..]);
        // The break opportunities are listed first, in a loop of their own: interleaved with
        // the spans' walk, the line breaker's state machine cost more than both loops apart.
        let breaks: Vec<usize> = unicode_linebreak::linebreaks(&analysis)
            .map(|(i, _)| i)
            .collect();
        let spans = wrap::spans(&cells, &display, breaks.into_iter());
        PreparedParagraph {
            para_level: levels.para_level(),
            display,
            cells,
            classes,
            spans,
            len: text.len(),
        }
    }

    /// The resolved paragraph direction.
    pub fn direction(&self) -> Direction {
        if self.para_level % 2 == 1 {
            Direction::Rtl
        } else {
            Direction::Ltr
        }
    }

    /// Lays the paragraph out in lines of at most `width` cells (0 counts as 1); only a
    /// single cell wider than the line can exceed it. An empty paragraph gives one empty line.
    pub fn wrap(&self, width: usize) -> Vec<VisualLine> {
        let width = width.max(1);
        let ranges = wrap::fit(&self.cells, &self.spans, width);
        if ranges.is_empty() {
            return vec![VisualLine {
                cells: Vec::new(),
                width: 0,
                source: 0..self.len,
            }];
        }
        let mut levels = Vec::new();
        let mut lines = Vec::with_capacity(ranges.len());
        for (k, range) in ranges.iter().enumerate() {
            let start = if k == 0 {
                0
            } else {
                self.cells[range.start].source.start
            };
            let end = ranges
                .get(k + 1)
                .map_or(self.len, |next| self.cells[next.start].source.start);
            let logical = &self.cells[range.clone()];
            let (line_width, collapsed) = wrap::overflow(logical, &self.display, width);
            // A trailing space that would overflow shows nothing (its source stays).
            let shown = |i: usize, level: u8| {
                let cell = &logical[i];
                if i < collapsed {
                    Cell {
                        level,
                        ..cell.clone()
                    }
                } else {
                    Cell {
                        source: cell.source.clone(),
                        display: cell.display.end..cell.display.end,
                        width: 0,
                        level,
                    }
                }
            };
            let mut cells = Vec::with_capacity(logical.len());
            match self.classes.get(range.clone()) {
                Some(classes) if !classes.is_empty() => {
                    levels.clear();
                    levels.extend(logical.iter().map(|c| c.level));
                    reorder::resolve_line_levels(&mut levels, classes, self.para_level);
                    for run in reorder::visual_runs(&levels) {
                        // Unseen cells (isolates, marks) have taken their part in the order.
                        let mut push = |i: usize| {
                            if !logical[i].display.is_empty() {
                                cells.push(shown(i, run.level));
                            }
                        };
                        if run.level % 2 == 1 {
                            run.items.rev().for_each(&mut push);
                        } else {
                            run.items.for_each(&mut push);
                        }
                    }
                }
                // A pure LTR paragraph: logical order is visual order.
                _ => cells.extend((0..logical.len()).map(|i| shown(i, logical[i].level))),
            }
            lines.push(VisualLine {
                cells,
                width: line_width,
                source: start..end,
            });
        }
        lines
    }

    /// The display text of a cell of this paragraph (shaped, mirrored, sanitized).
    pub fn cell_text(&self, cell: &Cell) -> &str {
        cell.shown_in(&self.display)
    }
}

/// The bidi class that stands for a cluster in rule L1: its first character's, except that
/// a whitespace-like first character (WS, S, B, isolate controls) followed in the cluster by
/// something that is not (a space carrying a combining mark) is no whitespace: ON.
fn cell_class(levels: &levels::ParaLevels, first: usize, cluster: &str) -> Option<BidiClass> {
    let class = levels.class_at(first)?;
    let whitespace = |class| matches!(class, WS | S | B | LRI | RLI | FSI | PDI);
    if !whitespace(class) || cluster.len() == 1 {
        return Some(class);
    }
    let solid = (1..cluster.chars().count()).any(|k| {
        levels
            .class_at(first + k)
            .is_some_and(|c| !whitespace(c) && !reorder::is_removed(c))
    });
    Some(if solid { BidiClass::ON } else { class })
}

/// Whether a character that shows nothing still matters to the order of what is shown:
/// strong marks (LRM, RLM, ALM), isolate initiators and PDI, and separators split runs in
/// rules L1 and L2. Such a character gets an unseen cell (empty display, width 0) that
/// `wrap` reorders with the rest of the line and then drops; X9-removed classes (embeddings,
/// overrides, PDF, BN) only ever join the run before them, so they get none.
fn reorders_unseen(class: BidiClass) -> bool {
    !reorder::is_removed(class)
}

/// Rule L4: the mirror image of `c` (for a character at an odd level), or `c` itself.
fn mirror(c: char) -> char {
    // The only characters with a mirror below U+0F3A; this skips the table for letters.
    if c < '\u{f3a}' && !matches!(c, '(' | ')' | '<' | '>' | '[' | ']' | '{' | '}' | '«' | '»') {
        return c;
    }
    unicode_bidi_mirroring::get_mirrored(c).unwrap_or(c)
}

/// Terminal width of a cluster's display text (a tab's four spaces included).
fn cell_width(shown: &str) -> u8 {
    if let [b] = shown.as_bytes() {
        if (b' '..=b'~').contains(b) {
            return 1;
        }
    } else {
        let mut chars = shown.chars();
        if let (Some(c), None) = (chars.next(), chars.next())
            && clusters::is_simple(c)
            && !c.is_control()
        {
            return 1;
        }
    }
    u8::try_from(shown.width()).unwrap_or(u8::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mirror_shortcut_agrees_with_the_table() {
        for c in '\0'..='\u{1000}' {
            let expected = unicode_bidi_mirroring::get_mirrored(c).unwrap_or(c);
            assert_eq!(mirror(c), expected, "{c:?}");
        }
        assert_eq!(mirror('('), ')');
        assert_eq!(mirror('\u{2264}'), '\u{2265}');
    }

    #[test]
    fn simple_characters_show_as_themselves_unless_controls() {
        for c in ('\0'..='\u{800}').filter(|&c| clusters::is_simple(c)) {
            let shown = sanitize::shown(c, true) == Shown::Char;
            assert_eq!(!c.is_ascii_control(), shown, "{c:?}");
        }
    }

    #[test]
    fn shaping_changes_nothing_in_a_pure_ltr_paragraph() {
        let blocks = ('\u{600}'..='\u{6ff}').chain('\u{750}'..='\u{77f}');
        for c in blocks.chain('\u{8a0}'..='\u{8ff}') {
            let text: String = ['a', c, c, ' ', c, '\u{200d}', c, 'b']
                .into_iter()
                .collect();
            if levels::resolve(&text, None).is_pure_ltr() {
                let shaped = shape::shape(&text);
                assert!(shaped.iter().all(|s| *s == Shaped::Same), "{c:?}");
            }
        }
    }

    #[test]
    fn cells_cover_clusters_and_point_into_one_display_buffer() {
        // In an RTL paragraph the final bracket (after ب, before the end) is at level 1.
        let rtl = Some(Direction::Rtl);
        let para = PreparedParagraph::new("a\u{301}\tب(", rtl, LayoutOptions::default());
        assert_eq!(para.direction(), Direction::Rtl);
        let texts: Vec<(&str, u8)> = para
            .cells
            .iter()
            .map(|c| (para.cell_text(c), c.width))
            .collect();
        assert_eq!(texts, [("a\u{301}", 1), ("    ", 4), ("ب", 1), (")", 1)]);
        assert_eq!(para.display, "a\u{301}    ب)");
    }
}
