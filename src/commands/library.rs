//! `briefing DIR`: the library of every briefing below a folder. On a terminal, the library
//! screen (`ui::library`); otherwise a plain listing in the screen's first order (newest
//! first, invalid files last with their first error): the column headings, one row per
//! file (ending with its path) and a count, at the terminal's width or 100.

use std::io::{IsTerminal, Write};
use std::path::Path;

use super::Config;
use crate::error::Result;
use crate::library::order::{SortKey, sort_entries};
use crate::library::{Library, Options, cache};
use crate::ui::LibraryScreen;
use crate::view::BidiMode;
use crate::view::line::VisualCache;
use crate::view::shelf::{listing_header, listing_row};

pub fn run(
    dir: &Path,
    no_cache: bool,
    read_only: bool,
    max_size: u64,
    bidi: BidiMode,
    config: &Config,
    out: &mut dyn Write,
) -> Result<()> {
    let options = Options {
        max_size,
        cache: if no_cache {
            None
        } else {
            cache::location(&crate::library::cache_root(dir))
        },
    };
    if std::io::stdout().is_terminal() && std::io::stdin().is_terminal() {
        // The list shows at once; files the cache does not know fill it in as they are read.
        let (library, reading) = Library::open_in_background(dir, options);
        let scanned = reading.scanned;
        let mut app = LibraryScreen::new(library, config.effective_theme(), bidi, scanned)
            .with_setup(
                config.keys.library.clone(),
                config.keys.reader.clone(),
                config.export.clone(),
            )
            .with_reading(reading, scanned)
            .read_only(read_only);
        let result = crate::ui::run_screen(&mut app, bidi);
        app.save_progress();
        return super::screen_ended(result?);
    }
    let (library, _) = Library::open(dir, options);
    let width = super::render::terminal_width().unwrap_or(100);
    list(&library, width, bidi, out)
}

/// The plain listing of a library.
pub fn list(library: &Library, width: usize, bidi: BidiMode, out: &mut dyn Write) -> Result<()> {
    let visual = VisualCache::new(bidi);
    writeln!(out, "{}", listing_header(width))?;
    let mut rows: Vec<usize> = (0..library.entries.len()).collect();
    sort_entries(&library.entries, &mut rows, SortKey::Date, true);
    for entry in rows.into_iter().map(|i| &library.entries[i]) {
        let row = listing_row(entry, &library.root, width, &visual);
        writeln!(out, "{}", row.trim_end())?;
    }
    let valid = library.valid();
    writeln!(
        out,
        "{valid} briefing(s), {} invalid or unreadable",
        library.entries.len() - valid
    )?;
    out.flush()?;
    Ok(())
}
