//! The lean path against serde_yaml: whenever it gives a briefing, serde_yaml gives the same.

use std::path::Path;

use proptest::prelude::*;

use super::{agrees_with_serde_yaml, from_str};
use crate::briefing::raw::RawBriefing;

/// The lean reading of `text`, checked against serde_yaml's whenever there is one.
fn lean(text: &str) -> Option<String> {
    if let Err(both) = agrees_with_serde_yaml(text) {
        panic!("the lean path differs from serde_yaml on {text:?}: {both}");
    }
    from_str::<RawBriefing>(text).map(|r| format!("{r:?}"))
}

/// Both readings of a small `text`.
fn both(text: &str) -> (Option<String>, Option<String>) {
    let full = serde_yaml::from_str::<RawBriefing>(text).ok();
    (lean(text), full.map(|r| format!("{r:?}")))
}

fn yaml_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            yaml_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "yaml") {
            out.push(path);
        }
    }
}

#[test]
fn every_briefing_in_the_repository_reads_the_same() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["briefings", "tests", "examples", "benches"] {
        yaml_files(&root.join(dir), &mut files);
    }
    let mut count = 0;
    for file in &files {
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        count += usize::from(lean(&text).is_some());
    }
    // The bundled briefing, the good fixtures and most bad ones (whose problems come later,
    // in validation) take the lean path.
    assert!(
        files.len() > 20 && count > 15,
        "{count} of {} files",
        files.len()
    );
    assert!(from_str::<RawBriefing>(crate::briefing::load::BUNDLED_YAML).is_some());
}

const HEAD: &str = "id: t\ntitle: ";
const TAIL: &str = "\ndate: 2017-06-18\narticles:\n  - id: en\n    lang: en\n    source: S\n    headline: H\n    text: T\n";

fn titled(title: &str) -> String {
    format!("{HEAD}{title}{TAIL}")
}

#[test]
fn scalars_serde_yaml_reads_otherwise_are_left_to_it() {
    // Numbers, null and booleans are no text: serde_yaml refuses them, with its message.
    for plain in [
        "123", "-5", "0x1F", "+7", "1.5", ".inf", "1e3", "~", "null", "true", "",
    ] {
        assert_eq!(both(&titled(plain)), (None, None), "{plain:?}");
    }
    // Text, read the same both ways.
    for text in [
        "0123",
        "2017-06-18",
        "plain words",
        "\"123\"",
        "'it''s'",
        "\"esc\\u00e9\\x41\\n\"",
        "inf",
        "nan",
        "yes",
        "|-\n  line one\n\n  line two\n",
        ">\n  folded\n  lines\n\n  kept\n",
        "\"a\n  b\"",
        "many\n  plain\n  lines",
    ] {
        let (lean, full) = both(&titled(text));
        assert!(lean.is_some() && full.is_some(), "{text:?}");
    }
    // Anchors, tags and tabs: serde_yaml reads them.
    for other in ["&a x", "!!str 123", "\"tab\there\""] {
        let (lean, full) = both(&titled(other));
        assert!(lean.is_none() && full.is_some(), "{other:?}");
    }
    // Two documents: serde_yaml refuses them.
    assert_eq!(
        both(&format!("{}---\n{}", titled("a"), titled("b"))),
        (None, None)
    );
}

/// Every character outside YAML 1.1's printable set: C0 controls but tab, line feed and
/// carriage return, DEL, C1 controls but NEL, U+FFFE and U+FFFF.
fn unprintable() -> impl Iterator<Item = char> {
    ('\0'..='\u{1f}')
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .chain(('\u{7f}'..='\u{9f}').filter(|&c| c != '\u{85}'))
        .chain(['\u{fffe}', '\u{ffff}'])
}

#[test]
fn characters_libyaml_refuses_are_left_to_serde_yaml() {
    for c in unprintable() {
        // Plain, quoted, block and at the end of the text (where yaml-rust2 stopped at NUL).
        for text in [
            titled(&format!("Gun{c}men attacked")),
            titled(&format!("\"Gun{c}men\"")),
            titled(&format!("|\n  Gun{c}men\n")),
            format!("{}{c}", titled("Gunmen")),
        ] {
            assert_eq!(both(&text), (None, None), "U+{:04X} in {text:?}", c as u32);
        }
    }
}

#[test]
fn a_byte_order_mark_inside_the_text_is_left_to_serde_yaml() {
    // libyaml skips it at the start of a line between tokens: serde_yaml reads this text as
    // "T", yaml-rust2 as "\u{feff}T".
    let flow = "{id: t, title: a, date: d, articles: [{id: en, lang: en, source: S, headline: H, text:\n\u{feff}T}]}\n";
    for text in [
        flow.to_string(),
        format!("\u{feff}{}", titled("a")),
        titled("a").replace("\ndate", "\n\u{feff}date"),
        titled("a\u{feff}b"),
    ] {
        assert_eq!(lean(&text), None, "{text:?}");
    }
}

#[test]
fn a_plain_scalar_starting_with_an_indicator_is_left_to_serde_yaml() {
    // Found by the property test: yaml-rust2 reads `|bamako` in a flow mapping as text,
    // libyaml refuses it.
    for indicator in ["|", ">", "%", "@", "`", "!", "&", "*", "'", "\"", ":", "?"] {
        let text = format!("{{id: t, title: {indicator}x, date: d, articles: []}}\n");
        assert_eq!(lean(&text), None, "{text:?}");
    }
}

#[test]
fn a_text_without_a_final_line_break_is_left_to_serde_yaml() {
    // Found by the differential fuzz target: a block scalar whose last line has trailing
    // spaces and no line break; serde_yaml reads "a  ", yaml-rust2 "a  \n".
    for end in [
        "|\n      a\n      b  ",
        "|\n      a  ",
        "|\n      a",
        "a",
        "a\n      ",
    ] {
        let text = format!("{}{end}", titled("t").replace("text: T\n", "text: "));
        assert_eq!(lean(&text), None, "{text:?}");
    }
}

/// Pieces of YAML scalars, some of them meaningful to YAML.
const PIECES: &[&str] = &[
    "a", "Z", "0", "1", "9", "x", "o", "b", "e", "E", ".", "+", "-", "_", ":", " ", "#", "'", "\"",
    "\\", "~", "null", "true", "False", "inf", "nan", "\n", "\r\n", "\n\n", "  ", "|", ">", "{",
    "}", "[", "]", ",", "!", "&", "*", "%", "@", "`", "é", "ب", "\u{feff}", "\u{2029}",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Whatever the title's source, the lean path reads what serde_yaml reads, or nothing.
    #[test]
    fn lean_reading_is_serde_yamls(pieces in prop::collection::vec(prop::sample::select(PIECES), 0..12)) {
        lean(&titled(&pieces.concat()));
    }
}
