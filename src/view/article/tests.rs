//! Article views on the bundled briefing: body lines tile paragraphs, prepared texts give
//! the same lines, right-to-left alignment, scrolling and revealing, giant paragraphs in
//! bounded pieces.

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
            assert!(
                lines
                    .iter()
                    .all(|l| l.kind == LineKind::Body { para: p } && l.pad + l.line.width <= 40)
            );
        }
    }
}

#[test]
fn lines_from_texts_prepared_elsewhere_are_the_same() {
    let v = view("ar");
    let (texts, dir, opts) = v.block_texts();
    let prepared: Vec<_> = (texts.iter())
        .map(|t| PreparedParagraph::new(t, Some(dir), opts))
        .collect();
    let text = |lines: Vec<ArticleLine>| -> Vec<(usize, String)> {
        let shown = |l: &ArticleLine| l.para.as_ref().map(|p| l.line.text(p));
        lines
            .iter()
            .map(|l| (l.pad, shown(l).unwrap_or_default()))
            .collect()
    };
    let all = text(v.all_lines(30).collect());
    assert!(!texts.is_empty() && all.len() > texts.len());
    assert_eq!(
        text(v.all_lines_prepared(30, prepared.into_iter()).collect()),
        all
    );
    // Blocks the iterator lacks are prepared by the view.
    let first = std::iter::once(PreparedParagraph::new(texts[0], Some(dir), opts));
    assert_eq!(text(v.all_lines_prepared(30, first).collect()), all);
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
fn a_giant_paragraph_is_laid_out_in_bounded_pieces() {
    let mut b = bundled().unwrap().briefing;
    let a = b.article_index("en").unwrap();
    let text = "word ".repeat(200_000);
    let len = text.len();
    b.articles[a].paragraphs = std::iter::once(0..len).collect();
    b.articles[a].text = text;
    let v = ArticleView::new(Rc::new(b), a, BidiMode::App);
    assert!(v.blocks() >= 3 + len / PIECE);
    // The first screen prepares one piece, not the paragraph.
    let first = v.lines(3, 80);
    let covered = first.last().unwrap().bytes().end - first[0].bytes().start;
    assert!(covered <= PIECE, "{covered}");
    // Piece after piece, the lines tile the paragraph and fit the width.
    let mut at = 0;
    for line in v
        .all_lines(80)
        .filter(|l| l.kind == LineKind::Body { para: 0 })
    {
        assert_eq!(line.bytes().start, at);
        assert!(line.line.width <= 80);
        at = line.bytes().end;
    }
    assert_eq!(at, len);
    // Printing every line kept no piece: only the first screen's is cached.
    assert_eq!(v.prepared.borrow().len(), 1);
    // A byte deep inside is found, and the end is reached.
    let deep = len - 12_345;
    let anchor = v.anchor_of(deep, 80);
    assert!(
        v.lines(anchor.block, 80)[anchor.line]
            .bytes()
            .contains(&deep)
    );
    assert_eq!(
        v.byte_at(anchor, 80),
        v.lines(anchor.block, 80)[anchor.line].bytes().start
    );
    assert_eq!(v.visible(v.end(80, 10), 80, 20).len(), 10);
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
