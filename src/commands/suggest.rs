//! `briefing suggest FILE [--format text|json] [--apply -o OUT] [--min-confidence X]
//! [--library DIR] [--generic yes|no]`: proposals of what to mark (see `suggest`), printed
//! as a review list or JSON; with `--apply`, FILE plus the proposals written atomically to
//! OUT (FILE is never changed).
//!
//! With `--library DIR` (by default the config file's `[library] folder`), the briefings
//! below DIR are read first (`suggest::library_memory`) and their actors and places are
//! proposed by id; how many files were read and skipped is said on stderr. `--generic no` leaves generic nouns out.
//!
//! FILE is loaded as every command loads it (diagnostics printed, exit 1 if invalid); the
//! suggestions are computed from the model. `--apply` opens FILE as an `annotate::Session`
//! (its text read as the loader reads it, at most `--max-size` bytes), performs the
//! suggestions as edits (`suggest::apply`) and writes the text the session would save to
//! OUT, so FILE's bytes and comments stay as they were; then the figures' speakers and rises
//! (`suggest::attribution`) are proposed on the result and written too, so that an already
//! annotated FILE gets them as well. What the format cannot hold yet is counted on stderr.

use std::io::{self, Write};

use super::{Config, open_briefing};
use crate::annotate::Session;
use crate::briefing::diagnostic::inert;
use crate::cli::{SuggestArgs, SuggestFormat, YesNo};
use crate::error::{Error, Result};
use crate::fileio::{Existing, write_output};
use crate::suggest::library_memory::Memory;
use crate::suggest::{Gazetteers, Options, apply, attribution, report, suggest_with};

pub fn run(
    args: &SuggestArgs,
    config: &Config,
    max_size: u64,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<()> {
    let briefing = open_briefing(Some(&args.path), max_size, err)?;
    let mut gazetteers = Gazetteers::for_briefing(&briefing);
    let library = match (&args.library, &config.library) {
        (Some(given), _) => Some(given),
        // The config's folder, if it is one: a folder not there (yet) is said, not fatal.
        (None, Some(configured)) if !configured.is_dir() => {
            writeln!(
                err,
                "library {} (the config's [library] folder): not a folder of briefings; suggesting without it",
                inert(&configured.display().to_string())
            )?;
            None
        }
        (None, configured) => configured.as_ref(),
    };
    if let Some(dir) = library {
        let memory = Memory::load(dir, max_size).map_err(|e| Error::File {
            path: dir.clone(),
            source: io::Error::other(e.to_string()),
        })?;
        writeln!(
            err,
            "library {}: {} entit(ies) from {} briefing(s), {} file(s) skipped",
            inert(&dir.display().to_string()),
            memory.len(),
            memory.read,
            memory.skipped
        )?;
        gazetteers = gazetteers.with_memory(memory);
    }
    let options = Options {
        min_confidence: args.min_confidence,
        generic: args.generic == YesNo::Yes,
    };
    let suggestions = suggest_with(&briefing, &gazetteers, options);
    let printed = match args.format {
        SuggestFormat::Text => report::text(&briefing, &suggestions),
        SuggestFormat::Json => report::json(&briefing, &suggestions),
    };
    out.write_all(printed.as_bytes())?;
    out.flush()?;
    let Some(output) = args.output.as_deref().filter(|_| args.apply) else {
        return Ok(());
    };
    let name = output.display().to_string();
    let input = args.path.display().to_string();
    // Failures name the input: the output is never written when there are any.
    let not_applied = |why: &dyn std::fmt::Display| {
        Error::BadInput(format!(
            "the suggestions could not be applied to {input} ({why}); nothing was written to {name}"
        ))
    };
    let mut session = match Session::open(args.path.clone(), max_size) {
        Ok(session) => session,
        Err(e) => {
            return Err(Error::File {
                path: args.path.clone(),
                source: io::Error::other(e.to_string()),
            });
        }
    };
    if **session.model() != briefing {
        return Err(not_applied(&"it changed on disk since it was loaded"));
    }
    let mut applied = match apply::apply_in(&mut session, &input, &briefing, &suggestions) {
        Ok(applied) => applied,
        Err(diagnostics) => {
            for d in &diagnostics {
                writeln!(err, "{d}")?;
            }
            return Err(Error::BadInput(format!(
                "the suggestions could not be applied to {input}; nothing was written to {name}"
            )));
        }
    };
    // Speakers and rises, now that the proposed actors and figures are marked.
    let attributed = attribution::edits(session.model());
    let figures = attributed.len();
    if figures > 0 {
        session.perform(attributed).map_err(|e| not_applied(&e))?;
        applied.yaml = session.text().map_err(|e| not_applied(&e))?.yaml;
    }
    write_output(
        output,
        applied.yaml.as_bytes(),
        Existing::from_force(args.force),
    )?;
    writeln!(
        err,
        "wrote {}: {} mention(s), {} new entit(ies)",
        inert(&name),
        applied.written,
        applied.new_entities
    )?;
    if figures > 0 {
        writeln!(
            err,
            "attributed {figures} figure(s): speakers (said_by) or rises (trend)"
        )?;
    }
    for (why, n) in &applied.left_out {
        writeln!(
            err,
            "left out {n} suggestion(s): {why} (the format cannot hold them)"
        )?;
    }
    Ok(())
}
