//! Where each entity of a briefing file stands, in lines: one pass of yaml-rust2's event
//! parser (no alias is expanded), like `briefing::locate`, but recording for the
//! `entities` list where each entity and each of its keys starts and ends, where each
//! item of its `mentions` starts, where each entry of a key's block mapping or scalar list
//! (`names`, `links`) starts, and which keys hold anchors or aliases, so that `save` can
//! change only those lines. Where yaml-rust2 refuses a tab libyaml accepts, a copy of the
//! source with spaces for tabs (the same lines and columns) is parsed instead.
//!
//! The parser marks where nodes start (1-based line, 0-based column in characters); a block
//! collection ends at the next token after it (a later line), a flow one at its closing
//! bracket. So a node's lines run from its start to the start of its next sibling
//! (or its parent's end), less the blank and comment lines at the end ([`Lines::trim`]),
//! which belong to what follows.

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

/// A place in the source: 0-based line and column in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct At {
    pub line: usize,
    pub col: usize,
}

/// One key of an entity's mapping.
#[derive(Debug, Clone, Default)]
pub struct KeySpan {
    pub key: String,
    pub key_at: At,
    pub value_at: At,
    /// The value is a block scalar (`|`, `>`) or a block collection.
    pub block: bool,
    /// The value is a flow collection (`{…}`, `[…]`).
    pub flow: bool,
    /// The line after the key's last line (before trimming).
    pub end: usize,
    /// For a sequence: where each item starts.
    pub items: Vec<At>,
    /// For a block mapping, each key and where it starts; for a sequence, each scalar
    /// item and where it starts.
    pub entries: Vec<(String, At)>,
    /// The key or its value holds an anchor or an alias.
    pub anchored: bool,
}

/// One item of the `entities` list.
#[derive(Debug, Clone, Default)]
pub struct EntitySpan {
    /// The first line of the item.
    pub start: usize,
    /// The line after its last line (before trimming).
    pub end: usize,
    /// Written as a flow mapping.
    pub flow: bool,
    /// The entity's mapping itself has an anchor (those inside a key, on its name or its
    /// value, are the key's `anchored`).
    pub anchored: bool,
    pub keys: Vec<KeySpan>,
}

impl EntitySpan {
    pub fn key(&self, key: &str) -> Option<&KeySpan> {
        self.keys.iter().find(|k| k.key == key)
    }
}

/// The top-level `entities` key.
#[derive(Debug, Clone, Default)]
pub struct ListSpan {
    pub key_line: usize,
    /// Written as a flow sequence, or as no value at all (`entities:`).
    pub flow: bool,
    pub empty: bool,
    pub items: Vec<EntitySpan>,
    /// The line after the list's last line (before trimming).
    pub end: usize,
}

/// What the pass found: the `entities` key, if the file has one, and where anchors and
/// aliases are.
pub struct Spans {
    pub entities: Option<ListSpan>,
    /// Each anchor: its id, where its node starts, and the node's text if it is a scalar.
    pub anchors: Vec<(usize, At, Option<String>)>,
    /// Each alias: the id of its anchor, and where it is.
    pub aliases: Vec<(usize, At)>,
}

enum Frame {
    Mapping { key: Option<(String, At)> },
    Sequence,
}

struct Recorder<'a> {
    lines: &'a Lines<'a>,
    /// The line the parsed text starts at.
    first_line: usize,
    stack: Vec<Frame>,
    list: Option<ListSpan>,
    anchors: Vec<(usize, At, Option<String>)>,
    aliases: Vec<(usize, At)>,
}

impl Recorder<'_> {
    /// Is the character at `at` this bracket?
    fn is(&self, at: At, bracket: char) -> bool {
        self.lines.text(at.line).chars().nth(at.col) == Some(bracket)
    }

    fn entity(&mut self) -> Option<&mut EntitySpan> {
        self.list.as_mut()?.items.last_mut()
    }

    /// A node starts (scalar, alias or collection); returns true if it is a mapping key.
    fn node(&mut self, at: At, collection: Option<char>, block_scalar: bool, key: &str) -> bool {
        let depth = self.stack.len();
        if let Some(Frame::Mapping { key: k @ None }) = self.stack.last_mut() {
            *k = Some((key.to_string(), at));
            if depth == 4
                && self.in_list()
                && let Some(k) = self.entity().and_then(|e| e.keys.last_mut())
            {
                k.entries.push((key.to_string(), at));
            }
            if depth == 3
                && let Some(e) = self.entity()
            {
                if let Some(last) = e.keys.last_mut() {
                    last.end = at.line;
                }
                e.keys.push(KeySpan {
                    key: key.to_string(),
                    key_at: at,
                    ..KeySpan::default()
                });
            }
            return true;
        }
        let (parent_key, key_line) = match self.stack.last() {
            Some(Frame::Mapping { key: Some((k, at)) }) => (Some(k.clone()), at.line),
            _ => (None, at.line),
        };
        match depth {
            1 if parent_key.as_deref() == Some("entities") => {
                let flow = collection.is_some_and(|c| self.is(at, c) && c == '[');
                self.list = Some(ListSpan {
                    key_line,
                    flow: flow || collection.is_none(),
                    empty: collection.is_none(),
                    ..ListSpan::default()
                });
                if collection.is_none() {
                    self.close_list(key_line + 1);
                }
            }
            2 if self.in_list() => {
                let flow = collection.is_some_and(|c| self.is(at, c));
                if let Some(list) = self.list.as_mut() {
                    list.items.push(EntitySpan {
                        start: at.line,
                        flow,
                        ..EntitySpan::default()
                    });
                }
            }
            3 if self.in_list() => {
                let flow = collection.is_some_and(|c| self.is(at, c));
                if let Some(k) = self.entity().and_then(|e| e.keys.last_mut()) {
                    k.value_at = at;
                    k.flow = flow;
                    k.block = block_scalar || (collection.is_some() && !flow);
                }
            }
            4 if self.in_list() && matches!(self.stack.last(), Some(Frame::Sequence)) => {
                if let Some(k) = self.entity().and_then(|e| e.keys.last_mut()) {
                    k.items.push(at);
                    if collection.is_none() {
                        k.entries.push((key.to_string(), at));
                    }
                }
            }
            _ => {}
        }
        false
    }

    fn in_list(&self) -> bool {
        self.list.as_ref().is_some_and(|l| l.end == 0 && !l.empty)
    }

    fn close_list(&mut self, end: usize) {
        if let Some(list) = self.list.as_mut()
            && list.end == 0
        {
            list.end = end.max(list.key_line + 1);
        }
    }

    /// A collection ends at `at`; `flow` whether it was a flow one.
    fn end(&mut self, at: At) {
        let depth = self.stack.len();
        let flow_end = self.lines.is_flow_end(at);
        let end = if flow_end { at.line + 1 } else { at.line };
        if self.in_list() {
            match depth {
                2 => self.close_list(end),
                3 => {
                    if let Some(e) = self.entity() {
                        e.end = end;
                        if let Some(last) = e.keys.last_mut() {
                            last.end = end;
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// An anchor or alias (`id` > 0) on the node just started: it belongs to the key whose
    /// value (or name) it is in, or else (on the entity itself) to the entity.
    fn anchor(&mut self, id: usize) {
        let depth = self.stack.len();
        let in_value = match self.stack.get(2) {
            Some(Frame::Mapping { key }) => depth > 3 || key.is_some(),
            _ => false,
        };
        if id > 0
            && self.in_list()
            && depth >= 2
            && let Some(e) = self.entity()
        {
            match e.keys.last_mut().filter(|_| in_value) {
                Some(k) => k.anchored = true,
                None => e.anchored = true,
            }
        }
    }

    fn leave_value(&mut self) {
        if let Some(Frame::Mapping { key }) = self.stack.last_mut() {
            *key = None;
        }
    }
}

impl MarkedEventReceiver for Recorder<'_> {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        let at = At {
            line: self.first_line + mark.line().saturating_sub(1),
            col: mark.col(),
        };
        match ev {
            // The node first, so that its anchor goes to the entity or key it starts.
            Event::Scalar(value, style, anchor, _) => {
                if anchor > 0 {
                    self.anchors.push((anchor, at, Some(value.clone())));
                }
                let block = matches!(style, TScalarStyle::Literal | TScalarStyle::Folded);
                let is_key = self.node(at, None, block, &value);
                self.anchor(anchor);
                if !is_key {
                    self.leave_value();
                }
            }
            Event::Alias(id) => {
                self.aliases.push((id, at));
                let is_key = self.node(at, None, false, "");
                self.anchor(1);
                if !is_key {
                    self.leave_value();
                }
            }
            Event::MappingStart(anchor, _) => {
                if anchor > 0 {
                    self.anchors.push((anchor, at, None));
                }
                self.node(at, Some('{'), false, "");
                self.anchor(anchor);
                self.stack.push(Frame::Mapping { key: None });
            }
            Event::SequenceStart(anchor, _) => {
                if anchor > 0 {
                    self.anchors.push((anchor, at, None));
                }
                self.node(at, Some('['), false, "");
                self.anchor(anchor);
                self.stack.push(Frame::Sequence);
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.end(at);
                self.stack.pop();
                self.leave_value();
            }
            _ => {}
        }
    }
}

/// The source split into lines, with their byte offsets.
pub struct Lines<'a> {
    pub source: &'a str,
    /// Byte offset of the start of every line, and the source's length last.
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    pub fn new(source: &'a str) -> Self {
        let mut starts: Vec<usize> = std::iter::once(0)
            .chain(source.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        if starts.last() != Some(&source.len()) {
            starts.push(source.len());
        }
        Lines { source, starts }
    }

    /// Number of lines.
    pub fn len(&self) -> usize {
        self.starts.len() - 1
    }

    /// Byte offset where line `line` starts (the source's length past the end).
    pub fn start(&self, line: usize) -> usize {
        self.starts[line.min(self.len())]
    }

    /// Line `line` without its line break.
    pub fn text(&self, line: usize) -> &'a str {
        let (s, e) = (self.start(line), self.start(line + 1));
        self.source[s..e].trim_end_matches(['\n', '\r'])
    }

    /// Byte offset of column `col` (in characters) of line `line`.
    pub fn offset(&self, at: At) -> usize {
        let text = self.text(at.line);
        self.start(at.line)
            + text
                .char_indices()
                .nth(at.col)
                .map_or(text.len(), |(i, _)| i)
    }

    /// Whether a collection ending at `at` was a flow one: the parser marks a flow
    /// collection's end at its closing bracket, a block one at the next token.
    pub fn is_flow_end(&self, at: At) -> bool {
        matches!(self.text(at.line).chars().nth(at.col), Some('}' | ']'))
    }

    /// `end`, moved back over blank and comment-only lines, but not to or before `start`.
    pub fn trim(&self, start: usize, end: usize) -> usize {
        let mut end = end.min(self.len());
        while end > start + 1 {
            let t = self.text(end - 1).trim_start();
            if t.is_empty() || t.starts_with('#') {
                end -= 1;
            } else {
                break;
            }
        }
        end
    }

    /// Parses the source for the spans of its entities: with `from_entities`, only from a
    /// top-level `entities:` line on (the articles before it are most of a big file), when
    /// there is one such line and the text from there parses on its own (no alias to an
    /// anchor above it); else, or without `from_entities`, the whole source.
    pub fn spans(&self, from_entities: bool) -> Spans {
        // yaml-rust2 refuses tabs libyaml takes (`name:<TAB>Mali`); a tab and a space are
        // one byte and one column each, so where the source does not parse, the spans of
        // the text with spaces for tabs are the source's.
        let detabbed = self
            .source
            .contains('\t')
            .then(|| self.source.replace('\t', " "));
        let texts: Vec<&str> = std::iter::once(self.source)
            .chain(detabbed.as_deref())
            .collect();
        if from_entities {
            let mut keys = (0..self.len()).filter(|&l| self.text(l).starts_with("entities:"));
            if let (Some(line), None) = (keys.next(), keys.next())
                && let Some(spans) = texts.iter().find_map(|t| self.parse(t, line).ok())
            {
                return spans;
            }
        }
        let mut partial = None;
        for text in &texts {
            match self.parse(text, 0) {
                Ok(spans) => return spans,
                Err(found) => partial = partial.or(Some(found)),
            }
        }
        partial.unwrap_or(Spans {
            entities: None,
            anchors: Vec::new(),
            aliases: Vec::new(),
        })
    }

    /// Parses `text` (the source, or a copy with the same lines and columns) from line
    /// `first_line` on: the spans, or what was found before a syntax error.
    fn parse(&self, text: &str, first_line: usize) -> Result<Spans, Spans> {
        let mut recorder = Recorder {
            lines: self,
            first_line,
            stack: Vec::new(),
            list: None,
            anchors: Vec::new(),
            aliases: Vec::new(),
        };
        let mut parser = Parser::new_from_str(&text[self.start(first_line)..]);
        let parsed = parser.load(&mut recorder, false);
        let spans = Spans {
            entities: recorder.list,
            anchors: recorder.anchors,
            aliases: recorder.aliases,
        };
        match parsed {
            Ok(()) => Ok(spans),
            Err(_) => Err(spans),
        }
    }
}

#[cfg(test)]
#[path = "spans_tests.rs"]
mod tests;
