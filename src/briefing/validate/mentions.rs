//! Mentions: each selector of each entity resolved to byte and code-point ranges of its
//! article's text, within the limits. The counts and the text quote searches would read are
//! checked first (`within_limits`); then each selector is resolved (`resolve_mention`):
//! offsets are converted through the article's [`CharIndex`], quotes searched for lazily on a
//! shared budget, and every problem recorded at the selector's node.

use std::cell::{Cell, OnceCell};
use std::collections::HashMap;
use std::ops::Range;

use super::super::diagnostic::{Findings, NodePath, Place, quoted};
use super::super::ids::{ArticleIx, EntityIx};
use super::super::limits::{
    MAX_ENTITIES, MAX_HINT_TEXT, MAX_MENTIONS, MAX_QUOTE_CANDIDATES, MAX_QUOTE_SEARCH,
};
use super::super::model::{Mention, Part};
use super::super::near_miss::FoldedText;
use super::super::raw::{RawBriefing, RawEntity, RawMention};
use super::super::resolve::{CharIndex, Selector, quote_matches, quote_selects};
use super::figures::check_figure;

/// Per-article data needed while resolving mentions, for one part (text or headline).
pub struct ArticleText<'a> {
    /// Index in the briefing's articles.
    pub index: usize,
    pub part: Part,
    pub text: &'a str,
    pub chars: CharIndex<'a>,
    /// The text folded for near-miss hints, once a quote is not found in it.
    folded: OnceCell<FoldedText>,
}

impl<'a> ArticleText<'a> {
    pub fn new(index: usize, part: Part, text: &'a str) -> Self {
        ArticleText {
            index,
            part,
            text,
            chars: CharIndex::new(text),
            folded: OnceCell::new(),
        }
    }

    /// Where `quote` nearly occurs, for the hint of a "not found" error: the place and the
    /// hint's end. Only for articles up to [`MAX_HINT_TEXT`] bytes.
    fn near_miss(&self, quote: &str) -> Option<(Place, String)> {
        if self.text.len() > MAX_HINT_TEXT {
            return None;
        }
        let folded = self.folded.get_or_init(|| FoldedText::new(self.text));
        let (range, differs) = folded.near_miss(self.text, quote)?;
        let place = Place {
            article: self.index,
            part: self.part,
            offset: range.start,
            tail: format!(" (differs in {differs})?"),
        };
        Some((
            place,
            format!("; did you mean {}", quoted(&self.text[range])),
        ))
    }
}

/// A mention resolved to a range, before overlap checks.
pub struct Resolved {
    pub mention: Mention,
    /// Index of its selector in the entity's `mentions` (a quote can resolve to many).
    pub selector: usize,
}

impl Resolved {
    pub fn path(&self) -> NodePath {
        mention_path(self.mention.entity.0, self.selector)
    }
}

/// The node of an entity's mention selector: `entities[3].mentions[1]`.
pub fn mention_path(entity: usize, selector: usize) -> NodePath {
    NodePath::root()
        .key("entities")
        .index(entity)
        .key("mentions")
        .index(selector)
}

/// What resolving the mentions shares: the articles' texts and ids, the mentions resolved so
/// far, and the quote-search budget.
pub struct Resolver<'a> {
    pub raw: &'a RawBriefing,
    pub article_index: &'a HashMap<&'a str, usize>,
    pub texts: Vec<ArticleText<'a>>,
    pub headlines: Vec<ArticleText<'a>>,
    pub resolved: Vec<Resolved>,
    pub budget: Cell<u64>,
}

impl<'a> Resolver<'a> {
    pub fn new(raw: &'a RawBriefing, article_index: &'a HashMap<&'a str, usize>) -> Self {
        Resolver {
            raw,
            article_index,
            texts: raw
                .articles
                .iter()
                .enumerate()
                .map(|(i, a)| ArticleText::new(i, Part::Text, &a.text))
                .collect(),
            headlines: raw
                .articles
                .iter()
                .enumerate()
                .map(|(i, a)| ArticleText::new(i, Part::Headline, &a.headline))
                .collect(),
            resolved: Vec::new(),
            budget: Cell::new(MAX_QUOTE_CANDIDATES),
        }
    }

    /// Resolves the mentions of entity `i`, recording what is wrong. Returns false when a
    /// limit was crossed: validation then stops.
    pub fn entity(&mut self, i: usize, e: &RawEntity, findings: &mut Findings) -> bool {
        let p = NodePath::root().key("entities").index(i);
        for (j, m) in e.mentions.iter().enumerate() {
            let mp = p.key("mentions").index(j);
            let figure = m
                .figure
                .as_ref()
                .and_then(|f| check_figure(e, f, mp.key("figure"), findings));
            let Some(&article) = self.article_index.get(m.article.as_str()) else {
                let known: Vec<&str> = self.raw.articles.iter().map(|a| a.id.as_str()).collect();
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
            let at = match m.part {
                Part::Text => &self.texts[article],
                Part::Headline => &self.headlines[article],
            };
            let place = match m.part {
                Part::Text => format!("article {:?}", m.article),
                Part::Headline => format!("the headline of article {:?}", m.article),
            };
            let room = MAX_MENTIONS - self.resolved.len();
            let ranges = resolve_mention(m, at, &place, &mp, room, &self.budget, findings);
            if self.budget.get() == 0 {
                findings.error(
                    mp,
                    format!(
                        "too much quote searching: the quotes occur more than {MAX_QUOTE_CANDIDATES} times in their articles (as words or inside words), the limit; select such mentions by offsets (start, end)"
                    ),
                );
                return false;
            }
            if ranges.len() > room {
                findings.error(
                    mp,
                    format!(
                        "too many mentions: with this one the briefing resolves to more than {MAX_MENTIONS} mentions, the limit ({} before it)",
                        self.resolved.len()
                    ),
                );
                return false;
            }
            for bytes in ranges {
                let chars = at.chars.char_of_byte(bytes.start)..at.chars.char_of_byte(bytes.end);
                self.resolved.push(Resolved {
                    mention: Mention {
                        entity: EntityIx(i),
                        article: ArticleIx(article),
                        part: m.part,
                        bytes,
                        chars,
                        figure,
                        attribution: None,
                    },
                    selector: j,
                });
            }
        }
        true
    }
}

/// Checks the counts of entities and of mention selectors, and the text quote searches would
/// read, against the limits, at the first node past them. Past a limit validation stops, so
/// that a hostile file costs no more.
pub fn within_limits(
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
                searched += raw.articles[article].part(m.part).len() as u64;
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
    place: &str,
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
                    format!("offset {end} is past the end of {place} ({total} code points)"),
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
        if !quote_selects(selected, quote) {
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
        let message = format!("quote {} not found{hint} in {place}", quoted(quote));
        match (hint, findings.has_room()) {
            ("", true) => match article.near_miss(quote) {
                Some((place, said)) => {
                    findings.error_at(path.key("quote"), format!("{message}{said}"), place)
                }
                None => findings.error(path.key("quote"), message),
            },
            _ => findings.error(path.key("quote"), message),
        }
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
                        "occurrence {n} of quote {quote:?} requested, but {place} has only {}",
                        quote_matches(article.text, selector, budget).count()
                    ),
                );
                Vec::new()
            }
        },
    }
}
