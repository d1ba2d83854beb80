//! The command-line tests: each runs the real binary through `common::briefing` (one
//! clean environment) and checks its output, exit code and files.

#[path = "../common/mod.rs"]
mod common;

mod agree_cli;
mod bidi_conformance;
mod check_cli;
mod check_format_cli;
mod config_cli;
mod diff_cli;
mod export_cli;
mod format_additions;
mod format_claims;
mod generated_cli;
mod hostile_paths_cli;
mod layout_cli;
mod library;
mod merge_cli;
mod new_cli;
mod render_cli;
mod schema;
mod suggest_cli;
mod teams_doc_cli;
