//! What each library action does: moving, sorting, switching lists, going back, opening a
//! briefing in the reader (and coming back to a reloaded list), reloading, clicks, and
//! typing a filter.

use crossterm::event::KeyEvent;
use std::path::PathBuf;

use crate::briefing::{LoadError, load_path};
use crate::library::order::SortKey;
use crate::ui::reader::Reader;

use super::keys::LibraryAction;
use super::state::{Cursor, LibraryMode, LibraryScreen, List};

impl LibraryScreen {
    /// Scans the folder again; what changed is read again and every derived list rebuilt.
    pub fn reload(&mut self) {
        if self.still_reading("reloading is possible") {
            return;
        }
        // Entry numbers change when files come and go: keep the selection by path.
        let selected = match self.list {
            List::Entities => None,
            _ => self
                .rows
                .get(self.cursor().row)
                .map(|&i| self.library.entries[i].path.clone()),
        };
        let scanned = self.library.refresh();
        if scanned.changed() {
            self.index = None;
            self.folded_entries = None;
            self.folded_groups = None;
            if let List::Mentioning(_) = self.list {
                // The group numbers have changed with the index.
                self.list = List::Entities;
            }
        }
        self.status = self.scan_report(scanned, false);
        self.rows_of = None;
        self.update_rows();
        if let Some(path) = selected {
            let entries = &self.library.entries;
            if let Some(row) = self.rows.iter().position(|&i| entries[i].path == path) {
                self.cursor_mut().row = row;
            }
        }
    }

    pub(super) fn move_row(&mut self, delta: isize) {
        let n = self.rows.len();
        let cursor = self.cursor_mut();
        cursor.row = cursor
            .row
            .saturating_add_signed(delta)
            .min(n.saturating_sub(1));
    }

    fn set_sort(&mut self, key: SortKey) {
        if self.list == List::Entities {
            self.status = Some(vec![
                "the entity index is sorted by how many briefings mention each entity".into(),
            ]);
            return;
        }
        if self.sort == key {
            self.descending = !self.descending;
        } else {
            self.sort = key;
            self.descending = key == SortKey::Date;
        }
        self.update_rows();
    }

    /// Switches between the briefing list and the entity index.
    fn switch_list(&mut self) {
        if self.list == List::Briefings && self.still_reading("the entity index is ready") {
            return;
        }
        self.list = match self.list {
            List::Briefings => List::Entities,
            List::Entities | List::Mentioning(_) => List::Briefings,
        };
        self.update_rows();
    }

    fn back(&mut self) {
        if !self.cursor().filter.text().is_empty() {
            self.cursor_mut().filter.clear();
            self.update_rows();
        } else if let List::Mentioning(_) = self.list {
            self.list = List::Entities;
            self.update_rows();
        }
    }

    /// Enter: open the briefing, or list the briefings that mention the entity.
    fn open(&mut self) {
        let Some(&row) = self.rows.get(self.cursor().row) else {
            return;
        };
        match self.list {
            List::Briefings => self.open_briefing(row, None),
            List::Entities => {
                self.list = List::Mentioning(row);
                self.mentioning = Cursor::default();
                self.update_rows();
            }
            List::Mentioning(g) => {
                let member = self.index().groups[g]
                    .members
                    .iter()
                    .find(|m| m.entry == row)
                    .copied();
                let id = member.and_then(|m| {
                    let summary = self.library.entries[m.entry].summary()?;
                    Some(summary.entities[m.entity].id.clone())
                });
                self.open_briefing(row, id);
            }
        }
    }

    /// Opens entry `i` in the reader, at the first mention of entity `at` when given.
    fn open_briefing(&mut self, i: usize, at: Option<String>) {
        let entry = &self.library.entries[i];
        if let Some(problem) = entry.problem() {
            self.status = Some(vec![
                entry.name(&self.library.root).to_string(),
                ": ".into(),
                problem.to_string(),
            ]);
            return;
        }
        let path: PathBuf = entry.path.clone();
        match load_path(&path, self.library.max_size()) {
            Ok(loaded) => {
                let (keys, export) = self.reader_setup.clone();
                let mut reader =
                    Reader::new(loaded.briefing, Some(path), self.theme, self.mode_bidi)
                        .with_setup(keys, export)
                        .with_max_size(self.library.max_size())
                        .with_library(Some(self.library.root.clone()), self.library.max_size());
                if self.read_only {
                    reader = reader.read_only();
                }
                let reader = reader.offer_recovery();
                self.reader = Some(match at {
                    Some(id) => reader.at_entity(&id),
                    None => reader,
                });
            }
            Err(e) => {
                // Changed since the scan: show it as it is now.
                self.reload();
                self.status = Some(match e {
                    LoadError::Invalid(d) => d.iter().take(1).map(|d| d.to_string()).collect(),
                    LoadError::Io { path, source } => {
                        vec![path.to_string(), ": ".into(), source.to_string()]
                    }
                });
            }
        }
    }

    /// Called when the reader has quit: back to the list, with changed files read again.
    pub fn close_reader(&mut self) {
        self.reader = None;
        // During the first scan's reading the files are being read anyway.
        if self.reading.is_none() {
            self.reload();
        }
    }

    pub fn apply(&mut self, action: LibraryAction) {
        self.status = None;
        let page = self.layout.list.height.max(2) as isize - 1;
        match action {
            LibraryAction::Move(motion) => self.move_row(motion.delta(page)),
            LibraryAction::Open => self.open(),
            LibraryAction::Filter => self.mode = LibraryMode::Filter,
            LibraryAction::SwitchList => self.switch_list(),
            LibraryAction::SortByDate => self.set_sort(SortKey::Date),
            LibraryAction::SortByTitle => self.set_sort(SortKey::Title),
            LibraryAction::Reload => self.reload(),
            LibraryAction::Back => self.back(),
            LibraryAction::Help => self.mode = LibraryMode::Help { top: 0 },
            LibraryAction::Quit => self.quit = true,
        }
    }

    /// A click on a row selects it; on the selected row, opens it.
    pub fn click(&mut self, x: u16, y: u16) {
        let list = self.layout.list;
        if !list.contains(ratatui::layout::Position { x, y }) {
            return;
        }
        let row = self.cursor().offset + usize::from(y - list.y);
        if row >= self.rows.len() {
            return;
        }
        self.status = None;
        if row == self.cursor().row {
            self.open();
        } else {
            self.cursor_mut().row = row;
        }
    }

    /// A key typed while filtering: the list follows every change.
    pub fn type_filter(&mut self, edit: FilterEdit) {
        match edit {
            FilterEdit::Push(c) => {
                self.cursor_mut().filter.insert(c);
            }
            FilterEdit::Pop => self.cursor_mut().filter.delete_back(),
            FilterEdit::Key(key) => {
                self.cursor_mut().filter.edit(&key);
            }
            FilterEdit::Done => self.mode = LibraryMode::Normal,
            FilterEdit::Cancel => {
                self.mode = LibraryMode::Normal;
                self.cursor_mut().filter.clear();
            }
        }
        self.update_rows();
    }
}

/// What a key does to the filter being typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterEdit {
    /// Types a character at the caret.
    Push(char),
    /// Deletes the character before the caret.
    Pop,
    /// Any other editing key of a typed line (moves the caret, deletes after it).
    Key(KeyEvent),
    /// Enter: keep the filter, back to moving.
    Done,
    /// Esc: drop the filter.
    Cancel,
}
