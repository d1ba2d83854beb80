//! The step before drawing: [`Reader::settle`] works out, for a screen size, where the
//! header, panes, entity panel and status line go, whether the panes are side by side or
//! one at a time (closing a third pane the screen has grown too narrow for), which lines
//! each pane shows (clamping its scroll), which entity rows are in view, and goes to a
//! pending mention now that the panes have a size, and where casualty rows line their
//! figures up (when the width or the model changed). The result is the [`ReaderLayout`],
//! which drawing, paging, focus order and mouse hits read (a hit is the
//! cell seen under the pointer, in either bidi mode); drawing changes nothing.

use std::rc::Rc;

use ratatui::layout::{Position, Rect};
use ratatui::widgets::{Block, Borders};

use crate::briefing::{AnyMention, ArticleIx, Briefing};
use crate::view::article::{ArticleLine, LineKind};

use super::caret::shown_cells;
use super::entity_list::Columns;
use super::select::TextPos;
use super::selection::pos_of;
use super::state::{Focus, PaneIx, Reader};

/// Below this width the articles are shown one at a time (`a` switches).
pub const SIDE_BY_SIDE_MIN_WIDTH: u16 = 100;

/// From this width a third pane can be shown (`p`); a narrower screen closes it.
pub const THREE_PANES_MIN_WIDTH: u16 = 140;

/// A pane as laid out: its frame, its text area and the lines shown there.
#[derive(Debug, Clone)]
pub struct ShownPane {
    pub pane: PaneIx,
    pub outer: Rect,
    pub inner: Rect,
    pub lines: Vec<ArticleLine>,
}

/// Where everything is for one screen size.
#[derive(Debug, Clone, Default)]
pub struct ReaderLayout {
    /// The whole screen it was settled for.
    pub area: Rect,
    pub header: Rect,
    pub panel: Rect,
    pub status: Rect,
    /// The visible panes, left to right.
    pub panes: Vec<ShownPane>,
    /// Inner area of the entity list (empty when it is not shown).
    pub entities: Rect,
    /// First entity row shown.
    pub entity_offset: usize,
    /// Where casualty rows line their figures up, and for which list width and model
    /// (worked out again only when either changes: it reads every row; the model is held,
    /// so a new one is never at the old one's address).
    pub columns: Rc<Columns>,
    columns_for: Option<(u16, Rc<Briefing>)>,
}

impl ReaderLayout {
    pub fn pane_area(&self, pane: PaneIx) -> Option<Rect> {
        self.panes.iter().find(|p| p.pane == pane).map(|p| p.inner)
    }

    /// Whether one pane is shown at a time.
    pub fn single_pane(&self) -> bool {
        self.panes.len() == 1
    }

    pub fn entities(&self) -> Rect {
        self.entities
    }
}

/// The screen's parts: header, body, entity panel, status line (heights may be 0).
fn split(area: Rect) -> [Rect; 4] {
    let h = area.height;
    let (header, panel, status) = match h {
        0..=1 => (0, 0, 0),
        2..=5 => (0, 0, 1),
        6..=15 => (1, 0, 1),
        _ => (2, (h * 3 / 10).clamp(5, 14), 1),
    };
    let body = h - header - panel - status;
    let row = |y: u16, height: u16| Rect {
        y: area.y + y,
        height,
        ..area
    };
    [
        row(0, header),
        row(header, body),
        row(header + body, panel),
        row(header + body + panel, status),
    ]
}

/// The text area inside a frame, when there is room for the frame.
pub fn inside(outer: Rect) -> Rect {
    if outer.width >= 3 && outer.height >= 3 {
        Block::default().borders(Borders::ALL).inner(outer)
    } else {
        outer
    }
}

impl Reader {
    /// Lays the reader out on a screen of `area`; see the module comment.
    pub fn settle(&mut self, area: Rect) {
        self.place(area);
        if let Some(m) = self.pending_mention.take() {
            // Going to a mention scrolls by the panes' sizes, and may change which pane is
            // shown: place again after it.
            self.go_to_mention(AnyMention::Text(m));
            self.place(area);
        }
        for shown in &mut self.layout.panes {
            let pane = &mut self.panes[shown.pane];
            let (w, h) = (
                usize::from(shown.inner.width),
                usize::from(shown.inner.height),
            );
            if w == 0 || h == 0 {
                continue;
            }
            // Clamp again: the size may have changed since the last scroll.
            let view = &self.views[pane.article];
            pane.top = view.scroll(pane.top, 0, w, h);
            shown.lines = view.visible(pane.top, w, h);
        }
        let width = self.layout.entities.width;
        let current = self.layout.columns_for.as_ref();
        if !current.is_some_and(|(w, b)| *w == width && Rc::ptr_eq(b, &self.briefing)) {
            self.layout.columns = Rc::new(Columns::of(self, usize::from(width)));
            self.layout.columns_for = Some((width, Rc::clone(&self.briefing)));
        }
        let height = usize::from(self.layout.entities.height);
        let offset = &mut self.layout.entity_offset;
        if self.entity_row < *offset {
            *offset = self.entity_row;
        } else if height > 0 && self.entity_row >= *offset + height {
            *offset = self.entity_row + 1 - height;
        }
    }

    /// The rectangles of every part, and which panes show (without their lines).
    fn place(&mut self, area: Rect) {
        let [header, body, panel, status] = split(area);
        if body.width < THREE_PANES_MIN_WIDTH {
            self.close_third_pane();
        }
        let side_by_side = body.width >= SIDE_BY_SIDE_MIN_WIDTH && self.panes.len() >= 2;
        let shown: Vec<PaneIx> = if side_by_side {
            (0..self.panes.len()).map(PaneIx).collect()
        } else {
            vec![self.focused_pane()]
        };
        let n = shown.len() as u16;
        let width = body.width / n;
        let panes = if body.height == 0 {
            Vec::new()
        } else {
            shown
                .iter()
                .enumerate()
                .map(|(i, &pane)| {
                    let i = i as u16;
                    let outer = Rect {
                        x: body.x + width * i,
                        width: if i + 1 == n {
                            body.width - width * i
                        } else {
                            width
                        },
                        ..body
                    };
                    ShownPane {
                        pane,
                        outer,
                        inner: inside(outer),
                        lines: Vec::new(),
                    }
                })
                .collect()
        };
        let entities = if panel.height < 3 || panel.width < 3 {
            Rect::default()
        } else {
            inside(panel)
        };
        self.layout = ReaderLayout {
            area,
            header,
            panel,
            status,
            panes,
            entities,
            entity_offset: self.layout.entity_offset,
            columns: Rc::clone(&self.layout.columns),
            columns_for: self.layout.columns_for.take(),
        };
    }

    pub fn layout(&self) -> &ReaderLayout {
        &self.layout
    }

    /// The line under a screen position in a pane, and the start (in the line's paragraph)
    /// of the cell the reader sees there: in terminal bidi mode the terminal reorders the
    /// cells drawn in logical order, so the one seen is found in their visual order.
    fn cell_at(&self, x: u16, y: u16) -> Option<(PaneIx, &ArticleLine, usize)> {
        let at = Position { x, y };
        let shown = self.layout.panes.iter().find(|p| p.inner.contains(at))?;
        let line = shown.lines.get(usize::from(y - shown.inner.y))?;
        let col = usize::from(x - shown.inner.x);
        let cell = shown_cells(line, self.bidi)
            .into_iter()
            .find(|c| (c.col..c.col + c.width).contains(&col))?;
        Some((shown.pane, line, cell.bytes.start - line.offset))
    }

    /// The mention under a screen position in a pane (in the text or the headline), if any.
    pub fn mention_at(&self, x: u16, y: u16) -> Option<(PaneIx, AnyMention)> {
        let (pane, line, start) = self.cell_at(x, y)?;
        let map = &self.maps[self.panes[pane].article];
        let m = match line.kind {
            LineKind::Headline => AnyMention::Headline(map.headline_at(start)?),
            LineKind::Body { .. } => AnyMention::Text(map.at(line.offset + start)?),
            LineKind::Source | LineKind::Blank => return None,
        };
        Some((pane, m))
    }

    /// The article and the position in its text or headline under a screen position.
    pub fn text_pos_at(&self, x: u16, y: u16) -> Option<(ArticleIx, TextPos)> {
        let (pane, line, start) = self.cell_at(x, y)?;
        Some((self.panes[pane].article, pos_of(line, start)?))
    }

    /// A click: on a mention, selects its entity; in a pane, focuses it; on an entity row,
    /// selects that entity.
    pub fn click(&mut self, x: u16, y: u16) {
        let at = Position { x, y };
        if let Some((pane, m)) = self.mention_at(x, y) {
            self.focus = Focus::Pane(pane);
            self.go_to_mention(m);
        } else if let Some(p) = self.layout.panes.iter().find(|p| p.inner.contains(at)) {
            self.focus = Focus::Pane(p.pane);
        } else if self.layout.entities.contains(at) {
            let row = self.layout.entity_offset + usize::from(y - self.layout.entities.y);
            if let Some(entity) = self.entity_rows.get(row).map(|r| r.entity) {
                self.focus = Focus::Entities;
                self.entity_row = row;
                self.selected = Some(entity);
            }
        }
    }

    /// The mouse wheel over a pane scrolls it.
    pub fn wheel(&mut self, x: u16, y: u16, delta: isize) {
        let at = Position { x, y };
        if let Some(p) = self.layout.panes.iter().find(|p| p.inner.contains(at)) {
            let pane = p.pane;
            self.scroll(pane, delta);
        }
    }
}
