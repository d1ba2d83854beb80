//! Drawing the reader from its settled layout: header, article panes, entity panel, status
//! line, and the help or entity-detail popup. Reads the [`Reader`] and changes nothing
//! (call [`Reader::settle`] first: a layout for another size draws nothing). Every string
//! goes through the layout engine first, each piece of briefing text isolated, so what
//! reaches the terminal is sanitized and in visual order. Never panics, whatever the size.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use crate::briefing::EntityKind;
use crate::view::entity::{Pieces, details};

use super::edits::Confirm;
use super::forms::FIGURE_HINT;
use super::keys::Action;
use super::keys::PickAction;
use super::layout::ShownPane;
use super::mark::{PickFor, Picker, choice_pieces, enter_does};
use super::state::{EntityRow, Focus, Mode, Reader, article_label};
use crate::ui::widgets::{
    SELECTED_ROW, framed, help_popup, lines_popup, popup, put_line, status_line, style,
};

/// Entity rows keep their figures whole when the names leave at least this much room.
const MIN_NAMES: usize = 12;

pub fn draw(frame: &mut Frame<'_>, reader: &Reader) {
    let area = frame.area();
    let layout = &reader.layout;
    if area.width == 0 || area.height == 0 || layout.area != area {
        return;
    }
    let buf = frame.buffer_mut();
    draw_header(buf, layout.header, reader);
    for shown in &layout.panes {
        draw_pane(buf, shown, reader);
    }
    draw_entities(buf, layout.panel, reader);
    draw_status(buf, layout.status, reader);
    match &reader.mode {
        Mode::Help { top } => help_popup(
            buf,
            area,
            reader.keys.normal.bindings(),
            &reader.keys.popup,
            &[
                "mouse: wheel scrolls the pane under the pointer; click a mention to select its entity (v starts there); double click selects a word; drag to select text",
            ],
            reader.theme,
            *top,
        ),
        Mode::Pick(picker) => draw_picker(buf, area, reader, picker),
        Mode::Details { entity, top } => {
            let width = usize::from(area.width.saturating_sub(8).min(92));
            let lines: Vec<String> = details(&reader.briefing, *entity)
                .iter()
                .map(|line| reader.visual.pieces(line, width))
                .collect();
            let keys = &reader.keys.popup;
            lines_popup(buf, area, "Entity", &lines, keys, reader.theme, *top);
        }
        _ => {}
    }
}

/// The picker: its choices, the highlighted one marked, as many as fit around it.
fn draw_picker(buf: &mut Buffer, area: Rect, reader: &Reader, picker: &Picker) {
    let width = usize::from(area.width.saturating_sub(8).min(80));
    let choices = picker.choices(&reader.briefing);
    let shown = usize::from(area.height.saturating_sub(8)).clamp(1, 14);
    let first = picker.row.saturating_sub(shown - 1);
    let lines: Vec<String> = choices
        .iter()
        .enumerate()
        .skip(first)
        .take(shown)
        .map(|(i, &choice)| {
            let mut row: Pieces = vec![if i == picker.row { "› " } else { "  " }.into()];
            row.extend(choice_pieces(&reader.briefing, choice, picker));
            reader.visual.pieces(&row, width)
        })
        .collect();
    let title = reader.visual.pieces(&picker_title(reader, picker), width);
    // The footer: what Enter will do.
    let key = reader.keys.pick.key(PickAction::Choose);
    let footer = enter_does(&reader.briefing, picker, &key);
    let lines: Vec<String> = lines
        .into_iter()
        .chain([String::new(), reader.visual.pieces(&footer, width)])
        .collect();
    popup(buf, area, &format!(" {title} "), &lines, reader.theme);
}

/// What the picker is choosing for: "mark “باماكو” as", "move “Bamako” from Mali to",
/// "link Bamako to".
fn picker_title(reader: &Reader, picker: &Picker) -> Pieces {
    let b = &reader.briefing;
    match &picker.purpose {
        PickFor::Mark(span) => vec![
            "mark “".into(),
            reader.span_text(span).into(),
            "” as".into(),
        ],
        PickFor::Relink(key) => {
            let text = &b.articles[key.article].part(key.part)[key.bytes.clone()];
            let from = b.entities[key.entity].name.clone();
            vec![
                "move “".into(),
                text.into(),
                "” from ".into(),
                from,
                " to".into(),
            ]
        }
        PickFor::Link(e) => vec!["link ".into(), e.of(b).name.clone(), " to".into()],
    }
}

fn draw_header(buf: &mut Buffer, area: Rect, reader: &Reader) {
    let w = usize::from(area.width);
    let b = &reader.briefing;
    let title = reader.visual.get(&b.title, w);
    put_line(buf, area, 0, &title, reader.theme.headline());
    let mut line: Pieces = vec![b.date.clone()];
    for i in crate::briefing::ArticleIx::all(b) {
        line.push(" · ".into());
        line.extend(article_label(b, i));
    }
    let text = reader.visual.pieces(&line, w);
    put_line(buf, area, 1, &text, reader.theme.muted());
}

/// How a block's title starts: with a marker on the focused block, which shows without
/// colour (NO_COLOR, a monochrome terminal), where the focus colour of its border does not.
fn focus_mark(focused: bool) -> &'static str {
    if focused { " ▶ " } else { " " }
}

fn draw_pane(buf: &mut Buffer, shown: &ShownPane, reader: &Reader) {
    let article = reader.panes[shown.pane].article;
    if shown.inner != shown.outer {
        let focused = reader.focus == Focus::Pane(shown.pane);
        let mut label: Pieces = vec![focus_mark(focused).into()];
        label.extend(article_label(&reader.briefing, article));
        label.push(if reader.sync { " · sync " } else { " " }.into());
        let title = reader
            .visual
            .pieces(&label, usize::from(shown.outer.width.saturating_sub(2)));
        framed(title, focused, reader.theme).render(shown.outer, buf);
    }
    let matches = reader.matches_in(article);
    let highlight = reader.highlight(article, &matches);
    let marks = reader.text_marks(article);
    let inner = shown.inner;
    for (row, line) in shown.lines.iter().enumerate() {
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
            let mut look = highlight.cell_look(line, cell.source.start);
            if let Some(marks) = &marks {
                look = marks.over(line, cell.source.start, look);
            }
            buf[(x, y)]
                .set_symbol(para.cell_text(cell))
                .set_style(style(look));
            // The columns a wide cell covers are hidden behind it.
            for hidden in x + 1..x + width {
                buf[(hidden, y)].reset();
            }
            x += width;
        }
        if let Some(col) = marks.as_ref().and_then(|m| m.end_column(line))
            && col < usize::from(inner.width)
        {
            buf[(inner.x + col as u16, y)].set_style(style(reader.theme.caret()));
        }
    }
}

fn draw_entities(buf: &mut Buffer, area: Rect, reader: &Reader) {
    let inner = reader.layout.entities;
    if inner.width == 0 {
        return;
    }
    let b = &reader.briefing;
    let counts: Vec<String> = EntityKind::ALL
        .iter()
        .map(|&k| format!("{} {}", k.plural_title(), b.count_kind(k)))
        .collect();
    let focused = reader.focus == Focus::Entities;
    let block = framed(
        format!("{}Entities: {} ", focus_mark(focused), counts.join(" · ")),
        focused,
        reader.theme,
    );
    block.render(area, buf);
    let offset = reader.layout.entity_offset;
    let w = usize::from(inner.width);
    for (row, entity_row) in reader
        .entity_rows
        .iter()
        .enumerate()
        .skip(offset)
        .take(usize::from(inner.height))
    {
        let mut look = reader.theme.kind(entity_row.kind);
        if entity_row.disagree {
            look = look.over(reader.theme.warning());
        }
        if row == reader.entity_row {
            look = look.over(SELECTED_ROW);
        }
        let text = entity_text(reader, entity_row, w);
        put_line(buf, inner, (row - offset) as u16, &text, look);
    }
}

/// An entity row `w` cells wide: "[kind] names — mentions │ figures". When it is too long
/// the names are cut and the figures kept whole (unless even they do not fit).
fn entity_text(reader: &Reader, row: &EntityRow, w: usize) -> String {
    let mut names: Pieces = vec![format!("[{}] ", row.kind.as_str())];
    names.extend(row.names.iter().cloned());
    let Some(figures) = &row.figures else {
        return reader.visual.pieces(&names, w);
    };
    let mut figures_part: Pieces = vec![" │ ".into()];
    figures_part.extend(figures.iter().cloned());
    let figures_text = reader.visual.pieces(&figures_part, w);
    let figures_width = figures_text.width();
    if figures_width + MIN_NAMES > w {
        names.extend(figures_part);
        return reader.visual.pieces(&names, w);
    }
    reader.visual.pieces(&names, w - figures_width) + &figures_text
}

fn draw_status(buf: &mut Buffer, area: Rect, reader: &Reader) {
    if area.height == 0 {
        return;
    }
    let w = usize::from(area.width);
    let keys = &reader.keys;
    let (left, hints): (Pieces, String) = match &reader.mode {
        Mode::Search { input } => {
            let mut left = vec!["/".into()];
            left.extend(input.shown());
            (left, keys.input.hints())
        }
        Mode::ExportFormat => (vec!["export as:".into()], keys.export.hints()),
        Mode::ExportPath { input, .. } => {
            let mut left = vec!["export to: ".into()];
            left.extend(input.shown());
            if let Some(status) = &reader.status {
                left.push("  ".into());
                left.extend(status.iter().cloned());
            }
            (left, keys.input.hints())
        }
        Mode::Help { .. } | Mode::Details { .. } => (Vec::new(), keys.popup.hints()),
        Mode::Pick(picker) => {
            let mut left = picker_title(reader, picker);
            left.push(" ".into());
            left.extend(picker.query.shown());
            (left, keys.pick.hints())
        }
        Mode::Form(form) => {
            let mut left = reader.prompt(&form.purpose);
            left.extend(form.input.shown());
            match &reader.status {
                Some(status) => {
                    left.push("  ".into());
                    left.extend(status.iter().cloned());
                }
                None if form.purpose.asks_figure() => left.push(format!("  {FIGURE_HINT}")),
                None => {}
            }
            (left, keys.input.hints())
        }
        Mode::Review(_) => (
            reader.status.clone().unwrap_or_default(),
            keys.review.hints(),
        ),
        Mode::Confirm(Confirm::Quit) => (
            vec!["unsaved edits: save them before quitting?".into()],
            keys.quit.hints(),
        ),
        Mode::Confirm(Confirm::Reload) => (
            vec!["not saved: the file changed on disk (or was removed) since it was read".into()],
            keys.reload.hints(),
        ),
        Mode::Confirm(Confirm::Recover) => (
            vec!["unsaved edits of an interrupted session were kept: recover them?".into()],
            keys.recover.hints(),
        ),
        Mode::Select => (reader.select_status(), keys.select.hints()),
        Mode::Normal => (
            reader
                .status
                .clone()
                .unwrap_or_else(|| selected_status(reader)),
            keys.normal.hints(),
        ),
    };
    let left = reader.visual.pieces(&left, w);
    status_line(buf, area, left, &hints, reader.theme);
}

/// The status line about the selected entity: "Bamako · place", with the accepted figure of
/// a casualty figure and where to see every source's.
fn selected_status(reader: &Reader) -> Pieces {
    let Some(e) = reader.selected else {
        return Vec::new();
    };
    let entity = e.of(&reader.briefing);
    let mut line = vec![entity.name.clone(), format!(" · {}", entity.kind.as_str())];
    if let Some(f) = entity.figure {
        let key = reader.keys.normal.key(Action::Details);
        line.push(format!(
            " · accepted: {} · {key}: every source",
            f.describe()
        ));
    }
    line
}
