//! UAX #9 conformance on BidiTest.txt through the `briefing layout` binary: every case, as
//! one line of stdin, at each paragraph direction the case is for, compared with the
//! expected visual order as the terminal shows it: X9-removed characters and isolate controls
//! show nothing, a tab shows as four spaces, a paragraph separator as one space, and a
//! combining mark stays after its base in one grapheme cluster (rule L3's option), so the
//! expected order is the order of the clusters' first appearance.
//!
//! The data file and its parser (one representative character per bidi class) are the layout
//! crate's, whose own conformance test runs the same cases through the engine
//! (crates/textlayout/tests/bidi_conformance.rs).

#[path = "../../crates/textlayout/tests/bidi_test/mod.rs"]
mod bidi_test;

use std::io::Write;
use std::process::Stdio;
use std::thread;

use unicode_segmentation::UnicodeSegmentation;

use crate::common;
use bidi_test::{Case, parse};

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
                    let mut child = common::briefing()
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
