//! Writing direction of a paragraph (or of a whole text), and the default direction of a
//! language.
//!
//! Callers give [`PreparedParagraph::new`](crate::PreparedParagraph::new) a base
//! `Direction` (or none, for the first strong character's); the bidi resolver (`levels`) turns
//! it into the paragraph level, and lines and runs carry it to renderers. With the `serde`
//! feature it reads and writes as `"ltr"`/`"rtl"`; with `schemars` it has a JSON schema.

/// Writing direction of an article or paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "lowercase")
)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The default direction for a BCP 47 language tag: right-to-left for the scripts of
    /// Arabic, Persian, Hebrew, Urdu, Pashto, Sindhi, Uyghur, Yiddish, Dhivehi and kin.
    pub fn for_language(lang: &str) -> Direction {
        const RTL: &[&str] = &[
            "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "ku-arab", "mzn", "nqo", "pnb",
            "ps", "sd", "syr", "ug", "ur", "yi",
        ];
        let lang = lang.to_ascii_lowercase();
        let primary = lang.split(['-', '_']).next().unwrap_or("");
        if lang.contains("-arab") || lang.contains("-hebr") || lang.contains("-thaa") {
            return Direction::Rtl;
        }
        if lang.contains("-latn") || lang.contains("-cyrl") {
            return Direction::Ltr;
        }
        if RTL.contains(&primary) {
            Direction::Rtl
        } else {
            Direction::Ltr
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rtl_languages() {
        assert_eq!(Direction::for_language("ar"), Direction::Rtl);
        assert_eq!(Direction::for_language("fa-IR"), Direction::Rtl);
        assert_eq!(Direction::for_language("he"), Direction::Rtl);
        assert_eq!(Direction::for_language("en"), Direction::Ltr);
        assert_eq!(Direction::for_language("fr"), Direction::Ltr);
        assert_eq!(Direction::for_language("pa-Arab"), Direction::Rtl);
        assert_eq!(Direction::for_language("az-Latn"), Direction::Ltr);
    }
}
