//! The Markdown export: title, date, sources, summary, entity tables (a toll's parts under
//! it marked `↳`, a denied figure struck through, each reported figure with who said it),
//! the claims of responsibility, the timeline of each figure type (a table), then each
//! article with its mentions marked as `**Bamako**<sup>place</sup>`.
//!
//! Nested mentions: the outer mention is bold and the ones inside it italic, each followed
//! by its own `<sup>` label, so `**al-Qaeda in the *Islamic Maghreb*<sup>place</sup>**<sup>actor</sup>`.
//! Where CommonMark's flanking rules would not let `**`/`*` open or close (a mention that
//! starts with punctuation right after a letter, or ends with a space), `<b>`/`<i>` are used
//! instead, so the markup never breaks. Right-to-left articles are wrapped in
//! `<div dir="rtl" lang="..">` with blank lines inside. All text is escaped: Markdown
//! punctuation with backslashes, `<`, `>` and `&` as entities, `-`, `+`, `=` and list
//! numbers at the start of a line; line breaks inside a paragraph become `<br>`.

use std::fmt::Write as _;

use super::claims::{self, Piece};
use super::tables::{Cell, Table, tables};
use super::text::{clean, escape_attr, one_line, safe_url};
use super::{Event, article_blocks, headline_events, mention_label};
use crate::briefing::{Briefing, Claim, Direction, Mention, Point, timeline};

/// Escapes text for Markdown inline content. `line_start` says whether the text begins a
/// line of the output; newlines become `<br>` plus a newline (never a blank line).
pub(crate) fn escape(text: &str, line_start: bool) -> String {
    let text = clean(text);
    let mut out = String::with_capacity(text.len() + 16);
    // At a line start (after indentation): 0 = no, 1 = yes, 2 = after leading digits.
    let mut state = u8::from(line_start);
    for c in text.chars() {
        let at_start = state == 1;
        let after_digits = state == 2;
        state = 0;
        match c {
            '\n' => {
                out.push_str("<br>\n");
                state = 1;
            }
            ' ' | '\t' if at_start => {
                out.push(c);
                state = 1;
            }
            '0'..='9' if at_start || after_digits => {
                out.push(c);
                state = 2;
            }
            '.' | ')' if after_digits => {
                out.push('\\');
                out.push(c);
            }
            '-' | '+' | '=' if at_start => {
                out.push('\\');
                out.push(c);
            }
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '#' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            c => out.push(c),
        }
    }
    out
}

/// Escaped one-line text (titles, headlines, table cells).
fn inline(text: &str) -> String {
    escape(&one_line(text), false)
}

/// Whether `**`/`*` placed around `content` after `prev` will open and close emphasis
/// under CommonMark's flanking rules (a closing delimiter is always followed by `<sup>`).
fn delimiters_work(prev: Option<char>, content: &str) -> bool {
    let (Some(first), Some(last)) = (content.chars().next(), content.chars().next_back()) else {
        return false;
    };
    let prev_free = prev.is_none_or(|p| p.is_whitespace() || p.is_ascii_punctuation());
    let opens = first.is_alphanumeric() || (!first.is_whitespace() && prev_free);
    opens && !last.is_whitespace()
}

/// Wraps a mention's (escaped) content: bold at depth 0, italic inside another mention.
fn mark(depth: usize, prev: Option<char>, content: &str, label: &str) -> String {
    let (delim, open, close) = if depth == 0 {
        ("**", "<b>", "</b>")
    } else {
        ("*", "<i>", "</i>")
    };
    let sup = format!("<sup>{}</sup>", escape(label, false));
    if delimiters_work(prev, content) {
        format!("{delim}{content}{delim}{sup}")
    } else {
        format!("{open}{content}{close}{sup}")
    }
}

/// One open mention while writing a block: its label and the content so far.
struct Frame {
    label: String,
    buf: String,
}

/// Writes one block of an article (a paragraph, or the headline) with its mentions marked:
/// `text` is the article's text or headline, `list` the mentions the events' indices are in.
fn block(b: &Briefing, text: &str, list: &[Mention], events: &[Event]) -> String {
    // frames[0] is the paragraph itself.
    let mut frames = vec![Frame {
        label: String::new(),
        buf: String::new(),
    }];
    for event in events {
        match event {
            Event::Text(range) => {
                let depth = frames.len();
                let top = frames.last_mut().expect("the paragraph frame stays");
                let line_start = top.buf.ends_with('\n') || (depth == 1 && top.buf.is_empty());
                top.buf.push_str(&escape(&text[range.clone()], line_start));
            }
            Event::Open(m) => frames.push(Frame {
                label: mention_label(b, &list[*m]),
                buf: String::new(),
            }),
            Event::Close(_) => {
                let done = frames.pop().expect("opens and closes balance");
                let depth = frames.len() - 1;
                let parent = frames.last_mut().expect("the paragraph frame stays");
                // Inside a mark that has no text yet, the previous character is its opener.
                let prev = parent
                    .buf
                    .chars()
                    .next_back()
                    .or((depth > 0).then_some('*'));
                let marked = mark(depth, prev, &done.buf, &done.label);
                parent.buf.push_str(&marked);
            }
        }
    }
    frames.swap_remove(0).buf
}

/// A phrase of our words and briefing names, escaped (names on one line).
fn phrase(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Words(w) => escape(w, false),
            Piece::Name(n) => inline(n),
        })
        .collect()
}

/// A figure as one article reports it: struck through when denied, then its notes.
fn reported(b: &Briefing, p: &Point) -> String {
    let mut out = p.figure.describe();
    if p.claim == Claim::Denied {
        out = format!("~~{out}~~");
    }
    let notes: Vec<String> = claims::notes(b, p).iter().map(|n| phrase(n)).collect();
    if !notes.is_empty() {
        let _ = write!(out, " ({})", notes.join("; "));
    }
    out
}

fn table(b: &Briefing, t: &Table, out: &mut String) {
    let _ = writeln!(out, "## {}\n", t.title());
    if let Some(note) = t.note() {
        let _ = writeln!(out, "{note}\n");
    }
    let _ = writeln!(out, "| {} |", t.headers.join(" | "));
    let rule: Vec<&str> = t
        .numeric
        .iter()
        .map(|&n| if n { "---:" } else { "---" })
        .collect();
    let _ = writeln!(out, "| {} |", rule.join(" | "));
    for row in &t.rows {
        let entity = &b.entities[row.entity];
        let cells: Vec<String> = row
            .cells
            .iter()
            .map(|cell| match cell {
                Cell::Name => "↳ ".repeat(row.depth) + &inline(&entity.name),
                Cell::LangName { name, .. } => name.as_deref().map_or("—".into(), inline),
                Cell::Count { count, .. } => count.to_string(),
                Cell::Links(links) if links.is_empty() => "—".into(),
                Cell::Links(links) => {
                    let names: Vec<String> =
                        links.iter().map(|&l| inline(&b.entities[l].name)).collect();
                    names.join(", ")
                }
                Cell::Figure(f) => f.map_or("—".into(), |f| f.describe()),
                Cell::Reported(points) if points.is_empty() => "—".into(),
                Cell::Reported(points) => {
                    let each: Vec<String> = points.iter().map(|p| reported(b, p)).collect();
                    each.join("; ")
                }
                Cell::Agreement(a) => match a {
                    super::Agreement::Disagree(_) => format!("**{}**", a.words()),
                    _ => a.words(),
                },
            })
            .collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out.push('\n');
}

/// The claims of responsibility, one actor a line; nothing when there are none.
fn responsibility(b: &Briefing, out: &mut String) {
    let actors = claims::responsibilities(b);
    if actors.is_empty() {
        return;
    }
    out.push_str("## Responsibility\n\n");
    for (e, said) in actors {
        let said: Vec<String> = said.iter().map(|p| phrase(p)).collect();
        let name = inline(&b.entities[e].name);
        let _ = writeln!(out, "- **{name}**: {}", said.join("; "));
    }
    out.push('\n');
}

/// The timeline: each figure type's figures in time order, a table each.
fn timeline_section(b: &Briefing, out: &mut String) {
    let all = timeline(b);
    if all.is_empty() {
        return;
    }
    out.push_str("## Timeline\n\n");
    for series in &all {
        let _ = writeln!(out, "### {}\n", claims::series_title(series.kind));
        let _ = writeln!(out, "| {} |", claims::TIMELINE_COLUMNS.join(" | "));
        let _ = writeln!(out, "|{}", " --- |".repeat(claims::TIMELINE_COLUMNS.len()));
        for p in &series.points {
            let figure = match p.claim {
                Claim::Denied => format!("~~{}~~", claims::timeline_figure(p)),
                _ => claims::timeline_figure(p),
            };
            let or_dash = |s: String| if s.is_empty() { "—".to_string() } else { s };
            let cells = [
                p.moment
                    .map_or("undated".into(), |m| m.as_str().to_string()),
                figure,
                or_dash(claims::change(series, p)),
                inline(&b.articles[p.article].source),
                or_dash(phrase(&claims::speakers(b, p))),
                phrase(&claims::claim(b, p)),
                phrase(&claims::toll(b, p)),
            ];
            let _ = writeln!(out, "| {} |", cells.join(" | "));
        }
        out.push('\n');
        if let Some(accepted) = claims::accepted(b, series) {
            let _ = writeln!(out, "{}\n", phrase(&accepted));
        }
    }
}

/// The source of an article: a link when its URL is http(s), else plain text with a note.
fn source(a: &crate::briefing::Article) -> String {
    let name = inline(&a.source);
    match a.url.as_deref().map(|u| (u, safe_url(u))) {
        None => name,
        Some((_, Some(url))) => format!("[{name}](<{url}>)"),
        Some((_, None)) => format!("{name} (link left out: not an http or https URL)"),
    }
}

/// " · published 2019-03-02", or nothing.
fn published(a: &crate::briefing::Article) -> String {
    a.published
        .map_or_else(String::new, |m| format!(" · published {}", m.as_str()))
}

fn paragraphs(text: &str, out: &mut String) {
    for range in crate::briefing::split_paragraphs(text) {
        let _ = writeln!(out, "{}\n", escape(&text[range], true));
    }
}

fn article(b: &Briefing, index: usize, out: &mut String) {
    let a = &b.articles[index];
    let rtl = a.dir == Direction::Rtl;
    if rtl {
        let _ = writeln!(out, "<div dir=\"rtl\" lang=\"{}\">\n", escape_attr(&a.lang));
    }
    // A headline on one line already gets its mentions marked; any other is folded first.
    let headline = if one_line(&a.headline) == a.headline {
        block(
            b,
            &a.headline,
            &b.headline_mentions,
            &headline_events(b, index),
        )
    } else {
        inline(&a.headline)
    };
    let _ = writeln!(out, "### {headline}\n");
    let _ = writeln!(
        out,
        "Source: {} · language: {} · article: {}{}\n",
        source(a),
        inline(&a.lang),
        inline(&a.id),
        published(a)
    );
    for block_ in article_blocks(b, index) {
        let _ = writeln!(out, "{}\n", block(b, &a.text, &b.mentions, &block_.events));
    }
    if rtl {
        out.push_str("</div>\n\n");
    }
}

/// The whole Markdown document.
pub fn render(b: &Briefing) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", inline(&b.title));
    let _ = writeln!(out, "Date: {}\n", inline(&b.date));
    out.push_str("## Sources\n\n");
    for a in &b.articles {
        let _ = writeln!(
            out,
            "- **{}** ({}): {}{}",
            inline(&a.id),
            inline(&a.lang),
            source(a),
            published(a)
        );
    }
    out.push('\n');
    if let Some(summary) = &b.summary {
        out.push_str("## Summary\n\n");
        paragraphs(summary, &mut out);
    }
    for t in tables(b) {
        table(b, &t, &mut out);
    }
    responsibility(b, &mut out);
    timeline_section(b, &mut out);
    out.push_str("## Articles\n\n");
    for index in 0..b.articles.len() {
        article(b, index, &mut out);
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_inline_markup() {
        assert_eq!(
            escape("a *b* _c_ [x](http://evil) `d` | e ~f~ \\ $g$", false),
            "a \\*b\\* \\_c\\_ \\[x\\](http://evil) \\`d\\` \\| e \\~f\\~ \\\\ \\$g\\$"
        );
        assert_eq!(
            escape("<script>alert(1)</script> &amp;", false),
            "&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;"
        );
        assert_eq!(escape("# not a heading #", true), "\\# not a heading \\#");
    }

    #[test]
    fn escapes_block_starts_only_at_line_start() {
        assert_eq!(escape("- item", true), "\\- item");
        assert_eq!(escape("al-Qaeda - x", true), "al-Qaeda - x");
        assert_eq!(escape("- item", false), "- item");
        assert_eq!(escape("2015. Year", true), "2015\\. Year");
        assert_eq!(escape("in 2015. Year", true), "in 2015. Year");
        assert_eq!(
            escape("a\n  + b\n==\n3) c", false),
            "a<br>\n  \\+ b<br>\n\\==<br>\n3\\) c"
        );
        assert_eq!(escape("a\n\nb", true), "a<br>\n<br>\nb");
    }

    #[test]
    fn drops_controls_and_shows_bidi() {
        assert_eq!(escape("a\u{1b}[2J\u{7}\u{202E}b", false), "a\\[2J‹U+202E›b");
    }

    #[test]
    fn marks_fall_back_to_tags_when_delimiters_would_not_flank() {
        assert_eq!(
            mark(0, Some(' '), "Bamako", "place"),
            "**Bamako**<sup>place</sup>"
        );
        assert_eq!(
            mark(0, Some('و'), "باماكو", "place"),
            "**باماكو**<sup>place</sup>"
        );
        assert_eq!(
            mark(0, Some('a'), "\\*x", "actor"),
            "<b>\\*x</b><sup>actor</sup>"
        );
        assert_eq!(
            mark(0, Some(' '), "\\*x", "actor"),
            "**\\*x**<sup>actor</sup>"
        );
        assert_eq!(
            mark(1, Some(' '), "x ", "actor"),
            "<i>x </i><sup>actor</sup>"
        );
        assert_eq!(mark(0, None, "", "actor"), "<b></b><sup>actor</sup>");
    }
}
