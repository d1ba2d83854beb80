//! BidiTest.txt (tests/data, from the Unicode Character Database) parsed into cases: shared
//! by the engine's conformance test here and by the `briefing layout` one in the briefing
//! repository's tests/bidi_conformance.rs, which includes this file by path.
//!
//! Each data line becomes a [`Case`]: its input written with one representative character
//! per bidi class, with the `@Levels` and `@Reorder` lines in force for it.

#![allow(dead_code)] // each of the two suites takes the fields it needs

const DATA: &str = include_str!("../data/BidiTest.txt");

/// A character of each bidi class, as BidiTest.txt names the classes.
fn representative(class: &str) -> char {
    match class {
        "L" => 'a',
        "R" => 'א',
        "AL" => 'ا',
        "EN" => '1',
        "ES" => '+',
        "ET" => '$',
        "AN" => '\u{660}',
        "CS" => ',',
        "NSM" => '\u{300}',
        "BN" => '\u{1}',
        "B" => '\u{2029}',
        "S" => '\t',
        "WS" => ' ',
        "ON" => '!',
        "LRE" => '\u{202a}',
        "RLE" => '\u{202b}',
        "PDF" => '\u{202c}',
        "LRO" => '\u{202d}',
        "RLO" => '\u{202e}',
        "LRI" => '\u{2066}',
        "RLI" => '\u{2067}',
        "FSI" => '\u{2068}',
        "PDI" => '\u{2069}',
        other => panic!("unknown bidi class {other}"),
    }
}

/// One data line with the expectations in force for it.
pub struct Case {
    pub line: usize,
    pub input: String,
    /// The bidi class of each character, as BidiTest.txt names it.
    pub classes: Vec<&'static str>,
    pub bitset: u8,
    /// Expected level per character, `None` for X9-removed ones.
    pub levels: Vec<Option<u8>>,
    /// Expected visual order of the characters that are not X9-removed.
    pub order: Vec<usize>,
}

pub fn parse() -> Vec<Case> {
    let mut levels: Vec<Option<u8>> = Vec::new();
    let mut order: Vec<usize> = Vec::new();
    let mut cases = Vec::new();
    for (n, line) in DATA.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(rest) = line.strip_prefix("@Levels:") {
            levels = rest.split_whitespace().map(|l| l.parse().ok()).collect();
        } else if let Some(rest) = line.strip_prefix("@Reorder:") {
            order = rest
                .split_whitespace()
                .map(|i| i.parse().unwrap())
                .collect();
        } else if line.starts_with('@') {
            continue;
        } else {
            let (input, bitset) = line.split_once(';').expect("data line");
            let classes: Vec<&'static str> = input.split_whitespace().collect();
            cases.push(Case {
                line: n + 1,
                input: classes.iter().map(|c| representative(c)).collect(),
                classes,
                bitset: u8::from_str_radix(bitset.trim(), 16).expect("bitset"),
                levels: levels.clone(),
                order: order.clone(),
            });
        }
    }
    cases
}
