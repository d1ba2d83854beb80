//! The reader's tests in a pseudo-terminal: the real binary in a pty, its screen parsed by a
//! terminal emulator (`common::pty`).

#[path = "../common/mod.rs"]
mod common;

mod annotate_pty;
mod caret_pty;
mod claims_pty;
mod config_pty;
mod conflicts_pty;
mod edit_target_pty;
mod headline_pty;
mod hostile_corpus;
mod library_pty;
mod meta_pty;
mod reader_pty;
mod review_pty;
mod select_pty;
mod ten_minute_pty;
