//! `[keys.MODE]`: key bindings from the config file, laid over the built-in keymaps.
//!
//! The config file's `[keys]` tables are read by `crate::config` (which knows no keymap)
//! and laid over the keymaps here, through [`KeyBindings`].
//!
//! Each mode of each screen has a keymap (`ui::reader::keys`, `ui::library::keys`); a
//! config table names a mode ([`MODES`]) and, in it, actions by name with the keys they take:
//! `next-mention = ["]", "n"]`. Those keys leave whatever they did in that mode (the
//! keymap's `bind`), `[]` unbinds the action, and a key given to two actions of one mode,
//! an unknown mode, action or key are errors at their place, and so is a table that leaves
//! an answer of a question (or the way out of a prompt) without a key. Action names come from the
//! actions themselves ([`action_name`]), so a new action is configurable without a list to
//! keep up to date here. The modes are one table, [`MODES`]: a row names a mode, says what it
//! is and where its keymaps are; parsing, `config --default`, the tests and the README check
//! read it, and the actions a mode may not leave without a key come from its action type
//! (`ui::keymap::KeyAction::NEEDED`, beside the keys' table).

use std::collections::BTreeMap;
use std::fmt::Debug;

use crossterm::event::KeyCode;
use toml::Spanned;

use crate::config::{KeyBindings, KeyTables, Located, named};
use crate::ui::keymap::{Key, KeyAction, Keymap};
use crate::ui::library::keys::LibraryKeys;
use crate::ui::reader::keys::ReaderKeys;

/// The key bindings of both screens.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Keys {
    pub reader: ReaderKeys,
    pub library: LibraryKeys,
}

/// One mode a config can bind keys in: its name in `[keys.NAME]`, what it is (the comment
/// `config --default` writes), and where its keymaps are in [`Keys`] (the popup's are in
/// both screens). Parsing, `config --default`, the tests and the README check all go
/// through [`MODES`]: a new mode is a new row.
pub struct KeyMode {
    pub name: &'static str,
    pub about: &'static str,
    pub maps: fn(&mut Keys) -> Vec<&mut dyn ModeKeys>,
}

/// The modes a config can bind keys in, in the order `config --default` writes them.
pub const MODES: &[KeyMode] = &[
    KeyMode {
        name: "reader",
        about: "reading a briefing",
        maps: |k| vec![&mut k.reader.normal],
    },
    KeyMode {
        name: "reader-input",
        about: "typing a search or a file name in the reader",
        maps: |k| vec![&mut k.reader.input],
    },
    KeyMode {
        name: "reader-export",
        about: "choosing an export format in the reader",
        maps: |k| vec![&mut k.reader.export],
    },
    KeyMode {
        name: "library",
        about: "moving in the library's lists",
        maps: |k| vec![&mut k.library.list],
    },
    KeyMode {
        name: "library-filter",
        about: "typing a filter in the library",
        maps: |k| vec![&mut k.library.filter],
    },
    KeyMode {
        name: "popup",
        about: "a popup (help, details) on either screen",
        maps: |k| vec![&mut k.reader.popup, &mut k.library.popup],
    },
    KeyMode {
        name: "reader-select",
        about: "moving the text cursor and selecting in the reader",
        maps: |k| vec![&mut k.reader.select],
    },
    KeyMode {
        name: "reader-pick",
        about: "choosing an entity in the reader's picker",
        maps: |k| vec![&mut k.reader.pick],
    },
    KeyMode {
        name: "reader-review",
        about: "reviewing suggestions in the reader",
        maps: |k| vec![&mut k.reader.review],
    },
    KeyMode {
        name: "reader-conflicts",
        about: "reviewing the merge conflicts in the reader",
        maps: |k| vec![&mut k.reader.conflicts],
    },
    KeyMode {
        name: "reader-quit",
        about: "answering whether to save before quitting the reader",
        maps: |k| vec![&mut k.reader.quit],
    },
    KeyMode {
        name: "reader-reload",
        about: "answering whether to reload a file changed on disk",
        maps: |k| vec![&mut k.reader.reload],
    },
];

/// A mode's keymap as the mode table sees it, whatever its actions.
pub trait ModeKeys {
    /// Lays a config table over the keymap (see [`apply`]).
    fn lay_over(
        &mut self,
        table: &BTreeMap<Spanned<String>, Spanned<toml::Value>>,
        mode: &Spanned<String>,
    ) -> Result<(), Located>;
    /// The keymap's bindings as config lines, each after its help as a comment.
    fn write(&self, out: &mut String);
    /// Its actions' names, in table order.
    fn action_names(&self) -> Vec<String>;
    /// The keymap as the README's table of keys and what they do.
    fn readme_table(&self) -> String;
}

impl<A: KeyAction> ModeKeys for Keymap<A> {
    fn lay_over(
        &mut self,
        table: &BTreeMap<Spanned<String>, Spanned<toml::Value>>,
        mode: &Spanned<String>,
    ) -> Result<(), Located> {
        apply(self, table, mode, A::NEEDED)
    }

    fn write(&self, out: &mut String) {
        for b in self.bindings() {
            let keys: Vec<String> = b
                .keys
                .iter()
                .map(|&k| format!("{:?}", key_name(k)))
                .collect();
            out.push_str(&format!("# {}\n", b.help));
            out.push_str(&format!(
                "{} = [{}]\n",
                action_name(&b.action),
                keys.join(", ")
            ));
        }
    }

    fn action_names(&self) -> Vec<String> {
        self.bindings()
            .iter()
            .map(|b| action_name(&b.action))
            .collect()
    }

    fn readme_table(&self) -> String {
        self.markdown()
    }
}

impl KeyBindings for Keys {
    /// The built-in keymaps with a file's `[keys]` tables laid over them.
    fn from_tables(tables: &KeyTables) -> Result<Keys, Located> {
        let mut keys = Keys::default();
        for (mode, table) in tables {
            let modes: Vec<&KeyMode> = MODES.iter().collect();
            let row = named(&modes, mode, "key mode", |m| m.name.into())?;
            for map in (row.maps)(&mut keys) {
                map.lay_over(table, mode)?;
            }
        }
        Ok(keys)
    }

    /// Each mode's keymap written as a config table, for `briefing config --default`.
    fn write_tables(&self, out: &mut String) {
        let mut keys = self.clone();
        for mode in MODES {
            out.push_str(&format!(
                "\n# Keys while {}.\n[keys.{}]\n",
                mode.about, mode.name
            ));
            // A mode's keymaps are laid over alike: the first stands for them all.
            if let Some(map) = (mode.maps)(&mut keys).first() {
                map.write(out);
            }
        }
    }
}

/// An action's name in a config file: its variant's name in kebab case
/// (`NextMention` -> `next-mention`, `Move(PageDown)` -> `move-page-down`).
pub fn action_name<A: Debug>(action: &A) -> String {
    let mut name = String::new();
    for c in format!("{action:?}").chars() {
        if c.is_ascii_uppercase() {
            if !name.is_empty() && !name.ends_with('-') {
                name.push('-');
            }
            name.push(c.to_ascii_lowercase());
        } else if c.is_ascii_alphanumeric() {
            name.push(c);
        } else if !name.ends_with('-') {
            name.push('-');
        }
    }
    name.trim_end_matches('-').to_string()
}

/// Named keys (a single character is itself), as a config file writes them.
const NAMED: [(&str, KeyCode); 14] = [
    ("enter", KeyCode::Enter),
    ("esc", KeyCode::Esc),
    ("tab", KeyCode::Tab),
    ("shift-tab", KeyCode::BackTab),
    ("backspace", KeyCode::Backspace),
    ("delete", KeyCode::Delete),
    ("up", KeyCode::Up),
    ("down", KeyCode::Down),
    ("left", KeyCode::Left),
    ("right", KeyCode::Right),
    ("home", KeyCode::Home),
    ("end", KeyCode::End),
    ("pgup", KeyCode::PageUp),
    ("pgdn", KeyCode::PageDown),
];

/// A key from its config name: one character (`j`, `]`, `G`), `space`, a named key
/// ([`NAMED`], any case), a function key `f1`..`f12`, or a character held with Ctrl
/// (`ctrl-r` or `C-r`; not `ctrl-c`, which always quits).
pub fn parse_key(text: &str) -> Result<Key, String> {
    if let Some(rest) = ctrl_prefix(text) {
        let mut chars = rest.chars();
        return match (chars.next(), chars.next()) {
            (Some('c' | 'C'), None) => Err("Ctrl-c always quits: it cannot be bound".into()),
            (Some(c), None) if !c.is_control() && c != ' ' => Ok(Key::Ctrl(c.to_ascii_lowercase())),
            _ => Err(format!(
                "{text:?}: Ctrl goes with one character (ctrl-r, C-r)"
            )),
        };
    }
    let mut chars = text.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_control() {
            return Err(format!("{text:?} is a control character, not a key"));
        }
        return Ok(Key::Char(c));
    }
    let lower = text.to_ascii_lowercase();
    if lower == "space" {
        return Ok(Key::Char(' '));
    }
    if let Some((_, code)) = NAMED.iter().find(|(name, _)| *name == lower) {
        return Ok(Key::Code(*code));
    }
    if let Some(n) = lower.strip_prefix('f').and_then(|n| n.parse::<u8>().ok())
        && (1..=12).contains(&n)
    {
        return Ok(Key::Code(KeyCode::F(n)));
    }
    let names: Vec<&str> = NAMED.iter().map(|(n, _)| *n).collect();
    Err(format!(
        "unknown key {text:?} (a single character, space, {}, f1 to f12, or ctrl-CHAR; Alt keys cannot be bound)",
        names.join(", ")
    ))
}

/// What follows `ctrl-` or `C-` (any case), if the text starts with either.
fn ctrl_prefix(text: &str) -> Option<&str> {
    ["ctrl-", "c-"].iter().find_map(|prefix| {
        let head = text.get(..prefix.len())?;
        head.eq_ignore_ascii_case(prefix)
            .then(|| &text[prefix.len()..])
            .filter(|rest| !rest.is_empty())
    })
}

/// How a config file writes a key; [`parse_key`] reads it back.
pub fn key_name(key: Key) -> String {
    match key {
        Key::Char(' ') => "space".into(),
        Key::Ctrl(c) => format!("ctrl-{c}"),
        Key::Char(c) => c.to_string(),
        Key::Code(KeyCode::F(n)) => format!("f{n}"),
        Key::Code(code) => NAMED
            .iter()
            .find(|(_, c)| *c == code)
            .map_or_else(|| format!("{code:?}"), |(n, _)| n.to_string()),
    }
}

/// Lays one mode's table over its keymap; refuses a table that leaves one of `needed` (the
/// answers of a question, the way out of a prompt or popup) without a key.
fn apply<A: Copy + PartialEq + Debug>(
    keymap: &mut Keymap<A>,
    table: &BTreeMap<Spanned<String>, Spanned<toml::Value>>,
    mode: &Spanned<String>,
    needed: &[A],
) -> Result<(), Located> {
    let actions: Vec<A> = keymap.bindings().iter().map(|b| b.action).collect();
    // Which action of this table took each key, so that a second one is a conflict.
    let mut taken: Vec<(Key, String)> = Vec::new();
    // File order, so that the conflict is reported where it is made.
    let mut entries: Vec<_> = table.iter().collect();
    entries.sort_by_key(|(name, _)| name.span().start);
    for (name, value) in entries {
        let action = named(&actions, name, "action", |a| action_name(&a))?;
        let keys = key_list(value)?;
        for &key in &keys {
            if let Some((_, other)) = taken.iter().find(|(k, _)| *k == key) {
                return Err((
                    value.span(),
                    format!(
                        "key {:?} is bound to both `{other}` and `{}`",
                        key_name(key),
                        name.get_ref()
                    ),
                ));
            }
            taken.push((key, name.get_ref().clone()));
        }
        keymap.bind(action, &keys);
    }
    match keymap.unbound(needed) {
        Some(action) => Err((
            mode.span(),
            format!(
                "[keys.{}] leaves `{}` without a key: it could never be done in that mode (bind it to a key)",
                mode.get_ref(),
                action_name(&action)
            ),
        )),
        None => Ok(()),
    }
}

/// `"j"` or `["j", "down"]` (or `[]`: no key).
fn key_list(value: &Spanned<toml::Value>) -> Result<Vec<Key>, Located> {
    let at = |message: String| (value.span(), message);
    let items: Vec<&toml::Value> = match value.get_ref() {
        toml::Value::Array(items) => items.iter().collect(),
        single => vec![single],
    };
    let mut keys = Vec::new();
    for item in items {
        let text = item.as_str().ok_or_else(|| {
            at(format!(
                "expected a key name or a list of them, found {}",
                item.type_str()
            ))
        })?;
        let key = parse_key(text).map_err(at)?;
        if keys.contains(&key) {
            return Err(at(format!("key {text:?} is listed twice")));
        }
        keys.push(key);
    }
    Ok(keys)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::keymap::Motion;
    use crate::ui::library::keys::LibraryAction;
    use crate::ui::reader::keys::Action;

    #[test]
    fn action_names_are_kebab_case() {
        assert_eq!(action_name(&Action::NextMention), "next-mention");
        assert_eq!(action_name(&Action::Quit), "quit");
        assert_eq!(
            action_name(&LibraryAction::Move(Motion::PageDown)),
            "move-page-down"
        );
    }

    #[test]
    fn names_are_unique_in_every_mode() {
        let mut keys = Keys::default();
        for mode in MODES {
            for map in (mode.maps)(&mut keys) {
                let mut names = map.action_names();
                let count = names.len();
                names.sort();
                names.dedup();
                assert_eq!(names.len(), count, "{}", mode.name);
            }
        }
    }

    #[test]
    fn every_key_name_reads_back() {
        let keys = Keys::default();
        let all = keys
            .reader
            .normal
            .bindings()
            .iter()
            .flat_map(|b| b.keys.clone())
            .chain(
                keys.library
                    .list
                    .bindings()
                    .iter()
                    .flat_map(|b| b.keys.clone()),
            );
        let extra = [
            Key::Code(KeyCode::F(5)),
            Key::Code(KeyCode::Left),
            Key::Ctrl('r'),
        ];
        for key in all.chain(extra) {
            assert_eq!(parse_key(&key_name(key)), Ok(key));
        }
        assert_eq!(parse_key("PgDn"), Ok(Key::Code(KeyCode::PageDown)));
        assert!(parse_key("f13").is_err());
        assert!(parse_key("\u{7}").is_err());
    }

    #[test]
    fn select_mode_and_ctrl_keys_are_configurable() {
        use crate::ui::reader::keys::SelectAction;
        let config = crate::config::parse::<Keys>(
            "[keys.reader-select]\nmark = [\"M\", \"C-m\"]\n[keys.reader]\nselect = \"ctrl-v\"\n",
        )
        .unwrap();
        let press = |code, modifiers| crossterm::event::KeyEvent::new(code, modifiers);
        let select = &config.keys.reader.select;
        use crossterm::event::KeyModifiers as M;
        assert_eq!(
            select.action_for(&press(KeyCode::Char('M'), M::SHIFT)),
            Some(SelectAction::Mark)
        );
        assert_eq!(
            select.action_for(&press(KeyCode::Char('m'), M::CONTROL)),
            Some(SelectAction::Mark)
        );
        assert_eq!(
            select.action_for(&press(KeyCode::Char('m'), M::NONE)),
            None,
            "replaced"
        );
        let normal = &config.keys.reader.normal;
        assert_eq!(
            normal.action_for(&press(KeyCode::Char('v'), M::CONTROL)),
            Some(Action::Select)
        );
        assert_eq!(normal.action_for(&press(KeyCode::Char('v'), M::NONE)), None);
        let mut written = String::new();
        config.keys.write_tables(&mut written);
        assert!(written.contains("[keys.reader-select]\n"), "{written}");
        assert!(written.contains("select = [\"ctrl-v\"]"), "{written}");
    }

    #[test]
    fn ctrl_keys_are_read_in_both_spellings() {
        for text in ["ctrl-r", "C-r", "Ctrl-R", "c-r", "CTRL-r"] {
            assert_eq!(parse_key(text), Ok(Key::Ctrl('r')), "{text}");
        }
        assert_eq!(key_name(Key::Ctrl('r')), "ctrl-r");
        // A lone "c" is still the c key, "C-" alone is not a Ctrl key.
        assert_eq!(parse_key("c"), Ok(Key::Char('c')));
        assert!(parse_key("ctrl-c").unwrap_err().contains("quits"));
        assert!(parse_key("C-ab").unwrap_err().contains("one character"));
        assert!(parse_key("ctrl-").is_err());
        assert!(parse_key("ctrl-\u{7}").is_err());
        assert!(parse_key("alt-r").unwrap_err().contains("Alt"));
    }
}

#[cfg(test)]
mod config_file {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    use crate::config::{Config, default_text, parse};

    use super::Keys;
    use crate::ui::reader::keys::{Action, ReviewAction};

    #[test]
    fn long_key_names_and_keys_are_quoted_short() {
        let long = "x".repeat(100_000);
        for text in [
            format!("[keys.{long}]\nquit = \"x\"\n"),
            format!("[keys.reader]\n{long} = \"x\"\n"),
            format!("[keys.reader]\nquit = \"{long}\"\n"),
            format!("[keys.reader]\nquit = \"C-{long}\"\n"),
        ] {
            let (_, message) = parse::<Keys>(&text).unwrap_err();
            assert!(
                message.contains("x…") && message.chars().count() < 1000,
                "{}",
                message.get(..300).unwrap_or(&message)
            );
        }
    }

    #[test]
    fn the_annotating_modes_can_be_rebound() {
        let config = parse::<Keys>(
            "[keys.reader-review]\naccept = \"a\"\n[keys.reader]\nredo = [\"C-y\"]\n",
        )
        .unwrap();
        let press = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
        let reader = &config.keys.reader;
        assert_eq!(
            reader.review.action_for(&press('a')),
            Some(ReviewAction::Accept)
        );
        assert_eq!(reader.review.action_for(&press('y')), None);
        assert_eq!(reader.normal.action_for(&ctrl('y')), Some(Action::Redo));
        assert_eq!(reader.normal.action_for(&ctrl('r')), None);
    }

    #[test]
    fn an_empty_file_is_the_defaults() {
        assert_eq!(parse::<Keys>(""), Ok(Config::default()));
    }

    #[test]
    fn the_default_text_parses_back_to_the_defaults() {
        let text = default_text::<Keys>();
        assert_eq!(parse::<Keys>(&text), Ok(Config::default()), "{text}");
    }
}
