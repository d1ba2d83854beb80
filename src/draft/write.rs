//! The YAML of a drafted briefing: the header (with the summary, if given) and the articles, no entities. Every string
//! is cleaned as the paragraphs are ([`normalise_paragraph`]: no control or bidi-control
//! character, whatever a file name, a page or the command line held), then serde_yaml
//! writes them (quoting what needs quoting, texts as literal blocks); the caller loads the
//! result back to check it before writing it anywhere.

use serde::Serialize;

use super::{ArticleDraft, normalise_paragraph};

/// The briefing's header, as given on the command line or taken from the articles.
pub struct Header<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub date: &'a str,
    pub summary: Option<&'a str>,
}

#[derive(Serialize)]
struct Out {
    id: String,
    title: String,
    date: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<String>,
    articles: Vec<OutArticle>,
}

#[derive(Serialize)]
struct OutArticle {
    id: String,
    lang: String,
    source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    headline: String,
    text: String,
}

/// The briefing YAML for `articles`, each with its (id, language).
pub fn briefing_yaml(header: &Header<'_>, articles: &[(String, String, ArticleDraft)]) -> String {
    let clean = normalise_paragraph;
    let out = Out {
        id: clean(header.id),
        title: clean(header.title),
        date: clean(header.date),
        summary: header.summary.map(clean),
        articles: articles
            .iter()
            .map(|(id, lang, a)| OutArticle {
                id: clean(id),
                lang: clean(lang),
                source: clean(&a.source),
                url: a.url.as_deref().map(clean),
                headline: clean(&a.headline),
                text: a
                    .paragraphs
                    .iter()
                    .map(|p| clean(p))
                    .collect::<Vec<_>>()
                    .join("\n\n"),
            })
            .collect(),
    };
    // Serialising plain strings and vectors cannot fail.
    let mut yaml = serde_yaml::to_string(&out).unwrap_or_default();
    if !yaml.ends_with('\n') {
        yaml.push('\n');
    }
    yaml
}

/// An id made from a title: ASCII letters and digits lowercased, every other run of
/// characters one `-`; `briefing` when nothing is left.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out: String = out.trim_end_matches('-').chars().take(60).collect();
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "briefing".into()
    } else {
        out.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(
            slug("Mali attack: gunmen near Bamako!"),
            "mali-attack-gunmen-near-bamako"
        );
        assert_eq!(slug("هجوم"), "briefing");
    }

    #[test]
    fn yaml_loads_back_with_the_exact_text() {
        let a = ArticleDraft {
            headline: "Title: with colon".into(),
            paragraphs: vec!["# not a comment".into(), "- not a list: \"q\"".into()],
            source: "x.txt".into(),
            url: None,
            date: None,
        };
        let header = Header {
            id: "x",
            title: "T",
            date: "2017-06-18",
            summary: None,
        };
        let yaml = briefing_yaml(&header, &[("en".into(), "en".into(), a.clone())]);
        let loaded = crate::briefing::load_str("x.yaml", &yaml).unwrap().briefing;
        assert_eq!(loaded.articles[0].text, a.text());
        assert_eq!(loaded.articles[0].headline, a.headline);
    }

    #[test]
    fn every_string_is_cleaned() {
        let dirty = "a\u{1b}[31mb\u{7}c\u{202e}d";
        let a = ArticleDraft {
            headline: dirty.into(),
            paragraphs: vec![dirty.into()],
            source: dirty.into(),
            url: Some(format!("https://example.org/{dirty}")),
            date: None,
        };
        let header = Header {
            id: dirty,
            title: dirty,
            date: "2017-06-18\u{7}",
            summary: Some(dirty),
        };
        let yaml = briefing_yaml(&header, &[(dirty.into(), dirty.into(), a)]);
        assert!(
            !yaml.contains(|c: char| c.is_control() && c != '\n'),
            "{yaml:?}"
        );
        assert!(!yaml.contains('\u{202e}'), "{yaml:?}");
        assert!(!yaml.contains("\\e") && !yaml.contains("\\a"), "{yaml:?}");
        assert_eq!(yaml.matches("a [31mb c d").count(), 9, "{yaml}");
        assert!(yaml.contains("date: 2017-06-18\n"), "{yaml}");
    }
}
