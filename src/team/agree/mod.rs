//! Agreement between two annotations of the same articles: B measured against A, the
//! reference (an annotator against another, or `suggest`'s output against a gold briefing).
//!
//! [`agree`] first checks that both sides hold the same articles with the same texts and
//! headlines ([`AgreeError`] otherwise: counts over different texts mean nothing), then
//! turns every mention of each side into a [`Mark`] (headline mentions included) and indexes
//! them ([`index`]). A mark *agrees* when the other side has a mark of the same kind in the
//! same article part that is exactly the same span (exact matching) or that overlaps it
//! (overlap matching). Recall counts A's marks that agree, precision B's, F1 is their
//! harmonic mean; the counts are kept per group ([`By`]: kind, article, language, part).
//! Beside the mentions: figures (a mark with a figure agrees when an overlapping mark of the
//! other side states the same type and count), links (entities aligned by id, else by the
//! other side's entity their marks overlap most; a link agrees when the aligned ends are
//! linked too), the entities with mentions in two languages or more, the figures' speakers
//! and trends ([`claims`]), and the [`Disagreement`]s, in text order, to curate. [`report`] prints all of it as text or JSON.

mod claims;
mod index;
pub mod report;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use index::Index;
pub use index::Mark;

use crate::briefing::{Briefing, EntityKind, Figure, Part};

/// Why two briefings cannot be compared.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AgreeError {
    /// An article of one side is not in the other (`in_b`: the article is B's, `index` its
    /// place in that side's `articles`).
    #[error("article \"{id}\" is in {} only: agreement needs the same articles on both sides", if *in_b { "B" } else { "A" })]
    Article {
        id: String,
        in_b: bool,
        index: usize,
    },
    /// An article's text or headline differs: `index` is B's article, `offset` the byte in
    /// B's part where the two first differ.
    #[error("the {} of article \"{id}\" differs from A's (first at character {char_offset}): agreement needs the same texts", part.as_str())]
    Text {
        id: String,
        index: usize,
        part: Part,
        offset: usize,
        char_offset: usize,
    },
}

/// How the table of an agreement is grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum By {
    #[default]
    Kind,
    Article,
    Language,
    Part,
}

impl By {
    pub fn as_str(self) -> &'static str {
        match self {
            By::Kind => "kind",
            By::Article => "article",
            By::Language => "language",
            By::Part => "part",
        }
    }
}

/// Counts of agreeing marks: `found` of the `reference` marks of A have a match in B,
/// `correct` of the `proposed` marks of B have a match in A. Serialised with its precision,
/// recall and F1 (null where undefined).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Score {
    pub reference: usize,
    pub found: usize,
    pub proposed: usize,
    pub correct: usize,
}

impl Score {
    /// B's marks that agree, of B's; none when B has none.
    pub fn precision(&self) -> Option<f64> {
        ratio(self.correct, self.proposed)
    }

    /// A's marks that agree, of A's; none when A has none.
    pub fn recall(&self) -> Option<f64> {
        ratio(self.found, self.reference)
    }

    /// The harmonic mean of precision and recall (0 when both are 0).
    pub fn f1(&self) -> Option<f64> {
        let (p, r) = (self.precision()?, self.recall()?);
        Some(if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        })
    }

    fn count(&mut self, in_a: bool, agrees: bool) {
        let (total, good) = if in_a {
            (&mut self.reference, &mut self.found)
        } else {
            (&mut self.proposed, &mut self.correct)
        };
        *total += 1;
        *good += usize::from(agrees);
    }
}

impl Serialize for Score {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = s.serialize_struct("Score", 7)?;
        out.serialize_field("reference", &self.reference)?;
        out.serialize_field("found", &self.found)?;
        out.serialize_field("proposed", &self.proposed)?;
        out.serialize_field("correct", &self.correct)?;
        out.serialize_field("precision", &self.precision())?;
        out.serialize_field("recall", &self.recall())?;
        out.serialize_field("f1", &self.f1())?;
        out.end()
    }
}

fn ratio(n: usize, d: usize) -> Option<f64> {
    (d > 0).then(|| n as f64 / d as f64)
}

/// One row of the table: a group's name and its scores under both matchings.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub group: String,
    pub exact: Score,
    pub overlap: Score,
}

/// One mark, named for a person curating it: `start`/`end` in code points of the part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Marked {
    pub article: String,
    pub part: Part,
    pub start: usize,
    pub end: usize,
    pub quote: String,
    pub kind: EntityKind,
    pub entity: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub figure: Option<Figure>,
}

/// Something the two sides do not agree on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "what", rename_all = "kebab-case")]
pub enum Disagreement {
    /// Marked in A; B marks nothing there.
    OnlyInA { a: Marked },
    /// Marked in B; A marks nothing there.
    OnlyInB { b: Marked },
    /// Both mark it as the same kind, with different spans.
    Span { a: Marked, b: Marked },
    /// Both mark it, as different kinds.
    Kind { a: Marked, b: Marked },
    /// Both mark it; the figures differ in type or count.
    Figure { a: Marked, b: Marked },
    /// A links the two entities (ids of A); B does not link their counterparts.
    LinkOnlyInA { from: String, to: String },
    /// B links the two entities (ids of B); A does not link their counterparts.
    LinkOnlyInB { from: String, to: String },
}

/// The agreement of B with A.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Agreement {
    /// Every mark, under both matchings.
    pub all: Row,
    /// Per group of [`By`], in the groups' order (kinds as the format lists them, articles
    /// as A lists them, languages and parts sorted).
    pub rows: Vec<Row>,
    /// Marks with figures that agree in type and count.
    pub figures: Score,
    /// Links between entities.
    pub links: Score,
    /// Figures with the same speakers (`said_by`), entities aligned.
    pub speakers: Score,
    /// Figures with the same trend.
    pub trends: Score,
    /// Entities with mentions in two languages or more: A's, B's.
    pub multilingual: [usize; 2],
    pub disagreements: Vec<Disagreement>,
}

/// Where `mine` first differs from `theirs`: the byte offset in `mine` and the number of
/// characters before it.
fn first_difference(mine: &str, theirs: &str) -> (usize, usize) {
    let mut theirs = theirs.chars();
    for (n, (at, c)) in mine.char_indices().enumerate() {
        if theirs.next() != Some(c) {
            return (at, n);
        }
    }
    (mine.len(), mine.chars().count())
}

/// B's article index -> A's, when both hold the same articles with the same texts.
pub fn align_articles(a: &Briefing, b: &Briefing) -> Result<Vec<usize>, AgreeError> {
    if let Some(index) = a
        .articles
        .iter()
        .position(|x| b.article_index(&x.id).is_none())
    {
        let id = a.articles[index].id.clone();
        return Err(AgreeError::Article {
            id,
            in_b: false,
            index,
        });
    }
    let mut to_a = Vec::with_capacity(b.articles.len());
    for (index, article) in b.articles.iter().enumerate() {
        let Some(i) = a.article_index(&article.id) else {
            let id = article.id.clone();
            return Err(AgreeError::Article {
                id,
                in_b: true,
                index,
            });
        };
        for part in [Part::Headline, Part::Text] {
            let (mine, theirs) = (article.part(part), a.articles[i].part(part));
            if mine == theirs {
                continue;
            }
            let (offset, char_offset) = first_difference(mine, theirs);
            return Err(AgreeError::Text {
                id: article.id.clone(),
                index,
                part,
                offset,
                char_offset,
            });
        }
        to_a.push(i.0);
    }
    Ok(to_a)
}

/// The agreement of `b` with `a` (the reference), its table grouped `by`.
pub fn agree(a: &Briefing, b: &Briefing, by: By) -> Result<Agreement, AgreeError> {
    let b_to_a = align_articles(a, b)?;
    let marks_a = Mark::all_of(a, &(0..a.articles.len()).collect::<Vec<_>>());
    let marks_b = Mark::all_of(b, &b_to_a);
    let (index_a, index_b) = (Index::new(&marks_a), Index::new(&marks_b));
    let group = |m: &Mark| match by {
        By::Kind => m.kind.as_str().to_string(),
        By::Article => a.articles[m.article].id.clone(),
        By::Language => a.articles[m.article].lang.clone(),
        By::Part => m.part.as_str().to_string(),
    };
    let mut all = Row {
        group: "all".into(),
        exact: Score::default(),
        overlap: Score::default(),
    };
    let mut rows: BTreeMap<(usize, String), Row> = BTreeMap::new();
    let mut figures = Score::default();
    for (in_a, marks, other) in [(true, &marks_a, &index_b), (false, &marks_b, &index_a)] {
        for m in marks.iter() {
            let exact = other.has_exact(m);
            let overlap = exact || other.first_overlap(m, m.kind).is_some();
            let name = group(m);
            let order = match by {
                By::Kind => m.kind as usize,
                By::Article => m.article,
                By::Language | By::Part => 0,
            };
            let row = rows.entry((order, name.clone())).or_insert_with(|| Row {
                group: name,
                exact: Score::default(),
                overlap: Score::default(),
            });
            for r in [&mut all, row] {
                r.exact.count(in_a, exact);
                r.overlap.count(in_a, overlap);
            }
            if let Some(f) = m.figure {
                let same = other
                    .overlapping(m, EntityKind::Casualty)
                    .filter_map(|o| other.marks[o].figure)
                    .any(|g| g.kind == f.kind && g.count == f.count);
                figures.count(in_a, same);
            }
        }
    }
    let names = Names { a, b };
    let mut disagreements = mention_disagreements(&names, &index_a, &index_b);
    let (links, link_disagreements) = links(&names, &index_a, &index_b);
    disagreements.extend(link_disagreements);
    let [speakers, trends] = claims::claims(a, &index_a, b, &index_b);
    Ok(Agreement {
        all,
        rows: rows.into_values().collect(),
        figures,
        links,
        speakers,
        trends,
        multilingual: [multilingual(a, &marks_a), multilingual(a, &marks_b)],
        disagreements,
    })
}

/// Both sides, for naming marks and entities.
struct Names<'a> {
    a: &'a Briefing,
    b: &'a Briefing,
}

impl Names<'_> {
    /// A mark of side A (`in_a`) or B, named; articles are A's (the texts are the same).
    fn marked(&self, m: &Mark, in_a: bool) -> Marked {
        let side = if in_a { self.a } else { self.b };
        let article = &self.a.articles[m.article];
        Marked {
            article: article.id.clone(),
            part: m.part,
            start: m.chars.start,
            end: m.chars.end,
            quote: article.part(m.part)[m.bytes.clone()].to_string(),
            kind: m.kind,
            entity: side.entities[m.entity].id.clone(),
            figure: m.figure,
        }
    }
}

/// What the mentions disagree on, in text order: from A's side, each mark without an exact
/// match (its span, kind or absence in B) and each overlapping pair whose figures differ;
/// from B's side, each mark that no mark of A overlaps, and each that only a mark of another
/// kind overlaps when A's side has not said so.
fn mention_disagreements(names: &Names, a: &Index, b: &Index) -> Vec<Disagreement> {
    let mut found: Vec<((usize, Part, usize), Disagreement)> = Vec::new();
    for m in a.marks {
        let at = (m.article, m.part, m.bytes.start);
        let pair = |o: usize| (names.marked(m, true), names.marked(&b.marks[o], false));
        if !b.has_exact(m) {
            let other_kind = || {
                EntityKind::ALL
                    .into_iter()
                    .filter(|&k| k != m.kind)
                    .find_map(|k| b.first_overlap(m, k))
            };
            let d = if let Some(o) = b.first_overlap(m, m.kind) {
                let (a, b) = pair(o);
                Disagreement::Span { a, b }
            } else if let Some(o) = other_kind() {
                let (a, b) = pair(o);
                Disagreement::Kind { a, b }
            } else {
                Disagreement::OnlyInA {
                    a: names.marked(m, true),
                }
            };
            found.push((at, d));
        }
        if let Some(f) = m.figure {
            let differs = b.overlapping(m, EntityKind::Casualty).find(|&o| {
                b.marks[o]
                    .figure
                    .is_some_and(|g| g.kind != f.kind || g.count != f.count)
            });
            if let Some(o) = differs {
                let (a, b) = pair(o);
                found.push((at, Disagreement::Figure { a, b }));
            }
        }
    }
    for m in b.marks {
        if a.first_overlap(m, m.kind).is_some() {
            continue;
        }
        let other_kind = EntityKind::ALL
            .into_iter()
            .filter(|&k| k != m.kind)
            .find_map(|k| a.first_overlap(m, k));
        let d = match other_kind {
            None => Disagreement::OnlyInB {
                b: names.marked(m, false),
            },
            // A's side has said it, unless that mark of A has a match of its own kind.
            Some(o) if b.first_overlap(&a.marks[o], a.marks[o].kind).is_none() => continue,
            Some(o) => Disagreement::Kind {
                a: names.marked(&a.marks[o], true),
                b: names.marked(m, false),
            },
        };
        found.push(((m.article, m.part, m.bytes.start), d));
    }
    // Headlines first, as an article reads.
    found.sort_by_key(|((article, part, start), _)| (*article, part.is_text(), *start));
    found.into_iter().map(|(_, d)| d).collect()
}

/// For each entity of `from`'s side, the entity of `to`'s side it stands for: the one with
/// its id and kind, else the one whose marks its marks overlap most (ties: the first).
fn align_entities(
    from: &Briefing,
    marks: &Index,
    to: &Briefing,
    other: &Index,
) -> Vec<Option<usize>> {
    let mut votes: HashMap<usize, BTreeMap<usize, usize>> = HashMap::new();
    for m in marks.marks {
        if let Some(o) = other.first_overlap(m, m.kind) {
            *votes
                .entry(m.entity)
                .or_default()
                .entry(other.marks[o].entity)
                .or_default() += 1;
        }
    }
    let ids: HashMap<&str, usize> = to
        .entities
        .iter()
        .enumerate()
        .map(|(j, e)| (e.id.as_str(), j))
        .collect();
    from.entities
        .iter()
        .enumerate()
        .map(|(i, e)| {
            ids.get(e.id.as_str())
                .copied()
                .filter(|&j| to.entities[j].kind == e.kind)
                .or_else(|| {
                    let v = votes.get(&i)?;
                    let best = v.values().max()?;
                    v.iter().find(|(_, n)| *n == best).map(|(&j, _)| j)
                })
        })
        .collect()
}

/// The links of a briefing, each once (smaller index first).
fn link_pairs(b: &Briefing) -> BTreeSet<(usize, usize)> {
    b.entities
        .iter()
        .enumerate()
        .flat_map(|(i, e)| e.links.iter().map(move |&j| (i.min(j.0), i.max(j.0))))
        .filter(|(i, j)| i != j)
        .collect()
}

/// How far the links agree, and the links only one side has.
fn links(names: &Names, a: &Index, b: &Index) -> (Score, Vec<Disagreement>) {
    let a_to_b = align_entities(names.a, a, names.b, b);
    let b_to_a = align_entities(names.b, b, names.a, a);
    let (links_a, links_b) = (link_pairs(names.a), link_pairs(names.b));
    let mut score = Score::default();
    let mut only = Vec::new();
    let sides = [
        (true, &links_a, &a_to_b, &links_b, names.a),
        (false, &links_b, &b_to_a, &links_a, names.b),
    ];
    for (in_a, mine, align, theirs, side) in sides {
        for &(i, j) in mine {
            let agrees = match (align[i], align[j]) {
                (Some(x), Some(y)) => theirs.contains(&(x.min(y), x.max(y))),
                _ => false,
            };
            score.count(in_a, agrees);
            if !agrees {
                let (from, to) = (side.entities[i].id.clone(), side.entities[j].id.clone());
                only.push(if in_a {
                    Disagreement::LinkOnlyInA { from, to }
                } else {
                    Disagreement::LinkOnlyInB { from, to }
                });
            }
        }
    }
    (score, only)
}

/// How many entities of one side have marks in two languages or more; the marks' articles
/// are the reference's, `a`, whose languages they are.
fn multilingual(a: &Briefing, marks: &[Mark]) -> usize {
    let mut langs: HashMap<usize, BTreeSet<&str>> = HashMap::new();
    for m in marks {
        langs
            .entry(m.entity)
            .or_default()
            .insert(a.articles[m.article].lang.as_str());
    }
    langs.values().filter(|l| l.len() >= 2).count()
}
