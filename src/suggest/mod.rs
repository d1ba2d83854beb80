//! Suggestions (placeholder while the suggester is built).
pub mod gazetteer;
