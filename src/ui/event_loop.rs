//! The event loop every screen runs in: open a terminal [`terminal::Session`], then loop:
//! settle and draw the [`Screen`], wait for an event (or a stop signal) and hand it to the
//! screen. Redraws happen only after an event, or when background work has finished. When
//! SIGTERM or SIGHUP stops the loop, the screen keeps its unsaved edits
//! ([`Screen::keep_unsaved`]) before the terminal is restored, and the run ends as
//! [`Ended::Signal`] (exit status 128 + the signal).

use std::io;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

use crossterm::event::{self, Event};
use ratatui::Frame;

use crate::view::BidiMode;

use super::library::LibraryScreen;
use super::reader::Reader;
use super::terminal;

/// A full screen the event loop runs: the reader, or the library (which may hold a reader).
pub trait Screen {
    /// Settles the layout for the frame's size, then draws it.
    fn render(&mut self, frame: &mut Frame<'_>);
    /// Applies one terminal event; returns whether the screen needs a redraw.
    fn handle(&mut self, event: Event) -> bool;
    fn done(&self) -> bool;
    /// Takes in background work that has finished; returns whether to redraw.
    fn tick(&mut self) -> bool {
        false
    }
    /// Whether background work is under way (the loop then wakes more often for it).
    fn busy(&self) -> bool {
        false
    }
    /// A signal is ending the program: keeps the unsaved edits; where they are, or why
    /// they could not be kept; None when nothing is unsaved.
    fn keep_unsaved(&mut self) -> Option<Result<PathBuf, String>> {
        None
    }
}

/// How a screen's run ended.
#[derive(Debug)]
pub enum Ended {
    /// The screen was done (quit).
    Done,
    /// A signal stopped it; what became of the unsaved edits, if there were any.
    Signal {
        signal: i32,
        kept: Option<Result<PathBuf, String>>,
    },
}

impl Screen for Reader {
    fn render(&mut self, frame: &mut Frame<'_>) {
        self.settle(frame.area());
        super::reader::draw::draw(frame, self)
    }
    fn handle(&mut self, event: Event) -> bool {
        Reader::handle(self, event)
    }
    fn done(&self) -> bool {
        Reader::done(self)
    }
    fn tick(&mut self) -> bool {
        Reader::tick(self)
    }
    fn busy(&self) -> bool {
        Reader::busy(self)
    }
    fn keep_unsaved(&mut self) -> Option<Result<PathBuf, String>> {
        Reader::keep_unsaved(self)
    }
}

impl Screen for LibraryScreen {
    fn render(&mut self, frame: &mut Frame<'_>) {
        self.settle(frame.area());
        super::library::draw::draw(frame, self)
    }
    fn handle(&mut self, event: Event) -> bool {
        LibraryScreen::handle(self, event)
    }
    fn done(&self) -> bool {
        LibraryScreen::done(self)
    }
    fn tick(&mut self) -> bool {
        LibraryScreen::tick(self)
    }
    fn busy(&self) -> bool {
        self.progress().is_some() || self.reader().is_some_and(Reader::busy)
    }
    fn keep_unsaved(&mut self) -> Option<Result<PathBuf, String>> {
        self.reader().and_then(Reader::keep_unsaved)
    }
}

/// Runs a screen in the terminal until it is done (or a signal stops it).
///
/// Terminal events are read on a thread of their own and handed over a channel, so the loop
/// wakes at least every 200 ms (50 ms while the screen has background work to take in) to
/// check the stop flag: crossterm's `poll` can spin without
/// returning once the terminal has hung up, and the SIGHUP that follows must still end the
/// program.
pub fn run_screen(screen: &mut impl Screen, mode: BidiMode) -> io::Result<Ended> {
    // Test-only (feature `test-hooks`): `BRIEFING_TEST_PANIC=draw` makes the first draw panic,
    // so that the tests can check the terminal is restored after a panic
    // (tests/pty/reader_pty.rs). Read once, here.
    #[cfg(feature = "test-hooks")]
    let panic_in_draw = std::env::var_os("BRIEFING_TEST_PANIC").is_some_and(|v| v == "draw");
    let mut session = terminal::Session::start(mode)?;
    let events = spawn_event_reader();
    let mut dirty = true;
    let signal = || session.stop.load(Ordering::Relaxed);
    while !screen.done() && signal() == 0 {
        dirty |= screen.tick();
        if dirty {
            session.terminal.draw(|frame| {
                #[cfg(feature = "test-hooks")]
                assert!(
                    !panic_in_draw,
                    "BRIEFING_TEST_PANIC=draw: forced panic in draw"
                );
                screen.render(frame)
            })?;
            dirty = false;
        }
        let wait = Duration::from_millis(if screen.busy() { 50 } else { 200 });
        match events.recv_timeout(wait) {
            Ok(Ok(event)) => dirty = screen.handle(event),
            Ok(Err(e)) => return Err(e),
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    match signal() {
        0 => Ok(Ended::Done),
        // Kept before the terminal is restored (when `session` is dropped): the edits come
        // first.
        signal => Ok(Ended::Signal {
            signal: signal as i32,
            kept: screen.keep_unsaved(),
        }),
    }
}

/// Reads terminal events on their own thread until reading fails or the reader is gone.
fn spawn_event_reader() -> Receiver<io::Result<Event>> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        loop {
            let event = event::read();
            let failed = event.is_err();
            if tx.send(event).is_err() || failed {
                break;
            }
        }
    });
    rx
}
