//! The library's rows as text: a briefing's columns (date, title, languages, counts, death
//! toll), an invalid file with its error, an entity group of the index. Shared by the library
//! screen and the plain listing (`briefing DIR | cat`), whose rows also end with the file's
//! path ([`listing_header`], [`listing_row`]). Each piece of briefing text (titles, file
//! names, errors, entity names) is laid out on its own as an isolated paragraph (visual
//! order, sanitized, cut with an ellipsis) and padded to its column.

use std::path::Path;

use unicode_width::UnicodeWidthStr;

use crate::library::index::Group;
use crate::library::{Entry, State};

use super::line::VisualCache;

/// Below this width the counts and languages are left out.
const WIDE: usize = 90;
/// Columns right of the title in the wide layout: languages, actors, places, casualties,
/// deaths.
const RIGHT: [(&str, usize); 5] = [
    ("langs", 5),
    ("actors", 6),
    ("places", 6),
    ("casualties", 10),
    ("deaths", 13),
];
const DATE: usize = 10;
const GAP: &str = "  ";

fn right_widths(width: usize) -> &'static [(&'static str, usize)] {
    if width >= WIDE { &RIGHT } else { &RIGHT[4..] }
}

fn title_width(width: usize) -> usize {
    let fixed: usize = right_widths(width)
        .iter()
        .map(|(_, w)| w + GAP.len())
        .sum::<usize>()
        + DATE
        + GAP.len();
    width.saturating_sub(fixed)
}

/// `text` (already visual) padded with spaces to `width` cells; `right` aligns it right.
fn pad(text: &str, width: usize, right: bool) -> String {
    let fill = " ".repeat(width.saturating_sub(text.width()));
    if right {
        fill + text
    } else {
        format!("{text}{fill}")
    }
}

fn join(date: &str, title: &str, rest: &[String], width: usize) -> String {
    let mut row = format!(
        "{}{GAP}{}",
        pad(date, DATE, false),
        pad(title, title_width(width), false)
    );
    for (cell, (_, w)) in rest.iter().zip(right_widths(width)) {
        row.push_str(GAP);
        row.push_str(&pad(cell, *w, true));
    }
    row
}

/// The column headings.
pub fn header(width: usize) -> String {
    let rest: Vec<String> = right_widths(width)
        .iter()
        .map(|(label, _)| label.to_string())
        .collect();
    join("date", "title", &rest, width)
}

/// One file of the library as a row `width` cells wide: a briefing's columns, or its name and
/// first error.
pub fn entry_row(entry: &Entry, root: &Path, width: usize, visual: &VisualCache) -> String {
    let Some(s) = entry.summary() else {
        let label = match &entry.state {
            State::Unreadable(_) => "unreadable",
            State::Pending => "reading…",
            _ => "invalid",
        };
        // The file name and the error (which may quote the file) each on their own, so that
        // a bidi control in one reorders nothing outside it.
        let name = entry.name(root);
        let problem = entry.problem().unwrap_or_default();
        let shown = visual.pieces(
            &[&*name, ": ", problem],
            width.saturating_sub(DATE + GAP.len()),
        );
        return format!("{}{GAP}{shown}", pad(label, DATE, false));
    };
    let cell = |text: &str, w: usize| visual.get(text, w);
    let mut rest = Vec::new();
    if width >= WIDE {
        rest.push(cell(&s.languages.join(" "), RIGHT[0].1));
        rest.extend([s.actors, s.places, s.casualties].map(|n| n.to_string()));
    }
    rest.push(cell(&s.death_toll_text(), RIGHT[4].1));
    join(
        &cell(&s.date, DATE),
        &cell(&s.title, title_width(width)),
        &rest,
        width,
    )
}

/// The plain listing's column headings: [`header`] and the file.
pub fn listing_header(width: usize) -> String {
    format!("{}{GAP}file", header(width))
}

/// A row of the plain listing: [`entry_row`], and for a briefing its path below `root`,
/// whole (sanitized, in visual order), so that briefings with one title are told apart (an
/// invalid or unreadable file's row names it already).
pub fn listing_row(entry: &Entry, root: &Path, width: usize, visual: &VisualCache) -> String {
    let row = entry_row(entry, root, width, visual);
    if entry.summary().is_none() {
        return row;
    }
    let name = entry.name(root);
    // A tab shows as four cells, any other character in at most as many cells as it has
    // bytes: the name is never cut.
    format!("{row}{GAP}{}", visual.get(&name, name.len() * 4))
}

/// An entity group as a row: "[place] Bamako · باماكو" and how many briefings mention it.
pub fn group_row(group: &Group, width: usize, visual: &VisualCache) -> String {
    let count = match group.briefings {
        1 => "1 briefing".to_string(),
        n => format!("{n} briefings"),
    };
    let count_width = count.len().max(14);
    let mut text = vec![format!("[{}] ", group.kind.as_str())];
    for (i, name) in group.names.iter().enumerate() {
        if i > 0 {
            text.push(" · ".into());
        }
        text.push(name.clone());
    }
    let name_width = width.saturating_sub(count_width + GAP.len());
    format!(
        "{}{GAP}{}",
        pad(&visual.pieces(&text, name_width), name_width, false),
        pad(&count, count_width, true)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::bundled;
    use crate::library::Summary;
    use crate::view::BidiMode;
    use std::path::PathBuf;

    fn bundled_entry() -> Entry {
        Entry {
            path: PathBuf::from("lib/mali.yaml"),
            stamp: None,
            state: State::Valid(Summary::of(&bundled().unwrap().briefing)),
        }
    }

    #[test]
    fn wide_rows_line_up_with_the_header() {
        let visual = VisualCache::new(BidiMode::App);
        let row = entry_row(&bundled_entry(), Path::new("lib"), 120, &visual);
        let head = header(120);
        assert_eq!(row.width(), 120, "{row}");
        assert_eq!(head.width(), 120);
        assert!(row.starts_with("2017-06-18  "), "{row}");
        assert!(row.ends_with("at least 2"), "{row}");
        assert!(head.ends_with("deaths"));
        // The counts end where their headings end (the tail after the title is ASCII, so
        // bytes from the end are cells).
        let from_end = head.len() - (head.find("actors").unwrap() + "actors".len());
        let n = bundled_entry().summary().unwrap().actors.to_string();
        let end = row.len() - from_end;
        assert_eq!(&row[end - n.len()..end], n);
    }

    #[test]
    fn listing_rows_end_with_the_path() {
        let visual = VisualCache::new(BidiMode::App);
        let mut entry = bundled_entry();
        entry.path = PathBuf::from("lib/sub/mali\u{1b}[2J.yaml");
        let row = listing_row(&entry, Path::new("lib"), 100, &visual);
        assert!(row.ends_with("at least 2  sub/mali[2J.yaml"), "{row}");
        assert!(listing_header(100).ends_with("deaths  file"));
    }

    #[test]
    fn narrow_rows_keep_date_title_and_deaths() {
        let visual = VisualCache::new(BidiMode::App);
        let row = entry_row(&bundled_entry(), Path::new("lib"), 60, &visual);
        assert_eq!(row.width(), 60, "{row}");
        assert!(!header(60).contains("actors"));
        assert!(row.contains('…'), "the title is cut: {row}");
    }

    #[test]
    fn invalid_rows_name_the_file_and_the_error() {
        let visual = VisualCache::new(BidiMode::App);
        let entry = Entry {
            path: PathBuf::from("lib/sub/bad.yaml"),
            stamp: None,
            state: State::Invalid("3:7: error: unknown field `x`\u{1b}[31m".into()),
        };
        let row = entry_row(&entry, Path::new("lib"), 80, &visual);
        assert_eq!(
            row,
            "invalid     sub/bad.yaml: 3:7: error: unknown field `x`[31m"
        );
    }

    #[test]
    fn a_bidi_override_in_a_file_or_entity_name_reorders_nothing_outside_it() {
        let visual = VisualCache::new(BidiMode::App);
        let entry = Entry {
            path: PathBuf::from("lib/evil\u{202e}lmth.yaml"),
            stamp: None,
            state: State::Invalid("1:1: error: not a mapping".into()),
        };
        let row = entry_row(&entry, Path::new("lib"), 80, &visual);
        assert!(row.ends_with(": 1:1: error: not a mapping"), "{row}");
        assert!(row.starts_with("invalid     evil"), "{row}");
        let group = Group {
            kind: crate::briefing::EntityKind::Place,
            name: "Bamako".into(),
            names: vec!["Bama\u{202e}ko".into(), "Kidal".into()],
            members: Vec::new(),
            briefings: 2,
        };
        let row = group_row(&group, 60, &visual);
        assert!(row.starts_with("[place] Bama"), "{row}");
        assert!(row.contains(" · Kidal "), "{row}");
        assert!(row.ends_with("2 briefings"), "{row}");
    }
}
