//! `suggest --apply`: the suggestions as edits of an `annotate::Session`, which saves them
//! into the briefing's own text (see `annotate::save`: only what changed is written, every
//! other byte of the file, comments included, stays as it was).
//!
//! What the format can hold is decided in one place, [`writable`]: figures without a count
//! the format knows (a few) are left out and counted; mentions in headlines and vague
//! figures it knows (dozens, العشرات) are written. [`edits`] then turns suggestions into
//! edits, for `--apply` and for the reader's review alike: one `CreateEntity` per new
//! entity (a casualty entity's figure is the one `suggest` accepted, else the lowest count
//! among its mentions; one without a figure is left out) and one `Edit::AddMentions` with
//! every mention, so that applying N suggestions takes time linear in N. So that `--apply`
//! only ever inserts whole lines, mentions of a known entity whose mentions are not a block
//! list are left out (`edits_for_file`), and new entities are refused under `entities: []`
//! ([`refuse_flow_entities`]).

use std::collections::BTreeMap;

use super::{StatedFigure, SuggestedEntity, Suggestion, Suggestions};
use crate::annotate::{Edit, NewMention, Session};
use crate::briefing::diagnostic::NodePath;
use crate::briefing::locate::Locator;
use crate::briefing::{self, Briefing, EntityIx, EntityKind};

/// Why a suggestion cannot be written, if it cannot: a figure the format cannot hold (an
/// amount with neither a count nor a vague word it knows).
pub fn writable(s: &Suggestion) -> Result<(), &'static str> {
    if s.figure.is_some_and(|f| f.to_figure().is_none()) {
        return Err("figures without a count");
    }
    Ok(())
}

/// The edits that apply some suggestions, and what was left out.
#[derive(Debug)]
pub struct Planned {
    pub edits: Vec<Edit>,
    /// Mentions the edits add.
    pub written: usize,
    /// Entities the edits create.
    pub new_entities: usize,
    /// Suggestions left out, counted by reason.
    pub left_out: BTreeMap<&'static str, usize>,
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

/// A suggestion as the edit that adds it, for entity `entity` of the briefing.
fn as_mention(s: &Suggestion, entity: EntityIx) -> NewMention {
    NewMention {
        entity,
        article: s.article,
        part: s.part,
        bytes: s.bytes.clone(),
        figure: s.figure.and_then(StatedFigure::to_figure),
        attribution: None,
    }
}

/// Whether line `line` (1-based) of `source` starts with a block-sequence item's `-` (not a
/// flow list, nor an item on the line of its key).
fn item_line(source: &str, line: usize) -> bool {
    let start = match line {
        0 | 1 => Some(0),
        _ => source.match_indices('\n').nth(line - 2).map(|(i, _)| i + 1),
    };
    let Some(start) = start else { return false };
    let text = source[start..].split('\n').next().unwrap_or("");
    let rest = text.trim_start_matches(' ');
    rest == "-" || rest.starts_with("- ") || rest.starts_with("-\t")
}

/// The briefing's entity a suggested entity is, if it is one: its `existing` entity while
/// that still has its id, else the entity with its id (one an earlier accept created).
pub fn known(b: &Briefing, entity: &SuggestedEntity) -> Option<EntityIx> {
    entity
        .existing
        .filter(|&e| e.get(b).is_some_and(|e| e.id == entity.id))
        .or_else(|| b.entity_index(&entity.id))
}

/// The edits that write suggestions `which` (of `s`, computed on a briefing `b` may have
/// grown from) into `b`, and what they leave out: what `writable` refuses, mentions of a
/// known entity that `usable` refuses (with its reason), and new casualty entities without
/// a figure. One `CreateEntity` per new entity, its figure the one `suggest` accepted for
/// it, else the lowest count among what is written; then one `Edit::AddMentions` with every
/// mention, so that applying N suggestions takes time linear in N. `suggest --apply` and
/// the reader's review both turn suggestions into edits here.
pub fn edits<'s>(
    b: &Briefing,
    s: &'s Suggestions,
    which: impl IntoIterator<Item = &'s Suggestion>,
    usable: &dyn Fn(EntityIx) -> Result<(), &'static str>,
) -> Planned {
    let mut left_out: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut by_entity: BTreeMap<usize, Vec<&Suggestion>> = BTreeMap::new();
    for m in which {
        match writable(m) {
            Ok(()) => by_entity.entry(m.entity).or_default().push(m),
            Err(why) => *left_out.entry(why).or_default() += 1,
        }
    }
    let mut edits = Vec::new();
    let mut mentions = Vec::new();
    for (&e, these) in &by_entity {
        let entity = &s.entities[e];
        let index = match known(b, entity) {
            Some(known) => match usable(known) {
                Ok(()) => known,
                Err(why) => {
                    *left_out.entry(why).or_default() += these.len();
                    continue;
                }
            },
            None => {
                // A casualty entity's figure: the one suggested, else the lowest count
                // among what is written (never a superseded one: the format forbids it on
                // an entity).
                let figure = entity
                    .figure
                    .map(StatedFigure::accepted)
                    .and_then(StatedFigure::to_figure)
                    .or_else(|| {
                        these
                            .iter()
                            .filter_map(|m| m.figure.map(StatedFigure::accepted)?.to_figure())
                            .min_by_key(|f| f.count)
                    });
                if entity.kind == EntityKind::Casualty && figure.is_none() {
                    *left_out
                        .entry("casualty entities without a counted figure")
                        .or_default() += these.len();
                    continue;
                }
                // Each `CreateEntity` so far appended one entity.
                let new = EntityIx(b.entities.len() + edits.len());
                let (name, names) = written_names(b, entity, these);
                edits.push(Edit::CreateEntity {
                    id: entity.id.clone(),
                    kind: entity.kind,
                    name,
                    names,
                    figure,
                });
                new
            }
        };
        mentions.extend(these.iter().map(|m| as_mention(m, index)));
    }
    let (written, new_entities) = (mentions.len(), edits.len());
    if !mentions.is_empty() {
        edits.push(Edit::AddMentions(mentions));
    }
    Planned {
        edits,
        written,
        new_entities,
        left_out,
    }
}

/// A new entity's name and names as written with the mentions `these`: a remembered
/// entity's are the library's; else only the names of the languages these mentions are in
/// (a name of a proposal not accepted, such as قرب heard as "group", is not written), and
/// the entity is named from them.
fn written_names(
    b: &Briefing,
    entity: &SuggestedEntity,
    these: &[&Suggestion],
) -> (String, BTreeMap<String, String>) {
    if entity.remembered || entity.kind == EntityKind::Casualty {
        return (entity.name.clone(), entity.names.clone());
    }
    let names: BTreeMap<String, String> = entity
        .names
        .iter()
        .filter(|(lang, _)| these.iter().any(|m| b.articles[m.article].lang == **lang))
        .map(|(l, n)| (l.clone(), n.clone()))
        .collect();
    if names.is_empty() || names.len() == entity.names.len() {
        return (entity.name.clone(), entity.names.clone());
    }
    (super::group::display_name(&names), names)
}

/// `edits` for `suggest --apply`: every suggestion, into the briefing `source` loaded as
/// `b`; so that only whole lines are inserted, mentions of a known entity whose mentions
/// are not a block list are left out.
fn edits_for_file(source: &str, b: &Briefing, s: &Suggestions) -> Planned {
    let locator = Locator::new(source);
    let block_list = |known: EntityIx| {
        let path = NodePath::root()
            .key("entities")
            .index(known.0)
            .key("mentions")
            .index(0);
        let (line, _) = locator.position(&path);
        match b.entities[known].mentions.is_empty() || !item_line(source, line) {
            true => Err("mentions of a known entity whose mentions are not a block list"),
            false => Ok(()),
        }
    };
    edits(b, s, &s.mentions, &block_list)
}

/// Performs the suggestions `s` (computed on `b`, the model `session` was opened with) in
/// `session` and returns the text it would save; `name` names the input in diagnostics.
pub fn apply_in(
    session: &mut Session,
    name: &str,
    b: &Briefing,
    s: &Suggestions,
) -> Result<Applied, Vec<briefing::Diagnostic>> {
    let fail = |why: String| {
        vec![briefing::Diagnostic {
            file: name.to_string(),
            line: 1,
            column: 1,
            severity: briefing::Severity::Error,
            message: why,
        }]
    };
    let source = session.source().unwrap_or_default();
    let planned = edits_for_file(source, b, s);
    if planned.new_entities > 0 && b.entities.is_empty() {
        refuse_flow_entities(name, source).map_err(|d| vec![d])?;
    }
    session
        .perform(planned.edits)
        .map_err(|e| fail(e.to_string()))?;
    let saved = session.text().map_err(|e| fail(e.to_string()))?;
    Ok(Applied {
        yaml: saved.yaml,
        written: planned.written,
        new_entities: planned.new_entities,
        left_out: planned.left_out,
    })
}

/// Writes `s` into the briefing `source` loaded as `b`, without a file: `apply_in` on a
/// session of that text; `names` are the input's and the output's names, for diagnostics.
pub fn apply(
    names: (&str, &str),
    source: &str,
    b: &Briefing,
    s: &Suggestions,
) -> Result<Applied, Vec<briefing::Diagnostic>> {
    let mut session = Session::of_source(names.1.into(), source.to_string(), b.clone());
    apply_in(&mut session, names.0, b, s)
}

/// Refuses new entities in a file whose top-level `entities:` is a flow list (`[]`): they
/// cannot be added without changing its bytes.
fn refuse_flow_entities(name: &str, source: &str) -> Result<(), briefing::Diagnostic> {
    let mut at = 0;
    for line in source.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix("entities:") {
            let rest = rest.trim();
            if rest.is_empty() || rest.starts_with('#') {
                return Ok(());
            }
            return Err(briefing::Diagnostic {
                file: name.to_string(),
                line: source[..at].matches('\n').count() + 1,
                column: 1,
                severity: briefing::Severity::Error,
                message: "the file has `entities: []`; --apply adds entities as a block list: \
                          write `entities:` without `[]`"
                    .into(),
            });
        }
        at += line.len();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::ArticleIx;
    use crate::briefing::load::BUNDLED_YAML;
    use crate::briefing::{FigureType, Part, Qualifier};
    use crate::suggest::SuggestedEntity;

    fn suggestion(part: Part, count: Option<u64>, vague: Option<&'static str>) -> Suggestion {
        Suggestion {
            article: ArticleIx(0),
            part,
            bytes: 0..1,
            chars: 0..1,
            entity: 0,
            figure: Some(StatedFigure {
                kind: FigureType::Injured,
                count,
                count_max: None,
                vague,
                qualifier: Qualifier::Exact,
                superseded: false,
                aside: false,
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
        let casualty = b
            .entities
            .iter()
            .position(|e| e.kind == EntityKind::Casualty && !e.mentions.is_empty())
            .unwrap();
        let e = &b.entities[casualty];
        // An unmarked word of the first headline.
        let headline = &b.articles[0].headline;
        let marked = |at: usize| {
            b.headline_mentions
                .iter()
                .any(|m| m.article == ArticleIx(0) && m.bytes.contains(&at))
        };
        let at = headline
            .char_indices()
            .find(|&(i, c)| {
                c.is_alphabetic() && !marked(i) && (i == 0 || headline[..i].ends_with(' '))
            })
            .unwrap()
            .0;
        let word = headline[at..].split(' ').next().unwrap();
        let mut s = suggestion(Part::Headline, None, Some("dozens"));
        s.bytes = at..at + word.len();
        s.chars = headline[..at].chars().count()..headline[..at + word.len()].chars().count();
        let suggestions = Suggestions {
            entities: vec![SuggestedEntity {
                existing: Some(EntityIx(casualty)),
                id: e.id.clone(),
                kind: e.kind,
                name: e.name.clone(),
                names: e.names.clone(),
                figure: None,
                remembered: false,
            }],
            mentions: vec![s],
        };
        let applied = apply(("b.yaml", "out.yaml"), BUNDLED_YAML, &b, &suggestions).unwrap();
        assert_eq!((applied.written, applied.new_entities), (1, 0));
        let yaml = applied.yaml;
        assert!(yaml.contains(", part: headline, quote: "), "{yaml}");
        assert!(
            yaml.contains("figure: {type: injured, qualifier: dozens}}\n"),
            "{yaml}"
        );
    }

    #[test]
    fn block_items_only() {
        let source = "a:\n  - x\n  -\n    y: 1\nb: [1]\n- z\n";
        assert!(item_line(source, 2));
        assert!(item_line(source, 3));
        assert!(!item_line(source, 5));
        assert!(item_line(source, 6));
        assert!(!item_line(source, 60));
    }
}
