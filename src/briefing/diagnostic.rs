//! Diagnostics: one problem found in a briefing file, printed as `file:line:col: error: ...`.
//!
//! Validation works on the parsed model and knows only *which* YAML node is at fault (a
//! [`NodePath`] such as `entities[3].mentions[1].quote`); [`crate::briefing::locate`] turns
//! those paths into line and column only when there is something to report.

use std::borrow::Cow;
use std::fmt;

use super::limits::MAX_FINDINGS;
use super::model::Part;
use super::trojan::is_bidi_control;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// A step in the path from the document root to a YAML node.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Step {
    Key(&'static str),
    /// A key that comes from the document itself (e.g. a language tag in `names`).
    Name(String),
    Index(usize),
}

/// Where a node sits in the document: `articles[1].text`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct NodePath(pub Vec<Step>);

impl NodePath {
    pub fn root() -> Self {
        NodePath(Vec::new())
    }

    pub fn key(&self, key: &'static str) -> Self {
        let mut steps = self.0.clone();
        steps.push(Step::Key(key));
        NodePath(steps)
    }

    pub fn name(&self, key: &str) -> Self {
        let mut steps = self.0.clone();
        steps.push(Step::Name(key.to_string()));
        NodePath(steps)
    }

    pub fn index(&self, index: usize) -> Self {
        let mut steps = self.0.clone();
        steps.push(Step::Index(index));
        NodePath(steps)
    }
}

impl fmt::Display for NodePath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, step) in self.0.iter().enumerate() {
            match step {
                Step::Key(k) if i == 0 => write!(f, "{k}")?,
                Step::Key(k) => write!(f, ".{k}")?,
                Step::Name(k) if i == 0 => write!(f, "{k}")?,
                Step::Name(k) => write!(f, ".{k}")?,
                Step::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

/// One problem, with its place in the file (1-based line and column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// `text` in double quotes for a message, as written: only quotes, backslashes and line
/// breaks are escaped (Rust's `{:?}` would also escape Arabic harakat and other marks).
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Characters of a message kept whole. Messages quote the input (a quote, a value serde_yaml
/// could not use), and a file can hold a 60 MB line: longer messages keep their start and end.
pub const MAX_MESSAGE: usize = 400;

/// `message` cut to at most [`MAX_MESSAGE`] characters, its middle left out and counted.
pub fn shorten(message: String) -> String {
    let chars = message.chars().count();
    if chars <= MAX_MESSAGE {
        return message;
    }
    // Room for the note in between, so that a shortened message is not shortened again.
    let (head, tail) = (MAX_MESSAGE * 7 / 10, MAX_MESSAGE / 5);
    let cut = |n: usize| {
        message
            .char_indices()
            .nth(n)
            .map_or(message.len(), |(i, _)| i)
    };
    format!(
        "{} [… {} characters left out …] {}",
        &message[..cut(head)],
        chars - head - tail,
        &message[cut(chars - tail)..]
    )
}

impl Diagnostic {
    /// A diagnostic whose message is shortened to at most about [`MAX_MESSAGE`] characters.
    pub fn new(
        severity: Severity,
        file: &str,
        (line, column): (usize, usize),
        message: String,
    ) -> Self {
        Diagnostic {
            severity,
            file: file.to_string(),
            line,
            column,
            message: shorten(message),
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// `text` with every character that could act on a terminal (controls, DEL, C1, bidi
/// embeddings, overrides and isolates) or hide text (tag characters) written as a `\u{..}`
/// escape: messages quote the input (unknown field names, ids) and files found in folders
/// have names from elsewhere.
pub fn inert(text: &str) -> Cow<'_, str> {
    let risky =
        |c: char| c.is_control() || is_bidi_control(c) || ('\u{e0000}'..='\u{e007f}').contains(&c);
    if !text.contains(risky) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if risky(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}:{}: {label}: {}",
            inert(&self.file),
            self.line,
            self.column,
            inert(&self.message)
        )
    }
}

/// A problem found by validation, before it has a line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub path: NodePath,
    pub message: String,
    /// Another place the message points to, put after the message once located.
    pub place: Option<Place>,
}

/// A character of an article's text or headline that a message points to: the message goes on with
/// `at LINE:COL` and then `tail`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub article: usize,
    pub part: Part,
    pub offset: usize,
    pub tail: String,
}

/// Collects findings during validation: the first [`MAX_FINDINGS`] are kept, the rest only
/// counted, so a file with millions of bad mentions cannot exhaust memory.
#[derive(Debug, Default)]
pub struct Findings {
    pub list: Vec<Finding>,
    /// Findings past the limit, not kept.
    pub dropped: usize,
    /// Whether an error was among them.
    dropped_error: bool,
}

impl Findings {
    pub fn error(&mut self, path: NodePath, message: impl Into<String>) {
        self.push(Severity::Error, path, message.into(), None);
    }

    /// An error whose message goes on with the line and column of `place`.
    pub fn error_at(&mut self, path: NodePath, message: String, place: Place) {
        self.push(Severity::Error, path, message, Some(place));
    }

    pub fn warning(&mut self, path: NodePath, message: impl Into<String>) {
        self.push(Severity::Warning, path, message.into(), None);
    }

    /// Whether more findings would be kept (not only counted).
    pub fn has_room(&self) -> bool {
        self.list.len() < MAX_FINDINGS
    }

    fn push(&mut self, severity: Severity, path: NodePath, message: String, place: Option<Place>) {
        if self.list.len() >= MAX_FINDINGS {
            self.dropped += 1;
            self.dropped_error |= severity == Severity::Error;
            return;
        }
        self.list.push(Finding {
            severity,
            path,
            message,
            place,
        });
    }

    pub fn has_errors(&self) -> bool {
        self.dropped_error || self.list.iter().any(|f| f.severity == Severity::Error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_messages_keep_their_start_and_end() {
        let long = format!(
            "invalid type: string \"{}\", expected struct",
            "a".repeat(10_000)
        );
        let short = shorten(long);
        assert!(short.chars().count() <= MAX_MESSAGE, "{short}");
        assert_eq!(shorten(short.clone()), short, "shortened once");
        assert!(short.starts_with("invalid type: string \"aaa"));
        assert!(short.ends_with("aaa\", expected struct"));
        assert!(short.contains("[… 9680 characters left out …]"), "{short}");
        assert_eq!(shorten("short".into()), "short");
    }

    #[test]
    fn quoted_text_keeps_its_marks() {
        assert_eq!(quoted("قُتلوا"), "\"قُتلوا\"");
        assert_eq!(quoted("a \"b\"\\\nc"), r#""a \"b\"\\\nc""#);
    }

    #[test]
    fn paths_print_like_accessors() {
        let p = NodePath::root()
            .key("entities")
            .index(3)
            .key("names")
            .name("ar");
        assert_eq!(p.to_string(), "entities[3].names.ar");
    }

    #[test]
    fn findings_past_the_limit_are_counted_not_kept() {
        let mut f = Findings::default();
        for _ in 0..MAX_FINDINGS {
            f.warning(NodePath::root(), "w");
        }
        assert!(!f.has_errors());
        f.error(NodePath::root(), "e");
        assert_eq!((f.list.len(), f.dropped), (MAX_FINDINGS, 1));
        assert!(
            f.has_errors(),
            "a dropped error still makes the file invalid"
        );
    }

    #[test]
    fn controls_in_messages_and_names_print_as_escapes() {
        let d = Diagnostic {
            severity: Severity::Error,
            file: "a\u{9b}.yaml".into(),
            line: 1,
            column: 2,
            message: "unknown field `\u{1b}]0;x\u{7}` \u{202E}".into(),
        };
        assert_eq!(
            d.to_string(),
            "a\\u{9b}.yaml:1:2: error: unknown field `\\u{1b}]0;x\\u{7}` \\u{202e}"
        );
    }

    #[test]
    fn diagnostics_print_compiler_style() {
        let d = Diagnostic {
            severity: Severity::Error,
            file: "briefings/x.yaml".into(),
            line: 41,
            column: 18,
            message: "quote \"Bamko\" not found in article \"en\"".into(),
        };
        assert_eq!(
            d.to_string(),
            "briefings/x.yaml:41:18: error: quote \"Bamko\" not found in article \"en\""
        );
    }
}
