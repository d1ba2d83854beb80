//! Saving: the file's text changed only where the model changed.
//!
//! `save` diffs the model as loaded (`original`) against the current one entity by entity,
//! matched by id. It finds each entity's lines with one pass of yaml-rust2's event parser
//! (`spans`), and asks `rewrite` for the changes of each changed entity: new or changed
//! values replaced in place, mention items added, replaced or deleted as whole lines, or,
//! where that cannot be done (a flow-mapping entity, anchors or aliases), the entity's block
//! rewritten. New entities are added as lines after the last entity (or under a new
//! `entities:` key); an entity no longer in the model has its lines removed. Comments, key
//! order, quoting and blank lines outside the changed values stay byte for byte; the file's
//! line breaks (`\n` or `\r\n`) and byte order mark are kept.
//!
//! The entities usually come after the articles, which are most of a big file, so the
//! event pass starts at the top-level `entities:` line when it can (one such line, and the
//! text from there parses alone).
//!
//! The result is checked: it must load to a model equal to `current`. If the in-place
//! changes do not, every changed entity is rewritten whole and checked again, and then both
//! again with the lines found by parsing the whole file; if all fail, `SaveError` says why
//! and nothing is returned to write.

use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::io::{self, Read};
use std::path::Path;

use crate::briefing::load::BOM;
use crate::briefing::write::Mentions;
use crate::briefing::{Briefing, EntityIx, load_str};

use super::rewrite::{Change, Context};
use super::spans::Lines;
use super::yaml;

/// The new file text, and how many lines it adds and removes (for the status line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub yaml: String,
    pub lines_added: usize,
    pub lines_removed: usize,
}

/// Why the edits cannot be saved (they stay in memory).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SaveError {
    #[error("cannot save: the file's entities were not found where they were loaded from")]
    Layout,
    #[error("cannot save: the new file would not load back as shown ({0})")]
    Unverified(String),
}

/// The new file text: `original_source` (the file as read, which loaded as `original`)
/// changed only where `current` differs from `original`. Checks that the text loads to a
/// model equal to `current`; writes nothing.
pub fn save(
    name: &str,
    original_source: &str,
    original: &Briefing,
    current: &Briefing,
) -> Result<Saved, SaveError> {
    if original == current {
        return Ok(Saved {
            yaml: original_source.to_string(),
            lines_added: 0,
            lines_removed: 0,
        });
    }
    let (bom, source) = match original_source.strip_prefix(BOM) {
        Some(rest) => (BOM, rest),
        None => ("", original_source),
    };
    let lines = Lines::new(source);
    let context = Context {
        lines: &lines,
        original,
        current,
        nl: if source.contains("\r\n") {
            "\r\n"
        } else {
            "\n"
        },
        selectors: OnceCell::new(),
        writer: RefCell::new(Mentions::new(current)),
    };
    let mut first_failure = None;
    // In place, then whole entities; with the entities found fast, then by a full parse.
    for (whole, fast) in [(false, true), (true, true), (false, false), (true, false)] {
        let Some((text, added, removed)) = changes(&context, whole, fast)
            .and_then(|changes| splice(source, context.nl, changes).ok_or(SaveError::Layout))
            .map_err(|e| first_failure = first_failure.take().or(Some(e)))
            .ok()
        else {
            continue;
        };
        let yaml = format!("{bom}{text}");
        match verify(name, &yaml, current) {
            Ok(()) => {
                return Ok(Saved {
                    yaml,
                    lines_added: added,
                    lines_removed: removed,
                });
            }
            Err(why) => first_failure = first_failure.or(Some(SaveError::Unverified(why))),
        }
    }
    Err(first_failure.unwrap_or(SaveError::Layout))
}

/// Whether `text` loads to `current`; else what is wrong, in a few words.
fn verify(name: &str, text: &str, current: &Briefing) -> Result<(), String> {
    match load_str(name, text) {
        Ok(loaded) if loaded.briefing == *current => Ok(()),
        Ok(_) => Err("it loads to a different briefing".into()),
        Err(d) => Err(d.first().map(|d| d.to_string()).unwrap_or_default()),
    }
}

/// Every change to the source; with `whole_entities`, changed entities are rewritten whole;
/// `fast`: the entities' lines found by parsing from the `entities:` key on.
fn changes(cx: &Context, whole_entities: bool, fast: bool) -> Result<Vec<Change>, SaveError> {
    let spans = cx.lines.spans(fast);
    let list = spans.entities.as_ref();
    let items = list.map_or(&[][..], |l| &l.items[..]);
    if items.len() != cx.original.entities.len() {
        return Err(SaveError::Layout);
    }
    let index = |b: &Briefing| -> HashMap<String, EntityIx> {
        EntityIx::all(b)
            .map(|i| (b.entities[i].id.clone(), i))
            .collect()
    };
    let (was, now) = (index(cx.original), index(cx.current));
    if let Some(l) = list.filter(|l| l.flow && !l.items.is_empty()) {
        // A flow list of entities: the smallest node that can be rewritten is the list.
        return Ok(vec![new_entities(cx, Some(l), &[])]);
    }
    let mut changes = Vec::new();
    for (i, span) in EntityIx::all(cx.original).zip(items) {
        match now.get(&cx.original.entities[i].id) {
            None => changes.push(cx.delete(span)),
            Some(&j) if cx.unchanged(i, j) => {}
            Some(&j) if whole_entities => changes.push(cx.whole(span, j)),
            Some(&j) => match cx.entity(&spans, span, i, j) {
                Ok(done) => changes.extend(done),
                Err(_) => changes.push(cx.whole(span, j)),
            },
        }
    }
    let new: Vec<EntityIx> = EntityIx::all(cx.current)
        .filter(|&j| !was.contains_key(&cx.current.entities[j].id))
        .collect();
    if !new.is_empty() {
        changes.push(new_entities(cx, list, &new));
    }
    Ok(changes)
}

/// The change that adds entities `new` of the current model: lines after the last entity,
/// or a new block list of every entity where the file has no block list (replacing
/// `entities:`, `entities: []` or a whole flow list), or appended at the end.
fn new_entities(cx: &Context, list: Option<&super::spans::ListSpan>, new: &[EntityIx]) -> Change {
    let (lines, nl) = (cx.lines, cx.nl);
    let block = |js: &mut dyn Iterator<Item = EntityIx>, indent: &str| -> String {
        let mut w = cx.writer.borrow_mut();
        js.map(|j| yaml::entity(&mut w, cx.current, j, indent, nl))
            .collect()
    };
    match list {
        Some(l) if !l.flow && !l.items.is_empty() => {
            let last = &l.items[l.items.len() - 1];
            let at = lines.start(lines.trim(last.start, last.end));
            let first = lines.text(l.items[0].start);
            let indent: String = first.chars().take_while(|c| *c == ' ').collect();
            let text = block(&mut new.iter().copied(), &indent);
            Change {
                from: at,
                to: at,
                text,
            }
        }
        Some(l) => {
            // `entities:` with no value, or a flow list: the key's lines become a block list
            // of every entity.
            let end = lines.trim(l.key_line, l.end.max(l.key_line + 1));
            let all = block(&mut EntityIx::all(cx.current), "  ");
            // A comment after a list on one line stays after the key.
            let comment = match end == l.key_line + 1 {
                true => yaml::trailing_comment(lines.text(l.key_line), 0),
                false => "",
            };
            Change {
                from: lines.start(l.key_line),
                to: lines.start(end),
                text: format!("entities:{comment}{nl}{all}"),
            }
        }
        None => {
            let source = lines.source;
            let at = source.len();
            let items = block(&mut new.iter().copied(), "  ");
            Change {
                from: at,
                to: at,
                text: format!("entities:{nl}{items}"),
            }
        }
    }
}

/// Applies `changes` to `source`: the new text and the lines added and removed. None if two
/// changes overlap. Lines added at the end of a source without a final line break (`nl`)
/// start on a line of their own, and the text still ends without one.
fn splice(source: &str, nl: &str, mut changes: Vec<Change>) -> Option<(String, usize, usize)> {
    let unterminated = !source.is_empty() && !source.ends_with('\n');
    for c in changes
        .iter_mut()
        .filter(|c| c.from == source.len() && unterminated)
    {
        if let Some(lines) = c.text.strip_suffix(nl) {
            c.text = format!("{nl}{lines}");
        }
    }
    changes.sort_by_key(|c| (c.from, c.to));
    let mut out = String::with_capacity(source.len() + 256);
    let (mut at, mut added, mut removed) = (0, 0, 0);
    for c in &changes {
        if c.from < at || c.to < c.from {
            return None;
        }
        out.push_str(&source[at..c.from]);
        out.push_str(&c.text);
        let (more, fewer) = lines_changed(&source[c.from..c.to], &c.text);
        (added, removed) = (added + more, removed + fewer);
        at = c.to;
    }
    out.push_str(&source[at..]);
    Some((out, added, removed))
}

/// How many lines a change adds and removes: one of each for a change inside a line; else
/// the lines of its text and of the text it replaces, less those at their start and end
/// that stay as they were (a block key rewritten with most of its lines kept).
fn lines_changed(old: &str, new: &str) -> (usize, usize) {
    if !old.contains('\n') && !new.contains('\n') {
        return (1, 1);
    }
    let (old, new): (Vec<&str>, Vec<&str>) = (
        old.split_inclusive('\n').collect(),
        new.split_inclusive('\n').collect(),
    );
    let head = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let (old, new) = (&old[head..], &new[head..]);
    let tail = old
        .iter()
        .rev()
        .zip(new.iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    // Line breaks are counted: lines added after a last line without one start with one.
    let count = |lines: &[&str]| {
        lines[..lines.len() - tail]
            .iter()
            .filter(|l| l.ends_with('\n'))
            .count()
    };
    (count(new), count(old))
}

/// Whether the file at `path` no longer holds exactly `original_source` (the bytes it was
/// loaded from): then saving over it would lose someone else's changes. Opened as the
/// loader opens files (never waiting on a FIFO).
pub fn changed_on_disk(path: &Path, original_source: &str) -> io::Result<bool> {
    let file = crate::fileio::open_regular(path)?;
    let limit = original_source.len() as u64 + 1;
    let mut bytes = Vec::with_capacity(original_source.len());
    file.take(limit).read_to_end(&mut bytes)?;
    Ok(bytes != original_source.as_bytes())
}

#[cfg(test)]
#[path = "save_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "save_file_tests.rs"]
mod file_tests;

#[cfg(test)]
#[path = "splice_tests.rs"]
mod splice_tests;
