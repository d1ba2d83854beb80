//! The counted noun: what the words right after an amount say it counts. A casualty noun
//! gives the type itself ("40 wounded", "20 قتيلا", "10 of the dead", "5 من القتلى"); a
//! word for people ("three Malian soldiers", "20 شخصا") leaves the type to the clause; no
//! noun at all ("40 were wounded", "killing 32 at a market") is an ellipsis of people; any
//! other noun ("two separate attacks", "3 هجمات") means the amount counts things.
//!
//! Data flows from the words after the amount (`tokens`) to a [`Head`] and the last word of
//! the noun phrase, which the figure rules mark with the amount.

use super::super::numbers::amount_at;
use super::super::tokens::Token;
use super::words::{Cue, Small, words};

/// What an amount counts, from the words after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Head {
    /// A casualty noun, at this index.
    Casualty(Cue, usize),
    /// People, named by the word at this index.
    People(usize),
    /// No noun: people are understood.
    Ellipsis,
    /// Something other than people.
    Things,
}

/// Whether a word is written in Arabic letters.
pub fn is_arabic(t: &Token<'_>) -> bool {
    t.text
        .chars()
        .next()
        .is_some_and(|c| ('\u{0621}'..='\u{064A}').contains(&c))
}

/// Whether a noun phrase cannot go on at `tokens[k]`: the end of the text or the sentence,
/// or a comma or bracket before it.
pub fn ends_before(tokens: &[Token<'_>], k: usize) -> bool {
    tokens
        .get(k)
        .is_none_or(|t| t.sentence_start || t.gap_before.contains([',', '،', '(', ')', '"']))
}

/// What the amount ending at `tokens[last]` counts, and the last word of its noun phrase.
pub fn head(tokens: &[Token<'_>], last: usize) -> (Head, usize) {
    let w = words();
    let mut k = last + 1;
    if ends_before(tokens, k) {
        return (Head::Ellipsis, last);
    }
    // A partitive: "10 of the dead", "20 of them", "5 من القتلى".
    if matches!(tokens[k].folded.as_str(), "of" | "من") && !ends_before(tokens, k + 1) {
        k += 1;
        match tokens[k].folded.as_str() {
            "them" | "those" | "whom" | "these" => return (Head::Ellipsis, k),
            "the" if !ends_before(tokens, k + 1) => k += 1,
            _ => {}
        }
        // "3 of the 5 attackers": the noun of the whole counts the share.
        if let Some((_, used)) = amount_at(tokens, k).filter(|_| tokens[k - 1].folded == "the")
            && !ends_before(tokens, k + used)
        {
            k += used;
        }
    }
    if is_arabic(&tokens[k]) {
        return match arabic(tokens, k) {
            // "14 شخصا آخرين": "others" ends the noun phrase.
            head @ Head::People(j)
                if !ends_before(tokens, j + 1) && w.others.get(&tokens[j + 1].folded).is_some() =>
            {
                (head, j + 1)
            }
            head @ (Head::People(j) | Head::Casualty(_, j)) => (head, j),
            head => (head, k - 1),
        };
    }
    let mut modifier = None;
    let mut demonym = None;
    for j in k..(k + 4).min(tokens.len()) {
        if j > k && ends_before(tokens, j) {
            break;
        }
        let t = &tokens[j];
        if let Some(cue) = w.cue(tokens, j) {
            if cue.noun {
                return (Head::Casualty(cue, j), j);
            }
            break;
        }
        // A singular person noun counts people too: "one policeman".
        if w.is_people(t) || w.one_person.get(&t.folded).is_some() {
            // A noun of several words ("police officers"), or people nouns joined by
            // "and"/"or" ("soldiers and police", "women and children").
            let mut end = j;
            loop {
                // Not over a casualty word that is also a person ("20 people hostage").
                if !ends_before(tokens, end + 1)
                    && w.is_people(&tokens[end + 1])
                    && w.cue(tokens, end + 1).is_none()
                {
                    end += 1;
                } else if !ends_before(tokens, end + 2)
                    && w.small(&tokens[end + 1]) == Some(Small::And)
                    && w.is_people(&tokens[end + 2])
                {
                    end += 2;
                } else {
                    break;
                }
            }
            return (Head::People(j), end);
        }
        if w.unit(t).is_some() || amount_at(tokens, j).is_some() {
            return (Head::Things, j);
        }
        if w.small(t).is_some() {
            break;
        }
        if t.text.starts_with(char::is_uppercase) {
            demonym = Some(j);
        }
        modifier = Some(j);
    }
    match (demonym, modifier) {
        (Some(d), Some(m)) => (Head::People(d), m),
        (None, Some(m)) => (Head::Things, m),
        _ => (Head::Ellipsis, k - 1),
    }
}

/// The Arabic counted noun right after the amount (the tamyiz: "20 قتيلا", "ثلاثة أشخاص").
/// A word the lists do not know is taken as people unless it is a feminine singular or
/// plural (ة، ات), the forms of most counted things.
fn arabic(tokens: &[Token<'_>], k: usize) -> Head {
    let w = words();
    let t = &tokens[k];
    let conjunct = t.folded.starts_with('و') && w.cues.get(&t.folded).is_none();
    if conjunct || w.small(t).is_some() {
        return Head::Ellipsis;
    }
    if let Some(cue) = w.cue(tokens, k) {
        return if cue.noun {
            Head::Casualty(cue, k)
        } else {
            Head::Ellipsis
        };
    }
    if w.is_people(t) {
        return Head::People(k);
    }
    if w.unit(t).is_some() || t.folded.ends_with('ه') || t.folded.ends_with("ات") {
        return Head::Things;
    }
    Head::People(k)
}

#[cfg(test)]
mod tests {
    use super::super::super::tokens::tokenize;
    use super::*;
    use crate::briefing::FigureType;

    /// The head after the amount that is the first word of `text`, and the words of its
    /// noun phrase.
    fn read(text: &str) -> (Head, String) {
        let tokens = tokenize(text);
        let (_, used) = amount_at(&tokens, 0).expect("an amount first");
        let (head, end) = head(&tokens, used - 1);
        let words: Vec<&str> = tokens[..=end].iter().map(|t| t.text).collect();
        (head, words.join(" "))
    }

    fn kind(h: Head) -> Option<FigureType> {
        match h {
            Head::Casualty(c, _) => Some(c.kind),
            _ => None,
        }
    }

    #[test]
    fn english() {
        assert_eq!(read("40 wounded").1, "40 wounded");
        assert_eq!(kind(read("40 wounded").0), Some(FigureType::Injured));
        assert_eq!(kind(read("10 of the dead").0), Some(FigureType::Killed));
        assert_eq!(
            read("3 of the 5 attackers were"),
            (Head::People(4), "3 of the 5 attackers".into())
        );
        assert_eq!(
            read("three Malian soldiers died"),
            (Head::People(2), "three Malian soldiers".into())
        );
        assert_eq!(read("two Americans were").0, Head::People(1));
        assert_eq!(read("40 were wounded"), (Head::Ellipsis, "40".into()));
        assert_eq!(
            read("20 of them were"),
            (Head::Ellipsis, "20 of them".into())
        );
        assert_eq!(read("32 at a market").0, Head::Ellipsis);
        assert_eq!(read("three died").0, Head::Ellipsis);
        assert_eq!(read("two separate attacks in May").0, Head::Things);
        assert_eq!(read("hundreds of homes").0, Head::Things);
        assert_eq!(read("5, police said").0, Head::Ellipsis);
    }

    #[test]
    fn arabic_tamyiz() {
        assert_eq!(kind(read("20 قتيلا").0), Some(FigureType::Killed));
        assert_eq!(kind(read("5 من القتلى").0), Some(FigureType::Killed));
        assert_eq!(kind(read("١٢ جريحا").0), Some(FigureType::Injured));
        assert_eq!(read("ثلاثة أشخاص").0, Head::People(1));
        assert_eq!(
            read("12 شخصا آخرين في"),
            (Head::People(1), "12 شخصا آخرين".into())
        );
        assert_eq!(read("ثلاثة من رجال الشرطة").0, Head::People(2));
        assert_eq!(
            read("20 فلسطينيا").0,
            Head::People(1),
            "a word not listed is people"
        );
        assert_eq!(read("12 وأصيب").0, Head::Ellipsis);
        assert_eq!(read("12 في الهجوم").0, Head::Ellipsis);
        assert_eq!(read("3 هجمات").0, Head::Things);
        assert_eq!(read("20 سيارة").0, Head::Things);
    }
}
