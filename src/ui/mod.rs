//! The full-screen user interface: ratatui + crossterm on top of the pure layers.
//!
//! One folder per screen: [`reader`] (one briefing) and [`library`] (`briefing DIR`), each
//! with its state, keys, input and drawing. Shared: [`keymap`] (keys as data), [`keys`]
//! (the config file's `[keys]` tables laid over both screens' keymaps), [`widgets`]
//! (drawing pieces), [`line_input`] (every typed line: text, caret, editing keys),
//! [`terminal`] (the terminal session and its restoring) and
//! [`event_loop`] (the loop that settles, draws and feeds events to a [`Screen`]).

pub mod event_loop;
pub mod keymap;
pub mod keys;
pub mod library;
pub mod line_input;
pub mod reader;
pub mod terminal;
pub mod widgets;

pub use event_loop::{Ended, Screen, run_screen};
pub use library::LibraryScreen;
pub use reader::Reader;
