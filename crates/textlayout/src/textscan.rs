//! Finding rare characters in long texts quickly.
//!
//! briefing's loader asks whether a field holds a control character, and the layout engine
//! (`sanitize`) whether a paragraph holds a separator; almost always the answer is no.
//! [`any_char`] first tests each 64-byte chunk for a byte that could start such a character,
//! without a branch per byte (so the compiler tests many bytes at once), and decodes
//! characters only at the candidate bytes of chunks that have one.

/// Bytes tested at once before any character is decoded.
const CHUNK: usize = 64;

/// Whether `text` holds a character for which `is` is true. `could_start` must be true of the
/// first byte of every such character; it may be true of other bytes too (candidates that are
/// not the start of a character are passed over).
pub fn any_char(text: &str, could_start: impl Fn(u8) -> bool, is: impl Fn(char) -> bool) -> bool {
    let bytes = text.as_bytes();
    bytes.chunks(CHUNK).enumerate().any(|(k, chunk)| {
        chunk.iter().fold(false, |any, &b| any | could_start(b))
            && (0..chunk.len()).any(|j| {
                let at = k * CHUNK + j;
                could_start(bytes[at])
                    && text.is_char_boundary(at)
                    && text[at..].chars().next().is_some_and(&is)
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_character_wherever_it_falls() {
        let is_rlo = |c| c == '\u{202e}';
        let could_start = |b| b == 0xe2;
        for pad in [0, 1, 62, 63, 64, 65, 200] {
            let text = format!("{}\u{202e}x", "ب".repeat(pad));
            assert!(any_char(&text, could_start, is_rlo), "after {pad}");
            // Other characters that start with the same byte are only candidates.
            let other = format!("{}\u{2019}x", "a".repeat(pad));
            assert!(!any_char(&other, could_start, is_rlo), "after {pad}");
        }
        assert!(!any_char("", could_start, is_rlo));
    }

    #[test]
    fn candidate_bytes_inside_a_character_are_passed_over() {
        // 0xa8 is the second byte of ب: never decoded from there.
        assert!(!any_char("ببب", |b| b == 0xa8, |_| true));
        assert!(any_char("ببب", |b| b == 0xd8, |c| c == 'ب'));
    }
}
