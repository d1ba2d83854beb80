//! `suggest` benchmarks: the bundled briefing (target under 100 ms), and the big benchmark
//! briefing (two ~5 MB articles made from the bundled ones, ~11 MB file; target at least
//! 2 MB of article text per second, reported as throughput).

use std::hint::black_box;

use briefing::briefing::{bundled, load_str};
use briefing::suggest::{Gazetteers, suggest};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

#[path = "common/inputs.rs"]
mod inputs;

fn suggest_bench(c: &mut Criterion) {
    let small = bundled().expect("bundled briefing").briefing;
    c.bench_function("suggest bundled briefing (gazetteers included)", |bench| {
        bench.iter(|| {
            let g = Gazetteers::for_briefing(&small);
            black_box(suggest(&small, &g, 0.5))
        })
    });
    let yaml = inputs::big_briefing(&small, 5 << 20, 20_000);
    let big = load_str("big.yaml", &yaml).expect("valid").briefing;
    let text: u64 = big.articles.iter().map(|a| a.text.len() as u64).sum();
    let g = Gazetteers::for_briefing(&big);
    let mut group = c.benchmark_group("suggest big briefing");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(text));
    group.bench_function("article text", |bench| {
        bench.iter(|| black_box(suggest(&big, &g, 0.5)))
    });
    group.finish();
}

criterion_group!(benches, suggest_bench);
criterion_main!(benches);
