//! Writes a generated library of briefings for `scripts/bench.sh` (see
//! `benches/common/library.rs`).
//!
//! Usage: `cargo run --release --example gen_library -- OUT_DIR [COUNT] [PARAGRAPHS]`

use std::path::PathBuf;

#[path = "../benches/common/library.rs"]
mod library;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().unwrap_or_else(|| "target/bench-library".into()));
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(10_000);
    let paragraphs: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(8);
    let broken = library::write_library(&dir, n, paragraphs, 100);
    println!(
        "wrote {n} briefings ({} invalid) below {}",
        broken.len(),
        dir.display()
    );
}
