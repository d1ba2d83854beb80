//! `briefing completions SHELL`, `briefing manpage` and `--version`: generated from the clap
//! definitions, so each is checked against those definitions (every subcommand, every option),
//! never against a list typed here.

use crate::common;

use std::process::Output;

use briefing::cli::Cli;
use clap::CommandFactory;

fn run(args: &[&str]) -> Output {
    common::briefing()
        .args(args)
        .output()
        .expect("run briefing")
}

fn stdout(args: &[&str]) -> String {
    let out = run(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// Every subcommand's name, with its long options (`--max-size` for `check`...).
fn subcommands() -> Vec<(String, Vec<String>)> {
    let command = Cli::command();
    command
        .get_subcommands()
        .map(|sub| {
            let longs = sub
                .get_arguments()
                .filter_map(|a| a.get_long())
                .map(|l| format!("--{l}"))
                .collect();
            (sub.get_name().to_string(), longs)
        })
        .collect()
}

#[test]
fn completions_name_every_subcommand_in_every_shell() {
    let subs = subcommands();
    assert!(subs.len() >= 6, "{subs:?}");
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = stdout(&["completions", shell]);
        for (name, _) in &subs {
            assert!(
                script.contains(name.as_str()),
                "{shell} completion lacks {name}"
            );
        }
        // fish writes long options as `-l max-size`.
        assert!(
            script.contains("max-size"),
            "{shell} completion lacks --max-size"
        );
    }
}

#[test]
fn completions_for_an_unknown_shell_are_a_usage_error() {
    let out = run(&["completions", "tcsh"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("tcsh"));
}

#[test]
fn man_page_lists_every_subcommand_and_option() {
    let page = stdout(&["manpage"]);
    assert!(
        page.starts_with(".ie") || page.starts_with(".TH"),
        "{}",
        &page[..40]
    );
    // roff escapes '-' as '\-'.
    let page = page.replace("\\-", "-");
    for (name, longs) in subcommands() {
        let heading = format!(".SH \"BRIEFING {}\"", name.to_uppercase());
        assert!(page.contains(&heading), "no section for {name}");
        let section = &page[page.find(&heading).unwrap()..];
        let section = &section[..section[1..].find(".SH ").map_or(section.len(), |i| i + 1)];
        for long in longs {
            assert!(section.contains(&long), "{name}: {long} not in its section");
        }
    }
    for top in Cli::command().get_arguments().filter_map(|a| a.get_long()) {
        assert!(page.contains(&format!("--{top}")), "--{top} missing");
    }
}

#[test]
fn version_names_the_package_version() {
    let out = stdout(&["--version"]);
    assert_eq!(
        out.trim(),
        format!("briefing {}", env!("CARGO_PKG_VERSION"))
    );
}

/// `briefing completions bash | head -1`, `briefing manpage | head -1`: output closed early is
/// success, never a panic.
#[test]
fn a_closed_pipe_is_not_a_failure() {
    for args in [
        &["completions", "bash"][..],
        &["manpage"][..],
        &["config", "--default"][..],
    ] {
        let out = common::output_with_stdout_closed(args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
    }
}
