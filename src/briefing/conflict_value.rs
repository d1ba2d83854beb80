//! THEIRS's value in a merge conflict, in a form the program can apply: an item's
//! `theirs_value:` mapping, with one key that depends on the item's `field`.
//!
//! Data flows one way: the loader reads the mapping as written ([`RawTheirs`]); [`read`]
//! checks it against the item's field and gives the model's [`Theirs`] (or the key at fault
//! and why); [`write`] writes a `Theirs` back as the flow mapping the loader reads. An empty
//! mapping `{}` says THEIRS has no value there (no summary, no name in that language, no
//! figure, the span not marked, the entity deleted). Items without `theirs_value` (written
//! before it was recorded) still load: their THEIRS is only words.

use schemars::JsonSchema;
use serde::Deserialize;

use super::ConflictField;
use crate::briefing::figure::Figure;
use crate::briefing::model::EntityKind;
use crate::briefing::raw::{RawFigure, optional_text, optional_text_list};
use crate::briefing::validate::figure_of;
use crate::briefing::write::{figure, json, links, scalar};

/// `theirs_value:` as written: the one key the item's field reads (none: THEIRS has none).
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "ConflictValue")]
pub struct RawTheirs {
    /// For title, date, summary, source, url, published, name and names: THEIRS's text.
    #[serde(default, deserialize_with = "optional_text")]
    pub text: Option<String>,
    /// For kind: THEIRS's kind.
    #[serde(default)]
    pub kind: Option<EntityKind>,
    /// For figure and kind: THEIRS's accepted figure; for mention: the figure of THEIRS's
    /// mention.
    #[serde(default)]
    pub figure: Option<RawFigure>,
    /// For links: the ids THEIRS links the entity to.
    #[serde(default, deserialize_with = "optional_text_list")]
    pub links: Option<Vec<String>>,
    /// For mention: the id of the entity THEIRS marks the span as.
    #[serde(default, deserialize_with = "optional_text")]
    pub entity: Option<String>,
}

/// THEIRS's value, as taking it sets it (ids are the merged file's).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Theirs {
    /// title, date, summary, source, url, published, name or names: the text, or none (no
    /// summary, url or time published, no name in that language).
    Text(Option<String>),
    /// The kind, and the accepted figure it comes with (a casualty figure's).
    Kind(EntityKind, Option<Figure>),
    /// The accepted figure, or none.
    Figure(Option<Figure>),
    /// The entity's links, as ids.
    Links(Vec<String>),
    /// What marks the span: an entity (its id) and the mention's figure, or nothing.
    Mark(Option<(String, Option<Figure>)>),
    /// The entity: THEIRS deleted it.
    Deleted,
}

/// The key at fault (under `theirs_value`; None: the mapping itself) and what is wrong.
pub type Problem = (Option<&'static str>, String);

/// THEIRS's value of an item about `field`, from its `theirs_value:` mapping.
pub fn read(field: ConflictField, raw: &RawTheirs) -> Result<Theirs, Problem> {
    use ConflictField as F;
    // Every other field is a text: the briefing's and articles' fields, names.
    let takes: &[&str] = match field {
        F::Kind => &["kind", "figure"],
        F::Figure => &["figure"],
        F::Links => &["links"],
        F::Mention => &["entity", "figure"],
        F::Entity => &[],
        _ => &["text"],
    };
    let given = [
        ("text", raw.text.is_some()),
        ("kind", raw.kind.is_some()),
        ("figure", raw.figure.is_some()),
        ("links", raw.links.is_some()),
        ("entity", raw.entity.is_some()),
    ];
    if let Some((key, _)) = given.iter().find(|(k, set)| *set && !takes.contains(k)) {
        let takes = match takes {
            [] => "nothing: {} (THEIRS deleted the entity)".to_string(),
            keys => keys.join(" and "),
        };
        return Err((
            Some(key),
            format!("{}'s theirs_value takes {takes}", field.item()),
        ));
    }
    let needs = |key: &'static str| (None, format!("{}'s theirs_value needs {key}", field.item()));
    let figure = |f: &Option<RawFigure>| -> Result<Option<Figure>, Problem> {
        f.as_ref()
            .map(|f| figure_of(f).map_err(|(_, why)| (Some("figure"), why)))
            .transpose()
    };
    Ok(match field {
        F::Title | F::Date | F::Source | F::Name if raw.text.is_none() => {
            return Err(needs("text"));
        }
        F::Kind => Theirs::Kind(raw.kind.ok_or_else(|| needs("kind"))?, figure(&raw.figure)?),
        F::Title
        | F::Date
        | F::Summary
        | F::Source
        | F::Url
        | F::Published
        | F::Name
        | F::Names => Theirs::Text(raw.text.clone()),
        F::Figure => Theirs::Figure(figure(&raw.figure)?),
        F::Links => Theirs::Links(raw.links.clone().ok_or_else(|| needs("links"))?),
        F::Mention => match &raw.entity {
            Some(id) => Theirs::Mark(Some((id.clone(), figure(&raw.figure)?))),
            None if raw.figure.is_some() => return Err(needs("entity (for its figure)")),
            None => Theirs::Mark(None),
        },
        F::Entity => Theirs::Deleted,
    })
}

/// The flow mapping of `theirs_value:` for `value`.
pub fn write(value: &Theirs) -> String {
    let inner = match value {
        Theirs::Text(Some(t)) => format!("text: {}", json(t)),
        Theirs::Kind(k, None) => format!("kind: {}", k.as_str()),
        Theirs::Kind(k, Some(f)) => format!("kind: {}, figure: {}", k.as_str(), figure(f)),
        Theirs::Figure(Some(f)) => format!("figure: {}", figure(f)),
        Theirs::Links(ids) => {
            let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
            format!("links: {}", links(&ids))
        }
        Theirs::Mark(Some((id, f))) => match f {
            Some(f) => format!("entity: {}, figure: {}", scalar(id), figure(f)),
            None => format!("entity: {}", scalar(id)),
        },
        Theirs::Text(None) | Theirs::Figure(None) | Theirs::Mark(None) | Theirs::Deleted => {
            return "{}".into();
        }
    };
    format!("{{{inner}}}")
}
