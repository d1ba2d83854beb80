//! The order of the library's list: valid briefings by date or title (either way round,
//! ties by path), then the files that are not valid briefings, by path, whatever the order.

use std::cmp::Ordering;

use super::Entry;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Date,
    Title,
}

/// Sorts `rows` (indices into `entries`).
pub fn sort_entries(entries: &[Entry], rows: &mut [usize], key: SortKey, descending: bool) {
    // Titles compare case-insensitively: lowered once per entry, not once per comparison.
    let titles: Vec<String> = match key {
        SortKey::Title => entries
            .iter()
            .map(|e| {
                e.summary()
                    .map_or_else(String::new, |s| s.title.to_lowercase())
            })
            .collect(),
        SortKey::Date => Vec::new(),
    };
    rows.sort_by(|&a, &b| {
        let (ea, eb) = (&entries[a], &entries[b]);
        match (ea.summary(), eb.summary()) {
            (Some(sa), Some(sb)) => {
                let by = match key {
                    SortKey::Date => sa.date.cmp(&sb.date),
                    SortKey::Title => titles[a].cmp(&titles[b]),
                };
                let by = if descending { by.reverse() } else { by };
                by.then_with(|| ea.path.cmp(&eb.path))
            }
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => ea.path.cmp(&eb.path),
        }
    });
}
