//! UAX #9 conformance on tests/data/BidiTest.txt, two ways.
//!
//! `bidi_test_txt`: paragraph levels from the engine's `levels::resolve` (its own resolver,
//! or unicode-bidi for paragraphs with explicit formatting characters), then the engine's
//! per-line rules (`reorder::resolve_line_levels` for L1, `reorder::visual_order`
//! for L2), compared with every case's expected levels and visual order, per character.
//!
//! `bidi_test_txt_through_briefing_layout`: every case, as one line of stdin, through the
//! `briefing layout` binary at each paragraph direction the case is for, compared with the
//! expected visual order as the terminal shows it: X9-removed characters and isolate controls
//! show nothing, a tab shows as four spaces, a paragraph separator as one space, and a
//! combining mark stays after its base in one grapheme cluster (rule L3's option), so the
//! expected order is the order of the clusters' first appearance.
//!
//! One representative character stands for each bidi class.

use std::io::Write;
use std::process::{Command, Stdio};
use std::thread;

use unicode_segmentation::UnicodeSegmentation;

use briefing::textlayout::reorder::{is_removed, resolve_line_levels, visual_order};
use briefing::textlayout::{Direction, levels};
use unicode_bidi::{BidiClass, bidi_class};

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
struct Case {
    line: usize,
    input: String,
    /// The bidi class of each character, as BidiTest.txt names it.
    classes: Vec<&'static str>,
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

/// Runs one case at one paragraph level; returns a description of the mismatch, if any.
fn check(case: &Case, para: Option<Direction>) -> Option<String> {
    let resolved = levels::resolve(&case.input, para);
    // A pure LTR paragraph keeps no classes: they are the characters' own.
    let classes: Vec<BidiClass> = case.input.chars().map(bidi_class).collect();
    let mut levels: Vec<u8> = (0..classes.len()).map(|i| resolved.level_at(i)).collect();
    resolve_line_levels(&mut levels, &classes, resolved.para_level());
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
    let paras = [
        (1, None),
        (2, Some(Direction::Ltr)),
        (4, Some(Direction::Rtl)),
    ];
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

/// What the terminal shows for a character of BidiTest class `class`.
fn shown(class: &str, c: char) -> &'static str {
    match class {
        "B" => " ",
        "S" => "    ",
        "LRI" | "RLI" | "FSI" | "PDI" | "LRE" | "RLE" | "PDF" | "LRO" | "RLO" | "BN" => "",
        _ => c.to_string().leak(),
    }
}

/// The line `briefing layout` must print for `case`: its clusters in the order in which the
/// expected visual order first reaches one of their characters. `Err` when a cluster's
/// characters are not adjacent in that order (no terminal could show it whole).
fn expected_line(case: &Case) -> Result<String, String> {
    let chars: Vec<char> = case.input.chars().collect();
    let mut cluster_of = Vec::with_capacity(chars.len());
    let mut clusters: Vec<Vec<usize>> = Vec::new();
    for g in case.input.graphemes(true) {
        clusters.push((cluster_of.len()..cluster_of.len() + g.chars().count()).collect());
        cluster_of.extend(std::iter::repeat_n(clusters.len() - 1, g.chars().count()));
    }
    let mut out = String::new();
    let mut done = vec![false; clusters.len()];
    let mut last = None;
    for &i in &case.order {
        let k = cluster_of[i];
        if last == Some(k) {
            continue;
        }
        if done[k] {
            return Err(format!(
                "line {}: cluster {k} split by the order",
                case.line
            ));
        }
        done[k] = true;
        last = Some(k);
        for &j in &clusters[k] {
            out.push_str(shown(case.classes[j], chars[j]));
        }
    }
    Ok(out)
}

#[test]
fn bidi_test_txt_through_briefing_layout() {
    let cases = parse();
    let runs = [(1, "auto"), (2, "ltr"), (4, "rtl")];
    let failures: Vec<String> = thread::scope(|scope| {
        let handles: Vec<_> = runs
            .iter()
            .map(|&(bit, dir)| {
                let cases = &cases;
                scope.spawn(move || {
                    let chosen: Vec<&Case> = cases.iter().filter(|c| c.bitset & bit != 0).collect();
                    let input: String = chosen.iter().map(|c| format!("{}\n", c.input)).collect();
                    let mut child = Command::new(env!("CARGO_BIN_EXE_briefing"))
                        .args(["layout", "--width", "1000", "--dir", dir])
                        .stdin(Stdio::piped())
                        .stdout(Stdio::piped())
                        .spawn()
                        .expect("run briefing layout");
                    let mut stdin = child.stdin.take().unwrap();
                    let writer = thread::spawn(move || stdin.write_all(input.as_bytes()));
                    let output = child.wait_with_output().unwrap();
                    writer.join().unwrap().unwrap();
                    assert!(output.status.success());
                    let text = String::from_utf8(output.stdout).unwrap();
                    let lines: Vec<&str> = text.lines().collect();
                    assert_eq!(lines.len(), chosen.len(), "{dir}: one line per case");
                    let mut failures = Vec::new();
                    for (case, got) in chosen.iter().zip(lines) {
                        match expected_line(case) {
                            Ok(want) if want == got => {}
                            Ok(want) => failures.push(format!(
                                "line {} --dir {dir}: got {got:?}, want {want:?}",
                                case.line
                            )),
                            Err(e) => failures.push(e),
                        }
                    }
                    (chosen.len(), failures)
                })
            })
            .collect();
        let mut all = Vec::new();
        let mut run = 0;
        for h in handles {
            let (n, failures) = h.join().unwrap();
            run += n;
            all.extend(failures);
        }
        assert!(run > 700_000, "BidiTest.txt looks truncated: {run} cases");
        all
    });
    for failure in failures.iter().take(20) {
        println!("{failure}");
    }
    assert!(failures.is_empty(), "{} cases differ", failures.len());
}
