//! Numbers that are not counts of people, whatever casualty word stands near them: years,
//! dates, times of day, ages and durations ("a 12-year-old", "for 10 hours", "عمره 12
//! عاما", "منذ 10 سنوات"), distances and other measures ("200 metres", "75 كيلومترا"),
//! money ("$5 million", "دولار"), percentages, numbered things ("resolution 2100") and
//! "no one". Ordinals ("the second blast", "المرة الثانية") are not amounts at all.
//!
//! Data flows from the words around an amount (`tokens`) to a reason ([`reason`]), which
//! the figure rules take as "no figure here".

use super::super::numbers::amount_at;
use super::super::tokens::Token;
use super::words::{Unit, words};

/// Why the amount at `tokens[i..=last]` is not a count of people, if it is not.
pub fn reason(tokens: &[Token<'_>], i: usize, last: usize) -> Option<&'static str> {
    let w = words();
    let next = tokens
        .get(last + 1)
        .filter(|t| !t.sentence_start || t.gap_before == ":");
    let before = i.checked_sub(1).map(|k| &tokens[k]);
    if last == i && is_year(&tokens[i]) && (next.is_none() || !counts_people(tokens, last + 1)) {
        return Some("a year");
    }
    if before.is_some_and(|b| !tokens[i].sentence_start && w.not_before.get(&b.folded).is_some()) {
        return Some("an age, a time or a numbered thing");
    }
    // The second of two ages: "aged 7 and 9", "aged 18 to 25".
    let joined_age = i >= 3
        && before.is_some_and(|b| matches!(b.folded.as_str(), "and" | "or" | "to" | "و"))
        && amount_at(tokens, i - 2).is_some()
        && w.not_before.get(&tokens[i - 3].folded).is_some();
    if joined_age && tokens[i - 2..=i].iter().all(|t| !t.sentence_start) {
        return Some("an age, a time or a numbered thing");
    }
    if tokens[i].gap_before.contains(['$', '€', '£', '¥', '₦']) {
        return Some("money");
    }
    let month = |t: &Token<'_>| {
        w.months.get(&t.folded).is_some() && !t.text.starts_with(|c: char| c.is_ascii_lowercase())
    };
    if next.is_some_and(month) || before.is_some_and(|b| !tokens[i].sentence_start && month(b)) {
        return Some("a date");
    }
    if joined_to_digits(tokens, i) || next.is_some_and(|n| joined(n) && is_digits(n)) {
        return Some("a date, a time or a decimal");
    }
    let next = next?;
    if next.gap_before.starts_with(['%', '٪']) {
        return Some("a percentage");
    }
    if w.clock.get(&next.folded).is_some() || a_m(tokens, last + 1) {
        return Some("a time of day");
    }
    if let Some(unit) = unit_at(tokens, last + 1) {
        return Some(match unit {
            Unit::Time => "a duration or an age",
            Unit::Measure => "a distance or a measure",
            Unit::Money => "money",
            Unit::Percent => "a percentage",
            Unit::Thing => "a count of things",
        });
    }
    None
}

/// Whether an amount that counts people may start at `tokens[j]` (not a year, a date ...).
pub fn is_count(tokens: &[Token<'_>], j: usize) -> bool {
    amount_at(tokens, j).is_some_and(|(_, used)| reason(tokens, j, j + used - 1).is_none())
}

/// The unit `tokens[k]` names, with two-word units ("per cent", "في المئة").
pub fn unit_at(tokens: &[Token<'_>], k: usize) -> Option<Unit> {
    let t = tokens.get(k)?;
    if let Some(unit) = words().unit(t) {
        return Some(unit);
    }
    let next = tokens.get(k + 1).filter(|n| !n.sentence_start)?;
    let percent = match t.folded.as_str() {
        "per" => next.folded == "cent",
        "في" => words().hundredths.get(&next.folded).is_some(),
        _ => false,
    };
    percent.then_some(Unit::Percent)
}

/// "a.m." / "p.m." after a number.
fn a_m(tokens: &[Token<'_>], k: usize) -> bool {
    tokens
        .get(k)
        .is_some_and(|t| matches!(t.folded.as_str(), "a" | "p"))
        && tokens
            .get(k + 1)
            .is_some_and(|m| m.folded == "m" && m.gap_before == ".")
}

/// Whether the word at `k` counts people (a people noun, or an Arabic casualty noun), so
/// that a number of four digits before it is a count, not a year ("2000 people", "2000
/// قتيل"; but "2019 killed").
fn counts_people(tokens: &[Token<'_>], k: usize) -> bool {
    let w = words();
    let t = &tokens[k];
    w.is_people(t) || (super::noun::is_arabic(t) && w.cue(tokens, k).is_some_and(|c| c.noun))
}

/// A year: four digits from 1900 to 2100.
fn is_year(token: &Token<'_>) -> bool {
    token.text.len() == 4
        && token.text.chars().all(|c| c.is_ascii_digit())
        && token
            .text
            .parse::<u32>()
            .is_ok_and(|y| (1900..=2100).contains(&y))
}

fn is_digits(t: &Token<'_>) -> bool {
    t.text.chars().all(|c| c.is_numeric())
}

/// Joined to the word before by a date, time or decimal separator, with no space.
fn joined(t: &Token<'_>) -> bool {
    matches!(t.gap_before, "/" | "." | ":" | "-")
}

/// Whether `tokens[i]` continues a number before it ("06" in 2017-06-18, "30" in 10:30).
fn joined_to_digits(tokens: &[Token<'_>], i: usize) -> bool {
    i > 0 && joined(&tokens[i]) && is_digits(&tokens[i - 1]) && is_digits(&tokens[i])
}

#[cfg(test)]
mod tests {
    use super::super::super::tokens::tokenize;
    use super::*;

    /// The reason the first amount of `text` is not a count.
    fn why_not(text: &str) -> Option<&'static str> {
        let tokens = tokenize(text);
        let i = (0..tokens.len())
            .find(|&i| amount_at(&tokens, i).is_some())
            .expect("an amount");
        let (_, used) = amount_at(&tokens, i).unwrap();
        reason(&tokens, i, i + used - 1)
    }

    #[test]
    fn english() {
        assert_eq!(why_not("a 12-year-old girl"), Some("a duration or an age"));
        assert_eq!(
            why_not("aged 12"),
            Some("an age, a time or a numbered thing")
        );
        assert_eq!(why_not("for 10 hours"), Some("a duration or an age"));
        assert_eq!(why_not("two days later"), Some("a duration or an age"));
        assert_eq!(why_not("200 metres away"), Some("a distance or a measure"));
        assert_eq!(
            why_not("about 210 kilometers north"),
            Some("a distance or a measure")
        );
        assert_eq!(why_not("a ransom of $5 million"), Some("money"));
        assert_eq!(why_not("5 million dollars"), Some("money"));
        assert_eq!(why_not("40% of the dead"), Some("a percentage"));
        assert_eq!(why_not("40 per cent"), Some("a percentage"));
        assert_eq!(
            why_not("at 10:30 police"),
            Some("a date, a time or a decimal")
        );
        assert_eq!(why_not("at 10 p.m. gunmen"), Some("a time of day"));
        assert_eq!(why_not("on 18 June"), Some("a date"));
        assert_eq!(why_not("June 18, attackers"), Some("a date"));
        assert_eq!(why_not("in 2015"), Some("a year"));
        assert_eq!(
            why_not("on 18/06/2017"),
            Some("a date, a time or a decimal")
        );
        assert_eq!(
            why_not("no one was hurt"),
            Some("an age, a time or a numbered thing")
        );
        assert_eq!(
            why_not("in two separate attacks"),
            None,
            "left to the noun rule"
        );
        assert_eq!(why_not("2000 people died"), None, "a count, not a year");
        assert_eq!(
            why_not("20 may have died"),
            None,
            "may is a month only as May"
        );
    }

    #[test]
    fn arabic() {
        assert_eq!(
            why_not("عمره 12 عاما"),
            Some("an age, a time or a numbered thing")
        );
        assert_eq!(
            why_not("البالغ من العمر 12 عاما"),
            Some("an age, a time or a numbered thing")
        );
        assert_eq!(why_not("منذ 10 سنوات"), Some("a duration or an age"));
        assert_eq!(why_not("خلال ثلاث ساعات"), Some("a duration or an age"));
        assert_eq!(
            why_not("الساعة 10 صباحا"),
            Some("an age, a time or a numbered thing")
        );
        assert_eq!(
            why_not("على بعد 75 كيلومترا"),
            Some("a distance or a measure")
        );
        assert_eq!(why_not("فدية قدرها 5 ملايين دولار"), Some("money"));
        assert_eq!(why_not("نسبة 40 بالمئة"), Some("a percentage"));
        assert_eq!(why_not("40 في المئة"), Some("a percentage"));
        assert_eq!(why_not("في 21 نوفمبر"), Some("a date"));
        assert_eq!(why_not("في ٣ هجمات"), Some("a count of things"));
        assert_eq!(why_not("قتل 20 شخصا"), None);
    }
}
