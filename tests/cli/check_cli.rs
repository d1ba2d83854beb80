//! `briefing check`: every bad-input fixture fails with a located, explained error, quickly;
//! valid files print their `ok` line; exit statuses follow the documented contract.

use crate::common;

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
        "13:15",
        "aliases expand to more than 67108864 bytes, the limit: this is alias 56",
    ),
    ("deeply-nested.yaml", "4:266", "nested too deeply"),
    ("missing-field.yaml", "1:1", "missing field `title`"),
    (
        "unknown-field.yaml",
        "19:1",
        "\"entites\" is not a field; did you mean entities?",
    ),
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
        "invalid type: integer `-2`, expected a whole number (0, 1, 2, ...)",
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
    assert!(
        stdout
            .lines()
            .any(|l| l.starts_with("ok briefings/mali-le-campement-2017-06-18.yaml: 2 articles, ")),
        "{stdout}"
    );
    assert!(
        stdout.lines().all(|l| l.starts_with("ok briefings/")),
        "every briefing in the folder (the bundled one and the evaluation golds) is valid: {stdout}"
    );
    assert!(
        out.stderr.is_empty(),
        "no warnings for the bundled briefings"
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

/// Runs `check` on `text` written to a temporary `name`; returns the exit status and stderr
/// with the temporary folder written as `DIR`.
fn check_text(name: &str, text: &[u8]) -> (Option<i32>, String, Duration) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    let (out, elapsed) = run(&["check", path.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr).replace(dir.path().to_str().unwrap(), "DIR");
    (out.status.code(), stderr, elapsed)
}

fn minimal() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good/minimal.yaml"),
    )
    .unwrap()
}

#[test]
fn aliases_may_not_expand_past_the_limit() {
    // One 1 MiB string anchored once and aliased 100 times: 100 MiB once expanded.
    let mut text = format!(
        "id: x\ntitle: &big \"{}\"\narticles:\n",
        "x".repeat(1 << 20)
    );
    for i in 0..100 {
        text.push_str(&format!(
            "  - {{id: a{i}, lang: en, source: s, headline: h, text: *big}}\n"
        ));
    }
    let (code, stderr, elapsed) = check_text("aliases.yaml", text.as_bytes());
    assert_eq!(code, Some(1));
    assert_eq!(
        stderr.lines().next().unwrap(),
        "DIR/aliases.yaml:67:55: error: aliases expand to more than 67108864 bytes, the limit: this is alias 64 and its node alone is 1048577 bytes; write the text out instead of aliasing it"
    );
    assert!(elapsed < Duration::from_secs(5), "{elapsed:?}");
}

#[test]
fn a_byte_order_mark_is_accepted_and_columns_count_after_it() {
    let bom = "\u{feff}";
    let (code, stderr, _) = check_text("bom.yaml", format!("{bom}{}", minimal()).as_bytes());
    assert_eq!((code, stderr.as_str()), (Some(0), ""));
    let (code, stderr, _) = check_text("bom.yaml", format!("{bom}---\n{}", minimal()).as_bytes());
    assert_eq!((code, stderr.as_str()), (Some(0), ""));
    let bad = minimal().replace("id: minimal", "id: \"min imal\"");
    let (code, stderr, _) = check_text("bom.yaml", format!("{bom}{bad}").as_bytes());
    assert_eq!(code, Some(1));
    assert!(
        stderr.starts_with("DIR/bom.yaml:1:5: error: briefing id \"min imal\" must be"),
        "{stderr}"
    );
}

#[test]
fn a_nul_byte_is_reported_at_its_line_and_column() {
    let text = minimal().replace("source: Test wire", "source: Test\0wire");
    let (code, stderr, _) = check_text("nul.yaml", text.as_bytes());
    assert_eq!(code, Some(1));
    assert_eq!(
        stderr.lines().next().unwrap(),
        "DIR/nul.yaml:7:17: error: control character U+0000 is not allowed in a YAML file; delete it (in double quotes it can be written as the escape \"\\u0000\")"
    );
}

#[test]
fn null_numbers_and_booleans_are_not_text() {
    let cases = [
        (
            "title: A minimal briefing",
            "title: 123",
            "2:8: error: title: expected text, found a number (123); if it is text, put it in quotes: \"123\"",
        ),
        (
            "title: A minimal briefing",
            "title: 2.50 # price",
            "2:8: error: title: expected text, found a number (2.50); if it is text, put it in quotes: \"2.50\"",
        ),
        (
            "headline: Gunmen attack resort near Bamako",
            "headline: ~",
            "8:15: error: articles[0].headline: expected text, found nothing (an empty value, ~ or null): write the text",
        ),
        (
            "headline: Gunmen attack resort near Bamako",
            "headline: null",
            "8:15: error: articles[0].headline: expected text, found nothing (an empty value, ~ or null): write the text",
        ),
        (
            "source: Test wire",
            "source:",
            "7:12: error: articles[0].source: expected text, found nothing (an empty value, ~ or null): write the text",
        ),
        (
            "links: [mali]",
            "links: [true]",
            "24:13: error: entities[0].links[0]: expected text, found a boolean (true); if it is text, put it in quotes: \"true\"",
        ),
    ];
    let empty = [
        (
            "headline: Gunmen attack resort near Bamako",
            "headline: \"\"",
            "8:15: error: article \"en\" has an empty headline",
        ),
        (
            "source: Test wire",
            "source: \" \"",
            "7:13: error: article \"en\" has an empty source",
        ),
    ];
    for (from, to, expected) in cases.into_iter().chain(empty) {
        let (code, stderr, _) = check_text("t.yaml", minimal().replace(from, to).as_bytes());
        assert_eq!(code, Some(1), "{to}: {stderr}");
        assert_eq!(
            stderr.lines().next().unwrap(),
            format!("DIR/t.yaml:{expected}")
        );
    }
    // Quoted, they are text.
    let quoted = minimal().replace("title: A minimal briefing", "title: \"123\"");
    assert_eq!(check_text("t.yaml", quoted.as_bytes()).0, Some(0));
}

#[test]
fn messages_quote_a_short_excerpt_of_a_huge_line() {
    let (code, stderr, _) = check_text("aaa.yaml", "a".repeat(1 << 20).as_bytes());
    assert_eq!(code, Some(1));
    let line = stderr.lines().next().unwrap();
    assert!(line.len() < 500, "{} bytes", line.len());
    assert!(
        line.starts_with("DIR/aaa.yaml:1:1: error: invalid type: string \"aaaa"),
        "{line}"
    );
    assert!(line.contains("[… 1048268 characters left out …]"), "{line}");
    assert!(
        line.ends_with("aaaa\", expected struct RawBriefing"),
        "{line}"
    );
}

#[test]
fn quotes_not_found_point_at_their_near_miss() {
    let path = "tests/fixtures/hints/near-miss.yaml";
    let (out, _) = run(&["check", path]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    let expected = [
        r#"22:30: error: quote "قتلوا" not found in article "ar"; did you mean "قُتلوا" at 16:47 (differs in diacritics)?"#,
        r#"23:30: error: quote "الأممالمتحدة" not found in article "ar"; did you mean "الأمم المتحدة" at 16:20 (differs in spaces)?"#,
        r#"24:30: error: quote "المستشفي" not found in article "ar"; did you mean "المستشفى" at 16:63 (differs in alef maqsura)?"#,
        r#"25:30: error: quote "radisson blu" not found in article "en"; did you mean "Radisson Blu" at 10:11 (differs in letter case)?"#,
        r#"26:30: error: quote "Mali's capital" not found in article "en"; did you mean "Mali’s capital" at 10:33 (differs in apostrophes and quotation marks)?"#,
        r#"27:30: error: quote "al-Mourabitoun" not found in article "en"; did you mean "al–Mourabitoun" at 10:64 (differs in dashes)?"#,
        r#"28:30: error: quote "المتحده" not found in article "ar"; did you mean "المتحدة" at 16:26 (differs in ta marbuta)?"#,
        r#"29:30: error: quote "الامم" not found in article "ar"; did you mean "الأمم" at 16:20 (differs in hamza and alef forms)?"#,
    ];
    let lines: Vec<&str> = stderr.lines().collect();
    for (line, want) in lines.iter().zip(expected) {
        assert_eq!(*line, format!("{path}:{want}"));
    }
    assert_eq!(lines.len(), expected.len() + 1, "{stderr}");
}

#[test]
fn messages_say_what_went_wrong_in_the_writers_words() {
    let cases = [
        (
            "{article: en, quote: Bamako}",
            "{article: en, quote: Bamako, Mali}",
            r#"26:38: error: entities[0].mentions[0]: "Mali" is not a field: inside { } an unquoted comma ends a value; if the quote is "Bamako, Mali", write it in quotes: quote: "Bamako, Mali""#,
        ),
        (
            "{article: ar, quote: باماكو}",
            "{article: ar, quote: لا بد, باماكو}",
            r#"27:37: error: entities[0].mentions[1]: "باماكو" is not a field: inside { } an unquoted comma ends a value; if the quote is "لا بد, باماكو", write it in quotes: quote: "لا بد, باماكو""#,
        ),
        (
            "{article: en, quote: Bamako}",
            "{article: en, quote: Note: Bamako}",
            r#"26:34: error: YAML syntax error: inside { } an unquoted ": " ends a value; if the quote is "Note: Bamako", write it in quotes: quote: "Note: Bamako""#,
        ),
        (
            "count: 2, qualifier",
            "count: 2.5, qualifier",
            "39:35: error: entities[2].figure.count: invalid type: floating point `2.5`, expected a whole number (0, 1, 2, ...)",
        ),
        (
            "- {article: en, quote: Mali}",
            "- {article: en, quote: Mali, occurrence: -1}",
            "33:48: error: entities[1].mentions[0].occurrence: invalid type: integer `-1`, expected a whole number (0, 1, 2, ...)",
        ),
        (
            "- {article: en, quote: Mali}",
            "- {article: en, quote: Bamako}",
            r#"33:10: error: the same text "Bamako" in article "en" is marked for two entities, "bamako" and "mali""#,
        ),
    ];
    for (from, to, expected) in cases {
        let text = minimal();
        assert!(text.contains(from), "{from}");
        let (code, stderr, _) = check_text("t.yaml", text.replacen(from, to, 1).as_bytes());
        assert_eq!(code, Some(1), "{to}: {stderr}");
        assert_eq!(
            stderr.lines().next().unwrap(),
            format!("DIR/t.yaml:{expected}")
        );
    }
}

#[test]
fn the_ok_line_counts_headline_mentions() {
    let (out, _) = run(&["check", "tests/fixtures/headlines/headlines.yaml"]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let b = briefing::briefing::load_path(
        std::path::Path::new("tests/fixtures/headlines/headlines.yaml"),
        1 << 20,
    )
    .unwrap()
    .briefing;
    let (text, headline) = (b.mentions.len(), b.headline_mentions.len());
    assert!(headline > 0);
    assert!(
        stdout.ends_with(&format!(
            "{} mentions ({headline} in headlines)\n",
            text + headline
        )),
        "{stdout}"
    );
}
