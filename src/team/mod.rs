//! A team's briefings in git: merging two annotators' work on one briefing, comparing two
//! versions of it, and measuring how far two annotations of it agree.
//!
//! [`merge`] merges the model three ways (BASE, OURS, THEIRS) and writes the result into
//! OURS's text with the annotation writer; `briefing merge` and the git merge driver run
//! it. [`diff`] says what changed between two versions of a briefing, entity by entity (for
//! `briefing diff` and git's diff driver); [`agree`] measures how far two annotations of the
//! same articles agree (for `briefing agree`, and `suggest`'s evaluation). Both take loaded
//! models and give plain values, which their `report` modules print as text or JSON.

pub mod agree;
pub mod diff;
pub mod merge;
