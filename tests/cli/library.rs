//! The library (`briefing DIR`) on generated libraries in temporary folders: what is listed,
//! the index cache (reuse, reload of changed files, corrupt caches), the entity index across
//! briefings, the library screen's filter / sort / open / return, a snapshot of the screen,
//! and the plain listing and `check` on a folder through the real binary.

use std::path::{Path, PathBuf};

use briefing::library::index::{EntityIndex, normalise};
use briefing::library::{Library, Options, Scanned, State};
use briefing::theme::Theme;
use briefing::ui::Screen;
use briefing::ui::keymap::Motion;
use briefing::ui::library::{FilterEdit, LibraryAction, LibraryScreen, List};
use briefing::view::BidiMode;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tempfile::TempDir;

use crate::common;

#[path = "../../benches/common/library.rs"]
mod generated;
mod screen;

use screen::type_text;

const MAX: u64 = 64 << 20;

struct Fixture {
    dir: TempDir,
    cache: TempDir,
    broken: Vec<PathBuf>,
}

impl Fixture {
    fn new(n: usize) -> Fixture {
        let dir = TempDir::new().unwrap();
        let broken = generated::write_library(dir.path(), n, 2, 10);
        Fixture {
            dir,
            cache: TempDir::new().unwrap(),
            broken,
        }
    }

    fn options(&self) -> Options {
        Options {
            max_size: MAX,
            cache: Some(self.cache.path().join("library.json")),
        }
    }

    fn open(&self) -> (Library, Scanned) {
        Library::open(self.dir.path(), self.options())
    }

    fn app(&self) -> LibraryScreen {
        let (library, scanned) = self.open();
        LibraryScreen::new(library, Theme::no_color(), BidiMode::App, scanned)
    }

    fn path(&self, i: usize) -> PathBuf {
        self.dir.path().join(generated::relative_path(i))
    }
}

/// Where a broken file's error is: "line:col" of its misquoted casualty.
fn broken_at(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let at = text.find("\"slaying").unwrap();
    let line = text[..at].matches('\n').count() + 1;
    let col = text[..at].rsplit('\n').next().unwrap().chars().count() + 1;
    format!("{line}:{col}")
}

#[test]
fn every_file_is_listed_invalid_ones_with_their_first_error() {
    let f = Fixture::new(40);
    std::fs::write(f.dir.path().join("garbage.yml"), b"\xff\xfe not utf-8").unwrap();
    std::fs::write(f.dir.path().join("notes.txt"), "not a briefing file").unwrap();
    let (library, scanned) = f.open();
    assert_eq!(library.entries.len(), 41);
    assert_eq!(scanned.read, 41);
    assert_eq!(library.valid(), 40 - f.broken.len());
    for entry in &library.entries {
        match &entry.state {
            State::Valid(s) => {
                // The summary is of this very file.
                let i: usize = s.id.trim_start_matches("event-").parse().unwrap();
                assert_eq!(entry.path, f.path(i));
                assert_eq!(s.date, generated::date(i));
                assert_eq!(s.languages, ["en", "ar"]);
                assert_eq!((s.actors, s.places, s.casualties), (2, 2, 1));
                assert_eq!(s.death_toll.unwrap().count, (i % 40 + 2) as u64);
            }
            State::Invalid(e) if entry.path.ends_with("garbage.yml") => {
                assert!(e.starts_with("1:1: error:"), "{e}");
                assert!(e.contains("UTF-8"), "{e}");
            }
            State::Invalid(e) => {
                assert!(f.broken.contains(&entry.path), "{}", entry.path.display());
                let at = broken_at(&entry.path);
                assert!(
                    e.starts_with(&format!("{at}: error: quote \"slaying")),
                    "{e}"
                );
            }
            State::Unreadable(e) => panic!("unreadable: {e}"),
            State::Pending => panic!("Library::open returns with every file read"),
        }
    }
}

#[test]
fn the_cache_spares_unchanged_files_and_changed_ones_are_read_again() {
    let f = Fixture::new(30);
    let (first, scanned) = f.open();
    assert_eq!((scanned.read, scanned.reused), (30, 0));
    assert!(first.cache_error.is_none());

    let (second, scanned) = f.open();
    assert_eq!(
        (scanned.read, scanned.reused),
        (0, 30),
        "all from the cache"
    );
    assert_eq!(
        second.entries, first.entries,
        "the cache holds what reading gives"
    );

    // Change one file (a valid one becomes invalid), delete another, add a third.
    let mut library = second;
    std::fs::write(f.path(3), "id: [").unwrap();
    std::fs::remove_file(f.path(4)).unwrap();
    std::fs::write(
        f.dir.path().join("new.yaml"),
        generated::briefing_yaml(77, 1),
    )
    .unwrap();
    let scanned = library.refresh();
    assert_eq!((scanned.read, scanned.removed), (2, 1));
    let state = |lib: &Library, p: &Path| {
        lib.entries
            .iter()
            .find(|e| e.path == p)
            .map(|e| e.state.clone())
    };
    assert!(matches!(
        state(&library, &f.path(3)),
        Some(State::Invalid(_))
    ));
    assert_eq!(state(&library, &f.path(4)), None);
    assert!(matches!(
        state(&library, &f.dir.path().join("new.yaml")),
        Some(State::Valid(_))
    ));

    // The refresh saved the cache: a new run reads nothing.
    let (_, scanned) = f.open();
    assert_eq!(scanned.read, 0);

    // A corrupt cache, or one made with another size limit, is ignored.
    std::fs::write(f.cache.path().join("library.json"), "{\"version\": ").unwrap();
    assert_eq!(f.open().1.read, 30);
    let other_limit = Options {
        max_size: 1 << 20,
        ..f.options()
    };
    assert_eq!(Library::open(f.dir.path(), other_limit).1.read, 30);
}

#[test]
fn the_entity_index_groups_entities_across_briefings_by_id_and_name() {
    let f = Fixture::new(48);
    let (library, _) = f.open();
    let index = EntityIndex::build(&library.entries);
    let bamako: Vec<_> = index
        .groups
        .iter()
        .filter(|g| g.names.iter().any(|n| normalise(n) == "bamako"))
        .collect();
    assert_eq!(bamako.len(), 1, "one group for Bamako");
    let group = bamako[0];
    let ids: std::collections::BTreeSet<&str> = group
        .members
        .iter()
        .map(|m| {
            library.entries[m.entry].summary().unwrap().entities[m.entity]
                .id
                .as_str()
        })
        .collect();
    assert_eq!(ids, ["bamako", "bamako-city"].into(), "matched by name too");
    assert!(group.names.iter().any(|n| n == "باماكو"));
    // Every valid briefing that names Bamako is in the group, and no other.
    let naming: Vec<usize> = library
        .entries
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            e.summary()
                .is_some_and(|s| s.entities.iter().any(|x| x.names[0] == "Bamako"))
        })
        .map(|(i, _)| i)
        .collect();
    let mut members: Vec<usize> = group.members.iter().map(|m| m.entry).collect();
    members.dedup();
    assert_eq!(members, naming);
    assert_eq!(group.briefings, naming.len());
}

fn screen(app: &mut LibraryScreen, width: u16, height: u16) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| app.render(f)).unwrap();
    common::buffer_lines(terminal.backend().buffer())
}

#[test]
fn library_screen() {
    let f = Fixture::new(12);
    let mut app = f.app();
    let lines = screen(&mut app, 110, 12);
    // The first row names the temporary folder: checked, not snapshotted.
    assert!(lines[0].starts_with("Library "), "{}", lines[0]);
    assert!(lines[0].contains("11 briefing(s) · sorted by date, newest first · 1 invalid"));
    insta::assert_snapshot!(lines[1..].join("\n"));
    app.apply(LibraryAction::SwitchList);
    insta::assert_snapshot!(
        "library_screen_entities",
        screen(&mut app, 110, 12)[1..].join("\n")
    );
    // A filter in Arabic stays in its place in the status line, the count after it; the
    // caret at its end is on its left, where the next Arabic letter goes.
    app.apply(LibraryAction::Filter);
    for c in "كيدال".chars() {
        app.type_filter(FilterEdit::Push(c));
    }
    let status = screen(&mut app, 110, 12).pop().unwrap();
    let shown = briefing::view::line::visual("كيدال", 110, BidiMode::App);
    assert!(
        status.starts_with(&format!("/▏{shown} {} match(es)", app.rows().len())),
        "{status}"
    );
    app.type_filter(FilterEdit::Cancel);
    // A click selects a row; a second click on it opens it.
    app.apply(LibraryAction::SwitchList);
    screen(&mut app, 110, 12);
    let area = app.list_area();
    app.click(area.x + 5, area.y + 2);
    assert_eq!(app.cursor().row, 2);
    assert!(app.reader().is_none());
    app.click(area.x + 5, area.y + 2);
    let opened = &app.library().entries[app.rows()[2]];
    assert_eq!(
        app.reader().map(|r| r.briefing().id.as_str()),
        opened.summary().map(|s| s.id.as_str())
    );
    app.close_reader();
    app.apply(LibraryAction::SwitchList);
    // Sorting applies to briefings, not to the index.
    app.apply(LibraryAction::SortByTitle);
    assert!(app.status().unwrap().contains("entity index is sorted by"));
    // Every size draws without panicking.
    for (w, h) in [(1, 1), (2, 3), (10, 4), (30, 6), (80, 3)] {
        screen(&mut app, w, h);
    }
}

/// The binary (see `common::briefing`) with the index cache in `cache`.
fn briefing_cmd(args: &[&Path], cache: &Path) -> common::BriefingCommand {
    let mut cmd = common::briefing();
    cmd.args(args).env("BRIEFING_CACHE_DIR", cache);
    cmd
}

#[test]
fn plain_listing_when_piped() {
    let f = Fixture::new(25);
    let out = briefing_cmd(&[f.dir.path()], f.cache.path())
        .env("COLUMNS", "120")
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(lines[0].starts_with("date        title"), "{}", lines[0]);
    assert_eq!(lines.len(), 1 + 25 + 1);
    assert_eq!(lines[26], "23 briefing(s), 2 invalid or unreadable");
    let invalid: Vec<&&str> = lines.iter().filter(|l| l.starts_with("invalid")).collect();
    assert_eq!(invalid.len(), 2);
    let at = broken_at(&f.path(9));
    assert!(
        invalid[0].contains(&format!("batch-000/event-00009.yaml: {at}: error")),
        "{}",
        invalid[0]
    );
    assert!(!stdout.contains('\u{1b}'));
    // Each file's row names it (two briefings with one title are told apart), valid or not.
    assert!(lines[0].ends_with("  file"), "{}", lines[0]);
    for i in 0..25 {
        let path = generated::relative_path(i);
        let name = path.to_str().unwrap();
        let rows: Vec<_> = lines.iter().filter(|l| l.contains(name)).collect();
        assert_eq!(rows.len(), 1, "{name}: {rows:?}");
        assert!(
            rows[0].ends_with(&format!("  {name}")) || rows[0].starts_with("invalid"),
            "{}",
            rows[0]
        );
    }
    // One cache file was written, and --no-cache writes none.
    let cached = |dir: &Path| std::fs::read_dir(dir).unwrap().count();
    assert_eq!(cached(f.cache.path()), 1);
    let elsewhere = TempDir::new().unwrap();
    let out = briefing_cmd(&[f.dir.path()], elsewhere.path())
        .arg("--no-cache")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(cached(elsewhere.path()), 0);
}

#[test]
fn check_and_export_work_on_the_folder() {
    let f = Fixture::new(20);
    let check = briefing_cmd(&[Path::new("check"), f.dir.path()], f.cache.path())
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&check.stderr);
    for broken in &f.broken {
        assert!(
            stderr.contains(&format!(
                "{}:{}: error",
                broken.display(),
                broken_at(broken)
            )),
            "{stderr}"
        );
    }
    assert_eq!(String::from_utf8_lossy(&check.stdout).lines().count(), 18);
    let out = TempDir::new().unwrap();
    let export = briefing_cmd(
        &[
            Path::new("export"),
            f.dir.path(),
            Path::new("--format"),
            Path::new("json"),
            Path::new("-o"),
            out.path(),
        ],
        f.cache.path(),
    )
    .output()
    .unwrap();
    assert_eq!(export.status.code(), Some(1), "two invalid files");
    let written = out.path().join("batch-000/event-00001.json");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(written).unwrap()).unwrap();
    assert_eq!(json["id"], "event-1");
}

#[cfg(unix)]
#[test]
fn links_are_followed_and_odd_files_are_listed_not_read() {
    let f = Fixture::new(2);
    let root = f.dir.path();
    // A link to a briefing, a link loop, and a socket named like a briefing (reading it
    // would fail or block).
    std::os::unix::fs::symlink(f.path(0), root.join("link.yaml")).unwrap();
    std::os::unix::fs::symlink(root, root.join("loop")).unwrap();
    // Dangling links: one named like a briefing (unreadable), one not (not the library's).
    std::os::unix::fs::symlink(root.join("gone"), root.join("dangling.yaml")).unwrap();
    std::os::unix::fs::symlink(root.join("gone"), root.join("notes.txt")).unwrap();
    let _socket = std::os::unix::net::UnixListener::bind(root.join("socket.yaml")).unwrap();
    let (library, _) = f.open();
    let state = |name: &str| {
        library
            .entries
            .iter()
            .find(|e| e.name(root) == name)
            .map(|e| e.state.clone())
    };
    assert!(matches!(state("link.yaml"), Some(State::Valid(_))));
    assert!(matches!(state("loop"), Some(State::Unreadable(e)) if e.contains("loop")));
    assert!(
        matches!(state("socket.yaml"), Some(State::Unreadable(e)) if e.contains("not a regular file"))
    );
    assert!(matches!(state("dangling.yaml"), Some(State::Unreadable(_))));
    assert_eq!(state("notes.txt"), None);
    assert_eq!(library.entries.len(), 6);
    // `check` finds the same files: the loop, the socket and the dangling link are
    // unreadable paths (exit 2), and every other file is still checked.
    let check = briefing_cmd(&[Path::new("check"), root], f.cache.path())
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&check.stderr);
    assert!(stderr.contains("loop"), "{stderr}");
    assert!(stderr.contains("dangling.yaml"), "{stderr}");
    assert!(stderr.contains("socket.yaml"), "{stderr}");
    let ok = String::from_utf8_lossy(&check.stdout).lines().count();
    assert_eq!(ok, 3, "two briefings and the link to one");
}

#[test]
fn the_screen_shows_the_list_while_files_are_read() {
    let f = Fixture::new(60);
    let (mut library, mut reading) = Library::open_in_background(f.dir.path(), f.options());
    // The folder is walked behind the screen too: nothing is listed before it is in.
    assert!(library.entries.is_empty() && reading.is_walking());
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while library.receive(&mut reading, false).is_empty() {
        assert!(std::time::Instant::now() < deadline, "the walk never ended");
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    let scanned = reading.scanned;
    assert_eq!(scanned.read, 60);
    assert!(
        library
            .entries
            .iter()
            .all(|e| matches!(e.state, State::Pending)),
        "the walk comes in alone, before any file read"
    );
    let mut app = LibraryScreen::new(library, Theme::no_color(), BidiMode::App, scanned)
        .with_reading(reading, scanned);
    assert_eq!(app.rows().len(), 60, "every file is listed at once");
    let first = screen(&mut app, 110, 12);
    assert!(first[0].contains("0 briefing(s)"), "{first:?}");
    assert!(
        !first[0].contains("invalid"),
        "files being read are not invalid: {first:?}"
    );
    assert!(first[0].contains("reading files: 0 of 60"), "{first:?}");
    assert!(first.iter().any(|l| l.contains("reading…")), "{first:?}");
    // Quitting now would keep what was read in the cache (here perhaps nothing yet).
    app.save_progress();
    assert!(f.cache.path().join("library.json").exists());
    // The cursor stays where it is put while rows fill in and move.
    app.apply(LibraryAction::Move(Motion::Down));
    app.apply(LibraryAction::Move(Motion::Down));
    // The index and reloading wait for the reading to end.
    app.apply(LibraryAction::SwitchList);
    assert_eq!(app.list(), List::Briefings);
    assert!(app.status().unwrap().contains("once every file is read"));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while app.progress().is_some() {
        assert!(std::time::Instant::now() < deadline, "reading never ended");
        app.tick();
        assert_eq!(app.cursor().row, 2);
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert!(
        app.library()
            .entries
            .iter()
            .all(|e| !matches!(e.state, State::Pending))
    );
    assert_eq!(
        app.library().entries,
        f.open().0.entries,
        "the same as reading at once"
    );
    type_text(&mut app, "kidal");
    for &r in app.rows() {
        let s = app.library().entries[r].summary().unwrap();
        assert!(s.entities.iter().any(|e| e.names[0] == "Kidal"), "{}", s.id);
    }
    assert!(!app.rows().is_empty());
    // The cache was saved when the last file came in.
    assert_eq!(f.open().1.read, 0);
}

/// A briefing with its gunmen, its attackers' Arabic name and a place.
fn briefing_with_gunmen(id: &str, attackers: (&str, &str), place: &str) -> String {
    format!(
        "id: {id}\ntitle: Attack\ndate: \"2017-06-18\"\narticles:\n  - id: ar\n    lang: ar\n    \
         source: test\n    headline: هجوم\n    text: هاجم مسلحون منتجعا قرب باماكو.\nentities:\n  \
         - id: {}\n    kind: actor\n    name: {}\n    names: {{ar: مسلحون}}\n    mentions:\n      \
         - {{article: ar, quote: مسلحون}}\n  - id: {place}\n    kind: place\n    name: Bamako\n    \
         names: {{ar: باماكو}}\n    mentions:\n      - {{article: ar, quote: باماكو}}\n",
        attackers.0, attackers.1
    )
}

/// Issue 27: two briefings whose different attackers are both named مسلحون ("gunmen"), a
/// generic word, stay two groups; their place, named Bamako / باماكو under two ids, is one.
#[test]
fn the_entity_index_never_joins_entities_by_a_generic_word() {
    let dir = TempDir::new().unwrap();
    let files = [
        (
            "one.yaml",
            briefing_with_gunmen("one", ("attackers", "Le Campement attackers"), "bamako"),
        ),
        (
            "two.yaml",
            briefing_with_gunmen(
                "two",
                ("radisson-attackers", "\"Radisson Blu attackers (2015)\""),
                "bamako-city",
            ),
        ),
    ];
    for (name, yaml) in &files {
        std::fs::write(dir.path().join(name), yaml).unwrap();
    }
    let options = Options {
        max_size: MAX,
        cache: None,
    };
    let (library, _) = Library::open(dir.path(), options);
    assert!(
        library.entries.iter().all(|e| e.summary().is_some()),
        "both valid"
    );
    let index = EntityIndex::build(&library.entries);
    let gunmen: Vec<_> = index
        .groups
        .iter()
        .filter(|g| g.names.iter().any(|n| n == "مسلحون"))
        .collect();
    assert_eq!(gunmen.len(), 2, "{:?}", index.groups);
    assert!(gunmen.iter().all(|g| g.briefings == 1));
    let bamako: Vec<_> = index.groups.iter().filter(|g| g.name == "Bamako").collect();
    assert_eq!(bamako.len(), 1);
    assert_eq!(bamako[0].briefings, 2, "joined by its proper name");
}
