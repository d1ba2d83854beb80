//! One module per subcommand; `run` dispatches the parsed command line to them.

pub mod agree;
pub mod check;
mod check_format;
pub mod completions;
pub mod config;
pub mod diff;
pub mod export;
pub mod layout;
pub mod library;
pub mod merge;
pub mod new;
pub mod read;
pub mod render;
pub mod schema;
pub mod suggest;

use std::io::{self, Write};
use std::path::Path;

use crate::briefing::diagnostic::inert;
use crate::briefing::{self, Briefing, LoadError};
use crate::cli::{Cli, Command};
use crate::error::{Error, Result};

/// The config the commands run with: the screens' keymaps are its key bindings.
pub type Config = crate::config::Config<crate::ui::keys::Keys>;

pub fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Some(Command::Check(args)) => check::run(
            &args,
            cli.max_size,
            &mut io::stdout().lock(),
            &mut io::stderr(),
        ),
        Some(Command::Layout(args)) => layout::run(&args),
        Some(Command::Merge(args)) => merge::run(&args, cli.max_size, &mut io::stderr()),
        Some(Command::Diff(args)) => diff::run(
            &args,
            cli.max_size,
            &mut io::stdout().lock(),
            &mut io::stderr(),
        ),
        Some(Command::Agree(args)) => agree::run(
            &args,
            cli.max_size,
            &mut io::stdout().lock(),
            &mut io::stderr(),
        ),
        Some(Command::Schema) => schema::run(&mut io::stdout().lock()),
        Some(Command::Render(args)) => render::run(
            &args,
            &config_from_env(&mut io::stderr())?,
            cli.max_size,
            &mut io::stdout().lock(),
            &mut io::stderr(),
        ),
        Some(Command::Export(args)) => export::run(
            &args,
            cli.max_size,
            &mut io::stdout().lock(),
            &mut io::stderr(),
        ),
        Some(Command::Completions(args)) => {
            completions::completions(args.shell, &mut io::stdout().lock())
        }
        Some(Command::Manpage) => completions::manpage(&mut io::stdout().lock()),
        Some(Command::Config(args)) => {
            config::run(&args, &mut io::stdout().lock(), &mut io::stderr())
        }
        Some(Command::New(args)) => new::run(&args, cli.max_size, &mut io::stderr()),
        Some(Command::Suggest(args)) => suggest::run(
            &args,
            &config_from_env(&mut io::stderr())?,
            cli.max_size,
            &mut io::stdout().lock(),
            &mut io::stderr(),
        ),
        // Not locked: the reader and the library run with other threads, and a panic hook
        // that restores the terminal must be able to write.
        None => read::run(
            &cli.read,
            &config_from_env(&mut io::stderr())?,
            cli.max_size,
            &mut io::stdout(),
            &mut io::stderr(),
        ),
    }
}

/// How a screen's run ended, as the command's result: a signal that stopped it is an error
/// (exit status 128 + the signal).
fn screen_ended(ended: crate::ui::Ended) -> Result<()> {
    match ended {
        crate::ui::Ended::Done => Ok(()),
        crate::ui::Ended::Signal { signal, kept } => Err(Error::Signal { signal, kept }),
    }
}

/// The config of this process's environment; a warning about it (the file at the default
/// place could not be read) goes to `err`.
fn config_from_env(err: &mut dyn Write) -> Result<Config> {
    let loaded = crate::config::load_from_env()?;
    if let Some(warning) = loaded.warning() {
        writeln!(err, "{warning}")?;
    }
    Ok(loaded.config)
}

/// Loads the briefing at `path`, or the bundled one; prints warnings and errors to `err`.
pub fn open_briefing(path: Option<&Path>, max_size: u64, err: &mut dyn Write) -> Result<Briefing> {
    let loaded = match path {
        Some(path) => briefing::load_path(path, max_size).map_err(|e| match e {
            LoadError::Io { source, .. } => Error::File {
                path: path.to_path_buf(),
                source,
            },
            LoadError::Invalid(diagnostics) => report(&diagnostics, err),
        }),
        None => briefing::bundled().map_err(|d| report(&d, err)),
    }?;
    for w in &loaded.warnings {
        writeln!(err, "{w}")?;
    }
    Ok(loaded.briefing)
}

fn report(diagnostics: &[briefing::Diagnostic], err: &mut dyn Write) -> Error {
    for d in diagnostics {
        // Nothing better to do if stderr is gone.
        let _ = writeln!(err, "{d}");
    }
    Error::Invalid(1)
}

/// What went wrong over a batch of files (`check`, `export DIR`): each problem is reported as
/// it happens and the batch carries on; [`Batch::finish`] gives the exit status at the end.
#[derive(Debug, Default)]
pub(crate) struct Batch {
    invalid: usize,
    unreadable: usize,
    /// Outputs left alone because they exist (`export` without `--force`).
    pub kept: usize,
    /// Whether a file's merge conflicts (its `conflicts:` list) are reported as errors that
    /// make it invalid (`check`); else they are not reported.
    pub conflicts: bool,
}

/// Where a batch reports each problem as it happens: as text lines ([`Lines`]) or in
/// another format (`check --format`).
pub(crate) trait Report {
    /// An error or warning of a file.
    fn diagnostic(&mut self, d: &briefing::Diagnostic) -> Result<()>;
    /// A path that could not be read; `message` names it.
    fn unreadable(&mut self, message: &str) -> Result<()>;
}

/// The text report: each problem a line, `file:line:col: error: …` or `briefing: …`.
pub(crate) struct Lines<'a>(pub &'a mut dyn Write);

impl Report for Lines<'_> {
    fn diagnostic(&mut self, d: &briefing::Diagnostic) -> Result<()> {
        writeln!(self.0, "{d}")?;
        Ok(())
    }

    fn unreadable(&mut self, message: &str) -> Result<()> {
        writeln!(self.0, "briefing: {}", inert(message))?;
        Ok(())
    }
}

impl Batch {
    /// Loads one file of the batch and prints its warnings; an invalid or unreadable file is
    /// reported on `err`, counted, and gives `None`.
    pub fn load(
        &mut self,
        file: &Path,
        max_size: u64,
        err: &mut dyn Write,
    ) -> Result<Option<Briefing>> {
        self.load_to(file, max_size, &mut Lines(err))
    }

    /// [`Batch::load`], reporting to `report`.
    pub fn load_to(
        &mut self,
        file: &Path,
        max_size: u64,
        report: &mut dyn Report,
    ) -> Result<Option<Briefing>> {
        match briefing::load_path(file, max_size) {
            Ok(loaded) => {
                for w in &loaded.warnings {
                    report.diagnostic(w)?;
                }
                if self.conflicts && !loaded.conflicts.is_empty() {
                    self.invalid += 1;
                    for c in &loaded.conflicts {
                        report.diagnostic(c)?;
                    }
                    return Ok(None);
                }
                Ok(Some(loaded.briefing))
            }
            Err(LoadError::Invalid(diagnostics)) => {
                self.invalid += 1;
                for d in &diagnostics {
                    report.diagnostic(d)?;
                }
                Ok(None)
            }
            Err(LoadError::Io { path, source }) => {
                self.unreadable += 1;
                report.unreadable(&format!("{path}: {source}"))?;
                Ok(None)
            }
        }
    }

    /// Reports a path that could not be read or expanded, and counts it.
    pub fn unreadable(&mut self, e: &Error, err: &mut dyn Write) -> Result<()> {
        self.unreadable_to(e, &mut Lines(err))
    }

    /// [`Batch::unreadable`], reporting to `report`.
    pub fn unreadable_to(&mut self, e: &Error, report: &mut dyn Report) -> Result<()> {
        self.unreadable += 1;
        report.unreadable(&e.to_string())
    }

    /// The batch's outcome: exit 2 if any path was unreadable (that wins), else exit 1 with
    /// a summary line if any file was invalid or any output kept, else success.
    pub fn finish(self, err: &mut dyn Write) -> Result<()> {
        if self.unreadable > 0 {
            return Err(Error::Unreadable(self.unreadable));
        }
        if self.invalid > 0 {
            writeln!(err, "briefing: {} invalid file(s)", self.invalid)?;
        }
        if self.kept > 0 {
            writeln!(
                err,
                "briefing: {} existing file(s) kept; use --force to overwrite them",
                self.kept
            )?;
        }
        match self.invalid + self.kept {
            0 => Ok(()),
            n => Err(Error::Invalid(n)),
        }
    }
}
