//! The full-screen reader: ratatui + crossterm on top of the pure layers.
//!
//! `run` opens a terminal [`terminal::Session`], then loops: draw the [`app::App`] with
//! `draw`, wait for an event (or a stop signal), turn it into an action through the
//! `keymap` (or a mouse hit) and apply it. Redraws happen only after an event; the article
//! layouts come from the app's per-(article, width) cache.

pub mod app;
pub mod draw;
pub mod keymap;
pub mod library;
pub mod library_draw;
pub mod terminal;
pub mod widgets;

use std::io;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

use ratatui::Frame;

use crossterm::event::{
    self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent,
    MouseEventKind,
};

use crate::briefing::Briefing;
use crate::export::ExportFormat;
use crate::theme::Theme;
use crate::view::BidiMode;

use app::{App, Focus, Mode};
use library::{FilterEdit, LibraryApp, LibraryMode};

/// A full screen the event loop runs: the reader, or the library (which may hold a reader).
pub trait Screen {
    fn draw(&mut self, frame: &mut Frame<'_>);
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
}

impl Screen for App {
    fn draw(&mut self, frame: &mut Frame<'_>) {
        draw::draw(frame, self)
    }
    fn handle(&mut self, event: Event) -> bool {
        handle(self, event)
    }
    fn done(&self) -> bool {
        self.quit
    }
}

impl Screen for LibraryApp {
    fn draw(&mut self, frame: &mut Frame<'_>) {
        library_draw::draw(frame, self)
    }
    fn handle(&mut self, event: Event) -> bool {
        handle_library(self, event)
    }
    fn done(&self) -> bool {
        self.quit
    }
    fn tick(&mut self) -> bool {
        LibraryApp::tick(self)
    }
    fn busy(&self) -> bool {
        self.progress().is_some()
    }
}

/// Opens the reader on a briefing until the user quits (or a signal stops it).
pub fn run(briefing: Briefing, path: Option<PathBuf>, mode: BidiMode) -> io::Result<()> {
    let mut app = App::new(briefing, path, Theme::from_env(), mode);
    run_screen(&mut app, mode)
}

/// Runs a screen in the terminal until it is done (or a signal stops it).
///
/// Terminal events are read on a thread of their own and handed over a channel, so the loop
/// wakes at least every 200 ms (50 ms while the screen has background work to take in) to
/// check the stop flag: crossterm's `poll` can spin without
/// returning once the terminal has hung up, and the SIGHUP that follows must still end the
/// program.
pub fn run_screen(screen: &mut impl Screen, mode: BidiMode) -> io::Result<()> {
    // Test-only: `BRIEFING_TEST_PANIC=draw` makes the first draw panic, so that the tests can
    // check the terminal is restored after a panic (tests/reader_pty.rs). Read once, here.
    let panic_in_draw = std::env::var_os("BRIEFING_TEST_PANIC").is_some_and(|v| v == "draw");
    let mut session = terminal::Session::start(mode)?;
    let events = spawn_event_reader();
    let mut dirty = true;
    while !screen.done() && !session.stop.load(Ordering::Relaxed) {
        dirty |= screen.tick();
        if dirty {
            session.terminal.draw(|frame| {
                assert!(
                    !panic_in_draw,
                    "BRIEFING_TEST_PANIC=draw: forced panic in draw"
                );
                screen.draw(frame)
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
    Ok(())
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

/// Applies one terminal event; returns whether the screen needs a redraw.
pub fn handle(app: &mut App, event: Event) -> bool {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => handle_key(app, key),
        Event::Mouse(mouse) => handle_mouse(app, mouse),
        Event::Resize(..) => {}
        _ => return false,
    }
    true
}

fn is_interrupt(key: &KeyEvent) -> bool {
    key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c')
}

fn handle_key(app: &mut App, key: KeyEvent) {
    if is_interrupt(&key) {
        app.quit = true;
        return;
    }
    match &mut app.mode {
        Mode::Help => {
            if matches!(
                key.code,
                KeyCode::Esc | KeyCode::Char('?') | KeyCode::Char('q')
            ) {
                app.mode = Mode::Normal;
            }
        }
        Mode::Search { input } => match key.code {
            KeyCode::Enter => {
                let query = std::mem::take(input);
                app.mode = Mode::Normal;
                app.run_search(&query);
            }
            KeyCode::Esc => app.mode = Mode::Normal,
            KeyCode::Backspace => {
                input.pop();
            }
            KeyCode::Char(c) if !c.is_control() && input.len() < 256 => input.push(c),
            _ => {}
        },
        Mode::Export => match key.code {
            KeyCode::Char('m') => app.export(ExportFormat::Md),
            KeyCode::Char('h') => app.export(ExportFormat::Html),
            KeyCode::Char('j') => app.export(ExportFormat::Json),
            KeyCode::Esc | KeyCode::Char('q') => app.mode = Mode::Normal,
            _ => {}
        },
        Mode::Normal => {
            if let Some(action) = keymap::action_for(keymap::BINDINGS, &key) {
                app.apply(action);
            }
        }
    }
}

fn handle_mouse(app: &mut App, mouse: MouseEvent) {
    let (x, y) = (mouse.column, mouse.row);
    let pane_under = app
        .screen
        .panes
        .iter()
        .find(|p| p.area.contains(x, y))
        .map(|p| p.pane);
    match mouse.kind {
        MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
            let delta = if mouse.kind == MouseEventKind::ScrollDown {
                3
            } else {
                -3
            };
            if let Some(p) = pane_under {
                app.scroll(p, delta);
            }
        }
        MouseEventKind::Down(MouseButton::Left) => {
            if let Some((pane, m)) = app.mention_at(x, y) {
                app.focus = Focus::Pane(pane);
                app.go_to_mention(m);
            } else if let Some(p) = pane_under {
                app.focus = Focus::Pane(p);
            } else if app.screen.entities.contains(x, y) {
                let row = app.screen.entity_offset + usize::from(y - app.screen.entities.y);
                if let Some(&e) = app.entity_order.get(row) {
                    app.focus = Focus::Entities;
                    app.entity_row = row;
                    app.selected = Some(e);
                }
            }
        }
        _ => {}
    }
}

/// Applies one terminal event to the library, or to the briefing open over it (when that
/// quits, the library shows again); Ctrl-C quits the whole program.
pub fn handle_library(app: &mut LibraryApp, event: Event) -> bool {
    if let Event::Key(key) = &event
        && is_interrupt(key)
    {
        app.quit = true;
        return true;
    }
    if let Some(reader) = &mut app.reader {
        let redraw = handle(reader, event);
        if reader.quit {
            app.close_reader();
            return true;
        }
        return redraw;
    }
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => handle_library_key(app, key),
        Event::Mouse(mouse) => match mouse.kind {
            MouseEventKind::ScrollDown => app.apply(keymap::LibraryAction::Down),
            MouseEventKind::ScrollUp => app.apply(keymap::LibraryAction::Up),
            MouseEventKind::Down(MouseButton::Left) => app.click(mouse.column, mouse.row),
            _ => return false,
        },
        Event::Resize(..) => {}
        _ => return false,
    }
    true
}

fn handle_library_key(app: &mut LibraryApp, key: KeyEvent) {
    match app.mode {
        LibraryMode::Help => {
            if matches!(
                key.code,
                KeyCode::Esc | KeyCode::Char('?') | KeyCode::Char('q')
            ) {
                app.mode = LibraryMode::Normal;
            }
        }
        LibraryMode::Filter => match key.code {
            KeyCode::Enter => app.type_filter(FilterEdit::Done),
            KeyCode::Esc => app.type_filter(FilterEdit::Cancel),
            KeyCode::Backspace => app.type_filter(FilterEdit::Pop),
            KeyCode::Down => app.apply(keymap::LibraryAction::Down),
            KeyCode::Up => app.apply(keymap::LibraryAction::Up),
            KeyCode::Char(c)
                if !c.is_control()
                    && !key
                        .modifiers
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                app.type_filter(FilterEdit::Push(c))
            }
            _ => {}
        },
        LibraryMode::Normal => {
            if let Some(action) = keymap::action_for(keymap::LIBRARY_BINDINGS, &key) {
                app.apply(action);
            }
        }
    }
}
