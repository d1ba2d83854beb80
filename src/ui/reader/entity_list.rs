//! Drawing the entity panel: a row per entity, "[kind] names — mentions", and for a
//! casualty figure "│ accepted · each source's ⚠ how they disagree" after its names. The
//! figures of casualty rows are lined up: each part (the accepted figure, each article's)
//! padded to its widest over every row, the warning after the last, and every row's
//! figures starting in one column, so the sources' figures read down like a table. Reads
//! the reader, changes nothing.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use crate::briefing::EntityKind;
use crate::ui::widgets::{SELECTED_ROW, framed, put_line};
use crate::view::entity::{FigureColumns, Pieces, figure_pieces};

use super::draw::focus_mark;
use super::state::{EntityRow, Focus, Reader};

/// Entity rows keep their figures whole when the names leave at least this much room.
const MIN_NAMES: usize = 12;

/// Casualty rows line their figures up when that leaves the names at least this much room
/// (else each row's figures follow its names).
const LINED_UP_NAMES: usize = 36;

/// What starts the figures of a casualty row.
const FIGURES_START: &str = " │ ";

pub(super) fn draw_entities(buf: &mut Buffer, area: Rect, reader: &Reader) {
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
    let columns = &reader.layout.columns;
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
        let text = entity_text(reader, entity_row, w, columns);
        put_line(buf, inner, (row - offset) as u16, &text, look);
    }
}

/// Where casualty rows line their figures up, over every row: the widest names (and
/// mentions) before the figures, the widest of each figure part, and the widest figures
/// of a row as drawn (where they all start is that far from the right).
#[derive(Debug, Clone, Default)]
pub struct Columns {
    names: usize,
    parts: Vec<usize>,
    figures: usize,
}

impl Columns {
    /// The columns of the reader's casualty rows in a list `w` cells wide.
    pub fn of(reader: &Reader, w: usize) -> Columns {
        let casualties = || {
            reader
                .entity_rows
                .iter()
                .filter_map(|row| Some((row, row.figures.as_ref()?)))
        };
        let width = |pieces: &Pieces| reader.visual.pieces(pieces, w).width();
        let mut columns = Columns {
            names: 0,
            parts: Vec::new(),
            figures: 0,
        };
        for (row, figures) in casualties() {
            columns.names = columns.names.max(width(&names_of(row)));
            for (i, part) in figures.figures.iter().enumerate() {
                match columns.parts.get_mut(i) {
                    Some(widest) => *widest = (*widest).max(width(part)),
                    None => columns.parts.push(width(part)),
                }
            }
        }
        columns.figures = casualties()
            .map(|(_, figures)| figures_text(reader, figures, &columns.parts, w).width())
            .max()
            .unwrap_or(0);
        columns
    }
}

/// "[kind] names — mentions" of a row.
fn names_of(row: &EntityRow) -> Pieces {
    let mut names: Pieces = vec![format!("[{}] ", row.kind.as_str())];
    names.extend(row.names.iter().cloned());
    names
}

/// " │ accepted · en: … · ar: … ⚠ …": each figure part but the last padded to its column's
/// `widths`, the warning after the last.
fn figures_text(reader: &Reader, figures: &FigureColumns, widths: &[usize], w: usize) -> String {
    let mut text = FIGURES_START.to_string();
    let last = figures.figures.len().saturating_sub(1);
    for (i, part) in figures.figures.iter().enumerate() {
        let shown = reader.visual.pieces(part, w);
        match i {
            0 => {}
            _ => text.push_str(" · "),
        }
        let pad = match widths.get(i) {
            Some(&width) if i < last => width.saturating_sub(shown.width()),
            _ => 0,
        };
        text.push_str(&shown);
        text.push_str(&" ".repeat(pad));
    }
    if let Some(warning) = &figures.disagree {
        text.push(' ');
        text.push_str(&reader.visual.pieces(warning, w));
    }
    text
}

/// An entity row `w` cells wide: "[kind] names — mentions │ figures", a casualty row's
/// figures lined up in `columns` when that leaves the names [`LINED_UP_NAMES`] cells. When
/// it is too long the names are cut and the figures kept whole (unless even they do not
/// fit: then the row flows on, cut at the end).
fn entity_text(reader: &Reader, row: &EntityRow, w: usize, columns: &Columns) -> String {
    let names = names_of(row);
    let Some(figures) = &row.figures else {
        return reader.visual.pieces(&names, w);
    };
    let lined_up = columns.figures + LINED_UP_NAMES <= w;
    let widths = if lined_up { &columns.parts[..] } else { &[] };
    let text = figures_text(reader, figures, widths, w);
    let figures_width = text.width();
    if figures_width + MIN_NAMES > w {
        let mut flow = names;
        flow.push(FIGURES_START.into());
        flow.extend(figure_pieces(&reader.briefing, row.entity).unwrap_or_default());
        return reader.visual.pieces(&flow, w);
    }
    if !lined_up {
        return reader.visual.pieces(&names, w - figures_width) + &text;
    }
    // Every row's figures start where the widest row's must.
    let names_width = columns.names.min(w - columns.figures);
    let names = reader.visual.pieces(&names, names_width);
    let pad = names_width.saturating_sub(names.width());
    names + &" ".repeat(pad) + &text
}
