//! Checks of casualty figures: a figure belongs on a casualty entity (its own, or one of its
//! mentions'), a casualty entity states one, and a figure is consistent in itself.

use super::super::diagnostic::{Findings, NodePath};
use super::super::model::{EntityKind, Figure};
use super::super::raw::RawEntity;

/// Checks a figure found at `path` on entity `entity`: that the entity is a casualty, and
/// that the figure is consistent in itself. The one check for entity and mention figures.
pub fn check_figure(entity: &RawEntity, figure: &Figure, path: NodePath, findings: &mut Findings) {
    if entity.kind != EntityKind::Casualty {
        findings.error(
            path,
            format!(
                "figure is for casualty entities, but {:?} is a {}",
                entity.id,
                entity.kind.as_str()
            ),
        );
        return;
    }
    if let Some(max) = figure.count_max
        && max < figure.count
    {
        findings.error(
            path.key("count_max"),
            format!("count_max {max} is less than count {}", figure.count),
        );
    }
}

/// Checks an entity's own figure: required on casualty entities, checked where given.
pub fn check_entity_figure(entity: &RawEntity, path: &NodePath, findings: &mut Findings) {
    match &entity.figure {
        Some(f) => check_figure(entity, f, path.key("figure"), findings),
        None if entity.kind == EntityKind::Casualty => findings.error(
            path.key("kind"),
            format!(
                "casualty entity {:?} needs a figure (type, count, qualifier)",
                entity.id
            ),
        ),
        None => {}
    }
}
