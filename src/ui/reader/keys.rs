//! The reader's keys, one table per mode: reading and editing ([`NORMAL`]), moving the text
//! cursor and selecting ([`SELECT`]), typing a search, a file name or a form ([`INPUT`]),
//! choosing an export format ([`EXPORT`]), the entity picker ([`PICK`]), reviewing
//! suggestions ([`REVIEW`]) and the two questions ([`QUIT`] with unsaved edits, [`RELOAD`]
//! when the file changed on disk); popups use the shared
//! `keymap::POPUP`. [`ReaderKeys`] holds them as keymaps the input step dispatches through
//! (and a configuration file may override).

use crossterm::event::KeyCode;

use crate::ui::keymap::Key::{Char, Code, Ctrl};
use crate::ui::keymap::{KeyAction, KeyRow, Keymap, Motion, POPUP, PopupAction};

/// Everything a key can ask the reader to do while reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Move(Motion),
    FocusNext,
    FocusPrev,
    NextMention,
    PrevMention,
    Jump,
    Details,
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
    Unmark,
    Relink,
    Rename,
    AddName,
    Link,
    EditFigure,
    EditMeta,
    DeleteEntity,
    EditId,
    EditKind,
    Review,
    Undo,
    Redo,
    Save,
    Select,
    Help,
    Back,
    Quit,
}

impl KeyAction for Action {}

#[rustfmt::skip]
pub const NORMAL: &[KeyRow<Action>] = &[
    (&[Char('j'), Code(KeyCode::Down)], Action::Move(Motion::Down), "scroll down (entity list: next entity)", ""),
    (&[Char('k'), Code(KeyCode::Up)], Action::Move(Motion::Up), "scroll up (entity list: previous entity)", ""),
    (&[Code(KeyCode::PageDown), Char(' ')], Action::Move(Motion::PageDown), "page down", ""),
    (&[Code(KeyCode::PageUp)], Action::Move(Motion::PageUp), "page up", ""),
    (&[Char('g'), Code(KeyCode::Home)], Action::Move(Motion::Top), "go to the top", ""),
    (&[Char('G'), Code(KeyCode::End)], Action::Move(Motion::Bottom), "go to the bottom", ""),
    (&[Code(KeyCode::Tab)], Action::FocusNext, "focus the next pane (articles, entity list)", "focus"),
    (&[Code(KeyCode::BackTab)], Action::FocusPrev, "focus the previous pane", ""),
    (&[Char(']')], Action::NextMention, "next mention in the focused article, in reading order", "mention"),
    (&[Char('[')], Action::PrevMention, "previous mention in the focused article", "/"),
    (&[Code(KeyCode::Enter)], Action::Jump, "jump to this entity in another article; again: its next mention", "jump"),
    (&[Char('i')], Action::Details, "details of the selected entity: names, mentions, every source's figure", "details"),
    (&[Char('o')], Action::FollowLink, "follow a link to a related entity (again: the next link)", "link"),
    (&[Char('/')], Action::Search, "search every article (Arabic diacritics and letter forms folded)", "search"),
    (&[Char('n')], Action::SearchNext, "next search match", ""),
    (&[Char('N')], Action::SearchPrev, "previous search match", ""),
    (&[Char('s')], Action::ToggleSync, "toggle synchronized scrolling of the articles", ""),
    (&[Char('a')], Action::SwitchArticle, "show the next article in the focused pane (not the one beside it)", ""),
    (&[Char('1')], Action::ToggleActors, "toggle highlighting of actors", ""),
    (&[Char('2')], Action::TogglePlaces, "toggle highlighting of places", ""),
    (&[Char('3')], Action::ToggleCasualties, "toggle highlighting of casualty figures", ""),
    (&[Char('e')], Action::Export, "export a summary (Markdown, HTML or JSON) to a file you name", "export"),
    (&[Char('v')], Action::Select, "select mode: a text cursor in the focused article (dragging selects too)", ""),
    (&[Char('x')], Action::Unmark, "remove the mention under the cursor (or the listed entity's only one)", ""),
    (&[Char('r')], Action::Relink, "move the mention under the cursor to another entity (picker)", ""),
    (&[Char('R')], Action::Rename, "rename the entity under the cursor (entity list: the highlighted one)", ""),
    (&[Char('A')], Action::AddName, "name the entity under the cursor in the focused article's language", ""),
    (&[Char('L')], Action::Link, "link the entity under the cursor to another (picker)", ""),
    (&[Char('f')], Action::EditFigure, "edit the mention's figure (entity list: the entity's accepted figure)", ""),
    (&[Char('M')], Action::EditMeta, "edit the title, date, summary, then this article's source, url, published", ""),
    (&[Char('D')], Action::DeleteEntity, "delete the entity under the cursor, with all its mentions (u undoes)", ""),
    (&[Char('I')], Action::EditId, "change the id of the entity under the cursor (links follow)", ""),
    (&[Char('K')], Action::EditKind, "change the kind of the entity under the cursor (actor, place, casualty)", ""),
    (&[Char('S')], Action::Review, "review suggestions: walk suggest's proposals, accept or reject each", "suggest"),
    (&[Char('u')], Action::Undo, "undo the last edit", "undo"),
    (&[Char('U'), Ctrl('r')], Action::Redo, "redo what was undone", ""),
    (&[Char('w')], Action::Save, "save the edits into the briefing file (only edited lines change)", "save"),
    (&[Char('?')], Action::Help, "show or hide this help", "help"),
    (&[Code(KeyCode::Esc)], Action::Back, "clear the search highlight, then the selection (never quits)", ""),
    (&[Char('q')], Action::Quit, "quit (opened from the library: back to the library)", "quit"),
];

/// What a key does in select mode: move the text cursor (the caret), drop the anchor of a
/// selection, act on what is selected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SelectAction {
    Anchor,
    WordNext,
    WordPrev,
    WordEnd,
    LineStart,
    LineEnd,
    Left,
    Right,
    Down,
    Up,
    Mark,
    Narrow,
    SearchNext,
    SearchPrev,
    Back,
}

impl KeyAction for SelectAction {
    const NEEDED: &'static [Self] = &[SelectAction::Back];
}

/// Words and line ends move in reading (logical) order, the arrows visually on screen.
#[rustfmt::skip]
pub const SELECT: &[KeyRow<SelectAction>] = &[
    (&[Char('v')], SelectAction::Anchor, "start selecting at the caret (again: stop selecting)", "select"),
    (&[Char('w')], SelectAction::WordNext, "next word start, in reading order", "word"),
    (&[Char('b')], SelectAction::WordPrev, "previous word start, in reading order", "/"),
    (&[Char('e')], SelectAction::WordEnd, "end of the word, in reading order", "/"),
    (&[Char('0'), Code(KeyCode::Home)], SelectAction::LineStart, "start of the screen line, in reading order", ""),
    (&[Char('$'), Code(KeyCode::End)], SelectAction::LineEnd, "end of the screen line, in reading order", ""),
    (&[Char('h'), Code(KeyCode::Left)], SelectAction::Left, "one cell left on screen", "move"),
    (&[Char('l'), Code(KeyCode::Right)], SelectAction::Right, "one cell right on screen", "/"),
    (&[Char('j'), Code(KeyCode::Down)], SelectAction::Down, "the screen line below, same column", "/"),
    (&[Char('k'), Code(KeyCode::Up)], SelectAction::Up, "the screen line above, same column", "/"),
    (&[Char('m')], SelectAction::Mark, "mark the selection (or the word at the caret) as an entity", "mark"),
    (&[Char('n')], SelectAction::SearchNext, "the caret to the next search match", ""),
    (&[Char('N')], SelectAction::SearchPrev, "the caret to the previous search match", ""),
    (&[Code(KeyCode::Esc)], SelectAction::Back, "stop selecting; again: leave select mode", "back"),
    (&[Char('c')], SelectAction::Narrow, "narrow to the word without Arabic proclitics or an attached pronoun (again: the next way, then the whole word)", "narrow"),
];

/// What a key does while a line of text is typed (a search, a file name); other printable
/// keys are typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputAction {
    Submit,
    Cancel,
    DeleteBack,
}

impl KeyAction for InputAction {
    const NEEDED: &'static [Self] = &[InputAction::Submit, InputAction::Cancel];
}

#[rustfmt::skip]
pub const INPUT: &[KeyRow<InputAction>] = &[
    (&[Code(KeyCode::Enter)], InputAction::Submit, "search, write the export to the file named, or take what the form says", "done"),
    (&[Code(KeyCode::Esc)], InputAction::Cancel, "cancel", "cancel"),
    (&[Code(KeyCode::Backspace)], InputAction::DeleteBack, "delete the last character", ""),
];

/// The export formats to choose from, and cancelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportAction {
    Markdown,
    Html,
    Json,
    Cancel,
}

impl KeyAction for ExportAction {
    const NEEDED: &'static [Self] = &[ExportAction::Cancel];
}

#[rustfmt::skip]
pub const EXPORT: &[KeyRow<ExportAction>] = &[
    (&[Char('m')], ExportAction::Markdown, "Markdown", "Markdown"),
    (&[Char('h')], ExportAction::Html, "HTML", "HTML"),
    (&[Char('j')], ExportAction::Json, "JSON", "JSON"),
    (&[Code(KeyCode::Esc), Char('q')], ExportAction::Cancel, "cancel", "cancel"),
];

/// What a key does in the entity picker; other printable keys filter it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickAction {
    Next,
    Prev,
    Choose,
    Cancel,
    DeleteBack,
}

impl KeyAction for PickAction {
    const NEEDED: &'static [Self] = &[PickAction::Choose, PickAction::Cancel];
}

#[rustfmt::skip]
pub const PICK: &[KeyRow<PickAction>] = &[
    (&[Code(KeyCode::Down), Code(KeyCode::Tab)], PickAction::Next, "next choice", "choose"),
    (&[Code(KeyCode::Up), Code(KeyCode::BackTab)], PickAction::Prev, "previous choice", "/"),
    (&[Code(KeyCode::Enter)], PickAction::Choose, "take the highlighted entity (or create the new one)", "take"),
    (&[Code(KeyCode::Esc)], PickAction::Cancel, "cancel", "cancel"),
    (&[Code(KeyCode::Backspace)], PickAction::DeleteBack, "delete the last character typed", ""),
];

/// What a key does while suggestions are reviewed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewAction {
    Accept,
    AcceptEntity,
    Reject,
    Skip,
    Stop,
}

impl KeyAction for ReviewAction {
    const NEEDED: &'static [Self] = &[
        ReviewAction::Accept,
        ReviewAction::Reject,
        ReviewAction::Stop,
    ];
}

#[rustfmt::skip]
pub const REVIEW: &[KeyRow<ReviewAction>] = &[
    (&[Char('y')], ReviewAction::Accept, "accept this suggestion", "accept"),
    (&[Char('Y')], ReviewAction::AcceptEntity, "accept every pending suggestion of this entity", "all"),
    (&[Char('n')], ReviewAction::Reject, "reject it (not proposed again this session)", "reject"),
    (&[Char('s'), Char(' ')], ReviewAction::Skip, "skip it for now", "skip"),
    (&[Code(KeyCode::Esc), Char('q')], ReviewAction::Stop, "stop reviewing", "stop"),
];

/// What a key answers when quitting with unsaved edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuitAction {
    SaveAndQuit,
    Discard,
    Stay,
}

impl KeyAction for QuitAction {
    const NEEDED: &'static [Self] = &[
        QuitAction::SaveAndQuit,
        QuitAction::Discard,
        QuitAction::Stay,
    ];
}

#[rustfmt::skip]
pub const QUIT: &[KeyRow<QuitAction>] = &[
    (&[Char('w')], QuitAction::SaveAndQuit, "save the edits, then quit", "save and quit"),
    (&[Char('d')], QuitAction::Discard, "quit and drop the unsaved edits", "discard"),
    (&[Code(KeyCode::Esc), Char('q')], QuitAction::Stay, "stay in the reader", "stay"),
];

/// What a key answers when saving finds the file changed on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReloadAction {
    Reload,
    Overwrite,
    Keep,
}

impl KeyAction for ReloadAction {
    const NEEDED: &'static [Self] = &[
        ReloadAction::Reload,
        ReloadAction::Overwrite,
        ReloadAction::Keep,
    ];
}

#[rustfmt::skip]
pub const RELOAD: &[KeyRow<ReloadAction>] = &[
    (&[Char('r')], ReloadAction::Reload, "reload the file from disk, dropping the unsaved edits", "reload"),
    (&[Char('o')], ReloadAction::Overwrite, "write your version over it (what changed on disk is lost)", "overwrite"),
    (&[Code(KeyCode::Esc)], ReloadAction::Keep, "keep the edits on screen (not saved)", "keep"),
];

/// What a key answers when unsaved edits of an interrupted session were kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecoverAction {
    Recover,
    Discard,
    Later,
}

#[rustfmt::skip]
pub const RECOVER: &[KeyRow<RecoverAction>] = &[
    (&[Char('r')], RecoverAction::Recover, "load the kept edits (unsaved until w saves them)", "r recover"),
    (&[Char('d')], RecoverAction::Discard, "delete the kept edits", "d discard"),
    (&[Code(KeyCode::Esc)], RecoverAction::Later, "decide later: asked again at the next open", "Esc later"),
];

/// The reader's keymaps, one per mode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReaderKeys {
    pub normal: Keymap<Action>,
    pub select: Keymap<SelectAction>,
    pub popup: Keymap<PopupAction>,
    pub input: Keymap<InputAction>,
    pub export: Keymap<ExportAction>,
    pub pick: Keymap<PickAction>,
    pub review: Keymap<ReviewAction>,
    pub quit: Keymap<QuitAction>,
    pub reload: Keymap<ReloadAction>,
    pub recover: Keymap<RecoverAction>,
}

impl Default for ReaderKeys {
    fn default() -> Self {
        ReaderKeys {
            normal: Keymap::new(NORMAL),
            select: Keymap::new(SELECT),
            popup: Keymap::new(POPUP),
            input: Keymap::new(INPUT),
            export: Keymap::new(EXPORT),
            pick: Keymap::new(PICK),
            review: Keymap::new(REVIEW),
            quit: Keymap::new(QUIT),
            reload: Keymap::new(RELOAD),
            recover: Keymap::new(RECOVER),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::keymap::tests::bound_once;

    #[test]
    fn every_key_is_bound_once_per_mode() {
        bound_once(NORMAL);
        bound_once(SELECT);
        bound_once(INPUT);
        bound_once(EXPORT);
        bound_once(PICK);
        bound_once(REVIEW);
        bound_once(QUIT);
        bound_once(RELOAD);
        bound_once(RECOVER);
    }

    #[test]
    fn esc_is_never_quit() {
        let keys = ReaderKeys::default();
        let esc = crossterm::event::KeyEvent::from(KeyCode::Esc);
        assert_eq!(keys.normal.action_for(&esc), Some(Action::Back));
    }
}
