//! `briefing agree A B [--by kind|article|language|part] [--format text|json]`: how far B's
//! annotation agrees with A's, the reference (see `team::agree`).
//!
//! Both files are loaded as every command loads them (diagnostics printed, exit 1 if
//! invalid); the agreement is computed from the two models and printed to stdout. Two
//! briefings whose articles or texts differ are refused (exit 1) with the place in the file
//! where they first differ, `file:line:col`.

use std::io::Write;
use std::path::Path;

use super::open_briefing;
use crate::briefing::Briefing;
use crate::briefing::diagnostic::{NodePath, inert};
use crate::briefing::locate::Locator;
use crate::cli::{AgreeArgs, AgreeBy, ReportFormat};
use crate::error::{Error, Result};
use crate::team::agree::{AgreeError, By, agree, report};

pub fn run(
    args: &AgreeArgs,
    max_size: u64,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<()> {
    let a = open_briefing(Some(&args.a), max_size, err)?;
    let b = open_briefing(Some(&args.b), max_size, err)?;
    let by = match args.by {
        AgreeBy::Kind => By::Kind,
        AgreeBy::Article => By::Article,
        AgreeBy::Language => By::Language,
        AgreeBy::Part => By::Part,
    };
    let agreement = agree(&a, &b, by).map_err(|e| refused(&e, args, &b))?;
    let (name_a, name_b) = (args.a.display().to_string(), args.b.display().to_string());
    let printed = match args.format {
        ReportFormat::Text => report::text(&agreement, &name_a, &name_b, by),
        ReportFormat::Json => report::json(&agreement, &name_a, &name_b, by),
    };
    out.write_all(printed.as_bytes())?;
    out.flush()?;
    Ok(())
}

/// The refusal, located in the file that holds the article: `file:line:col: message`.
fn refused(e: &AgreeError, args: &AgreeArgs, b: &Briefing) -> Error {
    let articles = NodePath::root().key("articles");
    let (path, line_col) = match e {
        AgreeError::Article { in_b, index, .. } => {
            let path = if *in_b { &args.b } else { &args.a };
            let at = located(path, |l| l.position(&articles.index(*index).key("id")));
            (path, at)
        }
        AgreeError::Text {
            index,
            part,
            offset,
            ..
        } => {
            let value = b.articles[*index].part(*part);
            let node = articles.index(*index).key(part.as_str());
            let at = located(&args.b, |l| l.position_in_scalar(&node, value, *offset));
            (&args.b, at)
        }
    };
    let (line, col) = line_col;
    Error::BadInput(format!(
        "{}:{line}:{col}: {e}",
        inert(&path.display().to_string())
    ))
}

/// A position in the file at `path`, found by `find` (1:1 when the file cannot be read again).
fn located(path: &Path, find: impl Fn(&Locator) -> (usize, usize)) -> (usize, usize) {
    match std::fs::read_to_string(path) {
        Ok(text) => find(&Locator::new(
            text.strip_prefix('\u{feff}').unwrap_or(&text),
        )),
        Err(_) => (1, 1),
    }
}
