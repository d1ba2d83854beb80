//! A team's briefings: comparing two versions or two annotations of one briefing.
//!
//! [`diff`] says what changed between two versions of a briefing, entity by entity (for
//! `briefing diff` and git's diff driver); [`agree`] measures how far two annotations of the
//! same articles agree (for `briefing agree`, and `suggest`'s evaluation). Both take loaded
//! models and give plain values, which their `report` modules print as text or JSON.

pub mod agree;
pub mod diff;
