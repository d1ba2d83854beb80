//! Sanitizing: what each logical character shows in the display buffer.
//!
//! `PreparedParagraph::new` asks [`shown`] about every character of the paragraph and writes
//! the answer into its one display string, so no control character ever reaches a terminal:
//! C0 and C1 controls and DEL show nothing, a tab shows as [`TAB_WIDTH`] spaces, a line or
//! paragraph separator inside a paragraph shows as one space, and the bidi formatting
//! characters take part in the bidi algorithm but show nothing, or, with `show_controls`, one
//! visible marker each (see [`marker`]). [`analysis_text`] is the copy of the paragraph that the
//! bidi algorithm and the line breaker see, with paragraph separators inside it turned into
//! spaces.

use std::borrow::Cow;

use crate::textscan;

/// Cells a tab occupies.
pub const TAB_WIDTH: usize = 4;

/// What a logical character contributes to the display buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// Nothing: a control character, or a bidi formatting character that is not shown.
    Hidden,
    /// One space (line and paragraph separators inside a paragraph).
    Space,
    /// [`TAB_WIDTH`] spaces.
    Tab,
    /// A visible stand-in for a bidi embedding, override or isolate character.
    Marker(char),
    /// The character itself (after shaping and mirroring).
    Char,
}

/// Classifies one character; `show_controls` turns bidi embeddings, overrides and isolates
/// into markers instead of hiding them.
pub fn shown(c: char, show_controls: bool) -> Shown {
    match c {
        '\t' => Shown::Tab,
        '\n' | '\u{2028}' | '\u{2029}' => Shown::Space,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => Shown::Hidden,
        // LRM, RLM, ALM: marks with no visible form of their own. Tag characters: invisible
        // letters that can spell hidden text.
        '\u{200e}' | '\u{200f}' | '\u{61c}' | '\u{e0000}'..='\u{e007f}' => Shown::Hidden,
        _ => match marker(c) {
            Some(m) if show_controls => Shown::Marker(m),
            Some(_) => Shown::Hidden,
            None => Shown::Char,
        },
    }
}

/// The marker shown for a bidi embedding, override or isolate character: single-cell symbols
/// (East Asian width Neutral, not mirrored) whose arrow points the way the control pushes.
///
/// | control | marker |
/// |---|---|
/// | LRE U+202A, RLE U+202B | `⇀` `↼` (harpoons) |
/// | PDF U+202C | `↥` |
/// | LRO U+202D, RLO U+202E | `⇥` `⇤` (arrows to bar) |
/// | LRI U+2066, RLI U+2067, FSI U+2068 | `▹` `◃` `⋄` |
/// | PDI U+2069 | `▵` |
pub fn marker(c: char) -> Option<char> {
    Some(match c {
        '\u{202a}' => '⇀',
        '\u{202b}' => '↼',
        '\u{202c}' => '↥',
        '\u{202d}' => '⇥',
        '\u{202e}' => '⇤',
        '\u{2066}' => '▹',
        '\u{2067}' => '◃',
        '\u{2068}' => '⋄',
        '\u{2069}' => '▵',
        _ => return None,
    })
}

/// Characters of bidi class B (and U+2028): inside one paragraph they act as spaces.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{1c}'..='\u{1e}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// The paragraph as the bidi algorithm and the line breaker see it: every separator but a
/// last character replaced by as many spaces as it has bytes, so byte offsets stay the same.
/// A separator that ends the paragraph stays one (class B: it closes every embedding and
/// isolate, rule X8, and takes the paragraph level).
pub fn analysis_text(text: &str) -> Cow<'_, str> {
    let last = text.chars().next_back().map_or(0, char::len_utf8);
    let body = &text[..text.len() - last];
    // Every separator's UTF-8 form starts with one of these bytes.
    let could_start = |b: u8| b < 0x20 || b == 0xc2 || b == 0xe2;
    if !textscan::any_char(body, could_start, is_separator) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in body.chars() {
        if is_separator(c) {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    out.push_str(&text[body.len()..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_hidden_tab_and_newline_are_spaces() {
        assert_eq!(shown('\u{1b}', false), Shown::Hidden);
        assert_eq!(shown('\u{7f}', false), Shown::Hidden);
        assert_eq!(shown('\u{9b}', true), Shown::Hidden);
        assert_eq!(shown('\u{200f}', true), Shown::Hidden);
        assert_eq!(shown('\u{e0041}', true), Shown::Hidden);
        assert_eq!(shown('\t', false), Shown::Tab);
        assert_eq!(shown('\n', false), Shown::Space);
        assert_eq!(shown('\u{2029}', false), Shown::Space);
        assert_eq!(shown('a', false), Shown::Char);
        assert_eq!(shown('\u{a0}', false), Shown::Char);
    }

    #[test]
    fn bidi_controls_become_markers_only_when_asked() {
        assert_eq!(shown('\u{202e}', false), Shown::Hidden);
        assert_eq!(shown('\u{202e}', true), Shown::Marker('⇤'));
        assert_eq!(shown('\u{2069}', true), Shown::Marker('▵'));
        for c in ('\u{202a}'..='\u{202e}').chain('\u{2066}'..='\u{2069}') {
            let m = marker(c).unwrap();
            assert_eq!(unicode_width::UnicodeWidthChar::width(m), Some(1));
            assert_eq!(unicode_bidi_mirroring::get_mirrored(m), None);
        }
    }

    #[test]
    fn every_separator_is_found_in_a_long_text() {
        for c in '\0'..='\u{3000}' {
            let text = format!("{}{c}ب", "x".repeat(70));
            let changed = matches!(analysis_text(&text), Cow::Owned(_));
            assert_eq!(changed, is_separator(c), "{c:?}");
        }
    }

    #[test]
    fn analysis_text_keeps_byte_offsets() {
        assert!(matches!(analysis_text("a b"), Cow::Borrowed("a b")));
        let t = "a\nb\u{2029}c\r";
        let a = analysis_text(t);
        assert_eq!(a.len(), t.len());
        assert_eq!(a, "a b   c\r");
        assert!(matches!(analysis_text("x\u{2029}"), Cow::Borrowed(_)));
    }
}
