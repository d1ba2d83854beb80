//! Large benchmark inputs made from the bundled briefing (shared by the criterion benches
//! and `examples/bench_inputs.rs`, which writes them to files for `scripts/bench.sh`).
//!
//! - [`mixed_text`]: Arabic and English paragraphs, one per line, from the seed articles'
//!   sentences in a fixed shuffled order; [`rtl_text`] the same from the Arabic article only;
//! - [`big_briefing`]: a briefing whose articles repeat the bundled ones to a given size,
//!   with about the given number of mentions (code-point offsets into the repetitions).

#![allow(dead_code)] // each user takes what it needs

use std::fmt::Write as _;

use briefing::briefing::{Article, Briefing, Direction};

/// A small deterministic generator (xorshift), so inputs are the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 as usize
    }
}

fn sentences(text: &str) -> Vec<String> {
    text.split_inclusive(['.', '؟', '!'])
        .map(|s| s.trim().to_string())
        .filter(|s| s.chars().count() > 3)
        .collect()
}

/// About `bytes` of ~1.4 kB paragraphs of every article's sentences (Arabic and English).
pub fn mixed_text(b: &Briefing, bytes: usize) -> String {
    paragraphs(b, bytes, |_| true)
}

/// About `bytes` of ~1.4 kB paragraphs of the right-to-left articles' sentences only.
pub fn rtl_text(b: &Briefing, bytes: usize) -> String {
    paragraphs(b, bytes, |a| a.dir == Direction::Rtl)
}

fn paragraphs(b: &Briefing, bytes: usize, keep: impl Fn(&Article) -> bool) -> String {
    let pool: Vec<String> = b
        .articles
        .iter()
        .filter(|a| keep(a))
        .flat_map(|a| sentences(&a.text))
        .collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut out = String::with_capacity(bytes + 2048);
    while out.len() < bytes {
        let mut para = String::new();
        while para.len() < 1400 {
            if !para.is_empty() {
                para.push(' ');
            }
            para.push_str(&pool[rng.next() % pool.len()]);
        }
        out.push_str(&para);
        out.push('\n');
    }
    out
}

fn yaml_string(s: &str) -> String {
    serde_json::to_string(s).expect("a string serializes")
}

/// The big briefing: each article's text repeated to `bytes`, every repetition's mentions
/// shifted by its offset, keeping every `step`-th repetition's mentions to reach ~`mentions`.
pub fn big_briefing(b: &Briefing, bytes: usize, mentions: usize) -> String {
    let mut y = String::new();
    writeln!(y, "id: big-{}", b.id).unwrap();
    writeln!(
        y,
        "title: {}",
        yaml_string(&format!(
            "{} (benchmark, {} MB per article)",
            b.title,
            bytes >> 20
        ))
    )
    .unwrap();
    writeln!(y, "date: {}", b.date).unwrap();
    y.push_str("articles:\n");
    let mut copies = Vec::new();
    for a in &b.articles {
        let unit = format!("{}\n\n", a.text);
        let n = bytes / unit.len() + 1;
        copies.push((unit.chars().count(), n));
        writeln!(
            y,
            "  - id: {}\n    lang: {}\n    source: {}\n    headline: {}\n    text: |-",
            a.id,
            a.lang,
            yaml_string(&a.source),
            yaml_string(&a.headline)
        )
        .unwrap();
        for _ in 0..n {
            for line in unit.lines() {
                if line.is_empty() {
                    y.push('\n');
                } else {
                    writeln!(y, "      {line}").unwrap();
                }
            }
        }
    }
    let per_copy = b.mentions.len().max(1);
    let total_copies: usize = copies.iter().map(|c| c.1).sum::<usize>() / b.articles.len().max(1);
    let keep = (mentions / per_copy).max(1);
    let step = (total_copies / keep).max(1);
    y.push_str("entities:\n");
    for entity in &b.entities {
        writeln!(
            y,
            "  - id: {}\n    kind: {}\n    name: {}",
            entity.id,
            entity.kind.as_str(),
            yaml_string(&entity.name)
        )
        .unwrap();
        if let Some(f) = entity.figure {
            writeln!(y, "    figure: {}", serde_json::to_string(&f).unwrap()).unwrap();
        }
        y.push_str("    mentions:\n");
        for &m in &entity.mentions {
            let mention = &b.mentions[m];
            let (unit_chars, n) = copies[mention.article.0];
            for k in (0..n).step_by(step) {
                let shift = k * unit_chars;
                writeln!(
                    y,
                    "      - {{article: {}, start: {}, end: {}}}",
                    b.articles[mention.article].id,
                    mention.chars.start + shift,
                    mention.chars.end + shift
                )
                .unwrap();
            }
        }
    }
    y
}
