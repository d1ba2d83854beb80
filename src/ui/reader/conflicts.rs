//! Reviewing the merge conflicts a file lists (its `conflicts:` items, left by `briefing
//! merge`) inside the reader.
//!
//! While the file has conflicts, the status line says how many and which key lists them
//! ([`Reader::conflicts_note`], shown when nothing else is). The key opens
//! [`Mode::Conflicts`]: a popup of every item, what it is about and both sides' values, and
//! which takes it offers. Taking OURS, THEIRS or both performs the edits of
//! `annotate::resolve` (THEIRS's value set, the item removed) as one undoable step through
//! the editing session, like every other edit; the list follows the model, and closes when
//! no item is left. `w` saves, rewriting the file's `conflicts:` block with the rest.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::annotate::{Take, resolve};
use crate::briefing::Briefing;
use crate::ui::widgets::popup;
use crate::view::entity::Pieces;

use super::keys::{Action, ConflictAction};
use super::state::{Mode, Reader};

impl Reader {
    /// `C`: lists the file's merge conflicts.
    pub(super) fn open_conflicts(&mut self) {
        if self.briefing.conflicts.is_empty() {
            self.say(&["this file lists no merge conflicts"]);
            return;
        }
        self.mode = Mode::Conflicts { row: 0 };
    }

    /// A key in the list of conflicts.
    pub(super) fn conflict_key(&mut self, action: ConflictAction) {
        let Mode::Conflicts { row } = &mut self.mode else {
            return;
        };
        self.status = None;
        let n = self.briefing.conflicts.len().max(1);
        match action {
            ConflictAction::Next => *row = (*row + 1) % n,
            ConflictAction::Prev => *row = (*row + n - 1) % n,
            ConflictAction::Ours => self.take(Take::Ours),
            ConflictAction::Theirs => self.take(Take::Theirs),
            ConflictAction::Both => self.take(Take::Both),
            ConflictAction::Close => self.close_mode(),
        }
    }

    /// Resolves the highlighted conflict by `take`, as one undoable edit.
    fn take(&mut self, take: Take) {
        let Mode::Conflicts { row } = self.mode else {
            return;
        };
        let edits = match resolve(&self.briefing, row, take) {
            Ok(edits) => edits,
            Err(why) => return self.say(&[&why]),
        };
        let done = match take {
            Take::Ours => "took ours",
            Take::Theirs => "took theirs",
            Take::Both => "took both",
        };
        if !self.perform(edits, done) {
            return;
        }
        let left = self.briefing.conflicts.len();
        match left {
            0 => self.close_mode(),
            _ => {
                self.mode = Mode::Conflicts {
                    row: row.min(left - 1),
                }
            }
        }
    }

    /// The status line in the list: what was done last, else where the highlight is.
    pub(super) fn conflict_status(&self, row: usize) -> Pieces {
        if let Some(status) = &self.status {
            return status.clone();
        }
        let n = self.briefing.conflicts.len();
        vec![format!("merge conflict {} of {n}", (row + 1).min(n))]
    }

    /// "2 merge conflicts: C lists them" while the file has any; else nothing.
    pub(super) fn conflicts_note(&self) -> Pieces {
        let n = self.briefing.conflicts.len();
        if n == 0 {
            return Vec::new();
        }
        let key = self.keys.normal.key(Action::Conflicts);
        let s = if n == 1 { "" } else { "s" };
        vec![format!(
            "this file has {n} merge conflict{s}: {key} lists them"
        )]
    }
}

/// What each take would do to conflict `at`, in words: the takes it offers.
fn offers(b: &Briefing, at: usize) -> String {
    let takes = [
        (Take::Ours, "ours"),
        (Take::Theirs, "theirs"),
        (Take::Both, "both"),
    ];
    let offered: Vec<&str> = takes
        .iter()
        .filter(|(take, _)| resolve(b, at, *take).is_ok())
        .map(|(_, word)| *word)
        .collect();
    offered.join(", ")
}

/// The popup: two lines per conflict (what it is about; both values and the takes it
/// offers), the highlighted one marked, as many as fit around it.
pub fn draw(buf: &mut Buffer, area: Rect, reader: &Reader, row: usize) {
    let b = &reader.briefing;
    let width = usize::from(area.width.saturating_sub(8).min(92));
    let shown = (usize::from(area.height.saturating_sub(6)) / 2).clamp(1, 8);
    let first = row.saturating_sub(shown - 1);
    let mut lines = Vec::new();
    for (i, c) in b.conflicts.iter().enumerate().skip(first).take(shown) {
        let mark = if i == row { "› " } else { "  " };
        let about = vec![mark.to_string(), c.subject()];
        let values = vec![
            "    ours: ".to_string(),
            c.ours.clone(),
            " · theirs: ".into(),
            c.theirs.clone(),
            " · takes ".into(),
            offers(b, i),
        ];
        lines.push(reader.visual.pieces(&about, width));
        lines.push(reader.visual.pieces(&values, width));
    }
    let title = format!(" Merge conflicts: {} ", b.conflicts.len());
    popup(buf, area, &title, &lines, reader.theme);
}

#[cfg(test)]
#[path = "conflicts_tests.rs"]
mod tests;
