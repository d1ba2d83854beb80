//! Annotating who said what through the reader's keys (`m`, `c`), on a copy of the claims
//! fixture's file: the sentence's actors offered, said_by and denied_by set and taken away,
//! the claim's cycle, undo, and the saved file read back.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

use crate::briefing::{AnyMention, Attribution, Briefing, Claim, load_path, load_str};
use crate::theme::{BuiltIn, Theme};
use crate::view::BidiMode;

use super::claims::Role;
use super::state::{Focus, Mode, Reader};

const CLAIMS: &str = include_str!("../../../tests/fixtures/claims/claims.yaml");

/// A reader on a writable copy of the claims fixture (the folder is kept alive with it).
fn editable() -> (Reader, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("claims.yaml");
    std::fs::write(&path, CLAIMS).unwrap();
    let b = load_str("claims.yaml", CLAIMS).unwrap().briefing;
    let mut r = Reader::new(b, Some(path), Theme::built_in(BuiltIn::Dark), BidiMode::App);
    r.settle(Rect::new(0, 0, 120, 40));
    (r, dir)
}

fn key(r: &mut Reader, code: KeyCode) {
    r.handle(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn char(r: &mut Reader, c: char) {
    key(r, KeyCode::Char(c));
}

/// Puts the cursor on the first mention of entity `id` and focuses its article's pane.
fn cursor_on(r: &mut Reader, id: &str) {
    let b = r.briefing();
    let e = b.entity_index(id).unwrap();
    let m = AnyMention::Text(b.entities[e].mentions[0]);
    let article = m.of(b).article;
    r.go_to_mention(m);
    let pane = r
        .pane_articles()
        .iter()
        .position(|&a| a == article)
        .unwrap();
    r.focus = Focus::Pane(super::PaneIx(pane));
}

/// The attribution of entity `id`'s first mention.
fn attribution(b: &Briefing, id: &str) -> Attribution {
    let e = b.entity_index(id).unwrap();
    let m = &b.mentions[b.entities[e].mentions[0]];
    m.attribution.as_deref().cloned().unwrap_or_default()
}

fn names(b: &Briefing, of: &[crate::briefing::EntityIx]) -> Vec<String> {
    of.iter().map(|&e| b.entities[e].name.clone()).collect()
}

#[test]
fn m_offers_the_sentences_actors_and_enter_sets_then_takes_away_said_by() {
    let (mut r, _dir) = editable();
    cursor_on(&mut r, "colonel");
    assert!(attribution(r.briefing(), "colonel").said_by.is_empty());
    char(&mut r, 'm');
    let Mode::Speakers(speakers) = r.mode() else {
        panic!("{:?} {:?}", r.mode(), r.status())
    };
    assert_eq!(speakers.role, Role::SaidBy);
    assert_eq!(names(r.briefing(), &speakers.actors), ["The army"]);
    key(&mut r, KeyCode::Enter);
    assert_eq!(r.mode(), &Mode::Normal);
    let said = attribution(r.briefing(), "colonel");
    assert_eq!(names(r.briefing(), &said.said_by), ["The army"]);
    assert_eq!(said.claim, Claim::Denied, "the rest of the claim stays");
    assert!(r.status().unwrap().starts_with("said by The army"));
    // Again: the actor is ticked, and Enter takes it away.
    char(&mut r, 'm');
    let Mode::Speakers(speakers) = r.mode() else {
        panic!()
    };
    assert_eq!(speakers.rows(r.briefing())[0].concat(), "› ✓ The army");
    key(&mut r, KeyCode::Enter);
    assert!(attribution(r.briefing(), "colonel").said_by.is_empty());
    // Undo brings it back.
    char(&mut r, 'u');
    let said = attribution(r.briefing(), "colonel");
    assert_eq!(names(r.briefing(), &said.said_by), ["The army"]);
}

#[test]
fn c_cycles_the_claim_and_a_denial_asks_who_denied_it() {
    let (mut r, dir) = editable();
    cursor_on(&mut r, "killed");
    char(&mut r, 'c');
    // Denied: the sentence's actors are offered as deniers.
    let Mode::Speakers(speakers) = r.mode() else {
        panic!("{:?}", r.status())
    };
    assert_eq!(speakers.role, Role::DeniedBy);
    assert_eq!(attribution(r.briefing(), "killed").claim, Claim::Denied);
    key(&mut r, KeyCode::Enter);
    let a = attribution(r.briefing(), "killed");
    assert_eq!(names(r.briefing(), &a.denied_by), ["Samir Haddad"]);
    assert_eq!(names(r.briefing(), &a.said_by), ["Samir Haddad"], "kept");
    // Disputed keeps who disputes it; reported again drops them.
    char(&mut r, 'c');
    assert_eq!(r.mode(), &Mode::Normal);
    let a = attribution(r.briefing(), "killed");
    assert_eq!((a.claim, a.denied_by.len()), (Claim::Disputed, 1));
    char(&mut r, 'c');
    let a = attribution(r.briefing(), "killed");
    assert_eq!((a.claim, a.denied_by.len()), (Claim::Reported, 0));
    // Denied once more, Esc: denied by nobody named. Saved, it reads back.
    char(&mut r, 'c');
    key(&mut r, KeyCode::Esc);
    assert_eq!(attribution(r.briefing(), "killed").claim, Claim::Denied);
    char(&mut r, 'w');
    let saved = load_path(&dir.path().join("claims.yaml"), 1 << 20)
        .unwrap()
        .briefing;
    let a = attribution(&saved, "killed");
    assert_eq!((a.claim, a.denied_by.len()), (Claim::Denied, 0));
    assert_eq!(names(&saved, &a.said_by), ["Samir Haddad"]);
}

#[test]
fn a_figure_without_actors_in_its_sentence_or_a_mention_without_a_figure_is_refused() {
    let (mut r, _dir) = editable();
    let before = r.briefing().clone();
    cursor_on(&mut r, "car-bomb-2015");
    char(&mut r, 'm');
    assert_eq!(r.mode(), &Mode::Normal);
    let said = r.status().unwrap();
    assert!(
        said.contains("no actor is marked in this sentence"),
        "{said}"
    );
    cursor_on(&mut r, "front");
    char(&mut r, 'c');
    let said = r.status().unwrap();
    assert!(said.contains("only a casualty figure's mention"), "{said}");
    assert_eq!(r.briefing(), &before);
}
