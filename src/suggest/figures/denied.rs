//! Casualties a source denies: "no one was hurt", "no deaths were reported", "عدم إصابة أي
//! منهم". A report of none is a figure too (count 0), and analysts compare it with the
//! other sources' tolls; and a count before the denial in the same sentence must not take
//! its word ("33 people were inside, and none of them was hurt" has no toll of 33).
//!
//! Data flows from the words of a text (`tokens`) to the positions of denied casualty
//! words ([`denied_cue`]), which `clause` refuses as a count's word, and to the zero
//! figures ([`zero_at`]) that `figures` adds where no other figure is.

use super::super::tokens::Token;
use super::noun::ends_before;
use super::words::{Cue, Small, words};

/// Words that may stand between a denial and its casualty word: "no one was hurt", "none
/// of them has been killed", "عدم وقوع إصابات".
const BETWEEN: &[&str] = &[
    "one", "of", "them", "those", "the", "people", "was", "were", "is", "are", "been", "has",
    "have", "had", "reported", "وقوع", "سقوط", "أي", "اي", "تسجل", "يسجل", "تقع", "يقع",
];

/// Words looked past between a denial and its casualty word.
const REACH: usize = 4;

/// The casualty word that the denial at `tokens[d]` denies, if it denies one: its index
/// and cue.
pub fn denied_by(tokens: &[Token<'_>], d: usize) -> Option<(usize, Cue)> {
    let w = words();
    let word = &tokens[d].folded;
    // With the conjunction joined: "ولم يصب أحد".
    let bare = word.strip_prefix('و').unwrap_or(word);
    w.denials.get(word).or_else(|| w.denials.get(bare))?;
    // "no" alone before a casualty noun ("no deaths", "no one was hurt"); not "no longer".
    for j in d + 1..(d + 1 + REACH).min(tokens.len()) {
        if ends_before(tokens, j) {
            return None;
        }
        if let Some(c) = w.cue(tokens, j) {
            // "none of the wounded is in danger" denies nothing: the casualties are named.
            let named = c.noun && tokens[d + 1..j].iter().any(|t| t.folded == "the");
            return (!named).then_some((j, c));
        }
        if !BETWEEN.contains(&tokens[j].folded.as_str()) {
            return None;
        }
    }
    None
}

/// Whether the casualty word at `tokens[j]` is denied by a word before it in its clause.
pub fn denied_cue(tokens: &[Token<'_>], j: usize) -> bool {
    (j.saturating_sub(REACH + 1)..j).any(|d| denied_by(tokens, d).is_some_and(|(k, _)| k == j))
}

/// The zero figure a denial at `tokens[d]` gives: its type and the last word of its phrase
/// (the casualty word, and "أي منهم" or "of them" after it).
pub fn zero_at(tokens: &[Token<'_>], d: usize) -> Option<(Cue, usize)> {
    let (j, cue) = denied_by(tokens, d)?;
    // Not a denial of one's own doing: "without killing anyone" is a verb of the attacker.
    if cue.transitive && !cue.noun && words().small(&tokens[j - 1]) != Some(Small::Aux) {
        let before_aux = tokens[d + 1..j]
            .iter()
            .any(|t| words().small(t) == Some(Small::Aux));
        if !before_aux {
            return None;
        }
    }
    let mut end = j;
    // "عدم إصابة أي منهم": the whole of the people denied.
    while end + 1 < tokens.len()
        && !ends_before(tokens, end + 1)
        && matches!(
            tokens[end + 1].folded.as_str(),
            "أي" | "اي" | "منهم" | "احد" | "أحد"
        )
    {
        end += 1;
    }
    Some((cue, end))
}

#[cfg(test)]
mod tests {
    use super::super::super::tokens::tokenize;
    use super::*;
    use crate::briefing::FigureType;

    /// The type and words of the first zero figure in `text`.
    fn zero(text: &str) -> Option<(FigureType, String)> {
        let tokens = tokenize(text);
        (0..tokens.len()).find_map(|d| {
            let (cue, end) = zero_at(&tokens, d)?;
            let words: Vec<&str> = tokens[d..=end].iter().map(|t| t.text).collect();
            Some((cue.kind, words.join(" ")))
        })
    }

    #[test]
    fn denials() {
        assert_eq!(
            zero("The guard said no one was hurt."),
            Some((FigureType::Injured, "no one was hurt".into()))
        );
        assert_eq!(
            zero("No deaths were reported."),
            Some((FigureType::Killed, "No deaths".into()))
        );
        assert_eq!(
            zero("مؤكدا عدم إصابة أي منهم بأذى"),
            Some((FigureType::Injured, "عدم إصابة أي منهم".into()))
        );
        assert_eq!(
            zero("دون وقوع إصابات"),
            Some((FigureType::Injured, "دون وقوع إصابات".into()))
        );
        assert_eq!(
            zero("ولم يصب أحد بأذى"),
            Some((FigureType::Injured, "ولم يصب أحد".into()))
        );
        assert_eq!(
            zero("ولم تسجل إصابات"),
            Some((FigureType::Injured, "ولم تسجل إصابات".into()))
        );
        assert_eq!(zero("The gunmen left without killing anyone."), None);
        assert_eq!(zero("ولم تتبن أي جهة الهجوم"), None);
        assert_eq!(zero("No group has claimed the attack."), None);
        assert_eq!(zero("None of the wounded is in danger."), None);
        assert_eq!(zero("There is no doubt that 20 were killed."), None);
    }
}
