//! `suggest` on any input: random texts mixing Arabic, Latin, digits, cue words, marks,
//! controls and punctuation never make the rules panic, every proposal lies on character
//! boundaries of its text and, once applied, the file still loads with the original text;
//! the hostile and bundled briefings go through the whole pipeline too.

use std::path::PathBuf;

use briefing::briefing::{bundled, load_path, load_str};
use briefing::suggest::{Gazetteers, Part, apply::apply, suggest};
use proptest::prelude::*;

/// Texts from pieces that the rules react to, and noise.
fn pieces() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "killed",
        "at least",
        "20",
        "٢٠",
        "11,000",
        "قتل",
        "قتيلان",
        "شخصين",
        "على الأقل",
        "نحو",
        "مدينة",
        "وزير",
        "Bamako",
        "باماكو",
        "Mali",
        "al-",
        "Qaeda",
        "in the",
        "The",
        "Minister",
        "Salif",
        "forces",
        "gunmen",
        "مسلحون",
        "وال",
        "لل",
        "dozens",
        "العشرات",
        ".",
        ",",
        "\n",
        "\n\n",
        " ",
        "-",
        "’",
        "\u{64e}",
        "\u{202e}",
        "\u{1b}[2J",
        "June",
        "9",
        "2015",
        "of",
        // Words of the rules for one person, denials, shares and the dead attacker.
        "was",
        "shot and",
        "he",
        "died",
        "no one",
        "them",
        ":",
        "lost",
        "himself",
        "critically",
        "aged",
        "عدم",
        "إصابة",
        "أي",
        "ولم",
        "يصب",
        "منهم",
        "لقي",
        "الانتحاري",
        "حتفه",
        "المسلحون",
        "الثلاثة",
        "شخص",
        "مصاب",
    ]);
    prop::collection::vec(piece, 0..60).prop_map(|v| format!("Word {}", v.join(" ")))
}

fn briefing_yaml(en: &str, ar: &str) -> String {
    let q = |s: &str| serde_json::to_string(s).unwrap();
    format!(
        "id: p\ntitle: P\ndate: 2020-01-01\narticles:\n  - id: en\n    lang: en\n    source: s\n    headline: {}\n    text: {}\n  - id: ar\n    lang: ar\n    source: s\n    headline: {}\n    text: {}\n",
        q(&en.replace('\n', " ")),
        q(en),
        q(&ar.replace('\n', " ")),
        q(ar)
    )
}

fn check(yaml: &str) {
    let b = load_str("p.yaml", yaml).unwrap().briefing;
    let g = Gazetteers::for_briefing(&b);
    let s = suggest(&b, &g, 0.0);
    for m in &s.mentions {
        let text = match m.part {
            Part::Text => &b.articles[m.article].text,
            Part::Headline => &b.articles[m.article].headline,
        };
        assert!(text.is_char_boundary(m.bytes.start) && text.is_char_boundary(m.bytes.end));
        assert!(m.bytes.start < m.bytes.end && m.bytes.end <= text.len());
    }
    let applied =
        apply(("p.yaml", "out.yaml"), yaml, &b, &s).unwrap_or_else(|d| panic!("{d:?}\n{yaml}"));
    let out = load_str("out.yaml", &applied.yaml).unwrap().briefing;
    for (a, o) in b.articles.iter().zip(&out.articles) {
        assert_eq!(a.text, o.text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]
    #[test]
    fn any_text_gives_valid_suggestions(en in pieces(), ar in pieces()) {
        check(&briefing_yaml(&en, &ar));
    }
}

/// Suggestions for an annotated briefing propose nothing already marked (in a text or a
/// headline), so applying them is never refused.
#[test]
fn suggestions_apply_to_every_annotated_briefing() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("briefings");
    let mut files = vec![dir.join("mali-le-campement-2017-06-18.yaml")];
    if let Ok(eval) = std::fs::read_dir(dir.join("eval")) {
        files.extend(
            eval.map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|x| x == "yaml")),
        );
    }
    for path in files {
        let source = std::fs::read_to_string(&path).unwrap();
        let b = load_path(&path, 1 << 26).unwrap().briefing;
        let s = suggest(&b, &Gazetteers::for_briefing(&b), 0.0);
        let applied = apply(("in.yaml", "out.yaml"), &source, &b, &s)
            .unwrap_or_else(|d| panic!("{}: {d:?}", path.display()));
        let out = load_str("out.yaml", &applied.yaml).unwrap().briefing;
        assert_eq!(
            out.headline_mentions.len() + out.mentions.len(),
            b.headline_mentions.len() + b.mentions.len() + s.mentions.len(),
            "{}",
            path.display()
        );
    }
}

#[test]
fn bundled_and_hostile_briefings() {
    let b = bundled().unwrap().briefing;
    let s = suggest(&b, &Gazetteers::for_briefing(&b), 0.0);
    assert!(!s.mentions.is_empty());
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/hostile");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if let Ok(loaded) = load_path(&path, 1 << 26) {
            let source = std::fs::read_to_string(&path).unwrap();
            let b = loaded.briefing;
            let s = suggest(&b, &Gazetteers::for_briefing(&b), 0.0);
            if let Ok(applied) = apply(("in.yaml", "out.yaml"), &source, &b, &s) {
                assert!(
                    load_str("out.yaml", &applied.yaml).is_ok(),
                    "{}",
                    path.display()
                );
            }
        }
    }
}
