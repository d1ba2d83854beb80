//! End to end: the real binary in a pseudo-terminal (portable-pty), its screen read back
//! with a terminal parser (vt100), driven with keystrokes as a user would.

use crate::common;
use briefing::briefing::EntityIx;
#[path = "../support/three_articles.rs"]
mod support;

use std::time::Duration;

use common::{PtySession, contains, nonzero};
use portable_pty::PtySize;
use unicode_normalization::UnicodeNormalization;

/// Presentation forms back to letters, so shaped text can be compared with plain strings.
fn letters(text: &str) -> String {
    text.nfkc().collect()
}

#[test]
fn arabic_pane_is_in_visual_order_and_modes_are_restored() {
    let mut r = PtySession::start(&[], &[], 120, 40);
    r.screen_has("Entities:");
    // The Arabic headline "هجوم مسلح على منتجع سياحي قرب باماكو في مالي", reversed by hand:
    // read left to right on screen it starts with the last word.
    let visual_headline = "يلام يف وكاماب برق يحايس عجتنم ىلع حلسم موجه";
    let screen = letters(&r.parser.screen().contents());
    assert!(
        screen.contains(visual_headline),
        "visual headline missing:\n{screen}"
    );
    // Shaped: the terminal receives presentation forms, not bare letters.
    assert!(
        r.parser.screen().contents().contains('\u{FEE1}')
            || r.parser.screen().contents().contains('\u{FEE3}')
    );
    // Digits keep their order inside the Arabic text: "نحو 20 رهينة" shows as below.
    assert!(screen.contains("ةنيهر 20 وحن"), "{screen}");
    let raw = r.quit();
    assert!(
        contains(&raw, "\x1b[8l"),
        "explicit bidi mode requested at start"
    );
    assert!(
        contains(&raw, "\x1b[8h"),
        "implicit bidi mode restored at exit"
    );
    assert!(!contains(&raw, "5379"), "no mlterm sequence outside mlterm");
}

#[test]
fn mention_then_enter_moves_to_the_arabic_mention() {
    let briefing = briefing::briefing::bundled().unwrap().briefing;
    let en = briefing.article_index("en").unwrap();
    let first = &briefing.mentions[briefing.mention_range(en).start];
    let entity = &briefing.entities[first.entity];
    assert!(
        briefing
            .mentions
            .iter()
            .any(|m| m.entity == first.entity && m.article != en)
    );

    let mut r = PtySession::start(&[], &[], 120, 40);
    r.screen_has("Entities:");
    // Past the headline's mentions (they come first), to the text's first.
    r.keys("]");
    r.wait_status("Mali: headline mention");
    r.keys(&"]".repeat(briefing.headline_mentions_in(en).len()));
    // Which of the entity's mentions this is.
    let of = entity.mentions.len();
    r.wait_status(&format!("{}: mention 1 of {of}", entity.name));
    r.keys("\r");
    r.wait_for("focus on the Arabic pane", |s| {
        // The focused pane's border is drawn in the focus colour (yellow).
        s.cell(2, 119)
            .is_some_and(|c| c.fgcolor() == vt100::Color::Idx(3))
            && s.cell(2, 0)
                .is_some_and(|c| c.fgcolor() != vt100::Color::Idx(3))
    });
    assert!(r.status().contains(&entity.name), "status: {}", r.status());
    r.quit();
}

#[test]
fn search_finds_arabic_typed_without_hamza_or_taa_marbuta() {
    let mut r = PtySession::start(&[], &[], 120, 40);
    r.screen_has("Entities:");
    r.keys("/");
    r.keys("امم المتحده\r");
    r.wait_status("match 1 of 2");
    r.keys("n");
    r.wait_status("match 2 of 2");
    r.quit();
}

#[test]
fn help_lists_the_keys() {
    let mut r = PtySession::start(&[], &[], 120, 40);
    r.screen_has("Entities:");
    r.keys("?");
    r.screen_has("Esc closes)");
    r.screen_has("toggle synchronized scrolling");
    r.keys("?");
    r.wait_for("help closed", |s| !s.contents().contains("Esc closes)"));
    // Esc closes it too, and does not quit.
    r.keys("?");
    r.screen_has("Esc closes)");
    r.keys("\x1b");
    r.wait_for("help closed by Esc", |s| {
        !s.contents().contains("Esc closes)")
    });
    assert!(r.child.try_wait().unwrap().is_none(), "still running");
    r.quit();
}

#[test]
fn esc_never_quits_and_q_does() {
    let mut r = PtySession::start(&[], &[], 120, 40);
    r.screen_has("Entities:");
    r.keys("/Bamako\r");
    r.wait_status("match 1 of");
    // Esc after a search: the highlight goes, the reader stays.
    r.keys("\x1b");
    r.wait_status("search cleared");
    r.keys("]");
    r.wait_for("a mention in the status line", |s| {
        s.contents()
            .lines()
            .last()
            .is_some_and(|l| l.contains(": mention ") || l.contains(": headline mention"))
    });
    r.keys("\x1b");
    r.wait_status("selection cleared");
    r.keys("\x1b");
    r.wait_status("nothing to close: q quits");
    r.pump(Duration::from_millis(100));
    assert!(r.child.try_wait().unwrap().is_none(), "Esc never quits");
    r.quit();
}

/// The ids of the articles in the panes, from their titles ("┌ 3 ar2 (ar): …┐", "┌ ▶ 1 en:
/// …┐" for the focused one: the key that shows it, then its id).
fn pane_ids(screen: &vt100::Screen) -> Vec<String> {
    let row = screen.contents_between(2, 0, 2, screen.size().1.get());
    row.split("┐┌")
        .map(|t| {
            t.trim_start_matches(['┌', ' ', '▶'])
                .trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ')
                .split([' ', ':'])
                .find(|w| !w.is_empty())
                .unwrap_or("")
                .to_string()
        })
        .collect()
}

/// The reader on the three-article briefing (a file in the folder returned), `cols` wide,
/// once it shows its first two articles: en and ar.
fn three_articles(cols: u16) -> (tempfile::TempDir, PtySession) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("three.yaml");
    std::fs::write(&path, support::three_articles()).unwrap();
    let mut r = PtySession::start(&[path.to_str().unwrap()], &[], cols, 40);
    r.screen_has("Entities:");
    assert_eq!(pane_ids(r.parser.screen()), ["en", "ar"]);
    (dir, r)
}

#[test]
fn three_articles_never_show_one_article_twice() {
    let (_dir, mut r) = three_articles(120);
    // Past the English headline's three mentions, to the text's first.
    r.keys("]]]]");
    r.wait_status(": mention 1 of");
    let mut seen = Vec::new();
    for _ in 0..8 {
        let before = r.status();
        r.keys("\r");
        r.wait_for("the next mention", |s| {
            let (rows, cols) = s.size();
            s.contents_between(rows.get() - 1, 0, rows.get() - 1, cols.get()) != before
        });
        let ids = pane_ids(r.parser.screen());
        assert_ne!(ids[0], ids[1], "both panes on one article: {ids:?}");
        seen.extend(ids);
    }
    assert!(
        seen.contains(&"ar2".to_string()),
        "Enter reached ar2: {seen:?}"
    );
    // The titles tell the two Arabic sources apart.
    r.wait_for("ar2 in a pane", |s| {
        pane_ids(s).contains(&"ar2".to_string())
    });
    r.screen_has("ar2 (ar): Second Arabic wire");
    // `a` skips the article beside the pane.
    for _ in 0..4 {
        let before = pane_ids(r.parser.screen());
        r.keys("a");
        r.wait_for("another article", |s| pane_ids(s) != before);
        let ids = pane_ids(r.parser.screen());
        assert_ne!(ids[0], ids[1], "`a` put one article in both panes: {ids:?}");
    }
    r.quit();
}

#[test]
fn number_keys_and_a_third_pane_in_the_real_binary() {
    let (_dir, mut r) = three_articles(150);
    // The header numbers every article and says which pane shows it.
    r.screen_has("1 en (left) · 2 ar (right) · 3 ar2 (ar): Second Arabic wire");
    // p: a third pane, with the article no pane showed.
    r.keys("p");
    r.wait_for("three panes", |s| pane_ids(s).len() == 3);
    assert_eq!(pane_ids(r.parser.screen()), ["en", "ar", "ar2"]);
    r.screen_has("1 en (left) · 2 ar (middle) · 3 ar2 (ar) (right)");
    // 1: to the pane showing the first article; p again: two panes.
    r.keys("1");
    r.wait_status("focus on en: ");
    r.keys("p");
    r.wait_for("two panes", |s| pane_ids(s).len() == 2);
    // 3 from the left pane: the third article shows there.
    r.keys("3");
    r.wait_for("ar2 on the left", |s| pane_ids(s) == ["ar2", "ar"]);
    r.quit();
}

#[test]
fn the_casualty_comparison_is_readable_at_140_columns() {
    let briefing = briefing::briefing::bundled().unwrap().briefing;
    let mut order: Vec<EntityIx> = EntityIx::all(&briefing).collect();
    order.sort_by_key(|&e| briefing.entities[e].kind);
    let row = order
        .iter()
        .position(|&e| briefing.figures_disagree(e))
        .expect("a disputed figure");
    let mut r = PtySession::start(&[], &[], 140, 40);
    r.screen_has("Entities:");
    // To the entity list, and down to the disputed figure.
    r.keys("\t\tg");
    r.keys(&"j".repeat(row));
    let name = &briefing.entities[order[row]].name;
    r.wait_status(&format!("{name} · casualty · accepted: "));
    // Its row keeps every source's figure and the warning (the name may be cut).
    let start: String = name.chars().take(12).collect();
    // What each source says and how they differ, after "accepted: …" (the parts lined up
    // with the other casualty rows: spaces between them may be wider than in the file).
    let columns = briefing::view::entity::figure_columns(&briefing, order[row]).unwrap();
    let mut parts: Vec<String> = columns.figures[1..].iter().map(|p| p.concat()).collect();
    parts.push(columns.disagree.unwrap().concat());
    assert!(parts.last().unwrap().contains("⚠ sources disagree"));
    r.wait_for("the comparison in the row", |s| {
        s.contents().lines().any(|l| {
            l.contains(&format!("[casualty] {start}")) && parts.iter().all(|p| l.contains(p))
        })
    });
    // The detail popup: each source on its own line.
    r.keys("i");
    r.screen_has("accepted figure: ");
    for a in &briefing.articles {
        r.screen_has(&format!("{} reports: ", a.id));
    }
    let lines = r.parser.screen().contents();
    assert_eq!(
        lines.matches(" reports: ").count(),
        briefing.articles.len(),
        "{lines}"
    );
    r.screen_has("⚠ sources disagree");
    r.keys("\x1b");
    r.wait_for("popup closed", |s| {
        !s.contents().contains("accepted figure: ")
    });
    r.quit();
}

#[test]
fn a_number_stays_with_the_arabic_name_it_starts() {
    let bundled = include_str!("../../briefings/mali-le-campement-2017-06-18.yaml");
    let yaml = bundled.replacen(
        r#"names: {en: "gunmen", ar: "مسلحون"}"#,
        r#"names: {en: "gunmen", ar: "10 مسلحين"}"#,
        1,
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ten.yaml");
    std::fs::write(&path, yaml).unwrap();
    let mut r = PtySession::start(&[path.to_str().unwrap()], &[], 140, 40);
    r.screen_has("Entities:");
    // Laid out on its own, right to left, the name reads from its number on the right: on
    // screen the 10 comes last, just before the "; " that follows the name.
    let row = r
        .parser
        .screen()
        .contents()
        .lines()
        .find(|l| l.contains("[actor] Le Campement attackers"))
        .unwrap()
        .to_string();
    assert!(row.contains(" 10; en: gunmen)"), "{row}");
    assert!(!row.contains("(ar: 10 "), "{row}");
    r.quit();
}

#[test]
fn konsole_gets_logical_order_unless_told_otherwise() {
    let mut r = PtySession::start(&[], &[("KONSOLE_VERSION", "230401")], 120, 40);
    r.screen_has("Entities:");
    r.screen_has("هجوم مسلح على منتجع");
    let raw = r.quit();
    assert!(!contains(&raw, "\x1b[8l"), "nothing switched in Konsole");
    let mut r = PtySession::start(
        &["--bidi", "app"],
        &[("KONSOLE_VERSION", "230401")],
        120,
        40,
    );
    r.screen_has("Entities:");
    let raw = r.quit();
    assert!(
        contains(&raw, "\x1b[8l"),
        "--bidi app overrides the detection"
    );
}

#[test]
fn a_file_name_with_a_bidi_override_reorders_nothing_after_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut r = PtySession::start_in(dir.path(), &[], 120, 40);
    r.screen_has("Entities:");
    let name = "x\u{202e}abc.md";
    for _ in 0..2 {
        r.keys("em");
        r.wait_status("export to: mali-le-campement-2017-06-18.md");
        r.keys(&"\x7f".repeat(40));
        r.wait_for("the name erased", |s| {
            let (rows, cols) = s.size();
            s.contents_between(rows.get() - 1, 0, rows.get() - 1, cols.get())
                .starts_with("export to: ▏")
        });
        r.keys(name);
        r.keys("\r");
    }
    // The second time the file exists: the words after its name keep their order.
    r.wait_status(" exists: edit the name, or Esc to cancel");
    r.keys("\x1b");
    r.wait_for("the prompt closed", |s| {
        !s.contents().contains("export to:")
    });
    r.quit();
    assert!(dir.path().join(name).exists());
}

#[test]
fn resize_to_40x12_keeps_running() {
    let mut r = PtySession::start(&[], &[], 120, 40);
    r.screen_has("Entities:");
    r.master
        .resize(PtySize {
            rows: 12,
            cols: 40,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    r.parser.screen_mut().set_size(nonzero(12), nonzero(40));
    r.keys("j");
    r.wait_for("a redraw at 40 columns", |s| {
        s.contents()
            .lines()
            .any(|l| l.starts_with('┌') && l.chars().count() == 40)
    });
    assert!(r.child.try_wait().unwrap().is_none(), "still running");
    r.master
        .resize(PtySize {
            rows: 1,
            cols: 1,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    r.keys("j");
    r.pump(Duration::from_millis(300));
    assert!(
        r.child.try_wait().unwrap().is_none(),
        "still running at 1x1"
    );
    r.quit();
}

#[test]
fn mlterm_gets_its_own_switch() {
    let mut r = PtySession::start(&[], &[("MLTERM", "3.9.0")], 100, 30);
    r.screen_has("Entities:");
    let raw = r.quit();
    assert!(contains(&raw, "\x1b]5379;use_ctl=false\x07"));
    assert!(contains(&raw, "\x1b]5379;use_ctl=true\x07"));
}

#[test]
fn terminal_bidi_mode_sends_logical_order_and_switches_nothing() {
    let mut r = PtySession::start(&["--bidi", "terminal"], &[], 120, 40);
    r.screen_has("Entities:");
    let screen = r.parser.screen().contents();
    assert!(
        screen.contains("هجوم مسلح على منتجع"),
        "logical order, unshaped:\n{screen}"
    );
    let raw = r.quit();
    assert!(!contains(&raw, "\x1b[8l"));
}

#[test]
fn a_panic_in_draw_restores_the_terminal() {
    let mut r = PtySession::start(&[], &[("BRIEFING_TEST_PANIC", "draw")], 100, 30);
    let status = r.wait_exit();
    assert!(!status.success(), "a panic exits non-zero: {status:?}");
    r.assert_restored();
    assert!(contains(&r.raw, "\x1b[8h"), "implicit bidi mode restored");
    // The panic message comes after the restore, on the main screen.
    let text = String::from_utf8_lossy(&r.raw);
    let message = text.find("forced panic in draw").expect("panic message");
    assert!(
        text[..message].contains("\x1b[8h"),
        "restored before the message"
    );
    assert!(
        r.parser
            .screen()
            .contents()
            .contains("forced panic in draw")
    );
}

#[test]
fn export_shows_the_file_first_and_lets_it_be_edited_or_cancelled() {
    let dir = tempfile::tempdir().unwrap();
    let mut r = PtySession::start_in(dir.path(), &[], 120, 40);
    r.screen_has("Entities:");
    let name = "mali-le-campement-2017-06-18";
    // The proposed file is shown before anything is written.
    r.keys("em");
    r.wait_status(&format!("export to: {name}.md"));
    assert!(!dir.path().join(format!("{name}.md")).exists());
    r.keys("\r");
    r.wait_status(&format!("exported to {name}.md"));
    // Again: the next free number is proposed.
    r.keys("em");
    r.wait_status(&format!("export to: {name}-1.md"));
    r.keys("\r");
    r.wait_status(&format!("exported to {name}-1.md"));
    // Edited: three characters off ("json"), "txt" typed instead.
    r.keys("ej");
    r.wait_status(&format!("export to: {name}.json"));
    r.keys("\x7f\x7f\x7f\x7ftxt\r");
    r.wait_status(&format!("exported to {name}.txt"));
    // Cancelled: Esc writes nothing and does not quit.
    r.keys("eh");
    r.wait_status(&format!("export to: {name}.html"));
    r.keys("\x1b");
    r.wait_for("the prompt closed", |s| {
        !s.contents().contains("export to:")
    });
    r.keys("j");
    r.pump(Duration::from_millis(200));
    assert!(r.child.try_wait().unwrap().is_none(), "still running");
    r.quit();
    let first = std::fs::read_to_string(dir.path().join(format!("{name}.md"))).unwrap();
    assert!(first.starts_with("# "), "a Markdown summary");
    assert!(dir.path().join(format!("{name}-1.md")).exists());
    assert!(dir.path().join(format!("{name}.txt")).exists());
    assert!(!dir.path().join(format!("{name}.html")).exists());
}

/// Sends `signal` to the reader and checks it exits with the terminal restored.
fn signal_restores_the_terminal(signal: &str) {
    let mut r = PtySession::start(&[], &[], 100, 30);
    r.screen_has("Entities:");
    let pid = r.child.process_id().unwrap();
    let status = std::process::Command::new("kill")
        .args([signal, &pid.to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    r.wait_exit();
    r.assert_restored();
    assert!(contains(&r.raw, "\x1b[8h"));
}

#[test]
fn sigterm_restores_the_terminal() {
    signal_restores_the_terminal("-TERM");
}

/// What the kernel sends when the terminal window goes away. (Closing the pty here is not
/// enough: the harness's reading thread keeps a copy of the master open.)
#[test]
fn hangup_ends_the_reader() {
    signal_restores_the_terminal("-HUP");
}
