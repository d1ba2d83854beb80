//! Checks of casualty figures: a figure belongs on a casualty entity (its own, or one of its
//! mentions'), a casualty entity states one, and a figure is consistent in itself: a count
//! unless the qualifier is vague (then the count is derived from it and none may be given),
//! `count_max` not below `count`, `as_of` a real date, and the accepted figure not superseded.
//! Each check turns the figure as written ([`RawFigure`]) into the model's [`Figure`].

use super::super::diagnostic::{Findings, NodePath};
use super::super::figure::Figure;
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
    let qualifier = figure.qualifier;
    let count = match (qualifier.derived_count(), figure.count, figure.count_max) {
        (Some(_), Some(_), _) | (Some(_), _, Some(_)) => {
            findings.error(
                path.key("count"),
                format!(
                    "qualifier {} is a vague quantity and takes no count: give either the count or the qualifier",
                    qualifier.as_str()
                ),
            );
            return None;
        }
        (Some((derived, _)), None, None) => derived,
        (None, Some(count), _) => count,
        (None, None, _) => {
            findings.error(
                path.clone(),
                "a figure needs a count, unless its qualifier is a vague quantity (several, dozens, scores, hundreds, thousands)",
            );
            return None;
        }
    };
    if let Some(max) = figure.count_max
        && max < count
    {
        findings.error(
            path.key("count_max"),
            format!("count_max {max} is less than count {count}"),
        );
        return None;
    }
    if let Some(at) = figure.as_of
        && !valid_date(at.date())
    {
        findings.error(
            path.key("as_of"),
            format!("as_of {:?} is not a calendar date", at.as_str()),
        );
        return None;
    }
    Some(Figure {
        kind: figure.kind,
        count,
        count_max: figure.count_max,
        qualifier,
        superseded: figure.superseded,
        as_of: figure.as_of,
    })
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
            findings.error(
                path.key("figure").key("superseded"),
                "the accepted figure cannot be superseded: mark the earlier figures of the mentions instead",
            );
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
