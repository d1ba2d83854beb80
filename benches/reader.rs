//! Reader benchmarks on a big briefing (two ~5 MB articles, ~20 000 mentions, generated from
//! the bundled one): load and validate; the first frame (loading included) at 200x60; a
//! redraw after a keypress at 200x60; an edit (removing the mention under the cursor, then
//! undoing it) with the redraw that shows it.

use std::hint::black_box;

use briefing::briefing::{bundled, load_str};
use briefing::theme::{BuiltIn, Theme};
use briefing::ui::keymap::Motion;
use briefing::ui::reader::{Action, SelectAction};
use briefing::ui::{Reader, Screen};
use briefing::view::BidiMode;
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[path = "common/inputs.rs"]
mod inputs;

fn big_yaml() -> String {
    let b = bundled().expect("bundled briefing").briefing;
    inputs::big_briefing(&b, 5 << 20, 20_000)
}

fn reader(c: &mut Criterion) {
    let yaml = big_yaml();
    let mut group = c.benchmark_group("big briefing");
    group.sample_size(10);
    group.bench_function("load and validate", |bench| {
        bench.iter(|| black_box(load_str("big.yaml", &yaml).expect("valid")))
    });
    group.bench_function("first frame 200x60", |bench| {
        bench.iter(|| {
            let b = load_str("big.yaml", &yaml).expect("valid").briefing;
            let mut app = Reader::new(b, None, Theme::built_in(BuiltIn::Dark), BidiMode::App);
            let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("terminal");
            terminal.draw(|f| app.render(f)).expect("draw");
        })
    });
    group.finish();

    let b = load_str("big.yaml", &yaml).expect("valid").briefing;
    let mut app = Reader::new(b, None, Theme::built_in(BuiltIn::Dark), BidiMode::App);
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("terminal");
    terminal.draw(|f| app.render(f)).expect("draw");
    let mut down = true;
    c.bench_function("redraw after a keypress 200x60", |bench| {
        bench.iter(|| {
            // Alternate so the view keeps moving without reaching an end.
            app.apply(if down {
                Action::Move(Motion::PageDown)
            } else {
                Action::Move(Motion::PageUp)
            });
            down = !down;
            terminal.draw(|f| app.render(f)).expect("draw");
        })
    });
    // Select mode with a selection a few lines long: a caret motion and the redraw that
    // paints the selection.
    app.apply(Action::Select);
    app.select_key(SelectAction::Anchor);
    for _ in 0..3 {
        app.select_key(SelectAction::Down);
    }
    c.bench_function("redraw after a caret motion 200x60", |bench| {
        bench.iter(|| {
            app.select_key(if down {
                SelectAction::WordNext
            } else {
                SelectAction::WordPrev
            });
            down = !down;
            terminal.draw(|f| app.render(f)).expect("draw");
        })
    });
}

/// An edit and the redraw that shows it, on the bundled briefing and on the big one, each
/// opened from a file (edits need one): `x` removes the mention under the cursor, `u` puts
/// it back; each is followed by a redraw, so one iteration is two edits.
fn edit(c: &mut Criterion) {
    let bundled_yaml = include_str!("../briefings/mali-le-campement-2017-06-18.yaml");
    let mut group = c.benchmark_group("edit and undo, each with a redraw, 200x60");
    group.sample_size(10);
    for (name, yaml) in [("bundled", bundled_yaml.to_string()), ("big", big_yaml())] {
        let dir = tempfile::tempdir().expect("temporary folder");
        let path = dir.path().join("briefing.yaml");
        std::fs::write(&path, &yaml).expect("write the briefing");
        let b = load_str("briefing.yaml", &yaml).expect("valid").briefing;
        let mut app = Reader::new(b, Some(path), Theme::built_in(BuiltIn::Dark), BidiMode::App);
        let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("terminal");
        terminal.draw(|f| app.render(f)).expect("draw");
        // The first edit reads the file once, to save against later: not what is measured.
        app.apply(Action::NextMention);
        app.apply(Action::Unmark);
        app.apply(Action::Undo);
        assert!(
            !app.unsaved(),
            "undo brings the model back: {:?}",
            app.status()
        );
        group.bench_function(name, |bench| {
            bench.iter(|| {
                app.apply(Action::NextMention);
                app.apply(Action::Unmark);
                terminal.draw(|f| app.render(f)).expect("draw");
                app.apply(Action::Undo);
                terminal.draw(|f| app.render(f)).expect("draw");
            })
        });
    }
    group.finish();
}

criterion_group!(benches, reader, edit);
criterion_main!(benches);
