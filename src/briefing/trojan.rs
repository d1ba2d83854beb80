//! The Trojan Source pattern (CVE-2021-42574): bidi embeddings, overrides and isolates left
//! open, or closers with nothing to close, within a paragraph. An open override reorders
//! everything after it up to the end of the paragraph, so a field can show text in an order
//! other than the one it holds, in the reader's source view, an editor or a web page.
//! Paragraphs are those the reader shows (split at blank lines); UAX #9 rules X1-X8 decide
//! what closes what: a PDF closes the last embedding or override unless an isolate is open
//! after it, a PDI closes its isolate and whatever was opened inside it.
//!
//! [`suspicious_text`] is the loader's scan of every text field (`raw::text_fields`) for
//! what a reader would not see as written: bidi controls, unbalanced ones, and control
//! characters; each becomes a warning at its first character.

use std::ops::Range;

use super::model::split_paragraphs;
use super::raw::TextField;
use textlayout::textscan;

/// One unbalanced control: its byte offset in the text, and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unbalanced {
    pub offset: usize,
    pub problem: String,
}

/// The bidi embedding, override and isolate controls (LRE RLE PDF LRO RLO, LRI RLI FSI PDI):
/// the characters Trojan Source is made of. Everything that shows or writes briefing text
/// asks this one predicate.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn name(c: char) -> &'static str {
    match c {
        '\u{202A}' => "LRE",
        '\u{202B}' => "RLE",
        '\u{202C}' => "PDF",
        '\u{202D}' => "LRO",
        '\u{202E}' => "RLO",
        '\u{2066}' => "LRI",
        '\u{2067}' => "RLI",
        '\u{2068}' => "FSI",
        _ => "PDI",
    }
}

fn is_isolate(c: char) -> bool {
    matches!(c, '\u{2066}'..='\u{2068}')
}

fn not_closed(offset: usize, c: char) -> Unbalanced {
    let closer = if is_isolate(c) {
        "a PDI (U+2069)"
    } else {
        "a PDF (U+202C)"
    };
    Unbalanced {
        offset,
        problem: format!(
            "U+{:04X} ({}) is not closed by {closer} in its paragraph",
            c as u32,
            name(c)
        ),
    }
}

fn closes_nothing(offset: usize, c: char) -> Unbalanced {
    let what = if c == '\u{2069}' {
        "no isolate"
    } else {
        "no embedding or override"
    };
    Unbalanced {
        offset,
        problem: format!("U+{:04X} ({}) closes {what}", c as u32, name(c)),
    }
}

/// The unbalanced controls of one paragraph, in text order.
fn paragraph(text: &str, range: Range<usize>, out: &mut Vec<Unbalanced>) {
    let mut open: Vec<(usize, char)> = Vec::new();
    let mut found = Vec::new();
    for (i, c) in text[range.clone()].char_indices() {
        let at = range.start + i;
        match c {
            '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}' | '\u{2066}'..='\u{2068}' => {
                open.push((at, c));
            }
            '\u{202C}' => match open.last() {
                Some(&(_, o)) if !is_isolate(o) => {
                    open.pop();
                }
                _ => found.push(closes_nothing(at, c)),
            },
            '\u{2069}' => match open.iter().rposition(|&(_, o)| is_isolate(o)) {
                Some(isolate) => {
                    // Embeddings opened inside the isolate end with it, unclosed.
                    for (o, oc) in open.drain(isolate..).skip(1) {
                        found.push(not_closed(o, oc));
                    }
                }
                None => found.push(closes_nothing(at, c)),
            },
            _ => {}
        }
    }
    found.extend(open.into_iter().map(|(o, c)| not_closed(o, c)));
    found.sort_by_key(|u| u.offset);
    out.extend(found);
}

/// Every unbalanced bidi control of `text`, paragraph by paragraph, in text order.
pub fn unbalanced(text: &str) -> Vec<Unbalanced> {
    let mut out = Vec::new();
    if text.contains(['\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}'])
        || text.contains(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'])
    {
        for range in split_paragraphs(text) {
            paragraph(text, range, &mut out);
        }
    }
    out
}

/// Control characters other than tab and newline (they are never displayed).
fn is_stray_control(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t' && c != '\r'
}

/// Whether a text holds a bidi control or a stray control character. Those characters start
/// with a byte below 0x20, 0x7F, or the UTF-8 lead bytes 0xC2 (C1 controls) and 0xE2 (the
/// bidi controls), so most texts are settled by their bytes.
fn could_be_suspicious(text: &str) -> bool {
    let could_start = |b: u8| b < 0x20 || b == 0x7f || b == 0xc2 || b == 0xe2;
    textscan::any_char(text, could_start, |c| {
        is_bidi_control(c) || is_stray_control(c)
    })
}

/// Warnings about characters in a text field that a reader would not see as written.
pub fn suspicious_text(field: &TextField<'_>) -> Vec<(usize, String)> {
    if !could_be_suspicious(field.value) {
        return Vec::new();
    }
    let mut out = Vec::new();
    if let Some((at, c)) = field
        .value
        .char_indices()
        .find(|&(_, c)| is_bidi_control(c))
    {
        let count = field.value.chars().filter(|&c| is_bidi_control(c)).count();
        out.push((
            at,
            format!(
                "{} holds {count} bidi embedding/override/isolate character(s), first U+{:04X}: they can reorder or hide text (Trojan Source); the reader shows them as markers",
                field.path,
                c as u32
            ),
        ));
    }
    let unbalanced = unbalanced(field.value);
    if let Some(first) = unbalanced.first() {
        out.push((
            first.offset,
            format!(
                "{} holds {} unbalanced bidi control(s), first: {}; text can then show in another order than it is stored (Trojan Source)",
                field.path,
                unbalanced.len(),
                first.problem
            ),
        ));
    }
    if let Some((at, c)) = field
        .value
        .char_indices()
        .find(|&(_, c)| is_stray_control(c))
    {
        out.push((
            at,
            format!(
                "{} holds control character U+{:04X}; control characters are never displayed",
                field.path, c as u32
            ),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offsets(text: &str) -> Vec<usize> {
        unbalanced(text).into_iter().map(|u| u.offset).collect()
    }

    #[test]
    fn balanced_pairs_pass() {
        assert!(unbalanced("a \u{202E}b\u{202C} \u{2067}c\u{2069} d").is_empty());
        assert!(unbalanced("\u{2067}\u{202B}x\u{202C}\u{2069}").is_empty());
        assert!(unbalanced("plain text").is_empty());
    }

    #[test]
    fn openers_without_closers_are_found_per_paragraph() {
        // RLO at 2 left open in the first paragraph; the PDF in the second closes nothing.
        let text = "a \u{202E}b\n\n\u{202C}c";
        let found = unbalanced(text);
        assert_eq!(offsets(text), [2, 8]);
        assert!(
            found[0]
                .problem
                .contains("U+202E (RLO) is not closed by a PDF")
        );
        assert!(
            found[1]
                .problem
                .contains("U+202C (PDF) closes no embedding")
        );
    }

    #[test]
    fn isolates() {
        let u = unbalanced("x \u{2067}y");
        assert!(
            u[0].problem.contains("U+2067 (RLI) is not closed by a PDI"),
            "{u:?}"
        );
        let u = unbalanced("x\u{2069}");
        assert_eq!(u[0].offset, 1);
        assert!(u[0].problem.contains("closes no isolate"));
        // A PDF cannot close an embedding from outside an open isolate.
        assert_eq!(offsets("\u{202B}\u{2066}\u{202C}\u{2069}\u{202C}"), [6]);
        assert_eq!(offsets("\u{2066}\u{202C}\u{2069}"), [3]);
        // The Trojan Source "stretched string": RLO inside an isolate, closed by its PDI.
        assert_eq!(offsets("\u{2067}\u{202E}x\u{2069}"), [3]);
    }
}
