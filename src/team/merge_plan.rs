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

use crate::annotate::{Edit, Field, NewMention};
use crate::briefing::conflict::Theirs;
use crate::briefing::{
    ArticleIx, Attribution, Briefing, Claim, Conflict, ConflictField, ConflictSpan, EntityIx,
    EntityKind, Figure, Mention, Part, Stance, Trend,
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
    /// Background, and responsibility (stance, by as identities, article): no edit sets
    /// them, so THEIRS's change is a conflict.
    said: (bool, Vec<Responsible>),
}

/// An entry of an actor's responsibility: stance, by (identities), article.
type Responsible = (Stance, Vec<usize>, Option<ArticleIx>);

/// A span of an article: article, part, byte range.
type Span = (usize, Part, usize, usize);

/// What marks a span on one side: the entity (index on that side), its figure, the span
/// in code points, and who states the figure.
type Mark<'a> = (usize, Option<Figure>, Range<usize>, Option<&'a Attribution>);

fn marks(b: &Briefing) -> HashMap<Span, Mark<'_>> {
    b.mentions
        .iter()
        .chain(&b.headline_mentions)
        .map(|m: &Mention| {
            let span = (m.article.0, m.part, m.bytes.start, m.bytes.end);
            let said = m.attribution.as_deref();
            (span, (m.entity.0, m.figure, m.chars.clone(), said))
        })
        .collect()
}

/// An attribution with its entities as identities (`said_by`, `denied_by`, `part_of`).
#[derive(Debug, Clone, PartialEq)]
struct Said {
    said_by: Vec<usize>,
    claim: Claim,
    denied_by: Vec<usize>,
    part_of: Option<usize>,
    trend: Option<Trend>,
}

/// A mark in identity space: the entity, its figure, who states it.
type Key = (usize, Option<Figure>, Option<Said>);

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
                    said: (
                        e.background,
                        e.responsibility
                            .iter()
                            .map(|r| (r.stance, r.by.iter().map(|b| of[b.0]).collect(), r.article))
                            .collect(),
                    ),
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
    fn key(&self, side: usize, mark: Option<&Mark>) -> Option<Key> {
        let of = &self.ids.of[side];
        let ids = |list: &[EntityIx]| list.iter().map(|e| of[e.0]).collect();
        mark.map(|(e, f, _, said)| {
            let said = said.map(|a| Said {
                said_by: ids(&a.said_by),
                claim: a.claim,
                denied_by: ids(&a.denied_by),
                part_of: a.part_of.map(|p| of[p.0]),
                trend: a.trend,
            });
            (of[*e], *f, said)
        })
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
            Some((e, figure, ..)) => {
                let id = &self.b[side].entities[*e].id;
                match figure {
                    Some(f) => format!("marked as {id} ({})", f.describe()),
                    None => format!("marked as {id}"),
                }
            }
        }
    }
}

/// A conflict about `field` (of `entity`): both sides' values in words, and THEIRS's as
/// taking it sets it (`take`; None where no edit could set it).
fn conflict(
    field: ConflictField,
    entity: Option<String>,
    (ours, theirs): (String, String),
    take: Option<Theirs>,
) -> Conflict {
    Conflict {
        field,
        entity,
        lang: None,
        article: None,
        span: None,
        ours,
        theirs,
        take,
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
    fields(&s, &mut plan);
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
                touched[side].extend(b.iter().chain(&v).map(|(e, ..)| *e));
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

/// The briefing's title, date and summary and each article's source, url and time
/// published, merged three ways (`Edit::SetField`).
fn fields(s: &Sides, plan: &mut Plan) {
    let mut fields = vec![Field::Title, Field::Date, Field::Summary];
    for a in ArticleIx::all(s.b[OURS]) {
        fields.extend([Field::Source(a), Field::Url(a), Field::Published(a)]);
    }
    for field in fields {
        let [b, o, t] = s.b.map(|b| field.get(b).map(str::to_string));
        let words = |v: &Option<String>| match v {
            Some(v) => v.clone(),
            None => format!("no {}", field.key()),
        };
        let what = match field {
            Field::Title => ConflictField::Title,
            Field::Date => ConflictField::Date,
            Field::Summary => ConflictField::Summary,
            Field::Source(_) => ConflictField::Source,
            Field::Url(_) => ConflictField::Url,
            Field::Published(_) => ConflictField::Published,
        };
        let refused = Conflict {
            article: field.article().map(|a| s.b[OURS].articles[a].id.clone()),
            ..conflict(
                what,
                None,
                (words(&o), words(&t)),
                Some(Theirs::Text(t.clone())),
            )
        };
        match three_way(Some(&b), &o, &t) {
            Ok(None) => {}
            Ok(Some(value)) => plan.fields.push(Step {
                edit: Edit::SetField { field, value },
                refused,
            }),
            Err(()) => plan.conflicts.push(refused),
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
        let entity = |ours: &str, theirs: &str, take: Option<Theirs>| {
            conflict(
                ConflictField::Entity,
                Some(s.id(id)),
                (ours.into(), theirs.into()),
                take,
            )
        };
        match (b, o, t) {
            (Some(_), Some(_), None) if changed(OURS, id) => {
                fate.frozen.insert(id);
                plan.conflicts.push(entity(
                    "changed here, kept",
                    "deleted",
                    Some(Theirs::Deleted),
                ));
            }
            (Some(_), Some(o), None) => {
                fate.dropped.insert(id);
                plan.drop.push(o);
            }
            (Some(_), None, Some(_)) if changed(THEIRS, id) => {
                fate.frozen.insert(id);
                plan.conflicts
                    .push(entity("deleted", "changed there", None));
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
                    refused: entity("not here", "created there", None),
                });
                if e.background || !e.responsibility.is_empty() {
                    plan.conflicts.push(unmerged(s, id));
                }
            }
            _ => {}
        }
    }
    fate
}

/// THEIRS's change of an entity's background or responsibility, which no edit makes: a
/// conflict, to merge by hand.
fn unmerged(s: &Sides, id: usize) -> Conflict {
    let words = (
        "background and responsibility as here".into(),
        "background or responsibility changed there (no edit sets them: edit the file)".into(),
    );
    conflict(ConflictField::Entity, Some(s.id(id)), words, None)
}

/// Kind, name, names by language and figure of an entity OURS has (or both sides created).
fn entity_fields(s: &Sides, id: usize, at: usize, plan: &mut Plan) {
    let (Some(o), Some(t)) = (s.view(OURS, id), s.view(THEIRS, id)) else {
        return;
    };
    let b = s.view(BASE, id);
    let entity = Some(s.id(id));
    let field =
        |f, words: (String, String), take: Theirs| conflict(f, entity.clone(), words, Some(take));
    // A new kind comes with THEIRS's figure (the one that kind needs, or none).
    let words = (o.kind.as_str().into(), t.kind.as_str().into());
    let rekinded = field(ConflictField::Kind, words, Theirs::Kind(t.kind, t.figure));
    let kind = match three_way(b.map(|b| &b.kind), &o.kind, &t.kind) {
        // THEIRS's kind would bring THEIRS's figure over the one OURS changed.
        Ok(Some(_)) if b.is_some_and(|b| b.figure != o.figure) => Err(()),
        kind => kind,
    };
    match kind {
        Ok(None) => {}
        Ok(Some(kind)) => plan.fields.push(Step {
            edit: Edit::SetKind {
                entity: EntityIx(at),
                kind,
                figure: t.figure,
            },
            refused: rekinded,
        }),
        Err(()) => plan.conflicts.push(rekinded),
    }
    if !matches!(three_way(b.map(|b| &b.said), &o.said, &t.said), Ok(None)) {
        plan.conflicts.push(unmerged(s, id));
    }
    let names = (o.name.to_string(), t.name.to_string());
    let renamed = field(
        ConflictField::Name,
        names,
        Theirs::Text(Some(t.name.into())),
    );
    match three_way(b.map(|b| &b.name), &o.name, &t.name) {
        Ok(None) => {}
        Ok(Some(name)) => plan.fields.push(Step {
            edit: Edit::Rename {
                entity: EntityIx(at),
                name: name.to_string(),
            },
            refused: renamed,
        }),
        Err(()) => plan.conflicts.push(renamed),
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
        let named = Conflict {
            lang: Some(lang.clone()),
            ..field(
                ConflictField::Names,
                (words(on), words(tn)),
                Theirs::Text(tn.cloned()),
            )
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
                refused: named,
            }),
            Err(()) => plan.conflicts.push(named),
        }
    }
    let refigured = field(
        ConflictField::Figure,
        (figure_words(o.figure), figure_words(t.figure)),
        Theirs::Figure(t.figure),
    );
    match three_way(b.map(|b| &b.figure), &o.figure, &t.figure) {
        // The figure went with the kind (or the kind's conflict).
        _ if kind != Ok(None) => {}
        Ok(None) => {}
        Ok(Some(figure)) => plan.fields.push(Step {
            edit: Edit::SetFigure {
                entity: EntityIx(at),
                figure,
            },
            refused: refigured,
        }),
        Err(()) => plan.conflicts.push(refigured),
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
    let theirs = t.links.iter().filter(|&&l| fate.kept(l).is_some());
    let take = Theirs::Links(theirs.map(|&l| s.id(l)).collect());
    let refused = conflict(
        ConflictField::Links,
        Some(s.id(id)),
        (id_list(s, OURS, &o), id_list(s, THEIRS, &t.links)),
        Some(take),
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
    if kb.iter().chain(&kt).any(|(e, ..)| fate.frozen.contains(e)) {
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
        article: None,
        span: Some(ConflictSpan {
            article: s.b[OURS].articles[article].id.clone(),
            part,
            start: chars.start,
            end: chars.end,
        }),
        ours: s.marked(OURS, vo),
        theirs: s.marked(THEIRS, vt),
        take: Some(Theirs::Mark(
            kt.as_ref().map(|(e, figure, _)| (s.id(*e), *figure)),
        )),
    };
    if ko != kb {
        plan.conflicts.push(refused);
        return;
    }
    // Who states THEIRS's figure, in the merged entities (Err: one of them is gone).
    let said = |said: &Option<Said>| -> Result<Option<Box<Attribution>>, ()> {
        let Some(a) = said else { return Ok(None) };
        let at = |id: &usize| fate.kept(*id).map(EntityIx).ok_or(());
        let list = |ids: &[usize]| ids.iter().map(at).collect::<Result<Vec<_>, ()>>();
        Ok(Attribution {
            said_by: list(&a.said_by)?,
            claim: a.claim,
            denied_by: list(&a.denied_by)?,
            part_of: a.part_of.as_ref().map(at).transpose()?,
            trend: a.trend,
        }
        .boxed())
    };
    let new = |entity: usize, figure: Option<Figure>, attribution| NewMention {
        entity: EntityIx(entity),
        article: ArticleIx(article),
        part,
        bytes: start..end,
        figure,
        attribution,
    };
    let (remove, add) = match (vo, kt) {
        (Some(o), None) => (Some(o.0), None),
        (None, Some(t)) => (None, Some(t)),
        (Some(o), Some((t, figure, by))) if ko.as_ref().is_some_and(|(e, ..)| *e == t) => {
            let Ok(attribution) = said(&by) else {
                plan.conflicts.push(refused);
                return;
            };
            let (entity, article) = (EntityIx(o.0), ArticleIx(article));
            let ours = ko.as_ref().map(|(_, f, by)| (*f, by.clone()));
            if ours.as_ref().map(|o| o.0) != Some(figure) {
                plan.refigure.push(Step {
                    edit: Edit::SetMentionFigure {
                        entity,
                        article,
                        part,
                        bytes: start..end,
                        figure,
                    },
                    refused: refused.clone(),
                });
            }
            if ours.map(|o| o.1) != Some(by) {
                plan.refigure.push(Step {
                    edit: Edit::SetMentionAttribution {
                        entity,
                        article,
                        part,
                        bytes: start..end,
                        attribution,
                    },
                    refused,
                });
            }
            return;
        }
        (Some(o), Some(t)) => (Some(o.0), Some(t)),
        (None, None) => return,
    };
    if let Some((t, figure, by)) = add {
        match (fate.kept(t), said(&by)) {
            (Some(at), Ok(attribution)) => plan.add.push(Step {
                edit: new(at, figure, attribution),
                refused: refused.clone(),
            }),
            _ => {
                plan.conflicts.push(refused);
                return;
            }
        }
    }
    if let Some(o) = remove {
        plan.remove.push(Step {
            edit: new(o, None, None),
            refused,
        });
    }
}
