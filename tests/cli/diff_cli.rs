//! `briefing diff` run as the real binary: the text report (snapshot) and its JSON, exit
//! statuses, no control character from a briefing on stdout, and git's diff driver in a
//! real repository (`git diff` on a changed briefing, an added one, a broken one).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common;

/// The small suggest fixture's header and articles, with `entities` (YAML list items) after.
pub fn with_entities(entities: &str) -> String {
    let fixture = common::test_file("fixtures/new/suggest-small.yaml");
    let text = fs::read_to_string(fixture).unwrap();
    let head = &text[..text.find("entities:").unwrap()];
    format!("{head}entities:\n{entities}")
}

pub const OLD: &str = "  - id: bamako
    kind: place
    name: Bamako
    mentions:
      - {article: en, quote: Bamako, occurrence: 1}
  - id: killed
    kind: casualty
    name: Killed
    figure: {type: killed, count: 2}
    mentions:
      - {article: en, quote: killing two people, figure: {type: killed, count: 2}}
  - {id: group, kind: actor, name: Gunmen, mentions: [{article: en, quote: Gunmen}]}
";

/// OLD with Bamako named and marked in Arabic too, the toll changed to 3 and linked to
/// Bamako, the gunmen removed and the minister added.
pub const NEW: &str = "  - id: bamako
    kind: place
    name: Bamako
    names: {ar: باماكو}
    mentions:
      - {article: en, quote: Bamako, occurrence: 1}
      - {article: ar, quote: باماكو}
  - id: killed
    kind: casualty
    name: Killed
    figure: {type: killed, count: 3}
    links: [bamako]
    mentions:
      - {article: en, quote: killing two people, figure: {type: killed, count: 3}}
  - {id: traore, kind: actor, name: Salif Traoré, names: {ar: ساليف تراوري}, mentions: [{article: en, quote: Salif Traoré}, {article: ar, quote: ساليف تراوري}]}
";

/// Writes `name` with `text` into `dir`.
pub fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    path
}

fn diff(args: &[&std::ffi::OsStr]) -> Output {
    common::briefing()
        .arg("diff")
        .args(args)
        .output()
        .expect("the binary runs")
}

fn two_versions(dir: &Path) -> (PathBuf, PathBuf) {
    (
        write(dir, "old.yaml", &with_entities(OLD)),
        write(dir, "new.yaml", &with_entities(NEW)),
    )
}

#[test]
fn entity_level_summary() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = two_versions(dir.path());
    let out = diff(&[old.as_os_str(), new.as_os_str()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let plain = String::from_utf8(out.stdout).unwrap();
    assert!(!plain.contains('\x1b'), "plain when not a terminal");
    insta::assert_snapshot!("diff_text", plain);
    let always = diff(&[
        old.as_os_str(),
        new.as_os_str(),
        "--color".as_ref(),
        "always".as_ref(),
    ]);
    let colored = String::from_utf8(always.stdout).unwrap();
    assert_eq!(colored.lines().count(), plain.lines().count());
    assert!(colored.starts_with("\x1b[33m~ place Bamako"), "{colored:?}");
}

#[test]
fn json_shape() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = two_versions(dir.path());
    let out = diff(&[
        old.as_os_str(),
        new.as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
    ]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["a"], old.display().to_string());
    let entities = v["entities"].as_array().unwrap();
    let find = |id: &str| entities.iter().find(|e| e["id"] == id).unwrap();
    assert_eq!(find("traore")["change"], "added");
    assert_eq!(find("traore")["mention_count"], 2);
    assert_eq!(find("group")["change"], "removed");
    let bamako = find("bamako");
    assert_eq!(bamako["mentions"][0]["article"], "ar");
    assert_eq!(bamako["mentions"][0]["added"], 1);
    assert_eq!(bamako["fields"][0]["field"], "names.ar");
    assert!(bamako["fields"][0]["old"].is_null());
    let killed = find("killed");
    assert_eq!(killed["figures"][0]["old"][0], "2 killed");
    assert_eq!(killed["figures"][0]["new"][0], "3 killed");
    assert_eq!(killed["links_added"][0], "bamako");
    assert!(v["metadata"].as_array().unwrap().is_empty());
}

#[test]
fn exit_statuses() {
    let dir = tempfile::tempdir().unwrap();
    let (old, _) = two_versions(dir.path());
    let bad = write(dir.path(), "bad.yaml", "id: x\n");
    let status = |args: &[&std::ffi::OsStr]| diff(args).status.code();
    assert_eq!(status(&[old.as_os_str(), old.as_os_str()]), Some(0));
    assert_eq!(status(&[old.as_os_str(), bad.as_os_str()]), Some(1));
    assert_eq!(
        status(&[old.as_os_str(), dir.path().join("none.yaml").as_os_str()]),
        Some(2)
    );
    assert_eq!(
        status(&[old.as_os_str()]),
        Some(2),
        "one file without --git"
    );
    let same = diff(&[old.as_os_str(), old.as_os_str()]);
    assert_eq!(
        String::from_utf8(same.stdout).unwrap(),
        "no change to the metadata, articles or entities\n"
    );
}

#[test]
fn no_control_character_reaches_stdout() {
    let hostile = common::test_file("hostile/hostile.yaml");
    let small = common::test_file("fixtures/new/suggest-small.yaml");
    for format in ["text", "json"] {
        let out = diff(&[
            small.as_os_str(),
            hostile.as_os_str(),
            "-f".as_ref(),
            format.as_ref(),
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.lines().count() > 5, "{text}");
        let bad = text
            .chars()
            .find(|&c| (c.is_control() && c != '\n') || ('\u{202a}'..='\u{202e}').contains(&c));
        assert_eq!(bad, None, "{format}: {text}");
    }
}

/// `git` in `dir` with an identity and no user or system config.
pub fn git(dir: &Path, args: &[&str]) -> Output {
    let bin = Path::new(env!("CARGO_BIN_EXE_briefing")).parent().unwrap();
    let path = std::env::join_paths(std::iter::once(bin.to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .unwrap();
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("PATH", path)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .env("GIT_AUTHOR_NAME", "Ana")
        .env("GIT_AUTHOR_EMAIL", "ana@example.org")
        .env("GIT_COMMITTER_NAME", "Ana")
        .env("GIT_COMMITTER_EMAIL", "ana@example.org")
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

#[test]
fn git_diff_through_the_driver() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path();
    git(repo, &["init", "-q"]);
    write(repo, ".gitattributes", "*.yaml diff=briefing\n");
    git(
        repo,
        &["config", "diff.briefing.command", "briefing diff --git"],
    );
    write(repo, "mali.yaml", &with_entities(OLD));
    git(repo, &["add", "."]);
    git(repo, &["commit", "-qm", "one"]);
    write(repo, "mali.yaml", &with_entities(NEW));
    write(repo, "added.yaml", &with_entities(OLD));
    git(repo, &["add", "added.yaml"]);
    let shown = String::from_utf8(git(repo, &["diff", "HEAD"]).stdout).unwrap();
    let direct = {
        let (old, new) = two_versions(dir.path());
        String::from_utf8(diff(&[old.as_os_str(), new.as_os_str()]).stdout).unwrap()
    };
    let (added, changed) = shown.split_at(shown.find("diff --briefing a/mali.yaml").unwrap());
    assert_eq!(
        changed,
        format!("diff --briefing a/mali.yaml b/mali.yaml\n{direct}")
    );
    assert!(
        added.starts_with("diff --briefing a/added.yaml b/added.yaml\n"),
        "{added}"
    );
    for line in [
        "+ id \"small\"",
        "+ article en (en)",
        "+ place Bamako: 1 mention",
        "+ actor Gunmen: 1 mention",
    ] {
        assert!(added.contains(line), "{line} in {added}");
    }
    // A version that is not a briefing: said, and git goes on (the driver exits 0).
    write(repo, "mali.yaml", "<<<<<<< ours\n");
    let broken = String::from_utf8(git(repo, &["diff", "HEAD", "--", "mali.yaml"]).stdout).unwrap();
    assert!(
        broken.contains("b/mali.yaml is not a valid briefing:\n  b/mali.yaml:1:1: error:"),
        "{broken}"
    );
    // Plain lines when asked.
    let lines =
        String::from_utf8(git(repo, &["diff", "--no-ext-diff", "HEAD", "--", "mali.yaml"]).stdout)
            .unwrap();
    assert!(lines.contains("+<<<<<<< ours"), "{lines}");
}

#[test]
fn driver_arguments() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = two_versions(dir.path());
    let unmerged = diff(&["--git".as_ref(), "x.yaml".as_ref()]);
    assert_eq!(
        String::from_utf8(unmerged.stdout).unwrap(),
        "* Unmerged path x.yaml\n"
    );
    let args = [
        "p.yaml".as_ref(),
        old.as_os_str(),
        "0".as_ref(),
        "100644".as_ref(),
        new.as_os_str(),
        "1".as_ref(),
        "100644".as_ref(),
    ];
    let ok = diff(&[&["--git".as_ref()][..], &args].concat());
    assert!(ok.status.success());
    assert!(
        String::from_utf8(ok.stdout)
            .unwrap()
            .starts_with("diff --briefing a/p.yaml b/p.yaml\n~ place Bamako")
    );
    let three = diff(&[
        "--git".as_ref(),
        old.as_os_str(),
        new.as_os_str(),
        "x".as_ref(),
    ]);
    assert_eq!(three.status.code(), Some(2));
}
