//! Agreement on who states each figure and which tolls rose (format 3's `said_by` and
//! `trend`): how far `suggest`'s speakers match a gold briefing's, or one annotator's
//! another's.
//!
//! A figure mark of one side with speakers agrees when an overlapping figure mark of the
//! other side names the same speakers: the same set, once this side's entities are aligned
//! with the other side's (`align_entities`: by id, else by the marks they overlap most).
//! Trends the same way, by value. So `speakers` counts, like every [`Score`], A's figures
//! with a speaker (`reference`) and those of them B got right (`found`), and B's figures
//! with a speaker (`proposed`) and those A agrees with (`correct`).

use super::index::{Index, Mark};
use super::{Score, align_entities};
use crate::briefing::{Briefing, EntityKind};

/// The agreement on speakers and on trends of `a` (the reference) and `b`.
pub fn claims(a: &Briefing, index_a: &Index, b: &Briefing, index_b: &Index) -> [Score; 2] {
    let a_to_b = align_entities(a, index_a, b, index_b);
    let b_to_a = align_entities(b, index_b, a, index_a);
    let (mut speakers, mut trends) = (Score::default(), Score::default());
    let sides = [
        (true, index_a, &a_to_b, index_b),
        (false, index_b, &b_to_a, index_a),
    ];
    for (in_a, mine, align, other) in sides {
        let figures = mine.marks.iter().filter(|m| m.figure.is_some());
        for m in figures {
            let theirs = || {
                other
                    .overlapping(m, EntityKind::Casualty)
                    .map(|o| &other.marks[o])
                    .filter(|o| o.figure.is_some())
            };
            if !m.said_by.is_empty() {
                let same = aligned(&m.said_by, align)
                    .is_some_and(|want| theirs().any(|o: &Mark| o.said_by == want));
                speakers.count(in_a, same);
            }
            if let Some(t) = m.trend {
                trends.count(in_a, theirs().any(|o| o.trend == Some(t)));
            }
        }
    }
    [speakers, trends]
}

/// `said_by` as the other side's entities, sorted; None when one has no counterpart.
fn aligned(said_by: &[usize], align: &[Option<usize>]) -> Option<Vec<usize>> {
    let mut out = said_by
        .iter()
        .map(|&e| align.get(e).copied().flatten())
        .collect::<Option<Vec<usize>>>()?;
    out.sort_unstable();
    out.dedup();
    Some(out)
}
