//! `briefing check PATH... [--format text|json|github]`: validate files, or every *.yaml /
//! *.yml below directories.
//!
//! Text (the default): diagnostics go to stderr as `file:line:col: error: ...` (each item
//! of a file's `conflicts:` list, left by `briefing merge`, is one); each valid
//! file gets one `ok` line on stdout. `json` and `github` (see `check_format`) report the
//! same problems on stdout, as one JSON document or as GitHub Actions workflow commands.
//! Exit status, whatever the format: 0 all valid (warnings allowed), 1 any invalid, 2 when
//! a path could not be read (that wins over 1).

use std::io::Write;
use std::path::{Path, PathBuf};

use super::check_format::{CheckReport, Github, Json};
use super::{Batch, Lines, Report};
use crate::briefing::diagnostic::inert;
use crate::briefing::{Briefing, Diagnostic, EntityKind};
use crate::cli::{CheckArgs, CheckFormat};
use crate::error::{Error, Result};
use crate::library::walk::walk;

/// Expands directories into the briefing files below them, as the library finds them
/// (recursively, sorted, links followed). Each path below that cannot be read, or `*.yaml`
/// that is not a regular file, is an error of its own, so the other files are still
/// checked; a folder without briefing files is a usage error.
pub(crate) fn expand(path: &Path) -> Result<Vec<Result<PathBuf>>> {
    if !path.is_dir() {
        return Ok(vec![Ok(path.to_path_buf())]);
    }
    let found = walk(path);
    if found.is_empty() {
        return Err(Error::Usage(format!(
            "{}: no *.yaml or *.yml files found",
            path.display()
        )));
    }
    Ok(found
        .into_iter()
        .map(|f| match f.stamp {
            Ok(_) => Ok(f.path),
            Err(e) => Err(Error::File {
                path: f.path,
                source: std::io::Error::other(e),
            }),
        })
        .collect())
}

/// The one-line summary of a valid briefing; mentions count those in headlines too.
pub fn summary_line(path: &Path, b: &Briefing) -> String {
    let in_headlines = match b.headline_mentions.len() {
        0 => String::new(),
        n => format!(" ({n} in headlines)"),
    };
    format!(
        "ok {}: {} articles, {} actors, {} places, {} casualty figures, {} mentions{in_headlines}",
        inert(&path.display().to_string()),
        b.articles.len(),
        b.count_kind(EntityKind::Actor),
        b.count_kind(EntityKind::Place),
        b.count_kind(EntityKind::Casualty),
        b.mentions.len() + b.headline_mentions.len()
    )
}

pub fn run(
    args: &CheckArgs,
    max_size: u64,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<()> {
    let batch = match args.format {
        CheckFormat::Text => check(
            args,
            max_size,
            &mut Text {
                out,
                err: Lines(err),
            },
        )?,
        CheckFormat::Github => check(args, max_size, &mut Github { out })?,
        CheckFormat::Json => {
            let mut report = Json::default();
            let batch = check(args, max_size, &mut report)?;
            out.write_all(report.document().as_bytes())?;
            batch
        }
    };
    out.flush()?;
    batch.finish(err)
}

/// The text report: problems on stderr, an `ok` line per valid file on stdout.
struct Text<'a> {
    out: &'a mut dyn Write,
    err: Lines<'a>,
}

impl Report for Text<'_> {
    fn diagnostic(&mut self, d: &Diagnostic) -> Result<()> {
        self.err.diagnostic(d)
    }

    fn unreadable(&mut self, message: &str) -> Result<()> {
        self.err.unreadable(message)
    }
}

impl CheckReport for Text<'_> {
    fn valid(&mut self, file: &Path, b: &Briefing) -> Result<()> {
        writeln!(self.out, "{}", summary_line(file, b))?;
        Ok(())
    }
}

/// Checks every file `args` names, reporting to `report`; the batch is returned for its
/// outcome.
fn check(args: &CheckArgs, max_size: u64, report: &mut dyn CheckReport) -> Result<Batch> {
    let mut batch = Batch {
        conflicts: true,
        ..Batch::default()
    };
    for arg in &args.paths {
        let files = match expand(arg) {
            Ok(files) => files,
            Err(e) => {
                batch.unreadable_to(&e, report)?;
                continue;
            }
        };
        for file in files {
            let file = match file {
                Ok(file) => file,
                Err(e) => {
                    batch.unreadable_to(&e, report)?;
                    continue;
                }
            };
            if let Some(briefing) = batch.load_to(&file, max_size, report)? {
                report.valid(&file, &briefing)?;
            }
        }
    }
    Ok(batch)
}
