//! Whether a reporting verb after a name makes the name its speaker. Not across a closing
//! quotation mark: the verb then opens the attribution of the quotation the name ended (“… in
//! Kandar,” said the mayor), whose speaker comes after it. Nor after a place preposition
//! and a comma: the name ends an apposition that says where someone is from ("Ada Zeno, a
//! nurse from Kandar, said"), and is that place.

use super::words::words;
use crate::suggest::tokens::Token;

/// Whether the reporting verb right after `tokens[first..=end]` has that name as its
/// speaker: "Kandar said", "Ada Zeno, the mayor, said" (an apposition's name), but not "in
/// Kandar,” said", nor "from Kandar, said".
pub(super) fn speaks(tokens: &[Token<'_>], first: usize, end: usize) -> bool {
    let w = words();
    let Some(verb) = tokens
        .get(end + 1)
        .filter(|n| !n.sentence_start && w.speaking.contains(n.folded.as_str()))
    else {
        return false;
    };
    let gap = verb.gap_before;
    if gap.contains(['”', '"', '’', '»']) {
        return false;
    }
    !(super::edges::after_preposition(tokens, first) && gap.contains(','))
}
