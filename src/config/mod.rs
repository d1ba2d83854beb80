//! The user's config file: colours, key bindings, terminal rules ([`terminal`]), export
//! defaults ([`ExportDefaults`]) and the library folder `suggest` remembers entities from.
//!
//! [`locate`] finds the file (`$BRIEFING_CONFIG`, else `$XDG_CONFIG_HOME/briefing/config.toml`,
//! else `~/.config/briefing/config.toml`); [`load`] reads it (bounded, UTF-8, a regular file)
//! and parses it with the `toml` crate into [`file::File`], whose values keep their spans;
//! [`Config::from_file`] checks every value and builds the [`Config`] the program runs with,
//! or fails with the first problem as `path:line:col: error: …` (quotes of the file's keys
//! and values cut short by [`excerpt`]). There is no half-applied config: a file is used
//! whole or not at all. A missing file at the default places means the defaults, and so does
//! one the system will not give (no permission on a folder on the way, a loop of links),
//! with a warning ([`Loaded::warning`]); a file named by `$BRIEFING_CONFIG` must be read.
//! [`default_text`] writes the defaults as a config file, from the same tables the program
//! uses.
//!
//! The `[keys]` tables are laid over keymaps that belong to the user interface, a layer
//! above this one: the config is generic over them ([`KeyBindings`], which `ui::keys`
//! implements), so that config never imports ui.

mod color;
mod default;
mod excerpt;
mod file;
pub mod terminal;

use std::collections::BTreeMap;
use std::fmt::Debug;
use std::io::Read;
use std::ops::Range;
use std::path::{Path, PathBuf};

use toml::Spanned;

use crate::briefing::diagnostic::inert;
use crate::export::ExportFormat;
use crate::theme::{BuiltIn, Role, Theme};
use crate::view::BidiMode;

pub use default::default_text;
pub use terminal::TerminalRule;

/// Larger config files are refused before they are read: a real one is a few kilobytes.
pub const MAX_CONFIG_BYTES: u64 = 1 << 20;

/// What the reader's export offers first (the config file's `[export]`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportDefaults {
    /// The format to propose a file for at once, without asking.
    pub format: Option<ExportFormat>,
    /// The folder to propose the file in, instead of the briefing's own.
    pub folder: Option<PathBuf>,
}

/// What a file's `[keys]` table holds: mode -> action -> keys.
pub type KeyTables = BTreeMap<Spanned<String>, BTreeMap<Spanned<String>, Spanned<toml::Value>>>;

/// Key bindings a config file's `[keys]` tables are laid over (the screens' keymaps,
/// `ui::keys::Keys`): the built-in ones are the `Default`.
pub trait KeyBindings: Default + Clone + PartialEq + Debug {
    /// The built-in bindings with `tables` laid over them, or the first problem and where.
    fn from_tables(tables: &KeyTables) -> Result<Self, Located>;
    /// Each mode's bindings written as a config table, for `briefing config --default`.
    fn write_tables(&self, out: &mut String);
}

/// What the program runs with; `K` is the key bindings ([`KeyBindings`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Config<K> {
    /// The colour theme: a built-in one with the file's `[colors]` laid over it.
    pub theme: Theme,
    /// The file's `[[terminal]]` rules, tried before the built-in ones.
    pub terminal: Vec<TerminalRule>,
    /// `[export]`: what the reader's export offers first.
    pub export: ExportDefaults,
    /// `[library] folder`: the user's briefings, whose entities `briefing suggest` and the
    /// reader's review (`S`) propose again (`suggest::library_memory`).
    pub library: Option<PathBuf>,
    /// The built-in keymaps with the file's `[keys]` laid over them.
    pub keys: K,
}

impl<K: KeyBindings> Default for Config<K> {
    fn default() -> Config<K> {
        Config {
            theme: Theme::built_in(BuiltIn::Dark),
            terminal: Vec::new(),
            export: ExportDefaults::default(),
            library: None,
            keys: K::default(),
        }
    }
}

impl<K> Config<K> {
    /// The theme to draw with: this config's, or attributes only when NO_COLOR is set.
    pub fn effective_theme(&self) -> Theme {
        match Theme::no_color_requested() {
            true => Theme::no_color(),
            false => self.theme,
        }
    }

    /// Who does the bidi here: `--bidi` if given, else the first terminal rule that matches
    /// the environment.
    pub fn bidi_mode(&self, given: Option<BidiMode>) -> BidiMode {
        given.unwrap_or_else(|| {
            terminal::choose(&self.terminal, &|name| {
                std::env::var_os(name).map(|v| v.to_string_lossy().into_owned())
            })
        })
    }
}

/// Why a config file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{}: error: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}:{line}:{column}: error: {message}", path.display())]
    Invalid {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
}

/// Where the config file is, and whether it was named explicitly (`$BRIEFING_CONFIG`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub path: PathBuf,
    pub explicit: bool,
}

/// Finds the config file's path from the environment (`None`: no place to look).
pub fn locate(env: &dyn Fn(&str) -> Option<String>) -> Option<Location> {
    let set = |name: &str| env(name).filter(|v| !v.is_empty());
    if let Some(path) = set("BRIEFING_CONFIG") {
        return Some(Location {
            path: path.into(),
            explicit: true,
        });
    }
    let base = set("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| set("HOME").map(|home| Path::new(&home).join(".config")))?;
    Some(Location {
        path: base.join("briefing").join("config.toml"),
        explicit: false,
    })
}

/// What [`load`] found.
#[derive(Debug)]
pub struct Loaded<K> {
    pub config: Config<K>,
    /// The file in use; `None` when there was none (the defaults).
    pub path: Option<PathBuf>,
    /// The file at the default place and why the system would not give it (the defaults are
    /// in use); `None` when it was read or is not there.
    pub unreadable: Option<(PathBuf, std::io::Error)>,
}

impl<K: KeyBindings> Loaded<K> {
    fn defaults(unreadable: Option<(PathBuf, std::io::Error)>) -> Loaded<K> {
        Loaded {
            config: Config::default(),
            path: None,
            unreadable,
        }
    }

    /// The line to print on stderr when the file at the default place could not be read.
    pub fn warning(&self) -> Option<String> {
        self.unreadable.as_ref().map(|(path, e)| {
            let line = format!(
                "{}: warning: cannot read the config file ({e}); the defaults are in use",
                path.display()
            );
            inert(&line).into_owned()
        })
    }
}

/// Reads and checks the config file of this process's environment.
pub fn load_from_env<K: KeyBindings>() -> Result<Loaded<K>, ConfigError> {
    let location = locate(&|name| std::env::var(name).ok());
    load(location.as_ref())
}

/// Reads and checks the config file at `location`. At a default place, a missing file means
/// the defaults, and so does a file the system would not give (any error of the system's:
/// no permission, a loop of links, a file where a folder should be), with a warning; what is
/// wrong with a file that was there (not a regular file, too large, not UTF-8, not a valid
/// config) is an error. A file named by `$BRIEFING_CONFIG` that cannot be read is an error.
pub fn load<K: KeyBindings>(location: Option<&Location>) -> Result<Loaded<K>, ConfigError> {
    let Some(location) = location else {
        return Ok(Loaded::defaults(None));
    };
    let path = &location.path;
    let read_error = |source| ConfigError::Read {
        path: path.clone(),
        source,
    };
    let text = match read_bounded(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !location.explicit => {
            return Ok(Loaded::defaults(None));
        }
        // The system's own errors carry its error number; the checks below make their own.
        Err(e) if e.raw_os_error().is_some() && !location.explicit => {
            return Ok(Loaded::defaults(Some((path.clone(), e))));
        }
        Err(e) => return Err(read_error(e)),
    };
    let config = parse(&text).map_err(|(span, message)| {
        let (line, column) = line_column(&text, span.start);
        ConfigError::Invalid {
            path: path.clone(),
            line,
            column,
            message,
        }
    })?;
    Ok(Loaded {
        config,
        path: Some(path.clone()),
        unreadable: None,
    })
}

/// The file's text: a regular file (never a FIFO or device, which could block or never end),
/// at most [`MAX_CONFIG_BYTES`], in UTF-8.
fn read_bounded(path: &Path) -> std::io::Result<String> {
    use std::io::{Error, ErrorKind};
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(Error::new(ErrorKind::InvalidInput, "not a regular file"));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(MAX_CONFIG_BYTES + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_CONFIG_BYTES {
        return Err(Error::new(
            ErrorKind::InvalidData,
            format!("larger than the limit of {MAX_CONFIG_BYTES} bytes"),
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        Error::new(
            ErrorKind::InvalidData,
            format!("not UTF-8 (at byte {})", e.utf8_error().valid_up_to()),
        )
    })
}

/// A config from TOML text, or the first problem and where it is; quotes of the file's keys
/// and values in the message are cut short ([`excerpt::bounded_quotes`]).
pub fn parse<K: KeyBindings>(text: &str) -> Result<Config<K>, Located> {
    toml::from_str(text)
        .map_err(|e: toml::de::Error| (e.span().unwrap_or(0..0), first_line(e.message())))
        .and_then(Config::from_file)
        .map_err(|(span, message)| (span, excerpt::bounded_quotes(&message)))
}

/// toml's messages can run over several lines; the first says what is wrong.
fn first_line(message: &str) -> String {
    message.lines().next().unwrap_or(message).trim().to_string()
}

/// A problem and the bytes of the file it is about.
pub type Located = (Range<usize>, String);

/// The one of `all` that `name` names (by `name_of`), or an error at the name that lists the
/// known names.
pub fn named<T: Copy>(
    all: &[T],
    name: &Spanned<String>,
    what: &str,
    name_of: impl Fn(T) -> String,
) -> Result<T, Located> {
    all.iter()
        .copied()
        .find(|&item| name_of(item) == *name.get_ref())
        .ok_or_else(|| {
            let known: Vec<String> = all.iter().map(|&item| name_of(item)).collect();
            (
                name.span(),
                format!(
                    "unknown {what} `{}` (known: {})",
                    name.get_ref(),
                    known.join(", ")
                ),
            )
        })
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let offset = (0..=offset)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

impl<K: KeyBindings> Config<K> {
    fn from_file(file: file::File) -> Result<Config<K>, Located> {
        let built_in = match &file.theme {
            None => BuiltIn::Dark,
            Some(name) => named(&BuiltIn::ALL, name, "theme", |t| t.name().into())?,
        };
        let mut theme = Theme::built_in(built_in);
        for (role, value) in &file.colors {
            let found = named(&Role::ALL, role, "colour role", |r| r.name().into())?;
            let look = color::parse_look(value.get_ref(), theme.look(found))
                .map_err(|message| (value.span(), format!("colors.{}: {message}", found.name())))?;
            theme = theme.with_look(found, look);
        }
        let terminal = file
            .terminal
            .into_iter()
            .map(file::Rule::into_rule)
            .collect::<Result<_, _>>()?;
        let export = file
            .export
            .map(file::Export::into_defaults)
            .transpose()?
            .unwrap_or_default();
        let library = file
            .library
            .map(file::LibraryTable::into_folder)
            .transpose()?
            .flatten();
        let keys = K::from_tables(&file.keys)?;
        Ok(Config {
            theme,
            terminal,
            export,
            library,
            keys,
        })
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// No keys: config's own tests need no keymap (ui::keys tests the `[keys]` tables).
    impl KeyBindings for () {
        fn from_tables(_: &KeyTables) -> Result<(), Located> {
            Ok(())
        }
        fn write_tables(&self, _: &mut String) {}
    }

    pub(super) fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_file_is_looked_for_where_the_user_expects_it() {
        let at = |vars: &[(&str, &str)]| locate(&env(vars)).map(|l| (l.path, l.explicit));
        assert_eq!(
            at(&[("BRIEFING_CONFIG", "/tmp/b.toml"), ("HOME", "/h")]),
            Some(("/tmp/b.toml".into(), true))
        );
        assert_eq!(
            at(&[("XDG_CONFIG_HOME", "/x"), ("HOME", "/h")]),
            Some(("/x/briefing/config.toml".into(), false))
        );
        // A relative XDG_CONFIG_HOME is ignored, as the XDG spec says.
        assert_eq!(
            at(&[("XDG_CONFIG_HOME", "rel"), ("HOME", "/h")]),
            Some(("/h/.config/briefing/config.toml".into(), false))
        );
        assert_eq!(at(&[("BRIEFING_CONFIG", "")]), None);
    }

    #[test]
    fn positions_count_lines_and_characters() {
        assert_eq!(line_column("a = 1\nbé = x", 10), (2, 4));
        assert_eq!(line_column("", 5), (1, 1));
    }

    #[test]
    fn long_keys_and_values_are_quoted_short() {
        // The `[keys]` tables' messages are checked with the real keymaps in `ui::keys`.
        let long = "x".repeat(100_000);
        for text in [
            format!("{long} = 1\n"),
            format!("\"{long}\" = 1\n"),
            format!("theme = \"{long}\"\n"),
            format!("[colors]\n{long} = \"red\"\n"),
            format!("[colors]\nplace = \"{long}\"\n"),
            format!("[colors]\nplace = \"#{long}\"\n"),
            format!("[colors]\nplace = {{ {long} = true }}\n"),
            format!("[[terminal]]\nterm = \"x\"\nbidi = \"{long}\"\n"),
            format!("[[terminal]]\n{long} = \"x\"\nbidi = \"app\"\n"),
            format!("[export]\nformat = \"{long}\"\n"),
        ] {
            let (_, message) = parse::<()>(&text).unwrap_err();
            let whole = "x".repeat(excerpt::MAX_QUOTED + 1);
            assert!(
                message.contains("x…") && !message.contains(&whole),
                "{} characters: {}",
                message.chars().count(),
                message.get(..300).unwrap_or(&message)
            );
        }
    }

    #[test]
    fn the_library_folder() {
        let config = parse::<()>("[library]\nfolder = \"/data/briefings\"\n").unwrap();
        assert_eq!(config.library, Some(PathBuf::from("/data/briefings")));
        assert_eq!(parse::<()>("[library]\n").unwrap().library, None);
        let (_, message) = parse::<()>("[library]\nfolder = \"\"\n").unwrap_err();
        assert_eq!(message, "library folder is empty");
    }

    #[test]
    fn an_empty_file_is_the_defaults() {
        assert_eq!(parse::<()>(""), Ok(Config::default()));
    }

    #[test]
    fn colours_and_theme_change_the_looks() {
        let config = parse::<()>("theme = \"light\"\n[colors]\nplace = \"#00ff00\"\n").unwrap();
        let light = Theme::built_in(BuiltIn::Light);
        assert_eq!(config.theme.look(Role::Actor), light.look(Role::Actor));
        assert_eq!(
            config.theme.look(Role::Place).fg,
            Some(crate::theme::Hue::Rgb(0, 255, 0))
        );
    }
}
