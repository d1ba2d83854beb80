//! What each byte of an article looks like: its mention's kind, whether that mention's entity
//! is selected or under the cursor, whether it is a search match (in the text or the
//! headline; the current match in reversed video against the others, so it stands out
//! without colour too). The reader and the plain renderer both ask [`Highlight::look_at`]
//! for every cell they draw.

use std::ops::Range;

use crate::briefing::{Briefing, EntityKind, Part};
use crate::theme::{Look, Theme};
use textlayout::StyledRun;

use super::article::{ArticleLine, LineKind};
use super::marks::MentionMap;
use crate::briefing::{AnyMention, EntityIx};

/// Which kinds of entity are highlighted, keyed by [`EntityKind`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindFilter {
    hidden: [bool; 3],
}

impl KindFilter {
    /// Every kind highlighted.
    pub const ALL: KindFilter = KindFilter { hidden: [false; 3] };

    fn slot(kind: EntityKind) -> usize {
        match kind {
            EntityKind::Actor => 0,
            EntityKind::Place => 1,
            EntityKind::Casualty => 2,
        }
    }

    pub fn shows(self, kind: EntityKind) -> bool {
        !self.hidden[Self::slot(kind)]
    }

    /// Switches a kind on or off; returns whether it is now shown.
    pub fn toggle(&mut self, kind: EntityKind) -> bool {
        let slot = &mut self.hidden[Self::slot(kind)];
        *slot = !*slot;
        !*slot
    }
}

pub struct Highlight<'a> {
    pub briefing: &'a Briefing,
    pub mentions: &'a MentionMap,
    pub theme: Theme,
    /// Entity whose mentions all stand out.
    pub selected: Option<EntityIx>,
    /// Mention under the cursor (in the text or the headline).
    pub cursor: Option<AnyMention>,
    /// Which kinds are highlighted at all.
    pub kinds: KindFilter,
    /// Search matches in this article's text, sorted byte ranges.
    pub matches: &'a [Range<usize>],
    /// Search matches in its headline, sorted byte ranges.
    pub headline_matches: &'a [Range<usize>],
    /// The current search match, in the text or the headline.
    pub current_match: Option<(Part, Range<usize>)>,
    /// Suggestions under review in this article, sorted byte ranges.
    pub suggestions: Vec<Range<usize>>,
    /// The suggestion under review.
    pub current_suggestion: Option<Range<usize>>,
}

impl Highlight<'_> {
    pub fn look_at(&self, at: usize) -> Look {
        let mut look = Look::PLAIN;
        if let Some(m) = self.mentions.at(at) {
            let mention = &self.briefing.mentions[m];
            let entity = &self.briefing.entities[mention.entity];
            if self.kinds.shows(entity.kind) {
                look = self.theme.kind(entity.kind);
            }
            if self.selected == Some(mention.entity) {
                look = look.over(self.theme.selected());
            }
            if self.cursor == Some(AnyMention::Text(m)) {
                look = look.over(self.theme.cursor());
            }
        }
        look = self.match_look(look, Part::Text, at);
        let i = self.suggestions.partition_point(|r| r.end <= at);
        if self.suggestions.get(i).is_some_and(|r| r.start <= at) {
            let current = self
                .current_suggestion
                .as_ref()
                .is_some_and(|r| r.contains(&at));
            look = look.over(self.theme.suggestion());
            if current {
                look = look.over(self.theme.cursor());
            }
        }
        look
    }

    /// `look` with the search's look over it when byte `at` of `part` is in a match: the
    /// current match also bold, underlined and with reverse video flipped, which tells it
    /// from the others where attributes are all there is (NO_COLOR, where a match is
    /// reversed and a mention may already be bold and underlined).
    fn match_look(&self, look: Look, part: Part, at: usize) -> Look {
        let matches = match part {
            Part::Text => self.matches,
            Part::Headline => self.headline_matches,
        };
        let i = matches.partition_point(|r| r.end <= at);
        if matches.get(i).is_none_or(|r| r.start > at) {
            return look;
        }
        let look = look.over(self.theme.matched());
        match &self.current_match {
            Some((p, r)) if *p == part && r.contains(&at) => Look {
                reverse: !look.reverse,
                bold: true,
                underline: true,
                ..look
            },
            _ => look,
        }
    }

    /// The look of a cell of `line` whose source starts at byte `start` of its paragraph.
    pub fn cell_look(&self, line: &ArticleLine, start: usize) -> Look {
        match line.kind {
            LineKind::Headline => match self.mentions.headline_at(start) {
                Some(m) => {
                    let entity = m.of(self.briefing).entity;
                    let kind = self.briefing.entities[entity].kind;
                    let mut look = self.theme.headline();
                    if self.kinds.shows(kind) {
                        look = look.over(self.theme.kind(kind));
                    }
                    if self.selected == Some(entity) {
                        look = look.over(self.theme.selected());
                    }
                    if self.cursor == Some(AnyMention::Headline(m)) {
                        look = look.over(self.theme.cursor());
                    }
                    self.match_look(look, Part::Headline, start)
                }
                None => self.match_look(self.theme.headline(), Part::Headline, start),
            },
            LineKind::Source => self.theme.muted(),
            _ => self.look_at(line.offset + start),
        }
    }

    /// The styled runs of one laid-out line, left to right.
    pub fn runs(&self, line: &ArticleLine) -> Vec<StyledRun<Look>> {
        match line.para.as_deref() {
            Some(para) => line.line.runs(para, |src| self.cell_look(line, src.start)),
            None => Vec::new(),
        }
    }
}
