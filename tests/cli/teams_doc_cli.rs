//! docs/TEAMS.md's worked examples of the diff, agree and CI sections run as written: every
//! ```sh block under those headings, in order, with `sh -e` in one fresh folder, the built
//! binary's folder first on `PATH`, the test environment of every run of the binary
//! (`common::test_env`) and a git identity. A ```text block introduced by "which prints"
//! must be exactly what the block before it printed, and each `+ …`, `− …` or `~ …` the
//! prose after a block quotes must be a line of its output.

use std::path::Path;
use std::process::Command;

use crate::common;

/// The headings whose examples are run.
const SECTIONS: [&str; 3] = [
    "## Reviewing changes: briefing diff",
    "## Measuring agreement: briefing agree",
    "## CI: briefing check --format github",
];

/// A fenced block: its language, its text, and the prose after it up to the next block.
struct Block {
    lang: String,
    text: String,
    after: String,
}

/// The fenced blocks of the named sections (each up to the next `## ` heading), in order.
fn blocks(doc: &str) -> Vec<Block> {
    let mut out = Vec::new();
    for heading in SECTIONS {
        let start = doc
            .find(heading)
            .unwrap_or_else(|| panic!("{heading} in TEAMS.md"));
        let body = &doc[start + heading.len()..];
        let body = &body[..body.find("\n## ").unwrap_or(body.len())];
        let mut rest = body;
        while let Some(open) = rest.find("```") {
            let after_fence = &rest[open + 3..];
            let (lang, tail) = after_fence.split_once('\n').unwrap();
            let close = tail.find("\n```").unwrap();
            let text = tail[..close + 1].to_string();
            rest = &tail[close + 4..];
            let after = rest[..rest.find("```").unwrap_or(rest.len())].to_string();
            out.push(Block {
                lang: lang.to_string(),
                text,
                after,
            });
        }
    }
    out
}

/// The inline code quoted in `prose` that is a diff line: `+ …`, `− …`, `~ …`.
fn quoted_diff_lines(prose: &str) -> Vec<String> {
    let joined = prose.replace('\n', " ");
    joined
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|code| ["+ ", "− ", "~ "].iter().any(|p| code.starts_with(p)))
        .map(str::to_string)
        .collect()
}

#[test]
fn worked_examples_run_as_written() {
    let doc_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/TEAMS.md");
    let doc = std::fs::read_to_string(doc_path).unwrap();
    let blocks = blocks(&doc);
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let bin = Path::new(env!("CARGO_BIN_EXE_briefing")).parent().unwrap();
    let path = std::env::join_paths(std::iter::once(bin.to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .unwrap();
    let mut ran = 0;
    for block in &blocks {
        if block.lang != "sh" {
            continue;
        }
        let mut sh = Command::new("sh");
        sh.arg("-ec").arg(&block.text).current_dir(dir.path());
        for (name, value) in common::test_env(cache.path()) {
            match value {
                Some(value) => sh.env(name, value),
                None => sh.env_remove(name),
            };
        }
        sh.env("PATH", &path)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_NAME", "Ana")
            .env("GIT_AUTHOR_EMAIL", "ana@example.org")
            .env("GIT_COMMITTER_NAME", "Ana")
            .env("GIT_COMMITTER_EMAIL", "ana@example.org");
        let out = sh.output().expect("sh runs");
        let printed = String::from_utf8(out.stdout).unwrap();
        assert!(
            out.status.success(),
            "{}\nfailed: {}",
            block.text,
            String::from_utf8_lossy(&out.stderr)
        );
        for line in quoted_diff_lines(&block.after) {
            assert!(
                printed.lines().any(|l| l == line),
                "{line:?} not printed by\n{}\n{printed}",
                block.text
            );
        }
        ran += 1;
        if block.after.trim_end().ends_with("which prints") {
            let shown = blocks
                .iter()
                .skip_while(|b| !std::ptr::eq(*b, block))
                .nth(1)
                .unwrap();
            assert_eq!(printed, shown.text, "{}", block.text);
        }
    }
    assert!(ran >= 5, "{ran} sh blocks");
}
