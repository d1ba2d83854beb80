//! Checks of format 3's claims (see `briefing::attribution`): the `format_version`, a
//! mention's `said_by`, `claim`, `denied_by`, `part_of` and `trend`, an entity's
//! `background` and `responsibility`. Each id must name an entity of the right kind (a
//! speaker, a denier or a blamer is an actor; `part_of` names another casualty entity), the
//! claims go on a figure's mention, `denied_by` only with a denied or disputed claim, and a
//! part of a toll cannot contain its whole. Every problem is found at its node, with what to
//! write instead. Returns the resolved attributions and responsibilities for `build`.

use std::collections::HashMap;

use super::super::attribution::{Attribution, Claim, Responsibility, Stance};
use super::super::diagnostic::{Findings, NodePath};
use super::super::ids::{ArticleIx, EntityIx};
use super::super::model::EntityKind;
use super::super::raw::{RawBriefing, RawEntity, RawMention};

/// The newest format version this program reads.
pub const FORMAT_VERSION: u32 = 3;

/// What the claims of every entity resolve to: each selector's attribution
/// (`[entity][selector]`) and each entity's responsibility entries.
pub struct Claims {
    pub attributions: Vec<Vec<Option<Box<Attribution>>>>,
    pub responsibility: Vec<Vec<Responsibility>>,
}

/// Checks the file's `format_version`, when it has one.
pub fn check_version(raw: &RawBriefing, findings: &mut Findings) {
    match raw.format_version {
        Some(v) if v == 0 || v > FORMAT_VERSION => findings.error(
            NodePath::root().key("format_version"),
            format!(
                "format_version {v} is not one this program reads (1 to {FORMAT_VERSION}): a newer briefing wrote it, or the number is wrong"
            ),
        ),
        _ => {}
    }
}

/// Checks every entity's claims and the claims on its mentions.
pub fn check_claims(
    raw: &RawBriefing,
    entity_index: &HashMap<&str, usize>,
    article_index: &HashMap<&str, usize>,
    findings: &mut Findings,
) -> Claims {
    let ids = Ids {
        raw,
        entity_index,
        article_index,
    };
    let mut claims = Claims {
        attributions: Vec::with_capacity(raw.entities.len()),
        responsibility: Vec::with_capacity(raw.entities.len()),
    };
    for (i, e) in raw.entities.iter().enumerate() {
        let p = NodePath::root().key("entities").index(i);
        if e.background && e.kind != EntityKind::Casualty {
            findings.error(
                p.key("background"),
                format!(
                    "background marks a casualty figure about an earlier event, but {:?} is {}: remove it",
                    e.id,
                    e.kind.with_article()
                ),
            );
        }
        claims
            .responsibility
            .push(check_responsibility(&ids, i, e, &p, findings));
        claims.attributions.push(
            e.mentions
                .iter()
                .enumerate()
                .map(|(j, m)| check_mention(&ids, i, e, m, &p.key("mentions").index(j), findings))
                .collect(),
        );
    }
    claims
}

/// The file's ids, to resolve what its claims name.
struct Ids<'a> {
    raw: &'a RawBriefing,
    entity_index: &'a HashMap<&'a str, usize>,
    article_index: &'a HashMap<&'a str, usize>,
}

impl Ids<'_> {
    /// The entity `id` names when it is of `kind`; else an error at `path` saying what
    /// `role` (e.g. "said_by") needs.
    fn entity(
        &self,
        id: &str,
        kind: EntityKind,
        role: &'static str,
        path: NodePath,
        findings: &mut Findings,
    ) -> Option<EntityIx> {
        let Some(&ix) = self.entity_index.get(id) else {
            findings.error(
                path,
                format!(
                    "{role} names unknown entity {id:?}: give the id of {}",
                    kind.with_article()
                ),
            );
            return None;
        };
        let found = self.raw.entities[ix].kind;
        if found != kind {
            findings.error(
                path,
                format!(
                    "{role} names {id:?}, which is {}: it takes {}",
                    found.with_article(),
                    kind.with_article()
                ),
            );
            return None;
        }
        Some(EntityIx(ix))
    }

    /// Every id of `list` that names an actor, with an error for each that does not.
    fn actors(
        &self,
        list: &[String],
        role: &'static str,
        path: &NodePath,
        findings: &mut Findings,
    ) -> Vec<EntityIx> {
        list.iter()
            .enumerate()
            .filter_map(|(k, id)| {
                self.entity(
                    id,
                    EntityKind::Actor,
                    role,
                    path.key(role).index(k),
                    findings,
                )
            })
            .collect()
    }
}

/// The attribution of one mention selector of entity `i`, checked.
fn check_mention(
    ids: &Ids,
    i: usize,
    e: &RawEntity,
    m: &RawMention,
    p: &NodePath,
    findings: &mut Findings,
) -> Option<Box<Attribution>> {
    let has_claims = !m.said_by.is_empty()
        || m.claim != Claim::Reported
        || !m.denied_by.is_empty()
        || m.part_of.is_some()
        || m.trend.is_some();
    if !has_claims {
        return None;
    }
    if e.kind != EntityKind::Casualty {
        let key = [
            (!m.said_by.is_empty(), "said_by"),
            (m.claim != Claim::Reported, "claim"),
            (!m.denied_by.is_empty(), "denied_by"),
            (m.part_of.is_some(), "part_of"),
        ]
        .into_iter()
        .find_map(|(set, key)| set.then_some(key))
        .unwrap_or("trend");
        findings.error(
            p.key(key),
            format!(
                "{key} is for a casualty figure's mention, but {:?} is {}: remove it, or put it on the figure's mention",
                e.id,
                e.kind.with_article()
            ),
        );
        return None;
    }
    if !m.denied_by.is_empty() && m.claim == Claim::Reported {
        findings.error(
            p.key("denied_by"),
            "denied_by goes with claim: denied or claim: disputed: add the claim, or remove denied_by",
        );
    }
    let part_of = m.part_of.as_deref().and_then(|id| {
        let whole = ids.entity(
            id,
            EntityKind::Casualty,
            "part_of",
            p.key("part_of"),
            findings,
        )?;
        if whole.0 == i {
            findings.error(
                p.key("part_of"),
                format!(
                    "part_of names {id:?}, the entity itself: a figure cannot be a part of itself"
                ),
            );
            return None;
        }
        Some(whole)
    });
    Attribution {
        said_by: ids.actors(&m.said_by, "said_by", p, findings),
        claim: m.claim,
        denied_by: ids.actors(&m.denied_by, "denied_by", p, findings),
        part_of,
        trend: m.trend,
    }
    .boxed()
}

/// The responsibility entries of entity `i`, checked: only on actors; `blamed` names who
/// blames; the article, when given, is one of the briefing's.
fn check_responsibility(
    ids: &Ids,
    i: usize,
    e: &RawEntity,
    p: &NodePath,
    findings: &mut Findings,
) -> Vec<Responsibility> {
    if e.responsibility.is_empty() {
        return Vec::new();
    }
    if e.kind != EntityKind::Actor {
        findings.error(
            p.key("responsibility"),
            format!(
                "responsibility is for actors (who claimed, was blamed for or denied the attack), but {:?} is {}",
                e.id,
                e.kind.with_article()
            ),
        );
        return Vec::new();
    }
    let mut out = Vec::with_capacity(e.responsibility.len());
    for (k, r) in e.responsibility.iter().enumerate() {
        let rp = p.key("responsibility").index(k);
        if r.stance == Stance::Blamed && r.by.is_empty() {
            findings.error(
                rp.key("stance"),
                "blamed needs who blames: add by: [ACTOR_ID]",
            );
        }
        let by = ids.actors(&r.by, "by", &rp, findings);
        if by.iter().any(|b| b.0 == i) && r.stance == Stance::Blamed {
            findings.error(
                rp.key("by"),
                format!(
                    "{:?} blames itself: for a claim of its own write stance: claimed",
                    e.id
                ),
            );
        }
        let article = r
            .article
            .as_deref()
            .and_then(|a| match ids.article_index.get(a) {
                Some(&ix) => Some(ArticleIx(ix)),
                None => {
                    findings.error(rp.key("article"), format!("unknown article {a:?}"));
                    None
                }
            });
        out.push(Responsibility {
            stance: r.stance,
            by,
            article,
        });
    }
    out
}
