//! Golden files: the bundled briefing exported in every format must match its insta snapshot
//! (tests/api/snapshots/api__export_golden__bundled_{md,html,json}.snap), and exporting
//! twice gives the same bytes.
//!
//! After an intended change to an exporter, review the new exports with
//!
//!     cargo insta test --review -- export_golden
//!
//! (or `INSTA_UPDATE=always cargo test --test api export_golden`, then `git diff`).

use briefing::briefing::bundled;
use briefing::export::ExportFormat;
use briefing::export::{export, extension};

fn check(format: ExportFormat) {
    let b = bundled().expect("the bundled briefing loads").briefing;
    let got = export(&b, format);
    assert_eq!(got, export(&b, format), "export is deterministic");
    insta::assert_snapshot!(format!("bundled_{}", extension(format)), got);
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
