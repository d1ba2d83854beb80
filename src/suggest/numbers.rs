//! Numbers as articles write them, in English and Arabic: digits (Western and Arabic-Indic,
//! with thousands separators), number words (one … twenty, thirty … ninety, hundred,
//! thousand; واحد … عشرون، مئة، ألف, compounds such as twenty-five and خمسة وعشرون), digits
//! with a scale word (10 آلاف, 2 million), and vague amounts without a count (dozens,
//! several, hundreds; عشرات، العديد، مئات).

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

use super::tokens::Token;
use crate::search::fold_query;

/// What a run of words says about how many.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Amount {
    Count(u64),
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
    ("مئة", 100),
    ("مائة", 100),
    ("ألف", 1000),
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

/// A number word, with the Arabic conjunction و allowed before it (خمسة وعشرون).
fn word_value(folded: &str) -> Option<u64> {
    tables().units.get(folded)
}

/// The amount that starts at `tokens[i]`, and how many tokens it takes.
pub fn amount_at(tokens: &[Token<'_>], i: usize) -> Option<(Amount, usize)> {
    let first = tokens.get(i)?;
    if let Some(vague) = tables().vague.get(&first.folded) {
        return Some((Amount::Vague(vague), 1));
    }
    let mut value = digits(first.text).or_else(|| word_value(&first.folded))?;
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
        assert_eq!(amount("Twenty people"), Some((Amount::Count(20), 1)));
        assert_eq!(amount("twenty-five people"), Some((Amount::Count(25), 2)));
        assert_eq!(amount("two hundred people"), Some((Amount::Count(200), 2)));
        assert_eq!(amount("a dozen"), None);
        assert_eq!(amount("dozen people"), Some((Amount::Count(12), 1)));
        assert_eq!(amount("2 million"), Some((Amount::Count(2_000_000), 2)));
    }

    #[test]
    fn arabic_words() {
        assert_eq!(amount("واحد"), Some((Amount::Count(1), 1)));
        assert_eq!(amount("ستة أشخاص"), Some((Amount::Count(6), 1)));
        assert_eq!(amount("خمسة وعشرون قتيلا"), Some((Amount::Count(25), 2)));
        assert_eq!(amount("ثلاثة عشر"), Some((Amount::Count(13), 2)));
        assert_eq!(amount("عشرون"), Some((Amount::Count(20), 1)));
        assert_eq!(amount("مئة"), Some((Amount::Count(100), 1)));
        assert_eq!(amount("مائة"), Some((Amount::Count(100), 1)));
        assert_eq!(amount("10 آلاف"), Some((Amount::Count(10_000), 2)));
        assert_eq!(amount("150 ألف نسمة"), Some((Amount::Count(150_000), 2)));
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
        assert_eq!(amount("Bamako"), None);
    }
}
