//! A team's briefings in git: merging two annotators' work on one briefing.
//!
//! [`merge`] merges the model three ways (BASE, OURS, THEIRS) and writes the result into
//! OURS's text with the annotation writer; `briefing merge` and the git merge driver run
//! it. The entity-level diff and the agreement between annotators (`diff`, `agree`) join
//! this module as modules of their own.

pub mod merge;
