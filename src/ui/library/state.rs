//! The library screen's state (`briefing DIR`): the list of briefings, the cross-briefing
//! entity index and, for one entity, the briefings that mention it, each list with its own
//! filter and cursor; the rows of the current list, the files still being read in the
//! background, and the reader when a briefing is open over the library. Fields are private
//! to the library's folder: `actions` changes them, `layout` settles the screen, `draw` reads
//! them, and other code goes through the methods here.

use ratatui::layout::Rect;

use crate::config::ExportDefaults;
use crate::library::filter::{self, Query};
use crate::library::index::EntityIndex;
use crate::library::order::{SortKey, sort_entries};
use crate::library::{Library, Reading, Scanned, State};
use crate::theme::Theme;
use crate::ui::line_input::LineInput;
use crate::view::BidiMode;
use crate::view::entity::Pieces;
use crate::view::line::VisualCache;

use super::keys::LibraryKeys;
use crate::ui::reader::Reader;
use crate::ui::reader::keys::ReaderKeys;

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
    /// The help popup, scrolled to its row `top`.
    Help {
        top: usize,
    },
}

/// Where the user is in one list.
#[derive(Debug, Clone, Default)]
pub struct Cursor {
    pub filter: LineInput,
    pub row: usize,
    /// First row shown (settled before drawing).
    pub offset: usize,
}

pub struct LibraryScreen {
    pub(super) library: Library,
    pub(super) theme: Theme,
    pub(super) keys: LibraryKeys,
    /// What readers opened from here are set up with (keys, export defaults).
    pub(super) reader_setup: (ReaderKeys, ExportDefaults),
    pub(super) mode_bidi: BidiMode,
    pub(super) visual: VisualCache,
    pub(super) list: List,
    pub(super) mode: LibraryMode,
    pub(super) sort: SortKey,
    /// Newest first for dates, Z to A for titles.
    pub(super) descending: bool,
    pub(super) briefings: Cursor,
    pub(super) entities: Cursor,
    pub(super) mentioning: Cursor,
    /// The current list's rows: entry indices, or group indices for the entity index.
    pub(super) rows: Vec<usize>,
    /// The list `rows` were made for (None after a reload: their numbers are stale).
    pub(super) rows_of: Option<List>,
    /// Where the screen's parts are, settled before each draw (for paging and clicks).
    pub(super) layout: super::layout::LibraryLayout,
    pub(super) index: Option<EntityIndex>,
    /// Folded text of each entry and of each group, made on the first filter.
    pub(super) folded_entries: Option<Vec<String>>,
    pub(super) folded_groups: Option<Vec<String>>,
    /// Files still being read in the background (the first scan of a folder), and that
    /// scan's counts for the status line once it is done.
    pub(super) reading: Option<(Reading, Scanned)>,
    /// The briefing being read, when one is open.
    pub(super) reader: Option<Reader>,
    /// Readers opened from here refuse edits (`--read-only`).
    pub(super) read_only: bool,
    pub(super) status: Option<Pieces>,
    pub(super) quit: bool,
}

impl LibraryScreen {
    pub fn new(
        library: Library,
        theme: Theme,
        mode_bidi: BidiMode,
        scanned: Scanned,
    ) -> LibraryScreen {
        let mut app = LibraryScreen {
            library,
            theme,
            keys: LibraryKeys::default(),
            reader_setup: Default::default(),
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
            layout: Default::default(),
            index: None,
            folded_entries: None,
            folded_groups: None,
            reading: None,
            reader: None,
            read_only: false,
            status: None,
            quit: false,
        };
        app.status = app.scan_report(scanned, true);
        app.update_rows();
        app
    }

    /// The library with these keys, and readers opened from it with these keys and export
    /// defaults (from the config file), instead of the built-in ones.
    pub fn with_setup(
        mut self,
        keys: LibraryKeys,
        reader_keys: ReaderKeys,
        export_defaults: ExportDefaults,
    ) -> LibraryScreen {
        self.keys = keys;
        self.reader_setup = (reader_keys, export_defaults);
        self
    }

    /// Readers opened from this library refuse edits (`--read-only`).
    pub fn read_only(mut self, read_only: bool) -> LibraryScreen {
        self.read_only = read_only;
        self
    }

    /// Shows the list at once while the files of the first scan are read: rows fill in as
    /// [`LibraryScreen::tick`] receives them.
    pub fn with_reading(mut self, reading: Reading, scanned: Scanned) -> LibraryScreen {
        self.status = None;
        self.reading = Some((reading, scanned));
        self
    }

    /// How far the background reading is: (read, total), while it lasts.
    pub fn progress(&self) -> Option<(usize, usize)> {
        self.reading.as_ref().map(|(r, _)| (r.done, r.total))
    }

    /// Takes in what the background readers have read, and what the open reader's
    /// background work has done; returns whether anything changed.
    pub fn tick(&mut self) -> bool {
        let reader = self.reader.as_mut().is_some_and(Reader::tick);
        reader | self.tick_reading()
    }

    fn tick_reading(&mut self) -> bool {
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
    pub(super) fn still_reading(&mut self, what: &str) -> bool {
        let Some((done, total)) = self.progress() else {
            return false;
        };
        self.status = Some(vec![format!(
            "{what} once every file is read ({done} of {total})"
        )]);
        true
    }

    pub fn library(&self) -> &Library {
        &self.library
    }

    /// Which list is shown.
    pub fn list(&self) -> List {
        self.list
    }

    /// The current list's rows: entry indices, or group indices for the entity index.
    pub fn rows(&self) -> &[usize] {
        &self.rows
    }

    /// The status line's message, if any.
    pub fn status(&self) -> Option<String> {
        self.status.as_ref().map(|p| p.concat())
    }

    /// The briefing open over the library, if any.
    pub fn reader(&self) -> Option<&Reader> {
        self.reader.as_ref()
    }

    /// Where the rows of the list are on screen (as last settled).
    pub fn list_area(&self) -> Rect {
        self.layout.list
    }

    pub fn done(&self) -> bool {
        self.quit
    }

    pub fn cursor(&self) -> &Cursor {
        match self.list {
            List::Briefings => &self.briefings,
            List::Entities => &self.entities,
            List::Mentioning(_) => &self.mentioning,
        }
    }

    pub(super) fn cursor_mut(&mut self) -> &mut Cursor {
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
    /// that could not be saved (its message, which names a path, a piece of its own).
    pub(super) fn scan_report(&self, scanned: Scanned, opening: bool) -> Option<Pieces> {
        let report = match (opening, scanned.changed()) {
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
        let Some(e) = &self.library.cache_error else {
            return report.map(|r| vec![r]);
        };
        let note = ["index cache not saved: ".to_string(), e.to_string()];
        Some(match report {
            None => note.to_vec(),
            Some(r) => [vec![r, " (".into()], note.to_vec(), vec![")".into()]].concat(),
        })
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
        let query = Query::new(self.cursor().filter.text());
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

    pub(super) fn filter_entries(&mut self, rows: Vec<usize>, query: &Query) -> Vec<usize> {
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
}

/// The text a filter looks at for one entry, folded: its path and problem, and for a
/// briefing its title, id, date, languages, headlines and entity names.
pub(super) fn fold_entry(library: &Library, i: usize) -> String {
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
