//! Suggestions (being built).
pub mod gazetteer;
pub mod candidate;
pub mod figures;
pub mod names_ar;
pub mod names_en;
pub mod numbers;
pub mod romanize;
pub mod tokens;
