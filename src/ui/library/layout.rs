//! The step before drawing the library: [`LibraryScreen::settle`] works out where the
//! header, the framed list, its column headings, its rows and the status line go for a
//! screen size, and scrolls the current list so its cursor row is in view. With a briefing
//! open, the reader settles instead. Drawing and clicks read the [`LibraryLayout`].

use ratatui::layout::Rect;

use crate::ui::reader::layout::inside;

use super::state::{LibraryScreen, List};

/// Where the library's parts are for one screen size.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LibraryLayout {
    /// The whole screen it was settled for.
    pub area: Rect,
    pub header: Rect,
    /// The framed list, border included (empty when there is no room for it).
    pub frame: Rect,
    /// The column headings' row (empty for the entity index).
    pub headings: Rect,
    /// The rows.
    pub list: Rect,
    pub status: Rect,
}

impl LibraryScreen {
    /// Lays the library (or the reader open over it) out on a screen of `area`.
    pub fn settle(&mut self, area: Rect) {
        if let Some(reader) = &mut self.reader {
            reader.settle(area);
            return;
        }
        let head = if area.height > 3 { 2 } else { 0 };
        let status_height = u16::from(area.height > 0);
        let row = |y: u16, height: u16| Rect {
            y: area.y + y,
            height,
            ..area
        };
        let body = row(head, area.height.saturating_sub(head + status_height));
        let mut layout = LibraryLayout {
            area,
            header: row(0, head),
            status: row(area.height.saturating_sub(status_height), status_height),
            ..LibraryLayout::default()
        };
        if body.height >= 3 && body.width >= 3 {
            layout.frame = body;
            let mut inner = inside(body);
            if self.list != List::Entities && inner.height > 1 {
                layout.headings = Rect { height: 1, ..inner };
                inner.y += 1;
                inner.height -= 1;
            }
            layout.list = inner;
        }
        self.layout = layout;
        let height = usize::from(layout.list.height);
        let cursor = self.cursor_mut();
        if cursor.row < cursor.offset {
            cursor.offset = cursor.row;
        } else if height > 0 && cursor.row >= cursor.offset + height {
            cursor.offset = cursor.row + 1 - height;
        }
    }
}
