//! `briefing merge BASE OURS THEIRS -o OUT` and git's merge driver form
//! `briefing merge --git %O %A %B %P`: the three-way merge of a briefing's annotations
//! (`team::merge`).
//!
//! The three files are read (at most `--max-size` bytes each) and loaded, each once and at
//! the same time (one thread each); an invalid one is reported at file:line:col (in the
//! driver form named `PATH@base`, `PATH@ours`, `PATH@theirs`: git passes temporary files),
//! the first in that order, and nothing is written. The merged text goes
//! atomically to OUT (an existing file needs `--force`) or, for git, over OURS. Each
//! conflict is reported at its item of the file's `conflicts:` list, and the exit status
//! is then 1, which git takes for a conflicted merge.

use std::io::{Read, Write};
use std::path::Path;

use super::report;
use crate::briefing::diagnostic::inert;
use crate::briefing::{self, Briefing, Diagnostic, conflict};
use crate::cli::MergeArgs;
use crate::error::{Error, Result};
use crate::fileio::{Existing, open_regular, write_output};
use crate::team::merge::merge;

/// A side's file: its text and the briefing it loads to.
struct Side {
    text: String,
    briefing: Briefing,
}

/// Why a side could not be read: the error, or the problems that make it invalid (reported
/// by the caller, in the sides' order).
enum Unread {
    Error(Error),
    Invalid(Vec<Diagnostic>),
}

/// Reads and loads the file at `path`, named `name` in messages.
fn read(path: &Path, name: &str, max_size: u64) -> std::result::Result<Side, Unread> {
    let file_error = |source| {
        Unread::Error(Error::File {
            path: path.to_path_buf(),
            source,
        })
    };
    let mut bytes = Vec::new();
    open_regular(path)
        .and_then(|f| f.take(max_size.saturating_add(1)).read_to_end(&mut bytes))
        .map_err(file_error)?;
    if bytes.len() as u64 > max_size {
        return Err(Unread::Error(Error::BadInput(format!(
            "{name}: the file is over the limit of {max_size} bytes (raise it with --max-size)"
        ))));
    }
    let briefing = briefing::load_bytes(name, &bytes)
        .map_err(Unread::Invalid)?
        .briefing;
    // It loaded, so it is UTF-8.
    let text = String::from_utf8(bytes).map_err(|e| file_error(std::io::Error::other(e)))?;
    Ok(Side { text, briefing })
}

/// The three sides, read and loaded on a thread each; the first failure (in the order
/// given) is reported.
fn read_all(sides: [(&Path, String); 3], max_size: u64, err: &mut dyn Write) -> Result<[Side; 3]> {
    let results = std::thread::scope(|scope| {
        sides
            .map(|(path, name)| scope.spawn(move || read(path, &name, max_size)))
            .map(|thread| thread.join())
    });
    let mut loaded = |result: std::thread::Result<_>| match result {
        Ok(Ok(side)) => Ok(side),
        Ok(Err(Unread::Error(e))) => Err(e),
        Ok(Err(Unread::Invalid(d))) => Err(report(&d, err)),
        Err(panic) => std::panic::resume_unwind(panic),
    };
    let [base, ours, theirs] = results;
    Ok([loaded(base)?, loaded(ours)?, loaded(theirs)?])
}

pub fn run(args: &MergeArgs, max_size: u64, err: &mut dyn Write) -> Result<()> {
    let repo_path = args.path.as_deref().filter(|_| args.git);
    let name = |side: &str, path: &Path| match repo_path {
        Some(p) => format!("{}@{side}", p.display()),
        None => path.display().to_string(),
    };
    let [base, ours, theirs] = read_all(
        [
            (&args.base, name("base", &args.base)),
            (&args.ours, name("ours", &args.ours)),
            (&args.theirs, name("theirs", &args.theirs)),
        ],
        max_size,
        err,
    )?;
    let (output, existing) = match (&args.output, args.git) {
        (Some(out), false) => (out.as_path(), Existing::from_force(args.force)),
        _ => (args.ours.as_path(), Existing::Replace),
    };
    let shown = repo_path.unwrap_or(output).display().to_string();
    let merged = merge(
        &base.briefing,
        (&shown, &ours.text, &ours.briefing),
        &theirs.briefing,
    )
    .map_err(|e| Error::BadInput(format!("cannot merge into {shown}: {e}")))?;
    write_output(output, merged.text.as_bytes(), existing)?;
    if merged.conflicts.is_empty() {
        return Ok(());
    }
    let all = &merged.briefing.conflicts;
    let located = conflict::diagnostics(&shown, &merged.text, all);
    for d in &located[all.len() - merged.conflicts.len()..] {
        writeln!(err, "{d}")?;
    }
    writeln!(
        err,
        "briefing: {} conflict(s) in {}: OURS's values were kept; fix each and delete its item from `conflicts:`",
        merged.conflicts.len(),
        inert(&shown)
    )?;
    Err(Error::Invalid(merged.conflicts.len()))
}
