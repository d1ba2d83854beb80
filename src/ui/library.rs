//! The library screen's state and what each action does to it (`briefing DIR`): the list of
//! briefings, the cross-briefing entity index and, for one entity, the briefings that mention
//! it; each list filtered as the user types. Enter on a briefing opens the reader ([`App`])
//! over the library; when the reader quits, the library scans the folder again (files
//! changed on disk are read again) and shows the list. Drawing is in `library_draw`.

use std::path::PathBuf;

use crate::briefing::{LoadError, load_path};
use crate::library::filter::{self, Query};
use crate::library::index::EntityIndex;
use crate::library::order::{SortKey, sort_entries};
use crate::library::{Library, Reading, Scanned, State};
use crate::theme::Theme;
use crate::view::BidiMode;
use crate::view::line::VisualCache;

use super::app::{App, Rect};
use super::keymap::LibraryAction;

/// Which list the library shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Briefings,
    Entities,
    /// The briefings that mention one group of the entity index.
    Mentioning(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LibraryMode {
    Normal,
    /// Typing a filter: every key updates the list.
    Filter,
    Help,
}

/// Where the user is in one list.
#[derive(Debug, Clone, Default)]
pub struct Cursor {
    pub filter: String,
    pub row: usize,
    /// First row shown (set by drawing).
    pub offset: usize,
}

pub struct LibraryApp {
    pub library: Library,
    pub theme: Theme,
    pub mode_bidi: BidiMode,
    pub visual: VisualCache,
    pub list: List,
    pub mode: LibraryMode,
    pub sort: SortKey,
    /// Newest first for dates, Z to A for titles.
    pub descending: bool,
    pub briefings: Cursor,
    pub entities: Cursor,
    pub mentioning: Cursor,
    /// The current list's rows: entry indices, or group indices for the entity index.
    pub rows: Vec<usize>,
    /// The list `rows` were made for (None after a reload: their numbers are stale).
    rows_of: Option<List>,
    /// Where the list's rows were drawn last (for paging and clicks).
    pub list_area: Rect,
    index: Option<EntityIndex>,
    /// Folded text of each entry and of each group, made on the first filter.
    folded_entries: Option<Vec<String>>,
    folded_groups: Option<Vec<String>>,
    /// Files still being read in the background (the first scan of a folder), and that
    /// scan's counts for the status line once it is done.
    reading: Option<(Reading, Scanned)>,
    /// The briefing being read, when one is open.
    pub reader: Option<App>,
    pub status: Option<String>,
    pub quit: bool,
}

impl LibraryApp {
    pub fn new(
        library: Library,
        theme: Theme,
        mode_bidi: BidiMode,
        scanned: Scanned,
    ) -> LibraryApp {
        let mut app = LibraryApp {
            library,
            theme,
            mode_bidi,
            visual: VisualCache::new(mode_bidi),
            list: List::Briefings,
            mode: LibraryMode::Normal,
            sort: SortKey::Date,
            descending: true,
            briefings: Cursor::default(),
            entities: Cursor::default(),
            mentioning: Cursor::default(),
            rows: Vec::new(),
            rows_of: None,
            list_area: Rect::default(),
            index: None,
            folded_entries: None,
            folded_groups: None,
            reading: None,
            reader: None,
            status: None,
            quit: false,
        };
        app.status = app.scan_report(scanned, true);
        app.update_rows();
        app
    }

    /// Shows the list at once while the files of the first scan are read: rows fill in as
    /// [`LibraryApp::tick`] receives them.
    pub fn with_reading(mut self, reading: Reading, scanned: Scanned) -> LibraryApp {
        self.status = None;
        self.reading = Some((reading, scanned));
        self
    }

    /// How far the background reading is: (read, total), while it lasts.
    pub fn progress(&self) -> Option<(usize, usize)> {
        self.reading.as_ref().map(|(r, _)| (r.done, r.total))
    }

    /// Takes in what the background readers have read; returns whether anything changed.
    pub fn tick(&mut self) -> bool {
        let Some((reading, _)) = &mut self.reading else {
            return false;
        };
        let received = self.library.receive(reading, false);
        let finished = reading.is_finished();
        // Known once the walk is in.
        let scanned = reading.scanned;
        if received.is_empty() && !finished {
            return false;
        }
        // The walk came in: the entries are new.
        if (self.folded_entries.as_ref()).is_some_and(|f| f.len() != self.library.entries.len()) {
            self.folded_entries = None;
        }
        if let Some(folded) = &mut self.folded_entries {
            for i in received {
                folded[i] = fold_entry(&self.library, i);
            }
        }
        if finished {
            self.reading = None;
            // Files that could not be read at all changed too.
            self.folded_entries = None;
            self.status = self.scan_report(scanned, true);
        }
        // While rows fill in and move, the cursor keeps its place on the screen rather
        // than follow a file down the list.
        self.rows_of = None;
        self.update_rows();
        true
    }

    /// On quitting: what has been read so far goes into the index cache, so the next
    /// opening does not read it again.
    pub fn save_progress(&mut self) {
        if let Some((reading, _)) = &mut self.reading {
            self.library.receive(reading, false);
            self.library.save_cache();
        }
    }

    /// What the user asked for cannot be done before the first scan is read.
    fn still_reading(&mut self, what: &str) -> bool {
        let Some((done, total)) = self.progress() else {
            return false;
        };
        self.status = Some(format!(
            "{what} once every file is read ({done} of {total})"
        ));
        true
    }

    pub fn cursor(&self) -> &Cursor {
        match self.list {
            List::Briefings => &self.briefings,
            List::Entities => &self.entities,
            List::Mentioning(_) => &self.mentioning,
        }
    }

    pub fn cursor_mut(&mut self) -> &mut Cursor {
        match self.list {
            List::Briefings => &mut self.briefings,
            List::Entities => &mut self.entities,
            List::Mentioning(_) => &mut self.mentioning,
        }
    }

    /// The entity index, built on first use.
    pub fn index(&mut self) -> &EntityIndex {
        self.index
            .get_or_insert_with(|| EntityIndex::build(&self.library.entries))
    }

    /// The index if it has been built (drawing never builds it).
    pub fn built_index(&self) -> Option<&EntityIndex> {
        self.index.as_ref()
    }

    /// The status line after a scan: what was read (on opening) or reloaded, and a cache
    /// that could not be saved.
    fn scan_report(&self, scanned: Scanned, opening: bool) -> Option<String> {
        let mut report = match (opening, scanned.changed()) {
            (true, _) if scanned.read > 0 => Some(format!(
                "read {} file(s), {} from the index cache",
                scanned.read, scanned.reused
            )),
            (false, true) => Some(format!(
                "reloaded: {} new or changed, {} removed",
                scanned.read, scanned.removed
            )),
            _ => None,
        };
        if let Some(e) = &self.library.cache_error {
            let note = format!("index cache not saved: {e}");
            report = Some(report.map_or(note.clone(), |r| format!("{r} ({note})")));
        }
        report
    }

    /// Recomputes the current list's rows from the filter and the sort order. Within one
    /// list the selected item stays selected while it is listed (else the first row); coming
    /// back to a list restores its own cursor.
    pub fn update_rows(&mut self) {
        let selected = if self.rows_of == Some(self.list) {
            self.rows.get(self.cursor().row).copied()
        } else {
            None
        };
        let query = Query::new(&self.cursor().filter);
        let rows: Vec<usize> = match self.list {
            List::Briefings => {
                let all: Vec<usize> = (0..self.library.entries.len()).collect();
                let mut rows = self.filter_entries(all, &query);
                sort_entries(&self.library.entries, &mut rows, self.sort, self.descending);
                rows
            }
            List::Mentioning(g) => {
                let mut all: Vec<usize> = self.index().groups[g]
                    .members
                    .iter()
                    .map(|m| m.entry)
                    .collect();
                all.dedup();
                let mut rows = self.filter_entries(all, &query);
                sort_entries(&self.library.entries, &mut rows, self.sort, self.descending);
                rows
            }
            List::Entities => {
                let n = self.index().groups.len();
                if query.is_empty() {
                    (0..n).collect()
                } else {
                    let index = self.index.as_ref().expect("built above");
                    let folded = self.folded_groups.get_or_insert_with(|| {
                        index
                            .groups
                            .iter()
                            .map(|g| filter::fold(g.names.iter().map(String::as_str)))
                            .collect()
                    });
                    (0..n).filter(|&g| query.matches(&folded[g])).collect()
                }
            }
        };
        self.rows = rows;
        self.rows_of = Some(self.list);
        let row = match selected {
            Some(s) => self.rows.iter().position(|&r| r == s).unwrap_or(0),
            None => self.cursor().row,
        };
        self.cursor_mut().row = row.min(self.rows.len().saturating_sub(1));
    }

    fn filter_entries(&mut self, rows: Vec<usize>, query: &Query) -> Vec<usize> {
        if query.is_empty() {
            return rows;
        }
        let library = &self.library;
        let folded = self.folded_entries.get_or_insert_with(|| {
            (0..library.entries.len())
                .map(|i| fold_entry(library, i))
                .collect()
        });
        rows.into_iter()
            .filter(|&i| query.matches(&folded[i]))
            .collect()
    }

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

    fn move_row(&mut self, delta: isize) {
        let n = self.rows.len();
        let cursor = self.cursor_mut();
        cursor.row = cursor
            .row
            .saturating_add_signed(delta)
            .min(n.saturating_sub(1));
    }

    fn set_sort(&mut self, key: SortKey) {
        if self.list == List::Entities {
            self.status =
                Some("the entity index is sorted by how many briefings mention each entity".into());
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
        if !self.cursor().filter.is_empty() {
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
            self.status = Some(format!("{}: {problem}", entry.name(&self.library.root)));
            return;
        }
        let path: PathBuf = entry.path.clone();
        match load_path(&path, self.library.max_size()) {
            Ok(loaded) => {
                let mut reader = App::new(loaded.briefing, Some(path), self.theme, self.mode_bidi);
                if let Some(id) = at {
                    reader.pending_mention = reader
                        .briefing
                        .entity_index(&id)
                        .and_then(|e| reader.briefing.entities[e].mentions.first().copied());
                }
                self.reader = Some(reader);
            }
            Err(e) => {
                // Changed since the scan: show it as it is now.
                self.reload();
                self.status = Some(match e {
                    LoadError::Invalid(d) => d.first().map_or_else(String::new, |d| d.to_string()),
                    LoadError::Io { path, source } => format!("{path}: {source}"),
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
        let page = self.list_area.height.max(2) as isize - 1;
        match action {
            LibraryAction::Down => self.move_row(1),
            LibraryAction::Up => self.move_row(-1),
            LibraryAction::PageDown => self.move_row(page),
            LibraryAction::PageUp => self.move_row(-page),
            LibraryAction::Top => self.move_row(isize::MIN / 2),
            LibraryAction::Bottom => self.move_row(isize::MAX / 2),
            LibraryAction::Open => self.open(),
            LibraryAction::Filter => self.mode = LibraryMode::Filter,
            LibraryAction::SwitchList => self.switch_list(),
            LibraryAction::SortByDate => self.set_sort(SortKey::Date),
            LibraryAction::SortByTitle => self.set_sort(SortKey::Title),
            LibraryAction::Reload => self.reload(),
            LibraryAction::Back => self.back(),
            LibraryAction::Help => self.mode = LibraryMode::Help,
            LibraryAction::Quit => self.quit = true,
        }
    }

    /// A click on a row selects it; on the selected row, opens it.
    pub fn click(&mut self, x: u16, y: u16) {
        if !self.list_area.contains(x, y) {
            return;
        }
        let row = self.cursor().offset + usize::from(y - self.list_area.y);
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
                if self.cursor().filter.len() < 256 {
                    self.cursor_mut().filter.push(c);
                }
            }
            FilterEdit::Pop => {
                self.cursor_mut().filter.pop();
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

/// The text a filter looks at for one entry, folded: its path and problem, and for a
/// briefing its title, id, date, languages, headlines and entity names.
fn fold_entry(library: &Library, i: usize) -> String {
    let e = &library.entries[i];
    let name = e.name(&library.root);
    let mut parts: Vec<&str> = vec![&name];
    if !matches!(e.state, State::Pending) {
        parts.extend(e.problem());
    }
    if let Some(s) = e.summary() {
        parts.extend([s.title.as_str(), &s.id, &s.date]);
        parts.extend(s.languages.iter().map(String::as_str));
        parts.extend(s.headlines.iter().map(String::as_str));
        parts.extend(
            s.entities
                .iter()
                .flat_map(|e| e.names.iter().map(String::as_str)),
        );
    }
    filter::fold(parts)
}

/// What a key does to the filter being typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterEdit {
    Push(char),
    Pop,
    /// Enter: keep the filter, back to moving.
    Done,
    /// Esc: drop the filter.
    Cancel,
}
