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
//! comparison comes first (a toll's parts under it, marked `↳`; each reported figure with
//! who said it, a denied one in `<del>`; background figures in a table of their own), then
//! the actors and places, the claims of responsibility and the timeline: per figure type an
//! inline SVG step chart (each toll's reported values over time, denied claims hollow; no
//! script, nothing fetched) and a table. Names are isolated in `<bdi>`,
//! right-to-left ones with `dir="rtl"`, and table cells that hold briefing names are
//! `dir="auto"` (an Arabic name aligns right, wrapped or not). Every text and attribute
//! value is escaped; source links are kept only for http(s).

use std::fmt::Write as _;

use super::chart;
use super::claims::{self, Piece};
use super::tables::{Agreement, Cell, Table, tables};
use super::text::{clean, escape_attr, escape_html, one_line, safe_url};
use super::{Event, article_blocks, has_inner, headline_events, mention_label, next_mention};
use crate::briefing::{
    Article, Briefing, Claim, Direction, EntityIx, EntityKind, Point, Series, timeline,
};

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
p.note{color:#555}
del{color:#8a1c00}
svg.chart{display:block;max-width:100%;height:auto;font-size:11px}
svg .axis{stroke:#888}
svg .step{fill:none;stroke-width:2}
svg .toll-0{stroke:#1d4ed8;fill:#1d4ed8}
svg .toll-1{stroke:#b45309;fill:#b45309}
svg .toll-2{stroke:#15803d;fill:#15803d}
svg .toll-3{stroke:#7e22ce;fill:#7e22ce}
svg .step.toll-0,svg .step.toll-1,svg .step.toll-2,svg .step.toll-3{fill:none}
svg circle.denied{fill:#fff;stroke:#8a1c00;stroke-width:2}
svg text{fill:#1b1b1b;stroke:none}
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

/// A phrase of our words and briefing names, escaped, each name isolated.
fn phrase(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Words(w) => escape_html(w),
            Piece::Name(n) => bdi(n),
        })
        .collect()
}

/// A phrase as plain escaped text (for an SVG `<title>`, which holds no elements).
fn phrase_text(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Words(w) => escape_html(w),
            Piece::Name(n) => escape_html(&one_line(n)),
        })
        .collect()
}

/// A figure's words, in `<del>` when its claim was denied.
fn struck(p: &Point, words: String) -> String {
    match p.claim {
        Claim::Denied => format!("<del>{words}</del>"),
        _ => words,
    }
}

/// A figure as one article reports it, then its notes.
fn reported(b: &Briefing, p: &Point) -> String {
    let notes: Vec<String> = claims::notes(b, p).iter().map(|n| phrase(n)).collect();
    let figure = struck(p, p.figure.describe());
    match notes.is_empty() {
        true => figure,
        false => format!("{figure} ({})", notes.join("; ")),
    }
}

fn cell(b: &Briefing, entity: EntityIx, depth: usize, cell: &Cell) -> String {
    let e = &b.entities[entity];
    let part = "↳ ".repeat(depth);
    match cell {
        Cell::Name => match e.mentions.first() {
            Some(first) => auto_td(&format!(
                "{part}<a href=\"#m-{}\">{}</a>",
                first.0,
                bdi(&e.name)
            )),
            None => auto_td(&format!("{part}{}", bdi(&e.name))),
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
        Cell::Reported(points) if points.is_empty() => "<td>—</td>".into(),
        Cell::Reported(points) => {
            let each: Vec<String> = points.iter().map(|p| reported(b, p)).collect();
            auto_td(&each.join("; "))
        }
        Cell::Agreement(a @ Agreement::Disagree(_)) => {
            format!("<td class=\"disagree\">{}</td>", a.words())
        }
        Cell::Agreement(a) => format!("<td>{}</td>", a.words()),
    }
}

fn table(b: &Briefing, t: &Table, out: &mut String) {
    let id = if t.background {
        "background"
    } else {
        t.kind.as_str()
    };
    let _ = writeln!(out, "<section id=\"{id}\">\n<h2>{}</h2>", t.title());
    if let Some(note) = t.note() {
        let _ = writeln!(out, "<p class=\"note\">{note}</p>");
    }
    out.push_str("<table>\n<thead><tr>\n");
    for (header, &numeric) in t.headers.iter().zip(&t.numeric) {
        let class = if numeric { " class=\"num\"" } else { "" };
        let _ = writeln!(out, "<th{class}>{}</th>", escape_html(header));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &t.rows {
        let id = escape_attr(&b.entities[row.entity].id);
        let cells: String = (row.cells.iter())
            .map(|c| cell(b, row.entity, row.depth, c))
            .collect();
        let class = if row.depth > 0 { " class=\"part\"" } else { "" };
        let _ = writeln!(out, "<tr id=\"e-{id}\"{class}>{cells}</tr>");
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

/// The claims of responsibility, one actor an item; nothing when there are none.
fn responsibility(b: &Briefing, out: &mut String) {
    let actors = claims::responsibilities(b);
    if actors.is_empty() {
        return;
    }
    out.push_str("<section id=\"responsibility\">\n<h2>Responsibility</h2>\n<ul>\n");
    for (e, said) in actors {
        let e = &b.entities[e];
        let said: Vec<String> = said.iter().map(|p| phrase(p)).collect();
        let _ = writeln!(
            out,
            "<li><a href=\"#e-{}\">{}</a>: {}</li>",
            escape_attr(&e.id),
            bdi(&e.name),
            said.join("; ")
        );
    }
    out.push_str("</ul>\n</section>\n");
}

/// A timeline point in plain words, for the chart's tooltips: "at least 14 killed — Daily
/// Courier, 2019-03-02, said by Samir Haddad".
fn point_title(b: &Briefing, p: &Point) -> String {
    let mut out = format!(
        "{} — {}, {}",
        p.figure.describe(),
        escape_html(&one_line(&b.articles[p.article].source)),
        p.moment.as_ref().map_or("undated", |m| m.as_str())
    );
    for note in claims::notes(b, p) {
        let _ = write!(out, ", {}", phrase_text(&note));
    }
    out
}

/// The timeline: for each figure type, its step chart and its table.
fn timeline_section(b: &Briefing, out: &mut String) {
    let all = timeline(b);
    if all.is_empty() {
        return;
    }
    out.push_str("<section id=\"timeline\">\n<h2>Timeline</h2>\n");
    for series in &all {
        let _ = writeln!(out, "<h3>{}</h3>", claims::series_title(series.kind));
        let titles: Vec<String> = series.points.iter().map(|p| point_title(b, p)).collect();
        out.push_str(&chart::step_chart(series, &titles));
        let headers: String = (claims::TIMELINE_COLUMNS.iter())
            .map(|h| format!("<th>{h}</th>"))
            .collect();
        let _ = writeln!(out, "<table>\n<thead><tr>{headers}</tr></thead>\n<tbody>");
        for p in &series.points {
            timeline_row(b, series, p, out);
        }
        out.push_str("</tbody>\n</table>\n");
        if let Some(accepted) = claims::accepted(b, series) {
            let _ = writeln!(out, "<p>{}</p>", phrase(&accepted));
        }
    }
    out.push_str("</section>\n");
}

fn timeline_row(b: &Briefing, series: &Series, p: &Point, out: &mut String) {
    let or_dash = |s: String| if s.is_empty() { "—".to_string() } else { s };
    let article = &b.articles[p.article];
    let _ = writeln!(
        out,
        "<tr><td>{}</td><td>{}</td><td>{}</td><td dir=\"auto\"><a href=\"#a-{}\">{}</a></td>{}{}{}</tr>",
        p.moment.as_ref().map_or("undated", |m| m.as_str()),
        struck(p, claims::timeline_figure(p)),
        or_dash(escape_html(&claims::change(series, p))),
        escape_attr(&article.id),
        bdi(&article.source),
        auto_td(&or_dash(phrase(&claims::speakers(b, p)))),
        auto_td(&phrase(&claims::claim(b, p))),
        auto_td(&format!(
            "<a href=\"#m-{}\">{}</a>",
            p.mention.0,
            phrase(&claims::toll(b, p))
        )),
    );
}

/// " · published 2019-03-02", or nothing.
fn published(a: &Article) -> String {
    a.published
        .map_or_else(String::new, |m| format!(" · published {}", m.as_str()))
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
        "<p class=\"source\" lang=\"en\" dir=\"ltr\">Source: {}{}</p>",
        source(a),
        published(a)
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
            "<li><a href=\"#a-{}\">{}</a> ({}): {}{}</li>",
            escape_attr(&a.id),
            escape_html(&a.id),
            escape_html(&a.lang),
            source(a),
            published(a)
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
    responsibility(b, &mut out);
    timeline_section(b, &mut out);
    out.push_str("<section id=\"articles\">\n<h2>Articles</h2>\n");
    for index in 0..b.articles.len() {
        article(b, index, &mut out);
    }
    out.push_str("</section>\n</body>\n</html>\n");
    out
}
