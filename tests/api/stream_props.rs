//! Property tests for the loader's lean path (`briefing::stream`) against serde_yaml: random
//! bytes, every control character among them (C0, C1, DEL, NUL, BOM, NEL, LS, PS, tabs,
//! carriage returns), spliced into valid briefings (a small one and the bundled one); the
//! lean path either leaves the text to serde_yaml or reads exactly what serde_yaml reads.
//! `PROPTEST_CASES=N` runs longer.

use briefing::briefing::agrees_with_serde_yaml;
use briefing::briefing::load::BUNDLED_YAML;
use proptest::prelude::*;

/// A small briefing with a plain, a block, a quoted and a flow scalar.
const SMALL: &str = "\
id: t
title: Gunmen attacked Bamako
date: 2017-06-18
articles:
  - id: en
    lang: en
    source: 'Wire'
    headline: \"Attack near Bamako\"
    text: |
      Gunmen attacked a resort near Bamako.
entities:
  - {id: bamako, kind: place, name: Bamako, mentions: [{article: en, quote: Bamako}]}
";

/// Characters the two parsers could treat differently, and YAML's own.
const SPECIAL: &[&str] = &[
    "\t", "\r", "\r\n", "\n", " ", "\u{85}", "\u{2028}", "\u{2029}", "\u{feff}", "\u{fffe}",
    "\u{ffff}", "\u{fffd}", "\u{a0}", "\u{7f}", "\u{200b}", "\u{202e}", ":", "#", "-", "'", "\"",
    "\\", "|", ">", "{", "}", "[", "]", ",", "&", "*", "!", "%", "@", "`", "~", "é", "ب", "𝔸",
];

/// One piece to splice in: a control character (C0, DEL or C1), a special character, or a
/// few random bytes (made text the way the loader never sees them: invalid UTF-8 replaced).
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop_oneof![0u32..0x20, 0x7fu32..0xa0]
            .prop_map(|c| char::from_u32(c).unwrap().to_string()),
        3 => prop::sample::select(SPECIAL).prop_map(str::to_string),
        1 => prop::collection::vec(any::<u8>(), 1..6)
            .prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned()),
    ]
}

/// `base` with each piece put in at a position (a fraction of its length, moved back to a
/// character boundary).
fn spliced(base: &str, splices: &[(f64, String)]) -> String {
    let mut text = base.to_string();
    for (at, piece) in splices {
        let mut i = ((text.len() as f64) * at) as usize;
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        text.insert_str(i, piece);
    }
    text
}

fn splices(max: usize) -> impl Strategy<Value = Vec<(f64, String)>> {
    prop::collection::vec((0.0..=1.0f64, piece()), 1..max)
}

fn cases(default: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default);
    ProptestConfig::with_cases(cases)
}

fn assert_agrees(text: &str) -> Result<(), TestCaseError> {
    match agrees_with_serde_yaml(text) {
        Ok(_) => Ok(()),
        Err(both) => Err(TestCaseError::fail(format!("on {text:?}: {both}"))),
    }
}

proptest! {
    #![proptest_config(cases(3000))]

    #[test]
    fn the_lean_path_reads_a_small_briefing_as_serde_yaml_or_defers(s in splices(6)) {
        assert_agrees(&spliced(SMALL, &s))?;
    }
}

proptest! {
    #![proptest_config(cases(150))]

    #[test]
    fn the_lean_path_reads_the_bundled_briefing_as_serde_yaml_or_defers(s in splices(4)) {
        assert_agrees(&spliced(BUNDLED_YAML, &s))?;
    }
}

#[test]
fn the_unspliced_briefings_take_the_lean_path() {
    assert_eq!(agrees_with_serde_yaml(SMALL), Ok(true));
    assert_eq!(agrees_with_serde_yaml(BUNDLED_YAML), Ok(true));
}
