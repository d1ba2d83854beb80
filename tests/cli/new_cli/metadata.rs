//! `briefing new`'s metadata from the command line (issue 27): article ids given
//! (`LANG:ID=PATH`) or made distinct (`ar`, `ar-2`), `--source` per article, `--summary`,
//! `-` for standard input (bounded by `--max-size`), a one-line text file, and a standfirst
//! kept as the first paragraph (of a text file, and of a saved page from its description).

use std::fs;
use std::path::Path;

use briefing::briefing::load_path;

use super::{ARABIC, STORY, drafted, file, out_path, page, refused, stderr};
use crate::common;

#[test]
fn ids_sources_and_summary_come_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!("هجوم على منتجع قرب باماكو\n\n{ARABIC}\n");
    let a = file(dir.path(), "a.txt", text.as_bytes());
    let b = file(dir.path(), "b.txt", text.as_bytes());
    let c = file(dir.path(), "c.txt", text.as_bytes());
    let babnet = format!("ar:babnet={b}");
    let b = drafted(
        dir.path(),
        &[
            "--summary",
            "Gunmen attacked a resort.",
            "--source",
            "Al Jazeera",
            "--source",
            "Babnet (Tunisia)",
            &a,
            &babnet,
            &c,
        ],
    );
    let ids: Vec<_> = b.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["ar", "babnet", "ar-2"], "distinct ids, given or made");
    assert!(b.articles.iter().all(|a| a.lang == "ar"));
    let sources: Vec<_> = b.articles.iter().map(|a| a.source.as_str()).collect();
    assert_eq!(sources, ["Al Jazeera", "Babnet (Tunisia)", "c.txt"]);
    assert_eq!(b.summary.as_deref(), Some("Gunmen attacked a resort."));
    let twice = format!("ar:x={a}");
    refused(
        &["--date", "2017-06-18", &twice, &twice],
        1,
        "two articles with the id \"x\"",
    );
    refused(
        &["--source", "a", "--source", "b", "--date", "2017-06-18", &a],
        2,
        "2 --source for 1 article",
    );
    refused(
        &["--date", "2017-06-18", "-", "en=-"],
        2,
        "standard input (-) can be read for one article only",
    );
}

#[test]
fn standard_input_is_an_article_and_one_paragraph_is_enough() {
    let dir = tempfile::tempdir().unwrap();
    // One paragraph whose first line has no full stop (today "no article text found").
    let one = file(
        dir.path(),
        "one.txt",
        b"Gunmen attacked a resort near Bamako on Sunday, killing two\n",
    );
    let out = out_path(dir.path());
    let mut run = common::briefing();
    run.args(["new", "-o", &out, "--date", "2017-06-18", "en:wire=-"])
        .stdin(fs::File::open(&one).unwrap());
    let run = run.output().unwrap();
    assert!(run.status.success(), "{}", stderr(&run));
    let b = load_path(Path::new(&out), 1 << 20).unwrap().briefing;
    let a = &b.articles[0];
    assert_eq!(
        (a.id.as_str(), a.source.as_str()),
        ("wire", "standard input")
    );
    assert_eq!(
        a.text,
        "Gunmen attacked a resort near Bamako on Sunday, killing two"
    );
    assert_eq!(a.headline, a.text);
    // Standard input is bounded as files are.
    let big = file(dir.path(), "big.txt", "word ".repeat(400).as_bytes());
    let out2 = dir.path().join("big.yaml").display().to_string();
    let mut run = common::briefing();
    run.args([
        "new",
        "--max-size",
        "1000",
        "-o",
        &out2,
        "--date",
        "2017-06-18",
        "-",
    ])
    .stdin(fs::File::open(&big).unwrap());
    let run = run.output().unwrap();
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
    assert!(
        stderr(&run).contains("over the limit of 1000"),
        "{}",
        stderr(&run)
    );
    assert!(!Path::new(&out2).exists());
}

#[test]
fn a_standfirst_stays_the_first_paragraph() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Resort attacked near Bamako\n\nTwo killed as gunmen storm a resort popular with foreigners.\n\nGunmen attacked a resort on Sunday.\n";
    let a = file(dir.path(), "a.txt", text.as_bytes());
    let b = drafted(dir.path(), &[&a]);
    let a = &b.articles[0];
    assert_eq!(a.headline, "Resort attacked near Bamako");
    assert_eq!(a.paragraphs.len(), 2, "{}", a.text);
    assert!(
        a.text.starts_with("Two killed as gunmen storm"),
        "{}",
        a.text
    );
}

#[test]
fn a_page_standfirst_is_kept_as_the_first_paragraph() {
    let dir = tempfile::tempdir().unwrap();
    let standfirst = "Two killed as gunmen storm a resort popular with foreigners.";
    let head = format!(
        "<title>Gunmen attack resort</title><meta name=\"description\" content=\"{standfirst}\">"
    );
    let body = format!(
        "<header><h1>Gunmen attack resort</h1><p class=\"standfirst\">{standfirst}</p></header><article>{STORY}</article>"
    );
    let html = file(dir.path(), "sf.html", page(&head, &body).as_bytes());
    let b = drafted(dir.path(), &[&html]);
    let a = &b.articles[0];
    assert_eq!(&a.text[a.paragraphs[0].clone()], standfirst, "{}", a.text);
    assert_eq!(
        a.paragraphs.len(),
        4,
        "the standfirst and the story's three"
    );
}
