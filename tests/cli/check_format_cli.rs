//! `briefing check --format json|github` run as the real binary: for every bad, hint and
//! hostile fixture the JSON problems and the GitHub workflow commands are exactly the text
//! diagnostics (file, line, column, severity, message), with the same exit status; fixes
//! are given where the message suggests one; no control character reaches stdout; the
//! documented workflow file is valid YAML that runs `check --format github`.

use std::path::Path;
use std::process::Output;

use crate::common;

fn check(args: &[&str]) -> Output {
    common::briefing()
        .arg("check")
        .args(args)
        .output()
        .expect("the binary runs")
}

/// The fixtures whose problems are compared: every bad one, the near-miss hints, the hostile
/// corpus (warnings and escapes), and a valid one.
fn fixtures() -> Vec<String> {
    let mut files = Vec::new();
    for dir in [
        "tests/fixtures/bad",
        "tests/fixtures/hints",
        "tests/hostile",
    ] {
        let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        for name in common::entries(&full) {
            files.push(format!("{dir}/{name}"));
        }
    }
    files.push("tests/fixtures/good/minimal.yaml".into());
    files
}

/// `(file, line, column, severity, message)` of each text diagnostic line.
fn text_problems(stderr: &str) -> Vec<(String, u64, u64, String, String)> {
    stderr
        .lines()
        .filter(|l| !l.starts_with("briefing: "))
        .map(|l| {
            let (place, rest) = l.split_once(": ").unwrap();
            let mut parts = place.rsplitn(3, ':');
            let col = parts.next().unwrap().parse().unwrap();
            let line = parts.next().unwrap().parse().unwrap();
            let file = parts.next().unwrap().to_string();
            let (severity, message) = rest.split_once(": ").unwrap();
            (file, line, col, severity.to_string(), message.to_string())
        })
        .collect()
}

#[test]
fn json_and_github_report_what_text_reports() {
    let mut fixes = 0;
    for file in fixtures() {
        let text = check(&[&file]);
        let json = check(&["--format", "json", &file]);
        let github = check(&["-f", "github", &file]);
        assert_eq!(json.status.code(), text.status.code(), "{file}");
        assert_eq!(github.status.code(), text.status.code(), "{file}");
        let expected = text_problems(&String::from_utf8_lossy(&text.stderr));
        let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
        let problems: Vec<_> = v["problems"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                (
                    p["file"].as_str().unwrap().to_string(),
                    p["line"].as_u64().unwrap(),
                    p["column"].as_u64().unwrap(),
                    p["severity"].as_str().unwrap().to_string(),
                    // Text escapes controls as \u{..}; JSON keeps the characters, escaped.
                    briefing::briefing::diagnostic::inert(p["message"].as_str().unwrap())
                        .into_owned(),
                )
            })
            .collect();
        assert_eq!(problems, expected, "{file}");
        fixes += v["problems"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["fix"].is_string())
            .count();
        let valid = v["valid"].as_array().unwrap();
        assert_eq!(valid.len(), usize::from(text.status.success()), "{file}");
        let commands: Vec<String> = String::from_utf8(github.stdout)
            .unwrap()
            .lines()
            .filter(|l| l.starts_with("::"))
            .map(str::to_string)
            .collect();
        let wanted: Vec<String> = expected
            .iter()
            .map(|(f, line, col, severity, message)| {
                let property = f
                    .replace('%', "%25")
                    .replace(':', "%3A")
                    .replace(',', "%2C");
                format!(
                    "::{severity} file={property},line={line},col={col}::{}",
                    message.replace('%', "%25")
                )
            })
            .collect();
        assert_eq!(commands, wanted, "{file}");
    }
    assert!(
        fixes >= 5,
        "the near-miss hints and quoting advice are fixes: {fixes}"
    );
}

#[test]
fn no_control_character_reaches_stdout() {
    for format in ["json", "github"] {
        let out = check(&["--format", format, "tests/hostile", "tests/fixtures/bad"]);
        assert_eq!(out.status.code(), Some(1));
        let text = String::from_utf8(out.stdout).unwrap();
        let bad = text
            .chars()
            .find(|&c| (c.is_control() && c != '\n') || ('\u{202a}'..='\u{202e}').contains(&c));
        assert_eq!(bad, None, "{format}");
    }
}

#[test]
fn unreadable_paths_in_each_format() {
    let json = check(&["--format", "json", "tests/fixtures/good", "no/such.yaml"]);
    assert_eq!(json.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let p = &v["problems"][0];
    assert!(p["file"].is_null() && p["line"].is_null(), "{p}");
    assert!(p["message"].as_str().unwrap().contains("no/such.yaml"));
    assert_eq!(v["valid"][0]["file"], "tests/fixtures/good/minimal.yaml");
    assert_eq!(v["valid"][0]["mentions"], 8);
    let github = check(&["--format", "github", "no/such.yaml"]);
    assert_eq!(github.status.code(), Some(2));
    let out = String::from_utf8(github.stdout).unwrap();
    assert!(out.starts_with("::error::no/such.yaml: "), "{out}");
}

#[test]
fn the_sample_workflow_runs_check_for_github() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/examples/briefings-ci.yml");
    let text = std::fs::read_to_string(path).unwrap();
    let v: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    let steps = v["jobs"]["check"]["steps"].as_sequence().unwrap();
    let runs: Vec<&str> = steps.iter().filter_map(|s| s["run"].as_str()).collect();
    assert!(
        runs.iter()
            .any(|r| r.starts_with("briefing check --format github ")),
        "{runs:?}"
    );
}
