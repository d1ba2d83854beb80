//! Making a briefing in the reader, end to end: `briefing new` drafts it from two small
//! article files, then the real binary in a pseudo-terminal marks an actor and a place in
//! the English text (mouse drags), the same actor in the Arabic headline (keys), a
//! casualty figure (prefilled by the figure parser), accepts and rejects suggestions, undoes
//! the acceptance, and saves. Then `check` passes, the file loads to exactly the expected
//! model (the draft with the same edits made through the library), and every line of the
//! draft is still in the file, in order: the save only added lines.

use crate::common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use briefing::annotate::{Edit, apply};
use briefing::briefing::{
    ArticleIx, Briefing, EntityIx, EntityKind, Figure, FigureType, Part, Qualifier, load_str,
};
use common::{PtySession, briefing};

const EN: &str = "Gunmen attack hotel in Timbuktu\n\nGunmen attacked a hotel in Timbuktu on Monday, killing three people, the army said.\n\nThe army said the attackers fled north.\n";
const AR: &str = "مسلحون يهاجمون فندقا في تمبكتو\n\nهاجم مسلحون فندقا في تمبكتو يوم الاثنين ما أدى إلى مقتل ثلاثة أشخاص، بحسب الجيش.\n\nوقال الجيش إن المهاجمين فروا شمالا.\n";

const COLS: u16 = 140;

/// Drags the mouse over `text` in the left pane, on the first row that shows `row_has`.
fn drag_over(r: &mut PtySession, row_has: &str, text: &str) {
    let (row, col) = r
        .parser
        .screen()
        .rows(0, COLS / 2)
        .enumerate()
        .find_map(|(row, line)| {
            line.contains(row_has).then_some(())?;
            let at = line.find(text)?;
            Some((row as u16, line[..at].chars().count() as u16))
        })
        .unwrap_or_else(|| panic!("{row_has:?} on screen:\n{}", r.parser.screen().contents()));
    let (x, y) = (col + 1, row + 1);
    let last = x + text.chars().count() as u16 - 1;
    r.keys(&format!("\x1b[<0;{x};{y}M"));
    r.keys(&format!("\x1b[<32;{last};{y}M"));
    r.keys(&format!("\x1b[<0;{last};{y}m"));
    r.wait_status(&format!("«{text}»"));
}

/// Types into the open picker and takes row `down` (0: the first).
fn pick(r: &mut PtySession, typed: &str, down: usize) {
    r.keys("m");
    r.screen_has("+ new actor");
    r.keys(typed);
    for _ in 0..down {
        r.keys("\x1b[B");
    }
    r.keys("\r");
}

fn entity_with(b: &Briefing, name: &str) -> EntityIx {
    EntityIx(b.entities.iter().position(|e| e.name == name).unwrap())
}

fn text_span(b: &Briefing, article: ArticleIx, part: Part, quote: &str) -> std::ops::Range<usize> {
    let start = b.articles[article].part(part).find(quote).unwrap();
    start..start + quote.len()
}

#[test]
fn a_briefing_made_in_the_reader_is_saved_line_by_line() {
    let dir = tempfile::tempdir().unwrap();
    let (en, ar, draft) = (
        dir.path().join("en.txt"),
        dir.path().join("ar.txt"),
        dir.path().join("draft.yaml"),
    );
    fs::write(&en, EN).unwrap();
    fs::write(&ar, AR).unwrap();
    let arg = |p: &Path| p.display().to_string();
    let out = briefing()
        .args(["new", "-o", &arg(&draft), "--date", "2024-03-04"])
        .args(["--title", "Timbuktu hotel attack"])
        .arg(format!("en={}", arg(&en)))
        .arg(format!("ar={}", arg(&ar)))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let before = fs::read_to_string(&draft).unwrap();

    let mut r = PtySession::start(&[&arg(&draft)], &[], COLS, 40);
    r.screen_has("Timbuktu hotel attack");
    // An actor and a place in the English text, dragged over with the mouse.
    drag_over(&mut r, "Gunmen attacked", "Gunmen");
    pick(&mut r, "Gunmen", 0);
    r.wait_status("new actor: Gunmen");
    drag_over(&mut r, "Gunmen attacked", "Timbuktu");
    pick(&mut r, "Timbuktu", 1);
    r.wait_status("new place: Timbuktu");
    // The same actor in the Arabic headline: its first word, by keys; the picker finds
    // the English-named entity by what is typed.
    r.keys("\t");
    r.keys("v");
    r.wait_status("select mode");
    r.keys("ve");
    r.wait_status("selected 6 characters");
    pick(&mut r, "gun", 0);
    r.wait_status("marked as Gunmen");
    // A casualty figure: the form comes prefilled from the figure parser.
    drag_over(&mut r, "killing three", "killing three people");
    pick(&mut r, "People killed", 2);
    r.wait_status("figure of new People killed (type count qualifier): killed 3");
    r.keys("\r");
    r.wait_status("new casualty: People killed");
    // Suggestions: accept the first, reject the next, stop; then undo the acceptance.
    r.keys("S");
    r.wait_status("suggestion 1 of");
    r.keys("y");
    r.wait_status("accepted · suggestion 1 of");
    r.keys("n");
    r.wait_status("rejected · suggestion 1 of");
    r.keys("\x1b");
    r.wait_status("review stopped");
    r.keys("u");
    r.wait_status("undone");
    r.keys("w");
    r.wait_status("saved to");
    r.quit();

    let check = briefing().args(["check", &arg(&draft)]).output().unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    let after = fs::read_to_string(&draft).unwrap();
    let saved = load_str("draft.yaml", &after).unwrap().briefing;
    assert_eq!(saved, expected(&before), "saved file:\n{after}");
    // Only lines were added: every line of the draft is still there, in order.
    let mut rest = after.lines();
    for line in before.lines() {
        assert!(rest.any(|l| l == line), "{line:?} kept, in order:\n{after}");
    }
    assert!(after.lines().count() > before.lines().count());
}

/// One mark the test makes: the entity (created first when it has an id), and where.
type Step<'a> = (
    &'a str,
    EntityKind,
    &'a str,
    ArticleIx,
    Part,
    &'a str,
    Option<Figure>,
);

/// The draft with the edits the test makes, made through the library.
fn expected(draft: &str) -> Briefing {
    let mut b = load_str("draft.yaml", draft).unwrap().briefing;
    let (en, ar) = (
        b.article_index("en").unwrap(),
        b.article_index("ar").unwrap(),
    );
    let killed = Figure {
        kind: FigureType::Killed,
        count: 3,
        count_max: None,
        qualifier: Qualifier::Exact,
        superseded: false,
        as_of: None,
    };
    // (id of a new entity or "", kind, name, article, part, quote, figure)
    let steps: [Step; 4] = [
        (
            "gunmen",
            EntityKind::Actor,
            "Gunmen",
            en,
            Part::Text,
            "Gunmen",
            None,
        ),
        (
            "timbuktu",
            EntityKind::Place,
            "Timbuktu",
            en,
            Part::Text,
            "Timbuktu",
            None,
        ),
        (
            "",
            EntityKind::Actor,
            "Gunmen",
            ar,
            Part::Headline,
            "مسلحون",
            None,
        ),
        (
            "people-killed",
            EntityKind::Casualty,
            "People killed",
            en,
            Part::Text,
            "killing three people",
            Some(killed),
        ),
    ];
    for (id, kind, name, article, part, quote, figure) in steps {
        if !id.is_empty() {
            let lang = b.articles[article].lang.clone();
            let create = Edit::CreateEntity {
                id: id.into(),
                kind,
                name: name.into(),
                names: BTreeMap::from([(lang, quote.to_string())]),
                figure,
            };
            apply(&mut b, &create).unwrap();
        }
        let mention = Edit::AddMention {
            entity: entity_with(&b, name),
            article,
            part,
            bytes: text_span(&b, article, part, quote),
            figure,
        };
        apply(&mut b, &mention).unwrap();
    }
    // Marking the Arabic headline named the actor in Arabic too.
    let gunmen = entity_with(&b, "Gunmen");
    let named = Edit::SetName {
        entity: gunmen,
        lang: "ar".into(),
        name: Some("مسلحون".into()),
    };
    apply(&mut b, &named).unwrap();
    b
}

/// `--read-only` opens a writable file for reading only: an edit says so and the file is
/// untouched.
#[test]
fn read_only_says_so_when_an_edit_is_tried() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.yaml");
    let bundled = include_str!("../../briefings/mali-le-campement-2017-06-18.yaml");
    fs::write(&path, bundled).unwrap();
    let mut r = PtySession::start(&["--read-only", &path.display().to_string()], &[], COLS, 40);
    r.screen_has("Entities:");
    r.keys("]");
    r.keys("x");
    r.wait_status("opened with --read-only: edits are off");
    r.keys("w");
    r.quit();
    assert_eq!(fs::read_to_string(&path).unwrap(), bundled);
}

/// Issue 25, defect 6: SIGTERM or SIGHUP with unsaved edits keeps them in `.NAME.recover`
/// (mode 0600; the file itself untouched) and exits with 128 + the signal; the next open
/// asks, `r` brings the edits back unsaved and `w` saves them.
#[test]
fn a_signal_keeps_unsaved_edits_for_the_next_open() {
    use std::os::unix::fs::PermissionsExt;
    for (signal, name) in [(libc::SIGTERM, "-TERM"), (libc::SIGHUP, "-HUP")] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.yaml");
        let bundled = include_str!("../../briefings/mali-le-campement-2017-06-18.yaml");
        fs::write(&path, bundled).unwrap();
        let arg = path.display().to_string();
        let mut r = PtySession::start(&[&arg], &[], COLS, 40);
        r.screen_has("Entities:");
        r.keys("]R");
        r.wait_status("new name of ");
        r.keys("Zed\r");
        r.wait_status("unsaved: w saves");
        let pid = r.child.process_id().unwrap();
        let status = std::process::Command::new("kill")
            .args([name, &pid.to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        let status = r.wait_exit();
        assert_eq!(status.exit_code(), 128 + signal as u32, "{name}");
        r.assert_restored();
        assert_eq!(fs::read_to_string(&path).unwrap(), bundled, "{name}");
        let kept = dir.path().join(".b.yaml.recover");
        let mode = fs::metadata(&kept).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{name}");
        let renamed = |text: &str| {
            let b = load_str("b.yaml", text).unwrap().briefing;
            b.entities.iter().any(|e| e.name.ends_with("Zed"))
        };
        assert!(renamed(&fs::read_to_string(&kept).unwrap()), "{name}");

        let mut r = PtySession::start(&[&arg], &[], COLS, 40);
        r.wait_status("unsaved edits of an interrupted session were kept");
        r.keys("r");
        r.wait_status("recovered the edits");
        r.keys("w");
        r.wait_status("saved to");
        r.quit();
        assert!(renamed(&fs::read_to_string(&path).unwrap()), "{name}");
        assert!(!kept.exists(), "{name}");
    }
}
