//! The reader screen (`briefing FILE`): [`state`] holds the reader and what it shows,
//! [`keys`] its keymap tables, [`input`] turns events into actions, [`navigate`],
//! [`search`] and [`export`] carry the actions out, [`edits`] edits and saves ([`recover`]:
//! unsaved edits kept when a signal ends the reader), [`select`] runs select mode (the text
//! cursor's motions are in [`caret`], what is selected and the mouse in [`selection`], the
//! narrower words inside an Arabic word in [`clitics`], marking in [`mark`], what an edit
//! key acts on in [`target`]; [`meta`] edits the briefing's and articles' fields, deletes an
//! entity or gives it a new id or kind), [`layout`] settles the screen before each draw and
//! [`draw`] draws it without changing anything.

pub mod caret;
pub mod clitics;
pub mod draw;
pub mod edits;
pub mod export;
pub mod forms;
pub mod input;
pub mod keys;
pub mod layout;
pub mod mark;
pub mod meta;
pub mod navigate;
pub mod recover;
pub mod review;
pub mod search;
pub mod select;
pub mod selection;
pub mod state;
pub mod target;

pub use keys::{Action, SelectAction};
pub use select::{TextPos, TextSpan};
pub use state::{Focus, Mode, PaneIx, Reader};

#[cfg(test)]
mod place_tests;
#[cfg(test)]
mod select_tests;
#[cfg(test)]
mod tests;

#[cfg(test)]
mod annotate_tests;
#[cfg(test)]
mod meta_tests;
#[cfg(test)]
mod save_tests;
