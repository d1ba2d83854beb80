//! What the rules of every language propose before grouping: a stretch of one text, the
//! kind of entity it names, and why.

use std::ops::Range;

use crate::briefing::EntityKind;

/// A proposed mention of a not yet known entity.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// Byte range in the text.
    pub range: Range<usize>,
    pub kind: EntityKind,
    /// The name as the entity would be called (the marked text without a leading article).
    pub name: String,
    /// The CLDR key of a place from the gazetteer (the same in every language).
    pub place_key: Option<String>,
    pub confidence: f64,
    pub why: &'static str,
}

/// Keeps the candidates that do not overlap one kept before them: pass them best first.
pub fn without_overlaps(
    candidates: Vec<Candidate>,
    taken: &mut Vec<Range<usize>>,
) -> Vec<Candidate> {
    let mut out = Vec::new();
    for c in candidates {
        if taken
            .iter()
            .any(|r| r.start < c.range.end && c.range.start < r.end)
        {
            continue;
        }
        taken.push(c.range.clone());
        out.push(c);
    }
    out
}
