//! Drawing the library screen: a header (folder, counts, sort order, reading progress), the
//! list tabs, the current list (briefings with their columns, the entity index, or one
//! entity's briefings), the status line (filter being typed, messages, key hints) and the
//! help popup. When a briefing is open, the reader draws instead. Rows come from
//! `view::shelf`, already visual and sanitized.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect as TuiRect;
use ratatui::widgets::Widget;

use crate::library::State;
use crate::theme::Look;
use crate::view::shelf::{entry_row, group_row, header};

use super::app::Rect;
use super::keymap::LIBRARY_BINDINGS;
use super::library::{LibraryApp, LibraryMode, List};
use super::widgets::{SELECTED_ROW, framed, help_popup, put_line, rect, status_line};
use crate::library::order::SortKey;

pub fn draw(frame: &mut Frame<'_>, app: &mut LibraryApp) {
    if let Some(reader) = &mut app.reader {
        super::draw::draw(frame, reader);
        return;
    }
    let area = frame.area();
    if area.width == 0 || area.height == 0 {
        return;
    }
    let (head, status) = match area.height {
        0..=3 => (0, 1),
        _ => (2, 1),
    };
    let row = |y: u16, height: u16| TuiRect {
        y: area.y + y,
        height,
        ..area
    };
    let body = row(head, area.height.saturating_sub(head + status));
    let buf = frame.buffer_mut();
    if head > 0 {
        draw_header(buf, row(0, head), app);
    }
    draw_list(buf, body, app);
    draw_status(buf, row(area.height - status, status), app);
    if app.mode == LibraryMode::Help {
        help_popup(
            buf,
            area,
            LIBRARY_BINDINGS,
            &[
                "mouse: the wheel moves the selection; a click selects a row, a second click opens it",
            ],
            app.theme,
        );
    }
}

fn draw_header(buf: &mut Buffer, area: TuiRect, app: &LibraryApp) {
    let w = usize::from(area.width);
    let lib = &app.library;
    let valid = lib.valid();
    let invalid = lib
        .entries
        .iter()
        .filter(|e| matches!(e.state, State::Invalid(_) | State::Unreadable(_)))
        .count();
    let sort = match (app.sort, app.descending) {
        (SortKey::Date, true) => "date, newest first",
        (SortKey::Date, false) => "date, oldest first",
        (SortKey::Title, false) => "title, A to Z",
        (SortKey::Title, true) => "title, Z to A",
    };
    let mut line = format!(
        "Library {} · {valid} briefing(s) · sorted by {sort}",
        lib.root.display()
    );
    if invalid > 0 {
        line.push_str(&format!(" · {invalid} invalid"));
    }
    if let Some((done, total)) = app.progress() {
        line.push_str(&format!(" · reading files: {done} of {total}…"));
    }
    put_line(
        buf,
        area,
        0,
        &app.visual.get(&line, w),
        app.theme.headline(),
    );
    let groups = app.built_index().map_or_else(
        || "Entities".to_string(),
        |i| format!("Entities ({})", i.groups.len()),
    );
    let tabs = match app.list {
        List::Briefings => format!(
            "[Briefings ({})]  {groups}   Tab switches",
            lib.entries.len()
        ),
        List::Entities => format!(
            "Briefings ({})  [{groups}]   Tab switches",
            lib.entries.len()
        ),
        List::Mentioning(g) => {
            let name = app
                .built_index()
                .and_then(|i| i.groups.get(g))
                .map_or("", |g| g.name.as_str());
            format!("Entities › {name}: the briefings that mention it   Esc back")
        }
    };
    put_line(buf, area, 1, &app.visual.get(&tabs, w), app.theme.muted());
}

fn draw_list(buf: &mut Buffer, area: TuiRect, app: &mut LibraryApp) {
    app.list_area = Rect::default();
    if area.height < 3 || area.width < 3 {
        return;
    }
    let title = match app.list {
        List::Entities => " Actors and places across briefings ",
        List::Briefings => " Briefings ",
        List::Mentioning(_) => " Briefings that mention it ",
    };
    let block = framed(title.into(), true, app.theme);
    let mut inner = block.inner(area);
    block.render(area, buf);
    if app.list != List::Entities && inner.height > 1 {
        // The column headings, above the rows.
        let headings = header(usize::from(inner.width));
        put_line(buf, inner, 0, &headings, app.theme.muted());
        inner.y += 1;
        inner.height -= 1;
    }
    let height = usize::from(inner.height);
    app.list_area = rect(inner);
    if height == 0 {
        return;
    }
    if app.rows.is_empty() {
        let empty = if app.cursor().filter.is_empty() {
            "nothing here"
        } else {
            "nothing matches the filter (Esc clears it)"
        };
        put_line(buf, inner, 0, empty, app.theme.muted());
        return;
    }
    let cursor = app.cursor_mut();
    if cursor.row < cursor.offset {
        cursor.offset = cursor.row;
    } else if cursor.row >= cursor.offset + height {
        cursor.offset = cursor.row + 1 - height;
    }
    let (selected, offset) = (cursor.row, cursor.offset);
    let w = usize::from(inner.width);
    for (y, (i, &item)) in app
        .rows
        .iter()
        .enumerate()
        .skip(offset)
        .take(height)
        .enumerate()
    {
        let (text, mut look) = match app.list {
            List::Entities => {
                let group = &app.built_index().expect("listed groups are built").groups[item];
                (group_row(group, w, &app.visual), app.theme.kind(group.kind))
            }
            _ => {
                let entry = &app.library.entries[item];
                let look = match entry.state {
                    State::Valid(_) => Look::PLAIN,
                    State::Pending => app.theme.muted(),
                    _ => app.theme.error(),
                };
                (entry_row(entry, &app.library.root, w, &app.visual), look)
            }
        };
        if i == selected {
            look = look.over(SELECTED_ROW);
        }
        put_line(buf, inner, y as u16, &text, look);
    }
}

fn draw_status(buf: &mut Buffer, area: TuiRect, app: &LibraryApp) {
    let w = usize::from(area.width);
    // The typed filter is laid out on its own, so that Arabic in it does not carry the
    // words around it along (the rest is this program's ASCII).
    let filter = app.visual.get(&app.cursor().filter, w);
    let n = app.rows.len();
    let left = match (&app.mode, &app.status) {
        (LibraryMode::Filter, _) => {
            format!("/{filter}▏ {n} match(es) · Enter keeps · Esc clears")
        }
        (_, Some(status)) => app.visual.get(status, w),
        (_, None) if !filter.is_empty() => format!("filter “{filter}”: {n} match(es) · Esc clears"),
        (_, None) => String::new(),
    };
    status_line(buf, area, left, LIBRARY_BINDINGS, app.theme);
}
