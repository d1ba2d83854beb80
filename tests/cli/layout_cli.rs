//! The `briefing layout` binary end to end: stdin paragraphs in, visual lines out.

use crate::common;

use std::io::Write;
use std::process::{Output, Stdio};

use common::briefing;

fn layout(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = briefing()
        .arg("layout")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run briefing");
    // A command that rejects its arguments exits without reading stdin: a broken pipe here
    // is expected, and the exit status tells the rest.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn rev(s: &str) -> String {
    s.chars().rev().collect()
}

#[test]
fn rtl_paragraph_at_width_30_keeps_words_and_line_order() {
    // Widths 3+1+5+1+6+1+6+1+5 = 29 for the first five words; برس (3) goes to line 2.
    let text = "قال ساليف تراوري لوكالة فرانس برس \"إنه هجوم جهادي\"";
    let out = stdout(&layout(&["--width", "30"], text.as_bytes()));
    let expected = [
        format!(
            "{} {} {} {} {}",
            rev("فرانس"),
            rev("لوكالة"),
            rev("تراوري"),
            rev("ساليف"),
            rev("قال")
        ),
        rev("برس \"إنه هجوم جهادي\""),
    ];
    // The first line keeps its trailing space (it fits: 29 + 1 = 30), at its left end.
    assert_eq!(out, format!(" {}\n{}\n", expected[0], expected[1]));
}

#[test]
fn empty_lines_are_preserved_and_crlf_is_stripped() {
    let out = stdout(&layout(&["-w", "20"], b"one\r\n\n\ntwo\n"));
    assert_eq!(out, "one\n\n\ntwo\n");
}

#[test]
fn pad_right_aligns_rtl_paragraphs_only() {
    let out = stdout(&layout(
        &["--width", "8", "--pad"],
        "אב גד\nab\n".as_bytes(),
    ));
    assert_eq!(out, "   דג בא\nab\n");
    let forced = stdout(&layout(
        &["--width", "6", "--dir", "rtl", "--pad"],
        b"ab cd\n",
    ));
    assert_eq!(forced, " ab cd\n");
}

#[test]
fn shape_flag_gives_presentation_forms() {
    let out = stdout(&layout(&["--shape", "-w", "10"], "لا".as_bytes()));
    assert_eq!(out, "\u{FEFB}\n");
    let plain = stdout(&layout(
        &["--shape", "--no-shape", "-w", "10"],
        "لا".as_bytes(),
    ));
    assert_eq!(plain, "ال\n");
}

#[test]
fn invalid_utf8_fails_with_line_and_column() {
    let output = layout(&[], b"fine\nab\xffc\n");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("line 2, column 3"), "{stderr}");
    assert!(output.stdout.is_empty());
}

#[test]
fn width_zero_is_a_usage_error() {
    let output = layout(&["--width", "0"], b"x\n");
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn invisible_isolates_and_marks_still_separate_runs() {
    // Issue #18's case: the RLI..PDI isolate is level 1 inside, and its initiator and PDI
    // stay at level 0 between א-f and ה, so ה is reversed on its own.
    let text = "a(b\u{2067}אf\u{2069}ה)ו\n";
    let out = stdout(&layout(&["--dir", "ltr", "-w", "40"], text.as_bytes()));
    assert_eq!(out, "a(bfאה)ו\n");
    // An LRM between two Hebrew letters in an LTR paragraph splits their run.
    let out = stdout(&layout(
        &["--dir", "ltr", "-w", "40"],
        "אב\u{200e}גד\n".as_bytes(),
    ));
    assert_eq!(out, "באדג\n");
}

#[test]
fn many_paragraphs_come_out_in_order_from_a_file() {
    // More batches than the workers may run ahead of the writer, given as a file (whose size
    // sizes the input buffer) rather than a pipe.
    let text: String = (0..5000).map(|i| format!("{i} line سطر\n")).collect();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("in.txt");
    std::fs::write(&path, &text).unwrap();
    let output = briefing()
        .args(["layout", "--width", "200", "--dir", "ltr"])
        .stdin(std::fs::File::open(&path).unwrap())
        .output()
        .unwrap();
    let out = stdout(&output);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 5000);
    for (i, line) in lines.iter().enumerate() {
        assert_eq!(*line, format!("{i} line {}", rev("سطر")), "line {i}");
    }
}

#[test]
fn a_reader_that_stops_early_ends_the_run_quietly() {
    let mut child = briefing()
        .args(["layout", "--width", "40"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let text = "word ".repeat(200_000) + "\n";
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(text.repeat(4).as_bytes());
    });
    let mut first = [0u8; 16];
    std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut first).unwrap();
    drop(child.stdout.take());
    writer.join().unwrap();
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(20),
            "still running after its reader left"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    assert!(status.success(), "{status:?}");
    assert_eq!(&first, b"word word word w");
}
