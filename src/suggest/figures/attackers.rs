//! Attackers in figures: suicide attackers counted among the dead when their clause says
//! they set off their charge ("two suicide bombers blew themselves up", "فجرن أنفسهن"), any
//! people counted right before a detonation verb with a reflexive object ("two women blew
//! themselves up"), two written by the Arabic dual reflexive alone ("فجرت امرأتان
//! نفسيهما"), one by a singular reflexive ("a bomber blew himself up", "فجر نفسه"), and one
//! attacker written without a number ("a third bomber"): a party to the event, so a share
//! of the dead and not `victims`.
//!
//! Data flows from the words around a count (`tokens`) to yes or no, or to the words the
//! figure's phrase must reach; `figures` turns them into figures.

use super::super::tokens::{Token, tokenize};
use super::noun::{ends_before, is_arabic};
use super::words::{stems, words};

/// Whether an actor's name (a generic noun phrase) names attackers ("the suicide bomber",
/// المفجر الانتحاري): a party to the event even inside a figure's phrase.
pub fn names_attackers(name: &str) -> bool {
    let w = words();
    tokenize(name)
        .iter()
        .any(|t| stems(&t.folded).any(|s| w.attackers.get(s).is_some()))
}

/// Whether one person written without a number at `tokens[i..=end]` is an attacker ("a third
/// bomber", "انتحاري ثالث"): a party, not a victim.
pub fn one_attacker(tokens: &[Token<'_>], i: usize, end: usize) -> bool {
    let w = words();
    [i, end]
        .iter()
        .any(|&k| w.attackers.get(&tokens[k].folded).is_some())
}

/// Where the phrase of one person written without a number (`tokens[i..=end]`) starts: at
/// its article, but an attacker's at the attacker as the actor is marked, its ordinal
/// included ("an apparent third attacker was found dead" from "third attacker"): the
/// figure and the party start together.
pub fn attacker_start(tokens: &[Token<'_>], i: usize, end: usize) -> usize {
    let w = words();
    if end == i || is_arabic(&tokens[i]) || w.attackers.get(&tokens[end].folded).is_none() {
        return i;
    }
    (i + 1..end)
        .find(|&k| super::super::ORDINALS.contains(&tokens[k].folded.as_str()))
        .unwrap_or(end)
}

/// Words after a count of suicide attackers in which they set off their charge.
const DETONATION_REACH: usize = 15;

/// Words after any other count of people in which a detonation verb with a reflexive
/// object says they set off their own charge ("two women blew themselves up").
const REFLEXIVE_REACH: usize = 4;

/// Whether the people counted, named at `tokens[k]` with their noun phrase ending at
/// `end`, are suicide attackers whose clause says they set off their charge: attackers
/// ("suicide bombers", انتحاريات) with a detonation verb ("فجرن أنفسهن"), or any people
/// right before a detonation verb with a reflexive object ("two women blow themselves
/// up"). They are dead. Some: the last word to mark, the people's noun, or the reflexive
/// that alone says who set it off.
pub fn self_killed(tokens: &[Token<'_>], k: usize, end: usize) -> Option<usize> {
    let w = words();
    let attackers = stems(&tokens[k].folded).any(|s| w.self_killers.get(s).is_some())
        && (tokens[k].folded != "bombers" || k > 0 && tokens[k - 1].folded == "suicide");
    if attackers {
        return (end + 1..tokens.len().min(end + 1 + DETONATION_REACH))
            .take_while(|&j| !tokens[j].sentence_start)
            .any(|j| detonates(tokens, j))
            .then_some(k);
    }
    (end + 1..tokens.len().min(end + 1 + REFLEXIVE_REACH))
        .take_while(|&j| !tokens[j].sentence_start)
        .find(|&j| detonates(tokens, j) && reflexive_after(tokens, j))
        .map(|j| j + 1)
}

/// Whether `tokens[j]` is a detonation verb ("blew", فجرت).
fn detonates(tokens: &[Token<'_>], j: usize) -> bool {
    stems(&tokens[j].folded).any(|s| words().detonated.get(s).is_some())
}

/// Whether a reflexive object follows the detonation verb at `tokens[j]` right after it
/// ("blew themselves up", "فجرتا نفسيهما").
fn reflexive_after(tokens: &[Token<'_>], j: usize) -> bool {
    tokens
        .get(j + 1)
        .is_some_and(|n| !n.sentence_start && words().reflexives.get(&n.folded).is_some())
}

/// One attacker written with no number, by a detonation verb at `tokens[i]` with a
/// singular reflexive right after it: "a suicide bomber blew himself up", "فجر نفسه". The
/// phrase: the verb to the reflexive ("up" with it), as the indices of its first and last
/// word.
pub fn one_detonation(tokens: &[Token<'_>], i: usize) -> Option<(usize, usize)> {
    let reflexive = i + 1;
    let singular = detonates(tokens, i)
        && !ends_before(tokens, reflexive)
        && SINGULAR_REFLEXIVES.contains(&tokens[reflexive].folded.as_str());
    if !singular {
        return None;
    }
    let up = !ends_before(tokens, reflexive + 1) && tokens[reflexive + 1].folded == "up";
    Some((i, if up { reflexive + 1 } else { reflexive }))
}

/// Singular reflexives after a detonation verb: one attacker set off the charge.
const SINGULAR_REFLEXIVES: &[&str] = &["himself", "herself", "نفسه", "نفسها"];

/// The dual reflexive that counts two attackers by itself.
const DUAL_REFLEXIVE: &str = "نفسيهما";

/// Words at most between a detonation verb and its dual reflexive (the subject between:
/// "فجرت امرأتان متنكرتان نفسيهما"), and of the subject before a verb right before it.
const DUAL_REACH: usize = 6;

/// Two suicide attackers written with no number, by the Arabic dual reflexive of a
/// detonation verb at `tokens[i]`: "فجرت امرأتان نفسيهما" (two women blew themselves up),
/// "رجلان فجرا نفسيهما". The phrase: the verb to the reflexive, or the subject before a
/// verb right before its reflexive (back to the start of the sentence, a comma or a small
/// word, at most `DUAL_REACH` words), as the indices of its first and last word.
pub fn dual_detonation(tokens: &[Token<'_>], i: usize) -> Option<(usize, usize)> {
    if !is_arabic(&tokens[i]) || !detonates(tokens, i) {
        return None;
    }
    let w = words();
    let last = (i + 1..tokens.len().min(i + 1 + DUAL_REACH))
        .take_while(|&j| !ends_before(tokens, j))
        .find(|&j| tokens[j].folded == DUAL_REFLEXIVE)?;
    let mut first = i;
    if last == i + 1 {
        while first > 0
            && i - first < DUAL_REACH
            && !ends_before(tokens, first)
            && w.small(&tokens[first - 1]).is_none()
        {
            first -= 1;
        }
    }
    Some((first, last))
}
