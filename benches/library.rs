//! Library benchmarks on a generated folder of 10 000 briefings (made once, below the system
//! temporary folder): opening it with no index cache (every file parsed, on all cores; or
//! the screen's way, the first frame at once while files are read behind it) and with the
//! cache, each up to the first frame at 120x40; the first filter keystroke (folds
//! every row's text) and two later ones; building the entity index.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use briefing::library::index::EntityIndex;
use briefing::library::{Library, Options};
use briefing::theme::{BuiltIn, Theme};
use briefing::ui::Screen;
use briefing::ui::library::{FilterEdit, LibraryAction, LibraryScreen};
use briefing::view::BidiMode;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[path = "common/library.rs"]
mod generated;

const N: usize = 10_000;
const MAX: u64 = 64 << 20;

fn folder() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("briefing-bench-library-{N}"));
    if !dir.join("complete").exists() {
        let _ = std::fs::remove_dir_all(&dir);
        generated::write_library(&dir, N, 8, 100);
        std::fs::write(dir.join("complete"), "").expect("mark the folder complete");
    }
    dir
}

fn open_and_draw(dir: &Path, cache: Option<PathBuf>) -> LibraryScreen {
    let (library, scanned) = Library::open(
        dir,
        Options {
            max_size: MAX,
            cache,
        },
    );
    let mut app = LibraryScreen::new(
        library,
        Theme::built_in(BuiltIn::Dark),
        BidiMode::App,
        scanned,
    );
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    terminal.draw(|f| app.render(f)).expect("draw");
    app
}

fn library(c: &mut Criterion) {
    let dir = folder();
    let cache_dir = tempfile::TempDir::new().expect("cache folder");
    let cache = cache_dir.path().join("library.json");
    let mut group = c.benchmark_group("library of 10 000");
    group.sample_size(10);
    group.bench_function("open without cache, first frame", |bench| {
        bench.iter(|| black_box(open_and_draw(&dir, None)))
    });
    group.bench_function("open without cache, first frame while reading", |bench| {
        bench.iter(|| {
            let options = Options {
                max_size: MAX,
                cache: None,
            };
            let (mut library, mut reading) = Library::open_in_background(&dir, options);
            // The first frame with the list: once the walk (on its own thread) is in.
            while reading.is_walking() {
                library.receive(&mut reading, false);
                std::thread::yield_now();
            }
            let scanned = reading.scanned;
            let mut app = LibraryScreen::new(
                library,
                Theme::built_in(BuiltIn::Dark),
                BidiMode::App,
                scanned,
            )
            .with_reading(reading, scanned);
            let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
            terminal.draw(|f| app.render(f)).expect("draw");
            // Dropping the app stops the readers after the file each one is on.
            black_box(app)
        })
    });
    open_and_draw(&dir, Some(cache.clone()));
    group.bench_function("open from cache, first frame", |bench| {
        bench.iter(|| black_box(open_and_draw(&dir, Some(cache.clone()))))
    });
    group.bench_function("first filter keystroke", |bench| {
        bench.iter_batched(
            || open_and_draw(&dir, Some(cache.clone())),
            |mut app| {
                app.apply(LibraryAction::Filter);
                app.type_filter(FilterEdit::Push('k'));
                app
            },
            BatchSize::LargeInput,
        )
    });
    let mut app = open_and_draw(&dir, Some(cache.clone()));
    app.apply(LibraryAction::Filter);
    app.type_filter(FilterEdit::Push('k'));
    group.bench_function("two later keystrokes (type, erase)", |bench| {
        bench.iter(|| {
            app.type_filter(FilterEdit::Push('i'));
            app.type_filter(FilterEdit::Pop);
        })
    });
    let (lib, _) = Library::open(
        &dir,
        Options {
            max_size: MAX,
            cache: Some(cache),
        },
    );
    group.bench_function("build the entity index", |bench| {
        bench.iter(|| black_box(EntityIndex::build(&lib.entries)))
    });
    group.finish();
}

criterion_group!(benches, library);
criterion_main!(benches);
