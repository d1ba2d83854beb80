//! The HTML export, parsed with a real HTML5 parser (scraper / html5ever):
//! - every resolved mention is exactly one `<mark id="m-N">` with the right `data-entity` and
//!   class, whose text content equals the mention's text. Nested mentions: the outer mark
//!   contains the inner marks, so each is still one mark whose text is its mention's text;
//! - each article is an `<article>` with the model's `lang` and `dir` (the Arabic one rtl);
//! - every mention links on to the next mention of its entity, the last to its table row,
//!   and every `#` link points at an element that exists;
//! - only the intended elements and attributes occur (walking the whole DOM against an
//!   allowlist), no `<script>`, no `on*` attribute, no resource fetched (`src`, CSS `url(`),
//!   and the only external links are the articles' http(s) sources;
//! - all of this holds for the hostile fixture and the claims fixture too, and the parser
//!   reports no parse error;
//! - format 3: a denied claim is struck through, a part of a toll comes under its whole,
//!   background figures have a table of their own, responsibility is listed, and the
//!   timeline has an inline SVG chart per figure type, with no script and no external
//!   resource (the only URLs in the file are the articles' own, as links).

use crate::common;

use std::collections::{HashMap, HashSet};

use briefing::briefing::{Briefing, bundled};
use briefing::export::ExportFormat;
use briefing::export::{export, visible_text};
use common::hostile;

use crate::export_golden::claims;
use scraper::{ElementRef, Html, Node, Selector};

fn parse(b: &Briefing) -> Html {
    let html = Html::parse_document(&export(b, ExportFormat::Html));
    assert!(html.errors.is_empty(), "parse errors: {:?}", html.errors);
    html
}

fn select<'a>(html: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    html.select(&Selector::parse(css).unwrap()).collect()
}

/// The elements and attributes the exporter means to write, and nothing else.
fn allowed(tag: &str, attr: &str) -> bool {
    let allowed: &[&str] = match tag {
        "html" => &["lang"],
        "meta" => &["charset", "name", "content"],
        "head" | "title" | "style" | "body" | "header" | "h1" | "h2" | "h3" | "ul" | "li"
        | "table" | "thead" | "tbody" | "br" => &[],
        "section" => &["id"],
        "tr" => &["id", "class"],
        "p" => &["class", "lang", "dir"],
        "th" => &["class"],
        "del" => &[],
        "svg" => &["class", "role", "aria-label", "width", "height", "viewBox"],
        "line" => &["class", "x1", "y1", "x2", "y2"],
        "path" => &["class", "d"],
        "circle" => &["class", "cx", "cy", "r"],
        "text" => &["x", "y", "text-anchor"],
        "td" => &["class", "dir"],
        "article" => &["id", "lang", "dir"],
        "mark" => &["class", "data-entity", "id", "title"],
        "a" => &["href", "rel", "class", "title"],
        "bdi" => &["lang", "dir"],
        _ => panic!("unexpected element <{tag}>"),
    };
    allowed.contains(&attr)
}

fn check_structure(b: &Briefing, html: &Html) {
    let ids: HashSet<String> = select(html, "[id]")
        .iter()
        .map(|e| e.value().attr("id").unwrap().to_string())
        .collect();
    for node in html.tree.nodes() {
        let Node::Element(e) = node.value() else {
            continue;
        };
        let tag = e.name();
        let _ = allowed(tag, "");
        for (name, value) in e.attrs() {
            assert!(allowed(tag, name), "<{tag} {name}={value:?}> not intended");
            assert!(!name.starts_with("on"), "event handler {name}");
        }
        if let Some(href) = e.attr("href") {
            if let Some(target) = href.strip_prefix('#') {
                assert!(ids.contains(target), "dangling link {href}");
            } else {
                let external = href.starts_with("https://") || href.starts_with("http://");
                assert!(external, "link to {href:?}");
                assert_eq!(e.attr("rel"), Some("noopener noreferrer"));
                assert!(b.articles.iter().any(|a| a.url.is_some()));
            }
        }
    }
    assert!(select(html, "script, iframe, img, link, object, embed, form").is_empty());
    let style = select(html, "style");
    assert_eq!(style.len(), 1);
    let css: String = style[0].text().collect();
    assert!(!css.contains("url(") && !css.contains("@import"));
    let root = select(html, "html");
    assert_eq!(root[0].value().attr("lang"), Some("en"));
    assert_eq!(select(html, "meta[charset=utf-8]").len(), 1);
}

fn check_articles(b: &Briefing, html: &Html) {
    let articles = select(html, "article");
    assert_eq!(articles.len(), b.articles.len());
    for (el, a) in articles.iter().zip(&b.articles) {
        assert_eq!(el.value().attr("id"), Some(format!("a-{}", a.id).as_str()));
        assert_eq!(el.value().attr("lang"), Some(a.lang.as_str()));
        assert_eq!(el.value().attr("dir"), Some(a.dir.as_str()));
    }
}

fn check_marks(b: &Briefing, html: &Html) {
    // Headline mentions are marked in the headline, without ids.
    let in_headlines = select(html, "h3 mark");
    assert_eq!(in_headlines.len(), b.headline_mentions.len());
    for (mark, m) in in_headlines.iter().zip(&b.headline_mentions) {
        let entity = &b.entities[m.entity].id;
        assert_eq!(mark.value().attr("data-entity"), Some(entity.as_str()));
        assert_eq!(mark.text().collect::<String>(), b.mention_text(m));
    }
    let marks = select(html, "mark[id]");
    assert_eq!(marks.len(), b.mentions.len(), "one mark per mention");
    assert_eq!(select(html, "mark").len(), marks.len() + in_headlines.len());
    let mut seen: HashMap<usize, ElementRef> = HashMap::new();
    for mark in &marks {
        let id = mark.value().attr("id").expect("marks have ids");
        let n: usize = id.strip_prefix("m-").unwrap().parse().unwrap();
        assert!(seen.insert(n, *mark).is_none(), "{id} twice");
        let mention = &b.mentions[n];
        let entity = &b.entities[mention.entity];
        assert_eq!(mark.value().attr("data-entity"), Some(entity.id.as_str()));
        assert_eq!(mark.value().attr("class"), Some(entity.kind.as_str()));
        let text: String = mark.text().collect();
        assert_eq!(text, visible_text(b.mention_text(mention)), "text of {id}");
        let title = mark.value().attr("title").unwrap();
        assert!(title.contains(entity.kind.as_str()));
        // The mark sits in the article of its mention.
        let article = mark
            .ancestors()
            .filter_map(ElementRef::wrap)
            .find(|e| e.value().name() == "article")
            .expect("marks are inside articles");
        let want = format!("a-{}", b.articles[mention.article].id);
        assert_eq!(article.value().attr("id"), Some(want.as_str()));
    }
    // Navigation: each mention's link goes to the next mention of its entity; a mark with
    // marks inside links its own text (no link after it, no "›" outside any mark).
    let next_links = |n: usize| -> Vec<String> {
        seen[&n]
            .children()
            .filter_map(ElementRef::wrap)
            .filter(|e| e.value().name() == "a")
            .map(|e| e.value().attr("href").unwrap().to_string())
            .collect()
    };
    for (e, entity) in b.entities.iter().enumerate() {
        for (k, &m) in entity.mentions.iter().enumerate() {
            let want = match entity.mentions.get(k + 1) {
                Some(next) => format!("#m-{}", next.0),
                None => format!("#e-{}", entity.id),
            };
            let links = next_links(m.0);
            assert!(
                links.contains(&want),
                "mention {} of entity {e}: {links:?}",
                m.0
            );
        }
    }
}

fn check_tables(b: &Briefing, html: &Html) {
    for (e, entity) in b.entities.iter().enumerate() {
        let row = select(html, &format!("tr#e-{}", entity.id));
        assert_eq!(row.len(), 1, "{}", entity.id);
        let hrefs: Vec<&str> = row[0]
            .select(&Selector::parse("a[href^='#m-']").unwrap())
            .map(|a| a.value().attr("href").unwrap())
            .collect();
        if let Some(first) = entity.mentions.first() {
            assert_eq!(hrefs[0], format!("#m-{}", first.0), "entity {e}");
        }
    }
}

fn check_all(b: &Briefing) {
    let html = parse(b);
    check_structure(b, &html);
    check_articles(b, &html);
    check_marks(b, &html);
    check_tables(b, &html);
}

#[test]
fn bundled_html_is_well_formed_and_complete() {
    let b = bundled().unwrap().briefing;
    check_all(&b);
    let html = parse(&b);
    let rtl = select(&html, "article[dir=rtl]");
    assert_eq!(rtl.len(), 1);
    assert_eq!(rtl[0].value().attr("lang"), Some("ar"));
    // Arabic names in the (left-to-right) tables are isolated and marked right-to-left.
    let bdi = select(&html, "td bdi[lang=ar][dir=rtl]");
    assert!(bdi.iter().any(|e| e.text().collect::<String>() == "باماكو"));
    // Nested mentions: the inner mark is inside the outer one.
    assert!(!select(&html, "mark mark").is_empty());
    // Disagreeing figures are flagged, with how they differ, on the peacekeeper row only:
    // the Radisson toll's "more than 20" and "at least 20" can both be true.
    let cell = select(&html, "tr#e-peacekeepers-deployed td.disagree");
    assert_eq!(cell.len(), 1);
    assert_eq!(
        cell[0].text().collect::<String>(),
        "⚠ sources disagree: 11,000 against 10,000"
    );
    assert_eq!(select(&html, "td.disagree").len(), 1);
}

#[test]
fn hostile_html_has_no_unintended_markup() {
    let b = hostile();
    check_all(&b);
    let html = parse(&b);
    // The javascript: URL is dropped; the https one is kept, percent-encoded.
    let external: Vec<&str> = select(&html, "a[rel]")
        .iter()
        .map(|a| a.value().attr("href").unwrap())
        .collect();
    assert!(!external.is_empty());
    assert!(
        external
            .iter()
            .all(|h| h.starts_with("https://example.org/"))
    );
    let text: String = html.root_element().text().collect();
    assert!(text.contains("<script>alert(1)</script>"), "shown as text");
    assert!(text.contains("‹U+202E›"), "bidi overrides shown as markers");
}

/// Issue 27: no stray "›" after marks that contain marks (the outer mark links its own
/// text instead); marks are boxed without padding, margin or border, which cut Arabic
/// joining at a mark's edge; the casualty comparison comes before the actor table; table
/// cells with Arabic names align right (their direction is the name's).
#[test]
fn nested_marks_casualties_first_and_arabic_cells() {
    let b = bundled().unwrap().briefing;
    let source = export(&b, ExportFormat::Html);
    let html = parse(&b);
    assert!(!source.contains('›'), "a stray › in the export");
    let outer: Vec<ElementRef> = select(&html, "mark[id]")
        .into_iter()
        .filter(|m| m.select(&Selector::parse("mark").unwrap()).count() > 0)
        .collect();
    assert!(!outer.is_empty(), "the bundled briefing nests mentions");
    for mark in &outer {
        let own_links = mark
            .children()
            .filter_map(ElementRef::wrap)
            .filter(|e| e.value().name() == "a")
            .count();
        assert!(own_links > 0, "{}", mark.html());
        assert_eq!(select(&html, "a a").len(), 0, "no link inside a link");
    }
    let style = select(&html, "style")[0].text().collect::<String>();
    for rule in style.lines().filter(|l| l.starts_with("mark")) {
        let body = &rule[rule.find('{').unwrap()..];
        for spacing in [
            "margin",
            "border:",
            "border-width",
            "padding:0 ",
            "padding:.",
        ] {
            assert!(!body.contains(spacing), "{rule}: {spacing} cuts joining");
        }
    }
    assert!(
        style.contains("mark mark{outline"),
        "the nested box is an outline"
    );
    let sections: Vec<&str> = select(&html, "section[id]")
        .iter()
        .map(|s| s.value().attr("id").unwrap())
        .collect();
    let at = |id: &str| sections.iter().position(|s| *s == id).unwrap();
    assert!(at("casualty") < at("actor"), "{sections:?}");
    assert!(at("actor") < at("place"), "{sections:?}");
    let arabic = select(&html, "td[dir=rtl] bdi[lang=ar]");
    assert!(
        arabic
            .iter()
            .any(|e| e.text().collect::<String>() == "باماكو")
    );
    assert!(select(&html, "td bdi[lang=ar]").len() == arabic.len());
    assert!(!select(&html, "tr[id] td[dir=auto] a[href^='#m-']").is_empty());
}

/// Issue 26: format 3 in the HTML export, and the timeline's chart fetches nothing.
#[test]
fn claims_html_shows_who_said_what_and_its_timeline_fetches_nothing() {
    let b = claims();
    check_all(&b);
    let html = parse(&b);
    let text = |css: &str| -> Vec<String> {
        select(&html, css)
            .iter()
            .map(|e| e.text().collect::<String>())
            .collect()
    };
    assert_eq!(
        text("tr#e-colonel del"),
        ["1 killed"],
        "denied: struck through"
    );
    assert!(text("tr#e-colonel").join("").contains("denied by The army"));
    assert!(
        text("tr#e-killed")
            .join("")
            .contains("said by Samir Haddad")
    );
    // The part right after its whole, marked; the 2015 bomb in the background table.
    let rows: Vec<&str> = select(&html, "section#casualty tr[id]")
        .iter()
        .map(|r| r.value().attr("id").unwrap())
        .collect();
    assert_eq!(
        rows,
        ["e-killed", "e-soldiers", "e-colonel", "e-casualties"]
    );
    assert_eq!(select(&html, "tr.part#e-soldiers").len(), 1);
    assert_eq!(
        select(&html, "section#background tr#e-car-bomb-2015").len(),
        1
    );
    assert_eq!(
        text("section#responsibility li"),
        [
            "Northern Front: blamed by The army (Daily Courier); denied responsibility (Daily Courier)"
        ]
    );
    // The timeline: a chart and a table per figure type; the rise and the accepted figure.
    assert_eq!(select(&html, "section#timeline svg").len(), 2);
    assert_eq!(select(&html, "section#timeline table").len(), 2);
    assert_eq!(select(&html, "svg circle.denied").len(), 1);
    let timeline = text("section#timeline").join("");
    assert!(timeline.contains("▲ rose from at least 14"), "{timeline}");
    assert!(timeline.contains("Accepted: 21 killed (People killed in the bombing)"));
    // Nothing to run or fetch, with or without a source URL: the only URLs are the
    // articles' own, as links.
    let url = "https://courier.example/market?id=1";
    let b = with_url(url);
    check_all(&b);
    for b in [claims(), b] {
        let source = export(&b, ExportFormat::Html);
        for forbidden in ["<script", "src=", "url(", "@import", "xmlns"] {
            assert!(!source.contains(forbidden), "{forbidden}");
        }
        let urls: Vec<&str> = b.articles.iter().filter_map(|a| a.url.as_deref()).collect();
        for (at, _) in source.match_indices("http") {
            let rest = &source[at..];
            if !(rest.starts_with("http://") || rest.starts_with("https://")) {
                continue;
            }
            assert!(
                urls.iter()
                    .any(|u| rest.starts_with(&format!("{u}\" rel=\"noopener"))),
                "an URL that is no article's link: {}",
                &rest[..rest.len().min(60)]
            );
        }
    }
    assert_eq!(
        export(&with_url(url), ExportFormat::Html)
            .matches(&format!("href=\"{url}\""))
            .count(),
        2,
        "the source list and the article link to it"
    );
}

/// The claims fixture with a URL for its first article.
fn with_url(url: &str) -> Briefing {
    let text = std::fs::read_to_string(common::test_file("fixtures/claims/claims.yaml")).unwrap();
    let text = text.replace(
        "    source: Daily Courier\n",
        &format!("    source: Daily Courier\n    url: \"{url}\"\n"),
    );
    briefing::briefing::load_str("claims.yaml", &text)
        .unwrap()
        .briefing
}

/// Names now appear in notes, the responsibility list, the timeline and the chart's
/// tooltips: markup and bidi controls in them stay text there too, in HTML and Markdown.
#[test]
fn hostile_names_in_claims_stay_text() {
    let text = std::fs::read_to_string(common::test_file("fixtures/claims/claims.yaml"))
        .unwrap()
        .replace(
            "name: The army",
            "name: \"<script>x</script> | *a* \\u202E\"",
        )
        .replace("source: Daily Courier", "source: \"<img src=x> Courier\"");
    let b = briefing::briefing::load_str("claims.yaml", &text)
        .unwrap()
        .briefing;
    check_all(&b);
    let html = export(&b, ExportFormat::Html);
    assert!(
        !html.contains("<script") && !html.contains("<img"),
        "raw markup"
    );
    assert!(html.contains("denied by <bdi>&lt;script&gt;x&lt;/script&gt; | *a* ‹U+202E›</bdi>"));
    assert!(html.contains(
        "<title>1 killed — &lt;img src=x&gt; Courier, 2019-03-02, denied by &lt;script&gt;"
    ));
    let md = export(&b, ExportFormat::Md);
    assert!(
        !md.contains("<script") && !md.contains("<img"),
        "raw markup"
    );
    assert!(
        md.contains("denied by &lt;script&gt;x&lt;/script&gt; \\| \\*a\\* ‹U+202E›"),
        "{md}"
    );
    assert!(!md.contains('\u{202E}') && !html.contains('\u{202E}'));
}
