//! `briefing new` run as the real binary: a plain-text and a saved HTML page (with
//! navigation, share buttons, related links, a cookie notice and a footer, which must not
//! reach the text) make a briefing that `check` accepts, with the page's metadata; and
//! every bad input (missing file, binary file, HTML without article text, two articles with
//! one id, an existing OUT without --force, no date) fails with a clear message and writes
//! nothing.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use briefing::briefing::load_path;

fn new(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_briefing"))
        .arg("new")
        .args(args)
        .output()
        .expect("the binary runs")
}

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/new")
        .join(name)
        .display()
        .to_string()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn out_path(dir: &Path) -> String {
    dir.join("out.yaml").display().to_string()
}

#[test]
fn html_and_plain_text_make_a_valid_briefing() {
    let dir = tempfile::tempdir().unwrap();
    let out = out_path(dir.path());
    let en = format!("en={}", fixture("report.html"));
    let ar = fixture("article-ar.txt");
    let run = new(&["-o", &out, &en, &ar]);
    assert!(run.status.success(), "{}", stderr(&run));
    let b = load_path(Path::new(&out), 1 << 20).unwrap().briefing;
    assert_eq!(b.title, "Gunmen attack resort near Bamako");
    assert_eq!(b.id, "gunmen-attack-resort-near-bamako");
    assert_eq!(b.date, "2017-06-18", "from article:published_time");
    assert!(b.entities.is_empty());
    let (en, ar) = (&b.articles[0], &b.articles[1]);
    assert_eq!(
        (en.id.as_str(), ar.id.as_str()),
        ("en", "ar"),
        "ar from the script"
    );
    assert_eq!(en.source, "Example News");
    assert_eq!(
        en.url.as_deref(),
        Some("https://news.example.org/africa/mali-resort-attack")
    );
    assert!(
        en.text.starts_with("Gunmen attacked a resort popular"),
        "{}",
        en.text
    );
    assert_eq!(en.paragraphs.len(), 4, "{}", en.text);
    assert!(
        en.text.contains("told reporters. The attackers"),
        "lines joined by a space"
    );
    assert!(!en.text.contains("  "), "single spaces");
    for furniture in [
        "Home",
        "cookies",
        "Share on",
        "Related",
        "Football",
        "rights reserved",
    ] {
        assert!(!en.text.contains(furniture), "{furniture} in {}", en.text);
    }
    assert_eq!(ar.headline, "هجوم مسلح على منتجع سياحي قرب باماكو في مالي");
    assert_eq!(ar.source, "article-ar.txt");
    assert_eq!(
        ar.text,
        "قال وزير الأمن المالي ساليف تراوري إن شخصين قتلا في الهجوم على منتجع لو كامبمان قرب باماكو.\n\nوأضاف أن قوات خاصة مالية حررت نحو 20 رهينة."
    );
    let check = Command::new(env!("CARGO_BIN_EXE_briefing"))
        .args(["check", &out])
        .output()
        .unwrap();
    assert!(check.status.success(), "{}", stderr(&check));
}

#[test]
fn options_set_the_header_and_force_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let out = out_path(dir.path());
    let txt = fixture("report.txt");
    let args = [
        "-o",
        &out,
        "--id",
        "my-id",
        "--title",
        "My title",
        "--date",
        "2020-01-02",
        &txt,
    ];
    assert!(new(&args).status.success());
    let b = load_path(Path::new(&out), 1 << 20).unwrap().briefing;
    assert_eq!(
        (b.id.as_str(), b.title.as_str(), b.date.as_str()),
        ("my-id", "My title", "2020-01-02")
    );
    assert_eq!(b.articles[0].headline, "Gunmen attack resort near Bamako");
    assert_eq!(
        b.articles[0].text,
        "Gunmen attacked a resort near Bamako, the capital of Mali, on Sunday. At least two people were killed.\n\nAbout 20 hostages were freed by special forces."
    );
    let before = fs::read(&out).unwrap();
    let again = new(&args);
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("--force"), "{}", stderr(&again));
    assert_eq!(fs::read(&out).unwrap(), before);
    let mut forced = args.to_vec();
    forced[7] = "2021-03-04";
    forced.insert(0, "--force");
    assert!(new(&forced).status.success());
    assert!(fs::read_to_string(&out).unwrap().contains("2021-03-04"));
}

/// Runs `new` with `args` (after `-o OUT`), expects `code` and a message containing `says`,
/// and that nothing was written.
fn refused(args: &[&str], code: i32, says: &str) {
    let dir = tempfile::tempdir().unwrap();
    let out = out_path(dir.path());
    let mut all = vec!["-o", out.as_str()];
    all.extend_from_slice(args);
    let run = new(&all);
    assert_eq!(run.status.code(), Some(code), "{args:?}: {}", stderr(&run));
    assert!(stderr(&run).contains(says), "{args:?}: {}", stderr(&run));
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing written"
    );
}

#[test]
fn bad_inputs_write_nothing() {
    let txt = fixture("report.txt");
    refused(
        &["--date", "2017-06-18", &fixture("missing.txt")],
        2,
        "missing.txt",
    );
    refused(
        &["--date", "2017-06-18", &fixture("binary.bin")],
        1,
        "not a text file",
    );
    refused(
        &["--date", "2017-06-18", &fixture("nav-only.html")],
        1,
        "no article text",
    );
    let two = format!("en={}", fixture("report.html"));
    refused(
        &["--date", "2017-06-18", &txt, &two],
        1,
        "two articles with the id \"en\"",
    );
    refused(&[&txt], 2, "--date");
    refused(&["--date", "2017-06-18", &fixture("")], 1, "is a folder");
}
