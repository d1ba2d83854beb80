//! Positions inside quoted scalars: which line and column of the file holds a given byte of
//! the value. The value of `"a\u202Eb"` is shorter than its source and a quoted scalar may
//! span lines (folded into spaces), so the source is walked from the opening quote, decoding
//! escapes and folding just enough to count the value's bytes (YAML 1.2, sections 7.3.1-2).

/// Whitespace that folding drops at the end and start of lines.
fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r')
}

/// Bytes of the value produced by the escape after a backslash (`e`, then `rest`), and the
/// number of source characters after `e` it takes (hex digits).
fn escape(e: char, rest: &str) -> (usize, usize) {
    let digits = match e {
        'x' => 2,
        'u' => 4,
        'U' => 8,
        'N' | '_' => return (2, 0),
        'L' | 'P' => return (3, 0),
        _ => return (1, 0),
    };
    let len = rest
        .get(..digits)
        .and_then(|hex| u32::from_str_radix(hex, 16).ok())
        .and_then(char::from_u32)
        .map_or(1, char::len_utf8);
    (len, digits)
}

/// The position of value byte `offset` of the quoted scalar whose opening quote starts
/// `source`, at 1-based `line` and `column`; None if the scalar ends first.
pub fn position(source: &str, line: usize, column: usize, offset: usize) -> Option<(usize, usize)> {
    let quote = source.chars().next().filter(|q| matches!(q, '"' | '\''))?;
    let (mut line, mut column) = (line, column + 1);
    let mut rest = &source[1..];
    let mut value = 0;
    // Moves past the leading blanks of a continuation line.
    let skip_blanks = |rest: &mut &str, column: &mut usize| {
        let trimmed = rest.trim_start_matches(is_blank);
        *column += rest.len() - trimmed.len();
        *rest = trimmed;
    };
    loop {
        // Blanks before a line break are not part of the value.
        let trimmed = rest.trim_start_matches(is_blank);
        if trimmed.starts_with('\n') {
            column += rest.len() - trimmed.len();
            rest = trimmed;
        }
        let c = rest.chars().next()?;
        if c == '\n' {
            // A line break folds into a space, or into one newline per empty line after it.
            let mut breaks = 0;
            while let Some(after) = rest.strip_prefix('\n') {
                rest = after;
                line += 1;
                column = 1;
                breaks += 1;
                skip_blanks(&mut rest, &mut column);
            }
            value += if breaks == 1 { 1 } else { breaks - 1 };
            continue;
        }
        if quote == '"'
            && let Some(after) = rest.strip_prefix("\\\n")
        {
            // An escaped line break joins the lines with nothing between them.
            rest = after;
            line += 1;
            column = 1;
            skip_blanks(&mut rest, &mut column);
            continue;
        }
        if value >= offset {
            return Some((line, column));
        }
        let mut chars = rest.chars();
        chars.next();
        let after = chars.as_str();
        if quote == '"' && c == '\\' {
            let e = after.chars().next()?;
            let tail = &after[e.len_utf8()..];
            let (len, digits) = escape(e, tail);
            value += len;
            column += 2 + digits;
            rest = tail.get(digits..)?;
        } else if c == quote {
            if quote == '\'' && after.starts_with('\'') {
                value += 1;
                column += 2;
                rest = &after[1..];
            } else {
                return None;
            }
        } else {
            value += c.len_utf8();
            column += 1;
            rest = after;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where `needle` of the decoded `value` is, for a scalar at 1:1.
    fn at(source: &str, value: &str, needle: &str) -> Option<(usize, usize)> {
        position(source, 1, 1, value.find(needle).unwrap())
    }

    #[test]
    fn escapes_count_as_the_bytes_they_stand_for() {
        let source = r#""ab\u202Ecd\x1b[2J \\ \" end""#;
        let value = "ab\u{202E}cd\x1b[2J \\ \" end";
        assert_eq!(at(source, value, "\u{202E}"), Some((1, 4)));
        assert_eq!(at(source, value, "cd"), Some((1, 10)));
        assert_eq!(at(source, value, "\x1b"), Some((1, 12)));
        assert_eq!(at(source, value, "end"), Some((1, 26)));
    }

    #[test]
    fn folded_lines_and_escaped_breaks() {
        let source = "\"one  \n    two\n\n    three\\\n    four\"";
        let value = "one two\nthreefour";
        assert_eq!(at(source, value, "two"), Some((2, 5)));
        assert_eq!(at(source, value, "three"), Some((4, 5)));
        assert_eq!(at(source, value, "four"), Some((5, 5)));
    }

    #[test]
    fn single_quotes_double_to_escape() {
        let source = "'it''s here'";
        assert_eq!(at(source, "it's here", "here"), Some((1, 8)));
        assert_eq!(position(source, 1, 1, 100), None);
    }
}
