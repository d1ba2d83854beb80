//! Annotation benchmarks on the big briefing (two ~5 MB articles, ~20 000 mentions,
//! generated from the bundled one as the reader benchmarks do): one mark (AddMention of an
//! unmarked word) and its undo, as the reader makes them; and one save of that edit (spans
//! pass, line changes, reload check), timed once beside one load, since it takes a few
//! times as long as a load.

use std::hint::black_box;
use std::time::Instant;

use briefing::annotate::{Edit, apply, save};
use briefing::briefing::{ArticleIx, EntityIx};
use briefing::briefing::{Briefing, Part, bundled, load_str};
use criterion::{Criterion, criterion_group, criterion_main};

#[path = "common/inputs.rs"]
mod inputs;

/// An AddMention of a word of the first article that no mention touches, near the middle.
fn unmarked_word(b: &Briefing) -> Edit {
    let text = &b.articles[0].text;
    let mut at = text.len() / 2;
    loop {
        while !text.is_char_boundary(at) {
            at += 1;
        }
        let word_start = at + text[at..].find(' ').expect("a space") + 1;
        let len = text[word_start..]
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(0);
        let bytes = word_start..word_start + len;
        let free = b
            .mentions_in(ArticleIx(0))
            .iter()
            .all(|m| m.bytes.end <= bytes.start || m.bytes.start >= bytes.end);
        if len > 2 && free {
            return Edit::AddMention {
                entity: EntityIx(0),
                article: ArticleIx(0),
                part: Part::Text,
                bytes,
                figure: None,
            };
        }
        at = word_start + len;
    }
}

fn annotate(c: &mut Criterion) {
    let source = bundled().expect("bundled briefing").briefing;
    let yaml = inputs::big_briefing(&source, 5 << 20, 20_000);
    let original = load_str("big.yaml", &yaml).expect("valid").briefing;
    let mut b = original.clone();
    let mark = unmarked_word(&b);
    c.bench_function("big briefing: mark a word and undo", |bench| {
        bench.iter(|| {
            let undo = apply(&mut b, black_box(&mark)).expect("mark");
            apply(&mut b, &undo).expect("undo");
        })
    });
    apply(&mut b, &mark).expect("mark");
    let started = Instant::now();
    black_box(load_str("big.yaml", &yaml).expect("valid"));
    println!(
        "big briefing: one load, for comparison: {:.0} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );
    let started = Instant::now();
    let saved = save("big.yaml", &yaml, &original, &b).expect("saved");
    println!(
        "big briefing: save of one new mention: {:.0} ms ({} bytes, +{} -{} lines)",
        started.elapsed().as_secs_f64() * 1000.0,
        saved.yaml.len(),
        saved.lines_added,
        saved.lines_removed
    );
}

criterion_group!(benches, annotate);
criterion_main!(benches);
