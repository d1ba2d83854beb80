//! One module per subcommand; `run` dispatches the parsed command line to them.

pub mod check;
pub mod export;
pub mod layout;
pub mod read;
pub mod render;

use std::io::{self, Write};
use std::path::Path;

use crate::briefing::{self, Briefing, LoadError};
use crate::cli::{Cli, Command};
use crate::error::{Error, Result};

pub fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Some(Command::Check(args)) => check::run(
            &args,
            cli.max_size,
            &mut io::stdout().lock(),
            &mut io::stderr(),
        ),
        Some(Command::Layout(args)) => layout::run(&args),
        Some(Command::Render(args)) => render::run(
            &args,
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
        None => read::run(
            &cli.read,
            cli.max_size,
            &mut io::stdout().lock(),
            &mut io::stderr(),
        ),
    }
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
