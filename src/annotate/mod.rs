//! Annotating: changing a loaded briefing's entities and mentions and its plain fields
//! (title, date, summary, an article's source and url), undoing and redoing the changes,
//! and saving them into the file without disturbing the rest of it. No terminal
//! code: the reader's screens drive this library.
//!
//! Data flows one way. Every change is an [`Edit`], plain data naming entities by `EntityIx`
//! and mentions by what they are (entity, article, part, byte range). [`apply`] checks an
//! edit against the rules the loader enforces (so the model always stays one that a file
//! could load to), changes the [`Briefing`](crate::briefing::Briefing) in place keeping the
//! loader's invariants, and returns the inverse edit; [`History`] keeps those inverses for
//! undo and redo and knows whether the model is where it was last saved. [`save`] then diffs
//! the model as loaded against the current one, entity by entity, and changes only the lines
//! of the file that hold what changed (and `fields_save` the lines of the fields outside the
//! entities), checking that the new text loads to exactly the
//! current model before handing it back: `spans` finds each entity's lines, `rewrite`
//! decides what to change in them, `yaml` writes the new values (see `save` for the design,
//! and for what is rewritten when a change cannot be made in place). After writing the
//! text, the caller keeps it and the current model as the new original, and marks the
//! history saved. [`Session`] does all of that for one file (read, perform, undo, redo,
//! save with its checks of the file on disk, reload, recovery): the reader and
//! `suggest --apply` edit through it.

mod batch;
mod check;
mod conflicts;
mod edit;
mod entities;
mod fields;
mod fields_save;
mod history;
mod ids;
mod mentions;
mod remove;
mod rewrite;
mod save;
mod session;
mod spans;
mod yaml;

pub use conflicts::{Take, both, resolve};
pub use edit::{Edit, EditError, NewMention, apply};
pub use fields::Field;
pub use history::History;
pub use ids::new_entity_id;
pub use remove::EntityLists;
pub use save::{SaveError, Saved, changed_on_disk, save};
pub use session::{Session, SessionError, writable};
