//! `briefing new` run as the real binary (through the shared harness, under a time limit):
//! a plain-text and a saved HTML page (with navigation, share buttons, related links, a
//! cookie notice and a footer, which must not reach the text) make a briefing that `check`
//! accepts, with the page's metadata; and every bad input (missing file, binary file, HTML
//! without article text, two articles given one id, an existing OUT without --force, no
//! date) fails with a clear message and writes nothing. Hostile inputs too: FIFOs and
//! devices (refused at once), files past --max-size whose size is unknown, pages in other
//! encodings, controls in file names and URLs, deep nesting, bad page dates, one-paragraph
//! texts, consent banners outside the article. Metadata given on the command line (ids,
//! sources, summary, standard input, standfirsts) is tested in `metadata`.

use crate::common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use briefing::briefing::load_path;

fn new(args: &[&str]) -> Output {
    let mut run = common::briefing();
    run.arg("new").args(args);
    run.output_within(common::TIMEOUT)
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
    let check = common::briefing().args(["check", &out]).output().unwrap();
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
    let two = format!("en:wire={}", fixture("report.html"));
    refused(
        &["--date", "2017-06-18", &two, &two],
        1,
        "two articles with the id \"wire\"",
    );
    refused(&[&txt], 2, "--date");
    refused(&["--date", "2017-06-18", &fixture("")], 1, "is a folder");
}

/// Writes `bytes` to `name` in `dir` and returns its path.
fn file(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    fs::write(&path, bytes).unwrap();
    path.display().to_string()
}

/// A saved page with `head` in its head and `body` as its body.
fn page(head: &str, body: &str) -> String {
    format!("<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>")
}

const STORY: &str = "<p>Gunmen attacked a resort popular with foreigners near Bamako, the capital of Mali, on Sunday, killing at least two people, the security minister said. Special forces surrounded the compound within the hour, backed by French troops and United Nations peacekeepers.</p><p>About 20 hostages were freed by special forces after several hours, the minister told reporters on Monday evening. The attackers were still being sought in the villages along the river east of the city, according to a spokesman for the ministry.</p><p>In November 2015 more than 20 people were killed in an attack on the Radisson Blu hotel in Bamako that was claimed by al-Qaeda in the Islamic Maghreb and a group allied to it.</p>";

const ARABIC: &str = "قال وزير الأمن المالي ساليف تراوري إن شخصين قتلا في الهجوم على منتجع لو كامبمان قرب باماكو، وأضاف أن قوات خاصة مالية حررت نحو عشرين رهينة بعد ساعات من الحصار.";

/// Runs `new` with `args` after `-o OUT --date 2017-06-18` in `dir`, expects success and
/// returns the briefing written.
fn drafted(dir: &Path, args: &[&str]) -> briefing::briefing::Briefing {
    let out = out_path(dir);
    let mut all = vec!["--force", "-o", out.as_str(), "--date", "2017-06-18"];
    all.extend_from_slice(args);
    let run = new(&all);
    assert!(run.status.success(), "{args:?}: {}", stderr(&run));
    load_path(Path::new(&out), 1 << 20).unwrap().briefing
}

#[test]
fn fifos_devices_and_endless_files_are_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("article.txt");
    let name = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a valid C string; mkfifo only creates a file.
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
    let fifo = fifo.display().to_string();
    // Each run is killed and the test fails if it waits or reads without end.
    refused(&["--date", "2017-06-18", &fifo], 2, "a FIFO");
    for device in ["/dev/zero", "/dev/urandom"] {
        refused(
            &["--max-size", "1K", "--date", "2017-06-18", device],
            2,
            "a character device",
        );
    }
    // A /proc file says it is empty: only the bounded read sees it is over the limit.
    refused(
        &[
            "--max-size",
            "16",
            "--date",
            "2017-06-18",
            "/proc/self/maps",
        ],
        1,
        "over the limit of 16",
    );
    let big = file(dir.path(), "big.txt", &[b'a'; 2048]);
    refused(
        &["--max-size", "1K", "--date", "2017-06-18", &big],
        1,
        "over the limit of 1024",
    );
}

#[test]
fn declared_encodings_are_decoded() {
    use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252, WINDOWS_1256};
    let dir = tempfile::tempdir().unwrap();
    let arabic_page = page(
        "<meta charset=\"windows-1256\"><title>هجوم مسلح قرب باماكو</title>",
        &format!("<article><p>{ARABIC}</p><p>{ARABIC}</p><p>{ARABIC}</p></article>"),
    );
    let cp1256 = file(dir.path(), "ar.html", &WINDOWS_1256.encode(&arabic_page).0);
    let b = drafted(dir.path(), &[&cp1256]);
    assert_eq!(b.articles[0].lang, "ar");
    assert_eq!(b.articles[0].headline, "هجوم مسلح قرب باماكو");
    assert_eq!(b.articles[0].text, [ARABIC; 3].join("\n\n"));

    let latin = "L'armée malienne a libéré une vingtaine d'otages à Ségou, après plusieurs heures de siège, selon le ministre de la Sécurité qui s'exprimait lundi soir.";
    let latin_page = page(
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><title>Otages libérés</title>",
        &format!("<article><p>{latin}</p><p>{latin}</p><p>{latin}</p></article>"),
    );
    let iso = file(dir.path(), "fr.html", &WINDOWS_1252.encode(&latin_page).0);
    let b = drafted(dir.path(), &[&format!("fr={iso}")]);
    assert_eq!(b.articles[0].headline, "Otages libérés");
    assert_eq!(b.articles[0].text, format!("{latin}\n\n{latin}\n\n{latin}"));

    let text = format!("هجوم مسلح قرب باماكو\n\n{ARABIC}\n");
    for (encoding, bom, name) in [
        (UTF_16LE, [0xFF, 0xFE], "le.txt"),
        (UTF_16BE, [0xFE, 0xFF], "be.txt"),
    ] {
        let mut bytes = bom.to_vec();
        for unit in text.encode_utf16() {
            let pair = match encoding == UTF_16LE {
                true => unit.to_le_bytes(),
                false => unit.to_be_bytes(),
            };
            bytes.extend_from_slice(&pair);
        }
        let path = file(dir.path(), name, &bytes);
        let b = drafted(dir.path(), &[&path]);
        assert_eq!(b.articles[0].text, ARABIC, "{name}");
    }

    let undeclared = file(dir.path(), "ar.txt", &WINDOWS_1256.encode(&text).0);
    refused(
        &["--date", "2017-06-18", &undeclared],
        1,
        "--encoding windows-1256",
    );
    let b = drafted(dir.path(), &["--encoding", "windows-1256", &undeclared]);
    assert_eq!(b.articles[0].text, ARABIC);
    refused(
        &["--encoding", "klingon", "--date", "2017-06-18", &undeclared],
        2,
        "not an encoding label",
    );
}

#[test]
fn controls_from_names_and_pages_never_reach_the_draft() {
    let dir = tempfile::tempdir().unwrap();
    let txt = file(
        dir.path(),
        "a\u{1b}[31mb\u{7}c\u{202e}d.txt",
        b"Gunmen attack resort\n\nGunmen attacked a resort near Bamako.\n",
    );
    let html = file(
        dir.path(),
        "page.html",
        page(
            "<title>Gunmen attack resort</title><link rel=canonical href=\"https://example.org/a\u{1b}[2J\u{7}b\">",
            &format!("<article>{STORY}</article>"),
        )
        .as_bytes(),
    );
    let b = drafted(
        dir.path(),
        &["--title", "T\u{1b}]0;x\u{7}", &txt, &format!("fr={html}")],
    );
    let strings = [
        b.title.as_str(),
        &b.articles[0].source,
        b.articles[1].url.as_deref().unwrap(),
        &b.articles[1].source,
    ];
    for s in strings {
        assert!(
            !s.contains(|c: char| c.is_control() || briefing::briefing::is_bidi_control(c)),
            "{s:?}"
        );
    }
    assert_eq!(b.articles[0].source, "a [31mb c d.txt");
    assert_eq!(
        b.articles[1].url.as_deref(),
        Some("https://example.org/a [2J b")
    );
    assert_eq!(b.articles[1].source, "example.org");
}

#[test]
fn deep_nesting_is_refused_before_parsing() {
    let dir = tempfile::tempdir().unwrap();
    let nested = |n: usize| {
        page(
            "<title>Deep</title>",
            &format!(
                "{}<article>{STORY}</article>{}",
                "<div>".repeat(n),
                "</div>".repeat(n)
            ),
        )
    };
    let deep = file(dir.path(), "deep.html", nested(100_000).as_bytes());
    let start = std::time::Instant::now();
    refused(
        &["--date", "2017-06-18", &deep],
        1,
        "nested more than 512 deep",
    );
    assert!(
        start.elapsed() < std::time::Duration::from_secs(5),
        "{:?}",
        start.elapsed()
    );
    let fine = file(dir.path(), "fine.html", nested(300).as_bytes());
    let b = drafted(dir.path(), &[&fine]);
    assert!(
        b.articles[0].text.starts_with("Gunmen attacked"),
        "{}",
        b.articles[0].text
    );
}

#[test]
fn a_bad_page_date_is_reported_against_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let html = file(
        dir.path(),
        "page.html",
        page(
            "<title>Gunmen attack resort</title><meta property=\"article:published_time\" content=\"2017-13-45T10:00:00Z\">",
            &format!("<article>{STORY}</article>"),
        )
        .as_bytes(),
    );
    let out = out_path(dir.path());
    let run = new(&["-o", &out, &html]);
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
    let says = stderr(&run);
    assert!(
        says.contains(&format!("{html}: the publication time")),
        "{says}"
    );
    assert!(says.contains("\"2017-13-45T10:00:00Z\""), "{says}");
    assert!(says.contains("--date YYYY-MM-DD"), "{says}");
    assert!(!says.contains("out.yaml"), "{says}");
    assert!(!Path::new(&out).exists());
    refused(
        &["--date", "2017-02-30", &html],
        2,
        "--date \"2017-02-30\" is not a date",
    );
    let b = drafted(dir.path(), &[&html]);
    assert_eq!(b.date, "2017-06-18", "--date wins over the page");
}

#[test]
fn a_one_paragraph_text_takes_its_first_sentence_as_headline() {
    let dir = tempfile::tempdir().unwrap();
    let one = file(
        dir.path(),
        "one.txt",
        b"Gunmen attacked a resort near Bamako on Sunday. At least two people were killed.\n",
    );
    let b = drafted(dir.path(), &[&one]);
    assert_eq!(
        b.articles[0].headline,
        "Gunmen attacked a resort near Bamako on Sunday"
    );
    assert_eq!(
        b.articles[0].text,
        "Gunmen attacked a resort near Bamako on Sunday. At least two people were killed."
    );
    let b = drafted(dir.path(), &["--headline", "Resort attacked", &one]);
    assert_eq!(b.articles[0].headline, "Resort attacked");
    assert_eq!(b.title, "Resort attacked");
    refused(
        &[
            "--headline",
            "a",
            "--headline",
            "b",
            "--date",
            "2017-06-18",
            &one,
        ],
        2,
        "2 --headline for 1 article",
    );
    // What only the check of the draft finds is located in the draft, not in OUT.
    refused(
        &["--headline", " ", "--date", "2017-06-18", &one],
        1,
        "out.yaml (the draft, not written):",
    );
}

#[test]
fn only_the_article_is_kept_and_consent_banners_are_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let notice = "<div class=\"notice\"><p>We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies and our privacy policy.</p></div>";
    let outside = file(
        dir.path(),
        "outside.html",
        page("<title>Gunmen attack resort</title>", &format!("{notice}<article>{STORY}</article><div><p>Sign up to our newsletter for the best of our journalism every morning, delivered straight to your inbox by our team.</p></div>")).as_bytes(),
    );
    let b = drafted(dir.path(), &[&outside]);
    assert!(
        b.articles[0].text.starts_with("Gunmen attacked"),
        "{}",
        b.articles[0].text
    );
    assert_eq!(b.articles[0].paragraphs.len(), 3, "{}", b.articles[0].text);
    let no_article = file(
        dir.path(),
        "plain.html",
        page(
            "<title>Gunmen attack resort</title>",
            &format!("{notice}<div>{STORY}</div>"),
        )
        .as_bytes(),
    );
    let b = drafted(dir.path(), &[&no_article]);
    assert!(
        !b.articles[0].text.contains("cookies"),
        "{}",
        b.articles[0].text
    );
    assert!(
        b.articles[0].text.starts_with("Gunmen attacked"),
        "{}",
        b.articles[0].text
    ); // The page's metadata outside its <article> is still read (JSON-LD in the body).
    let ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Resort attacked\",\"datePublished\":\"2017-06-19T08:00:00Z\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example News\"}}</script>";
    let with_ld = file(
        dir.path(),
        "ld.html",
        page("", &format!("{ld}<article>{STORY}</article>")).as_bytes(),
    );
    let out = out_path(dir.path());
    let run = new(&["--force", "-o", &out, &with_ld]);
    assert!(run.status.success(), "{}", stderr(&run));
    let b = load_path(Path::new(&out), 1 << 20).unwrap().briefing;
    assert_eq!(b.date, "2017-06-19");
    assert_eq!(b.articles[0].headline, "Resort attacked");
    assert_eq!(b.articles[0].source, "Example News");
}

mod metadata;
