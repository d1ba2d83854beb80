//! Golden files: the bundled briefing and the claims fixture (format 3: speakers, a denied
//! claim, a part of a toll, a rise, a background figure, responsibility;
//! tests/fixtures/claims/claims.yaml) exported in every format must match their insta
//! snapshots (tests/api/snapshots/api__export_golden__{bundled,claims}_{md,html,json}.snap),
//! and exporting twice gives the same bytes.
//!
//! After an intended change to an exporter, review the new exports with
//!
//!     cargo insta test --review -- export_golden
//!
//! (or `INSTA_UPDATE=always cargo test --test api export_golden`, then `git diff`).

use briefing::briefing::{Briefing, bundled, load_path};
use briefing::export::ExportFormat;
use briefing::export::{export, extension};

use crate::common::test_file;

fn check(format: ExportFormat) {
    let b = bundled().expect("the bundled briefing loads").briefing;
    check_one("bundled", &b, format);
    check_one("claims", &claims(), format);
}

fn check_one(name: &str, b: &Briefing, format: ExportFormat) {
    let got = export(b, format);
    assert_eq!(got, export(b, format), "export is deterministic");
    insta::assert_snapshot!(format!("{name}_{}", extension(format)), got);
}

/// The claims fixture (format 3), loaded.
pub fn claims() -> Briefing {
    load_path(&test_file("fixtures/claims/claims.yaml"), 1 << 20)
        .expect("the claims fixture loads")
        .briefing
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
