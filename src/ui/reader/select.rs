//! Select mode: a text cursor (the caret) in the focused article, and the anchor of a
//! selection. `v` in normal mode starts it ([`Reader::start_select`]) at the last place
//! pointed at in the focused article: the current search match or the character clicked
//! (a [`CaretHome`], unless the cursor went to a mention since), else the mention under the
//! cursor, else the first character on screen; `n`/`N` move the caret to the next
//! (previous) search match; each
//! key of the mode's table ([`Reader::select_key`]) moves the caret with `caret`'s motions
//! (words in reading order, arrows visually) on the lines the pane lays out, scrolls the
//! pane to keep it in view, or drops and lifts the anchor. A position is a (part, byte) of
//! the article: its text or its headline, always a grapheme-cluster boundary; the caret
//! sits before the cluster it is drawn on. What is selected, how it is drawn and the mouse
//! are in `selection`.

use std::ops::Range;

use crate::briefing::Part;
use crate::briefing::{AnyMention, ArticleIx};
use crate::view::article::{Anchor, ArticleLine, LineKind};

use super::caret;
use super::keys::SelectAction;
use super::state::{Focus, Mode, PaneIx, Reader};

/// A place in an article: a byte of its text or of its headline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextPos {
    pub part: Part,
    pub byte: usize,
}

/// A span of an article's text or headline (empty for the caret).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextSpan {
    pub article: ArticleIx,
    pub part: Part,
    pub bytes: Range<usize>,
}

/// The caret, and the anchor of the selection when one is being made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Selecting {
    pub article: ArticleIx,
    pub caret: TextPos,
    pub anchor: Option<TextPos>,
    /// The column `j`/`k` keep to, set by the first of a run of them.
    pub goal: Option<usize>,
}

/// Where `v` starts the caret: the current search match, or the character last clicked;
/// with the mention under the cursor then, so that a cursor moved since (`]`, a jump) wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CaretHome {
    pub article: ArticleIx,
    pub at: TextPos,
    pub cursor: Option<AnyMention>,
}

/// How many paragraphs without a word a word motion walks past before giving up.
const SEGMENTS: usize = 64;

impl Reader {
    /// `v`: select mode on the focused article (see the module comment).
    pub(super) fn start_select(&mut self) {
        let Focus::Pane(pane) = self.focus else {
            let key = self.keys.normal.key(super::keys::Action::FocusNext);
            self.say(&["select mode works in an article: ", &key, " to one first"]);
            return;
        };
        let article = self.panes[pane].article;
        let home = self
            .place
            .filter(|h| h.article == article && h.cursor == self.cursor)
            .map(|h| h.at);
        let under_cursor = self
            .cursor
            .map(|m| (m, m.of(&self.briefing)))
            .filter(|(_, mention)| mention.article == article)
            .map(|(m, mention)| TextPos {
                part: match m {
                    AnyMention::Text(_) => Part::Text,
                    AnyMention::Headline(_) => Part::Headline,
                },
                byte: mention.bytes.start,
            });
        let caret = home
            .or(under_cursor)
            .unwrap_or_else(|| self.first_on_screen(pane));
        self.select = Some(Selecting {
            article,
            caret,
            anchor: None,
            goal: None,
        });
        self.mode = Mode::Select;
        self.reveal_caret();
    }

    /// Remembers where `v` is to start the caret (see [`CaretHome`]).
    pub(super) fn set_place(&mut self, article: ArticleIx, at: TextPos) {
        self.place = Some(CaretHome {
            article,
            at,
            cursor: self.cursor,
        });
    }

    /// The first character of the first line of text (or headline) the pane shows.
    fn first_on_screen(&self, pane: PaneIx) -> TextPos {
        let (w, h) = self.pane_size(pane);
        let view = &self.views[self.panes[pane].article];
        view.visible(self.panes[pane].top, w, h)
            .iter()
            .find_map(|line| {
                let part = part_of(line)?;
                let cells = caret::shown_cells(line, self.bidi);
                caret::line_end(&cells, false).map(|byte| TextPos { part, byte })
            })
            .unwrap_or(TextPos {
                part: Part::Text,
                byte: 0,
            })
    }

    /// Carries out a key of select mode.
    pub fn select_key(&mut self, action: SelectAction) {
        self.status = None;
        let Some(mut s) = self.select else {
            self.mode = Mode::Normal;
            return;
        };
        match action {
            SelectAction::Anchor => {
                s.anchor = match s.anchor {
                    Some(_) => None,
                    None => Some(s.caret),
                }
            }
            SelectAction::Mark => {
                self.start_mark();
                return;
            }
            SelectAction::Narrow => {
                self.narrow();
                return;
            }
            SelectAction::Back if s.anchor.is_some() => s.anchor = None,
            SelectAction::Back => {
                self.select = None;
                self.mode = Mode::Normal;
                return;
            }
            SelectAction::SearchNext | SelectAction::SearchPrev => {
                let forward = action == SelectAction::SearchNext;
                let Some(found) = self.step_search(forward) else {
                    return;
                };
                // Into another article, the caret goes alone: a selection is in one.
                if found.article != s.article {
                    s.anchor = None;
                }
                s.article = found.article;
                s.caret = TextPos {
                    part: found.part,
                    byte: found.bytes.start,
                };
                s.goal = None;
            }
            motion => {
                if let Some((caret, goal)) = self.moved(&s, motion) {
                    s.caret = caret;
                    s.goal = goal;
                }
            }
        }
        self.select = Some(s);
        self.reveal_caret();
    }

    /// Where a motion takes the caret, and the column `j`/`k` keep (None: the caret stays).
    fn moved(&self, s: &Selecting, motion: SelectAction) -> Option<(TextPos, Option<usize>)> {
        use SelectAction::*;
        let step = match motion {
            WordNext | WordPrev | WordEnd => return Some((self.word_motion(s, motion)?, None)),
            Down | Up => return self.line_motion(s, motion == Down),
            Left => -1,
            Right => 1,
            LineStart | LineEnd => 0,
            Anchor | Mark | Narrow | Back | SearchNext | SearchPrev => return None,
        };
        let (_, line) = self.line_of(s.article, s.caret)?;
        let cells = caret::shown_cells(&line, self.bidi);
        let byte = match motion {
            LineStart | LineEnd => caret::line_end(&cells, motion == LineEnd),
            _ => caret::step_visually(&cells, s.caret.byte, step),
        }?;
        Some((TextPos { byte, ..s.caret }, None))
    }

    /// The parts of an article in reading order: its headline (0), then its paragraphs.
    pub(super) fn segment(&self, article: ArticleIx, ix: usize) -> Option<(Part, usize, &str)> {
        let a = article.of(&self.briefing);
        match ix {
            0 => Some((Part::Headline, 0, a.headline.as_str())),
            _ => {
                let range = a.paragraphs.get(ix - 1)?;
                Some((Part::Text, range.start, &a.text[range.clone()]))
            }
        }
    }

    /// The segment a position is in (see [`Reader::segment`]).
    pub(super) fn segment_of(&self, article: ArticleIx, pos: TextPos) -> usize {
        match pos.part {
            Part::Headline => 0,
            Part::Text => {
                let paragraphs = &article.of(&self.briefing).paragraphs;
                // A paragraph's end (where `e` may leave the caret) is still in it.
                1 + paragraphs
                    .partition_point(|r| r.end < pos.byte)
                    .min(paragraphs.len().saturating_sub(1))
            }
        }
    }

    /// `w`, `b`, `e`: in the caret's paragraph (or headline), else in the next (previous)
    /// ones that have a word.
    fn word_motion(&self, s: &Selecting, motion: SelectAction) -> Option<TextPos> {
        let first = self.segment_of(s.article, s.caret);
        let forward = motion != SelectAction::WordPrev;
        for step in 0..SEGMENTS {
            let ix = if forward {
                first + step
            } else {
                first.checked_sub(step)?
            };
            let (part, start, text) = self.segment(s.article, ix)?;
            let here = (step == 0).then(|| s.caret.byte.saturating_sub(start));
            let found = match (motion, here) {
                (SelectAction::WordNext, Some(at)) => caret::next_word_start(text, at, false),
                (SelectAction::WordNext, None) => caret::next_word_start(text, 0, true),
                (SelectAction::WordEnd, here) => caret::word_end(text, here.unwrap_or(0)),
                (_, Some(at)) => caret::prev_word_start(text, at),
                (_, None) => caret::last_word_start(text),
            };
            if let Some(at) = found {
                return Some(TextPos {
                    part,
                    byte: start + at,
                });
            }
        }
        None
    }

    /// `j`/`k`: the screen line below or above (past blank and source lines), at the goal
    /// column.
    fn line_motion(&self, s: &Selecting, down: bool) -> Option<(TextPos, Option<usize>)> {
        let pane = self.pane_of(s.article)?;
        let (w, _) = self.pane_size(pane);
        let view = &self.views[s.article];
        let (mut at, line) = self.line_of(s.article, s.caret)?;
        let goal = s
            .goal
            .or_else(|| caret::column_of(&caret::shown_cells(&line, self.bidi), s.caret.byte))?;
        for _ in 0..4 {
            at = match down {
                true => view.forward(at, 1, w)?,
                false if at == Anchor::default() => return None,
                false => view.backward(at, 1, w),
            };
            let line = view.lines(at.block, w).get(at.line)?.clone();
            let Some(part) = part_of(&line) else {
                continue;
            };
            let cells = caret::shown_cells(&line, self.bidi);
            if let Some(byte) = caret::at_column(&cells, goal) {
                return Some((TextPos { part, byte }, Some(goal)));
            }
        }
        None
    }

    /// The pane showing an article.
    pub(super) fn pane_of(&self, article: ArticleIx) -> Option<PaneIx> {
        self.panes
            .iter()
            .position(|p| p.article == article)
            .map(PaneIx)
    }

    /// The screen line a position is on, at its pane's width, and where it is.
    pub(super) fn line_of(
        &self,
        article: ArticleIx,
        pos: TextPos,
    ) -> Option<(Anchor, ArticleLine)> {
        let (w, _) = self.pane_size(self.pane_of(article)?);
        let view = &self.views[article];
        let at = match pos.part {
            Part::Text => view.anchor_of(pos.byte, w),
            Part::Headline => {
                let lines = view.lines(0, w);
                let line = lines
                    .iter()
                    .position(|l| l.line.source.end > pos.byte)
                    .unwrap_or(lines.len().saturating_sub(1));
                Anchor { block: 0, line }
            }
        };
        let line = view.lines(at.block, w).get(at.line)?.clone();
        Some((at, line))
    }

    /// Scrolls the caret's pane so the caret is in view.
    pub(super) fn reveal_caret(&mut self) {
        let Some(s) = self.select else { return };
        let (Some(pane), Some((target, _))) =
            (self.pane_of(s.article), self.line_of(s.article, s.caret))
        else {
            return;
        };
        let (w, h) = self.pane_size(pane);
        let top = self.panes[pane].top;
        self.panes[pane].top = self.views[s.article].reveal(top, target, w, h);
    }
}

/// The part of an article a laid-out line shows (None for the source line and gaps).
pub fn part_of(line: &ArticleLine) -> Option<Part> {
    match line.kind {
        LineKind::Headline => Some(Part::Headline),
        LineKind::Body { .. } => Some(Part::Text),
        LineKind::Source | LineKind::Blank => None,
    }
}
