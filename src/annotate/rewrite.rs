//! The changes to one entity's lines: what `save` does for an entity that differs from the
//! one loaded. A changed name, names, links or figure replaces that key's value (one-line
//! values from after `key: ` to before a trailing comment; others the key's lines), or adds
//! the key as a line before `mentions`. Mentions are diffed by selector: each item of the
//! `mentions` list is kept when every mention it selects is still there with the same figure
//! and attribution;
//! an item that is not is replaced by lines for what it selected that remains; mentions no
//! item selects are added after the last item. A block `names` or `links` stays a block,
//! with its comments, its links in the model's order (a list's order is its value), its
//! names in the file's (a mapping's is not). When none of that can be done in place (a
//! flow-mapping entity, an anchor or alias on the entity or in a changed key, a list whose
//! items cannot be matched), the entity's whole block is rewritten ([`whole`]); an anchor
//! in a key that does not change stays where it is, for the entities that alias it.

use std::cell::{OnceCell, RefCell};
use std::collections::{HashMap, HashSet};

use crate::briefing::write::{self, Mentions};
use crate::briefing::{ArticleIx, Briefing, EntityIx, Figure, Mention, Part, selectors_of};

use super::spans::{At, EntitySpan, KeySpan, Lines, Spans};
use super::yaml;

/// Replace the bytes `from..to` of the source with `text`.
#[derive(Debug, Clone)]
pub struct Change {
    pub from: usize,
    pub to: usize,
    pub text: String,
}

/// The entity cannot be changed in place: rewrite its block.
#[derive(Debug)]
pub struct Whole;

/// The order a block's entries are written in: the model's (a list whose order is its
/// value's), or the file's with new entries last (a mapping).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Order {
    Model,
    File,
}

/// What the rewriting of entities shares.
pub struct Context<'a> {
    pub lines: &'a Lines<'a>,
    pub original: &'a Briefing,
    pub current: &'a Briefing,
    /// The file's line break.
    pub nl: &'a str,
    /// What each selector of the file selects, found once, when first needed.
    pub selectors: OnceCell<Option<Vec<Vec<Vec<Mention>>>>>,
    /// Writes the current model's mentions.
    pub writer: RefCell<Mentions<'a>>,
}

type Key = (ArticleIx, Part, usize, usize);

fn key(m: &Mention) -> Key {
    (m.article, m.part, m.bytes.start, m.bytes.end)
}

/// A mention's attribution as written (`write::attribution`, by entity ids, which stay
/// the same between the models where indices need not).
fn claims(b: &Briefing, m: &Mention) -> String {
    m.attribution
        .as_deref()
        .map(|a| write::attribution(b, a))
        .unwrap_or_default()
}

/// A mention of `b` as compared between the models: where, its figure and attribution.
fn stated(b: &Briefing, m: &Mention) -> (Key, Option<Figure>, String) {
    (key(m), m.figure, claims(b, m))
}

/// Whether a line holds only a comment.
fn is_comment(line: &str) -> bool {
    line.trim_start().starts_with('#')
}

/// Leading white space of a line.
fn indent_of(line: &str) -> String {
    line.chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect()
}

impl Context<'_> {
    fn link_ids(b: &Briefing, e: EntityIx) -> Vec<&str> {
        b.entities[e]
            .links
            .iter()
            .map(|&l| b.entities[l].id.as_str())
            .collect()
    }

    fn mentions_differ(&self, i: EntityIx, j: EntityIx) -> bool {
        let before = yaml::mentions_of(self.original, i)
            .into_iter()
            .map(|m| stated(self.original, m));
        let after = yaml::mentions_of(self.current, j)
            .into_iter()
            .map(|m| stated(self.current, m));
        !before.eq(after)
    }

    /// Whether original entity `i` and current entity `j` hold the same.
    pub fn unchanged(&self, i: EntityIx, j: EntityIx) -> bool {
        let (a, b) = (&self.original.entities[i], &self.current.entities[j]);
        a.name == b.name
            && a.names == b.names
            && a.figure == b.figure
            && Self::link_ids(self.original, i) == Self::link_ids(self.current, j)
            && !self.mentions_differ(i, j)
    }

    /// Lines `start..end` of the source as a byte range.
    fn lines_range(&self, start: usize, end: usize) -> (usize, usize) {
        (self.lines.start(start), self.lines.start(end))
    }

    /// Replaces the whole block of the entity at `span` with current entity `j`.
    pub fn whole(&self, span: &EntitySpan, j: EntityIx) -> Change {
        let end = self.lines.trim(span.start, span.end);
        let (from, to) = self.lines_range(span.start, end);
        let indent = indent_of(self.lines.text(span.start));
        let text = yaml::entity(
            &mut self.writer.borrow_mut(),
            self.current,
            j,
            &indent,
            self.nl,
        );
        Change { from, to, text }
    }

    /// Removes the block of the entity at `span`.
    pub fn delete(&self, span: &EntitySpan) -> Change {
        let end = self.lines.trim(span.start, span.end);
        let (from, to) = self.lines_range(span.start, end);
        Change {
            from,
            to,
            text: String::new(),
        }
    }

    /// The changes that turn original entity `i`, at `span`, into current entity `j`.
    pub fn entity(
        &self,
        spans: &Spans,
        span: &EntitySpan,
        i: EntityIx,
        j: EntityIx,
    ) -> Result<Vec<Change>, Whole> {
        if span.flow || span.anchored {
            return Err(Whole);
        }
        let (a, b) = (&self.original.entities[i], &self.current.entities[j]);
        let mut changes = Vec::new();
        if a.name != b.name {
            changes.extend(self.unalias(spans, span, "name")?);
            changes.push(self.set_key(span, "name", &crate::briefing::write::json(&b.name))?);
        }
        if a.names != b.names {
            let entries = yaml::name_entries(self.current, j);
            let value = yaml::names(self.current, j);
            let same = |lang: &str| a.names.get(lang) == b.names.get(lang);
            changes.extend(self.unalias(spans, span, "names")?);
            let change = self.set_entries(span, "names", &value, &entries, same, Order::File);
            changes.push(change?);
        }
        if Self::link_ids(self.original, i) != Self::link_ids(self.current, j) {
            let entries = yaml::link_entries(self.current, j);
            let value = yaml::links(self.current, j);
            changes.extend(self.unalias(spans, span, "links")?);
            let change = self.set_entries(span, "links", &value, &entries, |_| true, Order::Model);
            changes.push(change?);
        }
        if a.figure != b.figure {
            let figure = yaml::figure(self.current, j).ok_or(Whole)?;
            changes.extend(self.unalias(spans, span, "figure")?);
            changes.push(self.set_key(span, "figure", &figure)?);
        }
        if self.mentions_differ(i, j) {
            changes.extend(self.mentions(span, i, j)?);
        }
        Ok(changes)
    }

    /// The indentation of the entity's keys.
    fn key_indent(span: &EntitySpan) -> Result<String, Whole> {
        Ok(" ".repeat(span.keys.first().ok_or(Whole)?.key_at.col))
    }

    /// Where a new key goes: before `mentions` (when it has a line of its own), else after
    /// the entity's last line.
    fn new_key_line(&self, span: &EntitySpan) -> usize {
        match span.key("mentions") {
            Some(m) if m.key_at.line > span.start => m.key_at.line,
            _ => self.lines.trim(span.start, span.end),
        }
    }

    /// The lines a key takes, as `(first, after last)`.
    fn key_lines(&self, k: &KeySpan) -> (usize, usize) {
        (k.key_at.line, self.lines.trim(k.key_at.line, k.end))
    }

    /// Sets `key` of the entity to the one-line `value`.
    fn set_key(&self, span: &EntitySpan, key: &str, value: &str) -> Result<Change, Whole> {
        let nl = self.nl;
        let Some(k) = span.key(key) else {
            let at = self.lines.start(self.new_key_line(span));
            let indent = Self::key_indent(span)?;
            let text = format!("{indent}{key}: {value}{nl}");
            return Ok(Change {
                from: at,
                to: at,
                text,
            });
        };
        let (first, last) = self.key_lines(k);
        let line = self.lines.text(first);
        let start = self.lines.start(first);
        if !k.block && k.value_at.line == first && last == first + 1 {
            let mut from = self.lines.offset(k.value_at) - start;
            // An anchor (`&name `) before the value goes with it (see `unalias`).
            if let Some(amp) = line[..from].rfind('&')
                && line[amp..from].split_whitespace().count() == 1
                && k.anchored
            {
                from = amp;
            }
            let end = yaml::value_end(line, from);
            let text = value.to_string();
            return Ok(Change {
                from: start + from,
                to: start + end,
                text,
            });
        }
        let prefix: String = line.chars().take(k.key_at.col).collect();
        let (from, to) = self.lines_range(first, last);
        let text = format!("{prefix}{key}: {value}{nl}");
        Ok(Change { from, to, text })
    }

    /// Where the value of `key` holds anchors: the changes that write the scalar each one
    /// anchors in place of its aliases outside the key, so that the value (and its anchors)
    /// can be replaced. Whole if an anchored collection is aliased outside the key.
    fn unalias(&self, spans: &Spans, span: &EntitySpan, key: &str) -> Result<Vec<Change>, Whole> {
        let Some(k) = span.key(key).filter(|k| k.anchored) else {
            return Ok(Vec::new());
        };
        let (first, last) = self.key_lines(k);
        let inside = |at: &At| (first..last).contains(&at.line);
        let mut changes = Vec::new();
        for (id, _, value) in spans.anchors.iter().filter(|(_, at, _)| inside(at)) {
            for (_, at) in spans
                .aliases
                .iter()
                .filter(|(a, at)| a == id && !inside(at))
            {
                let value = value.as_deref().ok_or(Whole)?;
                let from = self.lines.offset(*at);
                let len: usize = self.lines.source[from..]
                    .chars()
                    .enumerate()
                    .take_while(|(n, c)| *n == 0 || !(c.is_whitespace() || ",[]{}".contains(*c)))
                    .map(|(_, c)| c.len_utf8())
                    .sum();
                let text = crate::briefing::write::json(value);
                changes.push(Change {
                    from,
                    to: from + len,
                    text,
                });
            }
        }
        Ok(changes)
    }

    /// Sets `key` (`names` or `links`) to `entries`, each `(language or id, line)`: where
    /// the key is a block collection, as a block again, with the comments of its lines kept
    /// (the key's, those after the entries that stay, and comment lines between entries)
    /// and the one-line entries that stay the `same` as they were; else as the one-line
    /// `value`. The entries are written in their `order`: the model's, where it is the
    /// value's (links); else the file's, new entries last (names, a mapping).
    fn set_entries(
        &self,
        span: &EntitySpan,
        key: &str,
        value: &str,
        entries: &[(String, String)],
        same: impl Fn(&str) -> bool,
        order: Order,
    ) -> Result<Change, Whole> {
        let Some(k) = span
            .key(key)
            .filter(|k| k.block && !k.anchored && !k.entries.is_empty() && !entries.is_empty())
        else {
            return self.set_key(span, key, value);
        };
        let (nl, lines) = (self.nl, self.lines);
        let col = |at: At| lines.offset(at) - lines.start(at.line);
        let (first, last) = self.key_lines(k);
        let line = lines.text(first);
        let comment = yaml::trailing_comment(line, col(k.key_at));
        let mut text = format!("{}{key}:{comment}{nl}", &line[..col(k.key_at)]);
        let indent = indent_of(lines.text(k.entries[0].1.line));
        // The file's first entry of each name.
        let in_file = |name: &str| k.entries.iter().position(|(n, _)| n == name);
        let mut entries: Vec<&(String, String)> = entries.iter().collect();
        if order == Order::File {
            entries.sort_by_key(|(name, _)| in_file(name).unwrap_or(usize::MAX));
        }
        // The comment lines before the file's entry `x`.
        let comments = |x: usize| {
            let after = k.entries[..x].last().map_or(first, |(_, at)| at.line) + 1;
            (after..k.entries[x].1.line)
                .map(|l| lines.text(l))
                .filter(|l| is_comment(l))
        };
        // Whether the file's entry `x` is written (its name's first, and still there).
        let stays = |x: usize| {
            let name = &k.entries[x].0;
            in_file(name) == Some(x) && entries.iter().any(|(n, _)| n == name)
        };
        // Comment lines go with the entry after them; those of entries no longer there,
        // with the next entry of the file that is written, or before new entries after all
        // that are, or at the end.
        let mut written = vec![false; k.entries.len()];
        let mut comments_up_to = |due: &dyn Fn(usize) -> bool, text: &mut String| {
            for (x, written) in written.iter_mut().enumerate() {
                if *written || !due(x) {
                    continue;
                }
                *written = true;
                for l in comments(x) {
                    text.push_str(&format!("{l}{nl}"));
                }
            }
        };
        for (x, (name, entry)) in entries.iter().enumerate() {
            let at = in_file(name);
            match at {
                Some(at) => comments_up_to(&|r| r == at || (r < at && !stays(r)), &mut text),
                None if entries[x..].iter().all(|(n, _)| in_file(n).is_none()) => {
                    comments_up_to(&|_| true, &mut text)
                }
                None => {}
            }
            let Some(x) = at else {
                text.push_str(&format!("{indent}{entry}{nl}"));
                continue;
            };
            let at = k.entries[x].1;
            let next = k.entries.get(x + 1).map_or(last, |(_, at)| at.line);
            let line = lines.text(at.line);
            match lines.trim(at.line, next) == at.line + 1 && same(name) {
                true => text.push_str(&format!("{line}{nl}")),
                false => {
                    let comment = yaml::trailing_comment(line, col(at));
                    text.push_str(&format!("{indent}{entry}{comment}{nl}"));
                }
            }
        }
        comments_up_to(&|_| true, &mut text);
        let (from, to) = self.lines_range(first, last);
        Ok(Change { from, to, text })
    }

    fn selectors(&self, i: EntityIx) -> Option<&Vec<Vec<Mention>>> {
        self.selectors
            .get_or_init(|| selectors_of(self.lines.source))
            .as_ref()?
            .get(i.0)
    }

    /// The changes to the entity's `mentions`.
    fn mentions(&self, span: &EntitySpan, i: EntityIx, j: EntityIx) -> Result<Vec<Change>, Whole> {
        let nl = self.nl;
        let current = yaml::mentions_of(self.current, j);
        let lines_of = |ms: &[&Mention], indent: &str| -> String {
            self.writer.borrow_mut().items(ms, indent, nl)
        };
        let Some(k) = span.key("mentions") else {
            let at = self.lines.start(self.new_key_line(span));
            let indent = Self::key_indent(span)?;
            let items = lines_of(&current, &format!("{indent}  "));
            let text = format!("{indent}mentions:{nl}{items}");
            return Ok(vec![Change {
                from: at,
                to: at,
                text,
            }]);
        };
        if k.anchored {
            return Err(Whole);
        }
        let (first, last) = self.key_lines(k);
        if current.is_empty() || !k.block || k.flow {
            // Rewrite the key: a block list of every mention, or no key for none.
            let (from, to) = self.lines_range(first, last);
            let prefix: String = self.lines.text(first).chars().take(k.key_at.col).collect();
            let indent = " ".repeat(k.key_at.col);
            let text = match current.is_empty() {
                true if prefix.trim().is_empty() => String::new(),
                true => return Err(Whole),
                false => {
                    let items = lines_of(&current, &format!("{indent}  "));
                    format!("{prefix}mentions:{nl}{items}")
                }
            };
            return Ok(vec![Change { from, to, text }]);
        }
        let now: HashMap<Key, &Mention> = current.iter().map(|m| (key(m), *m)).collect();
        let still = |m: &Mention| {
            now.get(&key(m))
                .is_some_and(|c| stated(self.current, c) == stated(self.original, m))
        };
        let before = yaml::mentions_of(self.original, i);
        // Only additions: every item stays, and which item selects what need not be known.
        let (selectors, kept, mut placed): (&[Vec<Mention>], Vec<bool>, HashSet<Key>) =
            match before.iter().all(|m| still(m)) {
                true => (&[], Vec::new(), before.iter().map(|m| key(m)).collect()),
                false => {
                    let selectors = self.selectors(i).ok_or(Whole)?;
                    if selectors.len() != k.items.len() {
                        return Err(Whole);
                    }
                    let kept: Vec<bool> =
                        selectors.iter().map(|sel| sel.iter().all(still)).collect();
                    let placed = selectors
                        .iter()
                        .zip(&kept)
                        .filter(|(_, k)| **k)
                        .flat_map(|(sel, _)| sel.iter().map(key))
                        .collect();
                    (selectors, kept, placed)
                }
            };
        if k.items.is_empty() {
            return Err(Whole);
        }
        let indent = indent_of(self.lines.text(k.items[0].line));
        let mut changes = Vec::new();
        for (x, sel) in selectors.iter().enumerate().filter(|(x, _)| !kept[*x]) {
            let next = k.items.get(x + 1).map_or(k.end, |at| at.line);
            let start = k.items[x].line;
            let (from, to) = self.lines_range(start, self.lines.trim(start, next));
            let remaining: Vec<&Mention> = sel
                .iter()
                .filter_map(|m| now.get(&key(m)).copied())
                .filter(|m| placed.insert(key(m)))
                .collect();
            let text = lines_of(&remaining, &indent);
            changes.push(Change { from, to, text });
        }
        let added: Vec<&Mention> = current
            .iter()
            .copied()
            .filter(|m| placed.insert(key(m)))
            .collect();
        if !added.is_empty() {
            let at = self.lines.start(last);
            let text = lines_of(&added, &indent);
            changes.push(Change {
                from: at,
                to: at,
                text,
            });
        }
        Ok(changes)
    }
}
