//! The terminal session: raw mode, alternate screen, mouse, and the bidi mode switches, set
//! up on start and undone on every way out: normal exit, error (Drop), panic (hook) and
//! SIGTERM/SIGHUP (the signal's number put where the event loop polls it).
//!
//! Bidi: in application mode the reader sends visual-order, shaped text, so terminals that
//! reorder by themselves must be told not to: `CSI 8 l` (explicit mode, the terminal-wg
//! recommendation; VTE honours it) and, for mlterm, `OSC 5379 ; use_ctl=false`. Both are
//! restored at exit. In terminal mode the reader sends logical order and switches nothing.

use std::io::{self, Stdout, Write};
use std::sync::Arc;
use std::sync::atomic::AtomicUsize;

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use crate::view::BidiMode;

pub const EXPLICIT_BIDI: &str = "\x1b[8l";
pub const IMPLICIT_BIDI: &str = "\x1b[8h";
pub const MLTERM_CTL_OFF: &str = "\x1b]5379;use_ctl=false\x07";
pub const MLTERM_CTL_ON: &str = "\x1b]5379;use_ctl=true\x07";

/// What was switched on, so that exactly that is switched back.
#[derive(Debug, Clone, Copy)]
struct Switches {
    explicit_bidi: bool,
    mlterm: bool,
}

fn restore(s: Switches) {
    let mut out = io::stdout();
    // Best effort: the terminal may be gone.
    if s.mlterm {
        let _ = out.write_all(MLTERM_CTL_ON.as_bytes());
    }
    if s.explicit_bidi {
        let _ = out.write_all(IMPLICIT_BIDI.as_bytes());
    }
    let _ = execute!(out, DisableMouseCapture, LeaveAlternateScreen, cursor::Show);
    let _ = disable_raw_mode();
    let _ = out.flush();
}

pub struct Session {
    pub terminal: Terminal<CrosstermBackend<Stdout>>,
    /// The number of the signal (SIGTERM or SIGHUP) that came, 0 until one does: the event
    /// loop then leaves and the terminal is restored.
    pub stop: Arc<AtomicUsize>,
    switches: Switches,
}

impl Session {
    pub fn start(bidi: BidiMode) -> io::Result<Session> {
        let switches = Switches {
            explicit_bidi: bidi == BidiMode::App,
            mlterm: bidi == BidiMode::App && std::env::var_os("MLTERM").is_some(),
        };
        let stop = Arc::new(AtomicUsize::new(0));
        for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
            signal_hook::flag::register_usize(signal, Arc::clone(&stop), signal as usize)?;
        }
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            // A background reader's panic is caught there and shown as its file's error;
            // the screen goes on.
            if std::thread::current().name() == Some(crate::library::scan::READER_THREAD) {
                return;
            }
            restore(switches);
            previous(info);
        }));

        enable_raw_mode()?;
        let mut out = io::stdout();
        // VTE gives each row the bidi mode in force when the row is created, and the
        // alternate screen creates its rows when it is entered or cleared: switch first,
        // enter, then clear (below), or VTE keeps reordering the rows it made before.
        if switches.explicit_bidi {
            out.write_all(EXPLICIT_BIDI.as_bytes())?;
        }
        if switches.mlterm {
            out.write_all(MLTERM_CTL_OFF.as_bytes())?;
        }
        execute!(out, EnterAlternateScreen, EnableMouseCapture, cursor::Hide)?;
        if switches.explicit_bidi {
            out.write_all(EXPLICIT_BIDI.as_bytes())?;
        }
        execute!(out, Clear(ClearType::All))?;
        let terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
        Ok(Session {
            terminal,
            stop,
            switches,
        })
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        restore(self.switches);
    }
}
