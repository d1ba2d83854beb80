//! `briefing check PATH...`: validate files, or every *.yaml / *.yml below directories.
//!
//! Diagnostics go to stderr as `file:line:col: error: ...` (each item of a file's
//! `conflicts:` list, left by `briefing merge`, is one); each valid file gets one `ok`
//! line on stdout. Exit status: 0 all valid (warnings allowed), 1 any invalid, 2 when a path
//! could not be read (that wins over 1).

use std::io::Write;
use std::path::{Path, PathBuf};

use super::Batch;
use crate::briefing::diagnostic::inert;
use crate::briefing::{Briefing, EntityKind};
use crate::cli::CheckArgs;
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
    let mut batch = Batch {
        conflicts: true,
        ..Batch::default()
    };
    for arg in &args.paths {
        let files = match expand(arg) {
            Ok(files) => files,
            Err(e) => {
                batch.unreadable(&e, err)?;
                continue;
            }
        };
        for file in files {
            let file = match file {
                Ok(file) => file,
                Err(e) => {
                    batch.unreadable(&e, err)?;
                    continue;
                }
            };
            if let Some(briefing) = batch.load(&file, max_size, err)? {
                writeln!(out, "{}", summary_line(&file, &briefing))?;
            }
        }
    }
    out.flush()?;
    batch.finish(err)
}
