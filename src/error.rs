//! How a command fails, and which exit status each failure maps to: 1 for invalid input
//! (the user's data is wrong), 2 for usage and I/O problems (the environment is wrong).

use std::io;
use std::path::PathBuf;

use crate::briefing::diagnostic::inert;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// One or more inputs were invalid; the diagnostics were already printed.
    #[error("{0} invalid input(s)")]
    Invalid(usize),
    /// Some paths could not be read; each was already reported.
    #[error("{0} unreadable path(s)")]
    Unreadable(usize),
    /// Input that is not what the command accepts (message printed by main).
    #[error("{0}")]
    BadInput(String),
    /// An output file exists and may not be replaced (no `--force`).
    #[error("{} already exists; use --force to overwrite it", .0.display())]
    Exists(PathBuf),
    /// A file that could not be read or written.
    #[error("{}: {source}", path.display())]
    File { path: PathBuf, source: io::Error },
    /// Reading stdin or writing stdout failed.
    #[error("{0}")]
    Io(#[from] io::Error),
    /// The command line asks for something that cannot be done.
    #[error("{0}")]
    Usage(String),
    /// The config file cannot be used (nothing of it is).
    #[error("{0}")]
    Config(#[from] crate::config::ConfigError),
    /// SIGTERM or SIGHUP ended the reader (exit status 128 + the signal); what became of
    /// the unsaved edits, if there were any.
    #[error("{}", stopped(*signal, kept))]
    Signal {
        signal: i32,
        kept: Option<Result<PathBuf, String>>,
    },
}

/// What is said when a signal ended the reader.
fn stopped(signal: i32, kept: &Option<Result<PathBuf, String>>) -> String {
    match kept {
        None => format!("stopped by signal {signal}"),
        Some(Ok(at)) => format!(
            "stopped by signal {signal}: the unsaved edits are kept in {} (the next open offers them)",
            at.display()
        ),
        Some(Err(why)) => format!("stopped by signal {signal}: the unsaved edits are lost: {why}"),
    }
}

impl Error {
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Invalid(_) | Error::BadInput(_) | Error::Exists(_) => 1,
            Error::Unreadable(_)
            | Error::File { .. }
            | Error::Io(_)
            | Error::Usage(_)
            | Error::Config(_) => 2,
            Error::Signal { signal, .. } => 128u8.saturating_add(*signal as u8),
        }
    }

    /// The text main prints on stderr, with controls from paths or input escaped; `None` when
    /// diagnostics were printed already.
    pub fn message(&self) -> Option<String> {
        match self {
            Error::Invalid(_) | Error::Unreadable(_) => None,
            // Nothing to say when nothing was unsaved.
            Error::Signal { kept: None, .. } => None,
            other => Some(inert(&other.to_string()).into_owned()),
        }
    }

    /// Output closed early (`briefing render | head`): not a failure.
    pub fn is_broken_pipe(&self) -> bool {
        match self {
            Error::Io(e) | Error::File { source: e, .. } => e.kind() == io::ErrorKind::BrokenPipe,
            _ => false,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
