//! `briefing completions SHELL` and `briefing manpage`: shell completions and a man page,
//! both generated from the clap definitions in [`crate::cli`], so they can never drift from
//! the options the program really takes.
//!
//! The man page is one page for the whole program: clap_mangen's sections for `briefing`
//! (name, synopsis, description, options), then a section per subcommand with its own
//! synopsis, description and options (clap_mangen renders those with `.SH` headings of their
//! own; they become `.SS` subheadings under the subcommand's section), then the version.

use std::io::Write;

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;
use crate::error::Result;

/// Writes the completion script for `shell` to `out`. clap_complete panics when its writer
/// fails, so the script is made in memory and written here, where a closed pipe
/// (`briefing completions bash | head`) is an ordinary error main treats as success.
pub fn completions(shell: Shell, out: &mut dyn Write) -> Result<()> {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "briefing", &mut script);
    out.write_all(&script)?;
    Ok(())
}

/// Writes the man page (roff) to `out`.
pub fn manpage(out: &mut dyn Write) -> Result<()> {
    let mut command = Cli::command().disable_help_subcommand(true);
    command.build();
    let page = clap_mangen::Man::new(command.clone());
    let mut roff = Vec::new();
    page.render_title(&mut roff)?;
    page.render_name_section(&mut roff)?;
    page.render_synopsis_section(&mut roff)?;
    page.render_description_section(&mut roff)?;
    page.render_options_section(&mut roff)?;
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        let name = format!("briefing {}", sub.get_name());
        writeln!(roff, ".SH \"{}\"", name.to_uppercase())?;
        let man = clap_mangen::Man::new(sub.clone().bin_name(name));
        let mut section = Vec::new();
        man.render_synopsis_section(&mut section)?;
        man.render_description_section(&mut section)?;
        man.render_options_section(&mut section)?;
        for line in String::from_utf8_lossy(&section).lines() {
            match line.strip_prefix(".SH ") {
                Some(heading) => writeln!(roff, ".SS {}", title_case(heading))?,
                None => writeln!(roff, "{line}")?,
            }
        }
    }
    page.render_version_section(&mut roff)?;
    // Each rendered piece starts with the page's string definitions (`.ie`/`.el`): keep the
    // first pair only.
    let roff = String::from_utf8_lossy(&roff);
    let mut seen = std::collections::HashSet::new();
    for line in roff.lines() {
        let definition = line.starts_with(".ie ") || line.starts_with(".el ");
        if !definition || seen.insert(line) {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

/// `SYNOPSIS` -> `Synopsis`: subheadings are not shouted.
fn title_case(heading: &str) -> String {
    let lower = heading.to_lowercase();
    let mut chars = lower.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subheadings_are_title_case() {
        assert_eq!(title_case("SYNOPSIS"), "Synopsis");
        assert_eq!(title_case("OPTIONS"), "Options");
        assert_eq!(title_case(""), "");
    }
}
