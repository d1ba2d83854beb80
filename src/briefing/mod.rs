//! Briefings: the model, and the loader that parses and validates YAML into it.
//!
//! `load` reads bytes and parses them into the file's own shape (`raw`): with the lean
//! streaming reader (`stream`) where it can, else with serde_yaml after a linear pre-pass
//! (`prescan`), within the bounds of `limits`; `validate`
//! checks it and resolves mentions (`resolve`) into the `model` (its casualty figures in
//! `figure`); `diagnostic` and `locate` (with `quoted` for positions inside quoted scalars,
//! `yaml_error` for serde_yaml's errors and `near_miss` for quotes nearly found) turn
//! problems into `file:line:col` messages; `trojan` scans every text field for what a
//! reader would not see as written. `write` writes parts of the model back as YAML (for
//! the annotation save and `suggest --apply`); `schema` is the format's JSON Schema; `conflict` reads and
//! reports the `conflicts:` list `briefing merge` leaves.
//! `attribution` holds who states a figure, denied claims, parts of a toll and claims of
//! responsibility (format 3), and `timeline` orders each type's figures in time (the
//! reader's and the exports' timelines). `ids` has the typed indices (`ArticleIx`, `EntityIx`, `MentionIx`, `HeadlineIx`,
//! `AnyMention`) the model's cross-references are made of, and that editing, suggestions
//! and the reader pass around.

mod attribution;
pub mod conflict;
pub mod diagnostic;
mod figure;
mod ids;
pub mod limits;
pub mod load;
pub mod locate;
pub mod model;
mod near_miss;
mod prescan;
mod quoted;
mod raw;
pub mod resolve;
pub mod schema;
mod stream;
mod timeline;
mod trojan;
mod validate;
pub mod write;
mod yaml_error;

pub use attribution::{Attribution, Claim, Responsibility, Stance, Trend};
pub use conflict::{Conflict, ConflictField, ConflictSpan};
pub use diagnostic::{Diagnostic, Severity};
pub use figure::*;
pub(crate) use ids::index_by;
pub use ids::{AnyMention, ArticleIx, EntityIx, HeadlineIx, MentionIx};
pub use load::{
    DEFAULT_MAX_SIZE, LoadError, Loaded, bundled, load_bytes, load_path, load_str, selectors_of,
};
pub use model::*;
pub use stream::agrees_with_serde_yaml;
pub use timeline::{Change, Point, Series, timeline};
pub use trojan::is_bidi_control;
pub use validate::{FORMAT_VERSION, figure_problem, valid_date, valid_id};
