//! People named by their role when they speak: "a doctor at the hospital said", "said a
//! resident", "a member of parliament said", "quoting a senior officer", "police and doctors said". A role noun (a
//! doctor, a resident, a monitor …: people who give news of an attack, not its parties,
//! which are not proposed elsewhere) is an actor only as the speaker of a reporting verb:
//! right before it, or before a short place phrase and it ("at the Kandar clinic"), or
//! right after it or "quoting" and an article. Its lower-case modifiers come with it ("a
//! senior officer", "the local political agent"). Not a role in apposition to a name ("Ada
//! Zeno, a doctor at the clinic, said"), which describes that person.

use super::words::words;
use super::{GENERIC_PHRASE, capitalised};
use crate::briefing::EntityKind;
use crate::suggest::candidate::Candidate;
use crate::suggest::tokens::Token;

/// Nouns of people known by a role who often report what they saw.
const ROLES: &[&str] = &[
    "doctor",
    "doctors",
    "nurse",
    "nurses",
    "physician",
    "surgeon",
    "medic",
    "medics",
    "paramedic",
    "paramedics",
    "resident",
    "monitor",
    "agent",
    "officer",
    "shopkeeper",
    "survivor",
    "lawmaker",
    "legislator",
    "parliamentarian",
];

/// Whether `tokens[i]` ends "member of parliament" (or "members of parliament"), a role
/// of three words.
fn member_of_parliament(tokens: &[Token<'_>], i: usize) -> bool {
    i >= 2
        && tokens[i].folded == "parliament"
        && tokens[i].joins_previous()
        && tokens[i - 1].folded == "of"
        && tokens[i - 1].joins_previous()
        && matches!(tokens[i - 2].folded.as_str(), "member" | "members")
}

/// Articles and determiners before a role noun, where its modifiers stop.
const DETERMINERS: &[&str] = &["a", "an", "the", "one", "another", "two", "several"];

/// Words that open a short place phrase between a speaker and its verb: "at the hospital".
const PLACE_OPENERS: &[&str] = &["at", "in", "from", "of"];

/// The role nouns of `tokens` that speak, with their modifiers, as generic actors.
pub(super) fn speaking_roles(text: &str, tokens: &[Token<'_>]) -> Vec<Candidate> {
    let w = words();
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let member = member_of_parliament(tokens, i);
        if capitalised(t) || !(ROLES.contains(&t.folded.as_str()) || member) {
            continue;
        }
        // Modifiers: lower-case words back to a determiner, a possessive or punctuation.
        let mut first = if member { i - 2 } else { i };
        while first > 0 && tokens[first].joins_previous() {
            let b = &tokens[first - 1];
            let f = b.folded.as_str();
            if capitalised(b)
                || DETERMINERS.contains(&f)
                || w.function.contains(f)
                || w.prepositions.contains(f)
                || w.speaking.contains(f)
                || matches!(f, "and" | "or" | "s" | "quoting" | "according" | "to")
            {
                break;
            }
            first -= 1;
        }
        let after_verb = first >= 2
            && tokens[first - 1].joins_previous()
            && DETERMINERS.contains(&tokens[first - 1].folded.as_str())
            && matches!(
                tokens[first - 2].folded.as_str(),
                "said" | "says" | "quoting"
            );
        // "Ada Zeno, a doctor at …, said": the role describes the named speaker, a full
        // name of two capitalised words or more before the comma (not "… on Monday, a
        // medic said", "… near Kandar, a resident said").
        let apposition = first >= 3
            && DETERMINERS.contains(&tokens[first - 1].folded.as_str())
            && tokens[first - 1].gap_before.contains(',')
            && capitalised(&tokens[first - 2])
            && capitalised(&tokens[first - 3])
            && tokens[first - 2].joins_previous();
        if apposition || !(after_verb || speaks_after(tokens, i)) {
            continue;
        }
        let range = tokens[first].range.start..t.range.end;
        out.push(Candidate {
            name: text[range.clone()].to_string(),
            range,
            kind: EntityKind::Actor,
            place_key: None,
            confidence: 0.6,
            why: GENERIC_PHRASE.into(),
            generic: true,
        });
    }
    out
}

/// Whether a reporting verb follows the role noun at `tokens[i]`: right after it, or after
/// a place phrase of a few words with no punctuation ("at the city's main hospital said").
fn speaks_after(tokens: &[Token<'_>], i: usize) -> bool {
    let w = words();
    let verb = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.joins_previous() && w.speaking.contains(t.folded.as_str()))
    };
    if verb(i + 1) {
        return true;
    }
    // "a member of parliament and the local agent said": another speaking role after "and".
    let and = tokens
        .get(i + 1)
        .is_some_and(|t| t.joins_previous() && t.folded == "and");
    if and
        && (i + 2..tokens.len().min(i + 7))
            .take_while(|&k| tokens[k].joins_previous())
            .any(|k| verb(k + 1) && ROLES.contains(&tokens[k].folded.as_str()))
    {
        return true;
    }
    let opens = tokens
        .get(i + 1)
        .is_some_and(|t| t.joins_previous() && PLACE_OPENERS.contains(&t.folded.as_str()));
    opens
        && (i + 2..tokens.len().min(i + 8))
            .take_while(|&k| tokens[k].joins_previous() || tokens[k].gap_before == "’")
            .any(|k| verb(k + 1) && tokens[k + 1].joins_previous())
}
