//! Reviewing `suggest`'s proposals inside the reader.
//!
//! `S` runs `suggest` on the model on screen and walks its proposals in order
//! ([`Mode::Review`]): each is drawn underlined where it is (the `suggestion` colour), the
//! current one stands out, and the status line says what it proposes and how many are left.
//! Accepting one performs its edits, made by the same function as `suggest --apply`'s
//! (`suggest::apply::edits`: a new entity is created by the first of its mentions
//! accepted, found again by id for the others); accepting all of an entity accepts its other
//! pending proposals in one undoable step. Rejections are remembered for the session, so a
//! second `S` does not propose them again. Skipping leaves a proposal for a later pass.

use std::collections::HashSet;
use std::ops::Range;

use crate::annotate::Edit;
use crate::briefing::{ArticleIx, Briefing, Part};
use crate::suggest::{self, Gazetteers, Suggestion, Suggestions};

use super::state::{Mode, Reader};

/// Proposals below this confidence are not offered (as `briefing suggest`'s default).
const MIN_CONFIDENCE: f64 = 0.5;

/// A proposal by what it proposes, for remembering rejections.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ProposalKey {
    article: ArticleIx,
    part: Part,
    bytes: Range<usize>,
    entity_id: String,
}

/// What is being reviewed: the proposals and each one's fate (the state of
/// [`Mode::Review`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    suggestions: Suggestions,
    /// Pending proposals' positions in `suggestions.mentions`, in order.
    pending: Vec<usize>,
    /// Position in `pending` of the current one.
    at: usize,
    accepted: usize,
    rejected: usize,
}

impl Review {
    /// The current proposal.
    fn current(&self) -> Option<&Suggestion> {
        self.pending
            .get(self.at)
            .map(|&i| &self.suggestions.mentions[i])
    }

    /// The pending proposals' byte ranges in one article's text, sorted, and the current
    /// one's (for drawing).
    pub fn ranges_in(&self, article: ArticleIx) -> (Vec<Range<usize>>, Option<Range<usize>>) {
        let in_text = |s: &&Suggestion| s.article == article && s.part == Part::Text;
        let mut ranges: Vec<Range<usize>> = self
            .pending
            .iter()
            .map(|&i| &self.suggestions.mentions[i])
            .filter(in_text)
            .map(|s| s.bytes.clone())
            .collect();
        ranges.sort_by_key(|r| (r.start, r.end));
        let current = self.current().filter(in_text).map(|s| s.bytes.clone());
        (ranges, current)
    }
}

fn key(s: &Suggestion, suggestions: &Suggestions) -> ProposalKey {
    ProposalKey {
        article: s.article,
        part: s.part,
        bytes: s.bytes.clone(),
        entity_id: suggestions.entities[s.entity].id.clone(),
    }
}

/// Proposals rejected in this session.
pub type Rejected = HashSet<ProposalKey>;

impl Reader {
    /// `S`: computes the proposals for the model on screen and shows the first.
    pub(super) fn start_review(&mut self) {
        let gazetteers = Gazetteers::for_briefing(&self.briefing);
        let suggestions = suggest::suggest(&self.briefing, &gazetteers, MIN_CONFIDENCE);
        let pending: Vec<usize> = (0..suggestions.mentions.len())
            .filter(|&i| {
                !self
                    .rejected
                    .contains(&key(&suggestions.mentions[i], &suggestions))
            })
            .collect();
        if pending.is_empty() {
            self.say(&["no suggestions left to review"]);
            return;
        }
        self.mode = Mode::Review(Review {
            suggestions,
            pending,
            at: 0,
            accepted: 0,
            rejected: 0,
        });
        self.show_proposal("");
    }

    /// Scrolls to the current proposal and says what it is, after `note` (what was done to
    /// the one before).
    fn show_proposal(&mut self, note: &str) {
        let Mode::Review(review) = &self.mode else {
            return;
        };
        let Some(s) = review.current() else {
            let done = format!(
                "{note}review done: {} accepted, {} rejected",
                review.accepted, review.rejected
            );
            self.close_mode();
            self.say(&[&done]);
            return;
        };
        let entity = &review.suggestions.entities[s.entity];
        let text = self.briefing.articles[s.article].part(s.part)[s.bytes.clone()].to_string();
        let what = match (entity.existing, s.figure) {
            (_, Some(f)) => format!(" ({})", f.describe()),
            (Some(_), None) => format!(" ({})", entity.kind.as_str()),
            (None, None) => format!(" (new {})", entity.kind.as_str()),
        };
        let left = format!(
            "{note}suggestion {} of {}: “",
            review.at + 1,
            review.pending.len()
        );
        let (article, at, part) = (s.article, s.bytes.start, s.part);
        let name = entity.name.clone();
        if part == Part::Text {
            self.reveal(article, at);
        }
        self.say(&[&left, &text, "” → ", &name, &what]);
    }

    /// `y`: accepts the current proposal.
    pub(super) fn accept_one(&mut self) {
        let Some(i) = self.current_index() else {
            return;
        };
        self.accept(vec![i]);
    }

    /// `Y`: accepts every pending proposal of the current one's entity.
    pub(super) fn accept_entity(&mut self) {
        let Mode::Review(review) = &self.mode else {
            return;
        };
        let Some(current) = review.current() else {
            return;
        };
        let entity = current.entity;
        let all: Vec<usize> = review
            .pending
            .iter()
            .copied()
            .filter(|&i| review.suggestions.mentions[i].entity == entity)
            .collect();
        self.accept(all);
    }

    fn current_index(&self) -> Option<usize> {
        let Mode::Review(review) = &self.mode else {
            return None;
        };
        review.pending.get(review.at).copied()
    }

    /// Accepts these proposals (positions in the suggestion list) in one undoable step.
    fn accept(&mut self, which: Vec<usize>) {
        let Mode::Review(review) = &self.mode else {
            return;
        };
        let edits = match proposal_edits(&self.briefing, &review.suggestions, &which) {
            Ok(edits) => edits,
            Err(why) => {
                self.say(&[why]);
                return;
            }
        };
        let n = which.len();
        let done = match n {
            1 => "accepted".to_string(),
            n => format!("accepted {n}"),
        };
        if self.perform(edits, &done)
            && let Mode::Review(review) = &mut self.mode
        {
            review.pending.retain(|i| !which.contains(i));
            review.accepted += n;
            review.at = review.at.min(review.pending.len());
            self.show_proposal(&format!("{done} · "));
        }
    }

    /// `n`: rejects the current proposal, for the rest of the session.
    pub(super) fn reject(&mut self) {
        let Mode::Review(review) = &mut self.mode else {
            return;
        };
        let Some(i) = review.pending.get(review.at).copied() else {
            return;
        };
        self.rejected
            .insert(key(&review.suggestions.mentions[i], &review.suggestions));
        review.pending.remove(review.at);
        review.rejected += 1;
        review.at = review.at.min(review.pending.len());
        self.show_proposal("rejected · ");
    }

    /// `s`: leaves the current proposal for later and goes to the next.
    pub(super) fn skip(&mut self) {
        let Mode::Review(review) = &mut self.mode else {
            return;
        };
        review.at += 1;
        self.show_proposal("skipped · ");
    }

    /// Esc: stops reviewing (what is left is proposed again by the next `S`).
    pub(super) fn stop_review(&mut self) {
        self.close_mode();
        let key = self.keys.normal.key(super::keys::Action::Review);
        self.say(&["review stopped: ", &key, " starts it again"]);
    }
}

/// The edits that accept proposals `which` (positions in `suggestions.mentions`), made as
/// `suggest --apply` makes them (`suggest::apply::edits`): a new entity is created once,
/// and found again by its id once created; or why they cannot all be accepted.
fn proposal_edits(
    b: &Briefing,
    suggestions: &Suggestions,
    which: &[usize],
) -> Result<Vec<Edit>, &'static str> {
    let which = which.iter().map(|&i| &suggestions.mentions[i]);
    let planned = suggest::apply::edits(b, suggestions, which, &|_| Ok(()));
    match planned.left_out.is_empty() {
        true => Ok(planned.edits),
        false => {
            Err("this figure has no count the format can hold: mark it by hand in select mode")
        }
    }
}
