//! The plan made: its edits performed on a copy of OURS (all of them as one batch; when that
//! is refused, phase by phase, each phase as one batch; when a phase is refused, its edits
//! one at a time, each refused edit becoming its conflict), entities THEIRS deleted dropped
//! from the model, and the text written by the format-preserving writer (`annotate::save`:
//! only the lines of what changed, the new conflicts added to the file's `conflicts:` list,
//! or a new list at the end of the file), which checks that it loads to the merged model.
//! The model is copied once: each edit is made in place (`annotate::apply`, all or none).

use crate::annotate::{Edit, NewMention, apply, save};
use crate::briefing::{Briefing, Conflict, EntityIx};

use super::MergeError;
use super::merge_plan::{Plan, Step};

/// OURS with the plan made: the new text and the model it loads to, every conflict (OURS's
/// own first) in it.
pub fn execute(
    name: &str,
    source: &str,
    ours: &Briefing,
    plan: Plan,
) -> Result<(String, Briefing), MergeError> {
    let Plan {
        create,
        fields,
        remove,
        add,
        refigure,
        links,
        drop,
        mut conflicts,
    } = plan;
    let (gone, remove) = mentions(remove, |m| Edit::RemoveMention {
        entity: m.entity,
        article: m.article,
        part: m.part,
        bytes: m.bytes,
    });
    let (new, add) = mentions(add, |m| Edit::AddMention {
        entity: m.entity,
        article: m.article,
        part: m.part,
        bytes: m.bytes,
        figure: m.figure,
    });
    let phases = [
        (create, None),
        (fields, None),
        (remove, Some(Edit::RemoveMentions(gone))),
        (add, Some(Edit::AddMentions(new))),
        (refigure, None),
        (links, None),
    ]
    .map(|(steps, all)| {
        let all =
            all.unwrap_or_else(|| Edit::Batch(steps.iter().map(|s| s.edit.clone()).collect()));
        (steps, all)
    });
    let mut merged = ours.clone();
    let everything = Edit::Batch(phases.iter().map(|(_, all)| all.clone()).collect());
    if apply(&mut merged, &everything).is_err() {
        for (steps, all) in phases {
            perform(&mut merged, steps, all, &mut conflicts);
        }
    }
    drop_entities(&mut merged, drop);
    merged.conflicts.extend(conflicts);
    // The save writes the `conflicts:` list too, and checks that the text loads to `merged`.
    let text = save(name, source, ours, &merged)?.yaml;
    Ok((text, merged))
}

/// Mentions to add or remove as one batch edit, and as single edits should the batch be
/// refused.
fn mentions(
    steps: Vec<Step<NewMention>>,
    one: impl Fn(NewMention) -> Edit,
) -> (Vec<NewMention>, Vec<Step<Edit>>) {
    let all = steps.iter().map(|s| s.edit.clone()).collect();
    let single = steps
        .into_iter()
        .map(|s| Step {
            edit: one(s.edit),
            refused: s.refused,
        })
        .collect();
    (all, single)
}

/// Makes `all` (the steps together); if that is refused, each step on its own, recording
/// the conflict of each one refused.
fn perform(b: &mut Briefing, steps: Vec<Step<Edit>>, all: Edit, conflicts: &mut Vec<Conflict>) {
    if steps.is_empty() || apply(b, &all).is_ok() {
        return;
    }
    for step in steps {
        if let Err(why) = apply(b, &step.edit) {
            conflicts.push(Conflict {
                theirs: format!("{} (not applied: {why})", step.refused.theirs),
                ..step.refused
            });
        }
    }
}

/// Removes OURS's entities `drop` (indices; THEIRS deleted them) that nothing marks any
/// more (`Edit::RemoveEntity`: links and attributions to them go too, the other entities'
/// indices shift down), the last first.
fn drop_entities(b: &mut Briefing, mut drop: Vec<usize>) {
    drop.sort_unstable_by(|x, y| y.cmp(x));
    for d in drop {
        let marked = b
            .mentions
            .iter()
            .chain(&b.headline_mentions)
            .any(|m| m.entity == EntityIx(d));
        if !marked {
            // An entity THEIRS deleted, which OURS has as BASE had it: nothing refuses it.
            let _ = apply(
                b,
                &Edit::RemoveEntity {
                    entity: EntityIx(d),
                },
            );
        }
    }
}
