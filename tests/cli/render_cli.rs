//! `briefing render` and `briefing` with stdout not a terminal: the plain rendering.

use crate::common;

use std::process::{Output, Stdio};

use unicode_normalization::UnicodeNormalization;

use briefing::briefing::EntityIx;
use common::briefing;

fn run(args: &[&str]) -> Output {
    briefing()
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run briefing")
}

#[test]
fn render_shows_both_articles_in_columns_in_visual_order() {
    let out = run(&["render", "--width", "120"]);
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
    assert!(
        text.contains("en: 11,000 · ar: 10,000 ⚠ sources disagree: en: 11,000 against ar: 10,000")
    );
    assert!(!text.contains('\u{1b}'), "no escape sequences by default");
}

#[test]
fn reader_prints_the_plain_rendering_when_piped() {
    let piped = run(&[]);
    assert_eq!(piped.status.code(), Some(0));
    let rendered = run(&["render", "--width", "100"]);
    assert_eq!(
        piped.stdout, rendered.stdout,
        "`briefing | cat` prints what `render` prints"
    );
}

#[test]
fn color_only_when_asked() {
    let out = run(&["render", "--width", "100", "--color", "always"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("\u{1b}["),
        "SGR sequences with --color always"
    );
    let out = run(&["render", "--width", "100", "--color", "never"]);
    assert!(!out.stdout.contains(&0x1b));
}

#[test]
fn render_errors() {
    let out = run(&["render", "no/such.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["render", "tests/fixtures/bad/quote-not-found.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains(":26:30: error: quote \"Bamko\" not found")
    );
    let out = run(&["render", "--width", "5"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "width below 20 is a usage error"
    );
}

#[test]
fn closed_pipe_is_not_an_error() {
    let out = common::output_with_stdout_closed(&["render", "--width", "100"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Entity and figure rows wrap with a hanging indent: every line of the entity lists but a
/// heading starts with spaces (continuations under the text, never at column 0), no line is
/// wider than asked, and `⚠ sources disagree` is never split (once per disputed figure).
#[test]
fn entity_rows_wrap_with_a_hanging_indent() {
    let bundled = briefing::briefing::bundled().unwrap().briefing;
    let disputed = EntityIx::all(&bundled)
        .filter(|&e| bundled.disagreement(e).is_some())
        .count();
    assert!(disputed > 0, "the bundled briefing has a disputed figure");
    for width in [20, 33, 47, 60, 80, 100, 140] {
        let out = run(&["render", "--width", &width.to_string()]);
        assert_eq!(out.status.code(), Some(0));
        let text = String::from_utf8(out.stdout).unwrap();
        let lists = &text[text.find("\nActors (").expect("the actors heading")..];
        let headings = ["Actors (", "Places (", "Casualties ("];
        for line in lists.lines().filter(|l| !l.is_empty()) {
            assert!(
                line.starts_with("  ") || headings.iter().any(|h| line.starts_with(h)),
                "width {width}: {line:?}"
            );
            assert!(
                unicode_width::UnicodeWidthStr::width(line) <= width,
                "width {width}: {line:?}"
            );
        }
        assert_eq!(
            lists.matches("⚠ sources disagree").count(),
            disputed,
            "width {width}:\n{lists}"
        );
    }
}

/// Entity rows isolate each name as the reader's list does: the UN peacekeepers' Arabic
/// name keeps its number ("10 آلاف …") at its own start (the right end of the Arabic run),
/// not cut off after "(ar: ", and a row that fits on one line is exactly the reader's row.
#[test]
fn entity_rows_isolate_names_as_the_reader_does() {
    use briefing::view::{BidiMode, entity::entity_pieces, line::isolated};
    let bundled = briefing::briefing::bundled().unwrap().briefing;
    let e = EntityIx(
        bundled
            .entities
            .iter()
            .position(|e| e.name.starts_with("UN peacekeepers"))
            .expect("the UN peacekeepers row of the bundled briefing"),
    );
    let out = run(&["render", "--width", "300"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let row = text
        .lines()
        .find(|l| l.starts_with("  • UN peacekeepers"))
        .expect("the row");
    let after = &row[row.find("(ar: ").expect("the Arabic name") + "(ar: ".len()..];
    assert!(!after.starts_with("10"), "number cut off: {row}");
    assert!(after.contains(" 10;"), "number with its words: {row}");
    let pieces = entity_pieces(&bundled, e);
    let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
    let reader = isolated(&pieces, 296, BidiMode::App);
    assert_eq!(row.strip_prefix("  • "), Some(reader.as_str()));
}
