//! Maps YAML node paths to line and column, for diagnostics.
//!
//! serde_yaml gives no positions for values, so when validation has something to report, the
//! loader runs yaml-rust2's event parser over the same text once, recording where every node
//! path starts (`entities[3].mentions[1].quote` -> 41:18). Aliases are not expanded, so this
//! pass is linear in the file size. A path with no node (an optional field left out) falls back
//! to its nearest ancestor. For a character inside a literal block scalar (`text: |`) the exact
//! line and column of that character are computed from the scalar's indentation.

use std::collections::HashMap;

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

use super::diagnostic::{NodePath, Step};
use super::quoted;

/// Where a node starts: 1-based line and column, and how its scalar is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct NodeStart {
    line: usize,
    column: usize,
    style: Option<TScalarStyle>,
}

/// Node positions of one document, keyed by the printed node path.
pub struct Locator<'a> {
    source: &'a str,
    /// Byte offset of the start of every line.
    line_starts: Vec<usize>,
    nodes: HashMap<String, NodeStart>,
}

enum Frame {
    Mapping { key: Option<String> },
    Sequence { next: usize },
}

/// A collection whose position is taken from its first child: the parser reports block
/// collections where it recognises them, which is past their first key.
struct Pending {
    path: String,
}

struct Recorder {
    stack: Vec<Frame>,
    pending: Option<Pending>,
    path: Vec<Step>,
    nodes: HashMap<String, NodeStart>,
}

impl Recorder {
    /// Called for a node (scalar, alias, or collection start): records it if it is a value,
    /// and returns whether it was a mapping key instead.
    fn node(&mut self, mark: Marker, style: Option<TScalarStyle>, scalar: Option<&str>) -> bool {
        self.settle(mark);
        match self.stack.last_mut() {
            Some(Frame::Mapping { key }) if key.is_none() => {
                *key = Some(scalar.unwrap_or("").to_string());
                return true;
            }
            Some(Frame::Mapping { key }) => {
                let k = key.take().unwrap_or_default();
                self.path.push(Step::Name(k));
            }
            Some(Frame::Sequence { next }) => {
                self.path.push(Step::Index(*next));
                *next += 1;
            }
            None => {}
        }
        let path = NodePath(self.path.clone()).to_string();
        if style.is_some() {
            self.record(path, mark, style);
        } else {
            self.pending = Some(Pending { path });
        }
        false
    }

    /// Gives a pending collection the position of its first child (or of its end).
    fn settle(&mut self, mark: Marker) {
        if let Some(p) = self.pending.take() {
            self.record(p.path, mark, None);
        }
    }

    fn record(&mut self, path: String, mark: Marker, style: Option<TScalarStyle>) {
        let start = NodeStart {
            line: mark.line(),
            column: mark.col() + 1,
            style,
        };
        self.nodes.entry(path).or_insert(start);
    }

    /// A scalar (or alias): a mapping key, or a value recorded and left at once.
    fn scalar(&mut self, mark: Marker, style: TScalarStyle, value: &str) {
        if !self.node(mark, Some(style), Some(value)) {
            self.leave_value();
        }
    }

    fn leave_value(&mut self) {
        if !self.stack.is_empty() {
            self.path.pop();
        }
    }
}

impl MarkedEventReceiver for Recorder {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        match ev {
            Event::Scalar(value, style, _, _) => self.scalar(mark, style, &value),
            Event::Alias(_) => self.scalar(mark, TScalarStyle::Plain, ""),
            Event::MappingStart(..) => {
                self.node(mark, None, None);
                self.stack.push(Frame::Mapping { key: None });
            }
            Event::SequenceStart(..) => {
                self.node(mark, None, None);
                self.stack.push(Frame::Sequence { next: 0 });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.settle(mark);
                self.stack.pop();
                self.leave_value();
            }
            _ => {}
        }
    }
}

impl<'a> Locator<'a> {
    /// Parses `source` for positions. A document that does not parse yields an empty map
    /// (every lookup then answers 1:1); the loader only gets here for documents serde_yaml
    /// already accepted.
    pub fn new(source: &'a str) -> Self {
        let mut recorder = Recorder {
            stack: Vec::new(),
            pending: None,
            path: Vec::new(),
            nodes: HashMap::new(),
        };
        let mut parser = Parser::new_from_str(source);
        let _ = parser.load(&mut recorder, false);
        let line_starts = std::iter::once(0)
            .chain(source.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Locator {
            source,
            line_starts,
            nodes: recorder.nodes,
        }
    }

    /// Line and column of the node at `path`, or of its nearest ancestor that exists.
    pub fn position(&self, path: &NodePath) -> (usize, usize) {
        self.start(path)
            .map(|n| (n.line, n.column))
            .unwrap_or((1, 1))
    }

    /// Line and column of the character at byte `offset` of the scalar at `path`: exact for
    /// literal block scalars, quoted scalars and single-line plain scalars, else the scalar's
    /// own position.
    pub fn position_in_scalar(
        &self,
        path: &NodePath,
        value: &str,
        offset: usize,
    ) -> (usize, usize) {
        let Some(node) = self.start(path) else {
            return (1, 1);
        };
        let before = value.get(..offset).unwrap_or(value);
        let line_in_value = before.matches('\n').count();
        let col_in_line = before.rsplit('\n').next().unwrap_or("").chars().count();
        match node.style {
            // The parser marks a literal block at its first content character; later lines
            // share that indentation.
            Some(TScalarStyle::Literal) => (node.line + line_in_value, node.column + col_in_line),
            Some(TScalarStyle::Plain) if line_in_value == 0 => {
                (node.line, node.column + col_in_line)
            }
            Some(TScalarStyle::SingleQuoted | TScalarStyle::DoubleQuoted) => self
                .source_at(node.line, node.column)
                .and_then(|source| quoted::position(source, node.line, node.column, offset))
                .unwrap_or((node.line, node.column)),
            _ => (node.line, node.column),
        }
    }

    /// The source from 1-based `line` and `column` (in characters) on.
    fn source_at(&self, line: usize, column: usize) -> Option<&'a str> {
        let start = *self.line_starts.get(line.checked_sub(1)?)?;
        let from_line = &self.source[start..];
        let (at, _) = from_line.char_indices().nth(column.checked_sub(1)?)?;
        Some(&from_line[at..])
    }

    fn start(&self, path: &NodePath) -> Option<NodeStart> {
        let mut steps = path.0.clone();
        loop {
            if let Some(n) = self.nodes.get(&NodePath(steps.clone()).to_string()) {
                return Some(*n);
            }
            steps.pop()?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "\
id: x
articles:
  - id: en
    text: |
      First line.
      Second, with a typo.
entities:
  - id: a
    mentions:
      - {article: en, quote: Bamko}
";

    #[test]
    fn finds_values_in_block_and_flow_collections() {
        let loc = Locator::new(DOC);
        let path = NodePath::root().key("entities").index(0).key("mentions");
        assert_eq!(loc.position(&path.index(0).key("quote")), (10, 30));
        assert_eq!(loc.position(&path.index(0).key("article")), (10, 19));
        assert_eq!(loc.position(&path.index(0)), (10, 10));
        assert_eq!(
            loc.position(&NodePath::root().key("entities").index(0)),
            (8, 5)
        );
        assert_eq!(loc.position(&NodePath::root().key("id")), (1, 5));
        assert_eq!(
            loc.position(&NodePath::root().key("articles").index(0).key("id")),
            (3, 9)
        );
    }

    #[test]
    fn missing_paths_fall_back_to_the_parent() {
        let loc = Locator::new(DOC);
        let missing = NodePath::root().key("entities").index(0).key("figure");
        let entity = NodePath::root().key("entities").index(0);
        assert_eq!(loc.position(&missing), loc.position(&entity));
    }

    #[test]
    fn characters_inside_literal_blocks() {
        let loc = Locator::new(DOC);
        let text = "First line.\nSecond, with a typo.\n";
        let path = NodePath::root().key("articles").index(0).key("text");
        let offset = text.find("typo").unwrap();
        assert_eq!(loc.position_in_scalar(&path, text, offset), (6, 22));
        assert_eq!(loc.position_in_scalar(&path, text, 0), (5, 7));
    }
}
