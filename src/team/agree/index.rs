//! The marks of one side, indexed for matching: [`Mark`] is a mention with what agreement
//! compares (article, part, range, kind, entity, figure, the figure's speakers and trend), and [`Index`] answers "is this exact
//! span marked?" and "which marks of this kind overlap this range?" in logarithmic time.
//!
//! Overlaps are found per (article, part, kind) group, its marks sorted by start: the marks
//! that start before a range ends are a prefix, and the running maximum of their ends says
//! whether (and from where) one of them reaches into the range, so a query is two binary
//! searches and never a scan of the whole group.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::briefing::{Briefing, EntityKind, Figure, Mention, Part, Trend};

/// One mention, as agreement compares it; `article` is the reference side's article index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub article: usize,
    pub part: Part,
    pub bytes: Range<usize>,
    pub chars: Range<usize>,
    pub kind: EntityKind,
    pub entity: usize,
    pub figure: Option<Figure>,
    /// Who states the figure (this side's entity indices, sorted).
    pub said_by: Vec<usize>,
    pub trend: Option<Trend>,
}

impl Mark {
    /// Every mention of `b`, the text's then the headlines', with articles renumbered by
    /// `article` (this side's index -> the reference side's).
    pub fn all_of(b: &Briefing, article: &[usize]) -> Vec<Mark> {
        let mark = |m: &Mention| {
            let attribution = m.attribution.as_deref();
            let mut said_by: Vec<usize> = attribution
                .map(|a| a.said_by.iter().map(|e| e.0).collect())
                .unwrap_or_default();
            said_by.sort_unstable();
            Mark {
                article: article[m.article.0],
                part: m.part,
                bytes: m.bytes.clone(),
                chars: m.chars.clone(),
                kind: b.entities[m.entity].kind,
                entity: m.entity.0,
                figure: m.figure,
                said_by,
                trend: attribution.and_then(|a| a.trend),
            }
        };
        b.mentions
            .iter()
            .chain(&b.headline_mentions)
            .map(mark)
            .collect()
    }

    fn key(&self) -> (usize, Part, EntityKind) {
        (self.article, self.part, self.kind)
    }
}

/// The marks of one (article, part, kind), sorted by start.
#[derive(Debug, Default)]
struct Group {
    starts: Vec<usize>,
    ends: Vec<usize>,
    /// `reach[i]`: the largest end among marks `0..=i`.
    reach: Vec<usize>,
    marks: Vec<usize>,
}

/// One side's marks, indexed.
#[derive(Debug)]
pub struct Index<'a> {
    pub marks: &'a [Mark],
    groups: HashMap<(usize, Part, EntityKind), Group>,
    exact: HashSet<(usize, Part, EntityKind, usize, usize)>,
}

impl<'a> Index<'a> {
    pub fn new(marks: &'a [Mark]) -> Self {
        let mut order: Vec<usize> = (0..marks.len()).collect();
        order.sort_by_key(|&i| (marks[i].key(), marks[i].bytes.start));
        let mut groups: HashMap<_, Group> = HashMap::new();
        for i in order {
            let m = &marks[i];
            let g = groups.entry(m.key()).or_default();
            let reach = g.reach.last().copied().unwrap_or(0).max(m.bytes.end);
            g.starts.push(m.bytes.start);
            g.ends.push(m.bytes.end);
            g.reach.push(reach);
            g.marks.push(i);
        }
        let exact = marks
            .iter()
            .map(|m| (m.article, m.part, m.kind, m.bytes.start, m.bytes.end))
            .collect();
        Index {
            marks,
            groups,
            exact,
        }
    }

    /// Whether this side marks exactly the span of `m` with an entity of its kind.
    pub fn has_exact(&self, m: &Mark) -> bool {
        self.exact
            .contains(&(m.article, m.part, m.kind, m.bytes.start, m.bytes.end))
    }

    /// The marks of `kind` that overlap `m`'s range in its article part, in start order.
    pub fn overlapping(&self, m: &Mark, kind: EntityKind) -> impl Iterator<Item = usize> + '_ {
        let (from, to, group) = match self.groups.get(&(m.article, m.part, kind)) {
            Some(g) => {
                let (s, e) = (m.bytes.start, m.bytes.end);
                let to = g.starts.partition_point(|&start| start < e);
                // The first mark whose running end passes `s` reaches into the range itself.
                let from = g.reach[..to].partition_point(|&end| end <= s);
                (from, to, Some(g))
            }
            None => (0, 0, None),
        };
        let start = m.bytes.start;
        (from..to).filter_map(move |j| {
            let g = group?;
            (g.ends[j] > start).then_some(g.marks[j])
        })
    }

    /// The first mark of `kind` that overlaps `m`, if any.
    pub fn first_overlap(&self, m: &Mark, kind: EntityKind) -> Option<usize> {
        self.overlapping(m, kind).next()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(article: usize, bytes: Range<usize>, kind: EntityKind) -> Mark {
        Mark {
            article,
            part: Part::Text,
            chars: bytes.clone(),
            bytes,
            kind,
            entity: 0,
            figure: None,
            said_by: Vec::new(),
            trend: None,
        }
    }

    #[test]
    fn overlaps_are_found_past_a_long_mark_and_not_across_kinds_or_articles() {
        use EntityKind::*;
        let marks = [
            mark(0, 0..100, Place),
            mark(0, 10..12, Place),
            mark(0, 20..25, Place),
            mark(0, 30..40, Actor),
            mark(1, 30..40, Place),
        ];
        let index = Index::new(&marks);
        let found = |bytes: Range<usize>, kind| -> Vec<usize> {
            index.overlapping(&mark(0, bytes, Place), kind).collect()
        };
        assert_eq!(found(11..21, Place), [0, 1, 2]);
        assert_eq!(found(12..20, Place), [0]);
        assert_eq!(found(100..120, Place), Vec::<usize>::new());
        assert_eq!(found(35..36, Actor), [3]);
        assert_eq!(found(40..50, Actor), Vec::<usize>::new());
        assert!(index.has_exact(&mark(0, 20..25, Place)));
        assert!(!index.has_exact(&mark(0, 20..25, Actor)));
        assert!(!index.has_exact(&mark(0, 20..24, Place)));
    }
}
