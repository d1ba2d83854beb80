//! An article laid out for a column, lazily: only what is on screen is ever prepared.
//!
//! An article is a sequence of *blocks*: its headline, its source line, then for each
//! paragraph a blank gap and the paragraph itself. [`ArticleView::lines`] lays out one block
//! at a width (preparing its paragraph with the layout engine on first use) into
//! [`ArticleLine`]s that remember which paragraph they show, where it starts in the article
//! text, and the prepared paragraph their cells point into. Recently used paragraphs and
//! blocks are kept in bounded LRU caches, so memory does not grow with the article's size.
//!
//! A position in the column is an [`Anchor`] (block, line within the block), as editors
//! anchor their views to the text rather than to a global line number: scrolling, paging,
//! jumping to a byte and clamping at the end only ever lay out the blocks they pass.
//! In terminal bidi mode each line's cells are put back in logical order for the terminal.

use std::cell::RefCell;
use std::num::NonZeroUsize;
use std::rc::Rc;

use lru::LruCache;

use crate::briefing::{Briefing, Direction};
use crate::textlayout::{LayoutOptions, PreparedParagraph, VisualLine, pad_for};

use super::BidiMode;

/// What a line of an article column shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Headline,
    Source,
    Blank,
    /// A line of paragraph `para` of the article text.
    Body {
        para: usize,
    },
}

#[derive(Debug, Clone)]
pub struct ArticleLine {
    pub kind: LineKind,
    pub line: VisualLine,
    /// Leading cells that align the line (RTL lines to the right edge).
    pub pad: usize,
    /// Byte offset in the article text of the paragraph this line belongs to (body lines).
    pub offset: usize,
    /// The prepared paragraph the line's cells point into (None for blank lines).
    pub para: Option<Rc<PreparedParagraph>>,
}

impl ArticleLine {
    /// The article bytes this line covers (empty for lines outside the article text).
    pub fn bytes(&self) -> std::ops::Range<usize> {
        match self.kind {
            LineKind::Body { .. } => {
                self.offset + self.line.source.start..self.offset + self.line.source.end
            }
            _ => 0..0,
        }
    }
}

/// A place in a column: line `line` of block `block`. Anchors order as positions do.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Anchor {
    pub block: usize,
    pub line: usize,
}

/// Layout options for a bidi mode: the application shapes Arabic; a terminal that does its
/// own bidi shapes too.
pub fn options(mode: BidiMode) -> LayoutOptions {
    LayoutOptions {
        shape: mode == BidiMode::App,
        show_controls: true,
    }
}

/// How many prepared paragraphs and laid-out blocks a view keeps.
const CACHE: usize = 512;

/// Laid-out blocks by (block, width).
type BlockCache = LruCache<(usize, usize), Rc<Vec<ArticleLine>>>;

pub struct ArticleView {
    briefing: Rc<Briefing>,
    article: usize,
    mode: BidiMode,
    dir: Direction,
    headline: Rc<PreparedParagraph>,
    source: Rc<PreparedParagraph>,
    prepared: RefCell<LruCache<usize, Rc<PreparedParagraph>>>,
    blocks: RefCell<BlockCache>,
}

impl ArticleView {
    pub fn new(briefing: Rc<Briefing>, article: usize, mode: BidiMode) -> Self {
        let a = &briefing.articles[article];
        let opts = options(mode);
        let source_line = match &a.url {
            Some(url) => format!("{} · {}", a.source, url),
            None => a.source.clone(),
        };
        let cache = NonZeroUsize::new(CACHE).unwrap_or(NonZeroUsize::MIN);
        ArticleView {
            dir: a.dir,
            headline: Rc::new(PreparedParagraph::new(&a.headline, Some(a.dir), opts)),
            source: Rc::new(PreparedParagraph::new(&source_line, None, opts)),
            briefing,
            article,
            mode,
            prepared: RefCell::new(LruCache::new(cache)),
            blocks: RefCell::new(LruCache::new(cache)),
        }
    }

    pub fn article(&self) -> usize {
        self.article
    }

    pub fn dir(&self) -> Direction {
        self.dir
    }

    /// Number of blocks: headline, source, then a gap and a paragraph per paragraph.
    pub fn blocks(&self) -> usize {
        2 + 2 * self.briefing.articles[self.article].paragraphs.len()
    }

    fn paragraph(&self, p: usize) -> Rc<PreparedParagraph> {
        if let Some(para) = self.prepared.borrow_mut().get(&p) {
            return Rc::clone(para);
        }
        let a = &self.briefing.articles[self.article];
        let text = &a.text[a.paragraphs[p].clone()];
        let para = Rc::new(PreparedParagraph::new(
            text,
            Some(self.dir),
            options(self.mode),
        ));
        self.prepared.borrow_mut().put(p, Rc::clone(&para));
        para
    }

    /// The lines of block `block` at `width` (from the cache when laid out before).
    pub fn lines(&self, block: usize, width: usize) -> Rc<Vec<ArticleLine>> {
        let width = width.max(1);
        if let Some(lines) = self.blocks.borrow_mut().get(&(block, width)) {
            return Rc::clone(lines);
        }
        let lines = Rc::new(self.lay_out(block, width));
        self.blocks
            .borrow_mut()
            .put((block, width), Rc::clone(&lines));
        lines
    }

    fn lay_out(&self, block: usize, width: usize) -> Vec<ArticleLine> {
        let (kind, para, offset) = match block {
            0 => (LineKind::Headline, Rc::clone(&self.headline), 0),
            1 => (LineKind::Source, Rc::clone(&self.source), 0),
            b if b % 2 == 0 => {
                return vec![ArticleLine {
                    kind: LineKind::Blank,
                    line: VisualLine {
                        cells: Vec::new(),
                        width: 0,
                        source: 0..0,
                    },
                    pad: 0,
                    offset: 0,
                    para: None,
                }];
            }
            b => {
                let p = (b - 3) / 2;
                let offset = self.briefing.articles[self.article].paragraphs[p].start;
                (LineKind::Body { para: p }, self.paragraph(p), offset)
            }
        };
        para.wrap(width)
            .into_iter()
            .map(|mut line| {
                if self.mode == BidiMode::Terminal {
                    line.cells.sort_by_key(|c| c.source.start);
                }
                ArticleLine {
                    kind,
                    pad: pad_for(&line, width, para.direction()),
                    line,
                    offset,
                    para: Some(Rc::clone(&para)),
                }
            })
            .collect()
    }

    /// Every line of the article at `width`, in order, laid out block by block as the
    /// iterator advances (for printing: nothing is kept).
    pub fn all_lines(&self, width: usize) -> impl Iterator<Item = ArticleLine> + '_ {
        (0..self.blocks()).flat_map(move |b| self.lay_out(b, width.max(1)))
    }

    /// Up to `count` lines starting at `anchor`.
    pub fn visible(&self, anchor: Anchor, width: usize, count: usize) -> Vec<ArticleLine> {
        let mut out = Vec::with_capacity(count);
        let mut at = anchor;
        while out.len() < count && at.block < self.blocks() {
            let lines = self.lines(at.block, width);
            out.extend(lines.iter().skip(at.line).take(count - out.len()).cloned());
            at = Anchor {
                block: at.block + 1,
                line: 0,
            };
        }
        out
    }

    /// The anchor `n` lines after `anchor`, or None past the last line.
    fn forward(&self, mut at: Anchor, mut n: usize, width: usize) -> Option<Anchor> {
        while at.block < self.blocks() {
            let len = self.lines(at.block, width).len();
            if at.line + n < len {
                at.line += n;
                return Some(at);
            }
            n -= len - at.line;
            at = Anchor {
                block: at.block + 1,
                line: 0,
            };
        }
        None
    }

    /// The anchor `n` lines before `anchor` (the first line at the most).
    fn backward(&self, mut at: Anchor, mut n: usize, width: usize) -> Anchor {
        loop {
            if at.line >= n {
                at.line -= n;
                return at;
            }
            if at.block == 0 {
                return Anchor::default();
            }
            n -= at.line + 1;
            at.block -= 1;
            at.line = self.lines(at.block, width).len().saturating_sub(1);
        }
    }

    /// The last top-of-view anchor: the one that shows the last `height` lines.
    pub fn end(&self, width: usize, height: usize) -> Anchor {
        let last_block = self.blocks() - 1;
        let last = Anchor {
            block: last_block,
            line: self.lines(last_block, width).len().saturating_sub(1),
        };
        self.backward(last, height.max(1) - 1, width)
    }

    /// Scrolls a top-of-view anchor by `delta` lines, clamped to the first and last page.
    pub fn scroll(&self, anchor: Anchor, delta: isize, width: usize, height: usize) -> Anchor {
        let end = self.end(width, height);
        let moved = if delta >= 0 {
            self.forward(anchor, delta.unsigned_abs(), width)
                .unwrap_or(end)
        } else {
            self.backward(anchor, delta.unsigned_abs(), width)
        };
        moved.min(end)
    }

    /// The anchor of the line showing byte `at` of the article text.
    pub fn anchor_of(&self, at: usize, width: usize) -> Anchor {
        let paragraphs = &self.briefing.articles[self.article].paragraphs;
        let p = paragraphs
            .partition_point(|r| r.end <= at)
            .min(paragraphs.len().saturating_sub(1));
        if paragraphs.is_empty() {
            return Anchor::default();
        }
        let block = 3 + 2 * p;
        let lines = self.lines(block, width);
        let line = lines
            .iter()
            .position(|l| l.bytes().end > at)
            .unwrap_or(lines.len().saturating_sub(1));
        Anchor { block, line }
    }

    /// The article byte shown at an anchor (the next paragraph's start for gaps and the
    /// headline; 0 before the first paragraph).
    pub fn byte_at(&self, anchor: Anchor, width: usize) -> usize {
        let paragraphs = &self.briefing.articles[self.article].paragraphs;
        match anchor.block {
            0 | 1 => 0,
            b if b % 2 == 0 => paragraphs.get((b - 2) / 2).map_or(0, |r| r.start),
            b => self
                .lines(b, width)
                .get(anchor.line)
                .map_or(0, |l| l.bytes().start),
        }
    }

    /// A top-of-view anchor that shows `target` with some context above it, unless the
    /// view at `top` already shows it.
    pub fn reveal(&self, top: Anchor, target: Anchor, width: usize, height: usize) -> Anchor {
        let height = height.max(1);
        let bottom = self.forward(top, height - 1, width);
        if target >= top && bottom.is_none_or(|b| target <= b) {
            return top;
        }
        self.backward(target, height / 3, width)
            .min(self.end(width, height))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::bundled;

    fn view(id: &str) -> ArticleView {
        let b = Rc::new(bundled().unwrap().briefing);
        let a = b.article_index(id).unwrap();
        ArticleView::new(b, a, BidiMode::App)
    }

    #[test]
    fn body_lines_tile_each_paragraph() {
        for id in ["en", "ar"] {
            let v = view(id);
            let paragraphs = v.briefing.articles[v.article].paragraphs.clone();
            for (p, range) in paragraphs.iter().enumerate() {
                let lines = v.lines(3 + 2 * p, 40);
                assert_eq!(lines.first().unwrap().bytes().start, range.start);
                assert_eq!(lines.last().unwrap().bytes().end, range.end);
                assert!(lines.iter().all(|l| l.kind == LineKind::Body { para: p } && l.pad + l.line.width <= 40));
            }
        }
    }

    #[test]
    fn rtl_lines_are_right_aligned_and_found_by_byte() {
        let v = view("ar");
        let text = v.briefing.articles[v.article].text.clone();
        let at = text.find("2015").unwrap();
        let anchor = v.anchor_of(at, 30);
        let line = &v.visible(anchor, 30, 1)[0];
        assert!(line.bytes().contains(&at));
        assert_eq!(line.pad + line.line.width, 30, "right-aligned");
        assert!(v.byte_at(anchor, 30) <= at);
    }

    #[test]
    fn scrolling_walks_lines_and_clamps() {
        let v = view("en");
        let all: Vec<ArticleLine> = v.all_lines(50).collect();
        let height = 10;
        let end = v.end(50, height);
        assert_eq!(
            v.visible(end, 50, 100).len(),
            height,
            "the last page is full"
        );
        // Line by line from the top reaches every line once.
        let mut at = Anchor::default();
        for expected in &all[..all.len() - height] {
            let shown = &v.visible(at, 50, 1)[0];
            assert_eq!(
                (shown.kind, shown.bytes()),
                (expected.kind, expected.bytes())
            );
            at = v.scroll(at, 1, 50, height);
        }
        assert_eq!(at, end);
        assert_eq!(v.scroll(at, 5, 50, height), end);
        assert_eq!(v.scroll(at, -10_000, 50, height), Anchor::default());
        let down = v.scroll(Anchor::default(), 17, 50, height);
        assert_eq!(v.scroll(down, -17, 50, height), Anchor::default());
    }

    #[test]
    fn reveal_keeps_visible_targets_and_centres_others() {
        let v = view("en");
        let top = Anchor::default();
        let near = v.scroll(top, 3, 50, 100);
        assert_eq!(v.reveal(top, near, 50, 10), top);
        let far = v.anchor_of(v.briefing.articles[v.article].text.len() - 1, 50);
        let moved = v.reveal(top, far, 50, 10);
        assert!(moved > top);
        assert!(
            v.visible(moved, 50, 10)
                .iter()
                .any(|l| l.bytes().end >= v.byte_at(far, 50))
        );
    }
}
