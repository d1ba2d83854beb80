//! TEMPORARY stand-in for the annotation core being written on branch `annotate`; replaced at merge.
#![allow(unused_variables, dead_code, clippy::new_without_default)]
use std::collections::BTreeMap;
use std::ops::Range;

use crate::briefing::{Briefing, EntityKind, Figure, Part};

#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    AddMention {
        entity: usize,
        article: usize,
        part: Part,
        bytes: Range<usize>,
        figure: Option<Figure>,
    },
    RemoveMention {
        entity: usize,
        article: usize,
        part: Part,
        bytes: Range<usize>,
    },
    MoveMention {
        from: usize,
        to: usize,
        article: usize,
        part: Part,
        bytes: Range<usize>,
    },
    SetMentionFigure {
        entity: usize,
        article: usize,
        part: Part,
        bytes: Range<usize>,
        figure: Option<Figure>,
    },
    CreateEntity {
        id: String,
        kind: EntityKind,
        name: String,
        names: BTreeMap<String, String>,
        figure: Option<Figure>,
    },
    DeleteEntity {
        entity: usize,
    },
    Rename {
        entity: usize,
        name: String,
    },
    SetName {
        entity: usize,
        lang: String,
        name: Option<String>,
    },
    Link {
        from: usize,
        to: usize,
    },
    Unlink {
        from: usize,
        to: usize,
    },
    SetFigure {
        entity: usize,
        figure: Option<Figure>,
    },
}
#[derive(Debug, thiserror::Error)]
#[error("edit refused")]
pub struct EditError;
pub fn apply(b: &mut Briefing, edit: &Edit) -> Result<Edit, EditError> {
    unimplemented!()
}
pub struct History;
impl History {
    pub fn new() -> History {
        History
    }
    pub fn perform(&mut self, b: &mut Briefing, edit: Edit) -> Result<(), EditError> {
        unimplemented!()
    }
    pub fn perform_all(&mut self, b: &mut Briefing, edits: Vec<Edit>) -> Result<(), EditError> {
        unimplemented!()
    }
    pub fn undo(&mut self, b: &mut Briefing) -> Option<Result<(), EditError>> {
        unimplemented!()
    }
    pub fn redo(&mut self, b: &mut Briefing) -> Option<Result<(), EditError>> {
        unimplemented!()
    }
    pub fn can_undo(&self) -> bool {
        false
    }
    pub fn can_redo(&self) -> bool {
        false
    }
    pub fn is_dirty(&self) -> bool {
        false
    }
    pub fn mark_saved(&mut self) {}
}
pub struct Saved {
    pub yaml: String,
    pub lines_added: usize,
    pub lines_removed: usize,
}
#[derive(Debug, thiserror::Error)]
#[error("save refused")]
pub struct SaveError;
pub fn save(
    name: &str,
    original_source: &str,
    original: &Briefing,
    current: &Briefing,
) -> Result<Saved, SaveError> {
    unimplemented!()
}
pub fn new_entity_id(b: &Briefing, name: &str) -> String {
    unimplemented!()
}
pub fn changed_on_disk(path: &std::path::Path, original_source: &str) -> std::io::Result<bool> {
    unimplemented!()
}
