//! Golden files: the bundled briefing exported in every format must match
//! tests/golden/bundled.{md,html,json} byte for byte, and exporting twice gives the same bytes.
//!
//! After an intended change to an exporter, regenerate the goldens with
//!
//!     UPDATE_GOLDEN=1 cargo test --test export_golden
//!
//! then read the diff by eye (`git diff tests/golden`) before committing it.

use std::fs;
use std::path::PathBuf;

use briefing::briefing::bundled;
use briefing::export::ExportFormat;
use briefing::export::{export, extension};

fn check(format: ExportFormat) {
    let b = bundled().expect("the bundled briefing loads").briefing;
    let got = export(&b, format);
    assert_eq!(got, export(&b, format), "export is deterministic");
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(format!("bundled.{}", extension(format)));
    if std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1") {
        fs::write(&path, &got).unwrap();
        return;
    }
    let want = fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run with UPDATE_GOLDEN=1 to create it)",
            path.display()
        )
    });
    if got != want {
        let line = got
            .lines()
            .zip(want.lines())
            .position(|(g, w)| g != w)
            .map_or(got.lines().count().min(want.lines().count()), |i| i)
            + 1;
        panic!(
            "{} differs from the export at line {line}; if the change is intended, regenerate with UPDATE_GOLDEN=1 and review the diff",
            path.display()
        );
    }
}

#[test]
fn markdown_matches_golden() {
    check(ExportFormat::Md);
}

#[test]
fn html_matches_golden() {
    check(ExportFormat::Html);
}

#[test]
fn json_matches_golden() {
    check(ExportFormat::Json);
}
