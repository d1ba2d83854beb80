//! The command line, declared with clap. `commands::run` dispatches on it.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "briefing",
    version,
    about = "Read annotated multilingual news briefings in the terminal",
    long_about = "Read annotated multilingual news briefings in the terminal.\n\n\
        With no subcommand, opens PATH (or the bundled briefing) in the reader, or the folder \
        PATH as a library of briefings; when stdout is not a terminal, prints the plain \
        rendering (or listing) instead.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub read: ReadArgs,
    /// Refuse briefing files larger than this (bytes; K, M and G suffixes allowed)
    #[arg(long, global = true, value_name = "SIZE", default_value = "64M", value_parser = parse_size)]
    pub max_size: u64,
}

/// Parses a size such as `65536`, `512K`, `64M` or `1G` (binary units).
fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let (digits, unit) = match text.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => text.split_at(i),
        None => (text, ""),
    };
    let factor: u64 = match unit.to_ascii_uppercase().as_str() {
        "" | "B" => 1,
        "K" | "KB" | "KIB" => 1 << 10,
        "M" | "MB" | "MIB" => 1 << 20,
        "G" | "GB" | "GIB" => 1 << 30,
        _ => return Err(format!("unknown size unit {unit:?} (use K, M or G)")),
    };
    digits
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(factor))
        .ok_or_else(|| format!("{text:?} is not a size"))
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate briefing files (directories are scanned for *.yaml and *.yml)
    Check(CheckArgs),
    /// Lay out text from stdin (one paragraph per line) in visual order, like `fribidi --width N`
    Layout(LayoutArgs),
    /// Print a briefing as plain text: articles side by side, then the entities
    Render(RenderArgs),
    /// Export a marked-up summary of a briefing
    Export(ExportArgs),
    /// Print the JSON Schema of the briefing file format (for editors)
    Schema,
}

#[derive(Debug, Args)]
pub struct ReadArgs {
    /// Briefing file to open (default: the bundled briefing), or a folder to open as a
    /// library of briefings
    pub path: Option<PathBuf>,
    /// Who does the bidi: `app` sends visual order and shaped Arabic, `terminal` sends
    /// logical order for terminals that reorder by themselves (Konsole, mlterm)
    #[arg(long, value_enum, default_value_t = BidiMode::App)]
    pub bidi: BidiMode,
    /// Library: read every file instead of using the index cache (and do not write it)
    #[arg(long)]
    pub no_cache: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BidiMode {
    App,
    Terminal,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or directories to check
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DirArg {
    Auto,
    Ltr,
    Rtl,
}

#[derive(Debug, Args)]
pub struct LayoutArgs {
    /// Line width in terminal cells (default: the terminal's width, else 80)
    #[arg(long, short = 'w', value_parser = clap::value_parser!(u16).range(1..))]
    pub width: Option<u16>,
    /// Paragraph direction: auto takes the first strong character (UAX #9 P2-P3)
    #[arg(long, value_enum, default_value_t = DirArg::Auto)]
    pub dir: DirArg,
    /// Convert Arabic letters to contextual presentation forms (for terminals that do not shape)
    #[arg(long, overrides_with = "no_shape")]
    pub shape: bool,
    /// Do not shape (the default)
    #[arg(long = "no-shape", overrides_with = "shape")]
    pub no_shape: bool,
    /// Right-align right-to-left paragraphs to the width with leading spaces
    #[arg(long)]
    pub pad: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Args)]
pub struct RenderArgs {
    /// Briefing file (default: the bundled briefing)
    pub path: Option<PathBuf>,
    /// Total width in terminal cells (default: the terminal's width, else 100)
    #[arg(long, short = 'w', value_parser = clap::value_parser!(u16).range(20..))]
    pub width: Option<u16>,
    /// Colour the entity highlights with escape sequences
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Md,
    Html,
    Json,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Briefing file or folder (default: the bundled briefing)
    pub path: Option<PathBuf>,
    /// Output format
    #[arg(long, short = 'f', value_enum)]
    pub format: ExportFormat,
    /// Write to FILE (atomically) instead of stdout, or the output folder when exporting a
    /// folder
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Overwrite FILE if it exists
    #[arg(long)]
    pub force: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("65536"), Ok(65536));
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("2k"), Ok(2048));
        assert_eq!(parse_size("1G"), Ok(1 << 30));
        assert!(parse_size("12Q").is_err());
        assert!(parse_size("").is_err());
        assert!(parse_size("99999999999G").is_err());
    }

    #[test]
    fn command_line_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
