//! Terminal events to library actions: a key goes through the keymap of the current mode
//! (the list, the filter being typed, the help popup), the mouse wheel moves the selection
//! and a click selects or opens a row. While a briefing is open the reader takes the events;
//! when it quits, the library shows again. Ctrl-C quits the whole program.

use crossterm::event::{Event, KeyEvent, KeyEventKind, MouseButton, MouseEventKind};

use crate::ui::keymap::{Motion, PopupAction, is_interrupt};

use super::actions::FilterEdit;
use super::keys::{FilterAction, LibraryAction};
use super::state::{LibraryMode, LibraryScreen};

impl LibraryScreen {
    /// Applies one terminal event; returns whether the screen needs a redraw.
    pub fn handle(&mut self, event: Event) -> bool {
        if let Event::Key(key) = &event
            && is_interrupt(key)
        {
            self.quit = true;
            return true;
        }
        if let Some(reader) = &mut self.reader {
            let redraw = reader.handle(event);
            if reader.done() {
                self.close_reader();
                return true;
            }
            return redraw;
        }
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => self.key(key),
            Event::Mouse(mouse) => match mouse.kind {
                MouseEventKind::ScrollDown => self.apply(LibraryAction::Move(Motion::Down)),
                MouseEventKind::ScrollUp => self.apply(LibraryAction::Move(Motion::Up)),
                MouseEventKind::Down(MouseButton::Left) => self.click(mouse.column, mouse.row),
                _ => return false,
            },
            Event::Resize(..) => {}
            _ => return false,
        }
        true
    }

    fn key(&mut self, key: KeyEvent) {
        match self.mode {
            LibraryMode::Help { ref mut top } => match self.keys.popup.action_for(&key) {
                Some(PopupAction::Close) => self.mode = LibraryMode::Normal,
                Some(scroll) => scroll.scroll(top, self.keys.list.bindings().len()),
                None => {}
            },
            LibraryMode::Filter => match self.keys.filter.action_for(&key) {
                Some(FilterAction::Keep) => self.type_filter(FilterEdit::Done),
                Some(FilterAction::Clear) => self.type_filter(FilterEdit::Cancel),
                Some(FilterAction::DeleteBack) => self.type_filter(FilterEdit::Pop),
                Some(FilterAction::Down) => self.apply(LibraryAction::Move(Motion::Down)),
                Some(FilterAction::Up) => self.apply(LibraryAction::Move(Motion::Up)),
                None => self.type_filter(FilterEdit::Key(key)),
            },
            LibraryMode::Normal => {
                if let Some(action) = self.keys.list.action_for(&key) {
                    self.apply(action);
                }
            }
        }
    }
}
