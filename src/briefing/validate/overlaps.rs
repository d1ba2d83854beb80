//! Overlaps between resolved mentions: within one article's text (or headline) mentions may
//! nest or stay apart, but not cross, and one text is marked for one entity. Sorts the
//! mentions into the model's order (article, part, start, longest first) and drops exact
//! duplicates.

use super::super::diagnostic::{Findings, quoted};
use super::super::ids::EntityIx;
use super::super::raw::RawBriefing;
use super::mentions::Resolved;

/// Checks that mentions within each article nest or stay apart; sorts and deduplicates them.
pub fn check_overlaps(resolved: &mut Vec<Resolved>, raw: &RawBriefing, findings: &mut Findings) {
    let entities = &raw.entities;
    resolved.sort_by(|a, b| {
        let (x, y) = (&a.mention, &b.mention);
        (
            x.article,
            x.part,
            x.bytes.start,
            std::cmp::Reverse(x.bytes.end),
            x.entity,
        )
            .cmp(&(
                y.article,
                y.part,
                y.bytes.start,
                std::cmp::Reverse(y.bytes.end),
                y.entity,
            ))
    });
    resolved.dedup_by(|later, earlier| {
        let same = later.mention.article == earlier.mention.article
            && later.mention.part == earlier.mention.part
            && later.mention.bytes == earlier.mention.bytes
            && later.mention.entity == earlier.mention.entity;
        if same && later.mention.figure != earlier.mention.figure {
            findings.error(
                later.path(),
                "this text is marked twice for the same entity with different figures",
            );
        }
        same
    });
    // Open mentions, innermost last.
    let mut open: Vec<usize> = Vec::new();
    for i in 0..resolved.len() {
        let m = &resolved[i].mention;
        open.retain(|&o| {
            let other = &resolved[o].mention;
            other.article == m.article && other.part == m.part && other.bytes.end > m.bytes.start
        });
        if let Some(&o) = open.last() {
            let other = &resolved[o].mention;
            let name = |e: EntityIx| entities[e.0].id.as_str();
            if other.bytes == m.bytes {
                findings.error(
                    resolved[i].path(),
                    format!(
                        "the same text {} in article {:?} is marked for two entities, {:?} and {:?}",
                        quoted(&raw.articles[m.article.0].part(m.part)[m.bytes.clone()]),
                        raw.articles[m.article.0].id,
                        name(other.entity),
                        name(m.entity)
                    ),
                );
            } else if m.bytes.end > other.bytes.end {
                findings.error(
                    resolved[i].path(),
                    format!(
                        "mention of {:?} partially overlaps a mention of {:?} (mentions may nest but not cross)",
                        name(m.entity),
                        name(other.entity)
                    ),
                );
            }
        }
        open.push(i);
    }
}
