//! Drawing the reader: the screen split into header, article panes, entity panel and status
//! line, plus the help overlay. Reads the [`App`] (and tells it where the panes ended up, for
//! paging and mouse hits); every string goes through the layout engine first, so what reaches
//! the terminal is sanitized and in visual order. Never panics, whatever the size.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect as TuiRect;
use ratatui::widgets::{Clear, Widget};

use crate::briefing::EntityKind;
use crate::view::article::ArticleLine;
use crate::view::highlight::Highlight;

use super::app::{App, Focus, Mode, Rect, ShownPane};
use super::keymap::BINDINGS;
use super::widgets::{SELECTED_ROW, framed, help_popup, put_line, rect, status_line, style};

/// Below this width the articles are shown one at a time (`a` switches).
pub const SIDE_BY_SIDE_MIN_WIDTH: u16 = 100;

/// The screen's parts: header, body, entity panel, status line (heights may be 0).
struct Areas {
    header: TuiRect,
    body: TuiRect,
    panel: TuiRect,
    status: TuiRect,
}

fn split(area: TuiRect) -> Areas {
    let h = area.height;
    let (header, panel, status) = match h {
        0..=1 => (0, 0, 0),
        2..=5 => (0, 0, 1),
        6..=15 => (1, 0, 1),
        _ => (2, (h * 3 / 10).clamp(5, 14), 1),
    };
    let body = h - header - panel - status;
    let row = |y: u16, height: u16| TuiRect {
        x: area.x,
        y: area.y + y,
        width: area.width,
        height,
    };
    Areas {
        header: row(0, header),
        body: row(header, body),
        panel: row(header + body, panel),
        status: row(header + body + panel, status),
    }
}

pub fn draw(frame: &mut Frame<'_>, app: &mut App) {
    let area = frame.area();
    if area.width == 0 || area.height == 0 {
        return;
    }
    let areas = split(area);
    let buf = frame.buffer_mut();
    draw_header(buf, areas.header, app);
    if let Some(m) = app.pending_mention.take() {
        // Going to a mention scrolls by the panes' sizes: lay them out first.
        draw_panes(buf, areas.body, app);
        app.go_to_mention(m);
        Clear.render(areas.body, buf);
    }
    draw_panes(buf, areas.body, app);
    draw_entities(buf, areas.panel, app);
    draw_status(buf, areas.status, app);
    if app.mode == Mode::Help {
        draw_help(buf, area, app);
    }
}

fn draw_header(buf: &mut Buffer, area: TuiRect, app: &App) {
    let w = usize::from(area.width);
    let b = &app.briefing;
    put_line(
        buf,
        area,
        0,
        &app.visual.get(&b.title, w),
        app.theme.headline(),
    );
    let sources: Vec<String> = b
        .articles
        .iter()
        .map(|a| format!("{}: {}", a.lang, a.source))
        .collect();
    let line = format!("{} · {}", b.date, sources.join(" · "));
    put_line(buf, area, 1, &app.visual.get(&line, w), app.theme.muted());
}

fn draw_panes(buf: &mut Buffer, area: TuiRect, app: &mut App) {
    app.screen.panes.clear();
    if area.height == 0 {
        return;
    }
    let side_by_side = area.width >= SIDE_BY_SIDE_MIN_WIDTH && app.panes.len() == 2;
    app.single_pane = !side_by_side;
    let shown: Vec<usize> = if side_by_side {
        vec![0, 1]
    } else {
        vec![match app.focus {
            Focus::Pane(p) => p,
            Focus::Entities => 0,
        }]
    };
    let n = shown.len() as u16;
    let width = area.width / n;
    for (i, &pane) in shown.iter().enumerate() {
        let i = i as u16;
        let w = if i + 1 == n {
            area.width - width * i
        } else {
            width
        };
        let outer = TuiRect {
            x: area.x + width * i,
            y: area.y,
            width: w,
            height: area.height,
        };
        draw_pane(buf, outer, app, pane);
    }
}

fn draw_pane(buf: &mut Buffer, outer: TuiRect, app: &mut App, pane: usize) {
    let article = app.panes[pane].article;
    let focused = app.focus == Focus::Pane(pane);
    let inner = if outer.width >= 3 && outer.height >= 3 {
        let a = &app.briefing.articles[article];
        let label = format!(
            " {} · {}{} ",
            a.lang,
            a.source,
            if app.sync { " · sync" } else { "" }
        );
        let title = app
            .visual
            .get(&label, usize::from(outer.width.saturating_sub(2)));
        let block = framed(title, focused, app.theme);
        let inner = block.inner(outer);
        block.render(outer, buf);
        inner
    } else {
        outer
    };
    let (w, h) = (usize::from(inner.width), usize::from(inner.height));
    let lines = if w == 0 || h == 0 {
        Vec::new()
    } else {
        // Clamp again: the size may have changed since the last scroll.
        let view = &app.views[article];
        let top = view.scroll(app.panes[pane].top, 0, w, h);
        app.panes[pane].top = top;
        view.visible(top, w, h)
    };
    draw_article_lines(buf, inner, app, article, &lines);
    app.screen.panes.push(ShownPane {
        pane,
        area: rect(inner),
        lines,
    });
}

fn draw_article_lines(
    buf: &mut Buffer,
    inner: TuiRect,
    app: &App,
    article: usize,
    lines: &[ArticleLine],
) {
    let (matches, current_match) = app.matches_in(article);
    let highlight = Highlight {
        briefing: &app.briefing,
        mentions: &app.maps[article],
        theme: app.theme,
        selected: app.selected,
        cursor: app.cursor,
        kinds: app.kinds,
        matches: &matches,
        current_match,
    };
    for (row, line) in lines.iter().enumerate() {
        let Some(para) = line.para.as_deref() else {
            continue;
        };
        // Cells go straight into the buffer: their widths are known, so there is no string
        // to build and segment again.
        let y = inner.y + row as u16;
        let mut x = inner.x + line.pad.min(usize::from(inner.width)) as u16;
        for cell in line.line.cells.iter().filter(|c| c.width > 0) {
            let width = u16::from(cell.width);
            if x + width > inner.right() {
                break;
            }
            let look = highlight.cell_look(line, cell.source.start);
            buf[(x, y)]
                .set_symbol(para.cell_text(cell))
                .set_style(style(look));
            // The columns a wide cell covers are hidden behind it.
            for hidden in x + 1..x + width {
                buf[(hidden, y)].reset();
            }
            x += width;
        }
    }
}

fn draw_entities(buf: &mut Buffer, area: TuiRect, app: &mut App) {
    if area.height < 3 || area.width < 3 {
        app.screen.entities = Rect::default();
        return;
    }
    let b = &app.briefing;
    let counts: Vec<String> = EntityKind::ALL
        .iter()
        .map(|&k| format!("{} {}", k.plural_title(), b.count_kind(k)))
        .collect();
    let block = framed(
        format!(" Entities: {} ", counts.join(" · ")),
        app.focus == Focus::Entities,
        app.theme,
    );
    let inner = block.inner(area);
    block.render(area, buf);
    app.screen.entities = rect(inner);
    let height = usize::from(inner.height);
    if height == 0 {
        return;
    }
    let offset = &mut app.screen.entity_offset;
    if app.entity_row < *offset {
        *offset = app.entity_row;
    } else if app.entity_row >= *offset + height {
        *offset = app.entity_row + 1 - height;
    }
    let w = usize::from(inner.width);
    for (row, entity_row) in app
        .entity_rows
        .iter()
        .enumerate()
        .skip(app.screen.entity_offset)
        .take(height)
    {
        let text = &entity_row.text;
        let mut look = app
            .theme
            .kind(app.briefing.entities[entity_row.entity].kind);
        if entity_row.disagree {
            look = look.over(app.theme.warning());
        }
        if row == app.entity_row {
            look = look.over(SELECTED_ROW);
        }
        let y = (row - app.screen.entity_offset) as u16;
        put_line(buf, inner, y, &app.visual.get(text, w), look);
    }
}

fn draw_status(buf: &mut Buffer, area: TuiRect, app: &App) {
    if area.height == 0 {
        return;
    }
    let w = usize::from(area.width);
    let left = match &app.mode {
        Mode::Search { input } => format!("/{input}"),
        Mode::Export => "export as: m Markdown · h HTML · j JSON · Esc cancel".to_string(),
        _ => app.status.clone().unwrap_or_else(|| match app.selected {
            Some(e) => {
                let entity = &app.briefing.entities[e];
                match entity.figure {
                    Some(f) => format!(
                        "{} · {} · {}",
                        entity.name,
                        entity.kind.as_str(),
                        f.describe()
                    ),
                    None => format!("{} · {}", entity.name, entity.kind.as_str()),
                }
            }
            None => String::new(),
        }),
    };
    status_line(buf, area, app.visual.get(&left, w), BINDINGS, app.theme);
}

fn draw_help(buf: &mut Buffer, area: TuiRect, app: &App) {
    help_popup(
        buf,
        area,
        BINDINGS,
        &["mouse: wheel scrolls the pane under the pointer; click a mention to select its entity"],
        app.theme,
    );
}
