//! Suggestions (being built).
pub mod gazetteer;
pub mod numbers;
pub mod tokens;
