//! `briefing`: a terminal reader for annotated, multilingual news briefings.
//!
//! Data flows one way: [`briefing`] loads and validates a YAML file into a resolved model;
//! the `textlayout` crate (crates/textlayout) turns paragraphs of that model's text into
//! visual lines of terminal cells (bidi levels once per paragraph, wrap in logical order,
//! reorder per line), and gives the model its `Direction` and the loader its quick search
//! for rare characters (`textlayout::textscan`); [`render`] and
//! [`ui`] draw those lines; [`export`] writes summaries straight from the model; [`library`]
//! summarises every briefing below a folder for the library screen; [`fileio`] opens and writes
//! files safely for all of them; [`annotate`] edits the model (with undo) and saves the edits
//! back into the file, changing only the lines that hold them. [`commands`]
//! wires each subcommand of [`cli`] to these parts, and [`error`] says how runs fail.
//!
//! Beside that flow: [`view`] lays the model out for display (articles, entity rows, the
//! library's rows), shared by [`render`] and [`ui`]; [`theme`] decides how each role looks
//! and maps looks to terminal colours for both; [`search`] folds text for forgiving search;
//! [`config`] reads the user's config file (theme, keys, terminal rules, export defaults);
//! [`suggest`] proposes what to mark in a briefing; [`draft`] drafts a briefing from raw
//! article files (`briefing new`).

pub mod annotate;
pub mod briefing;
pub mod cli;
pub mod commands;
pub mod config;
pub mod draft;
pub mod error;
pub mod export;
pub mod fileio;
pub mod library;
pub mod render;
pub mod search;
pub mod suggest;
pub mod theme;
pub mod ui;
pub mod view;
