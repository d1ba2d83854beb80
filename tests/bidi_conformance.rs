//! UAX #9 conformance on tests/data/BidiTest.txt: paragraph levels from unicode-bidi's
//! `ParagraphBidiInfo`, then the engine's own per-line rules (`reorder::resolve_line_levels`
//! for L1, `reorder::visual_order` for L2), compared with every case's expected levels and
//! visual order. One representative character stands for each bidi class, and the engine's
//! functions run per character, so marks cannot merge into clusters here.

use std::thread;

use briefing::textlayout::reorder::{is_removed, resolve_line_levels, visual_order};
use unicode_bidi::{BidiClass, Level, ParagraphBidiInfo};

const DATA: &str = include_str!("data/BidiTest.txt");

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
        "BN" => '\u{ad}',
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
struct Case {
    line: usize,
    input: String,
    bitset: u8,
    /// Expected level per character, `None` for X9-removed ones.
    levels: Vec<Option<u8>>,
    /// Expected visual order of the characters that are not X9-removed.
    order: Vec<usize>,
}

fn parse() -> Vec<Case> {
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
            cases.push(Case {
                line: n + 1,
                input: input.split_whitespace().map(representative).collect(),
                bitset: u8::from_str_radix(bitset.trim(), 16).expect("bitset"),
                levels: levels.clone(),
                order: order.clone(),
            });
        }
    }
    cases
}

/// Runs one case at one paragraph level; returns a description of the mismatch, if any.
fn check(case: &Case, para: Option<Level>) -> Option<String> {
    let info = ParagraphBidiInfo::new(&case.input, para);
    let starts: Vec<usize> = case.input.char_indices().map(|(i, _)| i).collect();
    let classes: Vec<BidiClass> = starts.iter().map(|&i| info.original_classes[i]).collect();
    let mut levels: Vec<u8> = starts.iter().map(|&i| info.levels[i].number()).collect();
    resolve_line_levels(&mut levels, &classes, info.paragraph_level.number());
    let mut order = Vec::new();
    visual_order(&levels, &mut order);
    order.retain(|&i| !is_removed(classes[i]));

    let got_levels: Vec<Option<u8>> = levels
        .iter()
        .zip(&classes)
        .map(|(&l, &c)| (!is_removed(c)).then_some(l))
        .collect();
    (got_levels != case.levels || order != case.order).then(|| {
        format!(
            "line {} para {:?}: levels {:?} (want {:?}), order {:?} (want {:?})",
            case.line, para, got_levels, case.levels, order, case.order
        )
    })
}

#[test]
fn bidi_test_txt() {
    let cases = parse();
    let paras = [(1, None), (2, Some(Level::ltr())), (4, Some(Level::rtl()))];
    let threads = thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = cases.len().div_ceil(threads).max(1);
    let (run, failures) = thread::scope(|scope| {
        let handles: Vec<_> = cases
            .chunks(chunk)
            .map(|chunk| {
                scope.spawn(move || {
                    let mut run = 0;
                    let mut failures = Vec::new();
                    for case in chunk {
                        for &(bit, para) in &paras {
                            if case.bitset & bit != 0 {
                                run += 1;
                                failures.extend(check(case, para));
                            }
                        }
                    }
                    (run, failures)
                })
            })
            .collect();
        handles
            .into_iter()
            .fold((0, Vec::new()), |(n, mut all), h| {
                let (run, failures) = h.join().unwrap();
                all.extend(failures);
                (n + run, all)
            })
    });
    for failure in failures.iter().take(20) {
        println!("{failure}");
    }
    // Written to the stderr handle directly, which the test harness does not capture, so
    // the counts show in every `cargo test` run.
    let summary = format!(
        "bidi conformance: {run} cases run, {} passed, {} failed\n",
        run - failures.len(),
        failures.len()
    );
    let _ = std::io::Write::write_all(&mut std::io::stderr(), summary.as_bytes());
    assert!(run > 700_000, "BidiTest.txt looks truncated: {run} cases");
    assert!(failures.is_empty());
}
