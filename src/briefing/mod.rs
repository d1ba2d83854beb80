//! Briefings: the model, and the loader that parses and validates YAML into it.
//!
//! `load` reads bytes and parses them into the file's own shape (`raw`): with the lean
//! streaming reader (`stream`) where it can, else with serde_yaml; `validate`
//! checks it and resolves mentions (`resolve`) into the `model`; `diagnostic` and `locate`
//! turn problems into `file:line:col` messages; `trojan` scans every text field for what a
//! reader would not see as written.

pub mod diagnostic;
mod figure;
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
mod trojan;
mod validate;
pub mod write;
mod yaml_error;

pub use diagnostic::{Diagnostic, Severity};
pub use figure::*;
pub use load::{
    DEFAULT_MAX_SIZE, LoadError, Loaded, bundled, load_bytes, load_path, load_str, selectors_of,
};
pub use model::*;
pub use stream::agrees_with_serde_yaml;
pub use trojan::is_bidi_control;
pub use validate::{figure_problem, valid_id};
