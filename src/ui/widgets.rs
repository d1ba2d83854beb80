//! Drawing pieces both screens (reader and library) use: theme looks as ratatui styles, a
//! framed block, one line of text, the status line with key hints, and the `?` help popup
//! made from a keymap table. Text handed to them is already laid out (visual, sanitized).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect as TuiRect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

use crate::theme::{Ansi, Attribute, Hue, Look, Theme};

use super::app::Rect;
use super::keymap::{Binding, hints, keys_label};

fn color(hue: Hue) -> Color {
    match hue {
        Hue::Ansi(ansi) => match ansi {
            Ansi::Black => Color::Black,
            Ansi::Red => Color::Red,
            Ansi::Green => Color::Green,
            Ansi::Yellow => Color::Yellow,
            Ansi::Blue => Color::Blue,
            Ansi::Magenta => Color::Magenta,
            Ansi::Cyan => Color::Cyan,
            Ansi::White => Color::Gray,
            Ansi::BrightBlack => Color::DarkGray,
            Ansi::BrightRed => Color::LightRed,
            Ansi::BrightGreen => Color::LightGreen,
            Ansi::BrightYellow => Color::LightYellow,
            Ansi::BrightBlue => Color::LightBlue,
            Ansi::BrightMagenta => Color::LightMagenta,
            Ansi::BrightCyan => Color::LightCyan,
            Ansi::BrightWhite => Color::White,
        },
        Hue::Indexed(i) => Color::Indexed(i),
        Hue::Rgb(r, g, b) => Color::Rgb(r, g, b),
    }
}

pub fn style(look: Look) -> Style {
    let mut s = Style::default();
    if let Some(fg) = look.fg {
        s = s.fg(color(fg));
    }
    if let Some(bg) = look.bg {
        s = s.bg(color(bg));
    }
    for attr in look.attributes() {
        s = s.add_modifier(match attr {
            Attribute::Bold => Modifier::BOLD,
            Attribute::Underline => Modifier::UNDERLINED,
            Attribute::Reverse => Modifier::REVERSED,
            Attribute::Dim => Modifier::DIM,
        });
    }
    s
}

/// The reverse-video look of a selected row.
pub const SELECTED_ROW: Look = Look {
    reverse: true,
    ..Look::PLAIN
};

pub fn rect(r: TuiRect) -> Rect {
    Rect {
        x: r.x,
        y: r.y,
        width: r.width,
        height: r.height,
    }
}

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

/// The status line: `left` (already visual) in bold, the table's key hints at the right when
/// they fit.
pub fn status_line<A>(
    buf: &mut Buffer,
    area: TuiRect,
    left: String,
    table: &[Binding<A>],
    theme: Theme,
) {
    if area.height == 0 {
        return;
    }
    let w = usize::from(area.width);
    let hints = hints(table);
    let used = unicode_width::UnicodeWidthStr::width(left.as_str());
    let bold = Style::default().add_modifier(Modifier::BOLD);
    let line = if used + 2 + hints.len() <= w {
        Line::from(vec![
            Span::styled(left, bold),
            Span::raw(" ".repeat(w - used - hints.len())),
            Span::styled(hints, style(theme.muted())),
        ])
    } else {
        Line::from(Span::styled(left, bold))
    };
    Paragraph::new(line).render(area, buf);
}

/// The `?` popup: every binding of `table` with its help, then `footer` lines.
pub fn help_popup<A>(
    buf: &mut Buffer,
    area: TuiRect,
    table: &[Binding<A>],
    footer: &[&str],
    theme: Theme,
) {
    let width = area.width.saturating_sub(4).min(96);
    // Borders, the rows, and a blank line.
    let height = area
        .height
        .saturating_sub(2)
        .min((table.len() + footer.len()) as u16 + 3);
    if width < 10 || height < 3 {
        return;
    }
    let popup = TuiRect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    Clear.render(popup, buf);
    let block = framed(" Keys (? or Esc closes) ".into(), true, theme);
    let inner = block.inner(popup);
    block.render(popup, buf);
    let mut lines: Vec<Line<'_>> = table
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
        .render(inner, buf);
}
