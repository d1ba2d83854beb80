//! A count of one written without a number: a singular noun for a person. English: "a",
//! "an" or "another", up to a few modifiers (an age such as "12-year-old" among them), and
//! a singular person noun ("a policeman was killed", "killing a child", "a 12-year-old girl
//! was among the dead"); "another" alone before a verb ("wounding another"); "the" and an
//! attacker ("the bomber was also killed"), or the object of a verb that kills or wounds
//! ("gunmen shot dead the head of the bar"); a person before "was" and a verb that kills
//! or wounds ("Kasi, the head of the bar, was shot and killed"), and "he"/"she" before a
//! verb of dying ("he died"). Arabic: an
//! indefinite singular person noun right after a cue, after لقي or after بينهم/منهم ("مقتل
//! طفل", "إصابة جندي", "وإصابة آخر", "لقي شاب مصرعه", "بينهما شخص"), or a rank or
//! title after بينهم/منهم or a verbal noun of a casualty ("من بينهم قائد الشرطة", "مقتل
//! رئيس النقابة"), or أحد/إحدى and the people it is
//! one of ("مقتل أحد الحراس"), not followed by a number; a person noun with a casualty
//! noun as its adjective ("وشخص مصاب بجروح"), wherever it stands; an attacker
//! with an ordinal ("مسلح رابع", a fourth gunman), its type from the clause after it.
//!
//! Data flows from the words at one position (`tokens`) to the last word of the noun
//! phrase of the one person ([`one_at`]); the clause gives the type as for any count.

use super::super::numbers::amount_at;
use super::super::tokens::Token;
use super::noun::{ends_before, is_arabic};
use super::words::{Small, stems, words};
use crate::briefing::FigureType;

/// The last word of the noun phrase of one person that starts at `tokens[i]`, if one does.
pub fn one_at(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = &tokens[i];
    if is_arabic(t) {
        return arabic(tokens, i);
    }
    let w = words();
    // "The bomber was also killed": an attacker named with "the" is one person too (a
    // victim named so is mostly one already counted), and so is the object of a verb that
    // kills or wounds: "gunmen shot dead the head of the bar", "wounding the driver".
    if t.folded == "the" {
        let object = i > 0 && !ends_before(tokens, i) && kills_or_wounds(tokens, i - 1);
        return (i + 1..(i + 4).min(tokens.len()))
            .take_while(|&j| !ends_before(tokens, j) && w.small(&tokens[j]).is_none())
            .find(|&j| {
                let u = &tokens[j].folded;
                // Singular: the plurals are among the words for people.
                (w.attackers.get(u).is_some() && w.people.get(u).is_none())
                    || (object && w.one_person.get(u).is_some())
            });
    }
    if t.folded == "was" {
        return named_passive(tokens, i);
    }
    // "he died", "she later died of her wounds": one person, the verb gives the type.
    if matches!(t.folded.as_str(), "he" | "she") {
        let verb = (i + 1..(i + 3).min(tokens.len()))
            .take_while(|&j| !ends_before(tokens, j))
            .find(|&j| !PASSIVE_BETWEEN.contains(&tokens[j].folded.as_str()))?;
        let dies = w
            .cue(tokens, verb)
            .is_some_and(|c| c.kind == FigureType::Killed && !c.noun && !c.transitive);
        return dies.then_some(verb - 1);
    }
    if !matches!(t.folded.as_str(), "a" | "an" | "another") {
        return None;
    }
    for j in i + 1..(i + 7).min(tokens.len()) {
        if ends_before(tokens, j) {
            break;
        }
        let u = &tokens[j];
        if w.one_person.get(&u.folded).is_some() {
            return Some(j);
        }
        if age_word(tokens, j) {
            continue;
        }
        if w.small(u).is_some() || w.cue(tokens, j).is_some() || amount_at(tokens, j).is_some() {
            break;
        }
    }
    let alone = ends_before(tokens, i + 1)
        || tokens.get(i + 1).is_some_and(|n| {
            matches!(
                w.small(n),
                Some(Small::Aux | Small::Preposition | Small::And)
            )
        });
    (t.folded == "another" && alone).then_some(i)
}

/// One person named as the subject of "was" and a verb that kills or wounds: "Kasi, the
/// head of the bar, was shot and killed", "He was wounded", "the driver was killed". The
/// subject is a capitalised name or "he"/"she" (an apposition between commas looked past),
/// or a singular person noun; the phrase marked starts at "was", the clause gives the type
/// from the verb.
fn named_passive(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let w = words();
    let mut j = i + 1;
    while j < (i + 4).min(tokens.len())
        && !ends_before(tokens, j)
        && PASSIVE_BETWEEN.contains(&tokens[j].folded.as_str())
    {
        j += 1;
    }
    let verb = !ends_before(tokens, j)
        && w.cue(tokens, j).is_some_and(|c| {
            matches!(c.kind, FigureType::Killed | FigureType::Injured) && (c.noun || c.transitive)
        });
    if !verb || i == 0 || tokens[i].sentence_start {
        return None;
    }
    // The subject: the word before "was", or before an apposition between commas.
    let mut k = i - 1;
    if tokens[i].gap_before.contains(',') {
        k = (i.saturating_sub(APPOSITION_REACH)..i)
            .rev()
            .find(|&c| tokens[c].gap_before.contains(',') && !tokens[c].sentence_start)?
            .checked_sub(1)?;
    }
    let s = &tokens[k];
    let named = s.text.starts_with(char::is_uppercase)
        && w.small(s).is_none()
        && !matches!(s.folded.as_str(), "it" | "this" | "there");
    let person =
        named || matches!(s.folded.as_str(), "he" | "she") || w.one_person.get(&s.folded).is_some();
    // The phrase of the one reaches the word before the verb, so that the clause after it
    // starts at the verb ("shot and" would end it).
    (person && w.attackers.get(&s.folded).is_none()).then_some(j - 1)
}

/// Words between "was" and its verb: "was also killed", "was shot and killed".
const PASSIVE_BETWEEN: &[&str] = &["also", "reportedly", "later", "fatally", "shot", "and"];

/// Words looked back over for the apposition of a subject: "Kasi, the chief of the
/// province's bar association, was killed".
const APPOSITION_REACH: usize = 14;

/// Whether `tokens[k]` is a verb that kills or wounds, its object after it: "killed",
/// "wounding", "shot dead".
fn kills_or_wounds(tokens: &[Token<'_>], k: usize) -> bool {
    let shot_dead = tokens[k].folded == "dead" && k > 0 && tokens[k - 1].folded == "shot";
    words().cue(tokens, k).is_some_and(|c| {
        matches!(c.kind, FigureType::Killed | FigureType::Injured) && (c.transitive || shot_dead)
    })
}

/// A word of an age written as a modifier: "12-year-old", "12 year old".
fn age_word(tokens: &[Token<'_>], j: usize) -> bool {
    let t = &tokens[j];
    match t.folded.as_str() {
        "year" | "years" | "old" => true,
        _ => {
            t.text.chars().all(|c| c.is_ascii_digit())
                && tokens
                    .get(j + 1)
                    .is_some_and(|n| matches!(n.folded.as_str(), "year" | "years"))
        }
    }
}

/// An Arabic singular person noun (or أحد and its noun) right after a cue, لقي or بينهم; a
/// rank or title only after بينهم or a verbal noun of a casualty (مقتل، اغتيال، إصابة).
fn arabic(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let w = words();
    let t = &tokens[i];
    if i == 0 || ends_before(tokens, i) {
        return None;
    }
    // An attacker counted by an ordinal, whatever comes before: "انتحاري ثالث" (a third
    // bomber); the clause after it gives the type, as for any count.
    if w.attackers.get(&t.folded).is_some()
        && tokens.get(i + 1).is_some_and(|n| {
            !ends_before(tokens, i + 1) && ARABIC_ORDINALS.contains(&n.folded.as_str())
        })
    {
        return Some(i + 1);
    }
    if let Some(end) = attacker_died(tokens, i) {
        return Some(end);
    }
    // A person noun with a casualty noun as its adjective: "وشخص مصاب بجروح", "جندي قتيل".
    if let Some(end) = described_casualty(tokens, i) {
        return Some(end);
    }
    // "One of" the people named after it: "مقتل أحد الحراس", "وأصيب إحدى الموظفات".
    let one_of = w.one_of.get(&t.folded).is_some() && !ends_before(tokens, i + 1);
    let including = w.including(tokens, i - 1);
    // A rank or title after بينهم, or after a verbal noun of a casualty ("مقتل رئيس
    // النقابة", "اغتيال قائد الشرطة"): the death or wound of one named person, which
    // analysts mark as a figure of one.
    let verbal_noun = w
        .cue(tokens, i - 1)
        .is_some_and(|c| !c.noun && !c.transitive && tokens[i - 1].folded.starts_with(['م', 'ا']));
    let rank = (including || verbal_noun) && stems(&t.folded).any(|s| w.one_rank.get(s).is_some());
    if w.one_person.get(&t.folded).is_none() && !rank && !one_of {
        return None;
    }
    // "One of the wounded" (أحد المصابين) counts one of its casualty noun, cue or not.
    let one_of_casualties = one_of && w.cue(tokens, i + 1).is_some_and(|c| c.noun);
    let after_cue = w.cue(tokens, i - 1).is_some()
        || one_of_casualties
        || including
        || matches!(tokens[i - 1].folded.as_str(), "لقي" | "لقيت");
    let number_after = !ends_before(tokens, i + 1) && amount_at(tokens, i + 1).is_some();
    (after_cue && !number_after).then_some(if one_of { i + 1 } else { i })
}

/// An indefinite singular person noun (with or without the conjunction و) whose adjective
/// right after it is a casualty noun: "وشخص مصاب بجروح بالغة", "جندي قتيل". The index of the
/// casualty noun, which gives the type. The adjective is that noun as written, indefinite
/// and with no conjunction ("مقتل شرطي وإصابة آخر" is two figures).
fn described_casualty(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let w = words();
    let t = &tokens[i];
    let bare = t.folded.strip_prefix('و').unwrap_or(&t.folded);
    let person = w.one_person.get(bare).is_some() && !bare.starts_with("ال");
    let casualty = !ends_before(tokens, i + 1)
        && w.cues.get(&tokens[i + 1].folded).is_some_and(|c| c.noun)
        && SINGULAR_CASUALTY
            .iter()
            .any(|c| crate::search::fold_query(c) == tokens[i + 1].folded);
    (person && casualty).then_some(i + 1)
}

/// The one attacker, named with the article, who died: "ولقي الانتحاري حتفه", "وأكدت
/// الشرطة أن المهاجم قتل أيضا"; not "المهاجم قتل الحارس" (he killed someone). The clause
/// gives the type.
fn attacker_died(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let w = words();
    let bare = tokens[i]
        .folded
        .strip_prefix('و')
        .unwrap_or(&tokens[i].folded);
    let attacker = bare
        .strip_prefix("ال")
        .is_some_and(|s| w.attackers.get(s).is_some() && SINGULAR_ATTACKER.contains(&s));
    if !attacker || ends_before(tokens, i + 1) {
        return None;
    }
    let next = &tokens[i + 1];
    let met_death = matches!(tokens[i - 1].folded.as_str(), "لقي" | "ولقي")
        && matches!(next.folded.as_str(), "حتفه" | "مصرعه");
    let object_after = !ends_before(tokens, i + 2) && {
        let o = &tokens[i + 2];
        o.folded.starts_with("ال") || w.is_people(o) || amount_at(tokens, i + 2).is_some()
    };
    let killed = matches!(next.folded.as_str(), "قتل" | "قتلا" | "توفي") && !object_after;
    (met_death || killed).then_some(i)
}

/// The singular forms among the Arabic words for attackers.
const SINGULAR_ATTACKER: &[&str] = &["انتحاري", "مفجر", "مهاجم", "مسلح"];

/// Singular Arabic casualty nouns, which can describe one person ("شخص مصاب"); a plural
/// after a person word is another construction ("آخر ضحايا", the latest victims).
const SINGULAR_CASUALTY: &[&str] = &["قتيل", "جريح", "مصاب", "شهيد", "رهينة", "مفقود"];

/// Masculine Arabic ordinals, second to sixth.
const ARABIC_ORDINALS: &[&str] = &["ثان", "ثاني", "ثالث", "رابع", "خامس", "سادس"];

#[cfg(test)]
mod tests {
    use super::super::super::tokens::tokenize;
    use super::*;

    /// The noun phrase of one person that starts at the first word that starts one.
    fn one(text: &str) -> Option<String> {
        let tokens = tokenize(text);
        (0..tokens.len()).find_map(|i| {
            let end = one_at(&tokens, i)?;
            Some(
                tokens[i..=end]
                    .iter()
                    .map(|t| t.text)
                    .collect::<Vec<_>>()
                    .join(" "),
            )
        })
    }

    #[test]
    fn english() {
        assert_eq!(
            one("a policeman was killed").as_deref(),
            Some("a policeman")
        );
        assert_eq!(one("killing a child").as_deref(), Some("a child"));
        assert_eq!(
            one("the suicide bomber also died").as_deref(),
            Some("the suicide bomber")
        );
        assert_eq!(
            one("the police chief was killed").as_deref(),
            Some("was"),
            "not an attacker with \"the\", but a person before a passive verb"
        );
        assert_eq!(
            one("a 12-year-old girl was among the dead").as_deref(),
            Some("a 12 year old girl")
        );
        assert_eq!(
            one("an off-duty police officer").as_deref(),
            Some("an off duty police officer")
        );
        assert_eq!(one("wounding another.").as_deref(), Some("another"));
        assert_eq!(one("a car bomb killed"), None);
        assert_eq!(one("a month after"), None);
        assert_eq!(one("another attack"), None);
    }

    #[test]
    fn arabic() {
        assert_eq!(one("مقتل طفل").as_deref(), Some("طفل"));
        assert_eq!(one("إصابة جندي بجروح").as_deref(), Some("جندي"));
        assert_eq!(one("وإصابة آخر").as_deref(), Some("آخر"));
        assert_eq!(one("لقي شاب مصرعه").as_deref(), Some("شاب"));
        assert_eq!(one("مقتل أحد الحراس").as_deref(), Some("أحد الحراس"));
        assert_eq!(one("وقال أحد الشهود"), None, "no cue before it");
        assert_eq!(one("قتيلان، بينهما شخص").as_deref(), Some("شخص"));
        assert_eq!(
            one("قتل 5 أشخاص من بينهم مدير المدرسة").as_deref(),
            Some("مدير"),
            "a title after بينهم"
        );
        assert_eq!(
            one("مقتل مدير المدرسة").as_deref(),
            Some("مدير"),
            "a title after a verbal noun of a casualty"
        );
        assert_eq!(one("وقال مدير المدرسة"), None, "a title elsewhere");
        assert_eq!(one("قال جندي"), None, "no cue before");
        assert_eq!(one("مقتل الجندي"), None, "definite: a known person");
        assert_eq!(one("قتل جندي 3 مسلحين"), None, "a number after");
        assert_eq!(one("وعثر على مسلح رابع").as_deref(), Some("مسلح رابع"));
        assert_eq!(
            one("ستة قتلى وشخص مصاب بجروح").as_deref(),
            Some("وشخص مصاب"),
            "a casualty noun as the person's adjective"
        );
        assert_eq!(one("وجد الشخص المصاب"), None, "definite: a known person");
        assert_eq!(one("ولقي الانتحاري حتفه").as_deref(), Some("الانتحاري"));
        assert_eq!(one("وقالت إن المهاجم قتل أيضا").as_deref(), Some("المهاجم"));
        assert_eq!(
            one("وقالت إن المهاجم قتل الحارس"),
            None,
            "he killed the guard"
        );
        assert_eq!(
            one("وكان آخر ضحايا الهجوم"),
            None,
            "a plural: the latest victims"
        );
    }
}
