//! The reader screen (`briefing FILE`): [`state`] holds the reader and what it shows,
//! [`keys`] its keymap tables, [`input`] turns events into actions, [`navigate`],
//! [`search`] and [`export`] carry the actions out, [`edits`] edits and saves ([`recover`]:
//! unsaved edits kept when a signal ends the reader), [`select`] runs select mode (the text
//! cursor's motions are in [`caret`], what is selected and the mouse in [`selection`], the
//! narrower words inside an Arabic word in [`clitics`], marking in [`mark`], what an edit
//! key acts on in [`target`]; [`meta`] edits the briefing's and articles' fields and deletes
//! an entity or gives it a new id or kind), [`claims`] annotates who said a figure and whether it
//! was denied, [`conflicts`] reviews the merge conflicts a file lists, [`layout`] settles
//! the screen before each draw and [`draw`] draws it without changing anything (the
//! entity panel in [`entity_list`]).

pub mod caret;
pub mod claims;
pub mod clitics;
pub mod conflicts;
pub mod draw;
pub mod edits;
pub mod entity_list;
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
pub mod review_job;
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
mod claims_tests;
#[cfg(test)]
mod meta_tests;
#[cfg(test)]
mod pane_tests;
#[cfg(test)]
mod save_tests;
