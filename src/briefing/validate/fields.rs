//! Checks of the plain fields: the briefing's id, title and date, each article's id,
//! language and text, and the uniqueness and shape of ids. Each check records its findings
//! at the node at fault; the article ids found are returned for the mention checks.

use std::collections::HashMap;

use super::super::diagnostic::{Findings, NodePath};
use super::super::figure::Moment;
use super::super::raw::RawBriefing;

/// Ids are used in anchors, file names and JSON: keep them plain.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// A BCP 47-shaped tag: letters, digits and hyphens, starting with 2-8 letters.
fn valid_lang(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=8).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// YYYY-MM-DD with a real month and day.
pub fn valid_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let [y, m, d] = parts[..] else {
        return false;
    };
    let num = |s: &str, len: usize| {
        (s.len() == len && s.chars().all(|c| c.is_ascii_digit())).then(|| s.parse::<u32>().ok())?
    };
    let (Some(y), Some(m), Some(d)) = (num(y, 4), num(m, 2), num(d, 2)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

/// Records an error for every id that appears twice, at the later occurrence.
pub fn check_unique_ids<'a>(
    ids: impl Iterator<Item = &'a str>,
    what: &str,
    list: &NodePath,
    findings: &mut Findings,
) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, id) in ids.enumerate() {
        let path = list.index(i).key("id");
        if !valid_id(id) {
            findings.error(
                path.clone(),
                format!(
                    "{what} id {id:?} must be non-empty ASCII letters, digits, '-', '_' or '.'"
                ),
            );
        }
        if let Some(first) = seen.insert(id, i) {
            findings.error(
                path,
                format!(
                    "duplicate {what} id {id:?} (first used by {what} #{})",
                    first + 1
                ),
            );
        }
    }
}

/// Checks the briefing's own fields: id, title, date.
pub fn check_briefing(raw: &RawBriefing, findings: &mut Findings) {
    let root = NodePath::root();
    if !valid_id(&raw.id) {
        findings.error(
            root.key("id"),
            format!(
                "briefing id {:?} must be non-empty ASCII letters, digits, '-', '_' or '.'",
                raw.id
            ),
        );
    }
    if raw.title.trim().is_empty() {
        findings.error(root.key("title"), "title is empty");
    }
    if !valid_date(&raw.date) {
        findings.error(
            root.key("date"),
            format!(
                "date {:?} is not a calendar date in the form YYYY-MM-DD",
                raw.date
            ),
        );
    }
}

/// Checks the articles (at least one, unique ids, languages, texts) and returns the index
/// of each article id (the first article with it).
pub fn check_articles<'a>(
    raw: &'a RawBriefing,
    findings: &mut Findings,
) -> HashMap<&'a str, usize> {
    let articles_path = NodePath::root().key("articles");
    if raw.articles.is_empty() {
        findings.error(
            articles_path.clone(),
            "a briefing needs at least one article",
        );
    }
    check_unique_ids(
        raw.articles.iter().map(|a| a.id.as_str()),
        "article",
        &articles_path,
        findings,
    );
    let mut article_index: HashMap<&str, usize> = HashMap::new();
    for (i, a) in raw.articles.iter().enumerate() {
        article_index.entry(a.id.as_str()).or_insert(i);
        let p = articles_path.index(i);
        if !valid_lang(&a.lang) {
            findings.error(
                p.key("lang"),
                format!("lang {:?} is not a BCP 47 language tag", a.lang),
            );
        }
        if a.text.trim().is_empty() {
            findings.error(p.key("text"), format!("article {:?} has no text", a.id));
        }
        if let Some(text) = &a.published {
            match Moment::parse("published", text) {
                Err(message) => findings.error(p.key("published"), message),
                Ok(at) if !valid_date(at.date()) => findings.error(
                    p.key("published"),
                    format!("published {text:?} is not a calendar date"),
                ),
                Ok(_) => {}
            }
        }
        for (key, value) in [("source", &a.source), ("headline", &a.headline)] {
            if value.trim().is_empty() {
                findings.error(p.key(key), format!("article {:?} has an empty {key}", a.id));
            }
        }
    }
    article_index
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert!(valid_date("2017-06-18"));
        assert!(valid_date("2016-02-29"));
        assert!(!valid_date("2017-02-29"));
        assert!(!valid_date("2017-13-01"));
        assert!(!valid_date("17-06-18"));
        assert!(!valid_date("2017-6-18"));
        assert!(!valid_date("yesterday"));
    }

    #[test]
    fn languages_and_ids() {
        for ok in ["en", "ar", "zh-Hant", "ar-EG", "fil"] {
            assert!(valid_lang(ok), "{ok}");
        }
        for bad in ["", "e", "english language", "en_", "12"] {
            assert!(!valid_lang(bad), "{bad}");
        }
        assert!(valid_id("radisson-blu_2015.v2"));
        assert!(!valid_id("has space"));
        assert!(!valid_id("<script>"));
        assert!(!valid_id(""));
    }
}
