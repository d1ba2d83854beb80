//! `check`'s machine-readable reports: one JSON document ([`Json`]) or GitHub Actions
//! workflow commands ([`Github`]), both on stdout.
//!
//! `check` hands every problem to its report as it is found (a located diagnostic, or a path
//! that could not be read) and every valid briefing after it loads. JSON collects them and
//! prints one document at the end (the shape is in docs/TEAMS.md); GitHub writes a line
//! per problem at once, `::error file=F,line=L,col=C::message`, escaped as GitHub's runner
//! reads them: `%`, CR and LF in the message, and also `:` and `,` in the properties. Text
//! from the files is made inert first (no control character reaches the output), and the
//! JSON escapes invisible characters too.

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use super::Report;
use super::check::summary_line;
use crate::briefing::diagnostic::inert;
use crate::briefing::{Briefing, Diagnostic, EntityKind, Severity};
use crate::error::Result;

/// A report of `check`: problems as they are found, and each valid briefing.
pub(crate) trait CheckReport: Report {
    fn valid(&mut self, file: &Path, b: &Briefing) -> Result<()>;
}

/// What a message suggests doing, when it suggests something: the part from one of these
/// words on, after `; `, `: ` or `(`.
const FIX_OPENERS: [&str; 6] = [
    "did you mean ",
    "if it is text, ",
    "write ",
    "delete ",
    "select ",
    "raise the limit ",
];

/// The fix a message suggests ("did you mean \"Bamako\""), if any.
pub fn fix_of(message: &str) -> Option<&str> {
    message
        .match_indices([';', ':', '('])
        .map(|(at, sep)| message[at + sep.len()..].trim_start())
        .find(|rest| FIX_OPENERS.iter().any(|o| rest.starts_with(o)))
        .map(|rest| rest.strip_suffix(')').unwrap_or(rest))
}

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

#[derive(Serialize)]
struct Problem {
    file: Option<String>,
    line: Option<usize>,
    column: Option<usize>,
    severity: &'static str,
    message: String,
    fix: Option<String>,
}

#[derive(Serialize)]
struct Valid {
    file: String,
    articles: usize,
    actors: usize,
    places: usize,
    casualty_figures: usize,
    mentions: usize,
}

/// The JSON report: every problem and every valid file, printed as one document.
#[derive(Default, Serialize)]
pub(crate) struct Json {
    valid: Vec<Valid>,
    problems: Vec<Problem>,
}

impl Json {
    /// The document, pretty-printed, with invisible characters escaped.
    pub fn document(&self) -> String {
        // Strings, numbers and options of them always serialise.
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        crate::export::json::escape_invisible(text)
    }
}

impl Report for Json {
    fn diagnostic(&mut self, d: &Diagnostic) -> Result<()> {
        self.problems.push(Problem {
            file: Some(d.file.clone()),
            line: Some(d.line),
            column: Some(d.column),
            severity: severity(d.severity),
            message: d.message.clone(),
            fix: fix_of(&d.message).map(str::to_string),
        });
        Ok(())
    }

    fn unreadable(&mut self, message: &str) -> Result<()> {
        self.problems.push(Problem {
            file: None,
            line: None,
            column: None,
            severity: "error",
            message: message.to_string(),
            fix: None,
        });
        Ok(())
    }
}

impl CheckReport for Json {
    fn valid(&mut self, file: &Path, b: &Briefing) -> Result<()> {
        self.valid.push(Valid {
            file: file.display().to_string(),
            articles: b.articles.len(),
            actors: b.count_kind(EntityKind::Actor),
            places: b.count_kind(EntityKind::Place),
            casualty_figures: b.count_kind(EntityKind::Casualty),
            mentions: b.mentions.len() + b.headline_mentions.len(),
        });
        Ok(())
    }
}

/// A workflow command's message: `%`, CR and LF escaped (callers make the text inert first).
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property value: as [`escape_data`], and `:` and `,` too.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// The GitHub Actions report: a workflow command per problem, an `ok` line per valid file.
pub(crate) struct Github<'a> {
    pub out: &'a mut dyn Write,
}

impl Report for Github<'_> {
    fn diagnostic(&mut self, d: &Diagnostic) -> Result<()> {
        writeln!(
            self.out,
            "::{} file={},line={},col={}::{}",
            severity(d.severity),
            escape_property(&inert(&d.file)),
            d.line,
            d.column,
            escape_data(&inert(&d.message))
        )?;
        Ok(())
    }

    fn unreadable(&mut self, message: &str) -> Result<()> {
        writeln!(self.out, "::error::{}", escape_data(&inert(message)))?;
        Ok(())
    }
}

impl CheckReport for Github<'_> {
    fn valid(&mut self, file: &Path, b: &Briefing) -> Result<()> {
        writeln!(self.out, "{}", summary_line(file, b))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixes_are_the_suggestion_a_message_ends_with() {
        let fix = |m| fix_of(m);
        assert_eq!(
            fix("quote \"Bamko\" not found in article \"en\"; did you mean \"Bamako\""),
            Some("did you mean \"Bamako\"")
        );
        assert_eq!(
            fix(
                "title: expected text, found a number (123); if it is text, put it in quotes: \"123\""
            ),
            Some("if it is text, put it in quotes: \"123\"")
        );
        assert_eq!(
            fix(
                "file is 9 bytes, over the limit of 1 bytes; refusing to parse it (raise the limit with --max-size)"
            ),
            Some("raise the limit with --max-size")
        );
        assert_eq!(fix("duplicate entity id \"bamako\""), None);
    }

    #[test]
    fn workflow_commands_are_escaped_as_github_reads_them() {
        assert_eq!(escape_data("50% done\r\nnext"), "50%25 done%0D%0Anext");
        assert_eq!(escape_property("a:b,c%.yaml"), "a%3Ab%2Cc%25.yaml");
    }

    #[test]
    fn workflow_commands_hold_no_control_character() {
        let mut out = Vec::new();
        let d = Diagnostic::new(
            Severity::Warning,
            "b,1:\u{1b}.yaml",
            (3, 4),
            "holds \u{1b}[31m, 100%\nnext".into(),
        );
        Github { out: &mut out }.diagnostic(&d).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "::warning file=b%2C1%3A\\u{1b}.yaml,line=3,col=4::holds \\u{1b}[31m, 100%25\\u{a}next\n"
        );
    }
}
