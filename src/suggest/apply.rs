//! `suggest --apply`: the briefing file with the suggestions written into it, as mention
//! selectors, leaving every byte of the file as it was (comments included) and only
//! inserting whole lines.
//!
//! What the format can hold is decided in one place, [`writable`]: mentions in headlines
//! are written (`part: headline`), and so are vague figures the format has a word for
//! (dozens, العشرات: `qualifier: dozens`); only figures with neither a count nor such a
//! word ("a few") are left out and counted. Mentions and new entities are written by
//! [`crate::briefing::write`], shared with the annotation save: one quote for a quote all of
//! whose matches are suggested (a sentence repeated 20 000 times is one line), else the
//! quote with its offsets, which the loader checks without searching. New mentions of a
//! known entity are inserted before its first mention; new entities before the file's first
//! entity, or under a new `entities:` key at the end.
//! The result is loaded back; if it would not load, nothing is returned but the errors.

use std::collections::BTreeMap;

use super::{StatedFigure, Suggestion, Suggestions};
use crate::briefing::diagnostic::NodePath;
use crate::briefing::locate::Locator;
use crate::briefing::write::{self, Mentions};
use crate::briefing::{self, Briefing, Entity, EntityKind, Mention};

/// Why a suggestion cannot be written, if it cannot: a figure the format cannot hold (an
/// amount with neither a count nor a vague word it knows).
pub fn writable(s: &Suggestion) -> Result<(), &'static str> {
    if s.figure.is_some_and(|f| f.to_figure().is_none()) {
        return Err("figures without a count");
    }
    Ok(())
}

/// The new file and what was left out.
#[derive(Debug)]
pub struct Applied {
    pub yaml: String,
    /// Mentions written.
    pub written: usize,
    /// New entities written.
    pub new_entities: usize,
    /// Suggestions left out, counted by reason.
    pub left_out: BTreeMap<&'static str, usize>,
}

/// Suggested mentions as the model holds mentions (for the writer).
fn as_mentions(s: &[&Suggestion]) -> Vec<Mention> {
    s.iter()
        .map(|s| Mention {
            entity: s.entity,
            article: s.article,
            part: s.part,
            bytes: s.bytes.clone(),
            chars: s.chars.clone(),
            figure: s.figure.and_then(StatedFigure::to_figure),
        })
        .collect()
}

/// The byte offset where line `line` (1-based) starts, and the indentation before the `-`
/// of the block-sequence item on it; None if the line does not start with a block item's
/// `-` (a flow list, or an item on the line of its key).
fn item_line(source: &str, line: usize) -> Option<(usize, String)> {
    let start = if line <= 1 {
        0
    } else {
        source.match_indices('\n').nth(line - 2)?.0 + 1
    };
    let text = source[start..].split('\n').next().unwrap_or("");
    let rest = text.trim_start_matches(' ');
    let item = rest == "-" || rest.starts_with("- ") || rest.starts_with("-\t");
    item.then(|| (start, " ".repeat(text.len() - rest.len())))
}

/// Writes `s` (only what `writable` accepts) into the briefing `source` loaded as `b`;
/// `names` are the input's and the output's names, for diagnostics.
pub fn apply(
    names: (&str, &str),
    source: &str,
    b: &Briefing,
    s: &Suggestions,
) -> Result<Applied, Vec<briefing::Diagnostic>> {
    let locator = Locator::new(source);
    let mut writer = Mentions::new(b);
    let mut left_out: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut by_entity: BTreeMap<usize, Vec<&Suggestion>> = BTreeMap::new();
    for m in &s.mentions {
        match writable(m) {
            Ok(()) => by_entity.entry(m.entity).or_default().push(m),
            Err(why) => *left_out.entry(why).or_default() += 1,
        }
    }
    let mut inserts: Vec<(usize, String)> = Vec::new();
    let mut new_items = String::new();
    let entities_at = (!b.entities.is_empty())
        .then(|| locator.position(&NodePath::root().key("entities").index(0)))
        .and_then(|(line, _)| item_line(source, line));
    let new_indent = entities_at
        .as_ref()
        .map_or("  ".to_string(), |(_, i)| i.clone());
    let (mut written, mut new_entities) = (0, 0);
    for (&e, mentions) in &by_entity {
        let entity = &s.entities[e];
        match entity.existing {
            Some(known) => {
                let path = NodePath::root()
                    .key("entities")
                    .index(known)
                    .key("mentions")
                    .index(0);
                let (line, _) = locator.position(&path);
                match item_line(source, line).filter(|_| !b.entities[known].mentions.is_empty()) {
                    Some((at, indent)) => {
                        let ms = as_mentions(mentions);
                        let refs: Vec<&Mention> = ms.iter().collect();
                        inserts.push((at, writer.items(&refs, &indent, "\n")));
                        written += mentions.len();
                    }
                    None => {
                        *left_out
                            .entry("mentions of a known entity whose mentions are not a block list")
                            .or_default() += mentions.len()
                    }
                }
            }
            None => {
                // A casualty entity's figure: the lowest count among what is written.
                let figure = mentions
                    .iter()
                    .filter_map(|m| m.figure.and_then(StatedFigure::to_figure))
                    .min_by_key(|f| f.count);
                if entity.kind == EntityKind::Casualty && figure.is_none() {
                    *left_out
                        .entry("casualty entities without a counted figure")
                        .or_default() += mentions.len();
                    continue;
                }
                let e = Entity {
                    id: entity.id.clone(),
                    kind: entity.kind,
                    name: entity.name.clone(),
                    names: entity.names.clone(),
                    links: Vec::new(),
                    figure,
                    mentions: Vec::new(),
                };
                let ms = as_mentions(mentions);
                let refs: Vec<&Mention> = ms.iter().collect();
                let block = write::entity(&mut writer, &e, &[], &refs, &new_indent, "\n");
                new_items.push_str(&block);
                written += mentions.len();
                new_entities += 1;
            }
        }
    }
    if !new_items.is_empty() {
        match &entities_at {
            Some((at, _)) => inserts.push((*at, new_items)),
            None => inserts.push(entities_key(names.0, source, &new_items)?),
        }
    }
    inserts.sort_by_key(|(at, _)| *at);
    let mut yaml =
        String::with_capacity(source.len() + inserts.iter().map(|(_, t)| t.len()).sum::<usize>());
    let mut from = 0;
    for (at, text) in &inserts {
        yaml.push_str(&source[from..*at]);
        yaml.push_str(text);
        from = *at;
    }
    yaml.push_str(&source[from..]);
    briefing::load_str(names.1, &yaml)?;
    Ok(Applied {
        yaml,
        written,
        new_entities,
        left_out,
    })
}

/// Where new entities go in a file without any: after a top-level `entities:` with no
/// value, or under a new `entities:` key at the end (a newline first if the file lacks
/// one). `entities: []` cannot take lines without changing a byte of it.
fn entities_key(
    name: &str,
    source: &str,
    items: &str,
) -> Result<(usize, String), Vec<briefing::Diagnostic>> {
    let mut at = 0;
    for line in source.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix("entities:") {
            let rest = rest.trim();
            if rest.is_empty() || rest.starts_with('#') {
                let end = at + line.len();
                let newline = if line.ends_with('\n') { "" } else { "\n" };
                return Ok((end, format!("{newline}{items}")));
            }
            return Err(vec![briefing::Diagnostic {
                file: name.to_string(),
                line: source[..at].matches('\n').count() + 1,
                column: 1,
                severity: briefing::Severity::Error,
                message: "the file has `entities: []`; --apply adds entities as a block list: \
                          write `entities:` without `[]`"
                    .into(),
            }]);
        }
        at += line.len();
    }
    let newline = if source.is_empty() || source.ends_with('\n') {
        ""
    } else {
        "\n"
    };
    Ok((source.len(), format!("{newline}entities:\n{items}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::{FigureType, Part, Qualifier};

    fn suggestion(part: Part, count: Option<u64>, vague: Option<&'static str>) -> Suggestion {
        Suggestion {
            article: 0,
            part,
            bytes: 0..1,
            chars: 0..1,
            entity: 0,
            figure: Some(StatedFigure {
                kind: FigureType::Injured,
                count,
                vague,
                qualifier: Qualifier::Exact,
            }),
            confidence: 0.9,
            why: String::new(),
        }
    }

    #[test]
    fn what_the_format_can_hold() {
        assert_eq!(writable(&suggestion(Part::Text, Some(3), None)), Ok(()));
        assert_eq!(writable(&suggestion(Part::Headline, Some(3), None)), Ok(()));
        assert_eq!(
            writable(&suggestion(Part::Text, None, Some("dozens"))),
            Ok(())
        );
        assert_eq!(
            writable(&suggestion(Part::Text, None, Some("a few"))),
            Err("figures without a count")
        );
    }

    #[test]
    fn headline_mentions_and_vague_figures_are_written_as_the_format_has_them() {
        let b = crate::briefing::bundled().unwrap().briefing;
        let headline = &b.articles[0].headline;
        let word = headline.split(' ').next().unwrap();
        let mut s = suggestion(Part::Headline, None, Some("dozens"));
        s.bytes = 0..word.len();
        s.chars = 0..word.chars().count();
        let ms = as_mentions(&[&s]);
        let yaml = Mentions::new(&b).items(&[&ms[0]], "", "\n");
        assert!(yaml.contains(", part: headline, quote: "), "{yaml}");
        assert!(
            yaml.ends_with("figure: {type: injured, qualifier: dozens}}\n"),
            "{yaml}"
        );
    }

    #[test]
    fn block_items_only() {
        let source = "a:\n  - x\n  -\n    y: 1\nb: [1]\n- z\n";
        assert_eq!(item_line(source, 2), Some((3, "  ".into())));
        assert_eq!(item_line(source, 3), Some((9, "  ".into())));
        assert_eq!(item_line(source, 5), None);
        assert_eq!(item_line(source, 6), Some((29, String::new())));
        assert_eq!(item_line(source, 60), None);
    }
}
