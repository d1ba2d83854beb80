//! Casualty figures through the whole of `suggest` and `--apply`: a changed toll gives the
//! earlier figure `superseded` on its mention while no entity's accepted figure is ever
//! superseded (the format refuses that), a range is written with `count_max`, each figure's
//! `why` names its rule and quotes its words; and on random texts made of the words the
//! figure rules react to, the rules never panic and whatever they propose loads once
//! applied.

use briefing::briefing::{FigureType, load_str};
use briefing::suggest::{Gazetteers, apply::apply, suggest};
use proptest::prelude::*;

fn yaml(en: &str, ar: &str) -> String {
    let q = |s: &str| serde_json::to_string(s).unwrap();
    format!(
        "id: f\ntitle: F\ndate: 2020-01-01\narticles:\n  - id: en\n    lang: en\n    source: s\n    headline: H\n    text: {}\n  - id: ar\n    lang: ar\n    source: s\n    headline: ع\n    text: {}\n",
        q(en),
        q(ar)
    )
}

/// The briefing `source` with every suggestion applied, loaded again.
fn applied(source: &str) -> briefing::briefing::Briefing {
    let b = load_str("f.yaml", source).unwrap().briefing;
    let s = suggest(&b, &Gazetteers::for_briefing(&b), 0.0);
    let out =
        apply(("f.yaml", "out.yaml"), source, &b, &s).unwrap_or_else(|d| panic!("{d:?}\n{source}"));
    load_str("out.yaml", &out.yaml)
        .unwrap_or_else(|e| panic!("{e:?}\n{}", out.yaml))
        .briefing
}

#[test]
fn a_changed_toll_supersedes_the_earlier_figure_of_its_source() {
    let source = yaml(
        "Five people were killed on Monday. By Tuesday the death toll had risen to 35.",
        "قتل 25 شخصا في الهجوم. ثم ارتفعت حصيلة القتلى إلى 40",
    );
    let out = applied(&source);
    let mut stated: Vec<(String, u64, bool)> = out
        .mentions
        .iter()
        .filter_map(|m| {
            let f = m.figure?;
            Some((out.articles[m.article].id.clone(), f.count, f.superseded))
        })
        .collect();
    stated.sort();
    assert_eq!(
        stated,
        [
            ("ar".to_string(), 25, true),
            ("ar".to_string(), 40, false),
            ("en".to_string(), 5, true),
            ("en".to_string(), 35, false)
        ]
    );
    for e in &out.entities {
        assert!(e.figure.is_none_or(|f| !f.superseded), "{}", e.id);
    }
}

#[test]
fn a_range_is_written_with_its_maximum() {
    let out = applied(&yaml("Between 15 and 20 people were killed.", "نص."));
    let f = out
        .mentions
        .iter()
        .find_map(|m| m.figure)
        .expect("a figure");
    assert_eq!(
        (f.kind, f.count, f.count_max),
        (FigureType::Killed, 15, Some(20))
    );
}

#[test]
fn why_names_the_rule_and_the_words() {
    let source = yaml(
        "Three people died and five were hurt.",
        "أسفر الهجوم عن 12 قتيلا و30 جريحا",
    );
    let b = load_str("f.yaml", &source).unwrap().briefing;
    let s = suggest(&b, &Gazetteers::for_briefing(&b), 0.0);
    let whys: Vec<&str> = s
        .mentions
        .iter()
        .filter(|m| m.figure.is_some())
        .map(|m| m.why.as_str())
        .collect();
    assert_eq!(
        whys,
        [
            "3 killed ← 'Three people died' (clause verb)",
            "5 injured ← 'five were hurt' (clause verb)",
            "12 killed ← '12 قتيلا' (counted noun)",
            "30 injured ← '30 جريحا' (counted noun)"
        ]
    );
}

/// Texts from the words the figure rules react to, and noise.
fn pieces() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "killed",
        "died",
        "were",
        "wounded",
        "and",
        "while",
        "a",
        "policeman",
        "child",
        "another",
        "12",
        "-",
        "year",
        "old",
        "toll",
        "rose",
        "to",
        "from",
        "between",
        "15",
        "20",
        "or",
        "three",
        "people",
        "gunmen",
        "captured",
        "by",
        "in",
        "hours",
        "$",
        "5",
        "million",
        "%",
        ":",
        "p",
        "m",
        "including",
        "so",
        "far",
        ",",
        ".",
        "\n",
        "قتل",
        "قتيلا",
        "جريحا",
        "و12",
        "وأصيب",
        "فيما",
        "حصيلة",
        "ارتفعت",
        "إلى",
        "من",
        "بين",
        "شخصا",
        "مقتل",
        "طفل",
        "بينهما",
        "شخص",
        "عاما",
        "عمره",
        "الساعة",
        "فارق",
        "الحياة",
        "قتيلين",
        "أكثر",
        "حتى",
        "الآن",
        "،",
        "\u{1b}[2J",
        "\u{202e}",
    ]);
    prop::collection::vec(piece, 0..50).prop_map(|v| format!("Word {}", v.join(" ")))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]
    #[test]
    fn figure_words_in_any_order_apply_and_load(en in pieces(), ar in pieces()) {
        let source = yaml(&en, &ar);
        let out = applied(&source);
        for e in &out.entities {
            prop_assert!(e.figure.is_none_or(|f| !f.superseded && f.count_max.is_none_or(|m| m > f.count)));
        }
        let b = load_str("f.yaml", &source).unwrap().briefing;
        let s = suggest(&b, &Gazetteers::for_briefing(&b), 0.0);
        for m in s.mentions.iter().filter(|m| m.figure.is_some()) {
            prop_assert!(!m.why.contains(|c: char| c.is_control()), "{}", m.why);
        }
    }
}
