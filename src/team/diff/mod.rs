//! What changed between two versions of a briefing, A (old) and B (new), said in the model's
//! terms rather than YAML lines: metadata, articles, and entity by entity.
//!
//! [`diff`] matches entities by id, then the rest by a shared name (any of `name` and
//! `names`, same kind); a matched pair is compared field by field (kind, name, names, the
//! accepted figure), by its mentions per article (a mention is its article, part and range:
//! counts added and removed), by the figures each article states for it, and by its links
//! (in B's ids: a link to a matched entity is the same link). Unmatched entities of A are
//! removed, of B added. Articles are matched by id. The result is a plain [`Diff`];
//! [`report`] prints it as text lines ("+ place Mosul (ar: الموصل): 3 mentions") or JSON.

pub mod report;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use crate::briefing::{Article, Briefing, Entity, EntityKind, Figure, Mention, Part};

/// How one item changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    Added,
    Removed,
    Changed,
}

/// A field whose value changed; `None` where it had none (an optional field, or a side
/// without the item).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// An article added, removed, or with changed fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArticleChange {
    pub change: Change,
    pub id: String,
    pub lang: String,
    pub fields: Vec<FieldChange>,
}

/// Mentions of an entity in one article: how many B has that A had not, and the reverse.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MentionChange {
    pub article: String,
    pub added: usize,
    pub removed: usize,
}

/// The figures an article states for a casualty entity, before and after (in words).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FigureChange {
    pub article: String,
    pub old: Vec<String>,
    pub new: Vec<String>,
}

/// An entity added, removed or changed. `id`, `kind`, `name` and `names` are B's (A's for a
/// removed one); `old_id` is A's id when the two were matched by name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EntityChange {
    pub change: Change,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_id: Option<String>,
    pub kind: EntityKind,
    pub name: String,
    pub names: BTreeMap<String, String>,
    /// Every mention it has (B's; A's for a removed entity), headlines included.
    pub mention_count: usize,
    pub fields: Vec<FieldChange>,
    pub mentions: Vec<MentionChange>,
    pub figures: Vec<FigureChange>,
    /// Ids of the entities a link was added to (B's ids) or removed from.
    pub links_added: Vec<String>,
    pub links_removed: Vec<String>,
}

/// Everything that changed from A to B.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Diff {
    pub metadata: Vec<FieldChange>,
    pub articles: Vec<ArticleChange>,
    pub entities: Vec<EntityChange>,
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        self.metadata.is_empty() && self.articles.is_empty() && self.entities.is_empty()
    }
}

/// `field` when the values differ.
fn field<S: AsRef<str> + ?Sized>(
    name: &str,
    old: Option<&S>,
    new: Option<&S>,
) -> Option<FieldChange> {
    let (old, new) = (old.map(AsRef::as_ref), new.map(AsRef::as_ref));
    (old != new).then(|| FieldChange {
        field: name.to_string(),
        old: old.map(str::to_string),
        new: new.map(str::to_string),
    })
}

/// A text the model always has, as a field value: an empty one is none (a side that is
/// not there, such as git's /dev/null).
fn given(text: &str) -> Option<&str> {
    (!text.is_empty()).then_some(text)
}

/// What changed from `a` to `b`.
pub fn diff(a: &Briefing, b: &Briefing) -> Diff {
    let metadata = [
        field("id", given(&a.id), given(&b.id)),
        field("title", given(&a.title), given(&b.title)),
        field("date", given(&a.date), given(&b.date)),
        field("summary", a.summary.as_deref(), b.summary.as_deref()),
    ]
    .into_iter()
    .flatten()
    .collect();
    Diff {
        metadata,
        articles: articles(a, b),
        entities: entities(a, b),
    }
}

fn article_fields(old: &Article, new: &Article) -> Vec<FieldChange> {
    [
        field("lang", Some(&old.lang), Some(&new.lang)),
        field("source", Some(&old.source), Some(&new.source)),
        field("url", old.url.as_deref(), new.url.as_deref()),
        field("headline", Some(&old.headline), Some(&new.headline)),
        field("text", Some(&old.text), Some(&new.text)),
    ]
    .into_iter()
    .flatten()
    .collect()
}

fn articles(a: &Briefing, b: &Briefing) -> Vec<ArticleChange> {
    let mut out = Vec::new();
    for old in &a.articles {
        if b.article_index(&old.id).is_none() {
            out.push(ArticleChange {
                change: Change::Removed,
                id: old.id.clone(),
                lang: old.lang.clone(),
                fields: Vec::new(),
            });
        }
    }
    for new in &b.articles {
        let (change, fields) = match a.article_index(&new.id) {
            Some(i) => (Change::Changed, article_fields(&a.articles[i], new)),
            None => (Change::Added, Vec::new()),
        };
        if change == Change::Added || !fields.is_empty() {
            out.push(ArticleChange {
                change,
                id: new.id.clone(),
                lang: new.lang.clone(),
                fields,
            });
        }
    }
    out
}

/// A mention as the diff compares it: article id, part, byte range, figure.
type Spot<'a> = (&'a str, Part, (usize, usize), Option<Figure>);

/// Each entity's mentions, text and headlines.
type Marks<'a> = Vec<Vec<Spot<'a>>>;

fn marks(b: &Briefing) -> Marks<'_> {
    let mut out: Marks = vec![Vec::new(); b.entities.len()];
    let mut add = |m: &Mention| {
        let article = b.articles[m.article].id.as_str();
        out[m.entity.0].push((article, m.part, (m.bytes.start, m.bytes.end), m.figure));
    };
    b.mentions.iter().for_each(&mut add);
    b.headline_mentions.iter().for_each(&mut add);
    out
}

/// Every name of an entity: `name` and the values of `names`.
fn all_names(e: &Entity) -> impl Iterator<Item = &str> {
    std::iter::once(e.name.as_str()).chain(e.names.values().map(String::as_str))
}

/// For each entity of B, the entity of A it is: the one with its id, else the first
/// unmatched one of its kind that shares a name with it. Hash lookups, so that briefings
/// with tens of thousands of entities compare in linear time.
fn match_entities(a: &Briefing, b: &Briefing) -> Vec<Option<usize>> {
    let ids: HashMap<&str, usize> = a
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    let mut taken = vec![false; a.entities.len()];
    let mut matched: Vec<Option<usize>> = b
        .entities
        .iter()
        .map(|e| {
            let i = *ids.get(e.id.as_str())?;
            taken[i] = true;
            Some(i)
        })
        .collect();
    let mut by_name: HashMap<(EntityKind, &str), Vec<usize>> = HashMap::new();
    for (i, e) in a.entities.iter().enumerate().filter(|(i, _)| !taken[*i]) {
        for name in all_names(e) {
            by_name.entry((e.kind, name)).or_default().push(i);
        }
    }
    for (j, e) in b.entities.iter().enumerate() {
        if matched[j].is_some() {
            continue;
        }
        let found = all_names(e)
            .filter_map(|n| by_name.get(&(e.kind, n)))
            .filter_map(|list| list.iter().copied().find(|&i| !taken[i]))
            .min();
        if let Some(i) = found {
            taken[i] = true;
            matched[j] = Some(i);
        }
    }
    matched
}

/// The figures each article states, in words, per article id (in mention order, once each).
fn figures_per_article<'a>(marks: &[Spot<'a>]) -> BTreeMap<&'a str, Vec<String>> {
    let mut out: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (article, _, _, figure) in marks {
        if let Some(f) = figure {
            let list = out.entry(article).or_default();
            let words = f.describe();
            if !list.contains(&words) {
                list.push(words);
            }
        }
    }
    out
}

fn entities(a: &Briefing, b: &Briefing) -> Vec<EntityChange> {
    let (marks_a, marks_b) = (marks(a), marks(b));
    let matched = match_entities(a, b);
    let mut a_to_b = vec![None; a.entities.len()];
    for (j, i) in matched.iter().enumerate() {
        if let Some(i) = i {
            a_to_b[*i] = Some(j);
        }
    }
    let mut out = Vec::new();
    for (j, new) in b.entities.iter().enumerate() {
        let mut change = EntityChange {
            change: Change::Added,
            id: new.id.clone(),
            old_id: None,
            kind: new.kind,
            name: new.name.clone(),
            names: new.names.clone(),
            mention_count: marks_b[j].len(),
            fields: Vec::new(),
            mentions: Vec::new(),
            figures: Vec::new(),
            links_added: Vec::new(),
            links_removed: Vec::new(),
        };
        if let Some(i) = matched[j] {
            change.change = Change::Changed;
            compare(
                &mut change,
                (a, i, &marks_a[i]),
                (b, j, &marks_b[j]),
                &a_to_b,
            );
            if !changed(&change) {
                continue;
            }
        }
        out.push(change);
    }
    for (i, old) in a.entities.iter().enumerate() {
        if a_to_b[i].is_none() {
            out.push(EntityChange {
                change: Change::Removed,
                id: old.id.clone(),
                old_id: None,
                kind: old.kind,
                name: old.name.clone(),
                names: old.names.clone(),
                mention_count: marks_a[i].len(),
                fields: Vec::new(),
                mentions: Vec::new(),
                figures: Vec::new(),
                links_added: Vec::new(),
                links_removed: Vec::new(),
            });
        }
    }
    out
}

fn changed(c: &EntityChange) -> bool {
    c.old_id.is_some()
        || !c.fields.is_empty()
        || !c.mentions.is_empty()
        || !c.figures.is_empty()
        || !c.links_added.is_empty()
        || !c.links_removed.is_empty()
}

type Side<'a, 'b> = (&'a Briefing, usize, &'b [Spot<'a>]);

/// Fills `change` with what differs between A's entity and B's.
fn compare(
    change: &mut EntityChange,
    (a, i, old): Side,
    (b, j, new): Side,
    a_to_b: &[Option<usize>],
) {
    let (eo, en) = (&a.entities[i], &b.entities[j]);
    if eo.id != en.id {
        change.old_id = Some(eo.id.clone());
    }
    let langs: BTreeSet<&String> = eo.names.keys().chain(en.names.keys()).collect();
    let describe = |f: &Option<Figure>| f.map(|f| f.describe());
    change.fields = [
        field("kind", Some(eo.kind.as_str()), Some(en.kind.as_str())),
        field("name", Some(&eo.name), Some(&en.name)),
        field(
            "figure",
            describe(&eo.figure).as_deref(),
            describe(&en.figure).as_deref(),
        ),
    ]
    .into_iter()
    .flatten()
    .chain(langs.into_iter().filter_map(|l| {
        field(
            &format!("names.{l}"),
            eo.names.get(l).map(String::as_str),
            en.names.get(l).map(String::as_str),
        )
    }))
    .collect();
    // Mentions per article: a mention is its article, part and range.
    let key = |m: &Spot| (m.0.to_string(), m.1, m.2);
    let (set_o, set_n): (BTreeSet<_>, BTreeSet<_>) =
        (old.iter().map(key).collect(), new.iter().map(key).collect());
    let mut per: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for k in set_n.difference(&set_o) {
        per.entry(k.0.clone()).or_default().0 += 1;
    }
    for k in set_o.difference(&set_n) {
        per.entry(k.0.clone()).or_default().1 += 1;
    }
    change.mentions = per
        .into_iter()
        .map(|(article, (added, removed))| MentionChange {
            article,
            added,
            removed,
        })
        .collect();
    let (fo, fn_) = (figures_per_article(old), figures_per_article(new));
    let articles: BTreeSet<&&str> = fo.keys().chain(fn_.keys()).collect();
    change.figures = articles
        .into_iter()
        .filter_map(|&article| {
            let (o, n) = (
                fo.get(article).cloned().unwrap_or_default(),
                fn_.get(article).cloned().unwrap_or_default(),
            );
            (o != n).then(|| FigureChange {
                article: article.to_string(),
                old: o,
                new: n,
            })
        })
        .collect();
    // Links in B's ids: a link to a matched entity is the same link.
    let in_b =
        |t: usize| a_to_b[t].map_or_else(|| a.entities[t].id.clone(), |u| b.entities[u].id.clone());
    let links_o: BTreeSet<String> = eo.links.iter().map(|&t| in_b(t.0)).collect();
    let links_n: BTreeSet<String> = en.links.iter().map(|&u| b.entities[u].id.clone()).collect();
    change.links_added = links_n.difference(&links_o).cloned().collect();
    change.links_removed = links_o.difference(&links_n).cloned().collect();
}
