//! The library's keys, one table per mode: moving in a list ([`LIST`]) and typing a filter
//! ([`FILTER`]); the help popup uses the shared `keymap::POPUP`. [`LibraryKeys`] holds them
//! as keymaps (which a configuration file may override).

use crossterm::event::KeyCode;

use crate::ui::keymap::Key::{Char, Code};
use crate::ui::keymap::{KeyAction, KeyRow, Keymap, Motion, POPUP, PopupAction};

/// Everything a key can ask the library (`briefing DIR`) to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LibraryAction {
    Move(Motion),
    Open,
    Filter,
    SwitchList,
    SortByDate,
    SortByTitle,
    Reload,
    Back,
    Help,
    Quit,
}

impl KeyAction for LibraryAction {}

#[rustfmt::skip]
pub const LIST: &[KeyRow<LibraryAction>] = &[
    (&[Char('j'), Code(KeyCode::Down)], LibraryAction::Move(Motion::Down), "next row", ""),
    (&[Char('k'), Code(KeyCode::Up)], LibraryAction::Move(Motion::Up), "previous row", ""),
    (&[Code(KeyCode::PageDown), Char(' ')], LibraryAction::Move(Motion::PageDown), "page down", ""),
    (&[Code(KeyCode::PageUp)], LibraryAction::Move(Motion::PageUp), "page up", ""),
    (&[Char('g'), Code(KeyCode::Home)], LibraryAction::Move(Motion::Top), "first row", ""),
    (&[Char('G'), Code(KeyCode::End)], LibraryAction::Move(Motion::Bottom), "last row", ""),
    (&[Code(KeyCode::Enter)], LibraryAction::Open, "open the briefing (entity index: list the briefings that mention the entity)", "open"),
    (&[Char('/')], LibraryAction::Filter, "filter as you type (titles, headlines, names; Arabic letter forms folded)", "filter"),
    (&[Code(KeyCode::Tab)], LibraryAction::SwitchList, "switch between the briefings and the entity index", "entities"),
    (&[Char('d')], LibraryAction::SortByDate, "sort by date (again: reverse)", "sort"),
    (&[Char('t')], LibraryAction::SortByTitle, "sort by title (again: reverse)", "/"),
    (&[Char('r')], LibraryAction::Reload, "reload files changed on disk", ""),
    (&[Code(KeyCode::Esc)], LibraryAction::Back, "back: clear the filter, leave an entity's briefings", ""),
    (&[Char('?')], LibraryAction::Help, "show or hide this help", "help"),
    (&[Char('q')], LibraryAction::Quit, "quit (in a briefing opened from here, q returns to the library)", "quit"),
];

/// What a key does while a filter is typed; other printable keys are typed into it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterAction {
    Keep,
    Clear,
    DeleteBack,
    Down,
    Up,
}

impl KeyAction for FilterAction {
    const NEEDED: &'static [Self] = &[FilterAction::Keep, FilterAction::Clear];
}

#[rustfmt::skip]
pub const FILTER: &[KeyRow<FilterAction>] = &[
    (&[Code(KeyCode::Enter)], FilterAction::Keep, "keep the filter, back to moving", "keeps"),
    (&[Code(KeyCode::Esc)], FilterAction::Clear, "drop the filter", "clears"),
    (&[Code(KeyCode::Backspace)], FilterAction::DeleteBack, "delete the last character", ""),
    (&[Code(KeyCode::Down)], FilterAction::Down, "next row", ""),
    (&[Code(KeyCode::Up)], FilterAction::Up, "previous row", ""),
];

/// The library's keymaps, one per mode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LibraryKeys {
    pub list: Keymap<LibraryAction>,
    pub filter: Keymap<FilterAction>,
    pub popup: Keymap<PopupAction>,
}

impl Default for LibraryKeys {
    fn default() -> Self {
        LibraryKeys {
            list: Keymap::new(LIST),
            filter: Keymap::new(FILTER),
            popup: Keymap::new(POPUP),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::keymap::tests::bound_once;

    #[test]
    fn every_key_is_bound_once_per_mode() {
        bound_once(LIST);
        bound_once(FILTER);
    }
}
