//! Terminal events to reader actions: a key goes through the keymap of the current mode
//! (reading, selecting, a popup, a typed line, the export format), the mouse to clicks
//! (`selection`: a click places the caret, a double click selects a word), drags (which
//! select text) and wheel scrolls on the settled layout.

use std::time::Instant;

use crossterm::event::{Event, KeyEvent, KeyEventKind, MouseButton, MouseEvent, MouseEventKind};

use crate::export::ExportFormat;
use crate::ui::keymap::{PopupAction, is_interrupt};
use crate::view::entity::details;

use super::edits::Confirm;
use super::forms::Form;
use super::keys::{ExportAction, InputAction, PickAction, ReviewAction};
use super::state::{Mode, Reader};

impl Reader {
    /// Applies one terminal event; returns whether the screen needs a redraw.
    pub fn handle(&mut self, event: Event) -> bool {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                if is_interrupt(&key) {
                    // Ctrl-C quits, asking first about unsaved edits; asked, it quits.
                    match self.mode {
                        Mode::Confirm(Confirm::Quit) => self.quit = true,
                        _ => self.ask_quit(),
                    }
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
            Mode::Help { .. } | Mode::Details { .. } => match self.keys.popup.action_for(&key) {
                Some(PopupAction::Close) => self.close_mode(),
                Some(scroll) => {
                    let rows = match self.mode {
                        Mode::Details { entity, .. } => details(&self.briefing, entity).len(),
                        _ => self.keys.normal.bindings().len(),
                    };
                    if let Mode::Help { top } | Mode::Details { top, .. } = &mut self.mode {
                        scroll.scroll(top, rows);
                    }
                }
                None => {}
            },
            Mode::ExportFormat => match self.keys.export.action_for(&key) {
                Some(ExportAction::Markdown) => self.choose_export_format(ExportFormat::Md),
                Some(ExportAction::Html) => self.choose_export_format(ExportFormat::Html),
                Some(ExportAction::Json) => self.choose_export_format(ExportFormat::Json),
                Some(ExportAction::Cancel) => self.close_mode(),
                None => {}
            },
            Mode::Search { .. } | Mode::ExportPath { .. } | Mode::Form(_) => self.type_key(key),
            Mode::Pick(_) => self.pick_key(key),
            Mode::Review(_) => match self.keys.review.action_for(&key) {
                Some(ReviewAction::Accept) => self.accept_one(),
                Some(ReviewAction::AcceptEntity) => self.accept_entity(),
                Some(ReviewAction::Reject) => self.reject(),
                Some(ReviewAction::Skip) => self.skip(),
                Some(ReviewAction::Stop) => self.stop_review(),
                None => {}
            },
            Mode::Confirm(Confirm::Quit) => {
                if let Some(answer) = self.keys.quit.action_for(&key) {
                    self.answer_quit(answer);
                }
            }
            Mode::Confirm(Confirm::Reload) => {
                if let Some(answer) = self.keys.reload.action_for(&key) {
                    self.answer_reload(answer);
                }
            }
            Mode::Confirm(Confirm::Recover) => {
                if let Some(answer) = self.keys.recover.action_for(&key) {
                    self.answer_recover(answer);
                }
            }
        }
    }

    /// A key in the entity picker: moves the highlight, chooses, or filters.
    fn pick_key(&mut self, key: KeyEvent) {
        let action = self.keys.pick.action_for(&key);
        let n = match &self.mode {
            Mode::Pick(p) => p.choices(&self.briefing).len().max(1),
            _ => return,
        };
        let Mode::Pick(picker) = &mut self.mode else {
            return;
        };
        match action {
            Some(PickAction::Next) => picker.row = (picker.row + 1) % n,
            Some(PickAction::Prev) => picker.row = (picker.row + n - 1) % n,
            Some(PickAction::Choose) => self.pick(),
            Some(PickAction::Cancel) => self.close_mode(),
            Some(PickAction::DeleteBack) => {
                picker.query.delete_back();
                picker.row = 0;
            }
            None => {
                let before = picker.query.text().len();
                if picker.query.edit(&key) && picker.query.text().len() != before {
                    picker.row = 0;
                }
            }
        }
    }

    /// A key while a line is typed (a search, an export's file name).
    fn type_key(&mut self, key: KeyEvent) {
        let action = self.keys.input.action_for(&key);
        let (Mode::Search { input }
        | Mode::ExportPath { input, .. }
        | Mode::Form(Form { input, .. })) = &mut self.mode
        else {
            return;
        };
        match action {
            Some(InputAction::Submit) => match &mut self.mode {
                Mode::Search { input } => {
                    let query = input.take();
                    self.close_mode();
                    self.run_search(&query);
                }
                Mode::Form(_) => self.submit_form(),
                _ => self.write_export(),
            },
            Some(InputAction::Cancel) => {
                // A form's complaint goes with it.
                self.status = None;
                self.close_mode()
            }
            Some(InputAction::DeleteBack) => input.delete_back(),
            None => {
                input.edit(&key);
            }
        }
    }

    fn mouse(&mut self, mouse: MouseEvent) {
        let (x, y) = (mouse.column, mouse.row);
        match mouse.kind {
            MouseEventKind::ScrollDown => self.wheel(x, y, 3),
            MouseEventKind::ScrollUp => self.wheel(x, y, -3),
            MouseEventKind::Down(MouseButton::Left) => self.press_at(x, y, Instant::now()),
            MouseEventKind::Drag(MouseButton::Left) | MouseEventKind::Up(MouseButton::Left) => {
                // From the cell pressed on to the one under the pointer, in one article.
                if let (Some((article, from)), Some((over, to))) =
                    (self.press, self.text_pos_at(x, y))
                    && over == article
                    && (to != from || self.mode == Mode::Select)
                {
                    self.drag_select(article, from, to);
                }
                match mouse.kind {
                    MouseEventKind::Up(_) => self.press = None,
                    // A drag is no click: the next press starts afresh.
                    _ => self.last_press = None,
                }
            }
            _ => {}
        }
    }
}
