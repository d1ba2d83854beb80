//! An article laid out for a column, lazily: only what is on screen is ever prepared.
//!
//! An article is a sequence of *blocks*: its headline, its source line, then for each
//! paragraph a blank gap and the paragraph itself, or, for a paragraph longer than
//! [`PIECE`] bytes, its pieces (`textlayout::pieces`), so that no block costs more than a
//! bounded amount of work and memory however long the paragraph. [`ArticleView::lines`] lays
//! out one block at a width (preparing its text with the layout engine on first use) into
//! [`ArticleLine`]s that remember which paragraph they show, where their block starts in the
//! article text, and the prepared text their cells point into. Recently used blocks are kept
//! in bounded LRU caches, so memory does not grow with the article's size.
//!
//! A position in the column is an [`Anchor`] (block, line within the block), as editors
//! anchor their views to the text rather than to a global line number: scrolling, paging,
//! jumping to a byte and clamping at the end only ever lay out the blocks they pass.
//! In terminal bidi mode each line's cells are put back in logical order for the terminal.

use std::cell::RefCell;
use std::num::NonZeroUsize;
use std::ops::Range;
use std::rc::Rc;

use lru::LruCache;

use crate::briefing::{ArticleIx, Briefing, Direction};
use textlayout::{LayoutOptions, PIECE, PreparedParagraph, VisualLine, pad_for, pieces};

use super::BidiMode;
use super::line::with_isolated_runs;

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
    /// Byte offset in the article text of the paragraph (or piece of a long paragraph) this
    /// line belongs to (body lines): its cells' sources are relative to it.
    pub offset: usize,
    /// The prepared paragraph (or piece) the line's cells point into (None for blank lines).
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
pub fn options(bidi: BidiMode) -> LayoutOptions {
    LayoutOptions {
        shape: bidi == BidiMode::App,
        show_controls: true,
    }
}

/// How many prepared paragraphs and laid-out blocks a view keeps.
const CACHE: usize = 512;

/// Laid-out blocks by (block, width).
type BlockCache = LruCache<(usize, usize), Rc<Vec<ArticleLine>>>;

/// What a block after the headline and the source line shows.
#[derive(Debug, Clone)]
enum Block {
    /// The blank line before paragraph `para`.
    Gap { para: usize },
    /// Bytes `bytes` of the article text: paragraph `para`, or one piece of it.
    Text { para: usize, bytes: Range<usize> },
}

/// The blocks after the headline and source line: a gap then the pieces of each paragraph
/// (one piece for all but giant ones), and the index of each paragraph's gap in the list.
fn body_blocks(text: &str, paragraphs: &[Range<usize>]) -> (Vec<Block>, Vec<usize>) {
    let mut blocks = Vec::with_capacity(2 * paragraphs.len());
    let mut gaps = Vec::with_capacity(paragraphs.len());
    for (para, range) in paragraphs.iter().enumerate() {
        gaps.push(blocks.len());
        blocks.push(Block::Gap { para });
        let parts = pieces(&text[range.clone()], PIECE);
        if parts.is_empty() {
            blocks.push(Block::Text {
                para,
                bytes: range.start..range.start,
            });
        }
        blocks.extend(parts.into_iter().map(|r| Block::Text {
            para,
            bytes: range.start + r.start..range.start + r.end,
        }));
    }
    (blocks, gaps)
}

pub struct ArticleView {
    briefing: Rc<Briefing>,
    article: ArticleIx,
    bidi: BidiMode,
    dir: Direction,
    headline: Rc<PreparedParagraph>,
    source: Rc<PreparedParagraph>,
    /// Blocks 2.. (see [`Block`]).
    body: Vec<Block>,
    /// Index in `body` of each paragraph's gap.
    gaps: Vec<usize>,
    prepared: RefCell<LruCache<usize, Rc<PreparedParagraph>>>,
    blocks: RefCell<BlockCache>,
}

// The reader keeps one view per article.
crate::briefing::index_by!(ArticleIx, ArticleView);

impl ArticleView {
    pub fn new(briefing: Rc<Briefing>, article: ArticleIx, bidi: BidiMode) -> Self {
        let a = &briefing.articles[article];
        let opts = options(bidi);
        let source_line = match &a.url {
            Some(url) => format!("{} · {}", a.source, url),
            None => a.source.clone(),
        };
        let cache = NonZeroUsize::new(CACHE).unwrap_or(NonZeroUsize::MIN);
        let (body, gaps) = body_blocks(&a.text, &a.paragraphs);
        ArticleView {
            body,
            gaps,
            dir: a.dir,
            headline: Rc::new(PreparedParagraph::new(&a.headline, Some(a.dir), opts)),
            // Metadata, in the interface's direction: left to right, each Arabic run
            // isolated (its own controls shown as markers by `with_isolated_runs`).
            source: Rc::new(PreparedParagraph::new(
                &with_isolated_runs(&source_line),
                Some(Direction::Ltr),
                LayoutOptions {
                    show_controls: false,
                    ..opts
                },
            )),
            briefing,
            article,
            bidi,
            prepared: RefCell::new(LruCache::new(cache)),
            blocks: RefCell::new(LruCache::new(cache)),
        }
    }

    /// Points the view at an edited model of the same briefing. Edits never change an
    /// article's text, so what is laid out stays valid.
    pub fn rebind(&mut self, briefing: Rc<Briefing>) {
        debug_assert_eq!(
            briefing.articles[self.article].text,
            self.briefing.articles[self.article].text
        );
        self.briefing = briefing;
    }

    pub fn article(&self) -> ArticleIx {
        self.article
    }

    pub fn dir(&self) -> Direction {
        self.dir
    }

    /// Number of blocks: headline, source, then a gap and the pieces of each paragraph (one
    /// piece unless the paragraph is longer than [`PIECE`] bytes).
    pub fn blocks(&self) -> usize {
        2 + self.body.len()
    }

    /// Block `block`'s article bytes, prepared (from the cache when prepared before; kept in
    /// it when `keep`).
    fn prepared(&self, block: usize, bytes: &Range<usize>, keep: bool) -> Rc<PreparedParagraph> {
        if let Some(para) = self.prepared.borrow_mut().get(&block) {
            return Rc::clone(para);
        }
        let text = &self.briefing.articles[self.article].text[bytes.clone()];
        let para = Rc::new(PreparedParagraph::new(
            text,
            Some(self.dir),
            options(self.bidi),
        ));
        if keep {
            self.prepared.borrow_mut().put(block, Rc::clone(&para));
        }
        para
    }

    /// The lines of block `block` at `width` (from the cache when laid out before).
    pub fn lines(&self, block: usize, width: usize) -> Rc<Vec<ArticleLine>> {
        let width = width.max(1);
        if let Some(lines) = self.blocks.borrow_mut().get(&(block, width)) {
            return Rc::clone(lines);
        }
        let lines = Rc::new(self.lay_out(block, width, true, None));
        self.blocks
            .borrow_mut()
            .put((block, width), Rc::clone(&lines));
        lines
    }

    /// The lines of block `block` at `width`; `keep` keeps its prepared text in the cache;
    /// `given` is the block's text already prepared.
    fn lay_out(
        &self,
        block: usize,
        width: usize,
        keep: bool,
        given: Option<PreparedParagraph>,
    ) -> Vec<ArticleLine> {
        let (kind, para, offset) = match (block, self.body.get(block.wrapping_sub(2))) {
            (0, _) => (LineKind::Headline, Rc::clone(&self.headline), 0),
            (1, _) => (LineKind::Source, Rc::clone(&self.source), 0),
            (_, Some(Block::Text { para, bytes })) => (
                LineKind::Body { para: *para },
                given.map_or_else(|| self.prepared(block, bytes, keep), Rc::new),
                bytes.start,
            ),
            _ => {
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
        };
        para.wrap(width)
            .into_iter()
            .map(|mut line| {
                if self.bidi == BidiMode::Terminal {
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
    /// iterator advances (for printing: nothing is kept, so memory stays bounded by a block).
    pub fn all_lines(&self, width: usize) -> impl Iterator<Item = ArticleLine> + '_ {
        self.all_lines_prepared(width, std::iter::empty())
    }

    /// The texts of the blocks that are prepared (paragraphs or their pieces, in order), with
    /// the direction and options to prepare them with, so that another thread can prepare
    /// them for [`ArticleView::all_lines_prepared`].
    pub fn block_texts(&self) -> (Vec<&str>, Direction, LayoutOptions) {
        let text = &self.briefing.articles[self.article].text;
        let texts = (self.body.iter())
            .filter_map(|block| match block {
                Block::Text { bytes, .. } => text.get(bytes.clone()),
                Block::Gap { .. } => None,
            })
            .collect();
        (texts, self.dir, options(self.bidi))
    }

    /// [`ArticleView::all_lines`], taking the prepared texts of
    /// [`ArticleView::block_texts`] from `prepared`, in order (preparing any it lacks).
    pub fn all_lines_prepared(
        &self,
        width: usize,
        mut prepared: impl Iterator<Item = PreparedParagraph>,
    ) -> impl Iterator<Item = ArticleLine> {
        (0..self.blocks()).flat_map(move |b| {
            let text = matches!(self.body.get(b.wrapping_sub(2)), Some(Block::Text { .. }));
            let given = if text { prepared.next() } else { None };
            self.lay_out(b, width.max(1), false, given)
        })
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
    pub fn forward(&self, mut at: Anchor, mut n: usize, width: usize) -> Option<Anchor> {
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
    pub fn backward(&self, mut at: Anchor, mut n: usize, width: usize) -> Anchor {
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
        // The paragraph's pieces follow its gap; the last one that starts at or before `at`.
        let first = self.gaps[p] + 1;
        let last = self.gaps.get(p + 1).map_or(self.body.len(), |&g| g);
        let piece = self.body[first..last]
            .partition_point(|b| matches!(b, Block::Text { bytes, .. } if bytes.start <= at))
            .max(1);
        let block = 2 + first + piece - 1;
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
        match self.body.get(anchor.block.wrapping_sub(2)) {
            Some(Block::Gap { para }) => paragraphs.get(*para).map_or(0, |r| r.start),
            Some(Block::Text { .. }) => self
                .lines(anchor.block, width)
                .get(anchor.line)
                .map_or(0, |l| l.bytes().start),
            None => 0,
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
mod tests;
