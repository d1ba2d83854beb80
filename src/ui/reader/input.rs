//! Terminal events to reader actions: a key goes through the keymap of the current mode
//! (reading, selecting, a popup, a typed line, the export format), the mouse to clicks,
//! drags (which select text) and wheel scrolls on the settled layout.

use crossterm::event::{Event, KeyEvent, KeyEventKind, MouseButton, MouseEvent, MouseEventKind};

use crate::export::ExportFormat;
use crate::ui::keymap::{PopupAction, is_interrupt, typed_char};

use super::keys::{ExportAction, InputAction};
use super::state::{Mode, Reader};

/// Longest search or file name typed.
const MAX_INPUT: usize = 4096;

impl Reader {
    /// Applies one terminal event; returns whether the screen needs a redraw.
    pub fn handle(&mut self, event: Event) -> bool {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                if is_interrupt(&key) {
                    self.quit = true;
                } else {
                    self.key(key);
                }
            }
            Event::Mouse(mouse) => self.mouse(mouse),
            Event::Resize(..) => {}
            _ => return false,
        }
        true
    }

    fn key(&mut self, key: KeyEvent) {
        match &self.mode {
            Mode::Normal => {
                if let Some(action) = self.keys.normal.action_for(&key) {
                    self.apply(action);
                }
            }
            Mode::Select => {
                if let Some(action) = self.keys.select.action_for(&key) {
                    self.select_key(action);
                }
            }
            Mode::Help | Mode::Details(_) => {
                if self.keys.popup.action_for(&key) == Some(PopupAction::Close) {
                    self.close_mode();
                }
            }
            Mode::ExportFormat => match self.keys.export.action_for(&key) {
                Some(ExportAction::Markdown) => self.choose_export_format(ExportFormat::Md),
                Some(ExportAction::Html) => self.choose_export_format(ExportFormat::Html),
                Some(ExportAction::Json) => self.choose_export_format(ExportFormat::Json),
                Some(ExportAction::Cancel) => self.close_mode(),
                None => {}
            },
            Mode::Search { .. } | Mode::ExportPath { .. } => self.type_key(key),
        }
    }

    /// A key while a line is typed (a search, an export's file name).
    fn type_key(&mut self, key: KeyEvent) {
        let action = self.keys.input.action_for(&key);
        let (Mode::Search { input } | Mode::ExportPath { input, .. }) = &mut self.mode else {
            return;
        };
        match action {
            Some(InputAction::Submit) => match &mut self.mode {
                Mode::Search { input } => {
                    let query = std::mem::take(input);
                    self.close_mode();
                    self.run_search(&query);
                }
                _ => self.write_export(),
            },
            Some(InputAction::Cancel) => self.close_mode(),
            Some(InputAction::DeleteBack) => {
                input.pop();
            }
            None => {
                if let Some(c) = typed_char(&key)
                    && input.len() < MAX_INPUT
                {
                    input.push(c);
                }
            }
        }
    }

    fn mouse(&mut self, mouse: MouseEvent) {
        let (x, y) = (mouse.column, mouse.row);
        match mouse.kind {
            MouseEventKind::ScrollDown => self.wheel(x, y, 3),
            MouseEventKind::ScrollUp => self.wheel(x, y, -3),
            MouseEventKind::Down(MouseButton::Left) => {
                self.press = self.text_pos_at(x, y);
                match (&self.mode, self.press) {
                    (Mode::Select, Some((article, at))) => self.put_caret(article, at, None),
                    _ => self.click(x, y),
                }
            }
            MouseEventKind::Drag(MouseButton::Left) | MouseEventKind::Up(MouseButton::Left) => {
                // From the cell pressed on to the one under the pointer, in one article.
                if let (Some((article, from)), Some((over, to))) =
                    (self.press, self.text_pos_at(x, y))
                    && over == article
                    && (to != from || self.mode == Mode::Select)
                {
                    self.drag_select(article, from, to);
                }
                if matches!(mouse.kind, MouseEventKind::Up(_)) {
                    self.press = None;
                }
            }
            _ => {}
        }
    }
}
