//! Text hygiene shared by every exporter: which characters never reach an export, how bidi
//! controls are made visible, and which source URLs may become links.
//!
//! Choices (documented in docs/FORMAT.md too), the same as the reader's (where a character
//! the reader hides is dropped, and one it shows as a space is a space):
//! - C0 and C1 control characters (and DEL) other than newline and tab are dropped from the
//!   Markdown and HTML output; carriage returns go too. So are the other invisible
//!   characters: the bidi marks LRM, RLM and ALM (U+200E, U+200F, U+061C) and the tag
//!   characters (U+E0000-U+E007F, which can hide text from a reader).
//! - The line and paragraph separators U+2028 and U+2029 become a space.
//! - Bidi embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069) would
//!   reorder the text and markup around them (Trojan Source). Markdown and HTML show each as
//!   the visible marker `‹U+202E›` instead, so they never act.
//! - JSON keeps the exact text but writes every one of these (but newline and tab) as a
//!   `\u` escape ([`is_escaped_in_json`]).
//! - Only `http://` and `https://` URLs become links, percent-encoded to plain ASCII.

use std::borrow::Cow;

pub use crate::briefing::is_bidi_control;

/// Characters that Markdown and HTML exports drop: C0, DEL and C1 controls except newline
/// and tab, the bidi marks LRM, RLM and ALM, and the tag characters.
pub fn is_dropped(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(
            c,
            '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{E0000}'..='\u{E007F}'
        )
}

/// The line and paragraph separators, which Markdown and HTML write as a space.
fn is_separator(c: char) -> bool {
    matches!(c, '\u{2028}' | '\u{2029}')
}

/// Characters the JSON export writes as `\u` escapes, though JSON allows them raw: every
/// character Markdown and HTML do not write as it is, but newline and tab.
pub fn is_escaped_in_json(c: char) -> bool {
    is_dropped(c) || is_separator(c) || is_bidi_control(c)
}

/// The text as Markdown and HTML show it: invisible characters dropped, separators made
/// spaces, bidi controls replaced by a visible marker such as `‹U+202E›`.
pub fn clean(text: &str) -> Cow<'_, str> {
    if !text
        .chars()
        .any(|c| is_dropped(c) || is_separator(c) || is_bidi_control(c))
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_bidi_control(c) {
            out.push_str(&format!("‹U+{:04X}›", c as u32));
        } else if is_separator(c) {
            out.push(' ');
        } else if !is_dropped(c) {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `clean`, with every run of whitespace (newlines included) folded to one space and the
/// ends trimmed: for one-line places such as titles, headlines and table cells.
pub fn one_line(text: &str) -> String {
    clean(text).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The URL as a link target, if it is an absolute http or https URL with a host: surrounding
/// ASCII whitespace is trimmed, anything else outside a conservative ASCII set is
/// percent-encoded (so quotes, angle brackets, parentheses, spaces and controls cannot end
/// the attribute or the Markdown link). `None` for any other scheme (`javascript:`, `data:`).
pub fn safe_url(url: &str) -> Option<String> {
    let url = url.trim_matches(|c: char| c.is_ascii_whitespace());
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        return None;
    };
    let host_ok = rest
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || c == '[');
    if !host_ok {
        return None;
    }
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        if c.is_ascii_alphanumeric() || "-._~:/?#@!$&*+,;=%".contains(c) {
            out.push(c);
        } else {
            let mut buf = [0; 4];
            for byte in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{byte:02X}"));
            }
        }
    }
    Some(out)
}

/// Escapes text for an HTML text node: `&`, `<` and `>` (after [`clean`]).
pub fn escape_html(text: &str) -> String {
    escape_with(text, false)
}

/// Escapes text for a double- or single-quoted HTML attribute value (after [`clean`]);
/// newlines and tabs become spaces.
pub fn escape_attr(text: &str) -> String {
    escape_with(text, true)
}

fn escape_with(text: &str, attr: bool) -> String {
    let text = clean(text);
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attr => out.push_str("&quot;"),
            '\'' if attr => out.push_str("&#39;"),
            '\n' | '\t' if attr => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_drops_controls_and_shows_bidi() {
        assert_eq!(clean("plain ب text"), "plain ب text");
        assert!(matches!(clean("plain"), Cow::Borrowed(_)));
        assert_eq!(clean("a\u{1b}[2Jb\u{7}c\r\n\td"), "a[2Jbc\n\td");
        assert_eq!(clean("x\u{85}y\u{9f}z\u{7f}"), "xyz");
        assert_eq!(clean("ab\u{202E}cd"), "ab‹U+202E›cd");
        assert_eq!(clean("\u{2067}x\u{2069}"), "‹U+2067›x‹U+2069›");
        // Marks hidden in the reader are dropped, separators are spaces, as in the reader.
        assert_eq!(clean("a\u{200F}b\u{200E}c\u{61C}d"), "abcd");
        assert_eq!(clean("a\u{E0001}b\u{E0041}\u{E007F}c"), "abc");
        assert_eq!(clean("a\u{2028}b\u{2029}c"), "a b c");
    }

    #[test]
    fn html_escaping() {
        assert_eq!(
            escape_html("<script>alert(\"x\")</script> & 'q'"),
            "&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'q'"
        );
        assert_eq!(escape_html("&amp;\u{1b}[2J"), "&amp;amp;[2J");
        assert_eq!(
            escape_attr("' onmouseover='x\" a=\"b\n<"),
            "&#39; onmouseover=&#39;x&quot; a=&quot;b &lt;"
        );
        assert_eq!(escape_attr("\u{202E}"), "‹U+202E›");
    }

    #[test]
    fn one_line_folds_whitespace() {
        assert_eq!(one_line("  a\n\nb \t c\u{7} "), "a b c");
    }

    #[test]
    fn only_http_urls_become_links() {
        assert_eq!(
            safe_url("https://example.org/a?b=1&c=2#x").as_deref(),
            Some("https://example.org/a?b=1&c=2#x")
        );
        assert_eq!(
            safe_url(" HTTP://example.org/ ").as_deref(),
            Some("HTTP://example.org/")
        );
        assert_eq!(safe_url("javascript:alert(1)"), None);
        assert_eq!(safe_url("JaVaScRiPt:alert(1)"), None);
        assert_eq!(safe_url("data:text/html,<script>"), None);
        assert_eq!(safe_url("//example.org"), None);
        assert_eq!(safe_url("https://"), None);
        assert_eq!(safe_url("https:///x"), None);
    }

    #[test]
    fn urls_are_percent_encoded() {
        assert_eq!(
            safe_url("http://x.org/\"><script>(1) 'q'").as_deref(),
            Some("http://x.org/%22%3E%3Cscript%3E%281%29%20%27q%27")
        );
        assert_eq!(
            safe_url("https://ar.example/مالي\u{202E}").as_deref(),
            Some("https://ar.example/%D9%85%D8%A7%D9%84%D9%8A%E2%80%AE")
        );
        assert_eq!(
            safe_url("http://x.org/a\u{7}b\\c").as_deref(),
            Some("http://x.org/a%07b%5Cc")
        );
    }
}
