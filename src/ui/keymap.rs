//! Keys as data: a [`Keymap`] per mode of each screen, made from a table of one-line rows
//! (keys, action, help, status hint). The same keymap drives dispatch ([`Keymap::action_for`]),
//! the `?` help popup, the status-line hints and the README's key tables (a test checks them).
//!
//! Keymaps are mergeable: [`Keymap::bind`] moves keys to an action, taking them away from
//! whatever they did before, so that a configuration file can override the built-in tables a
//! line at a time. The popup table both screens use for their `?` help is here too.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A key as a table writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Code(KeyCode),
    /// A character key held with Ctrl (always lower case: `Ctrl-r`).
    Ctrl(char),
}

/// The actions of one mode's keymap.
pub trait KeyAction: Copy + PartialEq + std::fmt::Debug + 'static {
    /// The actions a configuration may not leave without a key: a question's answers, the
    /// way out of a prompt or a popup.
    const NEEDED: &'static [Self] = &[];
}

/// One row of a built-in table: keys, action, help text, status hint (what the first key
/// does, shown after it: "save" reads "w save"; "" for none, "/" to join the hint before).
pub type KeyRow<A> = (&'static [Key], A, &'static str, &'static str);

/// The keys bound to one action, and how the help and the status line describe it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding<A> {
    pub keys: Vec<Key>,
    pub action: A,
    pub help: &'static str,
    /// Shown in the status line's hints, after the first key.
    pub hint: Option<&'static str>,
}

/// The bindings of one mode, in table order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap<A> {
    bindings: Vec<Binding<A>>,
}

impl<A: Copy + PartialEq> Keymap<A> {
    pub fn new(rows: &[KeyRow<A>]) -> Self {
        let bindings = rows
            .iter()
            .map(|&(keys, action, help, hint)| Binding {
                keys: keys.to_vec(),
                action,
                help,
                hint: (!hint.is_empty()).then_some(hint),
            })
            .collect();
        Keymap { bindings }
    }

    pub fn bindings(&self) -> &[Binding<A>] {
        &self.bindings
    }

    /// The action bound to a key press, if any. A character held with Ctrl is only ever
    /// its [`Key::Ctrl`] binding (never the plain key's); keys held with Alt, and other keys
    /// held with Ctrl, are never bound.
    pub fn action_for(&self, event: &KeyEvent) -> Option<A> {
        self.pressed(event).map(|(action, _)| action)
    }

    /// [`Keymap::action_for`], and which of the action's keys was pressed (0 for its first):
    /// an action with a key per item (the reader's articles) takes the item from it.
    pub fn pressed(&self, event: &KeyEvent) -> Option<(A, usize)> {
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        if event.modifiers.contains(KeyModifiers::ALT) {
            return None;
        }
        let pressed = match event.code {
            KeyCode::Char(c) if ctrl => Key::Ctrl(c.to_ascii_lowercase()),
            _ if ctrl => return None,
            KeyCode::Char(c) => Key::Char(c),
            code => Key::Code(code),
        };
        self.bindings.iter().find_map(|b| {
            let nth = b.keys.iter().position(|&k| k == pressed)?;
            Some((b.action, nth))
        })
    }

    /// Binds `keys` to `action` (an override): they leave the bindings they were in, and
    /// replace the action's own keys. An action not in the table is ignored.
    pub fn bind(&mut self, action: A, keys: &[Key]) {
        for b in &mut self.bindings {
            b.keys.retain(|k| !keys.contains(k));
        }
        if let Some(b) = self.bindings.iter_mut().find(|b| b.action == action) {
            b.keys = keys.to_vec();
        }
    }

    /// The status-line hints, in table order: each binding's first key, then its hint
    /// ("w save"). A hint of `/` adds the binding's key to the hint before it ("]/[
    /// mention"); a binding without keys shows no hint.
    pub fn hints(&self) -> String {
        self.hints_saying(None)
    }

    /// [`Keymap::hints`], with `action`'s hint saying what its key does here (the library's
    /// Tab: "entity index" from the briefings, "briefings" from the index).
    pub fn hints_saying(&self, here: Option<(A, &'static str)>) -> String {
        let mut shown: Vec<(String, &str)> = Vec::new();
        for b in &self.bindings {
            let hint = match here {
                Some((action, hint)) if action == b.action => Some(hint),
                _ => b.hint,
            };
            let (Some(hint), Some(&key)) = (hint, b.keys.first()) else {
                continue;
            };
            match (hint, shown.last_mut()) {
                ("/", Some((keys, _))) => {
                    keys.push('/');
                    keys.push_str(&key_label(key));
                }
                ("/", None) => {}
                (hint, _) => shown.push((key_label(key), hint)),
            }
        }
        shown
            .iter()
            .map(|(keys, hint)| format!("{keys} {hint}"))
            .collect::<Vec<_>>()
            .join("  ")
    }

    /// How messages name the key of `action`: its first key ("w"), or, when a config left
    /// it without one, the action's help in brackets.
    pub fn key(&self, action: A) -> String {
        let binding = self.bindings.iter().find(|b| b.action == action);
        match binding.and_then(|b| b.keys.first()) {
            Some(&key) => key_label(key),
            None => format!("[no key: {}]", binding.map_or("unbound", |b| b.help)),
        }
    }

    /// The keymap as the README writes it: a Markdown table of keys and what they do.
    pub fn markdown(&self) -> String {
        let mut text = String::from("| keys | action |\n|---|---|\n");
        for b in &self.bindings {
            let keys = keys_label(b).replace('|', "\\|");
            text.push_str(&format!("| {keys} | {} |\n", b.help));
        }
        text
    }

    /// The first action of `actions` left without a key, if any.
    pub fn unbound(&self, actions: &[A]) -> Option<A> {
        actions.iter().copied().find(|&a| {
            self.bindings
                .iter()
                .any(|b| b.action == a && b.keys.is_empty())
        })
    }
}

/// Ctrl-C: quits from any screen and any mode (not in any table, so it cannot be rebound).
pub fn is_interrupt(key: &KeyEvent) -> bool {
    key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c')
}

/// The character a key types into a line of text, if it types one.
pub fn typed_char(key: &KeyEvent) -> Option<char> {
    match key.code {
        KeyCode::Char(c)
            if !c.is_control()
                && !key
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            Some(c)
        }
        _ => None,
    }
}

/// How a key is written in help, hints and the README.
pub fn key_label(key: Key) -> String {
    match key {
        Key::Char(' ') => "Space".into(),
        Key::Char(c) => c.to_string(),
        Key::Ctrl(c) => format!("Ctrl-{c}"),
        Key::Code(KeyCode::Down) => "↓".into(),
        Key::Code(KeyCode::Up) => "↑".into(),
        Key::Code(KeyCode::Left) => "←".into(),
        Key::Code(KeyCode::Right) => "→".into(),
        Key::Code(KeyCode::PageDown) => "PgDn".into(),
        Key::Code(KeyCode::PageUp) => "PgUp".into(),
        Key::Code(KeyCode::Home) => "Home".into(),
        Key::Code(KeyCode::End) => "End".into(),
        Key::Code(KeyCode::Tab) => "Tab".into(),
        Key::Code(KeyCode::BackTab) => "Shift-Tab".into(),
        Key::Code(KeyCode::Enter) => "Enter".into(),
        Key::Code(KeyCode::Esc) => "Esc".into(),
        Key::Code(KeyCode::Backspace) => "Backspace".into(),
        Key::Code(other) => format!("{other:?}"),
    }
}

/// "j / ↓" for a binding; three or more characters in a row as a range ("1–9").
pub fn keys_label<A>(binding: &Binding<A>) -> String {
    let mut labels: Vec<String> = Vec::new();
    let mut keys = binding.keys.iter().peekable();
    while let Some(&key) = keys.next() {
        let Key::Char(first) = key else {
            labels.push(key_label(key));
            continue;
        };
        let mut last = first;
        while let Some(&&Key::Char(next)) = keys.peek()
            && char::from_u32(u32::from(last) + 1) == Some(next)
        {
            last = next;
            keys.next();
        }
        match u32::from(last) - u32::from(first) {
            0 => labels.push(key_label(key)),
            1 => labels.extend([key_label(key), key_label(Key::Char(last))]),
            _ => labels.push(format!("{first}–{last}")),
        }
    }
    labels.join(" / ")
}

/// Moving through a list or a text by a line, a page or to an end: every screen's motion keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Motion {
    Down,
    Up,
    PageDown,
    PageUp,
    Top,
    Bottom,
}

impl Motion {
    /// Lines (or rows) to move, for a page of `page` lines; the ends are far enough away
    /// that clamping reaches them.
    pub fn delta(self, page: isize) -> isize {
        match self {
            Motion::Down => 1,
            Motion::Up => -1,
            Motion::PageDown => page,
            Motion::PageUp => -page,
            Motion::Top => isize::MIN / 2,
            Motion::Bottom => isize::MAX / 2,
        }
    }
}

/// What a key does in a popup (help, details).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PopupAction {
    Close,
    Down,
    Up,
}

impl KeyAction for PopupAction {
    const NEEDED: &'static [Self] = &[PopupAction::Close];
}

impl PopupAction {
    /// Moves a popup's first shown row (`top`) for a scroll action, within `rows` rows.
    pub fn scroll(self, top: &mut usize, rows: usize) {
        match self {
            PopupAction::Down => *top = (*top + 1).min(rows.saturating_sub(1)),
            PopupAction::Up => *top = top.saturating_sub(1),
            PopupAction::Close => {}
        }
    }
}

use Key::{Char, Code};

#[rustfmt::skip]
pub const POPUP: &[KeyRow<PopupAction>] = &[
    (&[Code(KeyCode::Esc), Char('q'), Char('?'), Char('i')], PopupAction::Close, "close the popup", "close"),
    (&[Char('j'), Code(KeyCode::Down)], PopupAction::Down, "scroll the popup down (when it is longer than the screen)", "scroll"),
    (&[Char('k'), Code(KeyCode::Up)], PopupAction::Up, "scroll the popup up", "/"),
];

#[cfg(test)]
pub mod tests {
    use super::*;

    /// Fails when a key is bound twice in one table.
    pub fn bound_once<A>(table: &[KeyRow<A>]) {
        let mut seen = Vec::new();
        for (keys, ..) in table {
            for k in *keys {
                assert!(!seen.contains(k), "{k:?} bound twice");
                seen.push(*k);
            }
        }
    }

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Test {
        Down,
        Up,
        Help,
    }

    const TABLE: &[KeyRow<Test>] = &[
        (&[Char('j'), Code(KeyCode::Down)], Test::Down, "down", ""),
        (&[Char('k')], Test::Up, "up", "up"),
        (&[Char('?')], Test::Help, "help", "help"),
    ];

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn dispatch_follows_the_table() {
        bound_once(TABLE);
        bound_once(POPUP);
        let map = Keymap::new(TABLE);
        assert_eq!(map.action_for(&key(KeyCode::Char('j'))), Some(Test::Down));
        assert_eq!(map.action_for(&key(KeyCode::Down)), Some(Test::Down));
        assert_eq!(map.pressed(&key(KeyCode::Down)), Some((Test::Down, 1)));
        assert_eq!(map.action_for(&key(KeyCode::Char('x'))), None);
        let ctrl_j = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::CONTROL);
        assert_eq!(map.action_for(&ctrl_j), None, "Ctrl-j is not j");
        assert_eq!(map.hints(), "k up  ? help");
        assert_eq!(
            map.hints_saying(Some((Test::Up, "ascend"))),
            "k ascend  ? help"
        );
        assert_eq!(keys_label(&map.bindings()[0]), "j / ↓");
        let digits = Keymap::new(&[(
            &[
                Char('1'),
                Char('2'),
                Char('3'),
                Char('5'),
                Char('6'),
                Code(KeyCode::Tab),
            ],
            Test::Help,
            "",
            "",
        )]);
        assert_eq!(keys_label(&digits.bindings()[0]), "1–3 / 5 / 6 / Tab");
    }

    #[test]
    fn ctrl_keys_are_bound_apart_from_their_plain_keys() {
        const CTRL: &[KeyRow<Test>] = &[
            (&[Char('r')], Test::Down, "down", ""),
            (&[Key::Ctrl('r')], Test::Up, "up", "up"),
        ];
        bound_once(CTRL);
        let map = Keymap::new(CTRL);
        let press = |m| KeyEvent::new(KeyCode::Char('r'), m);
        assert_eq!(map.action_for(&press(KeyModifiers::NONE)), Some(Test::Down));
        assert_eq!(
            map.action_for(&press(KeyModifiers::CONTROL)),
            Some(Test::Up)
        );
        let shifted = KeyEvent::new(
            KeyCode::Char('R'),
            KeyModifiers::CONTROL | KeyModifiers::SHIFT,
        );
        assert_eq!(map.action_for(&shifted), Some(Test::Up));
        let alt = press(KeyModifiers::CONTROL | KeyModifiers::ALT);
        assert_eq!(map.action_for(&alt), None);
        let ctrl_up = KeyEvent::new(KeyCode::Up, KeyModifiers::CONTROL);
        assert_eq!(Keymap::new(TABLE).action_for(&ctrl_up), None);
        assert_eq!(keys_label(&map.bindings()[1]), "Ctrl-r");
    }

    #[test]
    fn an_override_moves_keys_between_actions() {
        let mut map = Keymap::new(TABLE);
        map.bind(Test::Up, &[Char('j'), Char('u')]);
        assert_eq!(map.action_for(&key(KeyCode::Char('j'))), Some(Test::Up));
        assert_eq!(map.action_for(&key(KeyCode::Char('u'))), Some(Test::Up));
        assert_eq!(map.action_for(&key(KeyCode::Char('k'))), None, "replaced");
        assert_eq!(map.action_for(&key(KeyCode::Down)), Some(Test::Down));
        assert_eq!(map.bindings()[1].help, "up", "the help stays");
    }
}
