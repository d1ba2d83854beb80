//! Numbers as articles write them, in English and Arabic: digits (Western and Arabic-Indic,
//! with thousands separators), number words (one … twenty, thirty … ninety, hundred,
//! thousand; واحد … عشرون، مئة، ألف, compounds such as twenty-five and خمسة وعشرون), digits
//! with a scale word (10 آلاف, 2 million), a number joined to the Arabic و ("و12",
//! "وخمسة"), ranges ("15-20", "15 to 20", "between 15 and 20", "بين 15 و20"), and vague
//! amounts without a count (dozens, several, hundreds; عشرات، العديد، مئات).
//!
//! Data flows from the words of a text (`tokens`) to an [`Amount`] and the number of words
//! it takes ([`amount_at`]); what the amount counts is for the figure rules to decide.

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

use super::tokens::Token;
use crate::search::fold_query;

/// What a run of words says about how many.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Amount {
    Count(u64),
    /// A range of counts, both ends included ("15-20").
    Range(u64, u64),
    /// A vague amount, named by its English word (`dozens`, `several`, `hundreds` ...).
    Vague(&'static str),
}

/// English and Arabic number words and their values (folded when the tables are built).
const UNITS: &[(&str, u64)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("dozen", 12),
    ("واحد", 1),
    ("واحدة", 1),
    ("اثنان", 2),
    ("اثنين", 2),
    ("اثنتان", 2),
    ("اثنتين", 2),
    ("ثلاثة", 3),
    ("ثلاث", 3),
    ("أربعة", 4),
    ("أربع", 4),
    ("خمسة", 5),
    ("خمس", 5),
    ("ستة", 6),
    ("ست", 6),
    ("سبعة", 7),
    ("سبع", 7),
    ("ثمانية", 8),
    ("ثماني", 8),
    ("ثمان", 8),
    ("تسعة", 9),
    ("تسع", 9),
    ("عشرة", 10),
    ("عشر", 10),
    ("عشرا", 10),
    ("عشرون", 20),
    ("عشرين", 20),
    ("ثلاثون", 30),
    ("ثلاثين", 30),
    ("أربعون", 40),
    ("أربعين", 40),
    ("خمسون", 50),
    ("خمسين", 50),
    ("ستون", 60),
    ("ستين", 60),
    ("سبعون", 70),
    ("سبعين", 70),
    ("ثمانون", 80),
    ("ثمانين", 80),
    ("تسعون", 90),
    ("تسعين", 90),
    ("مئة", 100),
    ("مائة", 100),
    ("مئتان", 200),
    ("مئتين", 200),
    ("مائتان", 200),
    ("مائتين", 200),
    ("ألف", 1000),
    ("ألفا", 1000),
    ("ألفان", 2000),
    ("ألفين", 2000),
];

/// Words that multiply what stands before them (two hundred, 10 آلاف, 3 million).
const SCALES: &[(&str, u64)] = &[
    ("hundred", 100),
    ("thousand", 1000),
    ("million", 1_000_000),
    ("dozen", 12),
    ("مئة", 100),
    ("مائة", 100),
    ("ألف", 1000),
    ("ألفا", 1000),
    ("آلاف", 1000),
    ("مليون", 1_000_000),
    ("ملايين", 1_000_000),
];

/// Vague amounts: the word and the English word that names it.
const VAGUE: &[(&str, &str)] = &[
    ("dozens", "dozens"),
    ("scores", "scores"),
    ("several", "several"),
    ("many", "many"),
    ("hundreds", "hundreds"),
    ("thousands", "thousands"),
    ("numerous", "several"),
    ("عشرات", "dozens"),
    ("العشرات", "dozens"),
    ("العديد", "several"),
    ("عديد", "several"),
    ("عدة", "several"),
    ("بضعة", "several"),
    ("كثيرا", "many"),
    ("الكثير", "many"),
    ("مئات", "hundreds"),
    ("المئات", "hundreds"),
    ("آلاف", "thousands"),
    ("الآلاف", "thousands"),
];

/// A word table, folded as the tokens are (`search` folding), for lookups by folded word.
pub struct Lexicon<T: 'static> {
    map: FxHashMap<String, T>,
}

impl<T: Copy> Lexicon<T> {
    pub fn new(table: &[(&str, T)]) -> Self {
        Lexicon {
            map: table.iter().map(|&(w, v)| (fold_query(w), v)).collect(),
        }
    }

    /// A table of word lists, each a string of words separated by spaces, with its value.
    pub fn from_lists(lists: &[(&str, T)]) -> Self {
        Lexicon {
            map: lists
                .iter()
                .flat_map(|&(words, v)| words.split_whitespace().map(move |w| (fold_query(w), v)))
                .collect(),
        }
    }

    pub fn get(&self, folded: &str) -> Option<T> {
        self.map.get(folded).copied()
    }
}

/// The lexicons of this module, folded once.
struct Tables {
    units: Lexicon<u64>,
    scales: Lexicon<u64>,
    vague: Lexicon<&'static str>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| Tables {
        units: Lexicon::new(UNITS),
        scales: Lexicon::new(SCALES),
        vague: Lexicon::new(VAGUE),
    })
}

/// The value of a word of digits (`20`, `11,000`, `٢٠`).
fn digits(word: &str) -> Option<u64> {
    let mut n: u64 = 0;
    let mut any = false;
    for c in word.chars() {
        if c == ',' || c == '٬' {
            continue;
        }
        let d = c.to_digit(10).or_else(|| match c {
            '٠'..='٩' => Some(c as u32 - '٠' as u32),
            '۰'..='۹' => Some(c as u32 - '۰' as u32),
            _ => None,
        })?;
        n = n.checked_mul(10)?.checked_add(u64::from(d))?;
        any = true;
    }
    any.then_some(n)
}

/// A number word.
fn word_value(folded: &str) -> Option<u64> {
    tables().units.get(folded)
}

/// The value of an Arabic number word with the article, three or more, as it follows a
/// definite noun it counts ("المسلحون الثلاثة", the three gunmen). Not one or two:
/// الاثنين is also Monday.
pub fn definite_number(folded: &str) -> Option<u64> {
    folded
        .strip_prefix("ال")
        .and_then(word_value)
        .filter(|&n| n >= 3)
}

/// The value of a word of digits or a number word, with the Arabic conjunction و allowed
/// before it ("و12", "وخمسة"); "واحد" is a word of its own.
fn value(token: &Token<'_>) -> Option<u64> {
    digits(token.text)
        .or_else(|| word_value(&token.folded))
        .or_else(|| {
            // Search folds a word's first alef (أربعة), not one after و (وأربعة): that
            // rest is folded again, and only that one (this runs on every word with و).
            let rest = token.folded.strip_prefix('و')?;
            digits(rest).or_else(|| word_value(rest)).or_else(|| {
                rest.starts_with(['أ', 'إ', 'آ'])
                    .then(|| word_value(&fold_query(rest)))
                    .flatten()
            })
        })
}

/// The amount that starts at `tokens[i]`, and how many tokens it takes: a range ("between
/// 15 and 20", "15-20", "two or three"), or one count or vague amount.
pub fn amount_at(tokens: &[Token<'_>], i: usize) -> Option<(Amount, usize)> {
    if let Some(range) = between(tokens, i) {
        return Some(range);
    }
    let (amount, used) = count_at(tokens, i)?;
    if let Amount::Count(low) = amount
        && let Some((high, more)) = range_end(tokens, i, used, low)
    {
        return Some((Amount::Range(low, high), used + more));
    }
    Some((amount, used))
}

/// "between 15 and 20", "بين 15 و20" (the و alone or joined to the number).
fn between(tokens: &[Token<'_>], i: usize) -> Option<(Amount, usize)> {
    if !matches!(tokens.get(i)?.folded.as_str(), "between" | "بين") {
        return None;
    }
    let (Amount::Count(low), used) = count_at(tokens, i + 1)? else {
        return None;
    };
    let mut k = i + 1 + used;
    if matches!(tokens.get(k)?.folded.as_str(), "and" | "و") {
        k += 1;
    } else if !tokens[k].folded.starts_with('و') {
        return None;
    }
    let (Amount::Count(high), more) = count_at(tokens, k)? else {
        return None;
    };
    (high > low && same_sentence(tokens, i + 1, k + more))
        .then_some((Amount::Range(low, high), k + more - i))
}

/// Whether no sentence ends between `tokens[from]` and the token before `to`.
fn same_sentence(tokens: &[Token<'_>], from: usize, to: usize) -> bool {
    tokens[from..to.min(tokens.len())]
        .iter()
        .all(|t| !t.sentence_start)
}

/// The top of a range after the count `low` at `tokens[i..i + used]`: "15-20" (digits
/// joined by a dash, not a date such as 2017-06-18 or 06-18), "15 to 20" (not "from 15 to
/// 20", a change), "two or three". The top and the words it takes.
fn range_end(tokens: &[Token<'_>], i: usize, used: usize, low: u64) -> Option<(u64, usize)> {
    let next = tokens.get(i + used).filter(|t| !t.sentence_start)?;
    let dash = matches!(next.gap_before, "-" | "–" | "—");
    let (high, more) = if dash {
        let chained = |t: Option<&Token<'_>>| {
            t.is_some_and(|t| matches!(t.gap_before, "-" | "/" | "–") && digits(t.text).is_some())
        };
        let plain = |t: &Token<'_>| {
            digits(t.text).is_some() && !t.text.starts_with('0') && t.text.chars().count() < 4
        };
        if used != 1 || !plain(&tokens[i]) || !plain(next) || chained(tokens.get(i + 2)) {
            return None;
        }
        if chained(Some(&tokens[i])) && i > 0 && digits(tokens[i - 1].text).is_some() {
            return None;
        }
        (digits(next.text)?, 1)
    } else if matches!(next.folded.as_str(), "to" | "or" | "او") {
        let from = i > 0 && matches!(tokens[i - 1].folded.as_str(), "from" | "من");
        let (Amount::Count(high), more) = count_at(tokens, i + used + 1)? else {
            return None;
        };
        if from || tokens[i + used + 1].sentence_start {
            return None;
        }
        (high, more + 1)
    } else {
        return None;
    };
    (high > low).then_some((high, more))
}

/// One count or vague amount at `tokens[i]`, and how many tokens it takes.
fn count_at(tokens: &[Token<'_>], i: usize) -> Option<(Amount, usize)> {
    let first = tokens.get(i)?;
    let vague = |folded: &str| tables().vague.get(folded);
    // With the Arabic و or ب before it: "وعشرات", "تقدر بالعشرات" (put at dozens).
    let proclitic = |p: char| vague(first.folded.strip_prefix(p)?);
    if let Some(vague) = vague(&first.folded)
        .or_else(|| proclitic('و'))
        .or_else(|| proclitic('ب'))
    {
        return Some((Amount::Vague(vague), 1));
    }
    // "a hundred", "a thousand": the article stands for one ("a dozen" is about twelve,
    // which the figure rules read).
    if first.folded == "a"
        && let Some(scale) = tokens
            .get(i + 1)
            .filter(|t| t.folded != "dozen")
            .and_then(|t| tables().scales.get(&t.folded))
    {
        return Some((Amount::Count(scale), 2));
    }
    let mut value = value(first)?;
    let mut used = 1;
    // Tens after a unit: "twenty-five", "خمسة وعشرون"; or a unit after tens ("twenty five").
    if let Some(next) = tokens.get(i + 1) {
        let arabic_and = next.folded.strip_prefix('و').and_then(word_value);
        let joined = next.gap_before == "-" || next.gap_before == " ";
        let plain =
            word_value(&next.folded).filter(|_| joined && !next.text.starts_with(char::is_numeric));
        match (arabic_and, plain) {
            (Some(tens), _) if value < 10 && tens % 10 == 0 && (20..100).contains(&tens) => {
                value += tens;
                used += 1;
            }
            (_, Some(unit)) if value % 10 == 0 && (20..100).contains(&value) && unit < 10 => {
                value += unit;
                used += 1;
            }
            // Arabic teens: ثلاثة عشر, أحد عشر.
            (_, Some(10)) if value < 10 && next.folded.starts_with("عشر") => {
                value += 10;
                used += 1;
            }
            _ => {}
        }
    }
    // A scale word: "two hundred", "10 آلاف", "2 million".
    if let Some(scale) = tokens
        .get(i + used)
        .filter(|t| !t.sentence_start)
        .and_then(|t| tables().scales.get(&t.folded))
    {
        value = value.checked_mul(scale)?;
        used += 1;
    }
    Some((Amount::Count(value), used))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn amount(text: &str) -> Option<(Amount, usize)> {
        amount_at(&tokenize(text), 0)
    }

    #[test]
    fn digits_in_both_scripts() {
        assert_eq!(amount("20 people"), Some((Amount::Count(20), 1)));
        assert_eq!(
            amount("11,000 peacekeepers"),
            Some((Amount::Count(11_000), 1))
        );
        assert_eq!(amount("٢٠ شخصا"), Some((Amount::Count(20), 1)));
        assert_eq!(amount("۳ نفر"), Some((Amount::Count(3), 1)));
        assert_eq!(
            amount("99999999999999999999999"),
            None,
            "overflow is no number"
        );
    }

    #[test]
    fn english_words() {
        assert_eq!(amount("one person"), Some((Amount::Count(1), 1)));
        assert_eq!(amount("a hundred people"), Some((Amount::Count(100), 2)));
        assert_eq!(amount("a thousand"), Some((Amount::Count(1000), 2)));
        assert_eq!(amount("a man"), None);
        assert_eq!(amount("Twenty people"), Some((Amount::Count(20), 1)));
        assert_eq!(amount("twenty-five people"), Some((Amount::Count(25), 2)));
        assert_eq!(amount("two hundred people"), Some((Amount::Count(200), 2)));
        assert_eq!(amount("a dozen"), None);
        assert_eq!(amount("dozen people"), Some((Amount::Count(12), 1)));
        assert_eq!(amount("2 million"), Some((Amount::Count(2_000_000), 2)));
        assert_eq!(amount("three dozen"), Some((Amount::Count(36), 2)));
        assert_eq!(amount("20 ألفا"), Some((Amount::Count(20_000), 2)));
    }

    #[test]
    fn arabic_words() {
        assert_eq!(amount("واحد"), Some((Amount::Count(1), 1)));
        assert_eq!(amount("ستة أشخاص"), Some((Amount::Count(6), 1)));
        assert_eq!(amount("خمسة وعشرون قتيلا"), Some((Amount::Count(25), 2)));
        assert_eq!(amount("ثلاثة عشر"), Some((Amount::Count(13), 2)));
        assert_eq!(amount("عشرون"), Some((Amount::Count(20), 1)));
        assert_eq!(
            amount("وعشرا أخرى"),
            Some((Amount::Count(10), 1)),
            "ten, accusative, after و"
        );
        assert_eq!(amount("مئة"), Some((Amount::Count(100), 1)));
        assert_eq!(amount("مائة"), Some((Amount::Count(100), 1)));
        assert_eq!(amount("10 آلاف"), Some((Amount::Count(10_000), 2)));
        assert_eq!(amount("150 ألف نسمة"), Some((Amount::Count(150_000), 2)));
    }

    #[test]
    fn numbers_joined_to_the_arabic_and() {
        assert_eq!(amount("و12 جريحا"), Some((Amount::Count(12), 1)));
        assert_eq!(amount("وأربعة آخرون"), Some((Amount::Count(4), 1)));
        assert_eq!(amount("وخمسة جرحى"), Some((Amount::Count(5), 1)));
        assert_eq!(amount("و٣"), Some((Amount::Count(3), 1)));
        assert_eq!(amount("واحد"), Some((Amount::Count(1), 1)));
        assert_eq!(amount("وزارة"), None);
    }

    #[test]
    fn ranges() {
        assert_eq!(amount("15-20 people"), Some((Amount::Range(15, 20), 2)));
        assert_eq!(amount("15–20 people"), Some((Amount::Range(15, 20), 2)));
        assert_eq!(amount("15 to 20 people"), Some((Amount::Range(15, 20), 3)));
        assert_eq!(
            amount("two or three people"),
            Some((Amount::Range(2, 3), 3))
        );
        assert_eq!(
            amount("between 15 and 20 people"),
            Some((Amount::Range(15, 20), 4))
        );
        assert_eq!(amount("بين 15 و20 قتيلا"), Some((Amount::Range(15, 20), 3)));
        assert_eq!(amount("بين 15 و 20 قتيلا"), Some((Amount::Range(15, 20), 4)));
        assert_eq!(amount("20-15"), Some((Amount::Count(20), 1)), "not upwards");
        assert_eq!(
            amount("2017-06-18"),
            Some((Amount::Count(2017), 1)),
            "a date"
        );
        assert_eq!(amount("06-18"), Some((Amount::Count(6), 1)), "a date");
        assert_eq!(amount("3-4-5"), Some((Amount::Count(3), 1)), "a chain");
        assert_eq!(amount("between 15. And 20"), None, "not across sentences");
        let tokens = tokenize("from 15 to 20");
        assert_eq!(
            amount_at(&tokens, 1),
            Some((Amount::Count(15), 1)),
            "a change, not a range"
        );
    }

    #[test]
    fn vague_amounts() {
        assert_eq!(
            amount("dozens of people"),
            Some((Amount::Vague("dozens"), 1))
        );
        assert_eq!(amount("several"), Some((Amount::Vague("several"), 1)));
        assert_eq!(amount("العشرات"), Some((Amount::Vague("dozens"), 1)));
        assert_eq!(amount("عشرات"), Some((Amount::Vague("dozens"), 1)));
        assert_eq!(amount("العديد"), Some((Amount::Vague("several"), 1)));
        assert_eq!(amount("بالمئات"), Some((Amount::Vague("hundreds"), 1)));
        assert_eq!(amount("وعشرات"), Some((Amount::Vague("dozens"), 1)));
        assert_eq!(amount("الكثير"), Some((Amount::Vague("many"), 1)));
        assert_eq!(amount("بعدة"), Some((Amount::Vague("several"), 1)));
        assert_eq!(amount("Bamako"), None);
        assert_eq!(amount("بكثير"), None);
    }
}
