//! Edit keys act on what the focused pane has selected, through the real binary in a
//! pseudo-terminal: with the cursor on a mention of the people killed and the entity list
//! focused on another casualty figure, `f` edits that figure (its prompt names it) and the
//! killed mention under the cursor is saved unchanged.

use crate::common;

use std::fs;
use std::time::Duration;

use briefing::briefing::{FigureType, Qualifier, load_str};
use common::PtySession;

const BUNDLED: &str = include_str!("../../briefings/mali-le-campement-2017-06-18.yaml");
const KILLED: &str = "People killed in the Le Campement attack";
const OTHER: &str = "French-Gabonese victim among the dead";

#[test]
fn f_in_the_entity_list_edits_the_highlighted_entity_not_the_mention_under_the_cursor() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.yaml");
    fs::write(&path, BUNDLED).unwrap();
    let mut r = PtySession::start(&[&path.display().to_string()], &[], 140, 40);
    r.screen_has("Entities:");
    r.step_to(KILLED, 80);
    // Tab Tab: the other article, then the entity list; j: the next casualty figure.
    r.keys("\t");
    r.keys("\t");
    r.pump(Duration::from_millis(200));
    r.keys("j");
    r.wait_status(OTHER);
    r.keys("f");
    r.wait_status(&format!("accepted figure of {OTHER}"));
    for _ in 0.."killed 1".len() {
        r.keys("\x7f");
    }
    r.keys("freed 99");
    r.wait_status("freed 99▏");
    r.keys("\r");
    r.wait_status("unsaved");
    r.keys("w");
    r.wait_status("saved to");
    r.quit();

    let before = load_str("b.yaml", BUNDLED).unwrap().briefing;
    let saved = load_str("b.yaml", &fs::read_to_string(&path).unwrap())
        .unwrap()
        .briefing;
    let other = before
        .entities
        .iter()
        .position(|e| e.name == OTHER)
        .unwrap();
    let figure = saved.entities[other].figure.expect("a figure");
    assert_eq!(
        (figure.kind, figure.count, figure.qualifier),
        (FigureType::Freed, 99, Qualifier::Exact)
    );
    // Nothing else changed: the killed mentions keep their figures.
    let mut expected = before.clone();
    expected.entities[other].figure = Some(figure);
    assert_eq!(saved, expected);
}

/// In an article, `f` edits the mention under the cursor and its prompt names it.
#[test]
fn f_in_an_article_names_the_mention_it_edits() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.yaml");
    fs::write(&path, BUNDLED).unwrap();
    let mut r = PtySession::start(&[&path.display().to_string()], &[], 140, 40);
    r.screen_has("Entities:");
    r.step_to(KILLED, 80);
    r.keys("f");
    r.wait_status(&format!("figure of {KILLED} (en, mention 1 of 3"));
    r.keys("\x1b");
    r.wait_status(&format!("{KILLED} · casualty"));
    r.quit();
}
