//! The one place that decides how things look: a [`Look`] per entity kind and per role
//! (selected entity, cursor mention, search match, headline...), with a NO_COLOR variant that
//! uses only bold, underline and reverse. The reader converts looks to ratatui styles, the
//! plain renderer to ANSI escape sequences.

use crate::briefing::EntityKind;

/// Sixteen-colour palette entries (what every terminal has).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hue {
    Red,
    Green,
    Yellow,
    Blue,
    Magenta,
    Cyan,
    Gray,
    White,
}

/// A text attribute a look can turn on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attribute {
    Bold,
    Underline,
    Reverse,
    Dim,
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

    /// The text attributes this look turns on, for renderers to map to their own types.
    pub fn attributes(self) -> impl Iterator<Item = Attribute> {
        [
            (self.bold, Attribute::Bold),
            (self.underline, Attribute::Underline),
            (self.reverse, Attribute::Reverse),
            (self.dim, Attribute::Dim),
        ]
        .into_iter()
        .filter_map(|(on, attr)| on.then_some(attr))
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

/// Colours, or only attributes (NO_COLOR).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    /// Colour unless the NO_COLOR convention asks otherwise (set and non-empty).
    pub fn from_env() -> Theme {
        Theme {
            color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        }
    }

    /// A mention of an entity of this kind.
    pub fn kind(self, kind: EntityKind) -> Look {
        match (self.color, kind) {
            (true, EntityKind::Actor) => Look {
                fg: Some(Hue::Cyan),
                ..Look::PLAIN
            },
            (true, EntityKind::Place) => Look {
                fg: Some(Hue::Green),
                ..Look::PLAIN
            },
            (true, EntityKind::Casualty) => Look {
                fg: Some(Hue::Red),
                bold: true,
                ..Look::PLAIN
            },
            (false, EntityKind::Actor) => Look {
                underline: true,
                ..Look::PLAIN
            },
            (false, EntityKind::Place) => Look {
                bold: true,
                ..Look::PLAIN
            },
            (false, EntityKind::Casualty) => Look {
                bold: true,
                underline: true,
                ..Look::PLAIN
            },
        }
    }

    /// Every mention of the selected entity, on top of its kind's look.
    pub fn selected(self) -> Look {
        match self.color {
            true => Look {
                fg: Some(Hue::White),
                bg: Some(Hue::Blue),
                bold: true,
                ..Look::PLAIN
            },
            false => Look {
                reverse: true,
                ..Look::PLAIN
            },
        }
    }

    /// The mention the cursor is on.
    pub fn cursor(self) -> Look {
        match self.color {
            true => Look {
                fg: Some(Hue::White),
                bg: Some(Hue::Magenta),
                bold: true,
                underline: true,
                ..Look::PLAIN
            },
            false => Look {
                reverse: true,
                underline: true,
                bold: true,
                ..Look::PLAIN
            },
        }
    }

    /// A search match.
    pub fn matched(self) -> Look {
        match self.color {
            true => Look {
                bg: Some(Hue::Yellow),
                fg: Some(Hue::Gray),
                ..Look::PLAIN
            },
            false => Look {
                reverse: true,
                ..Look::PLAIN
            },
        }
    }

    pub fn headline(self) -> Look {
        Look {
            bold: true,
            ..Look::PLAIN
        }
    }

    pub fn muted(self) -> Look {
        Look {
            dim: true,
            ..Look::PLAIN
        }
    }

    /// A file that is not a valid briefing.
    pub fn error(self) -> Look {
        match self.color {
            true => Look {
                fg: Some(Hue::Red),
                ..Look::PLAIN
            },
            false => Look {
                underline: true,
                ..Look::PLAIN
            },
        }
    }

    /// A disagreement between sources.
    pub fn warning(self) -> Look {
        match self.color {
            true => Look {
                fg: Some(Hue::Yellow),
                bold: true,
                ..Look::PLAIN
            },
            false => Look {
                bold: true,
                ..Look::PLAIN
            },
        }
    }

    /// The focused pane's border, the selected row.
    pub fn focus(self) -> Look {
        match self.color {
            true => Look {
                fg: Some(Hue::Yellow),
                ..Look::PLAIN
            },
            false => Look {
                bold: true,
                ..Look::PLAIN
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_uses_attributes_only() {
        let t = Theme { color: false };
        for look in [
            t.kind(EntityKind::Actor),
            t.kind(EntityKind::Place),
            t.kind(EntityKind::Casualty),
            t.selected(),
            t.cursor(),
            t.matched(),
            t.warning(),
            t.focus(),
        ] {
            assert_eq!((look.fg, look.bg), (None, None));
            assert!(look.bold || look.underline || look.reverse);
        }
        let kinds: Vec<Look> = EntityKind::ALL.iter().map(|&k| t.kind(k)).collect();
        assert!(kinds[0] != kinds[1] && kinds[1] != kinds[2] && kinds[0] != kinds[2]);
    }
}
