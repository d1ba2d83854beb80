//! Reviewing `suggest`'s proposals inside the reader.
//!
//! `S` computes the proposals for the model on screen (`review_job`: on a thread of its
//! own for a big briefing, with a progress line, Esc cancelling; with the memory of the
//! library the reader was opened from) and walks them ([`Mode::Review`]): the focused
//! article's first, grouped by entity, the entity with the surest proposal first and
//! within an entity the surest first ([`order`]). Each is drawn underlined where it is (the
//! `suggestion` colour), the current one stands out, and the status line says what it
//! proposes and how many are left. Accepting one performs its edits, made by the same
//! function as `suggest --apply`'s (`suggest::apply::edits`: a new entity is created by the
//! first of its mentions accepted, with the names of what was accepted only; a known entity
//! gets the name of a mention accepted in a language it has no name in), then the
//! proposals are computed again on the new model ([`Reader::refresh_review`]), so that after
//! accepting "Mali" as a new place the next "Mali" is proposed as that place; the current
//! proposal stays current. Accepting all of an entity accepts its other pending proposals
//! in one undoable step. A rejected proposal's text is not proposed again for the rest of
//! the session, whatever a later `S` or refresh would propose there ([`ReviewSession`]).
//! Skipping leaves a proposal for after the others.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;
use std::rc::Rc;

use crate::annotate::Edit;
use crate::briefing::{ArticleIx, Briefing, EntityIx, EntityKind, Part};
use crate::suggest::{self, Suggestion, Suggestions};

use super::review_job::{self, Job, Library, Polled, Prepared};
use super::state::{Mode, Reader};

/// Where a proposal is: what `n` rejects and `s` skips.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Span {
    article: ArticleIx,
    part: Part,
    bytes: Range<usize>,
}

impl Span {
    fn of(s: &Suggestion) -> Span {
        Span {
            article: s.article,
            part: s.part,
            bytes: s.bytes.clone(),
        }
    }
}

/// What outlives one review, for the reader's whole session: the text rejected, the
/// gazetteers (and library memory) prepared by the first `S`, the library, and the job
/// computing proposals, if one is.
#[derive(Default)]
pub struct ReviewSession {
    rejected: HashSet<Span>,
    prepared: Option<Prepared>,
    library: Option<Library>,
    job: Option<Job>,
}

/// What is being reviewed: the proposals and each one's fate (the state of
/// [`Mode::Review`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    suggestions: Suggestions,
    /// Pending proposals' positions in `suggestions.mentions`, in review order.
    pending: Vec<usize>,
    /// Position in `pending` of the current one.
    at: usize,
    accepted: usize,
    rejected: usize,
    /// Skipped proposals: after the others when the proposals are computed again.
    skipped: HashSet<Span>,
    /// The article whose proposals come first (the focused one when `S` was pressed).
    first: ArticleIx,
    /// The first proposals are still being computed.
    waiting: bool,
    /// What was done last, said before the current proposal.
    note: String,
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

/// The review order of the proposals not rejected: skipped ones last; the others by
/// entity, the entities with proposals in article `first` before the others, the one with
/// the surest proposal (there) first, then in text order; within an entity, those in `first` first,
/// the surest first, then in text order.
fn order(
    s: &Suggestions,
    rejected: &HashSet<Span>,
    skipped: &HashSet<Span>,
    first: ArticleIx,
) -> Vec<usize> {
    let mut pending: Vec<usize> = (0..s.mentions.len())
        .filter(|&i| !rejected.contains(&Span::of(&s.mentions[i])))
        .collect();
    // Confidence in thousandths, so that keys are ordered.
    let sure = |m: &Suggestion| -((m.confidence * 1000.0).round() as i64);
    let elsewhere = |m: &Suggestion| m.article != first;
    // Each entity's best: (elsewhere, surest, first position), over its pending proposals
    // not skipped.
    let mut best: HashMap<usize, (bool, i64, usize)> = HashMap::new();
    for &i in &pending {
        let m = &s.mentions[i];
        if skipped.contains(&Span::of(m)) {
            continue;
        }
        let key = (elsewhere(m), sure(m), i);
        best.entry(m.entity)
            .and_modify(|b| *b = (*b).min(key))
            .or_insert(key);
    }
    pending.sort_by_key(|&i| {
        let m = &s.mentions[i];
        let skip = skipped.contains(&Span::of(m));
        let entity = best.get(&m.entity).copied();
        (skip, entity, elsewhere(m), sure(m), i)
    });
    pending
}

impl Reader {
    /// The library `S` remembers entities from (the one the reader was opened from, or the
    /// config's), reading files of at most `max_size` bytes there.
    pub fn with_library(mut self, dir: Option<std::path::PathBuf>, max_size: u64) -> Reader {
        self.review_session.library = dir.map(|dir| Library { dir, max_size });
        self
    }

    /// `S`: computes the proposals for the model on screen and shows the first, at once for
    /// a small briefing; else it says how far it is until they are in (see [`Reader::tick`]).
    pub(super) fn start_review(&mut self) {
        let first = self.focused_article();
        let waiting = Review {
            suggestions: Suggestions::default(),
            pending: Vec::new(),
            at: 0,
            accepted: 0,
            rejected: 0,
            skipped: HashSet::new(),
            first,
            waiting: true,
            note: String::new(),
        };
        self.mode = Mode::Review(waiting);
        self.compute_proposals();
    }

    /// Computes the proposals for the model on screen: here, or on a job that
    /// [`Reader::tick`] waits for.
    fn compute_proposals(&mut self) {
        let session = &mut self.review_session;
        let (prepared, library) = (session.prepared.clone(), session.library.clone());
        if review_job::in_background(&self.briefing, prepared.as_ref(), library.as_ref()) {
            // A job computing for an older model is cancelled (dropped).
            session.job = Some(Job::start(&self.briefing, prepared, library));
            self.show_progress();
            return;
        }
        session.job = None;
        match review_job::compute(&self.briefing, prepared, library.as_ref(), &mut |_| true) {
            Some((s, prepared)) => self.take_proposals(s, prepared),
            None => self.close_mode(),
        }
    }

    /// While the first proposals are computed: the progress line.
    fn show_progress(&mut self) {
        let (Some(job), Mode::Review(Review { waiting: true, .. })) =
            (&self.review_session.job, &self.mode)
        else {
            return;
        };
        let line = job.line();
        let key = self.keys.review.key(super::keys::ReviewAction::Stop);
        self.say(&[&line, " · ", &key, " cancels"]);
    }

    /// Takes in what a job has done; returns whether the screen changed. The event loop
    /// calls it between events while [`Reader::busy`].
    pub fn tick(&mut self) -> bool {
        let Some(job) = &mut self.review_session.job else {
            return false;
        };
        if !matches!(self.mode, Mode::Review(_)) {
            // The review ended some other way: nothing waits for the job.
            self.review_session.job = None;
            return false;
        }
        match job.poll() {
            Polled::Working => {
                let before = self.status.clone();
                self.show_progress();
                self.status != before
            }
            Polled::Done(s, prepared) => {
                let stale = !Rc::ptr_eq(&job.of, &self.briefing);
                self.review_session.job = None;
                match stale {
                    true => {
                        self.review_session.prepared = Some(prepared);
                        self.compute_proposals();
                    }
                    false => self.take_proposals(s, prepared),
                }
                true
            }
            Polled::Lost => {
                self.review_session.job = None;
                self.close_mode();
                self.say(&["suggestions could not be computed (the computation stopped)"]);
                true
            }
        }
    }

    /// Whether proposals are being computed (the event loop then wakes more often).
    pub fn busy(&self) -> bool {
        self.review_session.job.is_some()
    }

    /// Takes in proposals computed for the model on screen: the first ones of a review, or
    /// the ones computed again after an accept (the current proposal stays current).
    fn take_proposals(&mut self, s: Suggestions, mut prepared: Prepared) {
        let warning = prepared.warning.take();
        self.review_session.prepared = Some(prepared);
        let Mode::Review(review) = &mut self.mode else {
            return;
        };
        let current = review.current().map(Span::of);
        let mut pending = order(
            &s,
            &self.review_session.rejected,
            &review.skipped,
            review.first,
        );
        if let Some(k) =
            current.and_then(|c| (pending.iter()).position(|&i| Span::of(&s.mentions[i]) == c))
        {
            let i = pending.remove(k);
            pending.insert(0, i);
        }
        if let Some(w) = warning {
            review.note = format!("{w} · {}", review.note);
        }
        if review.waiting && pending.is_empty() {
            let note = std::mem::take(&mut review.note);
            self.close_mode();
            self.say(&[&note, "no suggestions left to review"]);
            return;
        }
        review.suggestions = s;
        review.pending = pending;
        review.at = 0;
        review.waiting = false;
        self.show_proposal();
    }

    /// After an accept: the proposals computed again on the new model (meanwhile the review
    /// goes on with the ones it has: their edits find an entity created since by its id).
    /// While a job computes, none is started: its result, stale, starts the next (see
    /// [`Reader::tick`]), so quick accepts on a big briefing run one job at a time.
    fn refresh_review(&mut self) {
        if matches!(self.mode, Mode::Review(_)) && self.review_session.job.is_none() {
            self.compute_proposals();
        }
    }

    /// Scrolls to the current proposal and says what it is, after the review's note (what
    /// was done to the one before).
    fn show_proposal(&mut self) {
        let Mode::Review(review) = &self.mode else {
            return;
        };
        let note = review.note.clone();
        let Some(s) = review.current() else {
            let done = format!(
                "{note}review done: {} accepted, {} rejected",
                review.accepted, review.rejected
            );
            self.stop_job_and_close();
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

    /// Accepts these proposals (positions in the suggestion list) in one undoable step,
    /// then computes the proposals again.
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
            review.note = format!("{done} · ");
            self.show_proposal();
            self.refresh_review();
        }
    }

    /// `n`: rejects the current proposal: its text is not proposed again this session.
    pub(super) fn reject(&mut self) {
        let Mode::Review(review) = &mut self.mode else {
            return;
        };
        let Some(i) = review.pending.get(review.at).copied() else {
            return;
        };
        self.review_session
            .rejected
            .insert(Span::of(&review.suggestions.mentions[i]));
        review.pending.remove(review.at);
        review.rejected += 1;
        review.at = review.at.min(review.pending.len());
        review.note = "rejected · ".into();
        self.show_proposal();
    }

    /// `s`: leaves the current proposal for after the others and goes to the next.
    pub(super) fn skip(&mut self) {
        let Mode::Review(review) = &mut self.mode else {
            return;
        };
        let Some(s) = review.current() else {
            return;
        };
        review.skipped.insert(Span::of(s));
        review.at += 1;
        review.note = "skipped · ".into();
        self.show_proposal();
    }

    /// Esc: stops reviewing, or cancels the computing of the proposals (what is left is
    /// proposed again by the next `S`).
    pub(super) fn stop_review(&mut self) {
        let waiting = matches!(self.mode, Mode::Review(Review { waiting: true, .. }));
        self.stop_job_and_close();
        let key = self.keys.normal.key(super::keys::Action::Review);
        match waiting {
            true => self.say(&["suggesting cancelled: ", &key, " starts it again"]),
            false => self.say(&["review stopped: ", &key, " starts it again"]),
        }
    }

    /// Ends the review: a job still computing is cancelled.
    fn stop_job_and_close(&mut self) {
        self.review_session.job = None;
        self.close_mode();
    }
}

/// The edits that accept proposals `which` (positions in `suggestions.mentions`), made as
/// `suggest --apply` makes them (`suggest::apply::edits`: a new entity is created once,
/// and found again by its id once created), and for a known entity without a name in the
/// language of a mention accepted, that name ([`names_learned`]); or why they cannot all
/// be accepted.
fn proposal_edits(
    b: &Briefing,
    suggestions: &Suggestions,
    which: &[usize],
) -> Result<Vec<Edit>, &'static str> {
    let which: Vec<&Suggestion> = which.iter().map(|&i| &suggestions.mentions[i]).collect();
    let planned = suggest::apply::edits(b, suggestions, which.iter().copied(), &|_| Ok(()));
    if !planned.left_out.is_empty() {
        return Err("this figure has no count the format can hold: mark it by hand in select mode");
    }
    let mut edits = planned.edits;
    edits.extend(names_learned(b, suggestions, &which));
    Ok(edits)
}

/// For each known entity (not a casualty) a proposal of `which` belongs to, the name in
/// the proposal's article language when the entity has none there and the text differs
/// from its name: accepting مالي for Mali gives Mali its Arabic name, as creating it with
/// both would have.
fn names_learned(b: &Briefing, s: &Suggestions, which: &[&Suggestion]) -> Vec<Edit> {
    let mut learned: BTreeMap<(EntityIx, String), String> = BTreeMap::new();
    for m in which {
        let Some(e) = suggest::apply::known(b, &s.entities[m.entity]) else {
            continue;
        };
        let entity = &b.entities[e];
        let lang = &b.articles[m.article].lang;
        let text = &b.articles[m.article].part(m.part)[m.bytes.clone()];
        if entity.kind != EntityKind::Casualty
            && !entity.names.contains_key(lang)
            && text != entity.name
        {
            learned
                .entry((e, lang.clone()))
                .or_insert_with(|| text.to_string());
        }
    }
    learned
        .into_iter()
        .map(|((entity, lang), name)| Edit::SetName {
            entity,
            lang,
            name: Some(name),
        })
        .collect()
}

#[cfg(test)]
#[path = "review_tests.rs"]
mod tests;
