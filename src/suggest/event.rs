//! Whether a figure a text states reports another event than the briefing's: its sentence
//! names a year other than the briefing's ("20 people were killed in the November 2015
//! attack" in a briefing of 2017), or says the time is past ("three years ago", العام
//! الماضي). Such a figure is not joined to the briefing's toll of its type (`group`), so
//! that it does not show as a source disagreeing.
//!
//! Data flows from the words of one text (`tokens`) and the figure's byte range to a yes or
//! no; the sentence is the figure's words and those around it up to the nearest sentence
//! ends (at most [`REACH`] words on each side).

use std::ops::Range;

use super::tokens::Token;

/// Words that put a sentence in the past: "ago"; الماضي، الماضية ("last year", "last week").
const PAST: &[&str] = &["ago", "الماضي", "الماضيه", "الماضية"];

/// Words looked at on each side of a figure at most (a text without sentence ends costs no
/// more than one with them).
const REACH: usize = 40;

/// The year of a briefing's `date` (YYYY-MM-DD), if it has one.
pub fn year_of(date: &str) -> Option<u32> {
    date.get(..4)?.parse().ok()
}

/// The year a word writes, in ASCII or Arabic-Indic digits (1900 to 2100).
fn year_written(token: &Token<'_>) -> Option<u32> {
    let digits: Option<String> = token
        .text
        .chars()
        .map(|c| match c {
            '0'..='9' => Some(c),
            '٠'..='٩' => char::from_digit(c as u32 - '٠' as u32, 10),
            _ => None,
        })
        .collect();
    let y: u32 = digits.filter(|d| d.len() == 4)?.parse().ok()?;
    (1900..=2100).contains(&y).then_some(y)
}

/// Whether the sentence of the figure at `range` (a byte range of the text `tokens` are
/// the words of) is about another time than the briefing's year `year`.
pub fn another_time(tokens: &[Token<'_>], range: &Range<usize>, year: Option<u32>) -> bool {
    let at = tokens.partition_point(|t| t.range.end <= range.start);
    let first = (at + 1).min(tokens.len());
    let from = first.saturating_sub(REACH);
    let start = tokens[from..first]
        .iter()
        .rposition(|t| t.sentence_start)
        .map_or(from, |k| from + k);
    let to = (first + REACH).min(tokens.len());
    let end = tokens[first..to]
        .iter()
        .position(|t| t.sentence_start)
        .map_or(to, |k| first + k);
    tokens[start..end].iter().any(|t| {
        PAST.contains(&t.folded.as_str()) || year_written(t).is_some_and(|y| Some(y) != year)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::suggest::tokens::tokenize;

    fn about(text: &str, figure: &str) -> bool {
        let at = text.find(figure).expect("the figure is in the text");
        another_time(&tokenize(text), &(at..at + figure.len()), Some(2017))
    }

    #[test]
    fn another_year_or_a_past_time() {
        let text = "Five people were killed on 18 June 2017. \
                    In November 2015, 20 people were killed at the Radisson. \
                    Three years ago 12 died there.";
        assert!(!about(text, "Five people were killed"));
        assert!(about(text, "20 people were killed"));
        assert!(about(text, "12 died"));
        assert!(about("قتل 30 شخصا في هجوم العام الماضي", "قتل 30 شخصا"));
        assert!(about("قتل 30 شخصا في هجوم عام ٢٠١٥", "قتل 30 شخصا"));
        assert!(!about("قتل 30 شخصا في هجوم اليوم", "قتل 30 شخصا"));
        assert!(!about("", ""), "an empty text");
    }
}
