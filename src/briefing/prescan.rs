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

/// Whether libyaml could meet flow collections nested deeper than [`MAX_DEPTH`] in `text`:
/// only if it holds more than [`MAX_DEPTH`] `[` and `{` in all, since each flow level opens
/// with one (wherever the others are, in strings or comments, they only make this say yes
/// more often). A briefing with a few dozen flow mappings does not need the pre-scan before
/// libyaml; its cost is then only paid to explain a failure.
pub fn could_nest_deeply(text: &str) -> bool {
    text.bytes()
        .filter(|&b| b == b'[' || b == b'{')
        .nth(MAX_DEPTH)
        .is_some()
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
    fn ordinary_documents_pass() {
        assert_eq!(prescan("a: [1, {b: c}]\nd:\n  - e\n"), Ok(()));
    }

    #[test]
    fn syntax_errors_are_located() {
        let r = prescan("a: 1\nb: \"open\n").unwrap_err();
        assert!(r.message.starts_with("YAML syntax error"), "{}", r.message);
    }
}
