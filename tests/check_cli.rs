//! `briefing check`: every bad-input fixture fails with a located, explained error, quickly;
//! valid files print their `ok` line; exit statuses follow the documented contract.

mod common;

use std::path::Path;
use std::process::Output;
use std::time::{Duration, Instant};

use common::briefing;

fn run(args: &[&str]) -> (Output, Duration) {
    let start = Instant::now();
    let out = briefing().args(args).output().expect("run briefing");
    (out, start.elapsed())
}

/// Each fixture in tests/fixtures/bad/, the position of its error, and what the
/// message must say.
const BAD: &[(&str, &str, &str)] = &[
    ("empty.yaml", "1:1", "empty file"),
    ("invalid-utf8.yaml", "2:11", "invalid UTF-8 (byte 0xE9)"),
    ("binary-garbage.yaml", "1:1", "invalid UTF-8"),
    ("syntax-error.yaml", "2:8", "YAML syntax error"),
    (
        "alias-bomb.yaml",
        "7:5",
        "invalid type: sequence, expected struct",
    ),
    ("deeply-nested.yaml", "4:266", "nested too deeply"),
    ("missing-field.yaml", "1:1", "missing field `title`"),
    ("unknown-field.yaml", "19:1", "unknown field `entites`"),
    (
        "duplicate-article-id.yaml",
        "13:9",
        "duplicate article id \"en\"",
    ),
    (
        "duplicate-entity-id.yaml",
        "28:9",
        "duplicate entity id \"bamako\"",
    ),
    (
        "unknown-article.yaml",
        "34:19",
        "mention of unknown article \"fr\"",
    ),
    (
        "unknown-link.yaml",
        "24:19",
        "link to unknown entity \"timbuktu\"",
    ),
    (
        "quote-not-found.yaml",
        "26:30",
        "quote \"Bamko\" not found in article \"en\"",
    ),
    (
        "occurrence-past-last.yaml",
        "33:48",
        "occurrence 3 of quote \"Mali\" requested, but article \"en\" has only 2",
    ),
    (
        "offsets-out-of-range.yaml",
        "26:39",
        "offset 900 is past the end of article \"en\"",
    ),
    (
        "offsets-reversed.yaml",
        "26:30",
        "offsets 38..32 are empty or reversed",
    ),
    (
        "offsets-disagree.yaml",
        "26:45",
        "offsets 31..37 select \"amako,\", not the quote \"Bamako\"",
    ),
    (
        "negative-count.yaml",
        "39:35",
        "invalid type: integer `-2`, expected u64",
    ),
    (
        "non-integer-count.yaml",
        "39:35",
        "invalid type: floating point `2.5`",
    ),
    (
        "casualty-fields-on-place.yaml",
        "32:14",
        "figure is for casualty entities, but \"mali\" is a place",
    ),
    (
        "partial-overlap.yaml",
        "42:10",
        "partially overlaps a mention of \"mali\"",
    ),
];

#[test]
fn every_bad_fixture_fails_with_a_located_error() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad");
    let mut listed: Vec<&str> = BAD.iter().map(|(f, _, _)| *f).collect();
    listed.push("oversize.yaml");
    listed.sort();
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    on_disk.sort();
    assert_eq!(listed, on_disk, "every fixture is covered by this table");

    for (file, pos, message) in BAD {
        let path = format!("tests/fixtures/bad/{file}");
        let (out, elapsed) = run(&["check", &path]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{file}: {stderr}");
        assert!(out.stdout.is_empty(), "{file}: no ok line");
        let expected = format!("{path}:{pos}: error: ");
        assert!(
            stderr
                .lines()
                .any(|l| l.starts_with(&expected) && l.contains(message)),
            "{file}: {stderr:?} should have a line starting {expected:?} that says {message:?}"
        );
        for line in stderr.lines().filter(|l| !l.starts_with("briefing: ")) {
            assert!(
                line.starts_with(&format!("{path}:")),
                "{file}: unlocated line {line:?}"
            );
        }
        assert!(elapsed < Duration::from_secs(2), "{file} took {elapsed:?}");
    }
}

#[test]
fn files_over_the_size_limit_are_refused_before_parsing() {
    let (out, _) = run(&[
        "check",
        "--max-size",
        "1K",
        "tests/fixtures/bad/oversize.yaml",
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.starts_with("tests/fixtures/bad/oversize.yaml:1:1: error: file is 3811 bytes, over the limit of 1024 bytes"), "{stderr}");

    // The default limit is 64 MiB: a sparse 65 MiB file is refused without being read.
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.yaml");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(65 << 20)
        .unwrap();
    let (out, elapsed) = run(&["check", big.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("over the limit of 67108864 bytes"));
    assert!(elapsed < Duration::from_secs(2));
}

#[test]
fn bundled_briefing_checks_ok() {
    let (out, _) = run(&["check", "briefings/"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.starts_with("ok briefings/mali-le-campement-2017-06-18.yaml: 2 articles, "));
    assert!(
        out.stderr.is_empty(),
        "no warnings for the bundled briefing"
    );
}

#[test]
fn mixed_valid_and_invalid_exits_1_and_reports_both() {
    let (out, _) = run(&[
        "check",
        "tests/fixtures/good",
        "tests/fixtures/bad/quote-not-found.yaml",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout,
        "ok tests/fixtures/good/minimal.yaml: 2 articles, 0 actors, 2 places, 1 casualty figures, 8 mentions\n"
    );
}

#[test]
fn unreadable_paths_exit_2() {
    let (out, _) = run(&["check", "tests/fixtures/good", "no/such/file.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/file.yaml"));
    let dir = tempfile::tempdir().unwrap();
    let (out, _) = run(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "a folder without briefings");
}

#[test]
fn usage_errors_exit_2() {
    let (out, _) = run(&["check"]);
    assert_eq!(out.status.code(), Some(2));
    let (out, _) = run(&["frobnicate", "x"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn warnings_do_not_fail_the_check() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good/minimal.yaml"),
    )
    .unwrap()
    .replace("Bamako is the capital", "Bamako is the \u{202E}capital");
    let path = dir.path().join("trojan.yaml");
    std::fs::write(&path, text).unwrap();
    let (out, _) = run(&["check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(":12:21: warning: articles[0].text holds 1 bidi"),
        "{stderr}"
    );
}
