//! The review's order, its memory of rejections, its refresh after each accept, the
//! library it remembers entities from, and its computing off the input thread.

use std::collections::HashSet;
use std::path::Path;
use std::time::{Duration, Instant};

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

use super::order;
use crate::annotate::{Edit, NewMention};
use crate::briefing::{ArticleIx, EntityIx, EntityKind, Part, load_str};
use crate::suggest::{SuggestedEntity, Suggestion, Suggestions};
use crate::theme::{BuiltIn, Theme};
use crate::ui::reader::keys::Action;
use crate::ui::reader::state::{Mode, Reader};
use crate::view::BidiMode;

/// A reader on a writable file of `yaml` in `dir`.
fn reader(dir: &Path, yaml: &str) -> Reader {
    let path = dir.join("b.yaml");
    std::fs::write(&path, yaml).unwrap();
    let b = load_str("b.yaml", yaml).unwrap().briefing;
    let mut r = Reader::new(b, Some(path), Theme::built_in(BuiltIn::Dark), BidiMode::App);
    r.settle(Rect::new(0, 0, 120, 40));
    r
}

fn key(r: &mut Reader, c: char) {
    r.handle(Event::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::NONE,
    )));
}

/// Ticks until no job is computing proposals (at most ten seconds).
fn wait(r: &mut Reader) {
    let start = Instant::now();
    while r.busy() {
        assert!(start.elapsed() < Duration::from_secs(10), "still computing");
        r.tick();
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn status(r: &Reader) -> String {
    r.status().unwrap_or_default()
}

fn one_article(text: &str) -> String {
    format!(
        "id: t\ntitle: T\ndate: 2024-01-01\narticles:\n  - id: en\n    lang: en\n    source: s\n    \
         headline: H\n    text: {text}\nentities:\n"
    )
}

fn proposal(article: usize, start: usize, entity: usize, confidence: f64) -> Suggestion {
    Suggestion {
        article: ArticleIx(article),
        part: Part::Text,
        bytes: start..start + 1,
        chars: start..start + 1,
        entity,
        figure: None,
        confidence,
        why: String::new(),
    }
}

#[test]
fn the_focused_article_first_grouped_by_entity_surest_first() {
    let entity = |id: &str| SuggestedEntity {
        existing: None,
        id: id.into(),
        kind: EntityKind::Actor,
        name: id.into(),
        names: Default::default(),
        figure: None,
        remembered: false,
    };
    let s = Suggestions {
        entities: vec![entity("a"), entity("b"), entity("c")],
        mentions: vec![
            proposal(0, 0, 0, 0.9),  // 0: a, in the other article
            proposal(0, 5, 2, 0.95), // 1: c, only in the other article, surest
            proposal(1, 0, 1, 0.6),  // 2: b, in the focused one
            proposal(1, 5, 0, 0.7),  // 3: a, in the focused one
            proposal(1, 9, 0, 0.9),  // 4: a, in the focused one, surer
            proposal(1, 12, 1, 0.8), // 5: b, in the focused one
        ],
    };
    let none = HashSet::new();
    assert_eq!(order(&s, &none, &none, ArticleIx(1)), [4, 3, 0, 5, 2, 1]);
    assert_eq!(order(&s, &none, &none, ArticleIx(0)), [1, 0, 4, 3, 5, 2]);
    let rejected: HashSet<_> = [super::Span::of(&s.mentions[4])].into();
    let skipped: HashSet<_> = [super::Span::of(&s.mentions[5])].into();
    assert_eq!(
        order(&s, &rejected, &skipped, ArticleIx(1)),
        [3, 0, 2, 1, 5]
    );
}

const TWO_MALIS: &str = "It rained in Mali on Sunday, and later in Mali again.";

/// A reader on a text naming Mali twice, reviewing.
fn reviewing_two_malis(dir: &Path) -> Reader {
    let mut r = reader(dir, &one_article(TWO_MALIS));
    r.apply(Action::Review);
    r
}

#[test]
fn after_accepting_a_new_place_its_next_mention_is_proposed_as_that_place() {
    let dir = tempfile::tempdir().unwrap();
    let mut r = reviewing_two_malis(dir.path());
    assert!(
        status(&r).contains("“Mali” → Mali (new place)"),
        "{}",
        status(&r)
    );
    key(&mut r, 'y');
    assert_eq!(r.briefing().entities.len(), 1);
    let now = status(&r);
    assert!(now.contains("“Mali” → Mali (place)"), "{now}");
    key(&mut r, 'y');
    assert_eq!(r.briefing().entities.len(), 1, "one Mali");
    assert_eq!(r.briefing().entities[0].mentions.len(), 2);
}

#[test]
fn a_rejection_holds_for_the_session_whatever_the_proposal_becomes() {
    let dir = tempfile::tempdir().unwrap();
    let mut r = reviewing_two_malis(dir.path());
    assert!(
        status(&r).contains("suggestion 1 of 2: “Mali”"),
        "{}",
        status(&r)
    );
    key(&mut r, 'n');
    r.handle(Event::Key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)));
    // The second Mali marked by hand, as an entity of another id than the one proposed: a
    // later run proposes the first Mali again, as that entity.
    let second = TWO_MALIS.rfind("Mali").unwrap();
    let made = r.perform(
        vec![
            Edit::CreateEntity {
                id: "mali-country".into(),
                kind: EntityKind::Place,
                name: "Mali".into(),
                names: Default::default(),
                figure: None,
            },
            Edit::AddMentions(vec![NewMention {
                entity: EntityIx(0),
                article: ArticleIx(0),
                part: Part::Text,
                bytes: second..second + 4,
                figure: None,
                attribution: None,
            }]),
        ],
        "marked",
    );
    assert!(made, "{}", status(&r));
    r.apply(Action::Review);
    assert!(
        !matches!(r.mode(), Mode::Review(_)),
        "the rejected Mali is proposed again: {}",
        status(&r)
    );
    assert!(status(&r).contains("no suggestions left"), "{}", status(&r));
}

#[test]
fn the_reader_remembers_the_entities_of_its_library() {
    let dir = tempfile::tempdir().unwrap();
    let marked = "id: old\ntitle: O\ndate: 2023-01-01\narticles:\n  - id: en\n    lang: en\n    \
        source: s\n    headline: H\n    text: The Harakat Ansar Dine came.\nentities:\n  - id: ansar-dine\n    \
        kind: actor\n    name: Ansar Dine\n    mentions: [{article: en, quote: Harakat Ansar Dine}]\n";
    std::fs::create_dir(dir.path().join("library")).unwrap();
    std::fs::write(dir.path().join("library/old.yaml"), marked).unwrap();
    let text = "Then harakat ansar dine fighters came.";
    let mut r = reader(dir.path(), &one_article(text))
        .with_library(Some(dir.path().join("library")), 1 << 20);
    r.apply(Action::Review);
    wait(&mut r);
    let Mode::Review(review) = r.mode() else {
        panic!("{:?} {}", r.mode(), status(&r))
    };
    let remembered: Vec<&str> = (review.pending.iter())
        .map(|&i| &review.suggestions.mentions[i])
        .filter(|m| review.suggestions.entities[m.entity].id == "ansar-dine")
        .map(|m| &text[m.bytes.clone()])
        .collect();
    assert_eq!(remembered, ["ansar dine"], "its name, by its id");
}

/// A briefing of about `bytes` of English text, with a place named in every sentence.
fn big(bytes: usize) -> String {
    let sentence = "Gunmen attacked a hotel in Mali and killed three people. ";
    one_article(&sentence.repeat(bytes / sentence.len()))
}

#[test]
fn a_big_briefing_is_reviewed_off_the_input_thread_and_esc_cancels() {
    let dir = tempfile::tempdir().unwrap();
    let mut r = reader(
        dir.path(),
        &big(super::super::review_job::BACKGROUND_BYTES + 1000),
    );
    r.apply(Action::Review);
    assert!(r.busy(), "computing on a thread of its own");
    assert!(status(&r).starts_with("suggesting…"), "{}", status(&r));
    r.handle(Event::Key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)));
    assert!(!r.busy(), "cancelled");
    assert!(matches!(r.mode(), Mode::Normal), "{:?}", r.mode());
    assert!(status(&r).contains("cancelled"), "{}", status(&r));
    // Computed to the end, the proposals come in.
    r.apply(Action::Review);
    wait(&mut r);
    assert!(status(&r).starts_with("suggestion 1 of "), "{}", status(&r));
    key(&mut r, 'y');
    assert!(
        r.busy(),
        "computed again after the accept, off the input thread"
    );
    assert!(
        status(&r).starts_with("accepted · suggestion 1 of "),
        "{}",
        status(&r)
    );
    wait(&mut r);
    assert!(
        status(&r).starts_with("accepted · suggestion 1 of "),
        "{}",
        status(&r)
    );
}

#[test]
fn accepting_a_place_in_another_language_gives_it_that_name() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = "id: t\ntitle: T\ndate: 2024-01-01\narticles:\n  - id: en\n    lang: en\n    \
        source: s\n    headline: H\n    text: It rained in Mali.\n  - id: ar\n    lang: ar\n    \
        source: s\n    headline: ع\n    text: مطر في مالي\nentities:\n";
    let mut r = reader(dir.path(), yaml);
    r.apply(Action::Review);
    assert!(
        status(&r).contains("“Mali” → Mali (new place)"),
        "{}",
        status(&r)
    );
    key(&mut r, 'y');
    assert!(status(&r).contains("→ Mali (place)"), "{}", status(&r));
    key(&mut r, 'y');
    let b = r.briefing();
    assert_eq!(b.entities.len(), 1, "one Mali");
    assert_eq!(
        b.entities[0].names.get("ar").map(String::as_str),
        Some("مالي")
    );
    assert_eq!(b.entities[0].mentions.len(), 2);
}

#[test]
fn quick_accepts_on_a_big_briefing_compute_one_job_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let mut r = reader(
        dir.path(),
        &big(super::super::review_job::BACKGROUND_BYTES + 1000),
    );
    r.apply(Action::Review);
    wait(&mut r);
    key(&mut r, 'y');
    let Some(job) = &r.review_session.job else {
        panic!("no job after the accept")
    };
    let first = std::rc::Rc::as_ptr(&job.of);
    key(&mut r, 'y');
    let same = r
        .review_session
        .job
        .as_ref()
        .map(|j| std::rc::Rc::as_ptr(&j.of));
    assert_eq!(
        same,
        Some(first),
        "the second accept waits for the job under way"
    );
    // Its result is stale: the next job computes for the model after both accepts.
    wait(&mut r);
    let Mode::Review(review) = r.mode() else {
        panic!("{:?}", r.mode())
    };
    let marked = r.briefing().mentions.len();
    assert_eq!(marked, 2, "{}", status(&r));
    assert!(review.pending.len() > 2);
}
