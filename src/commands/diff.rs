//! `briefing diff A B [--format text|json]`: what changed from A to B, entity by entity (see
//! `team::diff`); and `briefing diff --git PATH OLD OLD-HEX OLD-MODE NEW NEW-HEX NEW-MODE`,
//! git's external diff driver (`diff.briefing.command`).
//!
//! Both files are loaded as every command loads them (diagnostics on stderr, exit 1 if one
//! is invalid). The text is plain unless `--color` asks (auto: on a terminal without
//! NO_COLOR). As git's driver it never fails on content, so that `git diff` goes on to the
//! next file: `/dev/null` (an added or deleted file) is an empty briefing, a version that is
//! not a valid briefing (a file with conflict markers) is said so on stdout with its
//! problems, and a single argument (an unmerged path) is reported as git reports it.

use std::io::{IsTerminal, Write};
use std::path::Path;

use super::open_briefing;
use crate::briefing::diagnostic::inert;
use crate::briefing::{self, Briefing, LoadError};
use crate::cli::{ColorChoice, DiffArgs, ReportFormat};
use crate::error::{Error, Result};
use crate::team::diff::{Diff, diff, report};
use crate::theme::Theme;

pub fn run(args: &DiffArgs, max_size: u64, out: &mut dyn Write, err: &mut dyn Write) -> Result<()> {
    if args.git {
        return git(args, max_size, out);
    }
    let [a, b] = args.files.as_slice() else {
        return Err(Error::Usage(
            "diff takes two files, A and B (or --git and the 7 arguments git gives a diff driver)"
                .into(),
        ));
    };
    let old = open_briefing(Some(a), max_size, err)?;
    let new = open_briefing(Some(b), max_size, err)?;
    let names = (a.display().to_string(), b.display().to_string());
    print(&diff(&old, &new), args, &names, out)
}

/// The diff as `args` ask for it: JSON, or text, coloured when `--color` says so.
fn print(d: &Diff, args: &DiffArgs, (a, b): &(String, String), out: &mut dyn Write) -> Result<()> {
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => std::io::stdout().is_terminal() && !Theme::no_color_requested(),
    };
    let text = match args.format {
        ReportFormat::Text if color => report::colored(&report::text(d)),
        ReportFormat::Text => report::text(d),
        ReportFormat::Json => report::json(d, a, b),
    };
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

/// A version as git gives it: a briefing, an empty one for `/dev/null`, or the problems that
/// keep it from loading, named after `shown` (`a/PATH`).
fn version(
    file: &Path,
    shown: &str,
    max_size: u64,
) -> Result<std::result::Result<Briefing, Vec<String>>> {
    if file == Path::new("/dev/null") {
        return Ok(Ok(Briefing::default()));
    }
    match briefing::load_path(file, max_size) {
        Ok(loaded) => Ok(Ok(loaded.briefing)),
        Err(LoadError::Invalid(diagnostics)) => Ok(Err(diagnostics
            .into_iter()
            .filter(|d| d.is_error())
            .map(|mut d| {
                d.file = shown.to_string();
                d.to_string()
            })
            .collect())),
        Err(LoadError::Io { source, .. }) => Err(Error::File {
            path: file.to_path_buf(),
            source,
        }),
    }
}

fn git(args: &DiffArgs, max_size: u64, out: &mut dyn Write) -> Result<()> {
    let files = &args.files;
    if let [path] = files.as_slice() {
        writeln!(
            out,
            "* Unmerged path {}",
            inert(&path.display().to_string())
        )?;
        return Ok(());
    }
    let [path, old, _, _, new, _, _] = files.as_slice() else {
        return Err(Error::Usage(format!(
            "diff --git takes the 7 arguments git gives a diff driver (PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE), not {}",
            files.len()
        )));
    };
    let path = path.display().to_string();
    let (a, b) = (format!("a/{path}"), format!("b/{path}"));
    writeln!(out, "diff --briefing {} {}", inert(&a), inert(&b))?;
    match (version(old, &a, max_size)?, version(new, &b, max_size)?) {
        (Ok(old), Ok(new)) => print(&diff(&old, &new), args, &(a, b), out),
        (old, new) => {
            for (name, problems) in [(&a, old.err()), (&b, new.err())] {
                let Some(problems) = problems else { continue };
                writeln!(out, "{} is not a valid briefing:", inert(name))?;
                for p in problems {
                    writeln!(out, "  {p}")?;
                }
            }
            out.flush()?;
            Ok(())
        }
    }
}
