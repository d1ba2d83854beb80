//! `briefing export` run as the real binary: stdout for each format (equal to the library's
//! export), `-o` writing a file and reporting it on stderr, refusing to overwrite without
//! `--force` (exit 1, old file byte-identical), overwriting with it, a missing output
//! directory (exit 2, clear message), an invalid briefing (exit 1) and a missing one (exit 2),
//! and no temporary file left behind in any case.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use briefing::briefing::bundled;
use briefing::cli::ExportFormat;
use briefing::export::export;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_briefing"))
        .arg("export")
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(name)
        .display()
        .to_string()
}

fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn stdout_in_each_format() {
    let b = bundled().unwrap().briefing;
    for (flag, format) in [
        ("md", ExportFormat::Md),
        ("html", ExportFormat::Html),
        ("json", ExportFormat::Json),
    ] {
        let out = run(&["--format", flag]);
        assert!(out.status.success(), "{flag}: {}", stderr(&out));
        assert_eq!(String::from_utf8(out.stdout).unwrap(), export(&b, format));
    }
}

#[test]
fn output_file_is_written_and_never_clobbered_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.md");
    let p = path.to_str().unwrap();

    let out = run(&["--format", "md", "-o", p]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    assert!(stderr(&out).contains(&format!("wrote {p}")));
    let first = fs::read(&path).unwrap();
    assert!(first.starts_with(b"# Jihadist attack"));

    let out = run(&["--format", "html", "-o", p]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("already exists"), "{}", stderr(&out));
    assert!(stderr(&out).contains("--force"));
    assert_eq!(fs::read(&path).unwrap(), first, "old file untouched");

    let out = run(&["--format", "html", "-o", p, "--force"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let html = fs::read_to_string(&path).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert_eq!(entries(dir.path()), ["out.md"], "no temporary files left");
}

#[test]
fn missing_output_directory_is_an_io_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("missing/out.json");
    let out = run(&["--format", "json", "-o", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("does not exist") && err.contains("missing"),
        "{err}"
    );
    assert!(entries(dir.path()).is_empty());
}

#[test]
fn invalid_briefing_exits_1_and_missing_one_exits_2() {
    let out = run(&[&fixture("fixtures/bad/syntax-error.yaml"), "--format", "md"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    assert!(stderr(&out).contains("syntax-error.yaml:"));

    let out = run(&[&fixture("no-such-briefing.yaml"), "--format", "md"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no-such-briefing.yaml"));
}

#[test]
fn hostile_briefing_exports_with_warnings() {
    let out = run(&[&fixture("hostile/hostile.yaml"), "--format", "html"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("warning"));
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(!html.to_lowercase().contains("<script"));
}
