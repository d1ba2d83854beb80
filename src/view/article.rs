//! An article laid out for a column: headline, source line, then its paragraphs.
//!
//! [`PreparedArticle`] does the width-independent work once per article (one
//! [`PreparedParagraph`] per paragraph, bidi base from the article's direction, shaped when
//! the application does the bidi). [`PreparedArticle::layout`] wraps every paragraph at a
//! width into [`ArticleLine`]s that remember which paragraph they show and where it starts
//! in the article text, so renderers can map each cell back to a byte of the article (for
//! mention styles, search matches and mouse clicks). In terminal bidi mode each line's cells
//! are put back in logical order for the terminal to reorder.

use crate::briefing::{Article, Direction};
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
}

/// An article with its width-independent layout work done.
#[derive(Debug, Clone)]
pub struct PreparedArticle {
    pub dir: Direction,
    mode: BidiMode,
    headline: PreparedParagraph,
    source: PreparedParagraph,
    /// Each paragraph with its byte offset in the article text.
    paragraphs: Vec<(usize, PreparedParagraph)>,
}

#[derive(Debug, Clone)]
pub struct ArticleLayout {
    pub width: usize,
    pub lines: Vec<ArticleLine>,
}

/// Layout options for a bidi mode: the application shapes Arabic; a terminal that does its
/// own bidi shapes too.
pub fn options(mode: BidiMode) -> LayoutOptions {
    LayoutOptions {
        shape: mode == BidiMode::App,
        show_controls: true,
    }
}

impl PreparedArticle {
    pub fn new(article: &Article, mode: BidiMode) -> Self {
        let opts = options(mode);
        let dir = article.dir;
        let source_line = match &article.url {
            Some(url) => format!("{} · {}", article.source, url),
            None => article.source.clone(),
        };
        PreparedArticle {
            dir,
            mode,
            headline: PreparedParagraph::new(&article.headline, Some(dir), opts),
            source: PreparedParagraph::new(&source_line, None, opts),
            paragraphs: article
                .paragraphs
                .iter()
                .map(|r| {
                    let text = &article.text[r.clone()];
                    (r.start, PreparedParagraph::new(text, Some(dir), opts))
                })
                .collect(),
        }
    }

    /// The prepared paragraph a line of this article's layout shows (None for blank lines).
    pub fn paragraph(&self, kind: LineKind) -> Option<&PreparedParagraph> {
        match kind {
            LineKind::Headline => Some(&self.headline),
            LineKind::Source => Some(&self.source),
            LineKind::Blank => None,
            LineKind::Body { para } => self.paragraphs.get(para).map(|(_, p)| p),
        }
    }

    pub fn layout(&self, width: usize) -> ArticleLayout {
        let width = width.max(1);
        let mut lines = Vec::new();
        let push = |lines: &mut Vec<ArticleLine>,
                    kind: LineKind,
                    para: &PreparedParagraph,
                    offset: usize| {
            for mut line in para.wrap(width) {
                if self.mode == BidiMode::Terminal {
                    line.cells.sort_by_key(|c| c.source.start);
                }
                let pad = pad_for(&line, width, para.direction());
                lines.push(ArticleLine {
                    kind,
                    line,
                    pad,
                    offset,
                });
            }
        };
        push(&mut lines, LineKind::Headline, &self.headline, 0);
        push(&mut lines, LineKind::Source, &self.source, 0);
        for (i, (offset, para)) in self.paragraphs.iter().enumerate() {
            lines.push(blank());
            push(&mut lines, LineKind::Body { para: i }, para, *offset);
        }
        ArticleLayout { width, lines }
    }
}

fn blank() -> ArticleLine {
    ArticleLine {
        kind: LineKind::Blank,
        line: VisualLine {
            cells: Vec::new(),
            width: 0,
            source: 0..0,
        },
        pad: 0,
        offset: 0,
    }
}

impl ArticleLayout {
    /// The index of the body line showing byte `at` of the article text.
    pub fn line_of(&self, at: usize) -> Option<usize> {
        self.lines.iter().position(|l| {
            matches!(l.kind, LineKind::Body { .. })
                && (l.offset + l.line.source.start
                    ..l.offset + l.line.source.end.max(l.line.source.start + 1))
                    .contains(&at)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::bundled;

    #[test]
    fn body_lines_tile_each_paragraph() {
        let b = bundled().unwrap().briefing;
        for article in &b.articles {
            let layout = PreparedArticle::new(article, BidiMode::App).layout(40);
            for (p, range) in article.paragraphs.iter().enumerate() {
                let lines: Vec<&ArticleLine> = layout
                    .lines
                    .iter()
                    .filter(|l| l.kind == LineKind::Body { para: p })
                    .collect();
                assert_eq!(lines.first().unwrap().line.source.start, 0);
                assert_eq!(lines.last().unwrap().line.source.end, range.len());
                assert!(
                    lines
                        .iter()
                        .all(|l| l.offset == range.start && l.pad + l.line.width <= 40)
                );
            }
        }
    }

    #[test]
    fn rtl_lines_are_right_aligned_and_found_by_byte() {
        let b = bundled().unwrap().briefing;
        let ar = b.article_index("ar").unwrap();
        let layout = PreparedArticle::new(&b.articles[ar], BidiMode::App).layout(30);
        let body: Vec<&ArticleLine> = layout
            .lines
            .iter()
            .filter(|l| matches!(l.kind, LineKind::Body { .. }))
            .collect();
        assert!(body.iter().all(|l| l.pad + l.line.width == 30
            || l.line.width == 0
            || l.pad == 0 && l.line.width >= 29));
        let at = b.articles[ar].text.find("2015").unwrap();
        let line = layout.line_of(at).unwrap();
        let ArticleLine {
            offset, line: vl, ..
        } = &layout.lines[line];
        assert!((offset + vl.source.start..offset + vl.source.end).contains(&at));
    }
}
