//! serde_yaml's errors in the user's words, at their line and column.
//!
//! serde_yaml prints its position at the end of the message (" at line L column C"), or only
//! a byte offset for problems its reader finds (" at position N", for a control character);
//! the position is taken off the message and turned into a line and column of `text`.
//! Messages are then reworded where serde's say too little: a value that is not text gets
//! its source in quotes as the fix, a control character is named, an alias bomb is called
//! one, `u64` is a whole number, and an unquoted comma or `: ` inside `{ }` (which YAML reads
//! as the end of the value) is shown with the value as it was meant, in quotes.

use super::diagnostic::{quoted, shorten};
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

/// The byte offset of 1-based `column` (in characters) in `line`.
fn byte_of_column(line: &str, column: usize) -> Option<usize> {
    line.char_indices()
        .map(|(i, _)| i)
        .chain([line.len()])
        .nth(column.checked_sub(1)?)
}

/// For a flow-mapping entry cut short at 1-based `column` of `line` (by a comma or `: `
/// YAML took as syntax), the key and the whole value as meant: the value before `column`
/// and the text after it up to the next `,` or `}`.
fn value_cut_short(line: &str, column: usize, joiner: &str) -> Option<(String, String)> {
    let at = byte_of_column(line, column)?;
    let before = line[..at].trim_end();
    let before = before.strip_suffix(',').unwrap_or(before);
    let open = before.rfind('{')?;
    let entry_start = before[open..]
        .rfind(", ")
        .map_or(open + 1, |i| open + i + 2);
    let (key, value) = before[entry_start..].split_once(": ")?;
    let rest = line[at..].trim_start_matches(',').trim_start();
    let rest = rest.strip_prefix(':').map_or(rest, str::trim_start);
    let end = rest.find([',', '}']).unwrap_or(rest.len());
    let rest = rest[..end].trim_end();
    Some((
        key.trim().to_string(),
        format!("{}{joiner}{rest}", value.trim()),
    ))
}

/// The fix for a value cut short: write it in quotes.
fn quote_it(key: &str, value: &str) -> String {
    format!(
        "if the {key} is {q}, write it in quotes: {key}: {q}",
        q = quoted(value)
    )
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
    // Reworded once short: the message may quote a whole 60 MB line.
    let message = reword(text, position, shorten(message));
    (position.0, position.1, message)
}

/// A parser's message at `(line, column)` of `text` in the user's words: values cut short
/// inside `{ }` by an unquoted comma or colon, numbers as whole numbers.
pub fn reword(text: &str, (line, column): (usize, usize), mut message: String) -> String {
    let position = (line, column);
    let source_line = text.split('\n').nth(line.saturating_sub(1)).unwrap_or("");
    if let Some(at) = message.find("unknown field `")
        && let Some(near) = field_meant(&message[at + 15..])
    {
        let name = message[at + 15..].split('`').next().unwrap_or("");
        message = format!(
            "{}{} is not a field; did you mean {near}?",
            &message[..at],
            quoted(name)
        );
    } else if let Some(at) = message.find("unknown field `")
        && let Some((key, value)) = value_cut_short(source_line, position.1, ", ")
    {
        let name = message[at + 15..].split('`').next().unwrap_or("");
        message = format!(
            "{}{} is not a field: inside {{ }} an unquoted comma ends a value; {}",
            &message[..at],
            quoted(name),
            quote_it(&key, &value)
        );
    } else if message.contains("did not find expected ',' or '}'")
        && source_line[byte_of_column(source_line, position.1).unwrap_or(0)..].starts_with(':')
        && let Some((key, value)) = value_cut_short(source_line, position.1, ": ")
    {
        message = format!(
            "YAML syntax error: inside {{ }} an unquoted \": \" ends a value; {}",
            quote_it(&key, &value)
        );
    }
    for number in ["expected u64", "expected usize"] {
        message = message.replace(number, "expected a whole number (0, 1, 2, ...)");
    }
    message
}

/// The field a misspelt one was meant to be, from serde's "unknown field `saidby`,
/// expected one of `said_by`, ..." (the text after "unknown field `"): the expected field
/// that is the same without `_` and `-` and case, or at most two edits away.
fn field_meant(rest: &str) -> Option<&str> {
    let name = rest.split('`').next()?;
    let expected = rest.split_once("expected")?.1;
    let plain = |s: &str| -> String {
        s.chars()
            .filter(|c| !matches!(c, '_' | '-'))
            .flat_map(char::to_lowercase)
            .collect()
    };
    expected
        .split('`')
        .skip(1)
        .step_by(2)
        .find(|field| plain(field) == plain(name))
        .or_else(|| {
            expected
                .split('`')
                .skip(1)
                .step_by(2)
                .find(|field| name.len() > 3 && strsim::levenshtein(field, name) <= 2)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_misspelt_field_names_the_one_meant() {
        let rest = "saidby`, expected one of `article`, `said_by`, `claim`";
        assert_eq!(field_meant(rest), Some("said_by"));
        assert_eq!(
            field_meant("publshed`, expected one of `url`, `published`"),
            Some("published")
        );
        assert_eq!(field_meant("color`, expected one of `kind`, `name`"), None);
    }

    #[test]
    fn plain_scalars_end_at_comments_and_flow_indicators() {
        let text = "a: 1\ntitle: 2.50 # price\nm: {quote: 20, x: y}\n";
        assert_eq!(plain_scalar_at(text, 2, 8), Some("2.50"));
        assert_eq!(plain_scalar_at(text, 3, 12), Some("20"));
        assert_eq!(plain_scalar_at(text, 9, 1), None);
    }

    #[test]
    fn values_cut_short_by_a_comma_or_colon() {
        let line = "      - {article: en, quote: Bamako, Mali, figure: x}";
        assert_eq!(
            value_cut_short(line, 38, ", "),
            Some(("quote".into(), "Bamako, Mali".into()))
        );
        let line = "      - {article: en, quote: Note: Bamako}";
        assert_eq!(
            value_cut_short(line, 34, ": "),
            Some(("quote".into(), "Note: Bamako".into()))
        );
        assert_eq!(
            value_cut_short("a: b", 3, ", "),
            None,
            "not in a flow mapping"
        );
    }

    #[test]
    fn lines_and_columns_count_characters() {
        assert_eq!(line_col(""), (1, 1));
        assert_eq!(line_col("ab\nبب"), (2, 3));
    }
}
