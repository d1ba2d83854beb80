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
    /// Draft a briefing (articles only) from article files: plain text or saved web pages
    New(NewArgs),
    /// Propose mentions, new actors, places and casualty figures for a briefing
    Suggest(SuggestArgs),
    /// Merge two versions of a briefing from their common base (annotations, not lines); also git's merge driver
    Merge(MergeArgs),
    /// Print the JSON Schema of the briefing file format (for editors)
    Schema,
    /// Show what changed between two versions of a briefing, entity by entity (also git's
    /// diff driver: `briefing diff --git`)
    Diff(DiffArgs),
    /// Measure how far two annotations of the same articles agree (B against A, the reference)
    Agree(AgreeArgs),
    /// Print a completion script for a shell (bash, zsh, fish, elvish, powershell)
    Completions(CompletionsArgs),
    /// Print the man page (roff) of briefing and every subcommand
    Manpage,
    /// Print the default config file, or check the one in use
    Config(ConfigArgs),
}

#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct ConfigArgs {
    /// Print the full default config, with a comment per entry
    #[arg(long)]
    pub default: bool,
    /// Check the config file in use ($BRIEFING_CONFIG, else
    /// $XDG_CONFIG_HOME/briefing/config.toml, else ~/.config/briefing/config.toml) and say
    /// which file that is
    #[arg(long)]
    pub check: bool,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ReadArgs {
    /// Briefing file to open (default: the bundled briefing), or a folder to open as a
    /// library of briefings
    pub path: Option<PathBuf>,
    /// Who does the bidi: `app` sends visual order and shaped Arabic, `terminal` sends
    /// logical order for terminals that reorder by themselves (default: from the config's
    /// [[terminal]] rules, else `terminal` in Konsole and `app` elsewhere)
    #[arg(long, value_enum)]
    pub bidi: Option<BidiArg>,
    /// Library: read every file instead of using the index cache (and do not write it)
    #[arg(long)]
    pub no_cache: bool,
    /// Open for reading only: edits (marking, suggestions, saving) are refused
    #[arg(long)]
    pub read_only: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BidiArg {
    App,
    Terminal,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or directories to check
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// How problems are reported: text lines on stderr, one JSON document on stdout, or
    /// GitHub Actions workflow commands on stdout
    #[arg(long, short = 'f', value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    Text,
    Json,
    Github,
}

/// Text or JSON, for the commands that print a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The two versions, A (old) and B (new); with --git, the 7 arguments git gives a diff
    /// driver: PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Run as git's diff driver (`diff.briefing.command = briefing diff --git`)
    #[arg(long)]
    pub git: bool,
    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
    /// Colour the text's added, removed and changed lines (auto: on a terminal, unless
    /// NO_COLOR is set)
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AgreeBy {
    Kind,
    Article,
    Language,
    Part,
}

#[derive(Debug, Args)]
pub struct AgreeArgs {
    /// The reference annotation
    pub a: PathBuf,
    /// The annotation measured against A (the same articles, with the same texts)
    pub b: PathBuf,
    /// How the table is grouped
    #[arg(long, value_enum, default_value_t = AgreeBy::Kind)]
    pub by: AgreeBy,
    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
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
pub enum FormatArg {
    Md,
    Html,
    Json,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Briefing file or folder (default: the bundled briefing)
    pub path: Option<PathBuf>,
    /// Output format (default: from the extension of -o FILE, else md)
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<FormatArg>,
    /// Write to FILE (atomically) instead of stdout, or the output folder when exporting a
    /// folder
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Overwrite FILE if it exists
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// Article files: PATH, LANG=PATH or LANG:ID=PATH (plain text, or an HTML page saved
    /// from a browser); `-` as PATH reads standard input (once). The article's id is ID, else
    /// its language, with -2, -3… for a second and third article in one language
    #[arg(required = true, value_name = "ARTICLE")]
    pub articles: Vec<String>,
    /// Where to write the briefing (atomically)
    #[arg(long, short = 'o', value_name = "OUT.yaml")]
    pub output: PathBuf,
    /// Briefing id (default: made from the title)
    #[arg(long)]
    pub id: Option<String>,
    /// Briefing title (default: the first article's headline)
    #[arg(long)]
    pub title: Option<String>,
    /// Date of the event, YYYY-MM-DD (default: the first publication date a page gives)
    #[arg(long)]
    pub date: Option<String>,
    /// Headline of an article (default: a page's title, a text file's first line, or its
    /// first sentence when that line ends with a full stop or is the whole file);
    /// repeat it for the second ARTICLE, the third…
    #[arg(long, value_name = "TEXT")]
    pub headline: Vec<String>,
    /// Source of an article (default: a page's site name or host, a text file's name);
    /// like --headline, the Nth --source is the Nth ARTICLE's
    #[arg(long, value_name = "TEXT")]
    pub source: Vec<String>,
    /// The briefing's summary (default: none)
    #[arg(long, value_name = "TEXT")]
    pub summary: Option<String>,
    /// Encoding of article files that declare none and are not UTF-8, for example
    /// windows-1256 or iso-8859-1 (a byte-order mark or a page's <meta charset> wins)
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
    /// Overwrite OUT if it exists
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SuggestFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct SuggestArgs {
    /// Briefing file (it is never changed)
    pub path: PathBuf,
    /// Output format: a review list, or JSON
    #[arg(long, short = 'f', value_enum, default_value_t = SuggestFormat::Text)]
    pub format: SuggestFormat,
    /// Write FILE plus the suggestions to OUT (needs -o)
    #[arg(long, requires = "output")]
    pub apply: bool,
    /// Where --apply writes (atomically; an existing file needs --force)
    #[arg(long, short = 'o', value_name = "OUT.yaml", requires = "apply")]
    pub output: Option<PathBuf>,
    /// Overwrite OUT if it exists
    #[arg(long)]
    pub force: bool,
    /// Only suggestions at or above this confidence (0 to 1)
    #[arg(long, default_value_t = 0.5, value_parser = parse_confidence)]
    pub min_confidence: f64,
    /// Also propose the actors and places already marked in the briefings below DIR, by
    /// their ids and with their names in every language (a memory of your annotations);
    /// by default the config file's [library] folder, if it names one
    #[arg(long, value_name = "DIR")]
    pub library: Option<PathBuf>,
    /// Whether generic nouns ("gunmen", "officials", "residents", مسلحون) are proposed as
    /// actors; named phrases ("Malian government forces") always are
    #[arg(long, value_enum, value_name = "yes|no", default_value_t = YesNo::Yes)]
    pub generic: YesNo,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum YesNo {
    Yes,
    No,
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The common ancestor of the two versions (git's %O)
    #[arg(value_name = "BASE")]
    pub base: PathBuf,
    /// Our version: the result keeps its formatting and comments (git's %A)
    #[arg(value_name = "OURS")]
    pub ours: PathBuf,
    /// Their version (git's %B)
    #[arg(value_name = "THEIRS")]
    pub theirs: PathBuf,
    /// With --git: the file's path in the repository (git's %P), named in messages
    #[arg(value_name = "PATH", requires = "git")]
    pub path: Option<PathBuf>,
    /// Where to write the result (atomically; an existing file needs --force)
    #[arg(
        long,
        short = 'o',
        value_name = "OUT.yaml",
        required_unless_present = "git",
        conflicts_with = "git"
    )]
    pub output: Option<PathBuf>,
    /// Overwrite OUT if it exists
    #[arg(long, requires = "output")]
    pub force: bool,
    /// Run as git's merge driver (`briefing merge --git %O %A %B %P`): write the result over
    /// OURS; exit status 0 when clean, 1 when conflicts are listed in the file
    #[arg(long)]
    pub git: bool,
}

fn parse_confidence(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        _ => Err(format!("{text:?} is not a confidence between 0 and 1")),
    }
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
