//! Scores `suggest --apply` against a gold briefing: `cargo run --example suggest_eval --
//! GOLD.yaml SUGGESTED.yaml`, where SUGGESTED was made from GOLD with its entities removed
//! (see scripts/suggest-eval.sh).
//!
//! A suggested mention counts when it overlaps a gold mention of the same kind, in the same
//! article. Printed: mention recall and precision (overall and per kind), the gold
//! casualty-figure mentions that a suggested casualty mention overlapping them gives with
//! the right type and count, and the suggested entities with mentions in two languages or
//! more. The misses are listed for the record in docs/SUGGEST.md.

use std::path::Path;
use std::process::ExitCode;

use briefing::briefing::{Briefing, EntityKind, Mention, load_path};

fn load(path: &str) -> Result<Briefing, String> {
    load_path(Path::new(path), 1 << 30)
        .map(|l| l.briefing)
        .map_err(|e| format!("{path}: {e:?}"))
}

fn overlaps(a: &Mention, b: &Mention) -> bool {
    a.article == b.article && a.bytes.start < b.bytes.end && b.bytes.start < a.bytes.end
}

fn kind(b: &Briefing, m: &Mention) -> EntityKind {
    b.entities[m.entity].kind
}

fn pct(n: usize, d: usize) -> String {
    if d == 0 {
        "n/a".into()
    } else {
        format!("{:.1} % ({n}/{d})", 100.0 * n as f64 / d as f64)
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [gold, suggested] = args.as_slice() else {
        eprintln!("usage: suggest_eval GOLD.yaml SUGGESTED.yaml");
        return ExitCode::from(2);
    };
    let (gold, out) = match (load(gold), load(suggested)) {
        (Ok(g), Ok(o)) => (g, o),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    let matched = |g: &Mention| {
        out.mentions
            .iter()
            .any(|s| overlaps(g, s) && kind(&out, s) == kind(&gold, g))
    };
    let correct = |s: &Mention| {
        gold.mentions
            .iter()
            .any(|g| overlaps(g, s) && kind(&out, s) == kind(&gold, g))
    };
    let found = gold.mentions.iter().filter(|g| matched(g)).count();
    let right = out.mentions.iter().filter(|s| correct(s)).count();
    println!("mention recall:    {}", pct(found, gold.mentions.len()));
    println!("mention precision: {}", pct(right, out.mentions.len()));
    for k in EntityKind::ALL {
        let g: Vec<&Mention> = gold
            .mentions
            .iter()
            .filter(|m| kind(&gold, m) == k)
            .collect();
        let s: Vec<&Mention> = out.mentions.iter().filter(|m| kind(&out, m) == k).collect();
        println!(
            "  {:<8} recall {}, precision {}",
            k.as_str(),
            pct(g.iter().filter(|m| matched(m)).count(), g.len()),
            pct(s.iter().filter(|m| correct(m)).count(), s.len())
        );
    }
    let figures: Vec<&Mention> = gold
        .mentions
        .iter()
        .filter(|m| m.figure.is_some())
        .collect();
    let figures_right = figures
        .iter()
        .filter(|g| {
            let want = g.figure.expect("filtered");
            out.mentions.iter().any(|s| {
                overlaps(g, s)
                    && s.figure
                        .is_some_and(|f| f.kind == want.kind && f.count == want.count)
            })
        })
        .count();
    println!(
        "casualty figures with the right type and count: {}",
        pct(figures_right, figures.len())
    );
    let langs = |b: &Briefing, e: usize| {
        let mut l: Vec<&str> = b.entities[e]
            .mentions
            .iter()
            .map(|&m| b.articles[b.mentions[m].article].lang.as_str())
            .collect();
        l.sort_unstable();
        l.dedup();
        l.len()
    };
    let linked = (0..out.entities.len())
        .filter(|&e| langs(&out, e) >= 2)
        .count();
    let gold_linked = (0..gold.entities.len())
        .filter(|&e| langs(&gold, e) >= 2)
        .count();
    println!("entities with mentions in two languages: {linked} (gold: {gold_linked})");
    println!("\nmissed gold mentions:");
    for g in gold.mentions.iter().filter(|g| !matched(g)) {
        println!(
            "  {} {:<8} {}",
            gold.articles[g.article].id,
            kind(&gold, g).as_str(),
            gold.mention_text(g)
        );
    }
    println!("\nsuggested mentions with no gold mention of their kind:");
    for s in out.mentions.iter().filter(|s| !correct(s)) {
        println!(
            "  {} {:<8} {}",
            out.articles[s.article].id,
            kind(&out, s).as_str(),
            out.mention_text(s)
        );
    }
    ExitCode::SUCCESS
}
