//! Semantic validation: from the file as written ([`RawBriefing`]) to the resolved model.
//!
//! Every check runs and records its findings against the YAML node at fault, so one run
//! reports all problems, not just the first. Only when no error was found is a [`Briefing`]
//! built. The order: top-level fields, articles (ids, languages, texts), the count limits
//! (`limits`: past them validation stops), entities (ids, figures, links), then mentions
//! (quotes and offsets resolved to byte and code-point ranges, lazily, stopping past the
//! mention limit), then overlaps between mentions, then warnings about suspicious text
//! (controls, bidi controls, unbalanced bidi controls: `trojan`).

use std::cell::Cell;
use std::collections::HashMap;
use std::ops::Range;

use super::diagnostic::{Findings, NodePath};
use super::limits::{MAX_ENTITIES, MAX_MENTIONS, MAX_QUOTE_CANDIDATES, MAX_QUOTE_SEARCH};
use super::model::{Article, Briefing, Direction, Entity, EntityKind, Figure, Mention};
use super::raw::{RawBriefing, RawEntity, RawMention};
use super::resolve::{CharIndex, Selector, quote_matches};
use super::trojan::{self, is_bidi_control};

/// A text field that is scanned for suspicious characters, with the path of its node.
pub struct TextField<'a> {
    pub path: NodePath,
    pub value: &'a str,
}

/// Ids are used in anchors, file names and JSON: keep them plain.
fn valid_id(id: &str) -> bool {
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
fn valid_date(date: &str) -> bool {
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

/// Checks a figure's own consistency.
fn check_figure(figure: &Figure, path: &NodePath, findings: &mut Findings) {
    if let Some(max) = figure.count_max
        && max < figure.count
    {
        findings.error(
            path.key("count_max"),
            format!("count_max {max} is less than count {}", figure.count),
        );
    }
}

/// Records an error for every id that appears twice, at the later occurrence.
fn check_unique_ids<'a>(
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

/// Per-article data needed while resolving mentions.
struct ArticleText<'a> {
    text: &'a str,
    chars: CharIndex<'a>,
}

/// A mention resolved to a range, before overlap checks.
struct Resolved {
    mention: Mention,
    /// Index of its selector in the entity's `mentions` (a quote can resolve to many).
    selector: usize,
}

impl Resolved {
    fn path(&self) -> NodePath {
        mention_path(self.mention.entity, self.selector)
    }
}

/// The node of an entity's mention selector: `entities[3].mentions[1]`.
fn mention_path(entity: usize, selector: usize) -> NodePath {
    NodePath::root()
        .key("entities")
        .index(entity)
        .key("mentions")
        .index(selector)
}

/// Checks the counts of entities and of mention selectors, and the text quote searches would
/// read, against the limits, at the first node past them. Past a limit validation stops, so
/// that a hostile file costs no more.
fn within_limits(
    raw: &RawBriefing,
    article_index: &HashMap<&str, usize>,
    findings: &mut Findings,
) -> bool {
    let count = raw.entities.len();
    if count > MAX_ENTITIES {
        findings.error(
            NodePath::root().key("entities").index(MAX_ENTITIES),
            format!("too many entities: {count} found, the limit is {MAX_ENTITIES}"),
        );
        return false;
    }
    let mut before = 0;
    for (i, e) in raw.entities.iter().enumerate() {
        if before + e.mentions.len() > MAX_MENTIONS {
            let total: usize = raw.entities.iter().map(|e| e.mentions.len()).sum();
            findings.error(
                mention_path(i, MAX_MENTIONS - before),
                format!("too many mentions: {total} found, the limit is {MAX_MENTIONS}"),
            );
            return false;
        }
        before += e.mentions.len();
    }
    // Quotes without offsets are searched for in their whole article.
    let mut searched: u64 = 0;
    let mut crossing = None;
    for (i, e) in raw.entities.iter().enumerate() {
        for (j, m) in e.mentions.iter().enumerate() {
            if let (Some(_), None, Some(&article)) =
                (&m.quote, m.start, article_index.get(m.article.as_str()))
            {
                searched += raw.articles[article].text.len() as u64;
                if searched > MAX_QUOTE_SEARCH && crossing.is_none() {
                    crossing = Some(mention_path(i, j));
                }
            }
        }
    }
    if let Some(path) = crossing {
        findings.error(
            path,
            format!(
                "too much quote searching: the quotes would read {searched} bytes of article text, over the limit of {MAX_QUOTE_SEARCH} (each quote is searched for in its whole article; select mentions in long articles by offsets, start and end)"
            ),
        );
        return false;
    }
    true
}

/// Resolves one mention selector to zero or more byte ranges, recording what is wrong. Stops
/// after `room + 1` ranges: more than `room` means the mention limit is crossed. Quote
/// searches spend `budget` (see [`quote_matches`]).
fn resolve_mention(
    m: &RawMention,
    article: &ArticleText<'_>,
    article_id: &str,
    path: &NodePath,
    room: usize,
    budget: &Cell<u64>,
    findings: &mut Findings,
) -> Vec<Range<usize>> {
    let offsets = match (m.start, m.end) {
        (None, None) => None,
        (Some(start), Some(end)) => {
            let total = article.chars.len_chars();
            if start >= end {
                findings.error(
                    path.key("start"),
                    format!("offsets {start}..{end} are empty or reversed (end is exclusive)"),
                );
                return Vec::new();
            }
            if end > total {
                findings.error(
                    path.key("end"),
                    format!(
                        "offset {end} is past the end of article {article_id:?} ({total} code points)"
                    ),
                );
                return Vec::new();
            }
            match (
                article.chars.byte_of_char(start),
                article.chars.byte_of_char(end),
            ) {
                (Some(s), Some(e)) => Some(s..e),
                _ => return Vec::new(),
            }
        }
        (Some(_), None) => {
            findings.error(path.key("start"), "start without end: give both offsets");
            return Vec::new();
        }
        (None, Some(_)) => {
            findings.error(path.key("end"), "end without start: give both offsets");
            return Vec::new();
        }
    };

    let Some(quote) = m.quote.as_deref() else {
        if m.prefix.is_some() || m.suffix.is_some() || m.occurrence.is_some() {
            findings.error(path.clone(), "prefix, suffix and occurrence need a quote");
            return Vec::new();
        }
        return match offsets {
            Some(range) => vec![range],
            None => {
                findings.error(
                    path.clone(),
                    "a mention needs a quote or start and end offsets",
                );
                Vec::new()
            }
        };
    };
    if quote.trim().is_empty() {
        findings.error(path.key("quote"), "quote is empty");
        return Vec::new();
    }

    if let Some(range) = offsets {
        let selected = &article.text[range.clone()];
        if selected != quote {
            findings.error(
                path.key("start"),
                format!(
                    "offsets {}..{} select {selected:?}, not the quote {quote:?}",
                    m.start.unwrap_or(0),
                    m.end.unwrap_or(0)
                ),
            );
            return Vec::new();
        }
        return vec![range];
    }

    let selector = Selector {
        quote,
        prefix: m.prefix.as_deref(),
        suffix: m.suffix.as_deref(),
    };
    let mut matches = quote_matches(article.text, selector, budget).peekable();
    if matches.peek().is_none() {
        if budget.get() == 0 {
            // The search was cut short; the caller reports the spent budget.
            return Vec::new();
        }
        let narrowed = m.prefix.is_some() || m.suffix.is_some();
        let hint = if narrowed
            && quote_matches(article.text, Selector { quote, ..selector }, budget)
                .next()
                .is_some()
        {
            " with that prefix/suffix"
        } else if article.text.contains(quote) {
            " as a whole word (it occurs only inside longer words)"
        } else {
            ""
        };
        findings.error(
            path.key("quote"),
            format!("quote {quote:?} not found{hint} in article {article_id:?}"),
        );
        return Vec::new();
    }
    match m.occurrence {
        None => matches.take(room.saturating_add(1)).collect(),
        Some(0) => {
            findings.error(path.key("occurrence"), "occurrence counts from 1");
            Vec::new()
        }
        Some(n) => match matches.nth(n - 1) {
            Some(range) => vec![range],
            None => {
                findings.error(
                    path.key("occurrence"),
                    format!(
                        "occurrence {n} of quote {quote:?} requested, but article {article_id:?} has only {}",
                        quote_matches(article.text, selector, budget).count()
                    ),
                );
                Vec::new()
            }
        },
    }
}

/// Checks that mentions within each article nest or stay apart; sorts and deduplicates them.
fn check_overlaps(resolved: &mut Vec<Resolved>, entities: &[RawEntity], findings: &mut Findings) {
    resolved.sort_by(|a, b| {
        let (x, y) = (&a.mention, &b.mention);
        (
            x.article,
            x.bytes.start,
            std::cmp::Reverse(x.bytes.end),
            x.entity,
        )
            .cmp(&(
                y.article,
                y.bytes.start,
                std::cmp::Reverse(y.bytes.end),
                y.entity,
            ))
    });
    resolved.dedup_by(|later, earlier| {
        let same = later.mention.article == earlier.mention.article
            && later.mention.bytes == earlier.mention.bytes
            && later.mention.entity == earlier.mention.entity;
        if same && later.mention.figure != earlier.mention.figure {
            findings.error(
                later.path(),
                "this text is marked twice for the same entity with different figures",
            );
        }
        same
    });
    // Open mentions, innermost last.
    let mut open: Vec<usize> = Vec::new();
    for i in 0..resolved.len() {
        let m = &resolved[i].mention;
        open.retain(|&o| {
            let other = &resolved[o].mention;
            other.article == m.article && other.bytes.end > m.bytes.start
        });
        if let Some(&o) = open.last() {
            let other = &resolved[o].mention;
            let name = |e: usize| entities[e].id.as_str();
            if other.bytes == m.bytes {
                findings.error(
                    resolved[i].path(),
                    format!(
                        "the same text is marked for two entities, {:?} and {:?}",
                        name(other.entity),
                        name(m.entity)
                    ),
                );
            } else if m.bytes.end > other.bytes.end {
                findings.error(
                    resolved[i].path(),
                    format!(
                        "mention of {:?} partially overlaps a mention of {:?} (mentions may nest but not cross)",
                        name(m.entity),
                        name(other.entity)
                    ),
                );
            }
        }
        open.push(i);
    }
}

/// Control characters other than tab and newline (they are never displayed).
fn is_stray_control(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t' && c != '\r'
}

/// Whether a text holds a bidi control or a stray control character. Most texts are
/// settled by their bytes: those characters start with a byte below 0x20, 0x7F, or the UTF-8
/// lead bytes 0xC2 (C1 controls) and 0xE2 (the bidi controls).
fn could_be_suspicious(text: &str) -> bool {
    text.bytes().any(|b| {
        (b < 0x20 && b != b'\n' && b != b'\t' && b != b'\r') || b == 0x7f || b == 0xc2 || b == 0xe2
    }) && text
        .chars()
        .any(|c| is_bidi_control(c) || is_stray_control(c))
}

/// Warnings about characters in a text field that a reader would not see as written.
pub fn suspicious_text(field: &TextField<'_>) -> Vec<(usize, String)> {
    if !could_be_suspicious(field.value) {
        return Vec::new();
    }
    let mut out = Vec::new();
    if let Some((at, c)) = field
        .value
        .char_indices()
        .find(|&(_, c)| is_bidi_control(c))
    {
        let count = field.value.chars().filter(|&c| is_bidi_control(c)).count();
        out.push((
            at,
            format!(
                "{} holds {count} bidi embedding/override/isolate character(s), first U+{:04X}: they can reorder or hide text (Trojan Source); the reader shows them as markers",
                field.path,
                c as u32
            ),
        ));
    }
    let unbalanced = trojan::unbalanced(field.value);
    if let Some(first) = unbalanced.first() {
        out.push((
            first.offset,
            format!(
                "{} holds {} unbalanced bidi control(s), first: {}; text can then show in another order than it is stored (Trojan Source)",
                field.path,
                unbalanced.len(),
                first.problem
            ),
        ));
    }
    if let Some((at, c)) = field
        .value
        .char_indices()
        .find(|&(_, c)| is_stray_control(c))
    {
        out.push((
            at,
            format!(
                "{} holds control character U+{:04X}; control characters are never displayed",
                field.path, c as u32
            ),
        ));
    }
    out
}

/// Every text field of the briefing, for the suspicious-text scan.
pub fn text_fields(raw: &RawBriefing) -> Vec<TextField<'_>> {
    let root = NodePath::root();
    let mut fields = vec![
        TextField {
            path: root.key("id"),
            value: &raw.id,
        },
        TextField {
            path: root.key("title"),
            value: &raw.title,
        },
    ];
    if let Some(summary) = &raw.summary {
        fields.push(TextField {
            path: root.key("summary"),
            value: summary,
        });
    }
    for (i, a) in raw.articles.iter().enumerate() {
        let p = root.key("articles").index(i);
        fields.push(TextField {
            path: p.key("source"),
            value: &a.source,
        });
        fields.push(TextField {
            path: p.key("headline"),
            value: &a.headline,
        });
        fields.push(TextField {
            path: p.key("text"),
            value: &a.text,
        });
    }
    for (i, e) in raw.entities.iter().enumerate() {
        let p = root.key("entities").index(i);
        fields.push(TextField {
            path: p.key("name"),
            value: &e.name,
        });
        for (lang, name) in &e.names {
            fields.push(TextField {
                path: p.key("names").name(lang),
                value: name,
            });
        }
    }
    fields
}

/// Validates and resolves mentions. Returns the resolution when there were no errors (for
/// [`build`]), and every finding.
pub fn validate(raw: &RawBriefing) -> (Option<Resolution>, Findings) {
    let mut findings = Findings::default();
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

    // Articles.
    let articles_path = root.key("articles");
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
        &mut findings,
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
    }
    let texts: Vec<ArticleText<'_>> = raw
        .articles
        .iter()
        .map(|a| ArticleText {
            text: &a.text,
            chars: CharIndex::new(&a.text),
        })
        .collect();

    // Entities.
    if !within_limits(raw, &article_index, &mut findings) {
        return (None, findings);
    }
    let entities_path = root.key("entities");
    check_unique_ids(
        raw.entities.iter().map(|e| e.id.as_str()),
        "entity",
        &entities_path,
        &mut findings,
    );
    let mut entity_index: HashMap<&str, usize> = HashMap::new();
    for (i, e) in raw.entities.iter().enumerate() {
        entity_index.entry(e.id.as_str()).or_insert(i);
    }

    let mut resolved: Vec<Resolved> = Vec::new();
    let budget = Cell::new(MAX_QUOTE_CANDIDATES);
    let mut links: Vec<Vec<usize>> = Vec::with_capacity(raw.entities.len());
    'entities: for (i, e) in raw.entities.iter().enumerate() {
        let p = entities_path.index(i);
        if e.name.trim().is_empty() {
            findings.error(
                p.key("name"),
                format!("entity {:?} has an empty name", e.id),
            );
        }
        match (&e.figure, e.kind) {
            (Some(f), EntityKind::Casualty) => check_figure(f, &p.key("figure"), &mut findings),
            (Some(_), kind) => findings.error(
                p.key("figure"),
                format!(
                    "figure is for casualty entities, but {:?} is a {}",
                    e.id,
                    kind.as_str()
                ),
            ),
            (None, EntityKind::Casualty) => findings.error(
                p.key("kind"),
                format!(
                    "casualty entity {:?} needs a figure (type, count, qualifier)",
                    e.id
                ),
            ),
            (None, _) => {}
        }
        let mut resolved_links = Vec::new();
        for (j, link) in e.links.iter().enumerate() {
            match entity_index.get(link.as_str()) {
                Some(&target) if target == i => {
                    findings.warning(
                        p.key("links").index(j),
                        format!("entity {:?} links to itself", e.id),
                    );
                }
                Some(&target) => resolved_links.push(target),
                None => findings.error(
                    p.key("links").index(j),
                    format!("link to unknown entity {link:?}"),
                ),
            }
        }
        links.push(resolved_links);

        if e.mentions.is_empty() {
            findings.warning(p.key("id"), format!("entity {:?} has no mentions", e.id));
        }
        for (j, m) in e.mentions.iter().enumerate() {
            let mp = p.key("mentions").index(j);
            if let Some(f) = &m.figure {
                if e.kind == EntityKind::Casualty {
                    check_figure(f, &mp.key("figure"), &mut findings);
                } else {
                    findings.error(
                        mp.key("figure"),
                        format!(
                            "figure is for casualty entities, but {:?} is a {}",
                            e.id,
                            e.kind.as_str()
                        ),
                    );
                }
            }
            let Some(&article) = article_index.get(m.article.as_str()) else {
                let known: Vec<&str> = raw.articles.iter().map(|a| a.id.as_str()).collect();
                findings.error(
                    mp.key("article"),
                    format!(
                        "mention of unknown article {:?} (articles: {})",
                        m.article,
                        known.join(", ")
                    ),
                );
                continue;
            };
            let at = &texts[article];
            let room = MAX_MENTIONS - resolved.len();
            let ranges = resolve_mention(m, at, &m.article, &mp, room, &budget, &mut findings);
            if budget.get() == 0 {
                findings.error(
                    mp,
                    format!(
                        "too much quote searching: the quotes occur more than {MAX_QUOTE_CANDIDATES} times in their articles (as words or inside words), the limit; select such mentions by offsets (start, end)"
                    ),
                );
                break 'entities;
            }
            if ranges.len() > room {
                findings.error(
                    mp,
                    format!(
                        "too many mentions: with this one the briefing resolves to more than {MAX_MENTIONS} mentions, the limit ({} before it)",
                        resolved.len()
                    ),
                );
                break 'entities;
            }
            for bytes in ranges {
                let chars = at.chars.char_of_byte(bytes.start)..at.chars.char_of_byte(bytes.end);
                resolved.push(Resolved {
                    mention: Mention {
                        entity: i,
                        article,
                        bytes,
                        chars,
                        figure: m.figure,
                    },
                    selector: j,
                });
            }
        }
    }
    check_overlaps(&mut resolved, &raw.entities, &mut findings);

    if findings.has_errors() {
        return (None, findings);
    }

    let resolution = Resolution {
        mentions: resolved.into_iter().map(|r| r.mention).collect(),
        links,
    };
    (Some(resolution), findings)
}

/// What validation resolved: every mention, and each entity's links as indices.
pub struct Resolution {
    mentions: Vec<Mention>,
    links: Vec<Vec<usize>>,
}

/// The model, built by moving the file's own data (no text is copied).
pub fn build(raw: RawBriefing, resolution: Resolution) -> Briefing {
    let Resolution { mentions, links } = resolution;
    let mut entity_mentions: Vec<Vec<usize>> = vec![Vec::new(); raw.entities.len()];
    for (k, m) in mentions.iter().enumerate() {
        entity_mentions[m.entity].push(k);
    }
    let articles = raw
        .articles
        .into_iter()
        .map(|a| Article {
            dir: a.dir.unwrap_or_else(|| Direction::for_language(&a.lang)),
            paragraphs: super::model::split_paragraphs(&a.text),
            id: a.id,
            lang: a.lang,
            source: a.source,
            url: a.url,
            headline: a.headline,
            text: a.text,
        })
        .collect();
    let entities = raw
        .entities
        .into_iter()
        .zip(links)
        .zip(entity_mentions)
        .map(|((e, links), mentions)| Entity {
            id: e.id,
            kind: e.kind,
            name: e.name,
            names: e.names,
            links,
            figure: e.figure,
            mentions,
        })
        .collect();
    Briefing {
        id: raw.id,
        title: raw.title,
        date: raw.date,
        summary: raw.summary,
        articles,
        entities,
        mentions,
    }
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
    fn mention_selectors_past_the_limit_stop_validation() {
        let mention = || RawMention {
            article: "en".into(),
            quote: None,
            occurrence: None,
            prefix: None,
            suffix: None,
            start: Some(0),
            end: Some(1),
            figure: None,
        };
        let entity = |id: &str, mentions: usize| RawEntity {
            id: id.into(),
            kind: EntityKind::Actor,
            name: "n".into(),
            names: Default::default(),
            links: Vec::new(),
            figure: None,
            mentions: (0..mentions).map(|_| mention()).collect(),
        };
        let raw = RawBriefing {
            id: "x".into(),
            title: "t".into(),
            date: "2017-06-18".into(),
            summary: None,
            articles: Vec::new(),
            entities: vec![entity("a", 10), entity("b", MAX_MENTIONS)],
        };
        let (briefing, findings) = validate(&raw);
        assert!(briefing.is_none());
        let last = findings.list.last().unwrap();
        assert_eq!(
            last.message,
            format!(
                "too many mentions: {} found, the limit is {MAX_MENTIONS}",
                MAX_MENTIONS + 10
            )
        );
        assert_eq!(last.path, mention_path(1, MAX_MENTIONS - 10));
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
