//! The reader's first frame on a briefing file, drawn into a ratatui `TestBackend` (no
//! terminal needed), then a resize: prints the time to load, to the first frame and to the
//! frame after the resize, so that `scripts/bench.sh` can time it and take its peak memory
//! with `/usr/bin/time`.
//!
//! Usage: `cargo run --release --example first_frame -- PATH [WIDTHxHEIGHT]`

use std::time::Instant;

use briefing::briefing::{DEFAULT_MAX_SIZE, load_path};
use briefing::theme::{BuiltIn, Theme};
use briefing::ui::{Reader, Screen};
use briefing::view::BidiMode;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: first_frame PATH [WIDTHxHEIGHT]");
    let (w, h) = args
        .next()
        .and_then(|s| {
            let (w, h) = s.split_once('x')?;
            Some((w.parse().ok()?, h.parse().ok()?))
        })
        .unwrap_or((200, 60));
    let start = Instant::now();
    let loaded =
        load_path(std::path::Path::new(&path), DEFAULT_MAX_SIZE).expect("a valid briefing");
    let load = start.elapsed();
    let mut reader = Reader::new(
        loaded.briefing,
        None,
        Theme::built_in(BuiltIn::Dark),
        BidiMode::App,
    );
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    terminal.draw(|f| reader.render(f)).expect("draw");
    let first = start.elapsed();
    terminal.backend_mut().resize(w * 3 / 4, h);
    let before = Instant::now();
    terminal.draw(|f| reader.render(f)).expect("draw");
    let resize = before.elapsed();
    println!(
        "load {:.1} ms, first frame {:.1} ms, resize to {}x{h} {:.1} ms",
        load.as_secs_f64() * 1e3,
        first.as_secs_f64() * 1e3,
        w * 3 / 4,
        resize.as_secs_f64() * 1e3
    );
}
