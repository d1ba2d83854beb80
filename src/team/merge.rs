//! The three-way merge of a briefing's annotations: what THEIRS changed since BASE, made in
//! OURS, keeping OURS's formatting and comments.
//!
//! Data flows one way: the three models (loaded by the caller) must hold the same articles
//! (annotations of one text merge, with the briefing's and articles' fields; texts do not); `merge_match` gives the entities of the
//! three sides identities (by id, and by a shared name between entities new on both sides);
//! `merge_plan` merges each field, link set and mention span three ways into a plan of
//! `annotate::Edit`s and conflicts; `merge_apply` performs the edits on OURS through an
//! `annotate::Session`, writes the text with the format-preserving writer (only the lines
//! of what changed, the conflicts in the file's `conflicts:` list), checking that the text
//! loads to the merged model. A conflict keeps OURS's value, and holds THEIRS's in a form
//! the reader's conflict review applies.

#[path = "merge_apply.rs"]
mod apply;
#[path = "merge_match.rs"]
mod merge_match;
#[path = "merge_plan.rs"]
mod merge_plan;

use crate::annotate::SaveError;
use crate::briefing::{Briefing, Conflict};

/// Why two briefings could not be merged (nothing is written).
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    #[error(
        "{0} has another briefing id or other articles, texts or headlines than BASE: a merge merges the annotations of the same articles (merge the texts by hand)"
    )]
    Articles(&'static str),
    #[error("{0}")]
    Save(#[from] SaveError),
}

/// The merge's result: OURS's text with THEIRS's changes, the model it loads to, and the
/// conflicts this merge found (OURS's value kept; also at the end of `briefing.conflicts`).
#[derive(Debug)]
pub struct Merged {
    pub text: String,
    pub briefing: Briefing,
    pub conflicts: Vec<Conflict>,
}

/// Merges THEIRS's changes since BASE into OURS, whose file text is `source` (`name` is
/// used in messages). The result loads (its conflicts listed in `conflicts:`).
pub fn merge(
    base: &Briefing,
    (name, source, ours): (&str, &str, &Briefing),
    theirs: &Briefing,
) -> Result<Merged, MergeError> {
    for (side, b) in [("OURS", ours), ("THEIRS", theirs)] {
        if !same_texts(b, base) {
            return Err(MergeError::Articles(side));
        }
    }
    let plan = merge_plan::plan(base, ours, theirs);
    let (text, briefing) = apply::execute(name, source, ours, plan)?;
    let conflicts = briefing.conflicts[ours.conflicts.len()..].to_vec();
    Ok(Merged {
        text,
        briefing,
        conflicts,
    })
}

/// Whether two briefings have one id and the same articles, texts and headlines: what a
/// merge needs (an article's source, url and time published merge like annotations).
fn same_texts(a: &Briefing, b: &Briefing) -> bool {
    let same = |x: &crate::briefing::Article, y: &crate::briefing::Article| {
        (&x.id, &x.lang, x.dir, &x.headline, &x.text)
            == (&y.id, &y.lang, y.dir, &y.headline, &y.text)
    };
    a.id == b.id
        && a.articles.len() == b.articles.len()
        && a.articles.iter().zip(&b.articles).all(|(x, y)| same(x, y))
}

#[cfg(test)]
#[path = "merge_tests.rs"]
mod tests;
