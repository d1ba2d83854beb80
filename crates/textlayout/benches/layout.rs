//! Layout throughput on about 1 MB of Arabic, English and mixed news text built from the seed
//! articles (benches/data), and the cost of re-wrapping prepared paragraphs after a resize.
//!
//! Run with `cargo bench -p briefing-textlayout --bench layout`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use textlayout::{LayoutOptions, PreparedParagraph};

const ARABIC: &str = include_str!("data/mali-2017-06-18.ar.txt");
const ENGLISH: &str = include_str!("data/mali-2017-06-18.en.txt");
const TARGET_BYTES: usize = 1 << 20;
const PARAGRAPH_BYTES: usize = 1400;

/// Sentences of a seed text (split after full stops).
fn sentences(text: &str) -> Vec<&str> {
    text.split_inclusive(". ")
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// About 1 MB of ~1.4 kB paragraphs of the sentences, in a fixed pseudo-random order.
fn corpus(sentences: &[&str]) -> Vec<String> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut paragraphs = Vec::new();
    let mut total = 0;
    while total < TARGET_BYTES {
        let mut para = String::new();
        while para.len() < PARAGRAPH_BYTES {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let pick = (state >> 33) as usize % sentences.len();
            if !para.is_empty() {
                para.push(' ');
            }
            para.push_str(sentences[pick]);
        }
        total += para.len() + 1;
        paragraphs.push(para);
    }
    paragraphs
}

fn layout_all(paragraphs: &[String], width: usize) -> usize {
    paragraphs
        .iter()
        .map(|p| {
            PreparedParagraph::new(p, None, LayoutOptions::default())
                .wrap(width)
                .len()
        })
        .sum()
}

fn bench_layout(c: &mut Criterion) {
    let arabic = sentences(ARABIC);
    let english = sentences(ENGLISH);
    let mixed: Vec<&str> = arabic
        .iter()
        .zip(&english)
        .flat_map(|(a, e)| [*a, *e])
        .collect();
    let corpora = [
        ("arabic", corpus(&arabic)),
        ("english", corpus(&english)),
        ("mixed", corpus(&mixed)),
    ];

    let mut group = c.benchmark_group("layout");
    for (name, paragraphs) in &corpora {
        let bytes: usize = paragraphs.iter().map(|p| p.len() + 1).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function(format!("{name}/prepare+wrap80"), |b| {
            b.iter(|| layout_all(black_box(paragraphs), 80))
        });
        let prepared: Vec<PreparedParagraph> = paragraphs
            .iter()
            .map(|p| PreparedParagraph::new(p, None, LayoutOptions::default()))
            .collect();
        group.bench_function(format!("{name}/rewrap80-60"), |b| {
            b.iter(|| {
                prepared
                    .iter()
                    .map(|p| p.wrap(black_box(80)).len() + p.wrap(black_box(60)).len())
                    .sum::<usize>()
            })
        });
    }
    let shaped: Vec<&String> = corpora[0].1.iter().collect();
    group.bench_function("arabic/prepare-shaped+wrap80", |b| {
        let opts = LayoutOptions {
            shape: true,
            show_controls: false,
        };
        b.iter(|| {
            shaped
                .iter()
                .map(|p| PreparedParagraph::new(p, None, opts).wrap(80).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench_layout);
criterion_main!(benches);
