//! Capitalised words that name no party (no actor, no place) by themselves, whatever cue
//! stands around them: faiths, their people and adjectives, languages, feasts, rites and
//! deities ([`no_party_words`]), the first word of a day a feast names ("Palm Sunday",
//! "Good Friday": [`feast_day`]), and an era or a time of day next to a number ("AD 70",
//! "70 BC", "9 PM": [`era_or_time`]), whose letters a region code could take for a place
//! ("AD" is Andorra's).

use super::{capitalised, words};
use crate::suggest::tokens::Token;

/// Whether the one-word name at `tokens[first..=end]` is the pronoun "I", or an acronym in
/// brackets after the lower-case words it abbreviates, a common noun's ("an improvised
/// explosive device (IED)", "a rocket-propelled grenade (RPG)").
pub(super) fn pronoun_or_common_acronym(text: &str, tokens: &[Token<'_>], first: usize) -> bool {
    let t = &tokens[first];
    if t.text == "I" {
        return true;
    }
    let letters = t.text.chars().count();
    let bracketed = t.gap_before.trim_end().ends_with('(') && text[t.range.end..].starts_with(')');
    if !bracketed || letters < 2 || first < letters || !t.text.chars().all(char::is_uppercase) {
        return false;
    }
    let words = &tokens[first - letters..first];
    let joined = words
        .iter()
        .skip(1)
        .all(|w| w.joins_previous() || w.gap_before == "-");
    let initials: String = words
        .iter()
        .filter_map(|w| w.text.chars().next())
        .flat_map(char::to_uppercase)
        .collect();
    joined && words.iter().all(|w| !capitalised(w)) && initials == t.text
}

/// Whether a name is made only of words that name no party: a faith, its people or its
/// adjective ("Sunni", "Shi’ite Muslims", "Arabs", "Islam", "Islamic"), a language
/// ("Arabic"), a feast ("Ramadan"), a rite or a cry of prayer ("Mass", "Allahu Akbar"), a
/// scripture or its law ("Quran", "Sharia"), a deity ("God"), or is one word for a doctrine ("-ism": "Zealotism").
pub(super) fn no_party_words(name: &str) -> bool {
    let folded: String = name
        .to_lowercase()
        .chars()
        .filter(|c| !matches!(c, '’' | '\''))
        .collect();
    let doctrine = !folded.contains([' ', '-']) && folded.len() > 5 && folded.ends_with("ism");
    doctrine
        || folded.split([' ', '-']).all(|word| {
            NO_PARTY_WORDS.contains(&word.strip_suffix('s').unwrap_or(word))
                || NO_PARTY_WORDS.contains(&word)
        })
}

/// Faiths, their people (singular) and adjectives, languages, feasts, rites, cries of prayer,
/// scriptures and laws, and deities: capitalised, but no actor nor place by themselves.
const NO_PARTY_WORDS: &[&str] = &[
    "islam",
    "islamic",
    "christianity",
    "muslim",
    "christian",
    "coptic",
    "copt",
    "jew",
    "jewish",
    "hindu",
    "sikh",
    "buddhist",
    "catholic",
    "protestant",
    "orthodox",
    "shiite",
    "shia",
    "sunni",
    "alawite",
    "druze",
    "salafi",
    "yazidi",
    "arab",
    "arabic",
    "urdu",
    "pashto",
    "farsi",
    "hebrew",
    "swahili",
    "amharic",
    "ramadan",
    "eid",
    "muharram",
    "ashura",
    "christmas",
    "easter",
    "iftar",
    "mass",
    "liturgy",
    "eucharist",
    "vespers",
    "allahu",
    "akbar",
    "sharia",
    "quran",
    "koran",
    "bible",
    "god",
    "allah",
];

/// Whether the one word `tokens[first..=end]` opens the name of a day a feast names: a
/// word of [`FEAST_DAYS`] before a capitalised weekday ("Palm Sunday", "Good Friday", "Ash
/// Wednesday"). Not any name before a weekday: "told Zapnews Sunday" names an outlet.
pub(super) fn feast_day(tokens: &[Token<'_>], first: usize, end: usize) -> bool {
    // The calendar's words in -day are the weekdays (no month ends so).
    let weekday = |f: &str| words().calendar.contains(f) && f.ends_with("day");
    first == end
        && FEAST_DAYS.contains(&tokens[first].folded.as_str())
        && tokens.get(end + 1).is_some_and(|day| {
            day.joins_previous() && capitalised(day) && weekday(day.folded.as_str())
        })
}

/// Words that, before a weekday, name a feast's or a remembered day: Palm Sunday, Good
/// Friday, Ash Wednesday, Bloody Sunday.
const FEAST_DAYS: &[&str] = &[
    "palm", "good", "holy", "ash", "maundy", "easter", "whit", "low", "passion", "great", "shrove",
    "clean", "black", "bloody",
];

/// Whether the one word `tokens[first..=end]` is an era or a time of day written next to
/// a number: "AD 70", "70 BC", "9 PM", "0600 GMT".
pub(super) fn era_or_time(tokens: &[Token<'_>], first: usize, end: usize) -> bool {
    let number = |t: &Token<'_>| t.text.chars().all(|c| c.is_ascii_digit());
    let before = first
        .checked_sub(1)
        .filter(|_| tokens[first].joins_previous())
        .is_some_and(|k| number(&tokens[k]));
    let after = tokens
        .get(end + 1)
        .is_some_and(|t| t.joins_previous() && number(t));
    first == end && ERAS_AND_TIMES.contains(&tokens[first].text) && (before || after)
}

/// Eras and times of day, as written after (or, for eras, before) a number.
const ERAS_AND_TIMES: &[&str] = &["AD", "BC", "BCE", "CE", "AM", "PM", "GMT", "UTC"];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::suggest::tokens::tokenize;

    #[test]
    fn a_feast_opens_a_day_but_a_name_before_a_day_is_no_feast() {
        let t = tokenize("Crowds gathered on Good Friday, told Zapnews Monday and left.");
        let at = |w: &str| t.iter().position(|t| t.text == w).unwrap();
        assert!(feast_day(&t, at("Good"), at("Good")));
        assert!(!feast_day(&t, at("Zapnews"), at("Zapnews")), "a name");
        assert!(!feast_day(&t, at("Crowds"), at("Crowds")));
        let t = tokenize("Ash, Wednesday");
        assert!(!feast_day(&t, 0, 0), "a comma between is no day's name");
    }

    #[test]
    fn an_era_or_a_time_beside_a_number() {
        let t = tokenize("Built in 540 AD, rebuilt AD 900, shut at 9 PM; PM Zed spoke; AD said");
        let at = |n: usize| {
            t.iter()
                .enumerate()
                .filter(|(_, t)| matches!(t.text, "AD" | "PM"))
                .nth(n)
                .map(|(k, _)| k)
                .unwrap()
        };
        assert!(era_or_time(&t, at(0), at(0)));
        assert!(era_or_time(&t, at(1), at(1)));
        assert!(era_or_time(&t, at(2), at(2)));
        assert!(!era_or_time(&t, at(3), at(3)), "a prime minister's title");
        assert!(!era_or_time(&t, at(4), at(4)), "no number beside it");
    }

    #[test]
    fn faiths_rites_and_cries_of_prayer_name_no_party() {
        for name in [
            "Islam",
            "Islamic",
            "Christianity",
            "Mass",
            "Allahu Akbar",
            "Sunnis",
            "Sharia",
        ] {
            assert!(no_party_words(name), "{name}");
        }
        for name in ["Islamic State", "Kandar", "Mass Front"] {
            assert!(!no_party_words(name), "{name}");
        }
    }
}
