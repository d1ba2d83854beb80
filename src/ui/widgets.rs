//! Drawing pieces both screens (reader and library) use: theme looks as ratatui styles, a
//! framed block, one line of text, the status line with key hints, a popup of lines, the
//! scrolling popup every screen's popups share (help, details: [`scrolling_popup`]) and the
//! `?` help popup made from a keymap. Text handed to them is already laid out (visual,
//! sanitized).

use ratatui::backend::FromCrossterm;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect as TuiRect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

use crate::theme::{Look, Theme};

use super::keymap::{Binding, Keymap, PopupAction, keys_label};

/// The ratatui style of a look: the theme's terminal style, converted.
pub fn style(look: Look) -> Style {
    Style::from_crossterm(look.terminal_style())
}

/// The reverse-video look of a selected row.
pub const SELECTED_ROW: Look = Look {
    reverse: true,
    ..Look::PLAIN
};

/// Writes `text` (already visual) on row `row` of `area`, cut at its width.
pub fn put_line(buf: &mut Buffer, area: TuiRect, row: u16, text: &str, look: Look) {
    if row < area.height {
        buf.set_stringn(
            area.x,
            area.y + row,
            text,
            usize::from(area.width),
            style(look),
        );
    }
}

/// A bordered block with a title; the border takes the focus colour when focused.
pub fn framed<'a>(title: String, focused: bool, theme: Theme) -> Block<'a> {
    let border = if focused {
        style(theme.focus())
    } else {
        Style::default()
    };
    Block::default()
        .borders(Borders::ALL)
        .border_style(border)
        .title(title)
}

/// The status line: `left` (already visual) in bold, the mode's key hints at the right: all
/// of them when they fit, else the help hint first and then the others in order as they fit
/// (so a narrow terminal still says which key opens the help).
pub fn status_line(buf: &mut Buffer, area: TuiRect, left: String, hints: &str, theme: Theme) {
    if area.height == 0 {
        return;
    }
    let w = usize::from(area.width);
    let used = unicode_width::UnicodeWidthStr::width(left.as_str());
    let bold = Style::default().add_modifier(Modifier::BOLD);
    let hints = hints_within(hints, w.saturating_sub(used + 2));
    let line = if !hints.is_empty() {
        Line::from(vec![
            Span::styled(left, bold),
            Span::raw(" ".repeat(w - used - hints.len())),
            Span::styled(hints.to_string(), style(theme.muted())),
        ])
    } else {
        Line::from(Span::styled(left, bold))
    };
    Paragraph::new(line).render(area, buf);
}

/// The hints (items "KEY what" apart by two spaces, as `KeyMap::hints` writes them) that fit
/// in `room` columns: all, else the help item and then the others in table order while they
/// fit, shown in table order.
fn hints_within(hints: &str, room: usize) -> String {
    let width_of = unicode_width::UnicodeWidthStr::width;
    if width_of(hints) <= room {
        return hints.to_string();
    }
    let items: Vec<&str> = hints.split("  ").collect();
    let mut keep = vec![false; items.len()];
    let mut width = 0;
    let help_first = items
        .iter()
        .position(|i| i.ends_with(" help"))
        .into_iter()
        .chain(0..items.len());
    for i in help_first {
        let cost = width_of(items[i]) + if width == 0 { 0 } else { 2 };
        if !keep[i] && width + cost <= room {
            keep[i] = true;
            width += cost;
        }
    }
    let kept: Vec<&str> = items
        .iter()
        .zip(&keep)
        .filter_map(|(item, &k)| k.then_some(*item))
        .collect();
    kept.join("  ")
}

/// A framed popup in the middle of `area`, `rows` high at most (plus borders and a blank
/// line), cleared beneath; returns its inner area, or None when there is no room.
fn popup_frame(
    buf: &mut Buffer,
    area: TuiRect,
    title: &str,
    rows: usize,
    theme: Theme,
) -> Option<TuiRect> {
    let width = area.width.saturating_sub(4).min(96);
    let height = area
        .height
        .saturating_sub(2)
        .min(u16::try_from(rows).unwrap_or(u16::MAX).saturating_add(3));
    if width < 10 || height < 3 {
        return None;
    }
    let outer = TuiRect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    Clear.render(outer, buf);
    let block = framed(title.to_string(), true, theme);
    let inner = block.inner(outer);
    block.render(outer, buf);
    Some(inner)
}

/// A popup of `rows` rows that scrolls (help, details): framed in the middle of `area`,
/// titled with its `name`, the keys that close it and, when the rows do not all fit, the
/// keys that scroll it (from `keys`). Returns its inner area and the first row to show:
/// `top`, kept so that the last row stays at the bottom.
pub fn scrolling_popup(
    buf: &mut Buffer,
    area: TuiRect,
    name: &str,
    rows: usize,
    keys: &Keymap<PopupAction>,
    theme: Theme,
    top: usize,
) -> Option<(TuiRect, usize)> {
    let fits = rows + 5 <= usize::from(area.height);
    let close = keys.key(PopupAction::Close);
    let title = match fits {
        true => format!(" {name} ({close} closes) "),
        false => format!(
            " {name} ({}/{} scroll, {close} closes) ",
            keys.key(PopupAction::Down),
            keys.key(PopupAction::Up)
        ),
    };
    let inner = popup_frame(buf, area, &title, rows, theme)?;
    Some((
        inner,
        top.min(rows.saturating_sub(usize::from(inner.height))),
    ))
}

/// A scrolling popup of lines (already visual), one row each, from row `top` on. Returns
/// the area the lines are drawn in (its first row holds line `top`) and `top` as kept, so
/// that a caller can restyle rows; None when there is no room.
pub fn lines_popup(
    buf: &mut Buffer,
    area: TuiRect,
    name: &str,
    lines: &[String],
    keys: &Keymap<PopupAction>,
    theme: Theme,
    top: usize,
) -> Option<(TuiRect, usize)> {
    let (inner, top) = scrolling_popup(buf, area, name, lines.len(), keys, theme, top)?;
    put_lines(buf, inner, &lines[top..]);
    Some((indented(inner), top))
}

/// A popup of lines (already visual), one row each.
pub fn popup(buf: &mut Buffer, area: TuiRect, title: &str, lines: &[String], theme: Theme) {
    if let Some(inner) = popup_frame(buf, area, title, lines.len(), theme) {
        put_lines(buf, inner, lines);
    }
}

/// Lines one a row in a popup's inner area, indented by one cell, as many as fit.
fn put_lines(buf: &mut Buffer, inner: TuiRect, lines: &[String]) {
    for (row, line) in lines.iter().enumerate().take(usize::from(inner.height)) {
        put_line(buf, indented(inner), row as u16, line, Look::PLAIN);
    }
}

/// A popup's inner area one cell in from the left, where its lines go.
fn indented(inner: TuiRect) -> TuiRect {
    TuiRect {
        x: inner.x.saturating_add(1).min(inner.right()),
        width: inner.width.saturating_sub(1),
        ..inner
    }
}

/// The `?` popup: every binding with its help, then `footer` lines, from row `top` on
/// (a [`scrolling_popup`]).
pub fn help_popup<A>(
    buf: &mut Buffer,
    area: TuiRect,
    bindings: &[Binding<A>],
    keys: &Keymap<PopupAction>,
    footer: &[&str],
    theme: Theme,
    top: usize,
) {
    let rows = bindings.len() + footer.len();
    let Some((inner, top)) = scrolling_popup(buf, area, "Keys", rows, keys, theme, top) else {
        return;
    };
    let top = u16::try_from(top).unwrap_or(u16::MAX);
    let mut lines: Vec<Line<'_>> = bindings
        .iter()
        .map(|b| {
            Line::from(vec![
                Span::styled(
                    format!(" {:<18}", keys_label(b)),
                    Style::default().add_modifier(Modifier::BOLD),
                ),
                Span::raw(b.help),
            ])
        })
        .collect();
    lines.extend(footer.iter().map(|&f| Line::from(format!(" {f}"))));
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .scroll((top, 0))
        .render(inner, buf);
}

#[cfg(test)]
mod tests {
    use ratatui::style::{Color, Modifier, Style};

    use super::{hints_within, style};
    use crate::theme::{Ansi, Hue, Look};

    #[test]
    fn narrow_status_lines_keep_the_help_hint_first() {
        let hints = "j/k move  ]/[ mention  o other  ? help  q quit";
        assert_eq!(hints_within(hints, 80), hints);
        assert_eq!(hints_within(hints, 20), "j/k move  ? help");
        assert_eq!(hints_within(hints, 6), "? help");
        assert_eq!(hints_within(hints, 5), "");
        assert_eq!(hints_within(hints, 2), "");
        assert_eq!(hints_within("j/k move", 3), "");
    }

    #[test]
    fn looks_become_ratatui_styles_with_the_terminal_colours() {
        let look = Look {
            fg: Some(Hue::Ansi(Ansi::Red)),
            bg: Some(Hue::Ansi(Ansi::BrightBlack)),
            bold: true,
            reverse: true,
            ..Look::PLAIN
        };
        let expected = Style::default()
            .fg(Color::Red)
            .bg(Color::DarkGray)
            .add_modifier(Modifier::BOLD | Modifier::REVERSED);
        assert_eq!(style(look), expected);
        let bright = Look {
            fg: Some(Hue::Ansi(Ansi::BrightRed)),
            bg: Some(Hue::Indexed(208)),
            underline: true,
            dim: true,
            ..Look::PLAIN
        };
        let expected = Style::default()
            .fg(Color::LightRed)
            .bg(Color::Indexed(208))
            .add_modifier(Modifier::UNDERLINED | Modifier::DIM);
        assert_eq!(style(bright), expected);
        assert_eq!(style(Look::PLAIN), Style::default());
    }
}
