//! `briefing render` and `briefing` with stdout not a terminal: the plain rendering.

use std::process::{Command, Output, Stdio};

use unicode_normalization::UnicodeNormalization;

fn briefing(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_briefing"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .output()
        .expect("run briefing")
}

#[test]
fn render_shows_both_articles_in_columns_in_visual_order() {
    let out = briefing(&["render", "--width", "120"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<&str> = text.lines().filter(|l| l.contains(" │ ")).collect();
    assert!(rows.len() > 40, "two columns for the whole articles");
    // No row is wider than 120 cells, and the separator stands in the same column on every
    // row.
    let width = |s: &str| unicode_width::UnicodeWidthStr::width(s);
    assert!(rows.iter().all(|r| width(r) <= 120));
    let columns: Vec<usize> = rows
        .iter()
        .map(|r| width(&r[..r.find(" │ ").unwrap()]))
        .collect();
    assert!(columns.iter().all(|&c| c == columns[0]), "{columns:?}");
    // The Arabic headline, right column, in visual order (reversed by hand) and shaped.
    let letters: String = text.nfkc().collect();
    assert!(letters.contains("يلام يف وكاماب برق يحايس عجتنم ىلع حلسم موجه"));
    assert!(text.contains('\u{FEE3}'), "presentation forms");
    // Entity lists with each source's figures side by side.
    assert!(text.contains("Casualties (5)"));
    assert!(text.contains("en: more than 20 killed · ar: at least 20 killed\n"));
    assert!(text.contains("en: 11,000 · ar: 10,000 ⚠ sources disagree: 11,000 against 10,000"));
    assert!(!text.contains('\u{1b}'), "no escape sequences by default");
}

#[test]
fn reader_prints_the_plain_rendering_when_piped() {
    let piped = briefing(&[]);
    assert_eq!(piped.status.code(), Some(0));
    let rendered = briefing(&["render", "--width", "100"]);
    assert_eq!(
        piped.stdout, rendered.stdout,
        "`briefing | cat` prints what `render` prints"
    );
}

#[test]
fn color_only_when_asked() {
    let out = briefing(&["render", "--width", "100", "--color", "always"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("\u{1b}["),
        "SGR sequences with --color always"
    );
    let out = briefing(&["render", "--width", "100", "--color", "never"]);
    assert!(!out.stdout.contains(&0x1b));
}

#[test]
fn render_errors() {
    let out = briefing(&["render", "no/such.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    let out = briefing(&["render", "tests/fixtures/bad/quote-not-found.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains(":26:30: error: quote \"Bamko\" not found")
    );
    let out = briefing(&["render", "--width", "5"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "width below 20 is a usage error"
    );
}

#[test]
fn closed_pipe_is_not_an_error() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_briefing"))
        .args(["render", "--width", "100"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
