//! Saving what edits change outside the `entities` list: the briefing's title, date and
//! summary, each article's source, url and publication time, and the entity ids the `conflicts` list names
//! (they follow an entity's new id).
//!
//! Only when one of those differs is the file parsed (yaml-rust2's event parser, aliases
//! not expanded, like `spans`) for where each mapping key of the file stands: its line and
//! column, where its value starts, whether the value is a block, and the line after its
//! last (the next key's line, or where its mapping ends). Then a changed one-line value is
//! replaced from its start to before a trailing comment; a value over several lines (a
//! folded summary) has its key's lines replaced by one `key: value` line; a field that was
//! not there is added as a line after the key it follows (`summary` after `date`, `url`
//! after `source`); a removed one has its lines deleted. Everything else stays byte for
//! byte.

use std::collections::HashMap;

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

use crate::briefing::write::scalar;
use crate::briefing::{ArticleIx, Briefing, valid_date};

use super::fields::Field;
use super::rewrite::Change;
use super::save::SaveError;
use super::spans::{At, Lines};
use super::yaml;

/// Where one mapping key of the file stands.
#[derive(Debug, Clone, Copy)]
struct KeyAt {
    key: At,
    value: At,
    /// The value is a block scalar or a block collection.
    block: bool,
    /// The line after the key's last line (before trimming).
    end: usize,
}

enum Frame {
    /// A mapping at `path`; the key whose value is being read, and the last key read.
    Mapping {
        path: String,
        key: Option<String>,
        last: Option<String>,
    },
    Sequence {
        path: String,
        next: usize,
    },
}

/// A key's path: `title`, `articles.0.source`, `conflicts.2.entity`.
fn join(path: &str, key: &str) -> String {
    match path.is_empty() {
        true => key.to_string(),
        false => format!("{path}.{key}"),
    }
}

struct Recorder<'a> {
    lines: &'a Lines<'a>,
    stack: Vec<Frame>,
    keys: HashMap<String, KeyAt>,
}

impl Recorder<'_> {
    /// A node starts at `at`; returns whether it is a mapping key. A collection's frame is
    /// pushed.
    fn node(&mut self, at: At, collection: bool, block_scalar: bool, text: &str) -> bool {
        let path = match self.stack.last_mut() {
            Some(Frame::Mapping { path, key, last }) if key.is_none() => {
                let full = join(path, text);
                if let Some(k) = last.as_ref().and_then(|l| self.keys.get_mut(l)) {
                    k.end = at.line;
                }
                *key = Some(full.clone());
                *last = Some(full.clone());
                self.keys.insert(
                    full.clone(),
                    KeyAt {
                        key: at,
                        value: at,
                        block: false,
                        end: at.line + 1,
                    },
                );
                if collection {
                    self.push(full);
                }
                return true;
            }
            Some(Frame::Mapping { key: Some(k), .. }) => k.clone(),
            Some(Frame::Sequence { path, next }) => {
                *next += 1;
                join(path, &(*next - 1).to_string())
            }
            _ => String::new(),
        };
        if let Some(k) = self.keys.get_mut(&path) {
            k.value = at;
            let flow = matches!(
                self.lines.text(at.line).chars().nth(at.col),
                Some('{' | '[')
            );
            k.block = block_scalar || (collection && !flow);
        }
        if collection {
            self.push(path);
        }
        false
    }

    /// A collection at `path` starts: as a mapping (a sequence's start turns it into one).
    fn push(&mut self, path: String) {
        self.stack.push(Frame::Mapping {
            path,
            key: None,
            last: None,
        });
    }

    /// A value was read: its mapping waits for the next key.
    fn leave_value(&mut self) {
        if let Some(Frame::Mapping { key, .. }) = self.stack.last_mut() {
            *key = None;
        }
    }

    fn end(&mut self, at: At) {
        let end = match self.lines.is_flow_end(at) {
            true => at.line + 1,
            false => at.line,
        };
        if let Some(Frame::Mapping {
            last: Some(last), ..
        }) = self.stack.last()
            && let Some(k) = self.keys.get_mut(last)
        {
            k.end = end.max(k.key.line + 1);
        }
        self.stack.pop();
        self.leave_value();
    }
}

impl MarkedEventReceiver for Recorder<'_> {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        let at = At {
            line: mark.line().saturating_sub(1),
            col: mark.col(),
        };
        let scalar = match &ev {
            Event::Scalar(value, style, _, _) => Some((
                value.as_str(),
                matches!(style, TScalarStyle::Literal | TScalarStyle::Folded),
            )),
            Event::Alias(_) => Some(("", false)),
            _ => None,
        };
        if let Some((text, block)) = scalar {
            if !self.node(at, false, block, text) {
                self.leave_value();
            }
            return;
        }
        match ev {
            Event::MappingStart(..) => {
                self.node(at, true, false, "");
            }
            Event::SequenceStart(..) => {
                self.node(at, true, false, "");
                if let Some(Frame::Mapping { path, .. }) = self.stack.pop() {
                    self.stack.push(Frame::Sequence { path, next: 0 });
                }
            }
            Event::MappingEnd | Event::SequenceEnd => self.end(at),
            _ => {}
        }
    }
}

/// One key to set: the path of its mapping, the key, the keys it follows when it is added
/// (the first one there), and its new value as YAML (None: removed).
struct Set {
    mapping: String,
    key: &'static str,
    after: &'static [&'static str],
    value: Option<String>,
}

/// A field's value as the file writes it: a date plain, other text plain when YAML reads
/// it back as the same text, else double-quoted.
fn written(field: Field, value: &str) -> String {
    match field {
        Field::Date if valid_date(value) => value.to_string(),
        _ => scalar(value),
    }
}

/// What differs between the models outside the entities list.
fn sets(original: &Briefing, current: &Briefing) -> Vec<Set> {
    let mut fields = vec![Field::Title, Field::Date, Field::Summary];
    for a in ArticleIx::all(current) {
        fields.extend([Field::Source(a), Field::Url(a), Field::Published(a)]);
    }
    let mut out: Vec<Set> = fields
        .into_iter()
        .filter(|f| f.get(original) != f.get(current))
        .map(|f| Set {
            mapping: f
                .article()
                .map_or(String::new(), |a| format!("articles.{}", a.0)),
            key: f.key(),
            after: match f {
                Field::Title => &["id"],
                Field::Date => &["title", "id"],
                Field::Summary => &["date", "title", "id"],
                Field::Source(_) => &["lang", "id"],
                Field::Url(_) => &["source", "lang", "id"],
                Field::Published(_) => &["url", "source", "lang", "id"],
            },
            value: f.get(current).map(|v| written(f, v)),
        })
        .collect();
    // Other changes of the list are `conflicts::change`'s: it rewrites the block.
    let ids_only = super::conflicts::ids_only(&original.conflicts, &current.conflicts);
    for (i, (was, now)) in original
        .conflicts
        .iter()
        .zip(&current.conflicts)
        .enumerate()
    {
        if ids_only && was.entity != now.entity {
            out.push(Set {
                mapping: format!("conflicts.{i}"),
                key: "entity",
                after: &["field"],
                value: now.entity.as_deref().map(scalar),
            });
        }
    }
    out
}

/// The changes to the lines outside the entities list that turn `original` into
/// `current` (none when nothing there differs: then the file is not parsed).
pub fn changes(
    lines: &Lines,
    nl: &str,
    original: &Briefing,
    current: &Briefing,
) -> Result<Vec<Change>, SaveError> {
    let sets = sets(original, current);
    if sets.is_empty() {
        return Ok(Vec::new());
    }
    let mut recorder = Recorder {
        lines,
        stack: Vec::new(),
        keys: HashMap::new(),
    };
    Parser::new_from_str(lines.source)
        .load(&mut recorder, false)
        .map_err(|_| SaveError::Layout)?;
    let keys = recorder.keys;
    let mut out = Vec::new();
    for set in &sets {
        let path = join(&set.mapping, set.key);
        let change = match (keys.get(&path), &set.value) {
            (Some(k), Some(value)) => replace(lines, nl, set.key, k, value),
            (Some(k), None) => remove(lines, k)?,
            (None, Some(value)) => {
                let after = set
                    .after
                    .iter()
                    .find_map(|a| keys.get(&join(&set.mapping, a)))
                    .ok_or(SaveError::Layout)?;
                add(lines, nl, set.key, after, value)
            }
            (None, None) => continue,
        };
        out.push(change);
    }
    Ok(out)
}

/// The key's lines, as `(first, after last)`, less the blank and comment lines at the end.
fn key_lines(lines: &Lines, k: &KeyAt) -> (usize, usize) {
    (k.key.line, lines.trim(k.key.line, k.end))
}

/// The key's value set to the one-line `value`: in place when it is one line, else the
/// key's lines replaced by one.
fn replace(lines: &Lines, nl: &str, key: &str, k: &KeyAt, value: &str) -> Change {
    let (first, last) = key_lines(lines, k);
    let line = lines.text(first);
    let start = lines.start(first);
    if !k.block && k.value.line == first && last == first + 1 {
        let from = lines.offset(k.value) - start;
        let end = yaml::value_end(line, from);
        return Change {
            from: start + from,
            to: start + end,
            text: value.to_string(),
        };
    }
    let prefix: String = line.chars().take(k.key.col).collect();
    Change {
        from: start,
        to: lines.start(last),
        text: format!("{prefix}{key}: {value}{nl}"),
    }
}

/// The key's lines deleted, when nothing else stands on them.
fn remove(lines: &Lines, k: &KeyAt) -> Result<Change, SaveError> {
    let (first, last) = key_lines(lines, k);
    let before: String = lines.text(first).chars().take(k.key.col).collect();
    if !before.trim().is_empty() {
        return Err(SaveError::Layout);
    }
    Ok(Change {
        from: lines.start(first),
        to: lines.start(last),
        text: String::new(),
    })
}

/// A `key: value` line after the lines of key `after`, at its indentation.
fn add(lines: &Lines, nl: &str, key: &str, after: &KeyAt, value: &str) -> Change {
    let (_, last) = key_lines(lines, after);
    let at = lines.start(last);
    let indent = " ".repeat(after.key.col);
    Change {
        from: at,
        to: at,
        text: format!("{indent}{key}: {value}{nl}"),
    }
}
