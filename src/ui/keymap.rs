//! The keys as data: one table per screen (the reader's [`BINDINGS`], the library's
//! [`LIBRARY_BINDINGS`]) drives dispatch, the `?` help overlay, the status-line hints and the
//! README's key lists (a test checks the README against them).

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Everything a key can ask the reader to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Down,
    Up,
    PageDown,
    PageUp,
    Top,
    Bottom,
    FocusNext,
    FocusPrev,
    NextMention,
    PrevMention,
    Jump,
    FollowLink,
    Search,
    SearchNext,
    SearchPrev,
    ToggleSync,
    SwitchArticle,
    ToggleActors,
    TogglePlaces,
    ToggleCasualties,
    Export,
    Help,
    Quit,
}

/// A key as the table writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Code(KeyCode),
}

pub struct Binding<A> {
    pub keys: &'static [Key],
    pub action: A,
    pub help: &'static str,
    /// Shown in the status line's hints.
    pub hint: Option<&'static str>,
}

use Key::{Char, Code};

pub const BINDINGS: &[Binding<Action>] = &[
    Binding {
        keys: &[Char('j'), Code(KeyCode::Down)],
        action: Action::Down,
        help: "scroll down (entity list: next entity)",
        hint: None,
    },
    Binding {
        keys: &[Char('k'), Code(KeyCode::Up)],
        action: Action::Up,
        help: "scroll up (entity list: previous entity)",
        hint: None,
    },
    Binding {
        keys: &[Code(KeyCode::PageDown), Char(' ')],
        action: Action::PageDown,
        help: "page down",
        hint: None,
    },
    Binding {
        keys: &[Code(KeyCode::PageUp)],
        action: Action::PageUp,
        help: "page up",
        hint: None,
    },
    Binding {
        keys: &[Char('g'), Code(KeyCode::Home)],
        action: Action::Top,
        help: "go to the top",
        hint: None,
    },
    Binding {
        keys: &[Char('G'), Code(KeyCode::End)],
        action: Action::Bottom,
        help: "go to the bottom",
        hint: None,
    },
    Binding {
        keys: &[Code(KeyCode::Tab)],
        action: Action::FocusNext,
        help: "focus the next pane (articles, entity list)",
        hint: Some("Tab focus"),
    },
    Binding {
        keys: &[Code(KeyCode::BackTab)],
        action: Action::FocusPrev,
        help: "focus the previous pane",
        hint: None,
    },
    Binding {
        keys: &[Char(']')],
        action: Action::NextMention,
        help: "next mention in the focused article, in reading order",
        hint: Some("]/[ mention"),
    },
    Binding {
        keys: &[Char('[')],
        action: Action::PrevMention,
        help: "previous mention in the focused article",
        hint: None,
    },
    Binding {
        keys: &[Code(KeyCode::Enter)],
        action: Action::Jump,
        help: "jump to this entity in the other article; again: its next mention",
        hint: Some("Enter jump"),
    },
    Binding {
        keys: &[Char('o')],
        action: Action::FollowLink,
        help: "follow a link to a related entity (again: the next link)",
        hint: Some("o link"),
    },
    Binding {
        keys: &[Char('/')],
        action: Action::Search,
        help: "search both articles (Arabic diacritics and letter forms folded)",
        hint: Some("/ search"),
    },
    Binding {
        keys: &[Char('n')],
        action: Action::SearchNext,
        help: "next search match",
        hint: None,
    },
    Binding {
        keys: &[Char('N')],
        action: Action::SearchPrev,
        help: "previous search match",
        hint: None,
    },
    Binding {
        keys: &[Char('s')],
        action: Action::ToggleSync,
        help: "toggle synchronized scrolling of the articles",
        hint: None,
    },
    Binding {
        keys: &[Char('a')],
        action: Action::SwitchArticle,
        help: "show the next article in the focused pane",
        hint: None,
    },
    Binding {
        keys: &[Char('1')],
        action: Action::ToggleActors,
        help: "toggle highlighting of actors",
        hint: None,
    },
    Binding {
        keys: &[Char('2')],
        action: Action::TogglePlaces,
        help: "toggle highlighting of places",
        hint: None,
    },
    Binding {
        keys: &[Char('3')],
        action: Action::ToggleCasualties,
        help: "toggle highlighting of casualty figures",
        hint: None,
    },
    Binding {
        keys: &[Char('e')],
        action: Action::Export,
        help: "export a summary (Markdown, HTML or JSON)",
        hint: Some("e export"),
    },
    Binding {
        keys: &[Char('?')],
        action: Action::Help,
        help: "show or hide this help",
        hint: Some("? help"),
    },
    Binding {
        keys: &[Char('q'), Code(KeyCode::Esc)],
        action: Action::Quit,
        help: "quit (Esc also closes help and search)",
        hint: Some("q quit"),
    },
];

/// Everything a key can ask the library (`briefing DIR`) to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LibraryAction {
    Down,
    Up,
    PageDown,
    PageUp,
    Top,
    Bottom,
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

pub const LIBRARY_BINDINGS: &[Binding<LibraryAction>] = &[
    Binding {
        keys: &[Char('j'), Code(KeyCode::Down)],
        action: LibraryAction::Down,
        help: "next row",
        hint: None,
    },
    Binding {
        keys: &[Char('k'), Code(KeyCode::Up)],
        action: LibraryAction::Up,
        help: "previous row",
        hint: None,
    },
    Binding {
        keys: &[Code(KeyCode::PageDown), Char(' ')],
        action: LibraryAction::PageDown,
        help: "page down",
        hint: None,
    },
    Binding {
        keys: &[Code(KeyCode::PageUp)],
        action: LibraryAction::PageUp,
        help: "page up",
        hint: None,
    },
    Binding {
        keys: &[Char('g'), Code(KeyCode::Home)],
        action: LibraryAction::Top,
        help: "first row",
        hint: None,
    },
    Binding {
        keys: &[Char('G'), Code(KeyCode::End)],
        action: LibraryAction::Bottom,
        help: "last row",
        hint: None,
    },
    Binding {
        keys: &[Code(KeyCode::Enter)],
        action: LibraryAction::Open,
        help: "open the briefing (entity index: list the briefings that mention the entity)",
        hint: Some("Enter open"),
    },
    Binding {
        keys: &[Char('/')],
        action: LibraryAction::Filter,
        help: "filter as you type (titles, headlines, names; Arabic letter forms folded)",
        hint: Some("/ filter"),
    },
    Binding {
        keys: &[Code(KeyCode::Tab)],
        action: LibraryAction::SwitchList,
        help: "switch between the briefings and the entity index",
        hint: Some("Tab entities"),
    },
    Binding {
        keys: &[Char('d')],
        action: LibraryAction::SortByDate,
        help: "sort by date (again: reverse)",
        hint: Some("d/t sort"),
    },
    Binding {
        keys: &[Char('t')],
        action: LibraryAction::SortByTitle,
        help: "sort by title (again: reverse)",
        hint: None,
    },
    Binding {
        keys: &[Char('r')],
        action: LibraryAction::Reload,
        help: "reload files changed on disk",
        hint: None,
    },
    Binding {
        keys: &[Code(KeyCode::Esc)],
        action: LibraryAction::Back,
        help: "back: clear the filter, leave an entity's briefings",
        hint: None,
    },
    Binding {
        keys: &[Char('?')],
        action: LibraryAction::Help,
        help: "show or hide this help",
        hint: Some("? help"),
    },
    Binding {
        keys: &[Char('q')],
        action: LibraryAction::Quit,
        help: "quit (in a briefing opened from here, q and Esc return to the library)",
        hint: Some("q quit"),
    },
];

/// The action a table binds to a key press, if any.
pub fn action_for<A: Copy>(table: &[Binding<A>], event: &KeyEvent) -> Option<A> {
    if event
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    {
        return None;
    }
    let pressed = match event.code {
        KeyCode::Char(c) => Char(c),
        code => Code(code),
    };
    table
        .iter()
        .find(|b| b.keys.contains(&pressed))
        .map(|b| b.action)
}

/// How a key is written in help and hints.
pub fn key_label(key: Key) -> String {
    match key {
        Char(' ') => "Space".into(),
        Char(c) => c.to_string(),
        Code(KeyCode::Down) => "↓".into(),
        Code(KeyCode::Up) => "↑".into(),
        Code(KeyCode::PageDown) => "PgDn".into(),
        Code(KeyCode::PageUp) => "PgUp".into(),
        Code(KeyCode::Home) => "Home".into(),
        Code(KeyCode::End) => "End".into(),
        Code(KeyCode::Tab) => "Tab".into(),
        Code(KeyCode::BackTab) => "Shift-Tab".into(),
        Code(KeyCode::Enter) => "Enter".into(),
        Code(KeyCode::Esc) => "Esc".into(),
        Code(other) => format!("{other:?}"),
    }
}

/// "j / ↓" for a binding.
pub fn keys_label<A>(binding: &Binding<A>) -> String {
    binding
        .keys
        .iter()
        .map(|&k| key_label(k))
        .collect::<Vec<_>>()
        .join(" / ")
}

/// A table's status-line hints, in table order.
pub fn hints<A>(table: &[Binding<A>]) -> String {
    table
        .iter()
        .filter_map(|b| b.hint)
        .collect::<Vec<_>>()
        .join("  ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bound_once<A>(table: &[Binding<A>]) {
        let mut seen = Vec::new();
        for b in table {
            for k in b.keys {
                assert!(!seen.contains(k), "{k:?} bound twice");
                seen.push(*k);
            }
        }
    }

    #[test]
    fn every_key_is_bound_once() {
        bound_once(BINDINGS);
        bound_once(LIBRARY_BINDINGS);
    }

    #[test]
    fn dispatch_follows_the_table() {
        let key = |code| KeyEvent::new(code, KeyModifiers::NONE);
        let reader = |code| action_for(BINDINGS, &key(code));
        assert_eq!(reader(KeyCode::Char('j')), Some(Action::Down));
        assert_eq!(reader(KeyCode::Down), Some(Action::Down));
        assert_eq!(reader(KeyCode::Char('?')), Some(Action::Help));
        assert_eq!(reader(KeyCode::Char('x')), None);
        let ctrl_j = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::CONTROL);
        assert_eq!(action_for(BINDINGS, &ctrl_j), None);
        assert!(hints(BINDINGS).contains("? help"));
        let library = |code| action_for(LIBRARY_BINDINGS, &key(code));
        assert_eq!(library(KeyCode::Enter), Some(LibraryAction::Open));
        assert_eq!(library(KeyCode::Char('/')), Some(LibraryAction::Filter));
    }
}
