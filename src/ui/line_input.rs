//! One line of typed text with a caret: the search, the export's file name, the forms, the
//! entity picker's filter and the library's filter all edit through it. Keys come in
//! ([`LineInput::edit`]: a typed character, Backspace and Delete, ←/→ by grapheme, Ctrl-←/→
//! by word, Home/End), the text and the caret's place go out ([`LineInput::shown`]: the
//! pieces to draw, the caret among them where the next Arabic letter typed will appear). The
//! caret is a byte offset always on a grapheme boundary, so it never splits a letter from
//! its combining marks; the text is bounded.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use unicode_segmentation::UnicodeSegmentation;

use super::keymap::typed_char;
use crate::view::line::runs;

/// Longest line typed, in bytes.
pub const MAX_INPUT: usize = 4096;

/// How the caret is drawn.
pub const CARET: &str = "▏";

/// The letter [`LineInput::shown`] pretends is typed next, to see where it would go.
const NEXT_LETTER: char = 'ب';

/// A line of text being typed and where the caret is in it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineInput {
    text: String,
    /// A byte offset on a grapheme boundary.
    caret: usize,
}

impl From<&str> for LineInput {
    /// A line holding `text` (cut to [`MAX_INPUT`]), the caret at its end.
    fn from(text: &str) -> LineInput {
        let mut end = text.len().min(MAX_INPUT);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        LineInput {
            text: text[..end].to_string(),
            caret: end,
        }
    }
}

impl LineInput {
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Takes the text out, leaving the line empty.
    pub fn take(&mut self) -> String {
        self.caret = 0;
        std::mem::take(&mut self.text)
    }

    pub fn clear(&mut self) {
        self.take();
    }

    /// Types a character at the caret; false when the line is full.
    pub fn insert(&mut self, c: char) -> bool {
        if self.text.len() + c.len_utf8() > MAX_INPUT {
            return false;
        }
        self.text.insert(self.caret, c);
        self.caret += c.len_utf8();
        // A combining mark joins the grapheme before it: the caret stays after the whole.
        self.caret = self
            .next_boundary(self.caret - c.len_utf8())
            .max(self.caret);
        true
    }

    /// Backspace: deletes the character before the caret (a mark at a time, as typed).
    pub fn delete_back(&mut self) {
        if let Some(c) = self.text[..self.caret].chars().next_back() {
            self.caret -= c.len_utf8();
            self.text.remove(self.caret);
            self.caret = self.boundary_at_or_before(self.caret);
        }
    }

    /// Delete: deletes the grapheme after the caret.
    pub fn delete_forward(&mut self) {
        let end = self.next_boundary(self.caret);
        self.text.replace_range(self.caret..end, "");
    }

    /// One grapheme towards the end (`forward`) or the start, in logical order.
    pub fn step(&mut self, forward: bool) {
        self.caret = match forward {
            true => self.next_boundary(self.caret),
            false => self.prev_boundary(self.caret),
        };
    }

    /// To the start of the next word (`forward`) or of this or the previous one.
    pub fn word(&mut self, forward: bool) {
        let mut starts = self
            .text
            .split_word_bound_indices()
            .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
            .map(|(i, _)| i);
        self.caret = match forward {
            true => starts.find(|&i| i > self.caret).unwrap_or(self.text.len()),
            false => starts.rfind(|&i| i < self.caret).unwrap_or(0),
        };
    }

    /// Applies an editing key; returns whether the key was one (typed or moved).
    pub fn edit(&mut self, key: &KeyEvent) -> bool {
        let word = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Backspace => self.delete_back(),
            KeyCode::Delete => self.delete_forward(),
            KeyCode::Left if word => self.word(false),
            KeyCode::Right if word => self.word(true),
            KeyCode::Left => self.step(false),
            KeyCode::Right => self.step(true),
            KeyCode::Home => self.caret = 0,
            KeyCode::End => self.caret = self.text.len(),
            _ => match typed_char(key) {
                Some(c) => {
                    self.insert(c);
                }
                None => return false,
            },
        }
        true
    }

    /// The line as pieces to lay out side by side ([`crate::view::line::isolated`]), the
    /// caret one of them: a field in the interface's direction, left to right, each Arabic
    /// run on its own ([`runs`]). The caret sits where the next Arabic letter typed will
    /// appear: in the run that letter joins (or starts), the part of it after the caret on
    /// the caret's left; at the end of an Arabic word, on its left.
    pub fn shown(&self) -> Vec<String> {
        // Where a letter typed at the caret goes: type one, and find its run.
        let mut typed = self.text.clone();
        typed.insert(self.caret, NEXT_LETTER);
        let mut pieces = Vec::new();
        let mut at = 0;
        for run in runs(&typed) {
            let range = at..at + run.len();
            at = range.end;
            if !range.contains(&self.caret) {
                pieces.push(run.to_string());
                continue;
            }
            let split = self.caret - range.start;
            let before = &run[..split];
            let after = &run[split + NEXT_LETTER.len_utf8()..];
            // A run of the typed letter and digits or spaces only reads as the line does.
            let arabic = format!("{before}{after}")
                .chars()
                .any(|c| c.is_alphabetic());
            match arabic {
                true => pieces.extend([after, CARET, before].map(String::from)),
                false => pieces.extend([before, CARET, after].map(String::from)),
            }
        }
        pieces.retain(|p| !p.is_empty());
        pieces
    }

    /// The caret's place: the display column where it is drawn, counted from the start of
    /// what [`shown`](Self::shown) draws.
    pub fn caret_column(&self) -> usize {
        self.shown()
            .iter()
            .take_while(|p| *p != CARET)
            .map(|p| unicode_width::UnicodeWidthStr::width(p.as_str()))
            .sum()
    }

    fn next_boundary(&self, at: usize) -> usize {
        self.text[at..]
            .grapheme_indices(true)
            .nth(1)
            .map_or(self.text.len(), |(i, _)| at + i)
    }

    fn prev_boundary(&self, at: usize) -> usize {
        self.text[..at]
            .grapheme_indices(true)
            .next_back()
            .map_or(0, |(i, _)| i)
    }

    fn boundary_at_or_before(&self, at: usize) -> usize {
        self.text
            .grapheme_indices(true)
            .map(|(i, _)| i)
            .chain([self.text.len()])
            .take_while(|&i| i <= at)
            .last()
            .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn typed(text: &str) -> LineInput {
        let mut line = LineInput::default();
        for c in text.chars() {
            assert!(line.edit(&press(KeyCode::Char(c))));
        }
        line
    }

    #[test]
    fn typing_inserts_at_the_caret() {
        let mut line = typed("bamko");
        line.edit(&press(KeyCode::Left));
        line.edit(&press(KeyCode::Left));
        line.edit(&press(KeyCode::Char('a')));
        assert_eq!(line.text(), "bamako");
        line.edit(&press(KeyCode::Home));
        line.edit(&press(KeyCode::Char('>')));
        assert_eq!(line.text(), ">bamako");
        line.edit(&press(KeyCode::End));
        line.edit(&press(KeyCode::Backspace));
        assert_eq!(line.text(), ">bamak");
        line.edit(&press(KeyCode::Home));
        line.edit(&press(KeyCode::Delete));
        assert_eq!(line.text(), "bamak");
        assert!(!line.edit(&press(KeyCode::Enter)), "not an editing key");
    }

    #[test]
    fn words_move_by_word_starts() {
        let mut line = typed("north of Gao, 12 dead");
        let ctrl = |code| KeyEvent::new(code, KeyModifiers::CONTROL);
        line.edit(&ctrl(KeyCode::Left));
        line.edit(&ctrl(KeyCode::Left));
        line.edit(&press(KeyCode::Char('#')));
        assert_eq!(line.text(), "north of Gao, #12 dead");
        line.edit(&ctrl(KeyCode::Right));
        line.edit(&press(KeyCode::Char('!')));
        assert_eq!(line.text(), "north of Gao, #12 !dead");
        line.edit(&ctrl(KeyCode::Right));
        assert_eq!(line.caret, line.text().len());
    }

    #[test]
    fn the_caret_steps_over_a_letter_and_its_marks() {
        // بِسْم: each letter with its vowel mark is one grapheme.
        let mut line = typed("ب\u{650}س\u{652}م");
        line.edit(&press(KeyCode::Left));
        line.edit(&press(KeyCode::Left));
        assert_eq!(&line.text()[..line.caret], "ب\u{650}");
        line.edit(&press(KeyCode::Left));
        assert_eq!(line.caret, 0);
        line.edit(&press(KeyCode::Right));
        assert_eq!(&line.text()[..line.caret], "ب\u{650}", "not between them");
        line.edit(&press(KeyCode::Delete));
        assert_eq!(line.text(), "ب\u{650}م");
        // Backspace takes a mark at a time, as it was typed.
        line.edit(&press(KeyCode::Backspace));
        assert_eq!(line.text(), "بم");
        assert_eq!(line.caret, "ب".len());
    }

    #[test]
    fn the_caret_is_drawn_where_the_next_letter_goes() {
        let mut line = typed("ab");
        line.edit(&press(KeyCode::Left));
        assert_eq!(line.shown(), ["a", CARET, "b"]);
        assert_eq!(line.caret_column(), 1);
        // At the end of an Arabic word the next Arabic letter goes on its left.
        let mut arabic = typed("باماكو");
        assert_eq!(arabic.shown(), [CARET, "باماكو"], "at the end: on its left");
        assert_eq!(arabic.caret_column(), 0);
        arabic.edit(&press(KeyCode::Home));
        assert_eq!(
            arabic.shown(),
            ["باماكو", CARET],
            "at the start: on its right"
        );
        arabic.edit(&press(KeyCode::Right));
        assert_eq!(
            arabic.shown(),
            ["اماكو", CARET, "ب"],
            "after it: on its left"
        );
        assert_eq!(arabic.caret_column(), 5);
        // In a Latin line the Arabic word is a run of its own: after it, the caret is on
        // its left (where the next Arabic letter joins it); after a space, at the right.
        let mixed = typed("Bamako باما");
        assert_eq!(mixed.shown(), ["Bamako ", CARET, "باما"]);
        let spaced = typed("Bamako ");
        assert_eq!(spaced.shown(), ["Bamako ", CARET]);
        // After a number in a Latin line, as typed.
        let mut figure = typed("killed 3");
        assert_eq!(figure.shown(), ["killed ", "3", CARET]);
        figure.edit(&press(KeyCode::Left));
        assert_eq!(figure.shown(), ["killed ", CARET, "3"]);
        // A line that starts with Arabic still reads left to right: the Latin after it.
        let mut source = typed("اليوم السابع (Youm7)");
        assert_eq!(source.shown(), ["اليوم السابع", " (Youm7)", CARET]);
        source.edit(&press(KeyCode::Home));
        source.edit(&press(KeyCode::Right));
        assert_eq!(source.shown(), ["ليوم السابع", CARET, "ا", " (Youm7)"]);
    }

    #[test]
    fn the_line_is_bounded() {
        let mut line = LineInput::from("x".repeat(MAX_INPUT + 10).as_str());
        assert_eq!(line.text().len(), MAX_INPUT);
        assert!(!line.insert('y'));
        assert_eq!(LineInput::from("é").take(), "é");
    }
}
