//! `briefing export` run as the real binary: stdout for each format (equal to the library's
//! export), `-o` writing a file and reporting it on stderr, refusing to overwrite without
//! `--force` (exit 1, old file byte-identical), overwriting with it, a missing output
//! directory (exit 2, clear message), an invalid briefing (exit 1) and a missing one (exit 2),
//! and no temporary file left behind in any case. A folder exports to `-o OUTDIR`, mirroring
//! its subfolders, skipping invalid files and existing outputs (exit 1) and refusing to start
//! without `-o`, with `-o` naming a file, or when two inputs would share one output (exit 2).

use crate::common;

use std::fs;
use std::path::Path;
use std::process::Output;

use briefing::briefing::bundled;
use briefing::export::ExportFormat;
use briefing::export::export;
use common::{briefing, entries, test_file};

fn run(args: &[&str]) -> Output {
    briefing()
        .arg("export")
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn fixture(name: &str) -> String {
    test_file(name).display().to_string()
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
fn without_format_the_output_file_extension_decides_else_markdown() {
    let b = bundled().unwrap().briefing;
    let out = run(&[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        export(&b, ExportFormat::Md)
    );
    let dir = tempfile::tempdir().unwrap();
    for (name, format) in [
        ("a.html", ExportFormat::Html),
        ("a.JSON", ExportFormat::Json),
        ("a.md", ExportFormat::Md),
        ("a.txt", ExportFormat::Md),
    ] {
        let path = dir.path().join(name);
        let out = run(&["-o", path.to_str().unwrap()]);
        assert!(out.status.success(), "{name}: {}", stderr(&out));
        assert_eq!(
            fs::read_to_string(&path).unwrap(),
            export(&b, format),
            "{name}"
        );
    }
    // An explicit format wins over the extension.
    let path = dir.path().join("b.html");
    run(&["-o", path.to_str().unwrap(), "--format", "json"]);
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        export(&b, ExportFormat::Json)
    );
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

/// A folder holding two valid briefings in nested subfolders and one invalid file.
fn briefing_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("a/b")).unwrap();
    fs::create_dir_all(root.join("c")).unwrap();
    fs::copy(
        fixture("fixtures/good/minimal.yaml"),
        root.join("a/b/minimal.yaml"),
    )
    .unwrap();
    let bundled =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("briefings/mali-le-campement-2017-06-18.yaml");
    fs::copy(bundled, root.join("c/mali.yml")).unwrap();
    fs::copy(
        fixture("fixtures/bad/quote-not-found.yaml"),
        root.join("bad.yaml"),
    )
    .unwrap();
    dir
}

/// The single-file export of `input` on stdout.
fn export_one(input: &Path, format: &str) -> Vec<u8> {
    let out = run(&[input.to_str().unwrap(), "--format", format]);
    assert!(out.status.success(), "{}", stderr(&out));
    out.stdout
}

#[test]
fn folder_exports_each_valid_briefing_and_skips_invalid_ones() {
    let input = briefing_folder();
    let outdir = tempfile::tempdir().unwrap();
    let outdir = outdir.path().join("new"); // created by the export
    let (i, o) = (input.path().to_str().unwrap(), outdir.to_str().unwrap());
    let pairs = [
        ("a/b/minimal.yaml", "a/b/minimal.html"),
        ("c/mali.yml", "c/mali.html"),
    ];

    let out = run(&[i, "--format", "html", "-o", o]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(out.stdout.is_empty());
    assert!(
        err.contains(&format!("{i}/bad.yaml:26:30: error: ")),
        "{err}"
    );
    assert!(err.contains("briefing: 1 invalid file(s)"), "{err}");
    for (from, to) in pairs {
        assert!(err.contains(&format!("wrote {o}/{to}")), "{err}");
        let written = fs::read(outdir.join(to)).unwrap();
        assert_eq!(
            written,
            export_one(&input.path().join(from), "html"),
            "{to}"
        );
    }
    assert_eq!(entries(&outdir), ["a", "c"], "nothing for the invalid file");
    assert_eq!(
        entries(&outdir.join("a/b")),
        ["minimal.html"],
        "no temporary files"
    );

    // Existing outputs are kept without --force (a changed one stays changed).
    fs::write(outdir.join("c/mali.html"), "edited").unwrap();
    let out = run(&[i, "--format", "html", "-o", o]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("already exists"), "{err}");
    assert!(!err.contains("wrote"), "{err}");
    assert_eq!(fs::read(outdir.join("c/mali.html")).unwrap(), b"edited");

    // With --force (and the invalid file gone) every output is replaced: exit 0.
    fs::remove_file(input.path().join("bad.yaml")).unwrap();
    let out = run(&[i, "--format", "html", "-o", o, "--force"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let mali = input.path().join("c/mali.yml");
    assert_eq!(
        fs::read(outdir.join("c/mali.html")).unwrap(),
        export_one(&mali, "html")
    );
}

#[test]
fn folder_without_output_folder_is_a_usage_error() {
    let input = briefing_folder();
    let i = input.path().to_str().unwrap();
    let out = run(&[i, "--format", "json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(stderr(&out).contains("-o OUTDIR"), "{}", stderr(&out));

    let file = input.path().join("c/mali.yml");
    let out = run(&[i, "--format", "json", "-o", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is not a folder"), "{}", stderr(&out));
}

#[test]
fn folder_inputs_sharing_an_output_are_refused_before_writing() {
    let input = briefing_folder();
    let b = input.path().join("a/b");
    fs::copy(b.join("minimal.yaml"), b.join("minimal.yml")).unwrap();
    let outdir = tempfile::tempdir().unwrap();
    let out = run(&[
        input.path().to_str().unwrap(),
        "--format",
        "md",
        "-o",
        outdir.path().to_str().unwrap(),
    ]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("minimal.yaml") && err.contains("minimal.yml"),
        "{err}"
    );
    assert!(entries(outdir.path()).is_empty(), "nothing written");
}
