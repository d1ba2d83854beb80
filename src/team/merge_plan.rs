//! The merge decided: what of THEIRS's changes since BASE to make in OURS, as
//! `annotate::Edit`s on OURS's entities, and what cannot be merged, as conflicts.
//!
//! Data flows one way: the sides' entities get identities (`merge_match`); each side's
//! entities are seen through them (a [`View`]: kind, names, figure, links as identities)
//! and each side's mentions as a map from span (article, part, byte range) to what marks it
//! (identity and figure). Each field and each span is then merged three ways: THEIRS's value
//! when only THEIRS changed it, OURS's otherwise, and a conflict when both changed it to
//! different values (OURS's is kept). Links merge as sets (additions and removals of both
//! sides), names language by language. An entity one side deleted is deleted when the
//! other did not change it, else kept with a conflict; the other side's changes to it are
//! then left out. The [`Plan`] lists the edits in the order they can be made (entities
//! created, their fields, mentions removed then added, mention figures, links, entities
//! dropped), each with the conflict to record if it is refused.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::ops::Range;

use crate::annotate::{Edit, NewMention};
use crate::briefing::{
    ArticleIx, Briefing, Conflict, ConflictField, ConflictSpan, EntityIx, EntityKind, Figure,
    Mention, Part,
};

use super::merge_match::{BASE, Identities, OURS, THEIRS};

/// An edit, and the conflict recorded when it is refused (it would break a rule of the
/// format against what OURS has: a mention crossing another, say).
pub struct Step<T> {
    pub edit: T,
    pub refused: Conflict,
}

/// What to do to OURS, phase by phase.
#[derive(Default)]
pub struct Plan {
    pub create: Vec<Step<Edit>>,
    pub fields: Vec<Step<Edit>>,
    pub remove: Vec<Step<NewMention>>,
    pub add: Vec<Step<NewMention>>,
    pub refigure: Vec<Step<Edit>>,
    pub links: Vec<Step<Edit>>,
    /// OURS's entities to delete (indices), once their mentions and links are gone.
    pub drop: Vec<usize>,
    /// What could not be merged.
    pub conflicts: Vec<Conflict>,
}

/// One side's entity, its links as identities.
#[derive(PartialEq)]
struct View<'a> {
    kind: EntityKind,
    name: &'a str,
    names: &'a BTreeMap<String, String>,
    figure: Option<Figure>,
    links: Vec<usize>,
}

/// A span of an article: article, part, byte range.
type Span = (usize, Part, usize, usize);

/// What marks a span on one side: the entity (index on that side), its figure, and the
/// span in code points.
type Mark = (usize, Option<Figure>, Range<usize>);

fn marks(b: &Briefing) -> HashMap<Span, Mark> {
    b.mentions
        .iter()
        .chain(&b.headline_mentions)
        .map(|m: &Mention| {
            let span = (m.article.0, m.part, m.bytes.start, m.bytes.end);
            (span, (m.entity.0, m.figure, m.chars.clone()))
        })
        .collect()
}

/// The three sides, seen through the identities.
struct Sides<'a> {
    b: [&'a Briefing; 3],
    ids: Identities,
    views: [Vec<View<'a>>; 3],
}

impl<'a> Sides<'a> {
    fn new(b: [&'a Briefing; 3]) -> Sides<'a> {
        let ids = Identities::new(b[BASE], b[OURS], b[THEIRS]);
        let view = |side: usize| -> Vec<View<'a>> {
            let of = &ids.of[side];
            b[side]
                .entities
                .iter()
                .map(|e| View {
                    kind: e.kind,
                    name: &e.name,
                    names: &e.names,
                    figure: e.figure,
                    links: e.links.iter().map(|&l| of[l.0]).collect(),
                })
                .collect()
        };
        let views = [view(BASE), view(OURS), view(THEIRS)];
        Sides { b, ids, views }
    }

    fn view(&self, side: usize, id: usize) -> Option<&View<'a>> {
        self.ids.sides[id][side].map(|i| &self.views[side][i])
    }

    /// A mark in identity space, for comparing sides.
    fn key(&self, side: usize, mark: Option<&Mark>) -> Option<(usize, Option<Figure>)> {
        mark.map(|(e, f, _)| (self.ids.of[side][*e], *f))
    }

    /// The identity's id: OURS's, else THEIRS's, else BASE's.
    fn id(&self, id: usize) -> String {
        let [b, o, t] = self.ids.sides[id];
        let (side, i) = match (o, t, b) {
            (Some(o), _, _) => (OURS, o),
            (_, Some(t), _) => (THEIRS, t),
            (_, _, b) => (BASE, b.unwrap_or(0)),
        };
        self.b[side].entities[i].id.clone()
    }

    /// A mark in words: `marked as ID (figure)` or `not marked`.
    fn marked(&self, side: usize, mark: Option<&Mark>) -> String {
        match mark {
            None => "not marked".into(),
            Some((e, figure, _)) => {
                let id = &self.b[side].entities[*e].id;
                match figure {
                    Some(f) => format!("marked as {id} ({})", f.describe()),
                    None => format!("marked as {id}"),
                }
            }
        }
    }
}

fn conflict(
    field: ConflictField,
    entity: Option<String>,
    ours: String,
    theirs: String,
) -> Conflict {
    Conflict {
        field,
        entity,
        lang: None,
        span: None,
        ours,
        theirs,
    }
}

fn figure_words(f: Option<Figure>) -> String {
    f.map_or_else(|| "no figure".into(), |f| f.describe())
}

/// The three-way merge of one value: Ok(Some(theirs)) when only THEIRS changed it, Ok(None)
/// when OURS's stands, Err(()) when both changed it differently. `base` None: new on both
/// sides (then any difference is a conflict).
fn three_way<T: PartialEq + Clone>(
    base: Option<&T>,
    ours: &T,
    theirs: &T,
) -> Result<Option<T>, ()> {
    if ours == theirs || base == Some(theirs) {
        Ok(None)
    } else if base == Some(ours) {
        Ok(Some(theirs.clone()))
    } else {
        Err(())
    }
}

/// What becomes of each identity: where it is in the merged OURS (`target`: OURS's index,
/// or the index it is created at), which are deleted, and which are kept with a conflict
/// (`frozen`: THEIRS's changes to them are left out).
struct Fate {
    target: Vec<Option<usize>>,
    dropped: HashSet<usize>,
    frozen: HashSet<usize>,
}

impl Fate {
    /// Where an identity is in the merged result, unless it is deleted.
    fn kept(&self, id: usize) -> Option<usize> {
        self.target[id].filter(|_| !self.dropped.contains(&id))
    }
}

/// The plan that merges THEIRS's changes since BASE into OURS; the three have the same
/// articles.
pub fn plan(base: &Briefing, ours: &Briefing, theirs: &Briefing) -> Plan {
    let s = Sides::new([base, ours, theirs]);
    let mut plan = Plan::default();
    briefing_fields(&s, &mut plan);
    let m = [marks(base), marks(ours), marks(theirs)];
    // Entities whose mentions changed on each side.
    let mut touched: [HashSet<usize>; 3] = Default::default();
    let mut spans: BTreeSet<&Span> = m[BASE].keys().collect();
    spans.extend(m[OURS].keys().chain(m[THEIRS].keys()));
    for span in &spans {
        let b = s.key(BASE, m[BASE].get(span));
        for side in [OURS, THEIRS] {
            let v = s.key(side, m[side].get(span));
            if v != b {
                touched[side].extend(b.iter().chain(&v).map(|(e, _)| *e));
            }
        }
    }
    let fate = entities(&s, &touched, &mut plan);
    for id in 0..s.ids.sides.len() {
        if let Some(at) = fate.kept(id).filter(|_| !fate.frozen.contains(&id)) {
            entity_fields(&s, id, at, &mut plan);
            links(&s, id, at, &fate, &mut plan);
        }
    }
    for span in spans {
        let marks = [BASE, OURS, THEIRS].map(|side| m[side].get(span));
        mention(&s, span, marks, &fate, &mut plan);
    }
    plan
}

/// Title, date and summary: edits cannot change them, so any change on THEIRS's side that
/// OURS does not have is listed as a conflict.
fn briefing_fields(s: &Sides, plan: &mut Plan) {
    let words = |b: &Briefing, f: ConflictField| match f {
        ConflictField::Title => b.title.clone(),
        ConflictField::Date => b.date.clone(),
        _ => b.summary.clone().unwrap_or_else(|| "no summary".into()),
    };
    for field in [
        ConflictField::Title,
        ConflictField::Date,
        ConflictField::Summary,
    ] {
        let [b, o, t] = s.b.map(|b| words(b, field));
        if t != b && t != o {
            plan.conflicts.push(conflict(field, None, o, t));
        }
    }
}

/// Which entities are deleted, created, or kept with a conflict.
fn entities(s: &Sides, touched: &[HashSet<usize>; 3], plan: &mut Plan) -> Fate {
    let changed = |side: usize, id: usize| {
        touched[side].contains(&id) || s.view(side, id) != s.view(BASE, id)
    };
    let mut fate = Fate {
        target: vec![None; s.ids.sides.len()],
        dropped: HashSet::new(),
        frozen: HashSet::new(),
    };
    let mut created = s.b[OURS].entities.len();
    for (id, &[b, o, t]) in s.ids.sides.iter().enumerate() {
        fate.target[id] = o;
        let entity = |ours: &str, theirs: &str| {
            conflict(
                ConflictField::Entity,
                Some(s.id(id)),
                ours.into(),
                theirs.into(),
            )
        };
        match (b, o, t) {
            (Some(_), Some(_), None) if changed(OURS, id) => {
                fate.frozen.insert(id);
                plan.conflicts.push(entity("changed here, kept", "deleted"));
            }
            (Some(_), Some(o), None) => {
                fate.dropped.insert(id);
                plan.drop.push(o);
            }
            (Some(_), None, Some(_)) if changed(THEIRS, id) => {
                fate.frozen.insert(id);
                plan.conflicts.push(entity("deleted", "changed there"));
            }
            (None, None, Some(t)) => {
                let e = &s.b[THEIRS].entities[t];
                fate.target[id] = Some(created);
                created += 1;
                plan.create.push(Step {
                    edit: Edit::CreateEntity {
                        id: e.id.clone(),
                        kind: e.kind,
                        name: e.name.clone(),
                        names: e.names.clone(),
                        figure: e.figure,
                    },
                    refused: entity("not here", "created there"),
                });
            }
            _ => {}
        }
    }
    fate
}

/// Kind, name, names by language and figure of an entity OURS has (or both sides created).
fn entity_fields(s: &Sides, id: usize, at: usize, plan: &mut Plan) {
    let (Some(o), Some(t)) = (s.view(OURS, id), s.view(THEIRS, id)) else {
        return;
    };
    let b = s.view(BASE, id);
    let entity = Some(s.id(id));
    let field = |f, ours: String, theirs: String| conflict(f, entity.clone(), ours, theirs);
    // Edits cannot change a kind: THEIRS's change is a conflict too.
    if !matches!(three_way(b.map(|b| &b.kind), &o.kind, &t.kind), Ok(None)) {
        plan.conflicts.push(field(
            ConflictField::Kind,
            o.kind.as_str().into(),
            t.kind.as_str().into(),
        ));
    }
    match three_way(b.map(|b| &b.name), &o.name, &t.name) {
        Ok(None) => {}
        Ok(Some(name)) => plan.fields.push(Step {
            edit: Edit::Rename {
                entity: EntityIx(at),
                name: name.to_string(),
            },
            refused: field(ConflictField::Name, o.name.into(), t.name.into()),
        }),
        Err(()) => plan
            .conflicts
            .push(field(ConflictField::Name, o.name.into(), t.name.into())),
    }
    let langs: BTreeSet<&String> = o
        .names
        .keys()
        .chain(t.names.keys())
        .chain(b.iter().flat_map(|b| b.names.keys()))
        .collect();
    for lang in langs {
        let [bn, on, tn] =
            [b.map(|b| b.names), Some(o.names), Some(t.names)].map(|n| n.and_then(|n| n.get(lang)));
        let words = |n: Option<&String>| n.cloned().unwrap_or_else(|| "no name".into());
        let named = |c: Conflict| Conflict {
            lang: Some(lang.clone()),
            ..c
        };
        // Names merge language by language: one new on both sides is new on one.
        match three_way(Some(&bn), &on, &tn) {
            Ok(None) => {}
            Ok(Some(name)) => plan.fields.push(Step {
                edit: Edit::SetName {
                    entity: EntityIx(at),
                    lang: lang.clone(),
                    name: name.cloned(),
                },
                refused: named(field(ConflictField::Names, words(on), words(tn))),
            }),
            Err(()) => {
                plan.conflicts
                    .push(named(field(ConflictField::Names, words(on), words(tn))))
            }
        }
    }
    match three_way(b.map(|b| &b.figure), &o.figure, &t.figure) {
        Ok(None) => {}
        Ok(Some(figure)) => plan.fields.push(Step {
            edit: Edit::SetFigure {
                entity: EntityIx(at),
                figure,
            },
            refused: field(
                ConflictField::Figure,
                figure_words(o.figure),
                figure_words(t.figure),
            ),
        }),
        Err(()) => plan.conflicts.push(field(
            ConflictField::Figure,
            figure_words(o.figure),
            figure_words(t.figure),
        )),
    }
}

/// The ids of one side's entities, for a conflict's words.
fn id_list(s: &Sides, side: usize, ids: &[usize]) -> String {
    let b = s.b[side];
    let words: Vec<&str> = ids
        .iter()
        .filter_map(|&id| s.ids.sides[id][side].map(|i| b.entities[i].id.as_str()))
        .collect();
    match words.is_empty() {
        true => "no links".into(),
        false => words.join(", "),
    }
}

/// An entity's links, merged as sets: OURS's, less what THEIRS unlinked, plus what THEIRS
/// linked (in THEIRS's order when OURS did not change them). Entities kept with a conflict
/// are left out of THEIRS's changes; a link THEIRS made to an entity OURS deleted is a
/// conflict.
fn links(s: &Sides, id: usize, at: usize, fate: &Fate, plan: &mut Plan) {
    let Some(t) = s.view(THEIRS, id) else {
        return;
    };
    let ours = s.view(OURS, id);
    let o: Vec<usize> = ours.map_or_else(Vec::new, |v| v.links.clone());
    let b: Vec<usize> = match ours {
        Some(_) => s.view(BASE, id).map_or_else(Vec::new, |v| v.links.clone()),
        None => Vec::new(),
    };
    let unfrozen = |list: &[usize]| -> Vec<usize> {
        list.iter()
            .copied()
            .filter(|l| !fate.frozen.contains(l))
            .collect()
    };
    let (bf, tf) = (unfrozen(&b), unfrozen(&t.links));
    let want: Vec<usize> = if o == b && bf == b && tf == t.links {
        t.links.clone()
    } else {
        let mut want: Vec<usize> = o
            .iter()
            .copied()
            .filter(|l| !bf.contains(l) || tf.contains(l))
            .collect();
        want.extend(tf.iter().filter(|l| !bf.contains(l) && !o.contains(l)));
        want
    };
    if want == o {
        return;
    }
    let refused = conflict(
        ConflictField::Links,
        Some(s.id(id)),
        id_list(s, OURS, &o),
        id_list(s, THEIRS, &t.links),
    );
    let mut links = Vec::with_capacity(want.len());
    for l in want {
        match fate.kept(l) {
            Some(i) => links.push(i),
            // Linked by THEIRS to an entity OURS deleted.
            None if !o.contains(&l) => {
                plan.conflicts.push(Conflict {
                    ours: format!("{} (deleted here)", s.id(l)),
                    ..refused.clone()
                });
            }
            None => {}
        }
    }
    plan.links.push(Step {
        edit: Edit::SetLinks {
            entity: EntityIx(at),
            links: links.into_iter().map(EntityIx).collect(),
        },
        refused,
    });
}

/// What marks one span, merged: THEIRS's change (added, removed, moved to another entity,
/// figure changed) when OURS did not change it; a conflict when both did.
fn mention(s: &Sides, span: &Span, marks: [Option<&Mark>; 3], fate: &Fate, plan: &mut Plan) {
    let [vb, vo, vt] = marks;
    let (kb, ko, kt) = (s.key(BASE, vb), s.key(OURS, vo), s.key(THEIRS, vt));
    if kt == kb || ko == kt {
        return;
    }
    if kb.iter().chain(&kt).any(|(e, _)| fate.frozen.contains(e)) {
        return;
    }
    let &(article, part, start, end) = span;
    let chars = vb.or(vo).or(vt).map_or(0..0, |m| m.2.clone());
    let entity = match (vo, vt) {
        (Some(o), _) => Some(s.b[OURS].entities[o.0].id.clone()),
        (None, Some(t)) => Some(s.b[THEIRS].entities[t.0].id.clone()),
        (None, None) => None,
    };
    let refused = Conflict {
        field: ConflictField::Mention,
        entity,
        lang: None,
        span: Some(ConflictSpan {
            article: s.b[OURS].articles[article].id.clone(),
            part,
            start: chars.start,
            end: chars.end,
        }),
        ours: s.marked(OURS, vo),
        theirs: s.marked(THEIRS, vt),
    };
    if ko != kb {
        plan.conflicts.push(refused);
        return;
    }
    let new = |entity: usize, figure: Option<Figure>| NewMention {
        entity: EntityIx(entity),
        article: ArticleIx(article),
        part,
        bytes: start..end,
        figure,
        attribution: None,
    };
    let (remove, add) = match (vo, kt) {
        (Some(o), None) => (Some(o.0), None),
        (None, Some(t)) => (None, Some(t)),
        (Some(o), Some((t, figure))) if ko.is_some_and(|(e, _)| e == t) => {
            plan.refigure.push(Step {
                edit: Edit::SetMentionFigure {
                    entity: EntityIx(o.0),
                    article: ArticleIx(article),
                    part,
                    bytes: start..end,
                    figure,
                },
                refused,
            });
            return;
        }
        (Some(o), Some(t)) => (Some(o.0), Some(t)),
        (None, None) => return,
    };
    if let Some((t, figure)) = add {
        match fate.kept(t) {
            Some(at) => plan.add.push(Step {
                edit: new(at, figure),
                refused: refused.clone(),
            }),
            None => {
                plan.conflicts.push(refused);
                return;
            }
        }
    }
    if let Some(o) = remove {
        plan.remove.push(Step {
            edit: new(o, None),
            refused,
        });
    }
}
