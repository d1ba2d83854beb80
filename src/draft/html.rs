//! Saved web pages: the article body extracted with `dom_smoothie` (a port of Mozilla's
//! readability, which drops navigation, share buttons, related links and cookie notices),
//! and the page's metadata: headline from `og:title` / `<title>` / `<h1>`, source from
//! `og:site_name` (else the URL's host), URL from the canonical link (else `og:url`), date
//! from `article:published_time`. A page without a paragraph of real text (readability's
//! `is_probably_readable`) has no article.

use dom_smoothie::{Config, Readability, TextMode};

use super::{ArticleDraft, DraftError, normalise_paragraph, paragraphs};

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
    let article = page.parse().map_err(|_| DraftError::Empty)?;
    let mut headline = normalise_paragraph(&article.title);
    if headline.is_empty() {
        headline = h1;
    }
    let source = article
        .site_name
        .as_deref()
        .map(normalise_paragraph)
        .filter(|s| !s.is_empty())
        .or_else(|| url.as_deref().and_then(host))
        .unwrap_or_else(|| name.to_string());
    let date = article.published_time.as_deref().and_then(iso_date);
    let mut paragraphs = paragraphs(&article.text_content);
    // Readability may repeat the headline as the body's first line.
    if paragraphs.first() == Some(&headline) {
        paragraphs.remove(0);
    }
    if paragraphs.is_empty() {
        return Err(DraftError::Empty);
    }
    Ok(ArticleDraft {
        headline,
        paragraphs,
        source,
        url,
        date,
    })
}

/// The host of an absolute URL: `https://www.example.org/a` -> `www.example.org`.
fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    (!host.is_empty()).then(|| host.to_string())
}

/// The `YYYY-MM-DD` at the start of an ISO 8601 timestamp.
fn iso_date(stamp: &str) -> Option<String> {
    let date = stamp.trim().get(..10)?;
    let b = date.as_bytes();
    let shape = b.iter().enumerate().all(|(i, c)| match i {
        4 | 7 => *c == b'-',
        _ => c.is_ascii_digit(),
    });
    shape.then(|| date.to_string())
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
    fn hosts_and_dates() {
        assert_eq!(
            host("https://www.example.org/a/b?c").as_deref(),
            Some("www.example.org")
        );
        assert_eq!(host("http://u@h.net:8080").as_deref(), Some("h.net"));
        assert_eq!(host("no-scheme"), None);
        assert_eq!(
            iso_date("2017-06-18T14:00:00Z").as_deref(),
            Some("2017-06-18")
        );
        assert_eq!(iso_date("June 18, 2017"), None);
    }
}
