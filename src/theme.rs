//! The one place that decides how things look: a [`Look`] per [`Role`] (each entity kind,
//! the selected entity, the cursor mention, a search match, a headline...) in a [`Theme`].
//! There are built-in themes for dark and light backgrounds and a NO_COLOR one that uses only
//! bold, underline and reverse; a config file picks one and may change any role's look
//! (`crate::config`). [`Look::terminal_style`] is the one table from looks to the terminal's
//! colours and attributes: the plain renderer writes it as ANSI escape sequences, the screens
//! convert it to ratatui styles.

use crossterm::style::{Attribute, Color, ContentStyle};

use crate::briefing::EntityKind;

/// A colour: one of the sixteen every terminal has, one of the 256-colour palette, or RGB.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hue {
    Ansi(Ansi),
    Indexed(u8),
    Rgb(u8, u8, u8),
}

impl Hue {
    /// The terminal's colour for this hue (crossterm's `Dark*` are the eight normal colours,
    /// its plain names the bright ones).
    fn terminal_color(self) -> Color {
        match self {
            Hue::Ansi(ansi) => match ansi {
                Ansi::Black => Color::Black,
                Ansi::Red => Color::DarkRed,
                Ansi::Green => Color::DarkGreen,
                Ansi::Yellow => Color::DarkYellow,
                Ansi::Blue => Color::DarkBlue,
                Ansi::Magenta => Color::DarkMagenta,
                Ansi::Cyan => Color::DarkCyan,
                Ansi::White => Color::Grey,
                Ansi::BrightBlack => Color::DarkGrey,
                Ansi::BrightRed => Color::Red,
                Ansi::BrightGreen => Color::Green,
                Ansi::BrightYellow => Color::Yellow,
                Ansi::BrightBlue => Color::Blue,
                Ansi::BrightMagenta => Color::Magenta,
                Ansi::BrightCyan => Color::Cyan,
                Ansi::BrightWhite => Color::White,
            },
            Hue::Indexed(i) => Color::AnsiValue(i),
            Hue::Rgb(r, g, b) => Color::Rgb { r, g, b },
        }
    }
}

/// The sixteen ANSI colours, by the names terminals give them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ansi {
    Black,
    Red,
    Green,
    Yellow,
    Blue,
    Magenta,
    Cyan,
    White,
    BrightBlack,
    BrightRed,
    BrightGreen,
    BrightYellow,
    BrightBlue,
    BrightMagenta,
    BrightCyan,
    BrightWhite,
}

impl Ansi {
    pub const ALL: [Ansi; 16] = [
        Ansi::Black,
        Ansi::Red,
        Ansi::Green,
        Ansi::Yellow,
        Ansi::Blue,
        Ansi::Magenta,
        Ansi::Cyan,
        Ansi::White,
        Ansi::BrightBlack,
        Ansi::BrightRed,
        Ansi::BrightGreen,
        Ansi::BrightYellow,
        Ansi::BrightBlue,
        Ansi::BrightMagenta,
        Ansi::BrightCyan,
        Ansi::BrightWhite,
    ];

    /// The name a config file uses: `red`, `bright-blue`...
    pub fn name(self) -> &'static str {
        [
            "black",
            "red",
            "green",
            "yellow",
            "blue",
            "magenta",
            "cyan",
            "white",
            "bright-black",
            "bright-red",
            "bright-green",
            "bright-yellow",
            "bright-blue",
            "bright-magenta",
            "bright-cyan",
            "bright-white",
        ][self as usize]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Look {
    pub fg: Option<Hue>,
    pub bg: Option<Hue>,
    pub bold: bool,
    pub underline: bool,
    pub reverse: bool,
    pub dim: bool,
}

impl Look {
    pub const PLAIN: Look = Look {
        fg: None,
        bg: None,
        bold: false,
        underline: false,
        reverse: false,
        dim: false,
    };

    /// This look as a terminal style: the one table from hues and attributes to the
    /// terminal's colours, used by the plain renderer (escape sequences) and, converted by
    /// ratatui, by the screens.
    pub fn terminal_style(self) -> ContentStyle {
        let mut style = ContentStyle::new();
        style.foreground_color = self.fg.map(Hue::terminal_color);
        style.background_color = self.bg.map(Hue::terminal_color);
        for (on, attr) in [
            (self.bold, Attribute::Bold),
            (self.underline, Attribute::Underlined),
            (self.reverse, Attribute::Reverse),
            (self.dim, Attribute::Dim),
        ] {
            if on {
                style.attributes.set(attr);
            }
        }
        style
    }

    /// This look with another laid over it (attributes add up, colours are replaced).
    pub fn over(self, top: Look) -> Look {
        Look {
            fg: top.fg.or(self.fg),
            bg: top.bg.or(self.bg),
            bold: self.bold || top.bold,
            underline: self.underline || top.underline,
            reverse: self.reverse || top.reverse,
            dim: self.dim || top.dim,
        }
    }
}

/// What a look is for. Each role has one look per theme; a config file may change any of
/// them (`[colors]`, by [`Role::name`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Actor,
    Place,
    Casualty,
    Selection,
    Cursor,
    SearchMatch,
    Headline,
    Muted,
    Error,
    Warning,
    Focus,
    TextSelection,
    Caret,
    Suggestion,
}

impl Role {
    pub const ALL: [Role; 14] = [
        Role::Actor,
        Role::Place,
        Role::Casualty,
        Role::Selection,
        Role::Cursor,
        Role::SearchMatch,
        Role::Headline,
        Role::Muted,
        Role::Error,
        Role::Warning,
        Role::Focus,
        Role::TextSelection,
        Role::Caret,
        Role::Suggestion,
    ];

    /// The role's name in a config file.
    pub fn name(self) -> &'static str {
        match self {
            Role::Actor => "actor",
            Role::Place => "place",
            Role::Casualty => "casualty",
            Role::Selection => "selection",
            Role::Cursor => "cursor",
            Role::SearchMatch => "search-match",
            Role::Headline => "headline",
            Role::Muted => "muted",
            Role::Error => "error",
            Role::Warning => "warning",
            Role::Focus => "focus",
            Role::TextSelection => "text-selection",
            Role::Caret => "caret",
            Role::Suggestion => "suggestion",
        }
    }

    /// What the role colours, for the default config's comments.
    pub fn about(self) -> &'static str {
        match self {
            Role::Actor => "mentions of actors",
            Role::Place => "mentions of places",
            Role::Casualty => "mentions of casualty figures",
            Role::Selection => "every mention of the selected entity",
            Role::Cursor => "the mention the cursor is on",
            Role::SearchMatch => "search matches",
            Role::Headline => "headlines and titles",
            Role::Muted => "secondary text (source lines, hints)",
            Role::Error => "files that are not valid briefings",
            Role::Warning => "sources that disagree",
            Role::Focus => "the focused pane's border",
            Role::TextSelection => "text selected in select mode (v)",
            Role::Caret => "the text cursor in select mode",
            Role::Suggestion => "a suggested mention under review",
        }
    }

    pub fn of_kind(kind: EntityKind) -> Role {
        match kind {
            EntityKind::Actor => Role::Actor,
            EntityKind::Place => Role::Place,
            EntityKind::Casualty => Role::Casualty,
        }
    }
}

/// A built-in set of looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BuiltIn {
    /// For dark backgrounds (the default).
    Dark,
    /// For light backgrounds: no yellow or cyan text, which fades on white.
    Light,
}

impl BuiltIn {
    pub const ALL: [BuiltIn; 2] = [BuiltIn::Dark, BuiltIn::Light];

    pub fn name(self) -> &'static str {
        match self {
            BuiltIn::Dark => "dark",
            BuiltIn::Light => "light",
        }
    }
}

/// The looks of every role, with colours or (NO_COLOR) with attributes only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    looks: [Look; Role::ALL.len()],
    color: bool,
}

/// A look with a foreground colour and attributes, for the tables below.
const fn fg(hue: Ansi, bold: bool) -> Look {
    Look {
        fg: Some(Hue::Ansi(hue)),
        bold,
        ..Look::PLAIN
    }
}

/// A look with both colours, bold.
const fn on(fg: Ansi, bg: Ansi, underline: bool) -> Look {
    Look {
        fg: Some(Hue::Ansi(fg)),
        bg: Some(Hue::Ansi(bg)),
        bold: true,
        underline,
        ..Look::PLAIN
    }
}

const fn attrs(bold: bool, underline: bool, reverse: bool, dim: bool) -> Look {
    Look {
        fg: None,
        bg: None,
        bold,
        underline,
        reverse,
        dim,
    }
}

const BOLD: Look = attrs(true, false, false, false);
const DIM: Look = attrs(false, false, false, true);

impl Theme {
    /// A built-in theme with colours.
    pub fn built_in(which: BuiltIn) -> Theme {
        use Ansi::*;
        let match_look = Look {
            fg: Some(Hue::Ansi(Black)),
            bg: Some(Hue::Ansi(Yellow)),
            ..Look::PLAIN
        };
        // Order of Role::ALL.
        let dark = [
            fg(Cyan, false),
            fg(Green, false),
            fg(Red, true),
            on(BrightWhite, Blue, false),
            on(BrightWhite, Magenta, true),
            match_look,
            BOLD,
            DIM,
            fg(Red, false),
            fg(Yellow, true),
            fg(Yellow, false),
            on(Black, BrightCyan, false),
            Look {
                reverse: true,
                underline: true,
                ..Look::PLAIN
            },
            Look {
                fg: Some(Hue::Ansi(BrightBlack)),
                underline: true,
                ..Look::PLAIN
            },
        ];
        let theme = Theme {
            looks: dark,
            color: true,
        };
        match which {
            BuiltIn::Dark => theme,
            // Yellow and cyan text fade on white.
            BuiltIn::Light => theme
                .with_look(Role::Actor, fg(Blue, false))
                .with_look(Role::TextSelection, on(Black, BrightBlue, false))
                .with_look(Role::Warning, fg(Magenta, true))
                .with_look(Role::Focus, fg(Blue, true)),
        }
    }

    /// Attributes only: bold, underline and reverse (the NO_COLOR convention).
    pub const fn no_color() -> Theme {
        Theme {
            looks: [
                attrs(false, true, false, false),
                BOLD,
                attrs(true, true, false, false),
                attrs(false, false, true, false),
                attrs(true, true, true, false),
                attrs(false, false, true, false),
                BOLD,
                DIM,
                attrs(false, true, false, false),
                BOLD,
                BOLD,
                attrs(false, false, true, false),
                attrs(true, true, true, false),
                attrs(false, true, false, true),
            ],
            color: false,
        }
    }

    /// Whether NO_COLOR asks for no colour (set and non-empty).
    pub fn no_color_requested() -> bool {
        std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
    }

    /// The dark theme, or attributes only when NO_COLOR is set: what the program shows
    /// without a config file.
    pub fn from_env() -> Theme {
        match Theme::no_color_requested() {
            true => Theme::no_color(),
            false => Theme::built_in(BuiltIn::Dark),
        }
    }

    /// Whether this theme uses colours.
    pub fn color(self) -> bool {
        self.color
    }

    pub fn look(self, role: Role) -> Look {
        self.looks[role as usize]
    }

    /// This theme with `role` drawn as `look`.
    pub fn with_look(mut self, role: Role, look: Look) -> Theme {
        self.looks[role as usize] = look;
        self
    }

    /// A mention of an entity of this kind.
    pub fn kind(self, kind: EntityKind) -> Look {
        self.look(Role::of_kind(kind))
    }

    /// Every mention of the selected entity, on top of its kind's look.
    pub fn selected(self) -> Look {
        self.look(Role::Selection)
    }

    /// The mention the cursor is on.
    pub fn cursor(self) -> Look {
        self.look(Role::Cursor)
    }

    /// A search match.
    pub fn matched(self) -> Look {
        self.look(Role::SearchMatch)
    }

    pub fn headline(self) -> Look {
        self.look(Role::Headline)
    }

    pub fn muted(self) -> Look {
        self.look(Role::Muted)
    }

    /// A file that is not a valid briefing.
    pub fn error(self) -> Look {
        self.look(Role::Error)
    }

    /// A disagreement between sources.
    pub fn warning(self) -> Look {
        self.look(Role::Warning)
    }

    /// The focused pane's border, the selected row.
    pub fn focus(self) -> Look {
        self.look(Role::Focus)
    }

    /// Text selected in select mode, on top of whatever else it is.
    pub fn text_selection(self) -> Look {
        self.look(Role::TextSelection)
    }

    /// The text cursor's cell in select mode.
    pub fn caret(self) -> Look {
        self.look(Role::Caret)
    }

    /// A suggested mention (drawn underlined, dim where there is no colour).
    pub fn suggestion(self) -> Look {
        self.look(Role::Suggestion)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_uses_attributes_only() {
        let t = Theme::no_color();
        for look in [
            t.kind(EntityKind::Actor),
            t.kind(EntityKind::Place),
            t.kind(EntityKind::Casualty),
            t.selected(),
            t.cursor(),
            t.matched(),
            t.warning(),
            t.focus(),
            t.text_selection(),
            t.caret(),
            t.suggestion(),
        ] {
            assert_eq!((look.fg, look.bg), (None, None));
            assert!(look.bold || look.underline || look.reverse);
        }
        let kinds: Vec<Look> = EntityKind::ALL.iter().map(|&k| t.kind(k)).collect();
        assert!(kinds[0] != kinds[1] && kinds[1] != kinds[2] && kinds[0] != kinds[2]);
        assert!(
            t.text_selection() != t.caret(),
            "the caret stands out in a selection"
        );
    }

    #[test]
    fn every_theme_draws_selection_caret_and_suggestion_apart() {
        for theme in BuiltIn::ALL.map(Theme::built_in) {
            let looks = [theme.text_selection(), theme.caret(), theme.suggestion()];
            assert!(looks[0].bg.is_some(), "a selection has a background");
            assert!(looks[1].reverse && looks[2].underline);
            assert!(looks[0] != looks[1] && looks[1] != looks[2] && looks[0] != looks[2]);
        }
    }
}
