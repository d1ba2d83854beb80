//! `briefing config --default`: the defaults written as a config file, generated from the
//! tables the program runs with (the theme's roles, the keymaps `K` writes, the built-in
//! terminal rules), with a comment per entry. Parsing it gives the defaults back (a test in
//! `ui::keys` checks that, with the real keymaps).

use std::fmt::Write;

use super::color::look_text;
use super::{KeyBindings, terminal};
use crate::theme::{BuiltIn, Role, Theme};
use crate::view::BidiMode;

/// The defaults as a config file, with the key bindings `K` has by default.
pub fn default_text<K: KeyBindings>() -> String {
    let mut out = String::new();
    let theme = Theme::built_in(BuiltIn::Dark);
    let themes: Vec<String> = BuiltIn::ALL
        .iter()
        .map(|t| format!("{:?}", t.name()))
        .collect();
    let _ = writeln!(
        out,
        "# briefing's configuration: the defaults. Copy what you want to change to\n\
         # $BRIEFING_CONFIG, $XDG_CONFIG_HOME/briefing/config.toml or\n\
         # ~/.config/briefing/config.toml; `briefing config --check` checks it.\n\n\
         # The built-in colours: {}. NO_COLOR (set and not empty) turns every colour off.\n\
         theme = \"dark\"\n\n\
         # The look of each role: a colour (\"red\", \"bright-blue\", 208, \"#ff8800\") sets the\n\
         # foreground; a table sets fg, bg, bold, underline, reverse and dim.\n\
         [colors]",
        themes.join(", ")
    );
    for role in Role::ALL {
        let _ = writeln!(out, "# {}", role.about());
        let _ = writeln!(out, "{} = {}", role.name(), look_text(theme.look(role)));
    }
    let _ = writeln!(
        out,
        "\n# Keys, per mode: an action's keys replace its built-in ones and leave whatever\n\
         # else they did in that mode; [] unbinds the action. A key is a character, space,\n\
         # enter, esc, tab, shift-tab, backspace, delete, up, down, left, right, home, end,\n\
         # pgup, pgdn or f1..f12."
    );
    K::default().write_tables(&mut out);
    let _ = writeln!(
        out,
        "\n# Who does the bidi in which terminal: `app` (this program lays out right-to-left\n\
         # text) or `terminal` (the terminal reorders by itself). Rules here are tried in order,\n\
         # before these built-in ones; every condition a rule names must hold: term and\n\
         # term_program match TERM and TERM_PROGRAM (a trailing * matches any ending), env a\n\
         # variable that is set. `--bidi` on the command line overrides them all."
    );
    for rule in terminal::built_in() {
        let _ = writeln!(out, "#\n# {}:\n# [[terminal]]", rule.about);
        for (name, value) in [
            ("term", &rule.term),
            ("term_program", &rule.term_program),
            ("env", &rule.env),
        ] {
            if let Some(value) = value {
                let _ = writeln!(out, "# {name} = {value:?}");
            }
        }
        let bidi = match rule.bidi {
            BidiMode::App => "app",
            BidiMode::Terminal => "terminal",
        };
        let _ = writeln!(out, "# bidi = \"{bidi}\"");
    }
    let _ = writeln!(
        out,
        "\n# What the reader's export (e) offers first: a format (\"md\", \"html\" or \"json\";\n\
         # by default it asks) and a folder (by default the briefing's own; ~/ is your home).\n\
         [export]\n\
         # format = \"md\"\n\
         # folder = \"~/briefings/exports\"\n\
         \n\
         # The folder of your briefings: `briefing suggest` (unless --library is given) and\n\
         # the reader's review (S) propose again the actors and places marked there, by id.\n\
         # A briefing opened from a library uses that library instead.\n\
         [library]\n\
         # folder = \"~/briefings\""
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_has_an_entry_with_a_comment() {
        let text = default_text::<()>();
        for role in Role::ALL {
            let entry = format!("\n{} = {{", role.name());
            let at = text
                .find(&entry)
                .unwrap_or_else(|| panic!("{} missing", role.name()));
            assert!(text[..at].ends_with(&format!("# {}", role.about())));
        }
    }

    #[test]
    fn built_in_terminal_rules_are_listed() {
        assert!(default_text::<()>().contains("# env = \"KONSOLE_VERSION\""));
    }
}
