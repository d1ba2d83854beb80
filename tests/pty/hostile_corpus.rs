//! The hostile corpus: the handcrafted briefings of tests/hostile/ (terminal escapes, 8-bit
//! C1 controls, DEL and NUL, Trojan Source bidi controls, joiners) and inputs generated here
//! at run time (a base letter with 500 combining marks, a 1 MB word, 100 000 one-letter
//! paragraphs, 10 000 entities, mentions at every boundary). Each goes through `check`,
//! `render` (plain and coloured), `export` in every format and the reader in a pseudo-terminal,
//! each under a time limit and a memory limit (`ulimit -v`). None may panic, and no output may
//! hold a control byte from the input: the only escape sequences are the program's own.

use crate::common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::{PtySession, briefing, briefing_limited, contains, test_file};

/// Wall-clock limit for one command, in debug builds on a loaded machine.
const TIME_LIMIT: Duration = Duration::from_secs(30);

struct Run {
    code: Option<i32>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

/// Runs the binary under the memory limit; kills it and fails past the time limit.
fn run(args: &[&str]) -> Run {
    let mut command = briefing_limited();
    command.args(args);
    let out = command.output_within(TIME_LIMIT);
    Run {
        code: out.status.code(),
        stdout: out.stdout,
        stderr: out.stderr,
    }
}

/// C0 controls but tab and newline, DEL, and C1 controls (as UTF-8), bidi controls and the
/// other invisible characters (tag characters, LRM, RLM, ALM, U+2028, U+2029); with
/// `esc_allowed`, ESC may start an SGR sequence (`ESC [ digits ; ... m`) and nothing else.
fn assert_clean(what: &str, bytes: &[u8], esc_allowed: bool) {
    let text = String::from_utf8_lossy(bytes);
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\u{1b}' && esc_allowed {
            assert_eq!(
                chars.next().map(|(_, c)| c),
                Some('['),
                "{what}: ESC at {i}"
            );
            let end = chars.find(|(_, c)| !c.is_ascii_digit() && *c != ';');
            assert_eq!(
                end.map(|(_, c)| c),
                Some('m'),
                "{what}: non-SGR sequence at {i}"
            );
            continue;
        }
        let control = (c.is_control() && c != '\n' && c != '\t')
            || matches!(
                c,
                '\u{202A}'..='\u{202E}'
                    | '\u{2066}'..='\u{2069}'
                    | '\u{E0000}'..='\u{E007F}'
                    | '\u{200E}'
                    | '\u{200F}'
                    | '\u{061C}'
                    | '\u{2028}'
                    | '\u{2029}'
            );
        assert!(
            !control,
            "{what}: U+{:04X} at byte {i}: {:?}",
            c as u32,
            &text[i.saturating_sub(40)..(i + 40).min(text.len())]
        );
    }
}

/// Every command on one file: bounded, no panic, no control byte from the input. The
/// coloured rendering only for small files (it adds nothing but time for the big ones).
fn commands(path: &Path) {
    let p = path.to_str().unwrap();
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    let small = std::fs::metadata(path).unwrap().len() < 100_000;
    let mut runs = vec![("check", run(&["check", p]))];
    for color in ["never", "always"]
        .into_iter()
        .take(if small { 2 } else { 1 })
    {
        let args = ["render", p, "--width", "100", "--color", color];
        runs.push((color, run(&args)));
    }
    for format in ["md", "html", "json"] {
        runs.push((format, run(&["export", p, "--format", format])));
    }
    for (what, r) in &runs {
        let what = format!("{name} {what}");
        assert_eq!(
            r.code,
            Some(0),
            "{what}: {}",
            String::from_utf8_lossy(&r.stderr)
        );
        assert!(!contains(&r.stderr, "panicked"), "{what}");
        assert_clean(
            &format!("{what} stdout"),
            &r.stdout,
            what.ends_with("always"),
        );
        assert_clean(&format!("{what} stderr"), &r.stderr, false);
    }
}

/// The reader in a pty: opens, takes keys (scroll, mentions, jump, search, help, focus,
/// articles), quits cleanly; nothing reached the terminal but the program's own sequences.
fn reader(path: &Path) {
    let p = path.to_str().unwrap();
    let mut r = PtySession::start(&[p], &[], 120, 40);
    r.screen_has("Entities:");
    let check_screen = |r: &PtySession, when: &str| {
        let screen = r.parser.screen().contents();
        assert_clean(
            &format!("{p} reader screen {when}"),
            screen.as_bytes(),
            false,
        );
    };
    check_screen(&r, "at start");
    for keys in [
        "j", "]", "\r", "]", "o", "/", "a\r", "n", "G", "\t", "?", "?", "a", "g", "]",
    ] {
        r.keys(keys);
    }
    r.pump(Duration::from_millis(300));
    check_screen(&r, "after keys");
    assert_inert_session(&mut r, p);
}

/// Quits the program in the pty and checks it restored the terminal and sent nothing but
/// its own sequences: no title, clipboard, bell or other OSC, DCS, reset or C1 control.
fn assert_inert_session(r: &mut PtySession, p: &str) {
    let raw = r.quit();
    assert!(
        r.parser.callbacks().is_empty(),
        "{p}: {:?}",
        r.parser.callbacks()
    );
    for (bad, what) in [
        ("\x1b]", "OSC"),
        ("\x07", "BEL"),
        ("\x1bP", "DCS"),
        ("\x1bc", "RIS"),
    ] {
        assert!(!contains(&raw, bad), "{p}: {what} in the reader's output");
    }
    let text = String::from_utf8_lossy(&raw);
    assert!(
        !text.contains(|c| ('\u{80}'..='\u{9f}').contains(&c)),
        "{p}: C1"
    );
}

fn handcrafted() -> Vec<PathBuf> {
    let dir = test_file("hostile");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    assert!(files.len() >= 5, "{files:?}");
    files
}

/// A JSON string is a YAML double-quoted scalar.
fn q(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

/// A briefing with an English and an Arabic article and the given entity list (YAML lines).
fn briefing_yaml(title: &str, en: &str, ar: &str, entities: &str) -> String {
    format!(
        "id: generated\ntitle: {}\ndate: 2017-06-18\narticles:\n\
         - {{id: en, lang: en, source: s, headline: h, text: {}}}\n\
         - {{id: ar, lang: ar, source: s, headline: ع, text: {}}}\n\
         entities:\n{entities}",
        q(title),
        q(en),
        q(ar)
    )
}

/// Writes a generated briefing into a temporary folder and runs every command on it.
fn generated(name: &str, yaml: &str) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("{name}.yaml"));
    std::fs::write(&path, yaml).unwrap();
    commands(&path);
    reader(&path);
}

/// The library on a folder of the hostile files, plus an invalid one whose first error
/// quotes escapes and a file whose name holds them: the listing and the screen are inert.
#[test]
fn the_library_of_hostile_files_is_inert() {
    let dir = tempfile::tempdir().unwrap();
    for file in handcrafted() {
        std::fs::copy(&file, dir.path().join(file.file_name().unwrap())).unwrap();
    }
    std::fs::write(
        dir.path().join("bad.yaml"),
        "id: x\ntitle: t\ndate: 2017-06-18\n\"\\e]0;key\\a\\e[2J\": 1\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("name\u{1b}]0;owned\u{7}\u{202E}.yaml"),
        "not: [a briefing",
    )
    .unwrap();
    let p = dir.path().to_str().unwrap();
    let mut listing = briefing();
    let cache = listing.cache_dir().to_str().unwrap().to_string();
    let listing = listing.arg(p).output().unwrap();
    assert!(listing.status.success());
    assert_clean("library listing", &listing.stdout, false);
    let rows = String::from_utf8_lossy(&listing.stdout).lines().count();
    assert_eq!(rows, 1 + handcrafted().len() + 2 + 1, "every file listed");

    let mut r = PtySession::start(&[p], &[("BRIEFING_CACHE_DIR", &cache)], 120, 40);
    r.screen_has("[Briefings (");
    let check_screen = |r: &PtySession, when: &str| {
        let screen = r.parser.screen().contents();
        assert_clean(&format!("library screen {when}"), screen.as_bytes(), false);
    };
    check_screen(&r, "at start");
    // Through every list and into a briefing and back.
    for keys in [
        "G", "k", "t", "d", "?", "?", "/", "a", "\x1b", "\t", "j", "\r", "\r", "q", "\x1b", "\t",
        "g", "\r", "q", "r",
    ] {
        r.keys(keys);
        r.pump(Duration::from_millis(30));
        check_screen(&r, &format!("after {keys:?}"));
    }
    assert_inert_session(&mut r, p);
}

#[test]
fn handcrafted_inputs() {
    for file in handcrafted() {
        commands(&file);
        reader(&file);
    }
}

#[test]
fn a_letter_with_500_combining_marks() {
    let marks = "\u{301}".repeat(500);
    let en = format!("Before a{marks} after.\n\nx{}y", "\u{20DD}".repeat(500));
    let ar = format!("قبل ب{} بعد", "\u{64E}".repeat(500));
    let entities = format!(
        "  - {{id: a, kind: actor, name: {}, mentions: [{{article: en, quote: after}}, \
         {{article: en, start: 100, end: 200}}, {{article: ar, start: 4, end: 300}}]}}\n",
        q(&format!("a{marks}"))
    );
    generated(
        "combining",
        &briefing_yaml(&format!("T{marks}"), &en, &ar, &entities),
    );
}

#[test]
fn a_one_megabyte_word() {
    let en = format!("Start {} end", "ab".repeat(500_000));
    let ar = format!("{} نهاية", "ب".repeat(500_000));
    let entities = "  - {id: a, kind: actor, name: A, mentions: [{article: en, quote: Start}, \
                    {article: en, quote: end}, {article: ar, start: 0, end: 3}, \
                    {article: ar, start: 499990, end: 500000}]}\n";
    generated("word", &briefing_yaml("Word", &en, &ar, entities));
}

#[test]
fn a_hundred_thousand_one_letter_paragraphs() {
    // 100 000 mentions of one entity in the English article; the Arabic one has none.
    let en = "a\n\n".repeat(100_000);
    let ar = "ب\n\n".repeat(100_000);
    let entities = "  - {id: a, kind: actor, name: A, mentions: [{article: en, quote: a}]}\n";
    generated(
        "paragraphs",
        &briefing_yaml("Paragraphs", &en, &ar, entities),
    );
}

#[test]
fn ten_thousand_entities() {
    let words: Vec<String> = (0..10_000).map(|i| format!("w{i}")).collect();
    let en = words.join(" ");
    let mut entities = String::new();
    let mut start = 0;
    for (i, word) in words.iter().enumerate() {
        let (kind, figure) = match i % 3 {
            0 => ("actor", String::new()),
            1 => ("place", String::new()),
            _ => (
                "casualty",
                format!(", figure: {{type: killed, count: {i}}}"),
            ),
        };
        // Every tenth by quote: each quote search reads the whole text (see RELIABILITY.md).
        let mention = if i % 10 == 0 {
            format!("quote: {word}")
        } else {
            format!("start: {start}, end: {}", start + word.len())
        };
        start += word.len() + 1;
        entities += &format!(
            "  - {{id: e{i}, kind: {kind}, name: {}, links: [e{}]{figure}, \
             mentions: [{{article: en, {mention}}}]}}\n",
            q(&format!("\u{1b}]0;title{i}\u{7} name {i} \u{202E}")),
            (i + 1) % 10_000
        );
    }
    generated("entities", &briefing_yaml("Entities", &en, "نص", &entities));
}

#[test]
fn mentions_at_every_boundary() {
    let text = "ab\u{301}c \u{202E}d\u{202C} 👩\u{200D}👧 ب(ج) 12\t漢\r\ne\n\nf\u{0}g\u{2067}h";
    let n = text.chars().count();
    let every = |article: &str, width: usize| {
        (0..n + 1 - width)
            .step_by(width)
            .map(|k| format!("{{article: {article}, start: {k}, end: {}}}", k + width))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut entities = String::new();
    for article in ["en", "ar"] {
        entities += &format!(
            "  - {{id: whole-{article}, kind: actor, name: W, mentions: [{{article: {article}, start: 0, end: {n}}}]}}\n\
             \x20 - {{id: pairs-{article}, kind: place, name: P, mentions: [{}]}}\n\
             \x20 - {{id: each-{article}, kind: actor, name: E, mentions: [{}]}}\n",
            every(article, 2),
            every(article, 1)
        );
    }
    generated(
        "boundaries",
        &briefing_yaml("Boundaries", text, text, &entities),
    );
}

#[test]
fn check_warns_about_trojan_source_at_the_character() {
    let path = test_file("hostile/trojan.yaml");
    let r = run(&["check", path.to_str().unwrap()]);
    assert_eq!(r.code, Some(0), "warnings only");
    let err = String::from_utf8(r.stderr).unwrap();
    for expected in [
        "trojan.yaml:5:16: warning: title holds 2 unbalanced bidi control(s), first: U+202E (RLO) is not closed by a PDF",
        "trojan.yaml:10:21: warning: articles[0].source holds 1 unbalanced bidi control(s), first: U+2069 (PDI) closes no isolate",
        "trojan.yaml:16:22: warning: articles[1].headline holds 1 unbalanced bidi control(s), first: U+202D (LRO) is not closed",
        // In the third paragraph of a double-quoted scalar with escapes: `/*\u202E }`.
        "trojan.yaml:12:115: warning: articles[0].text holds 6 unbalanced bidi control(s), first: U+202E (RLO) is not closed",
        "trojan.yaml:11:41: warning: articles[0].headline holds 2 unbalanced",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in:\n{err}");
    }
}

#[test]
fn escape_sequences_show_as_inert_text_in_the_reader() {
    // The ESC is dropped and the rest of each sequence shown as text: had the terminal seen
    // them, the title would be set and the screen cleared, and the text would not be there.
    let path = test_file("hostile/escapes.yaml");
    let mut r = PtySession::start(&[path.to_str().unwrap()], &[], 120, 40);
    r.screen_has("Title ]0;PWNED-TITLE]2;PWNED-TITLE2 [2Jc cleared");
    r.screen_has("]52;c;cm0gLXJmIH4K clipboard write and [2J[3J a clear.");
    r.quit();
    assert!(
        r.parser.callbacks().is_empty(),
        "{:?}",
        r.parser.callbacks()
    );
}

#[test]
fn check_messages_and_file_names_are_inert() {
    // Diagnostics quote the input (unknown fields and variants, ids) and name files found in
    // a folder: escape sequences there must not reach the terminal either.
    let dir = tempfile::tempdir().unwrap();
    let bad = "id: x\ntitle: t\ndate: 2017-06-18\n\"\\e]0;key\\a\": 1\narticles:\n\
               - {id: \"\\e]0;id\\a\", lang: en, source: s, headline: h, text: t}\n\
               entities:\n- {id: e, kind: \"\\e[2J\", name: n}\n\
               - {id: f, kind: actor, name: n, mentions: [{article: zz, quote: t}]}\n";
    std::fs::write(dir.path().join("bad\u{1b}]0;file\u{7}.yaml"), bad).unwrap();
    let good = std::fs::read_to_string(test_file("hostile/c1.yaml")).unwrap();
    std::fs::write(dir.path().join("good\u{9b}2J.yaml"), good).unwrap();
    let r = run(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(r.code, Some(1));
    assert_clean("check stdout", &r.stdout, false);
    assert_clean("check stderr", &r.stderr, false);
    let err = String::from_utf8(r.stderr).unwrap();
    assert!(err.contains("bad\\u{1b}]0;file\\u{7}.yaml"), "{err}");
}
