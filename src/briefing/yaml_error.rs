//! serde_yaml's errors in the user's words, at their line and column.
//!
//! serde_yaml prints its position at the end of the message (" at line L column C"), or only
//! a byte offset for problems its reader finds (" at position N", for a control character);
//! the position is taken off the message and turned into a line and column of `text`.
//! Messages are then reworded where serde's say too little: a value that is not text gets
//! its source in quotes as the fix, a control character is named, an alias bomb is called
//! one.

use super::raw::NOT_TEXT;

/// Line and column (1-based, the column in characters) just after `prefix`.
pub fn line_col(prefix: &str) -> (usize, usize) {
    let line = prefix.matches('\n').count() + 1;
    let column = prefix.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
}

/// The source of the plain (unquoted) scalar at 1-based `line` and `column` of `text`: up to
/// the end of the line, a comment, or a flow indicator.
fn plain_scalar_at(text: &str, line: usize, column: usize) -> Option<&str> {
    let source_line = text.split('\n').nth(line.checked_sub(1)?)?;
    let (at, _) = source_line.char_indices().nth(column.checked_sub(1)?)?;
    let rest = &source_line[at..];
    let end = rest
        .find(" #")
        .into_iter()
        .chain(rest.find([',', '}', ']', '\r']))
        .min()
        .unwrap_or(rest.len());
    Some(rest[..end].trim_end()).filter(|s| !s.is_empty())
}

/// The message and position of a serde_yaml error on `text`.
pub fn explain(err: &serde_yaml::Error, text: &str) -> (usize, usize, String) {
    let mut message = err.to_string();
    let mut position = (1, 1);
    if let Some(l) = err.location() {
        position = (l.line(), l.column());
        let suffix = format!(" at line {} column {}", l.line(), l.column());
        if let Some(cut) = message.strip_suffix(&suffix) {
            message = cut.to_string();
        }
    }
    let mut offset = None;
    if let Some((head, n)) = message.rsplit_once(" at position ")
        && let Ok(n) = n.parse::<usize>()
        && text.is_char_boundary(n.min(text.len()))
    {
        let n = n.min(text.len());
        position = line_col(&text[..n]);
        offset = Some(n);
        message = head.to_string();
    }
    if message.contains("control characters are not allowed") {
        let c = offset.and_then(|n| text[n..].chars().next());
        message = match c {
            Some(c) => format!(
                "control character U+{:04X} is not allowed in a YAML file; delete it (in double quotes it can be written as the escape \"\\u{:04X}\")",
                c as u32, c as u32
            ),
            None => message,
        };
    } else if message.contains("repetition limit exceeded") {
        message.push_str(": too many alias expansions (a \"billion laughs\" document?)");
    } else if message.contains(NOT_TEXT)
        && !message.contains("nothing")
        && let Some(value) = plain_scalar_at(text, position.0, position.1)
    {
        message.push_str(&format!(
            " ({value}); if it is text, put it in quotes: \"{value}\""
        ));
    }
    (position.0, position.1, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_scalars_end_at_comments_and_flow_indicators() {
        let text = "a: 1\ntitle: 2.50 # price\nm: {quote: 20, x: y}\n";
        assert_eq!(plain_scalar_at(text, 2, 8), Some("2.50"));
        assert_eq!(plain_scalar_at(text, 3, 12), Some("20"));
        assert_eq!(plain_scalar_at(text, 9, 1), None);
    }

    #[test]
    fn lines_and_columns_count_characters() {
        assert_eq!(line_col(""), (1, 1));
        assert_eq!(line_col("ab\nبب"), (2, 3));
    }
}
