//! The YAML of a drafted briefing: the header and the articles, no entities. serde_yaml
//! writes the strings (quoting what needs quoting, texts as literal blocks); the caller
//! loads the result back to check it before writing it anywhere.

use serde::Serialize;

use super::ArticleDraft;

/// The briefing's header, as given on the command line or taken from the articles.
pub struct Header<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub date: &'a str,
}

#[derive(Serialize)]
struct Out<'a> {
    id: &'a str,
    title: &'a str,
    date: &'a str,
    articles: Vec<OutArticle<'a>>,
}

#[derive(Serialize)]
struct OutArticle<'a> {
    id: &'a str,
    lang: &'a str,
    source: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    headline: &'a str,
    text: String,
}

/// The briefing YAML for `articles`, each with its (id, language).
pub fn briefing_yaml(header: &Header<'_>, articles: &[(String, String, ArticleDraft)]) -> String {
    let out = Out {
        id: header.id,
        title: header.title,
        date: header.date,
        articles: articles
            .iter()
            .map(|(id, lang, a)| OutArticle {
                id,
                lang,
                source: &a.source,
                url: a.url.as_deref(),
                headline: &a.headline,
                text: a.text(),
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
        };
        let yaml = briefing_yaml(&header, &[("en".into(), "en".into(), a.clone())]);
        let loaded = crate::briefing::load_str("x.yaml", &yaml).unwrap().briefing;
        assert_eq!(loaded.articles[0].text, a.text());
        assert_eq!(loaded.articles[0].headline, a.headline);
    }
}
