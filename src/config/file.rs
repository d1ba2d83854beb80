//! The config file's own shape, as serde reads it from TOML. Values that can be wrong in ways
//! serde does not see keep their spans (`toml::Spanned`), so [`super::Config::from_file`]
//! can say where a problem is; unknown fields are errors at their place.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::terminal::TerminalRule;
use super::{ExportDefaults, Located};
use crate::export::ExportFormat;
use crate::view::BidiMode;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct File {
    pub theme: Option<Spanned<String>>,
    #[serde(default)]
    pub colors: BTreeMap<Spanned<String>, Spanned<toml::Value>>,
    #[serde(default)]
    pub keys: super::KeyTables,
    #[serde(default)]
    pub terminal: Vec<Rule>,
    pub export: Option<Export>,
    pub library: Option<LibraryTable>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    term: Option<String>,
    term_program: Option<String>,
    env: Option<String>,
    bidi: Spanned<String>,
}

impl Rule {
    pub fn into_rule(self) -> Result<TerminalRule, Located> {
        let bidi = match self.bidi.get_ref().as_str() {
            "app" => BidiMode::App,
            "terminal" => BidiMode::Terminal,
            other => {
                return Err((
                    self.bidi.span(),
                    format!("bidi must be \"app\" or \"terminal\", not {other:?}"),
                ));
            }
        };
        if self.term.is_none() && self.term_program.is_none() && self.env.is_none() {
            return Err((
                self.bidi.span(),
                "a [[terminal]] rule needs at least one of term, term_program or env".into(),
            ));
        }
        Ok(TerminalRule {
            term: self.term,
            term_program: self.term_program,
            env: self.env,
            bidi,
            about: String::new(),
        })
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Export {
    format: Option<Spanned<String>>,
    folder: Option<Spanned<String>>,
}

impl Export {
    pub fn into_defaults(self) -> Result<ExportDefaults, Located> {
        let format = match self.format {
            None => None,
            Some(f) => Some(match f.get_ref().as_str() {
                "md" => ExportFormat::Md,
                "html" => ExportFormat::Html,
                "json" => ExportFormat::Json,
                other => {
                    return Err((
                        f.span(),
                        format!(
                            "export format must be \"md\", \"html\" or \"json\", not {other:?}"
                        ),
                    ));
                }
            }),
        };
        let folder = match self.folder {
            None => None,
            Some(f) if f.get_ref().is_empty() => {
                return Err((f.span(), "export folder is empty".into()));
            }
            Some(f) => Some(expand_home(f.get_ref())),
        };
        Ok(ExportDefaults { format, folder })
    }
}

/// `[library]`: the folder of the user's briefings.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LibraryTable {
    folder: Option<Spanned<String>>,
}

impl LibraryTable {
    pub fn into_folder(self) -> Result<Option<std::path::PathBuf>, Located> {
        match self.folder {
            None => Ok(None),
            Some(f) if f.get_ref().is_empty() => Err((f.span(), "library folder is empty".into())),
            Some(f) => Ok(Some(expand_home(f.get_ref()))),
        }
    }
}

/// `~/x` is `$HOME/x`, as in a shell.
fn expand_home(path: &str) -> std::path::PathBuf {
    match (path.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => std::path::Path::new(&home).join(rest),
        _ => path.into(),
    }
}
