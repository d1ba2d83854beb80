//! Many mentions added or removed in one edit (`Edit::AddMentions`, `Edit::RemoveMentions`),
//! in time linear in the mentions: `suggest --apply` adds tens of thousands at once, and one
//! `AddMention` at a time would re-count characters, re-check overlaps and re-index every
//! mention for each.
//!
//! Adding checks each new mention as `AddMention` does (entity, range, figure), counts
//! characters in one pass per text, merges the new mentions into the sorted lists, and then
//! checks the merged lists in one sweep: mentions nest or are apart, and no text is marked
//! twice. Any refusal leaves the briefing untouched. Each edit returns the other as its
//! inverse, with the figures the removed mentions had.

use std::cmp::Reverse;
use std::collections::HashSet;

use crate::briefing::{ArticleIx, Briefing, Mention, Part};

use super::check::{self, describe, shown};
use super::edit::{Edit, EditError, NewMention};

/// The loader's order of mentions: article, start, longest first.
fn order(article: ArticleIx, bytes: &std::ops::Range<usize>) -> (ArticleIx, usize, Reverse<usize>) {
    (article, bytes.start, Reverse(bytes.end))
}

fn part_list(b: &mut Briefing, part: Part) -> &mut Vec<Mention> {
    match part {
        Part::Text => &mut b.mentions,
        Part::Headline => &mut b.headline_mentions,
    }
}

/// Adds `new`, all or none; returns the `RemoveMentions` that undoes it.
pub fn add(b: &mut Briefing, new: &[NewMention]) -> Result<Edit, EditError> {
    for m in new {
        let e = check::entity(b, m.entity)?;
        check::range(b, m.article, m.part, &m.bytes)?;
        check::mention_figure(e, m.figure.as_ref())?;
    }
    let mut sorted: Vec<&NewMention> = new.iter().collect();
    sorted.sort_by_key(|m| (m.part == Part::Headline, order(m.article, &m.bytes)));
    let mut made: [Vec<Mention>; 2] = [Vec::new(), Vec::new()];
    // Characters counted from the previous mention of the same text on.
    let mut at: Option<(ArticleIx, Part, usize, usize)> = None;
    for m in sorted {
        let text = b.articles[m.article].part(m.part);
        let (from_byte, from_char) = match at {
            Some((a, p, byte, char)) if a == m.article && p == m.part => (byte, char),
            _ => (0, 0),
        };
        let start = from_char + text[from_byte..m.bytes.start].chars().count();
        at = Some((m.article, m.part, m.bytes.start, start));
        made[usize::from(m.part == Part::Headline)].push(Mention {
            entity: m.entity,
            article: m.article,
            part: m.part,
            bytes: m.bytes.clone(),
            chars: start..start + text[m.bytes.clone()].chars().count(),
            figure: m.figure,
            attribution: m.attribution.clone(),
        });
    }
    let [text, headline] = made;
    let merged_text = merge(&b.mentions, text);
    let merged_headline = merge(&b.headline_mentions, headline);
    check_nesting(b, &merged_text)?;
    check_nesting(b, &merged_headline)?;
    b.mentions = merged_text;
    b.headline_mentions = merged_headline;
    super::mentions::reindex(b);
    Ok(Edit::RemoveMentions(new.to_vec()))
}

/// Removes `gone` (each must be marked as given, figures aside), all or none; returns the
/// `AddMentions` that undoes it, with the figures they had.
pub fn remove(b: &mut Briefing, gone: &[NewMention]) -> Result<Edit, EditError> {
    let mut found: [HashSet<usize>; 2] = [HashSet::new(), HashSet::new()];
    let mut back = Vec::with_capacity(gone.len());
    for m in gone {
        let i = super::mentions::find(b, m.entity, (m.article, m.part, &m.bytes))?;
        let list = match m.part {
            Part::Text => &b.mentions,
            Part::Headline => &b.headline_mentions,
        };
        if !found[usize::from(m.part == Part::Headline)].insert(i) {
            continue; // given twice: removed once
        }
        back.push(NewMention {
            figure: list[i].figure,
            attribution: list[i].attribution.clone(),
            ..m.clone()
        });
    }
    for (part, found) in [Part::Text, Part::Headline].into_iter().zip(found) {
        let mut k = 0;
        part_list(b, part).retain(|_| {
            k += 1;
            !found.contains(&(k - 1))
        });
    }
    super::mentions::reindex(b);
    Ok(Edit::AddMentions(back))
}

/// `old` and `new` (both sorted) as one sorted list.
fn merge(old: &[Mention], new: Vec<Mention>) -> Vec<Mention> {
    let mut out = Vec::with_capacity(old.len() + new.len());
    let mut new = new.into_iter().peekable();
    for m in old {
        while let Some(n) = new.next_if(|n| order(n.article, &n.bytes) < order(m.article, &m.bytes))
        {
            out.push(n);
        }
        out.push(m.clone());
    }
    out.extend(new);
    out
}

/// Refuses a sorted list in which two mentions mark the same text or cross, naming the
/// later one as `AddMention` names the mention it refuses.
fn check_nesting(b: &Briefing, list: &[Mention]) -> Result<(), EditError> {
    // The mentions that contain the current one, innermost last.
    let mut open: Vec<&Mention> = Vec::new();
    for m in list {
        while open
            .last()
            .is_some_and(|o| o.article != m.article || o.bytes.end <= m.bytes.start)
        {
            open.pop();
        }
        if let Some(o) = open.last() {
            let text = shown(&b.articles[m.article].part(m.part)[m.bytes.clone()]);
            let entity = describe(&b.entities[o.entity]);
            if o.bytes == m.bytes {
                return Err(EditError::AlreadyMarked { text, entity });
            }
            if m.bytes.end > o.bytes.end {
                let other = shown(&b.articles[o.article].part(o.part)[o.bytes.clone()]);
                return Err(EditError::Crossing {
                    text,
                    other,
                    entity,
                });
            }
        }
        open.push(m);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::apply;
    use crate::briefing::EntityIx;
    use crate::briefing::bundled;

    /// Every unmarked word of the first article's text, for entity 0.
    fn words(b: &Briefing) -> Vec<NewMention> {
        let text = &b.articles[0].text;
        let mut out = Vec::new();
        let mut start = 0;
        for w in text.split(' ') {
            let bytes = start..start + w.len();
            start += w.len() + 1;
            let marked = b.mentions.iter().any(|m| {
                m.article == ArticleIx(0) && m.bytes.start < bytes.end && bytes.start < m.bytes.end
            });
            if !w.is_empty() && w.chars().all(char::is_alphanumeric) && !marked {
                out.push(NewMention {
                    entity: EntityIx(0),
                    article: ArticleIx(0),
                    part: Part::Text,
                    bytes,
                    figure: None,
                    attribution: None,
                });
            }
        }
        out
    }

    #[test]
    fn adding_many_is_adding_each_and_undoes_exactly() {
        let original = bundled().unwrap().briefing;
        let new = words(&original);
        assert!(new.len() > 3);
        let mut one_by_one = original.clone();
        for m in &new {
            let edit = Edit::AddMention {
                entity: m.entity,
                article: m.article,
                part: m.part,
                bytes: m.bytes.clone(),
                figure: m.figure,
            };
            apply(&mut one_by_one, &edit).unwrap();
        }
        let mut b = original.clone();
        // Given in reverse: the order of the list does not matter.
        let reversed: Vec<NewMention> = new.iter().rev().cloned().collect();
        let inverse = apply(&mut b, &Edit::AddMentions(reversed)).unwrap();
        assert_eq!(b, one_by_one);
        let again = apply(&mut b, &inverse).unwrap();
        assert_eq!(b, original);
        apply(&mut b, &again).unwrap();
        assert_eq!(b, one_by_one);
    }

    #[test]
    fn a_refused_mention_refuses_all() {
        let original = bundled().unwrap().briefing;
        let mut new = words(&original);
        let twice = new[1].clone();
        new.push(twice);
        let mut b = original.clone();
        let err = apply(&mut b, &Edit::AddMentions(new.clone())).unwrap_err();
        assert!(matches!(err, EditError::AlreadyMarked { .. }), "{err}");
        assert_eq!(b, original);
        // Crossing an existing mention.
        let m = &original.mentions[0];
        let crossing = NewMention {
            entity: EntityIx(0),
            article: m.article,
            part: Part::Text,
            bytes: m.bytes.start + 1..m.bytes.end + 1,
            attribution: None,
            figure: None,
        };
        let err = apply(&mut b, &Edit::AddMentions(vec![crossing])).unwrap_err();
        assert!(matches!(err, EditError::Crossing { .. }), "{err}");
        // Removing one that is not there.
        new.pop();
        let err = apply(&mut b, &Edit::RemoveMentions(new)).unwrap_err();
        assert!(matches!(err, EditError::NotMarked { .. }), "{err}");
        assert_eq!(b, original);
    }
}
