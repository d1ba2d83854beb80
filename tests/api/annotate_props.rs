//! Random sequences of edits on a hand-written briefing (comments, single-quoted, plain and
//! escaped double-quoted scalars, blank lines), with undo and redo steps among them: saving
//! gives a file that loads to exactly the model that was edited, and keeps the file's
//! comments and quoting outside what changed. The same on the bundled briefing and a
//! development briefing (with fewer cases: they are bigger).

use std::collections::BTreeMap;
use std::ops::Range;

use briefing::annotate::{Edit, History, new_entity_id, save};
use briefing::briefing::{
    ArticleIx, Briefing, EntityIx, EntityKind, Figure, FigureType, Part, Qualifier, load_str,
};
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

const QUIRKY: &str = include_str!("../fixtures/annotate/quirky.yaml");
/// A development briefing of the team's (`/work/shared/briefings/dev/`), with its comments.
const DEV: &str = include_str!("../fixtures/annotate/dev.yaml");

/// What the file must still hold after any edits (none of them is inside a value an edit
/// can change or a line an edit can remove).
const KEPT: &[&str] = &[
    "# A briefing written by hand: comments, odd quoting, blank lines, keys in their own order.\n",
    "title: 'Gunmen attack a resort near Bamako'   # single-quoted\n",
    "date: \"2017-06-18\"\n",
    "    source: \"Wire \\\"copy\\\"\"\n",
    "    headline: 'هجوم قرب باماكو'\n",
    "  # places first\n",
    "          # the capital\n",
    "# the end\n",
];

/// Names that need care in YAML.
const NAMES: &[&str] = &[
    "Bamako: the capital",
    "it's # not a comment",
    "\"quoted\"",
    "باماكو",
    "- dash",
    "null",
    "yes",
    "  padded  ",
    "[1, 2]",
];

/// One step, as seeds resolved against the model at the time.
#[derive(Debug, Clone)]
enum Step {
    Add(usize, usize, usize, usize, bool),
    Remove(usize),
    Move(usize, usize),
    MentionFigure(usize, u64),
    Rename(usize, usize),
    SetName(usize, usize, Option<usize>),
    Link(usize, usize),
    Unlink(usize, usize),
    Figure(usize, u64),
    Create(usize, usize),
    Undo,
    Redo,
}

fn step() -> impl Strategy<Value = Step> {
    let n = || 0usize..1000;
    prop_oneof![
        4 => (n(), n(), 1usize..4, n(), any::<bool>()).prop_map(|(a, w, l, e, h)| Step::Add(a, w, l, e, h)),
        2 => n().prop_map(Step::Remove),
        1 => (n(), n()).prop_map(|(m, e)| Step::Move(m, e)),
        1 => (n(), 0u64..40).prop_map(|(m, c)| Step::MentionFigure(m, c)),
        1 => (n(), n()).prop_map(|(e, k)| Step::Rename(e, k)),
        1 => (n(), n(), prop::option::of(n())).prop_map(|(e, l, k)| Step::SetName(e, l, k)),
        1 => (n(), n()).prop_map(|(a, b)| Step::Link(a, b)),
        1 => (n(), n()).prop_map(|(a, b)| Step::Unlink(a, b)),
        1 => (n(), 0u64..40).prop_map(|(e, c)| Step::Figure(e, c)),
        1 => (n(), n()).prop_map(|(k, name)| Step::Create(k, name)),
        1 => Just(Step::Undo),
        1 => Just(Step::Redo),
    ]
}

fn figure(count: u64) -> Figure {
    Figure {
        kind: FigureType::Killed,
        count,
        count_max: None,
        qualifier: if count.is_multiple_of(3) {
            Qualifier::AtLeast
        } else {
            Qualifier::Exact
        },
        superseded: false,
        as_of: None,
    }
}

/// The byte ranges of the words of a text.
fn words(text: &str) -> Vec<Range<usize>> {
    text.split_word_bound_indices()
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
        .map(|(i, w)| i..i + w.len())
        .collect()
}

/// Every mention, the texts' then the headlines'.
fn all_mentions(b: &Briefing) -> Vec<briefing::briefing::Mention> {
    b.mentions
        .iter()
        .chain(&b.headline_mentions)
        .cloned()
        .collect()
}

fn figure_for(b: &Briefing, entity: EntityIx, count: u64) -> Option<Figure> {
    (b.entities[entity].kind == EntityKind::Casualty).then(|| figure(count))
}

/// The edit a step makes on `b`, if it names anything.
fn edit(b: &Briefing, step: &Step) -> Option<Edit> {
    let entities = b.entities.len();
    let mentions = all_mentions(b);
    let mention = |k: usize| mentions.get(k % mentions.len().max(1)).cloned();
    Some(match *step {
        Step::Add(a, w, len, e, headline) => {
            let article = ArticleIx(a % b.articles.len());
            let part = if headline { Part::Headline } else { Part::Text };
            let ws = words(b.articles[article].part(part));
            let first = w % ws.len();
            let last = (first + len - 1).min(ws.len() - 1);
            let entity = EntityIx(e % entities);
            Edit::AddMention {
                entity,
                article,
                part,
                bytes: ws[first].start..ws[last].end,
                figure: figure_for(b, entity, (w % 40) as u64),
            }
        }
        Step::Remove(m) => {
            let m = mention(m)?;
            Edit::RemoveMention {
                entity: m.entity,
                article: m.article,
                part: m.part,
                bytes: m.bytes,
            }
        }
        Step::Move(m, e) => {
            let m = mention(m)?;
            Edit::MoveMention {
                from: m.entity,
                to: EntityIx(e % entities),
                article: m.article,
                part: m.part,
                bytes: m.bytes,
            }
        }
        Step::MentionFigure(m, c) => {
            let m = mention(m)?;
            Edit::SetMentionFigure {
                entity: m.entity,
                article: m.article,
                part: m.part,
                bytes: m.bytes,
                figure: figure_for(b, m.entity, c).filter(|_| !c.is_multiple_of(5)),
            }
        }
        Step::Rename(e, k) => Edit::Rename {
            entity: EntityIx(e % entities),
            name: NAMES[k % NAMES.len()].into(),
        },
        Step::SetName(e, l, k) => Edit::SetName {
            entity: EntityIx(e % entities),
            lang: ["ar", "fr", "en"][l % 3].into(),
            name: k.map(|k| NAMES[k % NAMES.len()].to_string()),
        },
        Step::Link(x, y) => Edit::Link {
            from: EntityIx(x % entities),
            to: EntityIx(y % entities),
        },
        Step::Unlink(x, y) => {
            let from = EntityIx(x % entities);
            let links = &b.entities[from].links;
            Edit::Unlink {
                from,
                to: *links.get(y % links.len().max(1))?,
            }
        }
        Step::Figure(e, c) => Edit::SetFigure {
            entity: EntityIx(e % entities),
            figure: figure_for(b, EntityIx(e % entities), c),
        },
        Step::Create(k, n) => {
            let kind = EntityKind::ALL[k % 3];
            let name = NAMES[n % NAMES.len()];
            Edit::CreateEntity {
                id: new_entity_id(b, name),
                kind,
                name: name.into(),
                names: BTreeMap::new(),
                figure: (kind == EntityKind::Casualty).then(|| figure(n as u64 % 40)),
            }
        }
        Step::Undo | Step::Redo => return None,
    })
}

/// Runs `steps` on the briefing `text` through a history, saves, and checks the file loads
/// back as the model and still holds every string of `kept`.
fn check(text: &str, steps: &[Step], kept: &[&str]) -> Result<(), TestCaseError> {
    let original = load_str("q.yaml", text).unwrap().briefing;
    let mut b = original.clone();
    let mut history = History::new();
    for s in steps {
        match s {
            Step::Undo => {
                history.undo(&mut b).transpose().unwrap();
            }
            Step::Redo => {
                history.redo(&mut b).transpose().unwrap();
            }
            _ => {
                if let Some(e) = edit(&b, s) {
                    // A refused edit changes nothing; the loader's rules decide.
                    let before = b.clone();
                    if history.perform(&mut b, e).is_err() {
                        prop_assert_eq!(&b, &before);
                    }
                }
            }
        }
    }
    let saved =
        save("q.yaml", text, &original, &b).map_err(|e| TestCaseError::fail(format!("{e}")))?;
    let loaded = load_str("q.yaml", &saved.yaml)
        .map_err(|d| TestCaseError::fail(format!("{d:?}\n{}", saved.yaml)))?;
    prop_assert_eq!(&loaded.briefing, &b);
    for kept in kept {
        prop_assert!(
            saved.yaml.contains(kept),
            "{:?} lost:\n{}",
            kept,
            saved.yaml
        );
    }
    if !history.is_dirty() {
        prop_assert_eq!(&b, &original);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn edits_saved_load_back_as_shown(steps in prop::collection::vec(step(), 1..24)) {
        check(QUIRKY, &steps, KEPT)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn edits_of_real_briefings_save_too(steps in prop::collection::vec(step(), 1..16), dev in any::<bool>()) {
        let (text, kept): (&str, &[&str]) = match dev {
            true => (DEV, &["  # ---- actors ----\n", "  # ---- places ----\n"]),
            false => (briefing::briefing::load::BUNDLED_YAML, &[]),
        };
        check(text, &steps, kept)?;
    }
}
