//! The ten-minute briefing (issue 27), as a script: three real articles on one attack (one
//! English, two Arabic: briefings/eval/sources/, the Mogadishu Hawlwadag bombing), copied
//! from their pages as an analyst would (text and headline pasted), are made
//! into a checked briefing with `briefing new` and the reader alone — `S` reviews every
//! proposal (`Y` accepts an entity's at once), `M` fills in the summary, `w` saves — and no
//! text editor. The test counts the keys pressed and the time the program took, checks the
//! result loads and passes `check`, and measures it against the hand-made gold annotation
//! of the same articles with `agree`; it prints the numbers (`cargo test --test pty
//! ten_minute -- --nocapture`). A person's reading time is not in them: this is what the
//! program asks of the analyst, not how fast one reads.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::common;

use common::{PtySession, test_file};

const EVENT: &str = "somalia-mogadishu-hawlwadag-2018-09-02";

/// An article as the analyst copies it from its page: the text to a file in `dir`, and the
/// headline (the source files keep the page's URL, source and headline in a header block
/// before the first blank line; a note in brackets after the headline is not part of it).
fn copied(dir: &Path, article: &str) -> (String, String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("briefings/eval/sources")
        .join(format!("{EVENT}.{article}.txt"));
    let page = std::fs::read_to_string(path).unwrap();
    let (header, body) = page.split_once("\n\n").unwrap();
    let headline = header
        .lines()
        .find_map(|l| l.strip_prefix("Headline: "))
        .unwrap();
    let headline = headline.split(" (").next().unwrap().to_string();
    let file = dir.join(format!("{article}.txt"));
    std::fs::write(&file, body).unwrap();
    (file.display().to_string(), headline)
}

#[test]
fn three_articles_to_a_checked_briefing_without_an_editor() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("hawlwadag.yaml");
    let out_s = out.display().to_string();
    let started = Instant::now();
    // 1. The draft: one command; the texts and headlines are pasted, the rest typed.
    let (en, en_headline) = copied(dir.path(), "en");
    let (bbc, bbc_headline) = copied(dir.path(), "ar-bbc");
    let (youm7, youm7_headline) = copied(dir.path(), "ar-youm7");
    let typed = [
        "--title",
        "Car bomb in Mogadishu's Hawlwadag district",
        "--date",
        "2018-09-02",
        "--source",
        "Reuters",
        "--source",
        "BBC Arabic",
        "--source",
        "Youm7",
        "-o",
    ];
    let new = common::briefing()
        .args(["new", &format!("en={en}")])
        .arg(format!("ar:ar-bbc={bbc}"))
        .arg(format!("ar:ar-youm7={youm7}"))
        .args(["--headline", &en_headline])
        .args(["--headline", &bbc_headline])
        .args(["--headline", &youm7_headline])
        .args(typed)
        .arg(&out_s)
        .output()
        .expect("run briefing new");
    let command_keys: usize = typed.iter().map(|a| a.chars().count() + 1).sum();
    assert!(
        new.status.success(),
        "{}",
        String::from_utf8_lossy(&new.stderr)
    );

    // 2. The reader: review every proposal, then the summary, then save.
    let mut keys = 0usize;
    let mut r = PtySession::start(&[&out_s], &[], 160, 45);
    r.screen_has("Entities");
    r.keys("S");
    keys += 1;
    r.wait_for("the first proposal", |s| {
        let status = s.contents().lines().last().unwrap_or("").to_string();
        status.contains("suggestion 1 of") || status.contains("review done")
    });
    let mut reviewed = 0;
    while !r.status().contains("review done") {
        assert!(reviewed < 300, "the review does not end: {}", r.status());
        let before = r.status();
        r.keys("Y");
        keys += 1;
        reviewed += 1;
        r.wait_for("the next proposal", |s| {
            let status = s.contents().lines().last().unwrap_or("").to_string();
            status != before && (status.contains("suggestion") || status.contains("review done"))
        });
    }
    // The summary: M walks title, date, summary; Enter keeps the title and date.
    r.keys("M");
    r.keys("\r");
    r.keys("\r");
    keys += 3;
    let summary = "Car bomb at a police station in Hawlwadag; al-Shabaab claimed it.";
    r.keys(summary);
    keys += summary.chars().count();
    r.keys("\r");
    r.wait_for("the next field's form", |s| {
        s.contents()
            .lines()
            .last()
            .unwrap_or("")
            .contains("source of")
    });
    // Esc alone (a key right after it would read as Alt and that key).
    r.keys("\x1b");
    r.pump(Duration::from_millis(300));
    keys += 2;
    r.keys("w");
    keys += 1;
    r.wait_status("saved to");
    r.quit();
    keys += 1;
    let took = started.elapsed();

    // 3. What it made: a briefing that loads and passes check, against the gold.
    let check = common::briefing().args(["check", &out_s]).output().unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    let made = std::fs::read_to_string(&out).unwrap();
    assert!(made.contains(summary), "the summary was saved");
    let b = briefing::briefing::load_str("made.yaml", &made)
        .unwrap()
        .briefing;
    assert_eq!(b.articles.len(), 3);
    assert!(b.mentions.len() >= 40, "{} mentions", b.mentions.len());
    let gold = test_file(&format!("../briefings/eval/{EVENT}.yaml"));
    let agree = common::briefing()
        .args(["agree", gold.to_str().unwrap(), &out_s])
        .output()
        .unwrap();
    assert!(
        agree.status.success(),
        "{}",
        String::from_utf8_lossy(&agree.stderr)
    );
    let report = String::from_utf8_lossy(&agree.stdout);
    let text_row = report
        .lines()
        .find(|l| l.trim_start().starts_with("all"))
        .unwrap_or("")
        .to_string();
    println!(
        "ten-minute exercise: `new` with {command_keys} characters typed (texts and headlines \
         pasted), then {keys} keys in the reader ({reviewed} of them in the review), {:.1} s \
         of program time, {} mentions, {} entities; against the gold (overlapping, precision / \
         recall / F1): {}",
        took.as_secs_f64(),
        b.mentions.len() + b.headline_mentions.len(),
        b.entities.len(),
        text_row.trim()
    );
    assert!(keys < 200, "{keys} keys");
    assert!(took < Duration::from_secs(600), "{took:?}");
}
