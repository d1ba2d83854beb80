//! `suggest` grows linearly with the number of amounts in a text: each hostile shape of
//! issue 25 (vague amounts, distinct figures, repeated Arabic casualty sentences, one number
//! of many thousands groups) is timed at n and 8n repetitions, and 8n must cost well under
//! the 64 times of a quadratic path (the best of five runs each, so that a busy machine
//! does not decide). The two paths that were quadratic have tests of their own beside them
//! (`tokens`, `group`); these guard the whole.

use std::time::{Duration, Instant};

use super::tokens::tokenize;
use super::{Gazetteers, suggest};
use crate::briefing::{Briefing, load_str};

/// 8n over n: about 8 when linear, 64 when quadratic.
const MAX_RATIO: f64 = 24.0;

fn best_of_five(run: &dyn Fn()) -> Duration {
    (0..5)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Fails when running on the input made for 8n costs `MAX_RATIO` times the one for n.
fn grows_linearly<T>(n: usize, make: impl Fn(usize) -> T, run: impl Fn(&T)) {
    let (small, large) = (make(n), make(8 * n));
    let t1 = best_of_five(&|| run(&small));
    let t8 = best_of_five(&|| run(&large));
    let ratio = t8.as_secs_f64() / t1.as_secs_f64().max(1e-6);
    assert!(
        ratio < MAX_RATIO,
        "n: {t1:?}, 8n: {t8:?} (ratio {ratio:.1})"
    );
}

/// A briefing whose English text is `en` and Arabic text `ar`.
fn briefing(en: &str, ar: &str) -> Briefing {
    let yaml = format!(
        "id: t\ntitle: t\ndate: 2024-01-01\narticles:\n  - {{id: en, lang: en, source: s, headline: h, text: {en:?}}}\n  - {{id: ar, lang: ar, source: s, headline: ع, text: {ar:?}}}\nentities: []\n"
    );
    load_str("t.yaml", &yaml).unwrap().briefing
}

fn suggest_all(b: &Briefing) {
    let g = Gazetteers::for_briefing(b);
    assert!(!suggest(b, &g, 0.5).mentions.is_empty());
}

#[test]
fn vague_amounts_repeated() {
    let make = |n| briefing(&"Dozens of people were hurt. ".repeat(n), "نص.");
    grows_linearly(250, make, suggest_all);
}

#[test]
fn distinct_figures_in_both_languages() {
    let make = |n: usize| {
        let en: String = (0..n)
            .map(|i| format!("{} people were killed. ", i + 10))
            .collect();
        let ar: String = (0..n).map(|i| format!("قتل {} أشخاص. ", i + 10)).collect();
        briefing(&en, &ar)
    };
    grows_linearly(150, make, suggest_all);
}

#[test]
fn arabic_casualty_sentences_repeated() {
    let make = |n| {
        briefing(
            "Nothing.",
            &"قتل 5 أشخاص وأصيب 12 آخرون. أصيب العشرات بجروح. ".repeat(n),
        )
    };
    grows_linearly(150, make, suggest_all);
}

#[test]
fn one_number_of_many_thousands_groups() {
    let make = |n| format!("1{} people were killed.", ",000".repeat(n));
    // Large enough that the small run takes milliseconds, not the timer's noise.
    grows_linearly(16_000, make, |text: &String| {
        assert_eq!(tokenize(text).len(), 4);
    });
}
