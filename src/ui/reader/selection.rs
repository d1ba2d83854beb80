//! What is selected in select mode, and the mouse's part in it: the selection is the text
//! between the anchor and the caret ([`Reader::selection`]; `v e` selects to the end of a
//! word), [`Reader::caret`] the empty span where the caret is, [`Reader::word_at_caret`] the
//! word it is in (what `m` marks with nothing selected). The status line quotes the
//! selection as an isolated piece of text, so it reads in its own direction; [`TextMarks`]
//! tells drawing which cells to paint, by the bytes each cell shows, however the line was
//! reordered. A click puts the caret before the cell clicked (in reading mode: where `v`
//! will start it), a double click selects the word clicked, a drag selects from the cell
//! pressed on to the one released on.

use std::ops::Range;
use std::time::{Duration, Instant};

use crate::briefing::ArticleIx;
use crate::briefing::Part;
use crate::theme::{Look, Theme};
use crate::view::BidiMode;
use crate::view::article::ArticleLine;
use crate::view::entity::Pieces;

use super::caret;
use super::clitics;
use super::select::{Selecting, TextPos, TextSpan, part_of};
use super::state::{Focus, Mode, Reader};

/// Longest selected text the status line quotes (it is cut to the width anyway).
const QUOTED: usize = 400;

/// Two presses on one character at most this far apart are a double click.
pub const DOUBLE_CLICK: Duration = Duration::from_millis(500);

impl Reader {
    /// The text of a part of an article.
    pub(super) fn part_text(&self, article: ArticleIx, part: Part) -> &str {
        let a = article.of(&self.briefing);
        part.of(&a.text, &a.headline)
    }

    /// The selection: between the anchor and the caret whichever way it was made, in the
    /// caret's part (an anchor in the other part selects to that part's edge), on cluster
    /// boundaries and never empty. None without an anchor.
    pub fn selection(&self) -> Option<TextSpan> {
        let s = self.select?;
        let anchor = s.anchor?;
        let text = self.part_text(s.article, s.caret.part);
        let caret = caret::cluster_floor(text, s.caret.byte);
        let anchor = match (anchor.part, s.caret.part) {
            (a, c) if a == c => caret::cluster_floor(text, anchor.byte),
            (Part::Headline, _) => 0,
            _ => text.len(),
        };
        let bytes = anchor.min(caret)..anchor.max(caret);
        (!bytes.is_empty()).then_some(TextSpan {
            article: s.article,
            part: s.caret.part,
            bytes,
        })
    }

    /// The empty span at the caret (in select mode).
    pub fn caret(&self) -> Option<TextSpan> {
        let s = self.select?;
        let at = caret::cluster_floor(self.part_text(s.article, s.caret.part), s.caret.byte);
        Some(TextSpan {
            article: s.article,
            part: s.caret.part,
            bytes: at..at,
        })
    }

    /// The word the caret is in, or just after (where `e` leaves it): what `m` marks when
    /// nothing is selected.
    pub fn word_at_caret(&self) -> Option<TextSpan> {
        let s = self.select?;
        self.word_around(s.article, s.caret)
    }

    /// The word `pos` is in, or just after.
    fn word_around(&self, article: ArticleIx, pos: TextPos) -> Option<TextSpan> {
        let ix = self.segment_of(article, pos);
        let (part, start, text) = self.segment(article, ix)?;
        let at = pos.byte.checked_sub(start)?;
        let word = caret::word_at(text, at).or_else(|| {
            caret::word_at(text, at.checked_sub(1)?)
                .filter(|w| w.end == caret::cluster_floor(text, at))
        })?;
        Some(TextSpan {
            article,
            part,
            bytes: start + word.start..start + word.end,
        })
    }

    /// The status line in select mode: a message, else what is selected, quoted (as an
    /// isolated piece, so it reads in its own direction).
    pub(super) fn select_status(&self) -> Pieces {
        if let Some(status) = &self.status {
            return status.clone();
        }
        let Some(span) = self.selection() else {
            let key = self.keys.select.key(super::keys::SelectAction::Anchor);
            return vec![format!(
                "select mode: {key} starts a selection at the caret"
            )];
        };
        let text = &self.part_text(span.article, span.part)[span.bytes.clone()];
        let count = unicode_segmentation::UnicodeSegmentation::graphemes(text, true).count();
        let cut = caret::cluster_floor(text, QUOTED);
        let more = if cut < text.len() { "…" } else { "" };
        let plural = if count == 1 { "" } else { "s" };
        vec![
            format!("selected {count} character{plural}: «"),
            text[..cut].to_string(),
            format!("{more}»"),
        ]
    }

    /// What drawing needs to paint the selection and the caret in an article's pane.
    pub(super) fn text_marks(&self, article: ArticleIx) -> Option<TextMarks> {
        let s = self.select.filter(|s| s.article == article)?;
        let text = self.part_text(article, s.caret.part);
        let at = caret::cluster_floor(text, s.caret.byte);
        Some(TextMarks {
            selection: self.selection().map(|span| (span.part, span.bytes)),
            caret: (s.caret.part, at..caret::cluster_end(text, at)),
            theme: self.theme,
            bidi: self.bidi,
        })
    }

    /// `c`: the selection (or, with none, the word at the caret) narrowed to the next of
    /// its word's narrowings (`clitics`: without the proclitics, without an attached
    /// pronoun, …, the whole word again), selected with the caret after it.
    pub(super) fn narrow(&mut self) {
        let Some(s) = self.select else { return };
        let selected = self.selection();
        let from = selected.as_ref().map_or(s.caret, |span| TextPos {
            part: span.part,
            byte: span.bytes.start,
        });
        let Some(word) = self.word_around(s.article, from) else {
            return self.say(&["no word at the caret to narrow"]);
        };
        let text = self.part_text(s.article, word.part)[word.bytes.clone()].to_string();
        if clitics::narrowings(&text).len() == 1 {
            return self.say(&[
                "nothing to take off «",
                &text,
                "»: no Arabic proclitic or attached pronoun",
            ]);
        }
        // The selection as a range of the word (none of the narrowings when it is not in it).
        let start = word.bytes.start;
        let current = selected
            .filter(|span| span.part == word.part)
            .filter(|span| start <= span.bytes.start && span.bytes.end <= word.bytes.end)
            .map_or(0..0, |span| {
                span.bytes.start - start..span.bytes.end - start
            });
        let next = clitics::next_narrowing(&text, &current);
        let pos = |byte| TextPos {
            part: word.part,
            byte,
        };
        let (anchor, caret) = (pos(start + next.start), pos(start + next.end));
        self.put_caret(s.article, caret, Some(anchor));
    }

    /// The left button pressed at a screen position, at time `now`. On an article's text
    /// (or headline): in select mode the caret goes before the character pressed on; in
    /// reading mode it is a click (the mention's entity selected, the pane focused) and
    /// `v` will start the caret there; a second press on the same character soon after
    /// selects its word, in select mode. Elsewhere, a click.
    pub(super) fn press_at(&mut self, x: u16, y: u16, now: Instant) {
        // A click starts something new: the last message goes.
        self.status = None;
        self.press = self.text_pos_at(x, y);
        let reading = matches!(self.mode, Mode::Normal | Mode::Select);
        let double = match (self.last_press, self.press) {
            (Some((then, a, p)), Some(here)) => {
                (a, p) == here && now.saturating_duration_since(then) <= DOUBLE_CLICK
            }
            _ => false,
        };
        // A third press starts again: it is not a double click of the second.
        self.last_press = match double {
            true => None,
            false => self.press.map(|(a, p)| (now, a, p)),
        };
        match self.press {
            Some((article, at)) if reading && double => {
                // The button's release must not put the caret back on the cell.
                self.press = None;
                self.select_word(article, at);
            }
            Some((article, at)) if self.mode == Mode::Select => self.put_caret(article, at, None),
            Some((article, at)) if reading => {
                self.click(x, y);
                self.set_place(article, at);
            }
            _ => self.click(x, y),
        }
    }

    /// Select mode with the word at `at` selected (the caret after it), or the caret there
    /// when it is not in a word.
    pub(super) fn select_word(&mut self, article: ArticleIx, at: TextPos) {
        match self.word_around(article, at) {
            Some(word) => {
                let pos = |byte| TextPos {
                    part: word.part,
                    byte,
                };
                self.put_caret(article, pos(word.bytes.end), Some(pos(word.bytes.start)))
            }
            None => self.put_caret(article, at, None),
        }
    }

    /// A click in select mode: the caret goes before the cell clicked, and the selection
    /// is dropped.
    pub(super) fn put_caret(
        &mut self,
        article: ArticleIx,
        caret: TextPos,
        anchor: Option<TextPos>,
    ) {
        self.select = Some(Selecting {
            article,
            caret,
            anchor,
            goal: None,
        });
        self.mode = Mode::Select;
        if let Some(pane) = self.pane_of(article) {
            self.focus = Focus::Pane(pane);
        }
    }

    /// A drag from the cell at `from` to the cell at `to` (in one article): selects both
    /// cells and what is between them in reading order, the caret on the `to` side. Back
    /// on the cell pressed on, nothing is selected.
    pub(super) fn drag_select(&mut self, article: ArticleIx, from: TextPos, to: TextPos) {
        if from == to {
            return self.put_caret(article, to, None);
        }
        let after = |pos: TextPos| TextPos {
            byte: caret::cluster_end(self.part_text(article, pos.part), pos.byte),
            ..pos
        };
        let (anchor, caret) = match (from.part, to.part) {
            (a, c) if a == c && to.byte < from.byte => (after(from), to),
            (Part::Text, Part::Headline) => (from, to),
            _ => (from, after(to)),
        };
        self.put_caret(article, caret, Some(anchor));
    }
}

/// The selection and the caret of one pane, for drawing.
pub struct TextMarks {
    selection: Option<(Part, Range<usize>)>,
    caret: (Part, Range<usize>),
    theme: Theme,
    bidi: BidiMode,
}

impl TextMarks {
    /// The look of a cell of `line` whose source starts at `start`, with the selection and
    /// the caret laid over `look`.
    pub fn over(&self, line: &ArticleLine, start: usize, look: Look) -> Look {
        let Some(part) = part_of(line) else {
            return look;
        };
        let at = line.offset + start;
        let inside = |(p, r): &(Part, Range<usize>)| *p == part && r.contains(&at);
        let mut look = look;
        if self.selection.as_ref().is_some_and(inside) {
            look = look.over(self.theme.text_selection());
        }
        if inside(&self.caret) {
            look = look.over(self.theme.caret());
        }
        look
    }

    /// The column of `line` (from the pane's left) where the caret is drawn when it is at
    /// the line's end, where no cell starts.
    pub fn end_column(&self, line: &ArticleLine) -> Option<usize> {
        let (part, caret) = &self.caret;
        let range = match part_of(line)? {
            Part::Text => line.bytes(),
            Part::Headline => line.line.source.clone(),
        };
        if part_of(line)? != *part || !(range.start..=range.end).contains(&caret.start) {
            return None;
        }
        caret::end_column(&caret::shown_cells(line, self.bidi), caret.start)
    }
}

/// The position of a cell of `line` whose source starts at `start` (for the mouse).
pub fn pos_of(line: &ArticleLine, start: usize) -> Option<TextPos> {
    Some(TextPos {
        part: part_of(line)?,
        byte: line.offset + start,
    })
}
