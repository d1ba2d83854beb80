//! Plain rendering of a briefing: what `briefing render` and `briefing | cat` print.
//!
//! The header (title, date, sources), then the articles two by two side by side in columns
//! separated by ` │ ` (the left-to-right article on the left; right-to-left text
//! right-aligned, shaped and in visual order), then the entity lists, whose rows wrap with a
//! hanging indent (continuations under the text, and the disagreement mark of a casualty
//! figure kept whole on one line), each briefing string in them laid out on its own as the
//! reader's list does (`view::line::isolated`). Every string goes
//! through the layout engine, so nothing from the briefing reaches the output unsanitized;
//! escape sequences appear only when colour is asked for.

use std::io::{self, Write};
use std::rc::Rc;
use std::sync::mpsc;
use std::thread;

use crossterm::style::StyledContent;
use unicode_width::UnicodeWidthStr;

use crate::briefing::{ArticleIx, Briefing, Direction, EntityIx, EntityKind};
use crate::theme::{Look, Theme};
use crate::view::BidiMode;
use crate::view::article::{ArticleLine, ArticleView};
use crate::view::entity::{SOURCES_DISAGREE, entity_pieces, figure_pieces};
use crate::view::highlight::Highlight;
use crate::view::line::{isolated, visual_lines};
use crate::view::marks::MentionMap;
use textlayout::PreparedParagraph;

const SEPARATOR: &str = " │ ";

/// Paragraphs of the right column prepared ahead of printing (bounds their memory).
const PREPARED_AHEAD: usize = 16;

pub struct RenderOptions {
    pub width: usize,
    /// Escape sequences for highlights (None: plain text).
    pub theme: Option<Theme>,
    pub bidi: BidiMode,
}

/// Writes `text` with `look` (escape sequences only when colour is on).
fn styled(out: &mut dyn Write, text: &str, look: Look, opts: &RenderOptions) -> io::Result<()> {
    match opts.theme {
        Some(_) if look != Look::PLAIN => {
            write!(out, "{}", StyledContent::new(look.terminal_style(), text))
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
    for line in visual_lines(text, opts.width, opts.bidi) {
        styled(out, &line, look, opts)?;
        writeln!(out)?;
    }
    Ok(())
}

/// `pieces` (an entity row's: this program's words and the briefing's strings apart)
/// wrapped to `room` cells: as many whole pieces on a line as fit, each line laid out by
/// [`isolated`], as the reader's entity list lays out its rows, so every briefing string is
/// its own isolated paragraph (a number stays with the Arabic words it is in). A piece
/// wider than the room alone wraps on lines of its own.
fn piece_lines(pieces: &[String], room: usize, mode: BidiMode) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line: Vec<&str> = Vec::new();
    let mut used = 0;
    let end_line = |line: &mut Vec<&str>, lines: &mut Vec<String>| {
        if !line.is_empty() {
            lines.push(isolated(line, room, mode).trim_end().to_string());
            line.clear();
        }
    };
    for piece in pieces {
        if used + piece.width() > room {
            end_line(&mut line, &mut lines);
            used = 0;
        }
        let piece = match line.is_empty() {
            true => piece.trim_start(),
            false => piece.as_str(),
        };
        if piece.width() > room {
            lines.extend(visual_lines(piece, room, mode));
            continue;
        }
        used += piece.width();
        line.push(piece);
    }
    end_line(&mut line, &mut lines);
    lines
}

/// Writes `pieces` after `prefix`, wrapped by [`piece_lines`] with every continuation
/// indented as far as the prefix, so that it starts under the text. A `tail` is a short
/// mark of ours and what follows it: the mark ends the last line if it fits there, else
/// takes a line of its own, never split; what follows it wraps after it.
fn write_hanging(
    out: &mut dyn Write,
    prefix: &str,
    pieces: &[String],
    tail: Option<(&str, &str)>,
    look: Look,
    opts: &RenderOptions,
) -> io::Result<()> {
    let indent = prefix.width();
    let room = opts.width.saturating_sub(indent).max(1);
    let mut lines = piece_lines(pieces, room, opts.bidi);
    let append = |lines: &mut Vec<String>, piece: &str| match lines.last_mut() {
        Some(last) if last.width() + 1 + piece.width() <= room => {
            last.push(' ');
            last.push_str(piece);
        }
        _ => lines.push(piece.to_string()),
    };
    if let Some((mark, rest)) = tail {
        // The colon that introduces what follows stays with the mark when the room allows.
        let (mark, rest) = match rest.strip_prefix(':') {
            Some(after) if mark.width() < room => (format!("{mark}:"), after),
            Some(after) => (mark.to_string(), after),
            None => (mark.to_string(), rest),
        };
        append(&mut lines, &mark);
        for piece in visual_lines(rest.trim(), room, opts.bidi) {
            append(&mut lines, &piece);
        }
    }
    for (i, line) in lines.iter().enumerate() {
        // The tail alone may be wider than the room after the indent (not than the width).
        let margin = if i == 0 {
            prefix.to_string()
        } else {
            " ".repeat(indent.min(opts.width.saturating_sub(line.width())))
        };
        out.write_all(margin.as_bytes())?;
        styled(out, line, look, opts)?;
        writeln!(out)?;
    }
    Ok(())
}

/// Appends `n` spaces to `row`.
fn pad(row: &mut Vec<u8>, n: usize) {
    row.resize(row.len() + n, b' ');
}

/// Appends one column's line (or blank when that column has ended) to `row`, padded to
/// `width` if asked.
fn write_cell(
    row: &mut Vec<u8>,
    line: Option<&ArticleLine>,
    width: usize,
    highlight: &Highlight<'_>,
    pad_right: bool,
    opts: &RenderOptions,
) -> io::Result<()> {
    let Some(line) = line else {
        if pad_right {
            pad(row, width);
        }
        return Ok(());
    };
    pad(row, line.pad);
    match (opts.theme, line.para.as_deref()) {
        // Without colour every look writes the same: the cells' text, with no runs to find.
        (None, Some(para)) => line.line.write_text(para, row),
        _ => {
            for run in highlight.runs(line) {
                styled(row, &run.text, run.style, opts)?;
            }
        }
    }
    if pad_right {
        pad(row, width.saturating_sub(line.pad + line.line.width));
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
    let theme = opts.theme.unwrap_or(Theme::no_color());
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
    let maps: Vec<MentionMap> = ArticleIx::all(briefing)
        .map(|i| MentionMap::new(briefing, i))
        .collect();
    let highlight = |i: usize| Highlight {
        briefing,
        mentions: &maps[i],
        theme,
        selected: None,
        cursor: None,
        kinds: crate::view::highlight::KindFilter::ALL,
        matches: &[],
        headline_matches: &[],
        current_match: None,
        suggestions: Vec::new(),
        current_suggestion: None,
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
            .map(|&i| ArticleView::new(Rc::clone(briefing), ArticleIx(i), opts.bidi))
            .collect();
        let highlights: Vec<Highlight<'_>> = pair.iter().map(|&i| highlight(i)).collect();
        thread::scope(|scope| -> io::Result<()> {
            let mut left = views[0].all_lines(widths[0]);
            // The right column's paragraphs are prepared ahead on the second core; dropping
            // the receiver (at the end, or on an error) stops the preparing thread.
            let mut right = views.get(1).map(|view| {
                let (texts, dir, layout) = view.block_texts();
                let (tx, rx) = mpsc::sync_channel(PREPARED_AHEAD);
                scope.spawn(move || {
                    for text in texts {
                        if tx
                            .send(PreparedParagraph::new(text, Some(dir), layout))
                            .is_err()
                        {
                            break;
                        }
                    }
                });
                view.all_lines_prepared(widths[1], rx.into_iter())
            });
            // Each row is put together here and written whole.
            let mut row = Vec::new();
            loop {
                let l = left.next();
                let r = right.as_mut().and_then(|r| r.next());
                if l.is_none() && r.is_none() {
                    return Ok(());
                }
                row.clear();
                let both = pair.len() == 2;
                write_cell(&mut row, l.as_ref(), widths[0], &highlights[0], both, opts)?;
                if both {
                    row.extend_from_slice(SEPARATOR.as_bytes());
                    write_cell(&mut row, r.as_ref(), widths[1], &highlights[1], false, opts)?;
                }
                row.push(b'\n');
                out.write_all(&row)?;
            }
        })?;
    }

    for kind in EntityKind::ALL {
        let entities: Vec<EntityIx> = EntityIx::all(briefing)
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
            let row = entity_pieces(briefing, e);
            write_hanging(out, "  • ", &row, None, theme.kind(kind), opts)?;
            if let Some(detail) = figure_pieces(briefing, e) {
                let (look, detail, tail) = match detail.iter().position(|p| p == SOURCES_DISAGREE) {
                    Some(at) => {
                        let rest = detail[at + 1..].concat();
                        (theme.warning(), &detail[..at], Some(rest))
                    }
                    None => (Look::PLAIN, &detail[..], None),
                };
                let tail = tail.as_deref().map(|rest| (SOURCES_DISAGREE, rest));
                write_hanging(out, "      ", detail, tail, look, opts)?;
            }
        }
    }
    out.flush()
}
