//! The library screen (`briefing DIR`): [`state`] holds the lists and their cursors, [`keys`]
//! the keymap tables, [`input`] turns events into actions, [`actions`] carries them out,
//! [`layout`] settles the screen before each draw and [`draw`] draws it without changing
//! anything. A briefing opened from here runs in a `ui::reader::Reader` over the library.

pub mod actions;
pub mod draw;
pub mod input;
pub mod keys;
pub mod layout;
pub mod state;

pub use actions::FilterEdit;
pub use keys::LibraryAction;
pub use state::{LibraryMode, LibraryScreen, List};
