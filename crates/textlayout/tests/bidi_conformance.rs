//! UAX #9 conformance on tests/data/BidiTest.txt: paragraph levels from the engine's
//! `levels::resolve` (its own resolver, or unicode-bidi for paragraphs with explicit
//! formatting characters), then the engine's per-line rules (`reorder::resolve_line_levels`
//! for L1, `reorder::visual_order` for L2), compared with every case's expected levels and
//! visual order, per character. One representative character stands for each bidi class
//! (`bidi_test`). The same cases also run through the `briefing layout` binary, in the
//! briefing repository's tests/bidi_conformance.rs.
//!
//! The 8 MB data file is left out of the published package, and this test with it: it runs
//! from the repository.

mod bidi_test;

use std::thread;

use bidi_test::{Case, parse};
use textlayout::reorder::{is_removed, resolve_line_levels, visual_order};
use textlayout::{Direction, levels};
use unicode_bidi::{BidiClass, bidi_class};

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
