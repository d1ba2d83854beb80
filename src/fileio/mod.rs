//! Files on disk, done safely: the only place that opens briefing files for reading and
//! writes exports and the library's cache.
//!
//! - [`open_regular`] opens a file without blocking and checks what was opened (open, then
//!   fstat on the open file: no race between looking and opening), so a FIFO, a device or
//!   a folder put where a briefing or a cache is expected is refused at once.
//! - [`write_atomic`] (exports) and [`write_private`] (the cache) write a whole new file
//!   beside the target and move it into place: readers see the old file or the new one,
//!   never a part; an export only ever replaces a regular file (or a symbolic link,
//!   replaced as a link), the cache whatever is at its path but a folder.
//! - [`save_over`] saves a file the user edits (the reader's `w`): through its symbolic
//!   links to the file itself, keeping its mode, owner, group and hard links, with a last
//!   check just before the file changes.
//! - [`cleanup`] removes the temporary file of a write when SIGINT, SIGTERM or SIGHUP ends
//!   the program in the middle of it (used by the commands that write `-o` files:
//!   [`write_output`]).
//!
//! Failures are this module's own ([`WriteError`], [`SaveFileError`], `io::Error`): the
//! command layer (`crate::error`) decides which exit status each one is.

mod atomic;
pub mod cleanup;
mod open;
mod replace;

pub use atomic::{Existing, WriteError, folder_of, write_atomic, write_output, write_private};
pub use open::open_regular;
pub use replace::{SaveFileError, recovery_path, resolve, save_over};
