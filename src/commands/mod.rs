//! One module per subcommand; `run` dispatches the parsed command line to them.

pub mod layout;

use crate::cli::{Cli, Command};
use crate::error::Result;

pub fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Some(Command::Layout(args)) => layout::run(&args),
        _ => Err(crate::error::Error::Usage("not implemented yet".into())),
    }
}
