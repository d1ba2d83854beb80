//! How a command fails, and which exit status each failure maps to: 1 for invalid input
//! (the user's data is wrong), 2 for usage and I/O problems (the environment is wrong).
//!
//! Only `commands` and `main` use this enum (the layer test in lib.rs's list keeps it so):
//! the layers below fail with their own error types (`fileio::WriteError`,
//! `config::ConfigError`, `briefing::LoadError`, …), which it wraps (`#[from]`) or which the
//! commands turn into it where they report them.

use std::io;
use std::path::PathBuf;

use crate::briefing::diagnostic::inert;
use crate::config::ConfigError;
use crate::fileio::WriteError;

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
    Config(#[from] ConfigError),
    /// An output file was not written (`fileio`'s atomic writes).
    #[error(transparent)]
    Write(#[from] WriteError),
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
            Error::Invalid(_) | Error::BadInput(_) => 1,
            Error::Write(WriteError::Exists(_) | WriteError::NotRegular { .. }) => 1,
            Error::Write(
                WriteError::File { .. } | WriteError::NotAFileName(_) | WriteError::Signals(_),
            ) => 2,
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
            Error::Io(e)
            | Error::File { source: e, .. }
            | Error::Write(WriteError::File { source: e, .. }) => {
                e.kind() == io::ErrorKind::BrokenPipe
            }
            _ => false,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_errors_keep_their_exit_statuses() {
        let at = || PathBuf::from("out.md");
        let io = || io::Error::other("no room");
        let status = |e: WriteError| Error::from(e).exit_code();
        assert_eq!(status(WriteError::Exists(at())), 1);
        let fifo = WriteError::NotRegular {
            path: at(),
            kind: "a FIFO",
        };
        assert_eq!(status(fifo), 1);
        assert_eq!(status(WriteError::NotAFileName(at())), 2);
        assert_eq!(
            status(WriteError::File {
                path: at(),
                source: io()
            }),
            2
        );
        assert_eq!(status(WriteError::Signals(io())), 2);
    }
}
