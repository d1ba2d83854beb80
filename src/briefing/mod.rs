//! Briefings: the model, and (soon) the loader that parses and validates YAML into it.

pub mod model;

pub use model::*;
