//! `briefing export [PATH] [--format md|html|json] [-o FILE] [--force]`: write a briefing as
//! Markdown, HTML or JSON, to stdout or atomically to FILE (see `fileio::write_atomic`).
//!
//! When PATH is a folder, `-o` is required and names an output folder. Data flows in two
//! steps. First a plan: the briefing files below PATH, found as `check` finds them
//! (`check::expand`), each paired with its output, the same relative path below the output
//! folder with the format's extension; two inputs with one output (`a.yaml` and `a.yml`)
//! are refused before anything is written. Then each input is loaded and written on its
//! own (subfolders created as needed), with a `wrote PATH` line. An invalid briefing (its
//! diagnostics printed) or an existing output without `--force` is reported and skipped;
//! the exit status at the end follows `check` (see `Batch`): 2 if an input was unreadable,
//! else 1 if anything was skipped. A failure to write stops the export (exit 2).

use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::check::expand;
use super::{Batch, open_briefing};
use crate::briefing::diagnostic::inert;
use crate::cli::{ExportArgs, FormatArg};
use crate::error::{Error, Result};
use crate::export::{ExportFormat, export, extension};
use crate::fileio::{Existing, WriteError, cleanup, write_atomic};

pub fn run(
    args: &ExportArgs,
    max_size: u64,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<()> {
    if args.output.is_some() {
        cleanup::remove_temp_files_on_signals()?;
    }
    match args.path.as_deref() {
        Some(dir) if dir.is_dir() => export_folder(dir, args, max_size, err),
        path => export_file(path, args, max_size, out, err),
    }
}

/// The export format the command line names, else the one `-o FILE`'s extension names,
/// else Markdown.
fn format(args: &ExportArgs) -> ExportFormat {
    let from_extension = || {
        let ext = args.output.as_deref()?.extension()?.to_str()?;
        match ext.to_ascii_lowercase().as_str() {
            "html" | "htm" => Some(ExportFormat::Html),
            "json" => Some(ExportFormat::Json),
            "md" | "markdown" => Some(ExportFormat::Md),
            _ => None,
        }
    };
    match args.format {
        Some(FormatArg::Md) => ExportFormat::Md,
        Some(FormatArg::Html) => ExportFormat::Html,
        Some(FormatArg::Json) => ExportFormat::Json,
        None => from_extension().unwrap_or(ExportFormat::Md),
    }
}

/// One briefing (or the bundled one) to stdout or to `-o FILE`.
fn export_file(
    path: Option<&Path>,
    args: &ExportArgs,
    max_size: u64,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<()> {
    let briefing = open_briefing(path, max_size, err)?;
    let text = export(&briefing, format(args));
    match &args.output {
        None => {
            out.write_all(text.as_bytes())?;
            out.flush()?;
        }
        Some(path) => write_reported(path, &text, args.force, err)?,
    }
    Ok(())
}

/// Every briefing below `dir` to its own file below `-o OUTDIR`.
fn export_folder(dir: &Path, args: &ExportArgs, max_size: u64, err: &mut dyn Write) -> Result<()> {
    let outdir = match args.output.as_deref() {
        None => {
            return Err(Error::Usage(format!(
                "{} is a folder: give an output folder with -o OUTDIR \
                 (several documents in a row on stdout would not be one valid document)",
                dir.display()
            )));
        }
        Some(o) if o.exists() && !o.is_dir() => {
            return Err(Error::Usage(format!(
                "{} is not a folder: exporting a folder needs -o OUTDIR",
                o.display()
            )));
        }
        Some(o) => o,
    };
    let mut batch = Batch::default();
    let (plan, unreadable) = plan(dir, outdir, format(args))?;
    for e in &unreadable {
        batch.unreadable(e, err)?;
    }
    for (input, output) in plan {
        let Some(briefing) = batch.load(&input, max_size, err)? else {
            continue;
        };
        if let Some(parent) = output.parent() {
            fs::create_dir_all(parent).map_err(|source| Error::File {
                path: parent.to_path_buf(),
                source,
            })?;
        }
        match write_reported(&output, &export(&briefing, format(args)), args.force, err) {
            // The output exists and --force was not given: it is kept.
            Err(e @ Error::Write(WriteError::Exists(_))) => {
                writeln!(err, "briefing: {}", inert(&e.to_string()))?;
                batch.kept += 1;
            }
            result => result?,
        }
    }
    batch.finish(err)
}

/// Each briefing file below `dir` with its output path below `outdir`, in `expand`'s order,
/// and the paths that could not be read; a usage error if two inputs would be written to
/// one output.
type Plan = (Vec<(PathBuf, PathBuf)>, Vec<Error>);

fn plan(dir: &Path, outdir: &Path, format: ExportFormat) -> Result<Plan> {
    let (inputs, unreadable): (Vec<_>, Vec<_>) = expand(dir)?.into_iter().partition(Result::is_ok);
    let plan: Vec<(PathBuf, PathBuf)> = inputs
        .into_iter()
        .flatten()
        .map(|input| {
            let relative = input
                .strip_prefix(dir)
                .expect("expand yields paths below dir");
            let output = outdir.join(relative).with_extension(extension(format));
            (input, output)
        })
        .collect();
    let mut seen = HashMap::new();
    for (input, output) in &plan {
        if let Some(first) = seen.insert(output, input) {
            return Err(Error::Usage(format!(
                "{} and {} would both be exported to {}",
                first.display(),
                input.display(),
                output.display()
            )));
        }
    }
    Ok((
        plan,
        unreadable.into_iter().filter_map(Result::err).collect(),
    ))
}

/// Writes one export atomically (see `write_atomic`) and says so on `err`.
fn write_reported(path: &Path, text: &str, force: bool, err: &mut dyn Write) -> Result<()> {
    write_atomic(path, text.as_bytes(), Existing::from_force(force))?;
    writeln!(err, "wrote {}", inert(&path.display().to_string()))?;
    Ok(())
}
