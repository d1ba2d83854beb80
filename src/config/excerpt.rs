//! Config error messages quote what the file says (a key, a value, toml's and serde's
//! `unknown field` and `invalid type` text): a 1 MB key must not make a 1 MB message line.
//! [`bounded_quotes`] walks a finished message and cuts every quoted run (between backticks,
//! or between double quotes with `\` escapes, as `{:?}` writes them) longer than
//! [`MAX_QUOTED`] characters to its start and "…"; the text between quotes is kept whole.

/// Characters of a quoted key or value kept in a message.
pub const MAX_QUOTED: usize = 60;

/// `message` with every quoted run of more than [`MAX_QUOTED`] characters cut to its first
/// [`MAX_QUOTED`] and "…" (an unclosed quote runs to the end of the message).
pub fn bounded_quotes(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(1024));
    let mut chars = message.chars();
    while let Some(c) = chars.next() {
        out.push(c);
        if c != '`' && c != '"' {
            continue;
        }
        let (mut kept, mut escaped, mut closed) = (0, false, false);
        for q in chars.by_ref() {
            if q == c && !escaped {
                closed = true;
                break;
            }
            escaped = c == '"' && q == '\\' && !escaped;
            if kept < MAX_QUOTED {
                out.push(q);
            }
            kept += 1;
        }
        if kept > MAX_QUOTED {
            out.push('…');
        }
        if closed {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_quotes_are_cut_and_the_rest_is_kept() {
        let long = "k".repeat(100_000);
        let cut = format!("{}…", "k".repeat(MAX_QUOTED));
        assert_eq!(
            bounded_quotes(&format!("unknown field `{long}`, expected `theme`")),
            format!("unknown field `{cut}`, expected `theme`")
        );
        assert_eq!(
            bounded_quotes(&format!("unknown colour {:?} (known: red)", long)),
            format!("unknown colour \"{cut}\" (known: red)")
        );
        // Escaped quotes stay inside; an unclosed quote is cut too.
        let escaped = format!("{:?}", format!("a\"{long}"));
        assert_eq!(
            bounded_quotes(&format!("value {escaped} here")),
            format!("value \"a\\\"{}…\" here", "k".repeat(MAX_QUOTED - 3))
        );
        assert_eq!(
            bounded_quotes(&format!("open `{long}")),
            format!("open `{cut}")
        );
    }

    #[test]
    fn short_messages_are_unchanged() {
        for m in [
            "key \"x\" is bound to both `quit` and `help`",
            "unknown theme `sepia` (known: dark, light)",
            "a [[terminal]] rule needs at least one of term, term_program or env",
            "\"\\\"\" is a control character, not a key",
            "",
            "`",
        ] {
            assert_eq!(bounded_quotes(m), m);
        }
    }
}
