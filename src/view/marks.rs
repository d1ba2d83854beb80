//! Which mention covers a byte of an article's text or headline: nested mentions flattened
//! so the innermost wins.
//!
//! Built once per article from the briefing's sorted mentions by a sweep that keeps a stack
//! of open mentions; lookups are binary searches over the flat, non-overlapping segments.

use std::ops::Range;

use crate::briefing::{ArticleIx, Briefing, HeadlineIx, Mention, MentionIx};

#[derive(Debug, Clone, Default)]
pub struct MentionMap {
    /// Non-overlapping byte ranges in text order, each with the index of its mention in
    /// `Briefing::mentions`.
    segments: Vec<(Range<usize>, usize)>,
    /// The same for the headline, with indices into `Briefing::headline_mentions`.
    headline: Vec<(Range<usize>, usize)>,
}

/// Flattens sorted, nested mentions (the first is number `base`) into non-overlapping
/// segments, the innermost mention winning.
fn flatten(mentions: &[Mention], base: usize) -> Vec<(Range<usize>, usize)> {
    let mut segments: Vec<(Range<usize>, usize)> = Vec::new();
    // Open mentions, outermost first: (end, index).
    let mut open: Vec<(usize, usize)> = Vec::new();
    let mut pos = 0;
    let emit = |segments: &mut Vec<(Range<usize>, usize)>, from: usize, to: usize, m: usize| {
        if from < to {
            segments.push((from..to, m));
        }
    };
    for (k, m) in mentions.iter().enumerate() {
        // Close every open mention that ends before this one starts.
        while let Some(&(end, idx)) = open.last() {
            if end > m.bytes.start {
                break;
            }
            emit(&mut segments, pos, end, idx);
            pos = pos.max(end);
            open.pop();
        }
        if let Some(&(_, idx)) = open.last() {
            emit(&mut segments, pos, m.bytes.start, idx);
        }
        pos = m.bytes.start;
        open.push((m.bytes.end, base + k));
    }
    while let Some((end, idx)) = open.pop() {
        emit(&mut segments, pos, end, idx);
        pos = pos.max(end);
    }
    segments
}

/// The mention of the segment covering byte `at`.
fn lookup(segments: &[(Range<usize>, usize)], at: usize) -> Option<usize> {
    let i = segments.partition_point(|(r, _)| r.end <= at);
    segments
        .get(i)
        .filter(|(r, _)| r.start <= at)
        .map(|&(_, m)| m)
}

// Renderers keep one map per article.
crate::briefing::index_by!(ArticleIx, MentionMap);

impl MentionMap {
    pub fn new(briefing: &Briefing, article: ArticleIx) -> Self {
        let range = briefing.mention_range(article);
        let headline = briefing.headline_mentions_in(article);
        let headline_base = briefing
            .headline_mentions
            .partition_point(|m| m.article < article);
        MentionMap {
            segments: flatten(&briefing.mentions[range.clone()], range.start),
            headline: flatten(headline, headline_base),
        }
    }

    /// The innermost mention covering byte `at` of the text.
    pub fn at(&self, at: usize) -> Option<MentionIx> {
        lookup(&self.segments, at).map(MentionIx)
    }

    /// The innermost headline mention covering byte `at` of the headline.
    pub fn headline_at(&self, at: usize) -> Option<HeadlineIx> {
        lookup(&self.headline, at).map(HeadlineIx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::load_str;

    #[test]
    fn innermost_mention_wins() {
        let yaml = "id: t\ntitle: t\ndate: 2017-06-18\narticles:\n  - {id: en, lang: en, source: s, headline: h, text: \"the EU Training Mission in Mali said\"}\nentities:\n  - {id: eutm, kind: actor, name: EUTM, mentions: [{article: en, quote: EU Training Mission in Mali}]}\n  - {id: mali, kind: place, name: Mali, mentions: [{article: en, quote: Mali}]}\n  - {id: eu, kind: actor, name: EU, mentions: [{article: en, quote: EU}]}\n";
        let b = load_str("t", yaml).unwrap().briefing;
        let map = MentionMap::new(&b, ArticleIx(0));
        let text = &b.articles[0].text;
        let entity_at = |needle: &str| {
            map.at(text.find(needle).unwrap())
                .map(|m| b.entities[b.mentions[m].entity].id.as_str())
        };
        assert_eq!(entity_at("the"), None);
        assert_eq!(entity_at("EU "), Some("eu"));
        assert_eq!(entity_at("Training"), Some("eutm"));
        assert_eq!(entity_at("Mali"), Some("mali"));
        assert_eq!(entity_at(" said"), None);
    }
}
