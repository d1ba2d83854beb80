//! `briefing agree` run as the real binary: the text report (snapshot), JSON whose ratios
//! are its counts', every `--by`, a briefing against itself, the refusal of different texts
//! (located, exit 1), and exit statuses for bad input.

use std::ffi::OsStr;
use std::process::Output;

use crate::common;
use crate::diff_cli::{NEW, OLD, with_entities, write};

fn agree(args: &[&OsStr]) -> Output {
    common::briefing()
        .arg("agree")
        .args(args)
        .output()
        .expect("the binary runs")
}

#[test]
fn text_report() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.yaml", &with_entities(OLD));
    let b = write(dir.path(), "b.yaml", &with_entities(NEW));
    let out = agree(&[a.as_os_str(), b.as_os_str()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let text = text.replace(&dir.path().display().to_string(), "DIR");
    insta::assert_snapshot!("agree_text", text);
}

#[test]
fn json_ratios_are_the_counts() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.yaml", &with_entities(OLD));
    let b = write(dir.path(), "b.yaml", &with_entities(NEW));
    for by in ["kind", "article", "language", "part"] {
        let out = agree(&[
            a.as_os_str(),
            b.as_os_str(),
            "--by".as_ref(),
            by.as_ref(),
            "--format".as_ref(),
            "json".as_ref(),
        ]);
        assert!(out.status.success());
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["by"], by);
        let rows = v["rows"].as_array().unwrap();
        assert!(!rows.is_empty());
        let mut summed = [0, 0];
        for row in rows {
            for m in ["exact", "overlap"] {
                let s = &row[m];
                let (p, c) = (
                    s["proposed"].as_u64().unwrap(),
                    s["correct"].as_u64().unwrap(),
                );
                match s["precision"].as_f64() {
                    Some(precision) => assert!((precision - c as f64 / p as f64).abs() < 1e-9),
                    None => assert_eq!(p, 0),
                }
            }
            summed[0] += row["overlap"]["reference"].as_u64().unwrap();
            summed[1] += row["overlap"]["found"].as_u64().unwrap();
        }
        // The groups share the marks out.
        let all = &v["all"]["overlap"];
        assert_eq!(
            summed,
            [
                all["reference"].as_u64().unwrap(),
                all["found"].as_u64().unwrap()
            ],
            "{by}"
        );
    }
    let out = agree(&[a.as_os_str(), b.as_os_str(), "-f".as_ref(), "json".as_ref()]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let whats: Vec<&str> = v["disagreements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["what"].as_str().unwrap())
        .collect();
    assert_eq!(
        whats,
        [
            "only-in-a",
            "figure",
            "only-in-b",
            "only-in-b",
            "only-in-b",
            "link-only-in-b"
        ],
        "{v}"
    );
    assert_eq!(v["figures"]["found"], 0);
    assert_eq!(v["multilingual"], serde_json::json!([0, 2]));
}

#[test]
fn a_briefing_agrees_with_itself() {
    let file = common::test_file("fixtures/new/suggest-small.yaml");
    let out = agree(&[
        file.as_os_str(),
        file.as_os_str(),
        "--by".as_ref(),
        "part".as_ref(),
    ]);
    let text = String::from_utf8(out.stdout).unwrap();
    let all_rows: Vec<Vec<&str>> = text
        .lines()
        .filter(|l| l.starts_with("  all "))
        .map(|l| l.split_whitespace().collect())
        .collect();
    let full = ["all", "100.0%", "(1/1)", "100.0%", "(1/1)", "100.0%"];
    assert_eq!(all_rows, [full, full], "exact and overlapping: {text}");
    assert!(text.ends_with("disagreements: 0\n"), "{text}");
}

#[test]
fn different_texts_are_refused_where_they_differ() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.yaml", &with_entities(OLD));
    let changed = with_entities(OLD).replace("About 20 hostages", "About 30 hostages");
    let b = write(dir.path(), "b.yaml", &changed);
    let out = agree(&[a.as_os_str(), b.as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    // Line 13 of the file, the 13th character of the text's third line ("About 30").
    let line = changed
        .lines()
        .position(|l| l.contains("About 30"))
        .unwrap()
        + 1;
    let col = changed.lines().nth(line - 1).unwrap().find("30").unwrap() + 1;
    assert!(
        err.contains(&format!(
            "{}:{line}:{col}: the text of article \"en\" differs from A's",
            b.display()
        )),
        "{err}"
    );
    let other = write(
        dir.path(),
        "c.yaml",
        &with_entities(OLD).replace("- id: ar", "- id: fr"),
    );
    let out = agree(&[a.as_os_str(), other.as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("article \"ar\" is in A only"));
}

#[test]
fn exit_statuses_for_bad_input() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.yaml", &with_entities(OLD));
    let bad = write(dir.path(), "bad.yaml", "id: x\n");
    assert_eq!(
        agree(&[a.as_os_str(), bad.as_os_str()]).status.code(),
        Some(1)
    );
    assert_eq!(
        agree(&[a.as_os_str(), dir.path().join("no.yaml").as_os_str()])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        agree(&[
            a.as_os_str(),
            a.as_os_str(),
            "--by".as_ref(),
            "colour".as_ref()
        ])
        .status
        .code(),
        Some(2)
    );
}
