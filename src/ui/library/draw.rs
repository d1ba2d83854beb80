//! Drawing the library screen from its settled layout: a header (folder, counts, sort
//! order, reading progress), the list tabs, the current list (briefings with their columns,
//! the entity index, or one entity's briefings), the status line (filter being typed,
//! messages, key hints) and the help popup. When a briefing is open, the reader draws
//! instead. Reads the [`LibraryScreen`] and changes nothing. Rows come from `view::shelf`,
//! already visual and sanitized; folder, file and entity names are laid out as pieces of
//! their own, so a bidi control in one cannot reorder the rest of its line.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use crate::library::State;
use crate::library::order::SortKey;
use crate::theme::Look;
use crate::view::entity::Pieces;
use crate::view::shelf::{entry_row, group_row, header};

use super::keys::LibraryAction;
use super::state::{LibraryMode, LibraryScreen, List};
use crate::ui::widgets::{SELECTED_ROW, framed, help_popup, put_line, status_line};

pub fn draw(frame: &mut Frame<'_>, app: &LibraryScreen) {
    if let Some(reader) = &app.reader {
        crate::ui::reader::draw::draw(frame, reader);
        return;
    }
    let area = frame.area();
    if area.width == 0 || area.height == 0 || app.layout.area != area {
        return;
    }
    let buf = frame.buffer_mut();
    draw_header(buf, app.layout.header, app);
    draw_list(buf, app);
    draw_status(buf, app.layout.status, app);
    if let LibraryMode::Help { top } = app.mode {
        help_popup(
            buf,
            area,
            app.keys.list.bindings(),
            &app.keys.popup,
            &[
                "mouse: the wheel moves the selection; a click selects a row, a second click opens it",
            ],
            app.theme,
            top,
        );
    }
}

fn draw_header(buf: &mut Buffer, area: Rect, app: &LibraryScreen) {
    if area.height == 0 {
        return;
    }
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
    let mut rest = format!(" · {valid} briefing(s) · sorted by {sort}");
    if invalid > 0 {
        rest.push_str(&format!(" · {invalid} invalid"));
    }
    if let Some((done, total)) = app.progress() {
        rest.push_str(&format!(" · reading files: {done} of {total}…"));
    }
    let root = lib.root.to_string_lossy();
    let line = app.visual.pieces(&["Library ", &root, &rest], w);
    put_line(buf, area, 0, &line, app.theme.headline());
    let groups = app.built_index().map_or_else(
        || "Entities".to_string(),
        |i| format!("Entities ({})", i.groups.len()),
    );
    let n = lib.entries.len();
    let switch = app.keys.list.key(LibraryAction::SwitchList);
    let to = switch_goes_to(app);
    let tabs: Pieces = match app.list {
        List::Briefings => vec![format!("[Briefings ({n})]  {groups}   {switch}: {to}")],
        List::Entities => vec![format!("Briefings ({n})  [{groups}]   {switch}: {to}")],
        List::Mentioning(g) => {
            let name = app
                .built_index()
                .and_then(|i| i.groups.get(g))
                .map_or("", |g| g.name.as_str());
            vec![
                "Entities › ".into(),
                name.into(),
                format!(
                    ": the briefings that mention it   {} back",
                    app.keys.list.key(LibraryAction::Back)
                ),
            ]
        }
    };
    put_line(
        buf,
        area,
        1,
        &app.visual.pieces(&tabs, w),
        app.theme.muted(),
    );
}

fn draw_list(buf: &mut Buffer, app: &LibraryScreen) {
    let layout = &app.layout;
    if layout.frame.width == 0 {
        return;
    }
    let title = match app.list {
        List::Entities => " Actors and places across briefings ",
        List::Briefings => " Briefings ",
        List::Mentioning(_) => " Briefings that mention it ",
    };
    framed(title.into(), true, app.theme).render(layout.frame, buf);
    if layout.headings.height > 0 {
        let headings = header(usize::from(layout.headings.width));
        put_line(buf, layout.headings, 0, &headings, app.theme.muted());
    }
    let inner = layout.list;
    let height = usize::from(inner.height);
    if height == 0 {
        return;
    }
    if app.rows.is_empty() {
        let empty = if app.cursor().filter.text().is_empty() {
            "nothing here".to_string()
        } else {
            let key = app.keys.list.key(LibraryAction::Back);
            format!("nothing matches the filter ({key} clears it)")
        };
        put_line(buf, inner, 0, &empty, app.theme.muted());
        return;
    }
    let (selected, offset) = (app.cursor().row, app.cursor().offset);
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
                let Some(group) = app.built_index().and_then(|index| index.groups.get(item)) else {
                    continue;
                };
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

/// Where the switch key (Tab) goes from the list shown.
fn switch_goes_to(app: &LibraryScreen) -> &'static str {
    match app.list {
        List::Briefings => "entity index",
        List::Entities | List::Mentioning(_) => "briefings",
    }
}

fn draw_status(buf: &mut Buffer, area: Rect, app: &LibraryScreen) {
    let w = usize::from(area.width);
    let list_hints = app
        .keys
        .list
        .hints_saying(Some((LibraryAction::SwitchList, switch_goes_to(app))));
    // The typed filter is laid out on its own, so that Arabic in it does not carry the
    // words around it along (the rest is this program's ASCII).
    let typed = &app.cursor().filter;
    let filter = app.visual.get(typed.text(), w);
    let n = app.rows.len();
    let (left, hints) = match (&app.mode, &app.status) {
        (LibraryMode::Filter, _) => {
            let shown: Vec<String> = typed.shown().iter().map(|p| app.visual.get(p, w)).collect();
            (
                format!("/{} {n} match(es)", shown.concat()),
                app.keys.filter.hints(),
            )
        }
        (LibraryMode::Help { .. }, _) => (String::new(), app.keys.popup.hints()),
        (_, Some(status)) => (app.visual.pieces(status, w), list_hints),
        (_, None) if !filter.is_empty() => (
            format!(
                "filter “{filter}”: {n} match(es) · {} clears",
                app.keys.list.key(LibraryAction::Back)
            ),
            list_hints,
        ),
        (_, None) => (String::new(), list_hints),
    };
    status_line(buf, area, left, &hints, app.theme);
}
