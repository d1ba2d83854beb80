//! A linear pre-pass over the YAML event stream, before serde_yaml sees the text.
//!
//! libyaml (under serde_yaml) spends time proportional to the nesting depth on every token,
//! so a document of a few hundred thousand nested brackets would take minutes to reject; and
//! serde_yaml expands every alias into a copy of its anchored node, so one 6 MiB string
//! aliased a thousand times costs 6 GB, though its repetition limit counts alias uses only.
//! yaml-rust2's pull parser is cheap, does not expand aliases and stops at the first
//! problem, so it is used to refuse such documents early: nesting deeper than [`MAX_DEPTH`]
//! levels, aliases that would expand to more than [`MAX_ALIAS_EXPANSION`] bytes (each
//! anchored node's expanded size is computed as it closes: its scalars' bytes plus one per
//! node, aliases inside it included), or a syntax error (with its position). A briefing
//! needs about six levels. Texts with few brackets cannot nest flow collections deeply
//! ([`could_nest_deeply`]) and texts without `&` or `*` hold no alias ([`could_alias`]): the
//! loader then runs the pre-scan only to explain a failure.

use std::collections::HashMap;

use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::Marker;

use super::limits::MAX_ALIAS_EXPANSION;

pub const MAX_DEPTH: usize = 64;

/// A problem found before parsing, at a 1-based line and column.
#[derive(Debug, PartialEq, Eq)]
pub struct Refusal {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Whether `text` could nest collections deeper than [`MAX_DEPTH`], by a cheap bound that
/// never says no wrongly (it may say yes for a shallow text, which then just gets the
/// pre-scan):
/// - each flow level opens with a `[` or `{`, so flow nesting needs more than
///   [`MAX_DEPTH`] of them in the text, wherever they are;
/// - a nested block collection starts further right than its parent, or at the same column
///   for a sequence under a mapping key, so block nesting is at most twice the starting
///   column plus one; a collection starts after a line's indentation and its compact
///   indicators (`- `, `? `, two columns each), so block nesting deeper than [`MAX_DEPTH`]
///   needs a line with indentation plus twice its indicators of at least half of it.
///
/// Line breaks are YAML 1.1's, as libyaml's (LF, CR, NEL, LS, PS).
pub fn could_nest_deeply(text: &str) -> bool {
    let brackets = text
        .bytes()
        .filter(|&b| b == b'[' || b == b'{')
        .nth(MAX_DEPTH)
        .is_some();
    brackets
        || text
            .split(['\n', '\r', '\u{85}', '\u{2028}', '\u{2029}'])
            .any(|line| {
                let indent = line.bytes().take_while(|&b| b == b' ').count();
                // Indicators needed to reach half the limit (stop counting there).
                let needed = (MAX_DEPTH / 2).saturating_sub(indent).div_ceil(2);
                needed == 0
                    || line
                        .as_bytes()
                        .windows(2)
                        .filter(|w| matches!(w[0], b'-' | b'?') && matches!(w[1], b' ' | b'\t'))
                        .nth(needed - 1)
                        .is_some()
            })
}

/// Whether `text` could hold an anchor and an alias: it needs both a `&` and a `*`.
pub fn could_alias(text: &str) -> bool {
    text.contains('&') && text.contains('*')
}

fn refusal(mark: Marker, message: String) -> Refusal {
    Refusal {
        line: mark.line(),
        column: mark.col() + 1,
        message,
    }
}

/// The expanded sizes of anchored nodes, and of the aliases used so far.
#[derive(Default)]
struct Expansion {
    /// Expanded size of each anchored node, by anchor id.
    anchored: HashMap<usize, u64>,
    /// Open collections: anchor id (0 for none) and expanded size so far.
    open: Vec<(usize, u64)>,
    /// Bytes the aliases so far expand to.
    aliased: u64,
    aliases: u64,
}

impl Expansion {
    /// A node of `size` ends: it counts towards its parent, and is remembered if anchored.
    fn node(&mut self, anchor: usize, size: u64) {
        if anchor != 0 {
            self.anchored.insert(anchor, size);
        }
        if let Some((_, parent)) = self.open.last_mut() {
            *parent = parent.saturating_add(size);
        }
    }

    /// An alias: a copy of its anchored node. Refused once the copies pass the limit.
    fn alias(&mut self, anchor: usize, mark: Marker) -> Result<(), Refusal> {
        let size = self.anchored.get(&anchor).copied().unwrap_or(1);
        self.aliased = self.aliased.saturating_add(size);
        self.aliases += 1;
        if self.aliased > MAX_ALIAS_EXPANSION {
            return Err(refusal(
                mark,
                format!(
                    "aliases expand to more than {MAX_ALIAS_EXPANSION} bytes, the limit: this is alias {} and its node alone is {size} bytes; write the text out instead of aliasing it",
                    self.aliases
                ),
            ));
        }
        self.node(0, size);
        Ok(())
    }
}

pub fn prescan(text: &str) -> Result<(), Refusal> {
    let mut parser = Parser::new_from_str(text);
    let mut expansion = Expansion::default();
    loop {
        match parser.next_token() {
            Ok((event, mark)) => match event {
                Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                    expansion.open.push((anchor, 1));
                    if expansion.open.len() > MAX_DEPTH {
                        return Err(refusal(
                            mark,
                            format!(
                                "the document is nested more than {MAX_DEPTH} levels deep; a briefing needs about 6"
                            ),
                        ));
                    }
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    if let Some((anchor, size)) = expansion.open.pop() {
                        expansion.node(anchor, size);
                    }
                }
                Event::Scalar(value, _, anchor, _) => {
                    expansion.node(anchor, value.len() as u64 + 1);
                }
                Event::Alias(anchor) => expansion.alias(anchor, mark)?,
                Event::StreamEnd => return Ok(()),
                _ => {}
            },
            Err(e) => {
                let message = if e.info().contains("recursion limit") {
                    "the document is nested too deeply (a briefing needs about 6 levels)"
                        .to_string()
                } else {
                    format!("YAML syntax error: {}", e.info())
                };
                return Err(refusal(*e.marker(), message));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_nesting_is_refused_quickly() {
        let text = format!("a: {}{}", "[".repeat(200_000), "]".repeat(200_000));
        let start = std::time::Instant::now();
        let r = prescan(&text).unwrap_err();
        assert!(r.message.contains("nested"), "{}", r.message);
        assert_eq!(r.line, 1);
        assert!(start.elapsed().as_secs() < 2);
    }

    #[test]
    fn only_texts_with_many_brackets_could_nest_deeply() {
        assert!(!could_nest_deeply("a: [1, {b: c}]\n"));
        let at_limit = "[".repeat(MAX_DEPTH);
        assert!(!could_nest_deeply(&at_limit));
        assert!(could_nest_deeply(&format!("{at_limit}{{")));
        // Brackets anywhere count, even in strings.
        assert!(could_nest_deeply(&format!(
            "a: \"{}\"",
            "[".repeat(MAX_DEPTH + 1)
        )));
    }

    #[test]
    fn deep_block_nesting_could_nest_deeply() {
        // Compact sequences: two bytes a level, no brackets.
        let compact = format!("{}x\n", "- ".repeat(MAX_DEPTH + 1));
        assert!(could_nest_deeply(&compact));
        assert!(prescan(&compact).is_err());
        // Nesting by indentation, also with NEL as the line break.
        let mut indented = String::new();
        for i in 0..40 {
            indented.push_str(&" ".repeat(i));
            indented.push_str("k:\u{85}");
        }
        assert!(could_nest_deeply(&indented));
        // A briefing's shape does not.
        let shallow = "id: x\narticles:\n  - id: en\n    text: |\n      a - b - c\n";
        assert!(!could_nest_deeply(shallow));
    }

    #[test]
    fn the_bound_holds_for_block_nesting() {
        // Nesting past the limit, built each way the bound counts, is always seen.
        for depth in [30usize, 33, 65, 70] {
            let compact = format!("{}x\n", "- ".repeat(depth));
            let mut indented = String::new();
            for i in 0..depth / 2 + 1 {
                indented.push_str(&" ".repeat(2 * i));
                indented.push_str("k:\n");
                indented.push_str(&" ".repeat(2 * i));
                indented.push_str("- \n");
            }
            for text in [compact, indented] {
                if prescan(&text).is_err_and(|r| r.message.contains("nested")) {
                    assert!(could_nest_deeply(&text), "depth {depth} missed:\n{text}");
                }
            }
        }
    }

    #[test]
    fn aliases_are_bounded_by_the_bytes_they_expand_to() {
        let big = "x".repeat(1 << 20);
        let mut text = format!("a: &big \"{big}\"\nb:\n");
        for _ in 0..100 {
            text.push_str("  - *big\n");
        }
        assert!(could_alias(&text));
        let r = prescan(&text).unwrap_err();
        assert_eq!((r.line, r.column), (66, 5), "{}", r.message);
        assert!(
            r.message.starts_with("aliases expand to more than 67108864 bytes, the limit: this is alias 64 and its node alone is 1048577 bytes"),
            "{}",
            r.message
        );
        // Nested anchors count what their aliases hold: a "billion laughs".
        let mut laughs = String::from("a: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..9 {
            let refs = vec![format!("*a{}", i - 1); 10].join(", ");
            laughs.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
        }
        assert!(
            prescan(&laughs)
                .unwrap_err()
                .message
                .starts_with("aliases expand")
        );
        // A few small aliases pass.
        assert_eq!(prescan("a: &n Mali\nb: [*n, *n]\n"), Ok(()));
    }

    #[test]
    fn ordinary_documents_pass() {
        assert_eq!(prescan("a: [1, {b: c}]\nd:\n  - e\n"), Ok(()));
    }

    #[test]
    fn syntax_errors_are_located() {
        let r = prescan("a: 1\nb: \"open\n").unwrap_err();
        assert!(r.message.starts_with("YAML syntax error"), "{}", r.message);
    }
}
