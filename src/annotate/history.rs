//! Undo and redo: the inverses of the edits made, and whether the model differs from what
//! was last saved (or loaded).
//!
//! `perform` applies an edit and pushes its inverse on the undo stack; `undo` applies the
//! top inverse and pushes the inverse of that on the redo stack, and `redo` the other way.
//! Each state of the model is numbered by the undo depth that reaches it (a new edit after
//! undos gets a depth never used before), so the model is clean exactly when it is back at
//! the saved state's number.

use crate::briefing::Briefing;

use super::edit::{Edit, EditError, apply};

/// The undo and redo stacks of one briefing.
#[derive(Debug, Default)]
pub struct History {
    /// Inverses of the edits made, each with the state number it leads back to.
    undo: Vec<(Edit, u64)>,
    /// Inverses of the edits undone, each with the state number it leads to.
    redo: Vec<(Edit, u64)>,
    /// The number of the model's current state.
    state: u64,
    /// The next unused state number.
    next: u64,
    /// The number of the state last saved.
    saved: u64,
}

impl History {
    pub fn new() -> History {
        History {
            next: 1,
            ..History::default()
        }
    }

    /// A history with nothing to undo whose model is not the saved one: edits recovered
    /// from an interrupted session, unsaved until they are saved.
    pub fn unsaved() -> History {
        History {
            saved: u64::MAX,
            ..History::new()
        }
    }

    /// Applies `edit` to `b` and records its inverse; clears redo. An edit that changes
    /// nothing (it is its own inverse: a value set to what it was) is not recorded.
    pub fn perform(&mut self, b: &mut Briefing, edit: Edit) -> Result<(), EditError> {
        let inverse = apply(b, &edit)?;
        if inverse == edit {
            return Ok(());
        }
        self.undo.push((inverse, self.state));
        self.redo.clear();
        self.state = self.next;
        self.next += 1;
        Ok(())
    }

    /// Performs several edits as one undo step; all or nothing: if one fails, the ones
    /// before it are undone.
    pub fn perform_all(&mut self, b: &mut Briefing, edits: Vec<Edit>) -> Result<(), EditError> {
        if edits.is_empty() {
            return Ok(());
        }
        self.perform(b, Edit::Batch(edits))
    }

    /// Undoes the last edit; None when there is nothing to undo.
    pub fn undo(&mut self, b: &mut Briefing) -> Option<Result<(), EditError>> {
        let (inverse, back_to) = self.undo.pop()?;
        Some(match apply(b, &inverse) {
            Ok(again) => {
                self.redo.push((again, self.state));
                self.state = back_to;
                Ok(())
            }
            Err(e) => {
                self.undo.push((inverse, back_to));
                Err(e)
            }
        })
    }

    /// Redoes the last edit undone; None when there is nothing to redo.
    pub fn redo(&mut self, b: &mut Briefing) -> Option<Result<(), EditError>> {
        let (edit, forward_to) = self.redo.pop()?;
        Some(match apply(b, &edit) {
            Ok(inverse) => {
                self.undo.push((inverse, self.state));
                self.state = forward_to;
                Ok(())
            }
            Err(e) => {
                self.redo.push((edit, forward_to));
                Err(e)
            }
        })
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// True when the model differs from the last save (or load); undoing back to the saved
    /// state makes it false again.
    pub fn is_dirty(&self) -> bool {
        self.state != self.saved
    }

    /// The model as it is now has been saved.
    pub fn mark_saved(&mut self) {
        self.saved = self.state;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::EntityIx;
    use crate::briefing::bundled;

    fn rename(name: &str) -> Edit {
        Edit::Rename {
            entity: EntityIx(0),
            name: name.into(),
        }
    }

    #[test]
    fn undo_and_redo_walk_the_edits() {
        let mut b = bundled().unwrap().briefing;
        let original = b.clone();
        let mut h = History::new();
        assert!(!h.can_undo() && !h.can_redo() && !h.is_dirty());
        assert!(h.undo(&mut b).is_none() && h.redo(&mut b).is_none());
        h.perform(&mut b, rename("One")).unwrap();
        h.perform(&mut b, rename("Two")).unwrap();
        let two = b.clone();
        assert!(h.is_dirty() && h.can_undo());
        h.undo(&mut b).unwrap().unwrap();
        assert_eq!(b.entities[0].name, "One");
        h.undo(&mut b).unwrap().unwrap();
        assert_eq!(b, original);
        assert!(!h.is_dirty() && !h.can_undo() && h.can_redo());
        h.redo(&mut b).unwrap().unwrap();
        h.redo(&mut b).unwrap().unwrap();
        assert_eq!(b, two);
        // A new edit after an undo clears redo.
        h.undo(&mut b).unwrap().unwrap();
        h.perform(&mut b, rename("Three")).unwrap();
        assert!(!h.can_redo());
        assert!(h.perform(&mut b, rename("")).is_err());
        assert_eq!(
            b.entities[0].name, "Three",
            "a refused edit is not recorded"
        );
        h.undo(&mut b).unwrap().unwrap();
        assert_eq!(b.entities[0].name, "One");
    }

    #[test]
    fn a_recovered_history_is_dirty_until_saved() {
        let mut h = History::unsaved();
        assert!(h.is_dirty() && !h.can_undo());
        h.mark_saved();
        assert!(!h.is_dirty());
    }

    #[test]
    fn dirty_follows_the_saved_state() {
        let mut b = bundled().unwrap().briefing;
        let mut h = History::new();
        h.perform(&mut b, rename("One")).unwrap();
        h.mark_saved();
        assert!(!h.is_dirty());
        h.undo(&mut b).unwrap().unwrap();
        assert!(
            h.is_dirty(),
            "the loaded state is not the saved one any more"
        );
        h.redo(&mut b).unwrap().unwrap();
        assert!(!h.is_dirty());
        h.undo(&mut b).unwrap().unwrap();
        // Another edit from the loaded state is a state never saved, even with the same depth.
        h.perform(&mut b, rename("Other")).unwrap();
        assert!(h.is_dirty());
    }

    #[test]
    fn perform_all_is_one_step_and_all_or_nothing() {
        let mut b = bundled().unwrap().briefing;
        let original = b.clone();
        let mut h = History::new();
        let err = h.perform_all(&mut b, vec![rename("A"), rename("B"), rename(" ")]);
        assert!(err.is_err());
        assert_eq!(b, original);
        assert!(!h.can_undo() && !h.is_dirty());
        h.perform_all(&mut b, vec![rename("A"), rename("B")])
            .unwrap();
        assert_eq!(b.entities[0].name, "B");
        h.undo(&mut b).unwrap().unwrap();
        assert_eq!(b, original, "one undo undoes the whole batch");
        h.perform_all(&mut b, Vec::new()).unwrap();
        assert!(!h.can_undo(), "nothing to undo for no edits");
        let same = b.entities[0].name.clone();
        h.perform(&mut b, rename(&same)).unwrap();
        assert!(
            !h.can_undo() && !h.is_dirty(),
            "a rename to the same name is no edit"
        );
    }
}
