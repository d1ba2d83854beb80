//! Checks of casualty figures: a figure belongs on a casualty entity (its own, or one of its
//! mentions'), a casualty entity states one, and a figure is consistent in itself: a count
//! unless the qualifier is vague (then the count is derived from it and none may be given),
//! `count_max` not below `count`, `as_of` a real date, and the accepted figure not superseded.
//! Each check turns the figure as written ([`RawFigure`]) into the model's [`Figure`].

use super::super::diagnostic::{Findings, NodePath};
use super::super::figure::{Figure, FigureType, Moment, Qualifier};
use super::super::model::EntityKind;
use super::super::raw::{RawEntity, RawFigure};
use super::fields::valid_date;

/// Checks a figure found at `path` on entity `entity`: that the entity is a casualty, and
/// that the figure is consistent in itself. The one check for entity and mention figures;
/// returns the figure when it is valid.
pub fn check_figure(
    entity: &RawEntity,
    figure: &RawFigure,
    path: NodePath,
    findings: &mut Findings,
) -> Option<Figure> {
    if entity.kind != EntityKind::Casualty {
        findings.error(
            path,
            format!(
                "figure is for casualty entities, but {:?} is {}",
                entity.id,
                entity.kind.with_article()
            ),
        );
        return None;
    }
    consistent(
        figure.kind,
        figure.count,
        figure.count_max,
        figure.qualifier,
        figure.superseded,
        figure.as_of,
    )
    .map_err(|(key, message)| match key {
        Some(key) => findings.error(path.key(key), message),
        None => findings.error(path.clone(), message),
    })
    .ok()
}

/// The message for a superseded accepted figure.
pub const SUPERSEDED_ACCEPTED: &str =
    "the accepted figure cannot be superseded: mark the earlier figures of the mentions instead";

/// Whether a figure is consistent in itself (a count unless the qualifier is vague, then
/// none; `count_max` not below the count; `as_of` a calendar date): the figure, or the field
/// at fault (None: the figure itself) and what is wrong.
fn consistent(
    kind: FigureType,
    count: Option<u64>,
    count_max: Option<u64>,
    qualifier: Qualifier,
    superseded: bool,
    as_of: Option<Moment>,
) -> Result<Figure, (Option<&'static str>, String)> {
    let count = match (qualifier.derived_count(), count, count_max) {
        (Some(_), Some(_), _) | (Some(_), _, Some(_)) => {
            return Err((
                Some("count"),
                format!(
                    "qualifier {} is a vague quantity and takes no count: give either the count or the qualifier",
                    qualifier.as_str()
                ),
            ));
        }
        (Some((derived, _)), None, None) => derived,
        (None, Some(count), _) => count,
        (None, None, _) => {
            return Err((
                None,
                "a figure needs a count, unless its qualifier is a vague quantity (several, dozens, scores, hundreds, thousands) or some (an unstated number)".into(),
            ));
        }
    };
    if let Some(max) = count_max
        && max < count
    {
        return Err((
            Some("count_max"),
            format!("count_max {max} is less than count {count}"),
        ));
    }
    if let Some(at) = as_of
        && !valid_date(at.date())
    {
        return Err((
            Some("as_of"),
            format!("as_of {:?} is not a calendar date", at.as_str()),
        ));
    }
    Ok(Figure {
        kind,
        count,
        count_max,
        qualifier,
        superseded,
        as_of,
    })
}

/// What is wrong with a figure of the model, by the loader's rules, if anything (a vague
/// figure must carry exactly its derived count, as the loader would give it); `accepted`:
/// an entity's own figure, which cannot be superseded.
pub fn figure_problem(f: &Figure, accepted: bool) -> Option<String> {
    if accepted && f.superseded {
        return Some(SUPERSEDED_ACCEPTED.into());
    }
    let derived = f.qualifier.derived_count().map(|(n, _)| n);
    let count = (derived != Some(f.count) || f.count_max.is_some()).then_some(f.count);
    consistent(
        f.kind,
        count,
        f.count_max,
        f.qualifier,
        f.superseded,
        f.as_of,
    )
    .err()
    .map(|(_, m)| m)
}

/// Checks an entity's own figure (the accepted one): required on casualty entities, never
/// superseded. Returns it when valid.
pub fn check_entity_figure(
    entity: &RawEntity,
    path: &NodePath,
    findings: &mut Findings,
) -> Option<Figure> {
    match &entity.figure {
        Some(f) if f.superseded => {
            findings.error(path.key("figure").key("superseded"), SUPERSEDED_ACCEPTED);
            None
        }
        Some(f) => check_figure(entity, f, path.key("figure"), findings),
        None if entity.kind == EntityKind::Casualty => {
            findings.error(
                path.key("kind"),
                format!(
                    "casualty entity {:?} needs a figure (type, count, qualifier)",
                    entity.id
                ),
            );
            None
        }
        None => None,
    }
}
