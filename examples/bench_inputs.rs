//! Writes the large inputs `scripts/bench.sh` times, made from the bundled briefing:
//! `mixed.txt` (about 10 MB of Arabic and English paragraphs, one per line), `arabic.txt`
//! (the same from the Arabic article only) and `big.yaml`
//! (two articles of about 5 MB each, about 20 000 mentions). See `benches/common/inputs.rs`.
//!
//! Usage: `cargo run --release --example bench_inputs -- OUT_DIR [MB_PER_ARTICLE]`

use std::path::PathBuf;

use briefing::briefing::bundled;

#[path = "../benches/common/inputs.rs"]
mod inputs;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().unwrap_or_else(|| "target/bench-inputs".into()));
    let mb: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(5);
    std::fs::create_dir_all(&dir).expect("create the output directory");
    let b = bundled().expect("the bundled briefing is valid").briefing;
    std::fs::write(
        dir.join("mixed.txt"),
        inputs::mixed_text(&b, (2 * mb) << 20),
    )
    .expect("write mixed.txt");
    std::fs::write(dir.join("arabic.txt"), inputs::rtl_text(&b, (2 * mb) << 20))
        .expect("write arabic.txt");
    std::fs::write(
        dir.join("big.yaml"),
        inputs::big_briefing(&b, mb << 20, 20_000),
    )
    .expect("write big.yaml");
    println!(
        "wrote mixed.txt, arabic.txt and big.yaml to {}",
        dir.display()
    );
}
