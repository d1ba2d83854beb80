//! A linear pre-pass over the YAML event stream, before serde_yaml sees the text.
//!
//! libyaml (under serde_yaml) spends time proportional to the nesting depth on every token,
//! so a document of a few hundred thousand nested brackets would take minutes to reject.
//! yaml-rust2's pull parser is cheap and stops at the first problem, so it is used to refuse
//! such documents early: nesting deeper than [`MAX_DEPTH`] levels, or a syntax error (with its
//! position). A briefing needs about six levels. Texts with few brackets cannot nest flow
//! collections deeply ([`could_nest_deeply`]): the loader then runs the pre-scan only to
//! explain a failure.

use yaml_rust2::parser::{Event, Parser};

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

pub fn prescan(text: &str) -> Result<(), Refusal> {
    let mut parser = Parser::new_from_str(text);
    let mut depth = 0usize;
    loop {
        match parser.next_token() {
            Ok((event, mark)) => match event {
                Event::SequenceStart(..) | Event::MappingStart(..) => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Err(Refusal {
                            line: mark.line(),
                            column: mark.col() + 1,
                            message: format!(
                                "the document is nested more than {MAX_DEPTH} levels deep; a briefing needs about 6"
                            ),
                        });
                    }
                }
                Event::SequenceEnd | Event::MappingEnd => depth = depth.saturating_sub(1),
                Event::StreamEnd => return Ok(()),
                _ => {}
            },
            Err(e) => {
                let mark = e.marker();
                let message = if e.info().contains("recursion limit") {
                    "the document is nested too deeply (a briefing needs about 6 levels)"
                        .to_string()
                } else {
                    format!("YAML syntax error: {}", e.info())
                };
                return Err(Refusal {
                    line: mark.line(),
                    column: mark.col() + 1,
                    message,
                });
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
    fn ordinary_documents_pass() {
        assert_eq!(prescan("a: [1, {b: c}]\nd:\n  - e\n"), Ok(()));
    }

    #[test]
    fn syntax_errors_are_located() {
        let r = prescan("a: 1\nb: \"open\n").unwrap_err();
        assert!(r.message.starts_with("YAML syntax error"), "{}", r.message);
    }
}
