//! Semantic validation: from the file as written ([`RawBriefing`]) to the resolved model.
//!
//! Every check runs and records its findings against the YAML node at fault, so one run
//! reports all problems, not just the first. Only when no error was found is a [`Briefing`]
//! built. The order: the briefing's and articles' fields (`fields`), the count limits
//! (`mentions::within_limits`: past them validation stops), entities (ids, figures in
//! `figures`, links), then mentions (`mentions`: quotes and offsets resolved to byte and
//! code-point ranges, lazily, stopping past the mention limit), then overlaps between
//! mentions (`overlaps`), and the `conflicts:` items a merge left (`conflict`). The loader adds warnings about suspicious text (`trojan`).

mod attribution;
mod fields;
mod figures;
mod mentions;
mod overlaps;

use std::collections::HashMap;

use super::attribution::Responsibility;
use super::diagnostic::{Findings, NodePath};
use super::figure::{Figure, Moment};
use super::ids::{EntityIx, MentionIx};
use super::model::{Article, Briefing, Direction, Entity, Mention};
use super::raw::{RawBriefing, RawEntity};
pub use attribution::FORMAT_VERSION;
use attribution::{Claims, check_claims, check_version};
use fields::{check_articles, check_briefing, check_unique_ids};
pub use fields::{valid_date, valid_id};
use figures::check_entity_figure;
pub use figures::figure_problem;
use mentions::{Resolver, within_limits};
use overlaps::check_overlaps;

/// Checks an entity's name, figure and links; returns its figure and the links as entity
/// indices.
fn check_entity(
    i: usize,
    e: &RawEntity,
    entity_index: &HashMap<&str, usize>,
    findings: &mut Findings,
) -> (Option<Figure>, Vec<EntityIx>) {
    let p = NodePath::root().key("entities").index(i);
    if e.name.trim().is_empty() {
        findings.error(
            p.key("name"),
            format!("entity {:?} has an empty name", e.id),
        );
    }
    let figure = check_entity_figure(e, &p, findings);
    let mut resolved_links = Vec::new();
    for (j, link) in e.links.iter().enumerate() {
        match entity_index.get(link.as_str()) {
            Some(&target) if target == i => {
                findings.warning(
                    p.key("links").index(j),
                    format!("entity {:?} links to itself", e.id),
                );
            }
            Some(&target) => resolved_links.push(EntityIx(target)),
            None => findings.error(
                p.key("links").index(j),
                format!("link to unknown entity {link:?}"),
            ),
        }
    }
    if e.mentions.is_empty() {
        findings.warning(p.key("id"), format!("entity {:?} has no mentions", e.id));
    }
    (figure, resolved_links)
}

/// Validates and resolves mentions. Returns the resolution when there were no errors (for
/// [`build`]), and every finding.
pub fn validate(raw: &RawBriefing) -> (Option<Resolution>, Findings) {
    let mut findings = Findings::default();
    check_version(raw, &mut findings);
    check_briefing(raw, &mut findings);
    let article_index = check_articles(raw, &mut findings);
    if !within_limits(raw, &article_index, &mut findings) {
        return (None, findings);
    }
    check_unique_ids(
        raw.entities.iter().map(|e| e.id.as_str()),
        "entity",
        &NodePath::root().key("entities"),
        &mut findings,
    );
    let mut entity_index: HashMap<&str, usize> = HashMap::new();
    for (i, e) in raw.entities.iter().enumerate() {
        entity_index.entry(e.id.as_str()).or_insert(i);
    }

    let mut resolver = Resolver::new(raw, &article_index);
    let mut links: Vec<Vec<EntityIx>> = Vec::with_capacity(raw.entities.len());
    let mut figures: Vec<Option<Figure>> = Vec::with_capacity(raw.entities.len());
    for (i, e) in raw.entities.iter().enumerate() {
        let (figure, entity_links) = check_entity(i, e, &entity_index, &mut findings);
        figures.push(figure);
        links.push(entity_links);
        if !resolver.entity(i, e, &mut findings) {
            break;
        }
    }
    let mut resolved = resolver.resolved;
    let claims = check_claims(raw, &entity_index, &article_index, &mut findings);
    check_overlaps(&mut resolved, raw, &mut findings);
    super::conflict::check(&raw.conflicts, &mut findings);

    if findings.has_errors() {
        return (None, findings);
    }
    let Claims {
        attributions,
        responsibility,
    } = claims;
    let resolution = Resolution {
        mentions: resolved
            .into_iter()
            .map(|mut r| {
                r.mention.attribution = attributions[r.mention.entity.0][r.selector].clone();
                r.mention
            })
            .collect(),
        links,
        figures,
        responsibility,
    };
    (Some(resolution), findings)
}

/// The mentions each selector of each entity resolves to (`[entity][selector]`), before
/// duplicates are merged; for a file that loads. What tells a writer which lines of the
/// file make which mentions.
pub fn selector_mentions(raw: &RawBriefing) -> Vec<Vec<Vec<Mention>>> {
    let mut findings = Findings::default();
    let article_index = check_articles(raw, &mut findings);
    let mut resolver = Resolver::new(raw, &article_index);
    let mut out: Vec<Vec<Vec<Mention>>> = raw
        .entities
        .iter()
        .map(|e| vec![Vec::new(); e.mentions.len()])
        .collect();
    for (i, e) in raw.entities.iter().enumerate() {
        resolver.entity(i, e, &mut findings);
    }
    let mut entity_index: HashMap<&str, usize> = HashMap::new();
    for (i, e) in raw.entities.iter().enumerate() {
        entity_index.entry(e.id.as_str()).or_insert(i);
    }
    let claims = check_claims(raw, &entity_index, &article_index, &mut findings);
    for mut r in resolver.resolved {
        let (entity, selector) = (r.mention.entity.0, r.selector);
        r.mention.attribution = claims.attributions[entity][selector].clone();
        out[entity][selector].push(r.mention);
    }
    out
}

/// What validation resolved: every mention, each entity's links as indices, each
/// entity's figure and its responsibility entries.
pub struct Resolution {
    mentions: Vec<Mention>,
    links: Vec<Vec<EntityIx>>,
    figures: Vec<Option<Figure>>,
    responsibility: Vec<Vec<Responsibility>>,
}

/// The model, built by moving the file's own data (no text is copied).
pub fn build(raw: RawBriefing, resolution: Resolution) -> Briefing {
    let Resolution {
        mentions,
        links,
        figures,
        responsibility,
    } = resolution;
    let (mentions, headline_mentions): (Vec<Mention>, Vec<Mention>) =
        mentions.into_iter().partition(|m| m.part.is_text());
    let mut entity_mentions: Vec<Vec<MentionIx>> = vec![Vec::new(); raw.entities.len()];
    for (k, m) in mentions.iter().enumerate() {
        entity_mentions[m.entity.0].push(MentionIx(k));
    }
    let articles = raw
        .articles
        .into_iter()
        .map(|a| Article {
            dir: a.dir.unwrap_or_else(|| Direction::for_language(&a.lang)),
            paragraphs: super::model::split_paragraphs(&a.text),
            id: a.id,
            lang: a.lang,
            source: a.source,
            url: a.url,
            published: a
                .published
                .and_then(|text| Moment::parse("published", &text).ok()),
            headline: a.headline,
            text: a.text,
        })
        .collect();
    let entities = raw
        .entities
        .into_iter()
        .zip(links)
        .zip(entity_mentions)
        .zip(figures)
        .zip(responsibility)
        .map(
            |((((e, links), mentions), figure), responsibility)| Entity {
                id: e.id,
                kind: e.kind,
                name: e.name,
                names: e.names,
                links,
                figure,
                background: e.background,
                responsibility,
                mentions,
            },
        )
        .collect();
    Briefing {
        id: raw.id,
        title: raw.title,
        date: raw.date,
        summary: raw.summary,
        articles,
        entities,
        mentions,
        headline_mentions,
        conflicts: super::conflict::build(raw.conflicts),
    }
}

#[cfg(test)]
mod tests {
    use super::super::limits::MAX_MENTIONS;
    use super::super::model::EntityKind;
    use super::super::raw::RawMention;
    use super::mentions::mention_path;
    use super::*;

    #[test]
    fn mention_selectors_past_the_limit_stop_validation() {
        let mention = || RawMention {
            article: "en".into(),
            part: Default::default(),
            quote: None,
            occurrence: None,
            prefix: None,
            suffix: None,
            start: Some(0),
            end: Some(1),
            figure: None,
            said_by: Vec::new(),
            claim: Default::default(),
            denied_by: Vec::new(),
            part_of: None,
            trend: None,
        };
        let entity = |id: &str, mentions: usize| RawEntity {
            id: id.into(),
            kind: EntityKind::Actor,
            name: "n".into(),
            names: Default::default(),
            links: Vec::new(),
            figure: None,
            background: false,
            responsibility: Vec::new(),
            mentions: (0..mentions).map(|_| mention()).collect(),
        };
        let raw = RawBriefing {
            format_version: None,
            id: "x".into(),
            title: "t".into(),
            date: "2017-06-18".into(),
            summary: None,
            articles: Vec::new(),
            entities: vec![entity("a", 10), entity("b", MAX_MENTIONS)],
            conflicts: Vec::new(),
        };
        let (briefing, findings) = validate(&raw);
        assert!(briefing.is_none());
        let last = findings.list.last().unwrap();
        assert_eq!(
            last.message,
            format!(
                "too many mentions: {} found, the limit is {MAX_MENTIONS}",
                MAX_MENTIONS + 10
            )
        );
        assert_eq!(last.path, mention_path(1, MAX_MENTIONS - 10));
    }
}
