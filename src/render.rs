//! Plain rendering of a briefing: what `briefing render` and `briefing | cat` print.
//!
//! The header (title, date, sources), then the articles two by two side by side in columns
//! separated by ` │ ` (the left-to-right article on the left; right-to-left text
//! right-aligned, shaped and in visual order), then the entity lists. Every string goes
//! through the layout engine, so nothing from the briefing reaches the output unsanitized;
//! escape sequences appear only when colour is asked for.

use std::io::{self, Write};
use std::rc::Rc;

use crossterm::style::{Attribute, Color, ContentStyle, StyledContent};

use crate::briefing::{Briefing, Direction, EntityKind};
use crate::theme::{self, Hue, Look, Theme};
use crate::view::BidiMode;
use crate::view::article::{ArticleLine, ArticleView};
use crate::view::entity::{entity_row, figure_row};
use crate::view::highlight::Highlight;
use crate::view::line::visual_lines;
use crate::view::marks::MentionMap;

const SEPARATOR: &str = " │ ";

pub struct RenderOptions {
    pub width: usize,
    /// Escape sequences for highlights (None: plain text).
    pub theme: Option<Theme>,
    pub mode: BidiMode,
}

fn hue(h: Hue) -> Color {
    match h {
        Hue::Red => Color::DarkRed,
        Hue::Green => Color::DarkGreen,
        Hue::Yellow => Color::DarkYellow,
        Hue::Blue => Color::DarkBlue,
        Hue::Magenta => Color::DarkMagenta,
        Hue::Cyan => Color::DarkCyan,
        Hue::Gray => Color::Black,
        Hue::White => Color::White,
    }
}

fn ansi_style(look: Look) -> ContentStyle {
    let mut style = ContentStyle::new();
    style.foreground_color = look.fg.map(hue);
    style.background_color = look.bg.map(hue);
    for attr in look.attributes() {
        style.attributes.set(match attr {
            theme::Attribute::Bold => Attribute::Bold,
            theme::Attribute::Underline => Attribute::Underlined,
            theme::Attribute::Reverse => Attribute::Reverse,
            theme::Attribute::Dim => Attribute::Dim,
        });
    }
    style
}

/// Writes `text` with `look` (escape sequences only when colour is on).
fn styled(out: &mut dyn Write, text: &str, look: Look, opts: &RenderOptions) -> io::Result<()> {
    match opts.theme {
        Some(_) if look != Look::PLAIN => {
            write!(out, "{}", StyledContent::new(ansi_style(look), text))
        }
        _ => out.write_all(text.as_bytes()),
    }
}

fn write_wrapped(
    out: &mut dyn Write,
    text: &str,
    look: Look,
    opts: &RenderOptions,
) -> io::Result<()> {
    for line in visual_lines(text, opts.width, opts.mode) {
        styled(out, &line, look, opts)?;
        writeln!(out)?;
    }
    Ok(())
}

/// One column's line (or blank when that column has ended), padded to `width` if asked.
fn write_cell(
    out: &mut dyn Write,
    line: Option<&ArticleLine>,
    width: usize,
    highlight: &Highlight<'_>,
    pad_right: bool,
    opts: &RenderOptions,
) -> io::Result<()> {
    let Some(line) = line else {
        if pad_right {
            write!(out, "{:w$}", "", w = width)?;
        }
        return Ok(());
    };
    write!(out, "{:w$}", "", w = line.pad)?;
    match (opts.theme, line.para.as_deref()) {
        // Without colour every look writes the same: the cells' text, with no runs to find.
        (None, Some(para)) => {
            for cell in &line.line.cells {
                out.write_all(para.cell_text(cell).as_bytes())?;
            }
        }
        _ => {
            for run in highlight.runs(line) {
                styled(out, &run.text, run.style, opts)?;
            }
        }
    }
    if pad_right {
        write!(
            out,
            "{:w$}",
            "",
            w = width.saturating_sub(line.pad + line.line.width)
        )?;
    }
    Ok(())
}

/// Prints the briefing. Articles are laid out a paragraph at a time as the rows are
/// written, so memory stays flat however long they are.
pub fn render(
    briefing: &Rc<Briefing>,
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let theme = opts.theme.unwrap_or(Theme { color: false });
    write_wrapped(out, &briefing.title, theme.headline(), opts)?;
    let sources: Vec<String> = briefing
        .articles
        .iter()
        .map(|a| format!("{}: {}", a.lang, a.source))
        .collect();
    write_wrapped(
        out,
        &format!("{} · {}", briefing.date, sources.join(" · ")),
        theme.muted(),
        opts,
    )?;
    if let Some(summary) = &briefing.summary {
        writeln!(out)?;
        write_wrapped(out, summary, Look::PLAIN, opts)?;
    }

    // Left-to-right articles first, so each pair has its LTR article on the left.
    let mut order: Vec<usize> = (0..briefing.articles.len()).collect();
    order.sort_by_key(|&i| briefing.articles[i].dir == Direction::Rtl);
    let maps: Vec<MentionMap> = (0..briefing.articles.len())
        .map(|i| MentionMap::new(briefing, i))
        .collect();
    let highlight = |i: usize| Highlight {
        briefing,
        mentions: &maps[i],
        theme,
        selected: None,
        cursor: None,
        kinds: [true; 3],
        matches: &[],
        current_match: None,
    };
    let left_width = opts.width.saturating_sub(SEPARATOR.len() - 2) / 2;
    let right_width = opts.width.saturating_sub(left_width + 3).max(1);
    for pair in order.chunks(2) {
        writeln!(out)?;
        let widths = if pair.len() == 2 {
            [left_width, right_width]
        } else {
            [opts.width, 0]
        };
        let views: Vec<ArticleView> = pair
            .iter()
            .map(|&i| ArticleView::new(Rc::clone(briefing), i, opts.mode))
            .collect();
        let highlights: Vec<Highlight<'_>> = pair.iter().map(|&i| highlight(i)).collect();
        let mut left = views[0].all_lines(widths[0]);
        let mut right = views.get(1).map(|v| v.all_lines(widths[1]));
        loop {
            let l = left.next();
            let r = right.as_mut().and_then(|r| r.next());
            if l.is_none() && r.is_none() {
                break;
            }
            write_cell(
                out,
                l.as_ref(),
                widths[0],
                &highlights[0],
                pair.len() == 2,
                opts,
            )?;
            if pair.len() == 2 {
                out.write_all(SEPARATOR.as_bytes())?;
                write_cell(out, r.as_ref(), widths[1], &highlights[1], false, opts)?;
            }
            writeln!(out)?;
        }
    }

    for kind in EntityKind::ALL {
        let entities: Vec<usize> = (0..briefing.entities.len())
            .filter(|&e| briefing.entities[e].kind == kind)
            .collect();
        if entities.is_empty() {
            continue;
        }
        writeln!(out)?;
        write_wrapped(
            out,
            &format!("{} ({})", kind.plural_title(), entities.len()),
            theme.headline(),
            opts,
        )?;
        for e in entities {
            write_wrapped(
                out,
                &format!("  • {}", entity_row(briefing, e)),
                theme.kind(kind),
                opts,
            )?;
            if let Some(detail) = figure_row(briefing, e) {
                let look = if briefing.figures_disagree(e) {
                    theme.warning()
                } else {
                    Look::PLAIN
                };
                write_wrapped(out, &format!("      {detail}"), look, opts)?;
            }
        }
    }
    out.flush()
}
