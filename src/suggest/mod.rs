//! Suggestions (being built).
pub mod gazetteer;
pub mod figures;
pub mod numbers;
pub mod romanize;
pub mod tokens;
