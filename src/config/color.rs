//! Colour and look values as a config file writes them: `"red"`, `"bright-blue"`, `208`
//! (the 256-colour palette), `"#ff8800"` (RGB), or a table with `fg`, `bg` and attributes.

use crate::theme::{Ansi, Hue, Look};

/// Parses one colour value (a TOML string or integer).
pub fn parse_hue(value: &toml::Value) -> Result<Hue, String> {
    match value {
        toml::Value::Integer(i) => u8::try_from(*i)
            .map(Hue::Indexed)
            .map_err(|_| format!("colour index {i} is out of range (0 to 255)")),
        toml::Value::String(s) => parse_hue_name(s),
        other => Err(format!(
            "expected a colour (a name such as \"cyan\", a number from 0 to 255, or \"#rrggbb\"), found {}",
            other.type_str()
        )),
    }
}

fn parse_hue_name(text: &str) -> Result<Hue, String> {
    if let Some(hex) = text.strip_prefix('#') {
        let channel = |i: usize| {
            hex.get(i..i + 2)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        };
        return match (hex.len(), channel(0), channel(2), channel(4)) {
            (6, Some(r), Some(g), Some(b)) => Ok(Hue::Rgb(r, g, b)),
            _ => Err(format!("{text:?} is not an RGB colour (write \"#rrggbb\")")),
        };
    }
    let wanted = text.trim().to_ascii_lowercase().replace('_', "-");
    Ansi::ALL
        .into_iter()
        .find(|a| a.name() == wanted)
        .map(Hue::Ansi)
        .ok_or_else(|| {
            let names: Vec<&str> = Ansi::ALL.iter().map(|a| a.name()).collect();
            format!("unknown colour {text:?} (known: {})", names.join(", "))
        })
}

/// How a config file writes a colour.
pub fn hue_text(hue: Hue) -> String {
    match hue {
        Hue::Ansi(a) => format!("{:?}", a.name()),
        Hue::Indexed(i) => i.to_string(),
        Hue::Rgb(r, g, b) => format!("\"#{r:02x}{g:02x}{b:02x}\""),
    }
}

/// Attributes a look table may set, in the order the default config writes them.
const ATTRIBUTES: [&str; 4] = ["bold", "underline", "reverse", "dim"];

/// A look value laid over `base`: a colour alone sets the foreground; a table sets what it
/// names (`fg`, `bg`, `bold`, `underline`, `reverse`, `dim`) and keeps the rest of `base`.
pub fn parse_look(value: &toml::Value, base: Look) -> Result<Look, String> {
    let toml::Value::Table(table) = value else {
        return Ok(Look {
            fg: Some(parse_hue(value)?),
            ..base
        });
    };
    let mut look = base;
    for (key, value) in table {
        match key.as_str() {
            "fg" => look.fg = Some(parse_hue(value)?),
            "bg" => look.bg = Some(parse_hue(value)?),
            attribute if ATTRIBUTES.contains(&attribute) => {
                let on = value
                    .as_bool()
                    .ok_or_else(|| format!("`{attribute}` must be true or false"))?;
                match attribute {
                    "bold" => look.bold = on,
                    "underline" => look.underline = on,
                    "reverse" => look.reverse = on,
                    _ => look.dim = on,
                }
            }
            other => {
                return Err(format!(
                    "unknown look field `{other}` (known: fg, bg, {})",
                    ATTRIBUTES.join(", ")
                ));
            }
        }
    }
    Ok(look)
}

/// A look as an inline TOML table, as `briefing config --default` writes it.
pub fn look_text(look: Look) -> String {
    let mut fields = Vec::new();
    if let Some(fg) = look.fg {
        fields.push(format!("fg = {}", hue_text(fg)));
    }
    if let Some(bg) = look.bg {
        fields.push(format!("bg = {}", hue_text(bg)));
    }
    for (name, on) in ATTRIBUTES
        .iter()
        .zip([look.bold, look.underline, look.reverse, look.dim])
    {
        fields.push(format!("{name} = {on}"));
    }
    format!("{{ {} }}", fields.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> toml::Value {
        let table: toml::Table = toml::from_str(&format!("v = {text}")).unwrap();
        table["v"].clone()
    }

    #[test]
    fn colours_by_name_index_and_rgb() {
        assert_eq!(parse_hue(&value("\"cyan\"")), Ok(Hue::Ansi(Ansi::Cyan)));
        assert_eq!(
            parse_hue(&value("\"Bright_Blue\"")),
            Ok(Hue::Ansi(Ansi::BrightBlue))
        );
        assert_eq!(parse_hue(&value("208")), Ok(Hue::Indexed(208)));
        assert_eq!(parse_hue(&value("\"#ff8800\"")), Ok(Hue::Rgb(255, 136, 0)));
        assert!(parse_hue(&value("256")).unwrap_err().contains("0 to 255"));
        assert!(
            parse_hue(&value("\"#ff88\""))
                .unwrap_err()
                .contains("#rrggbb")
        );
        assert!(parse_hue(&value("\"#gg8800\"")).is_err());
        assert!(
            parse_hue(&value("\"teal\""))
                .unwrap_err()
                .contains("bright-cyan")
        );
        assert!(parse_hue(&value("true")).unwrap_err().contains("boolean"));
    }

    #[test]
    fn a_table_changes_only_what_it_names() {
        let base = Look {
            bold: true,
            ..Look::PLAIN
        };
        let look = parse_look(&value("{ bg = 17, underline = true }"), base).unwrap();
        assert_eq!(look.bg, Some(Hue::Indexed(17)));
        assert!(look.bold && look.underline && look.fg.is_none());
        assert!(
            parse_look(&value("{ blink = true }"), base)
                .unwrap_err()
                .contains("blink")
        );
        assert!(
            parse_look(&value("{ bold = 1 }"), base)
                .unwrap_err()
                .contains("true or false")
        );
    }

    #[test]
    fn written_looks_read_back() {
        let look = Look {
            fg: Some(Hue::Rgb(1, 2, 3)),
            bg: Some(Hue::Ansi(Ansi::BrightBlack)),
            reverse: true,
            ..Look::PLAIN
        };
        assert_eq!(parse_look(&value(&look_text(look)), Look::PLAIN), Ok(look));
    }
}
