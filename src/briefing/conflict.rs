//! Merge conflicts: the top-level `conflicts:` list that `briefing merge` writes when both
//! sides of a merge changed one thing differently (OURS's value is kept in the file).
//!
//! Data flows one way: the loader reads each item as written ([`RawConflict`]), validation
//! checks it ([`check`]) and builds the model's [`Conflict`] ([`build`]); once the briefing
//! loads, [`diagnostics`] turns each conflict into an error at the item's line and column
//! with a fix hint, which `briefing check` reports (the briefing itself is usable: the
//! reader opens it, and its conflict review takes each item's OURS, THEIRS or both).
//! `briefing merge` writes the list with [`yaml`]. Each item holds both sides' values in
//! words (`ours`, `theirs`) and THEIRS's in a form the program applies (`theirs_value`, see
//! `conflict_value`; items written before it was recorded have none).

use std::fmt::Write;
use std::ops::Range;

use schemars::JsonSchema;
use serde::Deserialize;

use super::diagnostic::{Diagnostic, Findings, NodePath, Severity};
use super::locate::Locator;
use super::model::Part;
use super::write::{json, scalar};

#[path = "conflict_value.rs"]
mod value;
pub use value::{RawTheirs, Theirs};

/// What a conflict is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ConflictField {
    /// The briefing's title.
    Title,
    /// The briefing's date.
    Date,
    /// The briefing's summary.
    Summary,
    /// An article's source (`article`).
    Source,
    /// An article's url (`article`).
    Url,
    /// When an article was published (`article`).
    Published,
    /// The entity itself: one side deleted it, the other changed it.
    Entity,
    /// The entity's kind.
    Kind,
    /// The entity's display name.
    Name,
    /// The entity's name in one language (`lang`).
    Names,
    /// The entity's accepted figure.
    Figure,
    /// The entity's links.
    Links,
    /// What marks one span of an article (`article`, `part`, `start`, `end`).
    Mention,
}

impl ConflictField {
    pub fn as_str(self) -> &'static str {
        match self {
            ConflictField::Title => "title",
            ConflictField::Date => "date",
            ConflictField::Summary => "summary",
            ConflictField::Source => "source",
            ConflictField::Url => "url",
            ConflictField::Published => "published",
            ConflictField::Entity => "entity",
            ConflictField::Kind => "kind",
            ConflictField::Name => "name",
            ConflictField::Names => "names",
            ConflictField::Figure => "figure",
            ConflictField::Links => "links",
            ConflictField::Mention => "mention",
        }
    }

    /// Whether the item is about a field of the briefing or of one of its articles (not
    /// about an entity).
    pub fn of_briefing(self) -> bool {
        use ConflictField as F;
        matches!(
            self,
            F::Title | F::Date | F::Summary | F::Source | F::Url | F::Published
        )
    }

    /// "a figure conflict", "an entity conflict": how messages name an item.
    pub fn item(self) -> String {
        let a = if self == ConflictField::Entity {
            "an"
        } else {
            "a"
        };
        format!("{a} {} conflict", self.as_str())
    }
}

/// A conflict as written in the file.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Conflict")]
pub struct RawConflict {
    /// What both sides changed: title, date, summary, source, url, published, entity, kind, name, names, figure, links or mention.
    pub field: ConflictField,
    /// The id of the entity concerned (none for title, date and summary).
    #[serde(default)]
    pub entity: Option<String>,
    /// For `names`: the language tag.
    #[serde(default)]
    pub lang: Option<String>,
    /// For `mention`: the article the span is in; for source, url and published: the article.
    #[serde(default)]
    pub article: Option<String>,
    /// For `mention`: the part of the article (text or headline).
    #[serde(default)]
    pub part: Part,
    /// For `mention`: the first code point of the span.
    #[serde(default)]
    pub start: Option<usize>,
    /// For `mention`: the code point after the span.
    #[serde(default)]
    pub end: Option<usize>,
    /// The value kept (OURS's), in words.
    pub ours: String,
    /// The other side's value (THEIRS's), in words.
    pub theirs: String,
    /// THEIRS's value as taking it sets it, one key by `field`: `text` (title, date,
    /// summary, name, names), `kind`, `figure`, `links` (ids), or for mention `entity` (id)
    /// and `figure`; `{}` when THEIRS has none (no figure, not marked, the entity deleted).
    #[serde(default)]
    pub theirs_value: Option<RawTheirs>,
}

/// The span a mention conflict is about, in code points of the article's part.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ConflictSpan {
    pub article: String,
    pub part: Part,
    pub start: usize,
    pub end: usize,
}

/// An unresolved difference between the two sides of a merge; OURS's value is in the file.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Conflict {
    pub field: ConflictField,
    pub entity: Option<String>,
    pub lang: Option<String>,
    /// For source, url and published: the article's id.
    pub article: Option<String>,
    pub span: Option<ConflictSpan>,
    pub ours: String,
    pub theirs: String,
    /// THEIRS's value as taking it sets it; None when the item does not say (an item
    /// written before it was recorded, or a value no edit sets: an entity OURS deleted).
    pub take: Option<Theirs>,
}

/// Records what is wrong with the `conflicts:` items: a `mention` conflict needs its
/// article, start and end; `names` its language; entity fields their entity; a
/// `theirs_value` the key its field reads.
pub fn check(raw: &[RawConflict], findings: &mut Findings) {
    let list = NodePath::root().key("conflicts");
    for (i, c) in raw.iter().enumerate() {
        let p = list.index(i);
        let needs = |what: &str| format!("{} needs {what}", c.field.item());
        let span = c.article.is_some() && c.start.is_some() && c.end.is_some();
        match c.field {
            ConflictField::Mention if !span => {
                findings.error(p.key("field"), needs("article, start and end"))
            }
            ConflictField::Names if c.lang.is_none() => {
                findings.error(p.key("field"), needs("lang"))
            }
            ConflictField::Source | ConflictField::Url | ConflictField::Published
                if c.article.is_none() =>
            {
                findings.error(p.key("field"), needs("article"))
            }
            f if f.of_briefing() => {}
            _ if c.entity.is_none() => findings.error(p.key("field"), needs("entity")),
            _ => {}
        }
        if let Some(Err((key, why))) = c.theirs_value.as_ref().map(|v| value::read(c.field, v)) {
            let at = p.key("theirs_value");
            findings.error(key.map_or(at.clone(), |k| at.key(k)), why);
        }
    }
}

/// The model's conflicts, built from checked items.
pub fn build(raw: Vec<RawConflict>) -> Vec<Conflict> {
    raw.into_iter()
        .map(|c| Conflict {
            take: c
                .theirs_value
                .as_ref()
                .and_then(|v| value::read(c.field, v).ok()),
            span: match (&c.article, c.start, c.end) {
                (Some(article), Some(start), Some(end)) => Some(ConflictSpan {
                    article: article.clone(),
                    part: c.part,
                    start,
                    end,
                }),
                _ => None,
            },
            article: c.article.filter(|_| c.field.of_briefing()),
            field: c.field,
            entity: c.entity,
            lang: c.lang,
            ours: c.ours,
            theirs: c.theirs,
        })
        .collect()
}

impl Conflict {
    /// The entity `old` given the id `new`: where the item names it (what it is about, and
    /// THEIRS's value: the entity marking a span, links).
    pub fn rename_entity(&mut self, old: &str, new: &str) {
        let rename = |id: &mut String| {
            if id == old {
                *id = new.to_string();
            }
        };
        self.entity.iter_mut().for_each(rename);
        match &mut self.take {
            Some(Theirs::Mark(Some((id, _)))) => rename(id),
            Some(Theirs::Links(ids)) => ids.iter_mut().for_each(rename),
            _ => {}
        }
    }

    /// What the conflict is about, in words: `figure of entity "killed"`.
    pub fn subject(&self) -> String {
        let entity = |e: &Option<String>| format!("entity {:?}", e.as_deref().unwrap_or(""));
        match (self.field, &self.span) {
            (ConflictField::Mention, Some(s)) => format!(
                "what marks {}:{}-{} of article {:?}",
                s.part.as_str(),
                s.start,
                s.end,
                s.article
            ),
            (ConflictField::Names, _) => format!(
                "the {} name of {}",
                self.lang.as_deref().unwrap_or(""),
                entity(&self.entity)
            ),
            (ConflictField::Entity, _) => entity(&self.entity),
            (field, _) if field.of_briefing() => match &self.article {
                Some(a) => format!("the {} of article {a:?}", field.as_str()),
                None => format!("the briefing's {}", field.as_str()),
            },
            (field, _) => format!("{} of {}", field.as_str(), entity(&self.entity)),
        }
    }
}

/// The bytes of `text`'s top-level `conflicts:` block: from its key's line to the next
/// top-level line (a key, `---`: not indented, not a comment) or the end. None when the
/// text has no such line.
pub fn block(text: &str) -> Option<Range<usize>> {
    let mut from = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if line.starts_with(|c: char| !c.is_whitespace() && c != '#') {
            if let Some(from) = from {
                return Some(from..at);
            }
            from = line.starts_with("conflicts:").then_some(at);
        }
        at += line.len();
    }
    from.map(|from| from..text.len())
}

/// One error per conflict, at its item in `conflicts:`, with what was kept and how to fix
/// it. `text` is the file the briefing was loaded from. Only the text from the list on is
/// parsed for the items' places (the articles before it are most of a big file), when
/// the list is a top-level block.
pub fn diagnostics(name: &str, text: &str, conflicts: &[Conflict]) -> Vec<Diagnostic> {
    if conflicts.is_empty() {
        return Vec::new();
    }
    let from = block(text).map_or(0, |b| b.start);
    let lines_before = text[..from].matches('\n').count();
    let locator = Locator::new(&text[from..]);
    let list = NodePath::root().key("conflicts");
    conflicts
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let message = format!(
                "merge conflict on {}: ours ({}) was kept, theirs is {}; fix: make the file say \
                 what it should, then delete this item from `conflicts:`",
                c.subject(),
                c.ours,
                c.theirs
            );
            let (line, column) = locator.position(&list.index(i));
            Diagnostic::new(
                Severity::Error,
                name,
                (line + lines_before, column),
                message,
            )
        })
        .collect()
}

/// The `conflicts:` list as YAML lines (each ending with `nl`), for the end of a file.
pub fn yaml(conflicts: &[Conflict], nl: &str) -> String {
    let mut out = format!("conflicts:{nl}");
    for c in conflicts {
        let _ = write!(out, "  - field: {}{nl}", c.field.as_str());
        if let Some(e) = &c.entity {
            let _ = write!(out, "    entity: {}{nl}", scalar(e));
        }
        if let Some(lang) = &c.lang {
            let _ = write!(out, "    lang: {}{nl}", scalar(lang));
        }
        if let Some(article) = &c.article {
            let _ = write!(out, "    article: {}{nl}", scalar(article));
        }
        if let Some(s) = &c.span {
            let _ = write!(out, "    article: {}{nl}", scalar(&s.article));
            if !s.part.is_text() {
                let _ = write!(out, "    part: {}{nl}", s.part.as_str());
            }
            let _ = write!(out, "    start: {}{nl}    end: {}{nl}", s.start, s.end);
        }
        let _ = write!(out, "    ours: {}{nl}", json(&c.ours));
        let _ = write!(out, "    theirs: {}{nl}", json(&c.theirs));
        if let Some(take) = &c.take {
            let _ = write!(out, "    theirs_value: {}{nl}", value::write(take));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::figure::tests::figure as killed;
    use crate::briefing::load::BUNDLED_YAML;
    use crate::briefing::{EntityKind, Qualifier, load_str};

    fn conflicts() -> Vec<Conflict> {
        vec![
            Conflict {
                field: ConflictField::Figure,
                entity: Some("killed".into()),
                lang: None,
                article: None,
                span: None,
                ours: "killed 2".into(),
                theirs: "killed \"3\"".into(),
                take: Some(Theirs::Figure(Some(killed(3, Qualifier::AtLeast)))),
            },
            Conflict {
                field: ConflictField::Mention,
                entity: Some("mali".into()),
                lang: None,
                article: None,
                span: Some(ConflictSpan {
                    article: "ar".into(),
                    part: Part::Headline,
                    start: 3,
                    end: 7,
                }),
                ours: "mali".into(),
                theirs: "bamako".into(),
                take: Some(Theirs::Mark(Some(("bamako".into(), None)))),
            },
        ]
    }

    /// One item per kind of value, each as `merge` writes it.
    fn every_value() -> Vec<Conflict> {
        let item = |field, entity: Option<&str>, take| Conflict {
            field,
            entity: entity.map(String::from),
            lang: (field == ConflictField::Names).then(|| "ar".to_string()),
            article: (field == ConflictField::Url).then(|| "en".to_string()),
            span: (field == ConflictField::Mention).then(|| ConflictSpan {
                article: "en".into(),
                part: Part::Text,
                start: 0,
                end: 4,
            }),
            ours: "o".into(),
            theirs: "t".into(),
            take: Some(take),
        };
        let killed_4 = Some(killed(4, Qualifier::Exact));
        vec![
            item(
                ConflictField::Title,
                None,
                Theirs::Text(Some("A \"title\"".into())),
            ),
            item(ConflictField::Summary, None, Theirs::Text(None)),
            item(
                ConflictField::Url,
                None,
                Theirs::Text(Some("https://x.example/a".into())),
            ),
            item(
                ConflictField::Names,
                Some("mali"),
                Theirs::Text(Some("مالي".into())),
            ),
            item(
                ConflictField::Kind,
                Some("mali"),
                Theirs::Kind(EntityKind::Actor, None),
            ),
            item(ConflictField::Figure, Some("killed"), Theirs::Figure(None)),
            item(
                ConflictField::Links,
                Some("mali"),
                Theirs::Links(vec!["bamako".into(), "a b".into()]),
            ),
            item(
                ConflictField::Mention,
                Some("mali"),
                Theirs::Mark(Some(("killed".into(), killed_4))),
            ),
            item(ConflictField::Mention, Some("mali"), Theirs::Mark(None)),
            item(ConflictField::Entity, Some("mali"), Theirs::Deleted),
        ]
    }

    /// The messages of the errors that keep `text` from loading.
    fn errors(text: &str) -> Vec<String> {
        let found = load_str("b.yaml", text).unwrap_err();
        found.iter().map(|d| d.message.clone()).collect()
    }

    #[test]
    fn every_value_is_written_and_loads_back() {
        let text = format!("{BUNDLED_YAML}{}", yaml(&every_value(), "\n"));
        assert!(text.contains("    theirs_value: {}\n"), "{text}");
        assert!(
            text.contains("    theirs_value: {entity: killed, figure: {type: killed, count: 4, qualifier: exact}}\n"),
            "{text}"
        );
        let loaded = load_str("b.yaml", &text).unwrap();
        assert_eq!(loaded.briefing.conflicts, every_value());
    }

    #[test]
    fn items_without_a_value_still_load() {
        let text = format!(
            "{BUNDLED_YAML}conflicts:\n  - field: figure\n    entity: killed\n    ours: \"killed 2\"\n    theirs: \"killed 3\"\n"
        );
        let loaded = load_str("b.yaml", &text).unwrap();
        assert_eq!(loaded.briefing.conflicts.len(), 1);
        assert_eq!(loaded.briefing.conflicts[0].take, None);
        assert_eq!(loaded.conflicts.len(), 1, "still reported by check");
    }

    #[test]
    fn a_value_must_fit_its_field() {
        let item = |field: &str, value: &str| {
            format!(
                "  - {{field: {field}, entity: mali, lang: ar, ours: a, theirs: b, theirs_value: {value}}}\n"
            )
        };
        let text = format!(
            "{BUNDLED_YAML}conflicts:\n{}{}{}{}{}",
            item("figure", "{text: x}"),
            item("name", "{}"),
            item("figure", "{figure: {type: killed}}"),
            item("mention", "{figure: {type: killed, count: 1}}"),
            item("entity", "{kind: place}"),
        );
        let errors = errors(&text);
        assert_eq!(
            errors
                .iter()
                .map(|e| e.split(',').next().unwrap())
                .collect::<Vec<_>>(),
            [
                "a figure conflict's theirs_value takes figure",
                "a name conflict's theirs_value needs text",
                "a figure needs a count",
                "a mention conflict needs article",
                "a mention conflict's theirs_value needs entity (for its figure)",
                "an entity conflict's theirs_value takes nothing: {} (THEIRS deleted the entity)",
            ]
        );
    }

    #[test]
    fn written_conflicts_load_back_and_are_reported_at_their_items() {
        let text = format!("{BUNDLED_YAML}{}", yaml(&conflicts(), "\n"));
        let loaded = load_str("b.yaml", &text).unwrap();
        assert_eq!(loaded.briefing.conflicts, conflicts());
        let first_line = BUNDLED_YAML.lines().count() + 2;
        let reported: Vec<String> = loaded.conflicts.iter().map(|d| d.to_string()).collect();
        assert_eq!(reported.len(), 2);
        assert!(
            reported[0].starts_with(&format!(
                "b.yaml:{first_line}:5: error: merge conflict on figure of entity \"killed\": ours (killed 2) was kept, theirs is killed \"3\"; fix:"
            )),
            "{reported:?}"
        );
        assert!(
            reported[1].contains("on what marks headline:3-7 of article \"ar\""),
            "{reported:?}"
        );
        assert!(
            load_str("b.yaml", BUNDLED_YAML)
                .unwrap()
                .conflicts
                .is_empty()
        );
    }

    #[test]
    fn items_are_located_within_their_block_wherever_it_is() {
        let list = yaml(&conflicts(), "\n");
        let at = BUNDLED_YAML.find("\narticles:").unwrap() + 1;
        let text = format!(
            "{}{list}# after\n{}",
            &BUNDLED_YAML[..at],
            &BUNDLED_YAML[at..]
        );
        let b = block(&text).unwrap();
        assert_eq!(&text[b.clone()], format!("{list}# after\n"));
        assert_eq!(block(BUNDLED_YAML), None);
        let loaded = load_str("b.yaml", &text).unwrap();
        let first = text[..at].lines().count() + 2;
        let lines: Vec<usize> = loaded.conflicts.iter().map(|d| d.line).collect();
        let second = first
            + list[..list.find("  - field: mention").unwrap()]
                .lines()
                .count()
            - 1;
        assert_eq!(lines, [first, second]);
        assert!(loaded.conflicts.iter().all(|d| d.column == 5));
    }

    #[test]
    fn incomplete_items_are_errors() {
        let text = format!(
            "{BUNDLED_YAML}conflicts:\n  - {{field: mention, entity: mali, ours: a, theirs: b}}\n  - {{field: names, entity: mali, ours: a, theirs: b}}\n  - {{field: figure, ours: a, theirs: b}}\n"
        );
        assert_eq!(
            errors(&text),
            [
                "a mention conflict needs article, start and end",
                "a names conflict needs lang",
                "a figure conflict needs entity"
            ]
        );
    }
}
