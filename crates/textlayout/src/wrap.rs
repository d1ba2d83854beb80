//! Line breaking in logical order: which cells go on which line, for a given width.
//!
//! At prepare time [`spans`] cuts the paragraph's cells at UAX #14 break opportunities
//! (unicode-linebreak) into [`Span`]s: a word and the whitespace after it, measured in
//! terminal cells. At wrap time [`fit`] splits any span wider than the line at grapheme
//! boundaries, runs textwrap's greedy `wrap_first_fit` (trailing whitespace does not count at
//! the end of a line), and returns each line's range of cell indices. [`overflow`] then
//! finds the trailing whitespace cells that would still push a line past the width, which
//! the line shows empty.

use std::borrow::Cow;
use std::ops::Range;

use textwrap::core::Fragment;
use textwrap::wrap_algorithms::wrap_first_fit;

use super::Cell;

/// A run of cells between two break opportunities: `start..ws` the word, `ws..end` the
/// whitespace after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub ws: usize,
    pub end: usize,
    pub width: usize,
    pub ws_width: usize,
}

impl Span {
    /// An empty span starting at cell `i`.
    fn at(i: usize) -> Span {
        Span {
            start: i,
            ws: i,
            end: i,
            width: 0,
            ws_width: 0,
        }
    }
}

impl Fragment for Span {
    fn width(&self) -> f64 {
        self.width as f64
    }
    fn whitespace_width(&self) -> f64 {
        self.ws_width as f64
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// A whitespace cell: it shows only spaces (space, tab, separators). No-break spaces show
/// as themselves and so count as part of their word.
pub fn is_space(cell: &Cell, display: &str) -> bool {
    let bytes = cell.bytes_in(display);
    !bytes.is_empty() && bytes.iter().all(|&b| b == b' ')
}

/// Cuts `cells` into spans at the break opportunities `breaks` (ascending byte offsets into
/// the paragraph); a break counts when it falls between two cells, hidden characters included.
pub fn spans(cells: &[Cell], display: &str, breaks: impl Iterator<Item = usize>) -> Vec<Span> {
    let mut breaks = breaks.peekable();
    // About one span per word; growing from nothing cost a few percent of preparing.
    let mut out = Vec::with_capacity(cells.len() / 5 + 1);
    let mut span = Span::at(0);
    for (i, cell) in cells.iter().enumerate() {
        let prev_end = if i == 0 {
            None
        } else {
            Some(cells[i - 1].source.end)
        };
        let mut break_here = false;
        while let Some(&b) = breaks.peek() {
            if b > cell.source.start {
                break;
            }
            break_here |= prev_end.is_some_and(|end| b >= end);
            breaks.next();
        }
        if break_here {
            out.push(span);
            span = Span::at(i);
        }
        let width = usize::from(cell.width);
        if cell.display.is_empty() {
            // An unseen cell (isolate, mark) neither ends a word nor starts one.
        } else if is_space(cell, display) {
            span.ws_width += width;
        } else {
            // Whitespace inside a word (before a closing bracket, say) belongs to the word.
            span.width += span.ws_width + width;
            span.ws_width = 0;
            span.ws = i + 1;
        }
        span.end = i + 1;
    }
    if !cells.is_empty() {
        out.push(span);
    }
    out
}

/// The cell ranges of the lines of `spans` wrapped at `width` (at least 1) cells.
pub fn fit(cells: &[Cell], spans: &[Span], width: usize) -> Vec<Range<usize>> {
    let spans = if spans.iter().any(|s| s.width > width) {
        Cow::Owned(split_long(cells, spans, width))
    } else {
        Cow::Borrowed(spans)
    };
    wrap_first_fit(&spans, &[width as f64])
        .into_iter()
        .filter_map(|line| Some(line.first()?.start..line.last()?.end))
        .collect()
}

/// Splits every span wider than `width` at grapheme boundaries into pieces that fit (a single
/// cell wider than the line stays whole); the last piece keeps the span's whitespace.
fn split_long(cells: &[Cell], spans: &[Span], width: usize) -> Vec<Span> {
    let mut out = Vec::with_capacity(spans.len() + 8);
    for span in spans {
        if span.width <= width {
            out.push(*span);
            continue;
        }
        let mut piece = Span::at(span.start);
        for (i, cell) in cells.iter().enumerate().take(span.ws).skip(span.start) {
            let w = usize::from(cell.width);
            if piece.width + w > width && piece.ws > piece.start {
                out.push(piece);
                piece = Span::at(i);
            }
            piece.width += w;
            piece.ws = i + 1;
            piece.end = i + 1;
        }
        piece.end = span.end;
        piece.ws_width = span.ws_width;
        out.push(piece);
    }
    out
}

/// The width of a line (`cells` in logical order) once its trailing whitespace cells stop
/// counting, from the last one back, until it fits in `width` or no trailing whitespace is
/// left (cells that show nothing are passed over), and the index from which the visible
/// cells are such emptied whitespace (`cells.len()` when none is).
pub fn overflow(cells: &[Cell], display: &str, width: usize) -> (usize, usize) {
    let mut total: usize = cells.iter().map(|c| usize::from(c.width)).sum();
    let mut from = cells.len();
    for (i, cell) in cells.iter().enumerate().rev() {
        if cell.display.is_empty() {
            continue;
        }
        if total <= width || !is_space(cell, display) {
            break;
        }
        total -= usize::from(cell.width);
        from = i;
    }
    (total, from)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One cell per character of `text` (all width 1 here), displayed as is.
    fn cells(text: &str) -> Vec<Cell> {
        text.char_indices()
            .map(|(i, c)| Cell {
                source: i..i + c.len_utf8(),
                display: i as u32..(i + c.len_utf8()) as u32,
                width: 1,
                level: 0,
            })
            .collect()
    }

    fn lines(text: &str, width: usize) -> Vec<String> {
        let cs = cells(text);
        let breaks = unicode_linebreak::linebreaks(text).map(|(i, _)| i);
        let sp = spans(&cs, text, breaks);
        fit(&cs, &sp, width)
            .into_iter()
            .map(|r| text[cs[r.start].source.start..cs[r.end - 1].source.end].to_string())
            .collect()
    }

    #[test]
    fn spans_end_with_their_whitespace() {
        let text = "ab  cd e";
        let cs = cells(text);
        let sp = spans(
            &cs,
            text,
            unicode_linebreak::linebreaks(text).map(|(i, _)| i),
        );
        assert_eq!(
            sp,
            [
                Span {
                    start: 0,
                    ws: 2,
                    end: 4,
                    width: 2,
                    ws_width: 2
                },
                Span {
                    start: 4,
                    ws: 6,
                    end: 7,
                    width: 2,
                    ws_width: 1
                },
                Span {
                    start: 7,
                    ws: 8,
                    end: 8,
                    width: 1,
                    ws_width: 0
                },
            ]
        );
    }

    #[test]
    fn greedy_fit_keeps_whitespace_with_the_line_it_ends() {
        assert_eq!(lines("aa bb cc", 5), ["aa bb ", "cc"]);
        assert_eq!(lines("aa bb cc", 2), ["aa ", "bb ", "cc"]);
        assert_eq!(lines("", 3), Vec::<String>::new());
    }

    #[test]
    fn long_word_breaks_at_grapheme_boundaries() {
        assert_eq!(lines("abcdefg hi", 3), ["abc", "def", "g ", "hi"]);
        assert_eq!(lines("x abcdef", 3), ["x ", "abc", "def"]);
    }

    #[test]
    fn overflow_drops_only_the_spaces_past_the_width() {
        let text = "ab   ";
        // "ab " fits in 3: the last two spaces stop counting.
        assert_eq!(overflow(&cells(text), text, 3), (3, 3));
        assert_eq!(overflow(&cells(text), text, 5), (5, 5));
        // A word wider than the line keeps its width; there is no space to drop.
        assert_eq!(overflow(&cells("abc"), "abc", 1), (3, 3));
    }

    #[test]
    fn unseen_cells_neither_stop_collapsing_nor_join_words() {
        // "ab  " then an unseen cell (a PDI, say) that shows nothing, then "cd".
        let text = "ab  \u{2069}cd";
        let mut cs = cells(text);
        cs[4].width = 0;
        cs[4].display = 4..4;
        assert_eq!(overflow(&cs[..5], text, 2), (2, 2));
        let sp = spans(&cs, text, [7].into_iter());
        assert_eq!((sp[0].width, sp[0].ws_width, sp[0].ws), (2, 2, 2));
    }
}
