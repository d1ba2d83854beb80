//! A casualty figure as one short line of words an analyst can edit: `killed 2 at-least`,
//! `injured 2-3`, `freed 20 about superseded as-of 2017-06-18`, `injured dozens`.
//!
//! The reader's figure form shows [`spec`] of the figure it starts from (the one the figure
//! parser of `suggest` read in the selection, or the one being edited) and reads the edited
//! line back with [`parse`]. Words may come in any order; each names one field: a type
//! (`killed`, `injured`, `hostages`, `freed`, `missing`, `arrested`, `other`), a count
//! (`11,000`) or a range (`2-3`), a qualifier (`exact`, `at-least`, `more-than`, `about`,
//! `up-to`, `fewer-than`, or a vague amount that needs no count: `several`, `dozens`,
//! `scores`, `hundreds`, `thousands`), `superseded`, and `as-of DATE`.

use crate::briefing::{Figure, FigureType, Moment, Qualifier, figure_problem};

/// The figure as the words [`parse`] reads back to it.
pub fn spec(f: &Figure) -> String {
    let mut words = vec![f.kind.as_str().to_string()];
    if !f.qualifier.is_vague() {
        words.push(match f.count_max {
            Some(max) => format!("{}-{max}", f.count),
            None => f.count.to_string(),
        });
    }
    if f.qualifier != Qualifier::Exact {
        words.push(f.qualifier.as_str().to_string());
    }
    if f.superseded {
        words.push("superseded".into());
    }
    if let Some(at) = f.as_of {
        words.extend(["as-of".into(), at.as_str().to_string()]);
    }
    words.join(" ")
}

/// Reads a figure from its words; the error says which word is wrong and what was expected.
pub fn parse(line: &str) -> Result<Figure, String> {
    // "at least 20" as well as "at-least 20".
    let line = line.to_lowercase();
    let mut words: Vec<String> = Vec::new();
    for w in line.split_whitespace() {
        match (words.last(), w) {
            (Some(prev), "least" | "than" | "to" | "of")
                if matches!(prev.as_str(), "at" | "more" | "fewer" | "up" | "as") =>
            {
                let joined = format!("{prev}-{w}");
                *words.last_mut().expect("checked above") = joined;
            }
            _ => words.push(w.to_string()),
        }
    }
    let (mut kind, mut count, mut count_max, mut qualifier) = (None, None, None, None);
    let (mut superseded, mut as_of) = (false, None);
    let mut words = words.into_iter();
    while let Some(w) = words.next() {
        if let Some(t) = FigureType::from_word(&w) {
            kind = Some(t);
        } else if let Some(q) = Qualifier::from_word(&w) {
            qualifier = Some(q);
        } else if w == "superseded" {
            superseded = true;
        } else if w == "as-of" {
            let date = words.next().ok_or("as-of needs a date: as-of 2017-06-18")?;
            as_of = Some(
                Moment::try_from(date.clone())
                    .map_err(|_| format!("“{date}” is not a date: write 2017-06-18"))?,
            );
        } else if w.starts_with(|c: char| c.is_ascii_digit()) {
            match w.split_once('-') {
                Some((low, high)) => {
                    let (low, high) = (number(&w, low)?, number(&w, high)?);
                    if high < low {
                        return Err(format!(
                            "“{w}”: a range goes from the lower count to the higher ({high}-{low})"
                        ));
                    }
                    (count, count_max) = (Some(low), Some(high));
                }
                None => count = Some(number(&w, &w)?),
            }
        } else {
            return Err(format!(
                "“{w}” is not a figure word: write a type (killed, injured, hostages, freed, missing, arrested, other), a count, a qualifier (at-least, about …), superseded or as-of DATE"
            ));
        }
    }
    let kind = kind.ok_or(
        "a figure needs a type: killed, injured, hostages, freed, missing, arrested or other",
    )?;
    let qualifier = qualifier.unwrap_or_default();
    let count = count
        .or(qualifier.derived_count().map(|(derived, _)| derived))
        .ok_or("a figure needs a count (or a vague amount: several, dozens …)")?;
    let figure = Figure {
        kind,
        count,
        count_max,
        qualifier,
        superseded,
        as_of,
    };
    // The loader's own rules: a range not upside down, a real calendar date.
    match figure_problem(&figure, false) {
        Some(problem) => Err(problem),
        None => Ok(figure),
    }
}

/// The count `digits` of word `w`: a whole number, commas allowed (11,000).
fn number(w: &str, digits: &str) -> Result<u64, String> {
    digits.replace(',', "").parse().map_err(|_| {
        format!("“{w}” is not a count: write a whole number (3, 11,000) or a range (2-3)")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_read_back_to_the_figure() {
        for line in [
            "killed 2 at-least",
            "injured 2-3",
            "freed 20 about superseded as-of 2017-06-18",
            "injured dozens",
            "other 11000",
        ] {
            let f = parse(line).unwrap();
            assert_eq!(spec(&f), line);
            assert_eq!(parse(&spec(&f)).unwrap(), f);
        }
    }

    #[test]
    fn words_in_any_order_and_spelt_out() {
        let f = parse("At least 2 killed").unwrap();
        assert_eq!(
            (f.kind, f.count, f.qualifier),
            (FigureType::Killed, 2, Qualifier::AtLeast)
        );
        assert_eq!(parse("11,000 other").unwrap().count, 11_000);
        assert_eq!(parse("dozens injured").unwrap().count, 12);
    }

    #[test]
    fn mistakes_are_named() {
        assert!(parse("2 at-least").unwrap_err().contains("needs a type"));
        assert!(parse("killed").unwrap_err().contains("needs a count"));
        assert!(parse("killed two").unwrap_err().contains("“two”"));
        let reversed = parse("killed 3-2").unwrap_err();
        assert!(
            reversed.contains("lower count to the higher (2-3)"),
            "{reversed}"
        );
        assert!(
            parse("killed -5")
                .unwrap_err()
                .contains("“-5” is not a figure word")
        );
        assert!(
            parse("killed 2-x")
                .unwrap_err()
                .contains("“2-x” is not a count")
        );
        let unknown = parse("killed 2 at-least at-most").unwrap_err();
        assert!(unknown.contains("“at-most”"), "{unknown}");
        assert!(
            parse("killed 2 as-of 2017-02-30")
                .unwrap_err()
                .contains("calendar date")
        );
        assert!(
            parse("killed 2 as-of yesterday")
                .unwrap_err()
                .contains("not a date")
        );
    }
}
