//! `briefing`: a terminal reader for annotated, multilingual news briefings.
//!
//! Data flows one way: [`briefing`] loads and validates a YAML file into a resolved model
//! (whose cross-references are typed indices, `briefing::ArticleIx`, `EntityIx`,
//! `MentionIx`…, which editing, suggestions and the UI pass on as they are);
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
//! article files (`briefing new`); [`team`] merges two annotators' work on a briefing
//! (`briefing merge`, git's merge driver), compares two versions of a briefing (`diff`)
//! and two annotations of it (`agree`).
//!
//! ## Layers
//!
//! Dependencies point one way. A module imports (`crate::…`) only from layers below its
//! own, never from its own layer or one above; each layer's failures are its own error
//! types, and only `commands` and `main` use [`error`], which wraps them. The list, top
//! to bottom (a test, `layers::tests`, checks every `crate::` path in src/ against it, and
//! the README's drawing against it):
//!
//! 1. `main`: the binary; runs a command and exits with its status
//! 2. `commands`: one module per subcommand
//! 3. `cli`, `error`: the command line; how a command fails (exit statuses)
//! 4. `ui`: the reader and library screens, and the keymaps the config's `[keys]` change
//! 5. `config`, `render`: the config file (generic over the ui's keymaps); the plain renderer
//! 6. `suggest`, `team`, `view`: proposed annotations; merging, diffing and comparing
//!    annotators' work (git's merge and diff drivers, `agree`); articles, lists and marks
//!    laid out for display
//! 7. `annotate`, `draft`, `export`, `library`, `theme`: editing and saving; raw articles for
//!    `new`; the exporters; folders of briefings; colours
//! 8. `briefing`: the model: load, validate, resolve
//! 9. `fileio`, `search`: opening and writing files safely; search folding
//! 10. `textlayout`: the layout crate (crates/textlayout), which depends on nothing here

pub mod annotate;
pub mod briefing;
pub mod cli;
pub mod commands;
pub mod config;
pub mod draft;
pub mod error;
pub mod export;
pub mod fileio;
#[cfg(test)]
mod layers;
pub mod library;
pub mod render;
pub mod search;
pub mod suggest;
pub mod team;
pub mod theme;
pub mod ui;
pub mod view;
