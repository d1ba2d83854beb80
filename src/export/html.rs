//! The HTML export: one self-contained file (inline CSS, no scripts, nothing fetched).
//!
//! Each article is an `<article lang dir>`; each mention is one
//! `<mark class="KIND" data-entity="ID" id="m-N" title="..">` whose text content is exactly
//! the mention's text (after control characters are dropped, see `text`). Navigation: the
//! entity tables link to the first mention (`#m-N`) overall and per article; every mention
//! links on to the next mention of its entity, across articles, and the last one back to
//! the entity's table row (`#e-ID`). A mention with no mention inside wraps its text in that
//! link; a mention that contains others (nested mentions: the outer mark contains the inner
//! marks) wraps each piece of its own text (outside the inner marks) in its link, so no
//! mark gains text and no link nests in another. Marks are boxed without padding, margin or
//! border (a nested mark by an outline), which would cut Arabic joining at the mark's edge
//! (browsers shape across inline elements only when nothing spaces them). The casualty
//! comparison comes first, then the actors and places. Names are isolated in `<bdi>`,
//! right-to-left ones with `dir="rtl"`, and table cells that hold briefing names are
//! `dir="auto"` (an Arabic name aligns right, wrapped or not). Every text and attribute
//! value is escaped; source links are kept only for http(s).

use std::fmt::Write as _;

use super::tables::{Agreement, Cell, Table, tables};
use super::text::{clean, escape_attr, escape_html, one_line, safe_url};
use super::{
    Event, article_blocks, has_inner, headline_events, mention_label, next_mention, table_title,
};
use crate::briefing::{Article, Briefing, Direction, EntityIx, EntityKind};

const STYLE: &str = "\
body{font-family:system-ui,sans-serif;line-height:1.5;max-width:64rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;background:#fff}
table{border-collapse:collapse;margin:1rem 0}
th,td{border:1px solid #ccc;padding:.2rem .5rem;text-align:start;vertical-align:top}
td.num{text-align:end}
td.disagree{color:#8a1c00;font-weight:bold}
article{border-top:2px solid #ddd;margin-top:2rem}
article[dir=rtl]{font-size:1.1em}
.source{color:#555}
mark{color:inherit;padding:0;border-radius:.2em}
mark.actor{background:#dbeafe}
mark.place{background:#dcfce7}
mark.casualty{background:#fee2e2}
mark mark{outline:1px solid #888}
mark a{color:inherit;text-decoration:none}
";

/// Escaped text with line breaks kept as `<br>`.
fn text_html(text: &str) -> String {
    escape_html(text).replace('\n', "<br>\n")
}

/// A one-line piece of text, escaped and isolated.
fn bdi(text: &str) -> String {
    format!("<bdi>{}</bdi>", escape_html(&one_line(text)))
}

/// Where a mention's "next" link goes: the next mention of its entity, else its table row.
fn next_href(b: &Briefing, mention: usize) -> String {
    match next_mention(b, mention) {
        Some(next) => format!("#m-{next}"),
        None => format!(
            "#e-{}",
            escape_attr(&b.entities[b.mentions[mention].entity].id)
        ),
    }
}

fn open_mark(b: &Briefing, m: usize) -> String {
    let mention = &b.mentions[m];
    let entity = &b.entities[mention.entity];
    let mut title = format!("{} — {}", one_line(&entity.name), mention_label(b, mention));
    if let (None, Some(overall)) = (mention.figure, entity.figure) {
        let _ = write!(
            title,
            " (no figure stated here; overall {})",
            overall.describe()
        );
    }
    let mut out = format!(
        "<mark class=\"{}\" data-entity=\"{}\" id=\"m-{m}\" title=\"{}\">",
        entity.kind.as_str(),
        escape_attr(&entity.id),
        escape_attr(&title)
    );
    if !has_inner(b, m) {
        let _ = write!(out, "<a href=\"{}\">", next_href(b, m));
    }
    out
}

/// An article's headline on one line, its mentions marked (without ids or links: those
/// belong to the text's mentions).
fn headline(b: &Briefing, article: usize) -> String {
    let text = &b.articles[article].headline;
    let mut out = String::new();
    for event in headline_events(b, article) {
        match event {
            // White space folded as `one_line` folds it, but pieces keep their edges.
            Event::Text(range) => {
                let piece = clean(&text[range]);
                let mut words = piece.split(char::is_whitespace).peekable();
                while let Some(word) = words.next() {
                    out.push_str(&escape_html(word));
                    if words.peek().is_some() && !out.ends_with(' ') {
                        out.push(' ');
                    }
                }
            }
            Event::Open(m) => {
                let entity = &b.entities[b.headline_mentions[m].entity];
                let title = format!("{} — {}", one_line(&entity.name), entity.kind.as_str());
                let _ = write!(
                    out,
                    "<mark class=\"{}\" data-entity=\"{}\" title=\"{}\">",
                    entity.kind.as_str(),
                    escape_attr(&entity.id),
                    escape_attr(&title)
                );
            }
            Event::Close(_) => out.push_str("</mark>"),
        }
    }
    out
}

/// One block of an article as a paragraph.
fn block(b: &Briefing, article: usize, events: &[Event]) -> String {
    let text = &b.articles[article].text;
    let mut out = String::from("<p>");
    // The marks open around the current text, innermost last.
    let mut open: Vec<usize> = Vec::new();
    for event in events {
        match *event {
            Event::Text(ref range) => {
                let piece = text_html(&text[range.clone()]);
                match open.last() {
                    // Own text of a mark with marks inside: linked piece by piece.
                    Some(&m) if has_inner(b, m) => {
                        let _ = write!(out, "<a href=\"{}\">{piece}</a>", next_href(b, m));
                    }
                    _ => out.push_str(&piece),
                }
            }
            Event::Open(m) => {
                open.push(m);
                out.push_str(&open_mark(b, m));
            }
            Event::Close(m) => {
                open.pop();
                if has_inner(b, m) {
                    out.push_str("</mark>");
                } else {
                    out.push_str("</a></mark>");
                }
            }
        }
    }
    out.push_str("</p>\n");
    out
}

/// A `<td>` for briefing text: its direction from its first strong character.
fn auto_td(content: &str) -> String {
    format!("<td dir=\"auto\">{content}</td>")
}

fn cell(b: &Briefing, entity: EntityIx, cell: &Cell) -> String {
    let e = &b.entities[entity];
    match cell {
        Cell::Name => match e.mentions.first() {
            Some(first) => auto_td(&format!("<a href=\"#m-{}\">{}</a>", first.0, bdi(&e.name))),
            None => auto_td(&bdi(&e.name)),
        },
        Cell::LangName { name: None, .. } => "<td>—</td>".into(),
        Cell::LangName {
            lang,
            dir,
            name: Some(name),
        } => {
            let dir = if *dir == Direction::Rtl {
                " dir=\"rtl\""
            } else {
                ""
            };
            // The cell takes the name's direction, so a wrapped Arabic name aligns right.
            format!(
                "<td{dir}><bdi lang=\"{}\"{dir}>{}</bdi></td>",
                escape_attr(lang),
                escape_html(&one_line(name))
            )
        }
        Cell::Count { count, first: None } => format!("<td class=\"num\">{count}</td>"),
        Cell::Count {
            count,
            first: Some(m),
        } => format!("<td class=\"num\"><a href=\"#m-{m}\">{count}</a></td>"),
        Cell::Links(links) if links.is_empty() => "<td>—</td>".into(),
        Cell::Links(links) => {
            let items: Vec<String> = links
                .iter()
                .map(|&l| {
                    let other = &b.entities[l];
                    format!(
                        "<a href=\"#e-{}\">{}</a>",
                        escape_attr(&other.id),
                        bdi(&other.name)
                    )
                })
                .collect();
            auto_td(&items.join(", "))
        }
        Cell::Figure(f) => format!("<td>{}</td>", f.map_or("—".into(), |f| f.describe())),
        Cell::Reported(figures) => format!("<td>{}</td>", Cell::figures_words(figures)),
        Cell::Agreement(a @ Agreement::Disagree(_)) => {
            format!("<td class=\"disagree\">{}</td>", a.words())
        }
        Cell::Agreement(a) => format!("<td>{}</td>", a.words()),
    }
}

fn table(b: &Briefing, t: &Table, out: &mut String) {
    let kind = t.kind.as_str();
    let _ = writeln!(
        out,
        "<section id=\"{kind}\">\n<h2>{}</h2>\n<table>\n<thead><tr>",
        table_title(t.kind)
    );
    for (header, &numeric) in t.headers.iter().zip(&t.numeric) {
        let class = if numeric { " class=\"num\"" } else { "" };
        let _ = writeln!(out, "<th{class}>{}</th>", escape_html(header));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &t.rows {
        let id = escape_attr(&b.entities[row.entity].id);
        let cells: String = row.cells.iter().map(|c| cell(b, row.entity, c)).collect();
        let _ = writeln!(out, "<tr id=\"e-{id}\">{cells}</tr>");
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

/// The source of an article, linked when its URL is http(s).
fn source(a: &Article) -> String {
    let name = bdi(&a.source);
    match a.url.as_deref().map(safe_url) {
        None => name,
        Some(Some(url)) => format!(
            "<a href=\"{}\" rel=\"noopener noreferrer\">{name}</a>",
            escape_attr(&url)
        ),
        Some(None) => format!("{name} (link left out: not an http or https URL)"),
    }
}

fn article(b: &Briefing, index: usize, out: &mut String) {
    let a = &b.articles[index];
    let _ = writeln!(
        out,
        "<article id=\"a-{}\" lang=\"{}\" dir=\"{}\">",
        escape_attr(&a.id),
        escape_attr(&a.lang),
        a.dir.as_str()
    );
    let _ = writeln!(out, "<h3>{}</h3>", headline(b, index));
    let _ = writeln!(
        out,
        "<p class=\"source\" lang=\"en\" dir=\"ltr\">Source: {}</p>",
        source(a)
    );
    for blk in article_blocks(b, index) {
        out.push_str(&block(b, index, &blk.events));
    }
    out.push_str("</article>\n");
}

/// The whole HTML document.
pub fn render(b: &Briefing) -> String {
    let title = escape_html(&one_line(&b.title));
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n\
         <header>\n<h1>{title}</h1>\n<p class=\"date\">{}</p>\n</header>\n",
        escape_html(&b.date)
    );
    out.push_str("<section id=\"sources\">\n<h2>Sources</h2>\n<ul>\n");
    for a in &b.articles {
        let _ = writeln!(
            out,
            "<li><a href=\"#a-{}\">{}</a> ({}): {}</li>",
            escape_attr(&a.id),
            escape_html(&a.id),
            escape_html(&a.lang),
            source(a)
        );
    }
    out.push_str("</ul>\n</section>\n");
    if let Some(summary) = &b.summary {
        out.push_str("<section id=\"summary\">\n<h2>Summary</h2>\n");
        for range in crate::briefing::split_paragraphs(summary) {
            let _ = writeln!(out, "<p>{}</p>", text_html(&summary[range]));
        }
        out.push_str("</section>\n");
    }
    // The casualty comparison first: what the sources report is what a reader looks for.
    let mut all = tables(b);
    all.sort_by_key(|t| t.kind != EntityKind::Casualty);
    for t in all {
        table(b, &t, &mut out);
    }
    out.push_str("<section id=\"articles\">\n<h2>Articles</h2>\n");
    for index in 0..b.articles.len() {
        article(b, index, &mut out);
    }
    out.push_str("</section>\n</body>\n</html>\n");
    out
}
