//! The `briefing` binary: parse the command line, run it, turn the outcome into an exit code.
//! Everything else lives in the library so tests and benches can use it.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = briefing::cli::Cli::parse();
    match briefing::commands::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if err.is_broken_pipe() => ExitCode::SUCCESS,
        Err(err) => {
            match err.message() {
                // Already `path:line:col: error: …`, as editors and `check` write it.
                Some(message) if matches!(err, briefing::error::Error::Config(_)) => {
                    eprintln!("{message}")
                }
                Some(message) => eprintln!("briefing: {message}"),
                None => {}
            }
            ExitCode::from(err.exit_code())
        }
    }
}
