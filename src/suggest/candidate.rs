//! What the rules of every language propose before grouping: a stretch of one text, the
//! kind of entity it names, and why; and the ranges already given out (`Taken`).

use std::borrow::Cow;
use std::collections::BTreeSet;
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
    /// Which rule proposed it, and from which words when that helps a reviewer.
    pub why: Cow<'static, str>,
    /// A generic noun ("gunmen", "officials", مسلحون), not a name: proposed only when
    /// generic nouns are wanted (`Options::generic`), and never linked by sound.
    pub generic: bool,
}

impl Candidate {
    /// A name as written at `range` of `text`, of no gazetteer place and no generic noun:
    /// what most rules propose.
    pub fn written(
        text: &str,
        range: Range<usize>,
        kind: EntityKind,
        confidence: f64,
        why: &'static str,
    ) -> Candidate {
        Candidate {
            name: text[range.clone()].to_string(),
            range,
            kind,
            place_key: None,
            confidence,
            why: Cow::Borrowed(why),
            generic: false,
        }
    }
}

/// The best candidates that do not overlap one another: the surer first, then the longer,
/// then the earlier.
pub fn best_without_overlaps(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    candidates.sort_by(|a, b| {
        b.confidence
            .total_cmp(&a.confidence)
            .then(b.range.len().cmp(&a.range.len()))
            .then(a.range.start.cmp(&b.range.start))
    });
    let mut taken = Taken::default();
    candidates
        .into_iter()
        .filter(|c| taken.take(&c.range, false))
        .collect()
}

/// For the rules' tests: what `find` marks in `text` (in text order) and as what kind.
#[cfg(test)]
pub(crate) fn marked(
    text: &str,
    lang: &str,
    find: fn(&str, &[super::tokens::Token<'_>], &super::gazetteer::Gazetteer) -> Vec<Candidate>,
) -> Vec<(String, EntityKind)> {
    let g = super::gazetteer::Gazetteer::for_language(lang);
    let mut c = find(text, &super::tokens::tokenize(text), &g);
    c.sort_by_key(|c| c.range.start);
    c.into_iter()
        .map(|c| (text[c.range].to_string(), c.kind))
        .collect()
}

/// Ranges of one text already given out, ordered, so that checking a new one costs a
/// logarithmic search plus the ranges near it (not a scan of all of them).
#[derive(Debug, Default)]
pub struct Taken {
    ranges: BTreeSet<(usize, usize)>,
    /// The longest range taken: no range starting further back can reach a new one.
    longest: usize,
}

impl Taken {
    /// Takes `r` unless it repeats or crosses a range taken before, or, without
    /// `nesting`, overlaps one at all; with `nesting`, one range inside another is allowed.
    pub fn take(&mut self, r: &Range<usize>, nesting: bool) -> bool {
        let from = r.start.saturating_sub(self.longest);
        let clash = self.ranges.range((from, 0)..(r.end, 0)).any(|&(s, e)| {
            let overlap = s < r.end && r.start < e;
            let nested = (s <= r.start && r.end <= e) || (r.start <= s && e <= r.end);
            overlap && (!nesting || !nested || (s, e) == (r.start, r.end))
        });
        if !clash {
            self.add(r);
        }
        !clash
    }

    /// Takes `r` whatever it overlaps.
    pub fn add(&mut self, r: &Range<usize>) {
        self.ranges.insert((r.start, r.end));
        self.longest = self.longest.max(r.len());
    }

    /// Whether `r` shares a byte with a range taken (is inside it, equal to it, crosses
    /// it, or, unless `around` allows that, holds it): how text already marked keeps
    /// proposals off.
    pub fn overlaps(&self, r: &Range<usize>, around: bool) -> bool {
        let from = r.start.saturating_sub(self.longest);
        self.ranges.range((from, 0)..(r.end, 0)).any(|&(s, e)| {
            let holds = r.start <= s && e <= r.end && (s, e) != (r.start, r.end);
            s < r.end && r.start < e && !(around && holds)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn taken_ranges() {
        let mut t = Taken::default();
        assert!(t.take(&(10..20), true));
        assert!(!t.take(&(10..20), true), "the same range twice");
        assert!(t.take(&(12..15), true), "nested inside");
        assert!(t.take(&(5..30), true), "around");
        assert!(!t.take(&(18..25), true), "crossing");
        assert!(t.take(&(30..40), true), "touching is not overlapping");
        let mut strict = Taken::default();
        assert!(strict.take(&(10..20), false));
        assert!(!strict.take(&(12..15), false));
        assert!(strict.take(&(0..10), false));
        let mut marked = Taken::default();
        assert!(marked.take(&(10..20), true));
        for r in [10..20, 12..15, 5..30, 18..25, 5..11] {
            assert!(marked.overlaps(&r, false), "{r:?}");
        }
        for r in [10..20, 12..15, 18..25, 5..11] {
            assert!(marked.overlaps(&r, true), "{r:?}");
        }
        for r in [0..10, 20..30] {
            assert!(!marked.overlaps(&r, false), "{r:?}");
        }
        assert!(
            !marked.overlaps(&(5..30), true),
            "around, when that is allowed"
        );
    }
}
