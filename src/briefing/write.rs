//! Writing parts of the model back as YAML: one mention as the selector a file would hold
//! (`{article: en, quote: "Bamako", occurrence: 2}`), a figure as a flow mapping, a string
//! as a double-quoted scalar. Used by `suggest --apply` and by the annotation save, so both
//! write mentions the same way. Each mention written selects exactly its range when loaded.

use std::fmt::Write;
use std::ops::Range;

use super::figure::Figure;
use super::model::{Briefing, Part};
use super::resolve::{Selector, find_quote};

/// A string as a JSON string, which is also a YAML double-quoted scalar (every control
/// character escaped).
pub fn json(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// One mention as a YAML flow mapping: `{article: en, quote: "Bamako"}`, with
/// `part: headline` for a headline's, `occurrence: N` only when the quote alone selects more
/// than this range, offsets (`start`, `end`, in code points) only when the quote does not
/// select it at all (not a whole word), and the figure for a casualty mention.
pub fn mention(
    b: &Briefing,
    article: usize,
    part: Part,
    bytes: Range<usize>,
    figure: Option<&Figure>,
) -> String {
    let a = &b.articles[article];
    let text = a.part(part);
    let quote = &text[bytes.clone()];
    let matches = find_quote(
        text,
        Selector {
            quote,
            ..Default::default()
        },
    );
    let selector = match matches.iter().position(|r| *r == bytes) {
        Some(_) if matches.len() == 1 => String::new(),
        Some(k) => format!(", occurrence: {}", k + 1),
        None => {
            let start = text[..bytes.start].chars().count();
            let end = start + quote.chars().count();
            format!(", start: {start}, end: {end}")
        }
    };
    let figure = figure
        .map(|f| format!(", figure: {}", self::figure(f)))
        .unwrap_or_default();
    let part = match part {
        Part::Text => "",
        Part::Headline => ", part: headline",
    };
    format!(
        "{{article: {}{part}, quote: {}{selector}{figure}}}",
        json(&a.id),
        json(quote)
    )
}

/// A figure as a YAML flow mapping: `{type: killed, count: 20, qualifier: at-least}`; a
/// vague one has no count (the format derives it); `count_max`, `superseded` and `as_of`
/// only when set.
pub fn figure(f: &Figure) -> String {
    let mut out = format!("{{type: {}", f.kind.as_str());
    if !f.qualifier.is_vague() {
        let _ = write!(out, ", count: {}", f.count);
        if let Some(max) = f.count_max {
            let _ = write!(out, ", count_max: {max}");
        }
    }
    let _ = write!(out, ", qualifier: {}", f.qualifier.as_str());
    if f.superseded {
        out.push_str(", superseded: true");
    }
    if let Some(at) = f.as_of {
        let _ = write!(out, ", as_of: {}", json(at.as_str()));
    }
    out.push('}');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::{FigureType, Moment, Qualifier, bundled};

    #[test]
    fn figures_write_what_they_hold() {
        let mut f = Figure {
            kind: FigureType::Killed,
            count: 20,
            count_max: Some(25),
            qualifier: Qualifier::About,
            superseded: true,
            as_of: Some(Moment::try_from("2017-06-18T10:00Z".to_string()).unwrap()),
        };
        assert_eq!(
            figure(&f),
            "{type: killed, count: 20, count_max: 25, qualifier: about, superseded: true, as_of: \"2017-06-18T10:00Z\"}"
        );
        f = Figure {
            qualifier: Qualifier::Dozens,
            count: 12,
            count_max: None,
            superseded: false,
            as_of: None,
            ..f
        };
        assert_eq!(figure(&f), "{type: killed, qualifier: dozens}");
    }

    #[test]
    fn mentions_select_by_quote_occurrence_or_offsets() {
        let b = bundled().unwrap().briefing;
        let text = &b.articles[0].text;
        let at = text.find("Bamako").unwrap();
        let once = mention(&b, 0, Part::Text, at..at + 6, None);
        let n = find_quote(
            text,
            Selector {
                quote: "Bamako",
                ..Default::default()
            },
        )
        .len();
        assert!(
            n > 1 && once.ends_with("quote: \"Bamako\", occurrence: 1}"),
            "{once}"
        );
        // Inside a word: offsets.
        let inside = mention(&b, 0, Part::Text, at + 1..at + 4, None);
        let start = text[..at + 1].chars().count();
        assert!(
            inside.ends_with(&format!(
                "quote: \"ama\", start: {start}, end: {}}}",
                start + 3
            )),
            "{inside}"
        );
    }
}
