//! Saved web pages: the article body extracted with `dom_smoothie` (a port of Mozilla's
//! readability, which drops navigation, share buttons, related links and cookie notices),
//! and the page's metadata: headline from `og:title` / `<title>` / `<h1>`, source from
//! `og:site_name` (else the URL's host), URL from the canonical link (else `og:url`), date
//! from the page's publication time (`article:published_time` and the like; checked by
//! `new`). A page nesting elements deeper than [`depth::MAX_DEPTH`] is refused before it
//! is parsed (the parser is quadratic in the depth). When the page marks its article with
//! `<article>` (the one with the most text), only that element is read, so nothing around
//! it (a cookie notice, a newsletter box) can become a paragraph; paragraphs that are
//! consent banners ([`consent::is_banner`]) are dropped wherever they are. A page without a
//! paragraph of real text (readability's `is_probably_readable`) has no article. A page's
//! standfirst (its description, `og:description` or `<meta name="description">`, which
//! usually sits above the article and is cut with what surrounds it) becomes the text's
//! first paragraph when the text does not already hold it and it is not a shortened teaser
//! (see [`standfirst`]): the format has no standfirst field.

use dom_smoothie::{Config, Readability, TextMode};

use super::{ArticleDraft, DraftError, consent, depth, normalise_paragraph, paragraphs};

/// The least text an `<article>` must hold to be taken as the page's article (readability's
/// own threshold for a readable paragraph): below it, the page's `<article>`s are teasers.
const MIN_ARTICLE_CHARS: usize = 140;

/// Whether a text is a saved HTML page rather than plain text.
pub fn looks_like_html(text: &str) -> bool {
    let start = text.trim_start();
    if !start.starts_with('<') {
        return false;
    }
    let head: String = start
        .chars()
        .take(4096)
        .collect::<String>()
        .to_ascii_lowercase();
    [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<meta",
        "<article",
        "<p>",
        "<div",
    ]
    .iter()
    .any(|tag| head.contains(tag))
}

/// Reads a saved page; `name` (the file name) is the source when the page names none.
pub fn read(text: &str, name: &str) -> Result<ArticleDraft, DraftError> {
    if depth::too_deep(text, depth::MAX_DEPTH) {
        return Err(DraftError::TooDeep(depth::MAX_DEPTH));
    }
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Default::default()
    };
    let mut page = Readability::new(text, None, Some(config)).map_err(|_| DraftError::Empty)?;
    // Readability's own test: some paragraph-like node with enough text (a page of menus
    // and notices has none).
    if !page.is_probably_readable() {
        return Err(DraftError::Empty);
    }
    let attr = |selector: &str, attr: &str| -> Option<String> {
        page.doc
            .select(selector)
            .attr(attr)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let url = attr("link[rel='canonical']", "href")
        .or_else(|| attr("meta[property='og:url']", "content"));
    let h1 = normalise_paragraph(&page.doc.select("h1").first().text());
    // The metadata (JSON-LD and meta tags may sit in the body) before the body is cut down.
    let metadata = page.get_article_metadata(page.parse_json_ld());
    keep_only_the_article(&page);
    let article = page.parse().map_err(|_| DraftError::Empty)?;
    let mut headline = normalise_paragraph(&metadata.title);
    if headline.is_empty() {
        headline = h1;
    }
    let source = metadata
        .site_name
        .as_deref()
        .map(normalise_paragraph)
        .filter(|s| !s.is_empty())
        .or_else(|| url.as_deref().and_then(host))
        .unwrap_or_else(|| name.to_string());
    let date = metadata.published_time.as_deref().map(normalise_paragraph);
    let mut paragraphs = paragraphs(&article.text_content);
    paragraphs.retain(|p| !consent::is_banner(p));
    // Readability may repeat the headline as the body's first line.
    if paragraphs.first() == Some(&headline) {
        paragraphs.remove(0);
    }
    if paragraphs.is_empty() {
        return Err(DraftError::Empty);
    }
    if let Some(first) = standfirst(metadata.excerpt.as_deref(), &headline, &paragraphs) {
        paragraphs.insert(0, first);
    }
    Ok(ArticleDraft {
        headline,
        paragraphs,
        source,
        url,
        date,
    })
}

/// When the page has an `<article>` with enough text, its body becomes that article alone
/// (the one with the most text, when there are several).
fn keep_only_the_article(page: &Readability) {
    let articles = page.doc.select("article");
    let longest = articles
        .nodes()
        .iter()
        .map(|node| {
            (
                node.text().chars().filter(|c| !c.is_whitespace()).count(),
                node,
            )
        })
        .max_by_key(|(chars, _)| *chars);
    if let Some((chars, node)) = longest
        && chars >= MIN_ARTICLE_CHARS
    {
        let html = node.html();
        page.doc.select("body").set_html(html);
    }
}

/// The host of an absolute URL: `https://www.example.org/a` -> `www.example.org`.
fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    (!host.is_empty()).then(|| host.to_string())
}

/// The page's description as a standfirst to put before the text: none when it is empty,
/// the headline, shortened (it ends with an ellipsis), or already in the text (the first
/// paragraph starting as it does: descriptions are often the first paragraph cut short).
fn standfirst(description: Option<&str>, headline: &str, paragraphs: &[String]) -> Option<String> {
    let text = normalise_paragraph(description?);
    let start: String = text.chars().take(40).collect();
    let shortened = text.ends_with('…') || text.ends_with("...");
    let known = text == headline
        || paragraphs
            .iter()
            .any(|p| p.contains(&text) || p.starts_with(&start));
    (!text.is_empty() && !shortened && !known).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_recognised() {
        assert!(looks_like_html(
            "\n<!DOCTYPE html><html><body></body></html>"
        ));
        assert!(looks_like_html("<html lang=en>"));
        assert!(!looks_like_html("Headline <b>not</b> html"));
        assert!(!looks_like_html("<3 this is text"));
    }

    #[test]
    fn hosts() {
        assert_eq!(
            host("https://www.example.org/a/b?c").as_deref(),
            Some("www.example.org")
        );
        assert_eq!(host("http://u@h.net:8080").as_deref(), Some("h.net"));
        assert_eq!(host("no-scheme"), None);
    }

    #[test]
    fn a_description_not_in_the_text_is_its_standfirst() {
        let paras = ["Gunmen attacked a resort near Bamako on Sunday.".to_string()];
        let sf = |d: &str| standfirst(Some(d), "Resort attacked", &paras);
        assert_eq!(
            sf(" Two killed as gunmen storm a resort. ").as_deref(),
            Some("Two killed as gunmen storm a resort.")
        );
        assert_eq!(sf("Two killed as gunmen storm a…"), None, "a teaser");
        assert_eq!(sf("Resort attacked"), None, "the headline");
        assert_eq!(
            sf("Gunmen attacked a resort near Bamako on Sun"),
            None,
            "in the text"
        );
        assert_eq!(sf(""), None);
        assert_eq!(standfirst(None, "h", &paras), None);
    }
}
