//! Guessing an article's language from its script, for `new` without `LANG=`: the script
//! with the most letters wins (Arabic -> `ar`, Hebrew -> `he`, Latin -> the default, `en`
//! unless told otherwise).

/// The language of a text by the script of most of its letters; `latin` for Latin script
/// (and for texts without letters).
pub fn language_of(text: &str, latin: &str) -> String {
    let (mut arabic, mut hebrew, mut other) = (0usize, 0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        match c as u32 {
            0x0600..=0x06FF
            | 0x0750..=0x077F
            | 0x08A0..=0x08FF
            | 0xFB50..=0xFDFF
            | 0xFE70..=0xFEFF => arabic += 1,
            0x0590..=0x05FF | 0xFB1D..=0xFB4F => hebrew += 1,
            _ => other += 1,
        }
    }
    if arabic > hebrew && arabic > other {
        "ar".into()
    } else if hebrew > other {
        "he".into()
    } else {
        latin.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts() {
        assert_eq!(language_of("هجوم مسلح على منتجع in Mali", "en"), "ar");
        assert_eq!(language_of("פיגוע בירושלים", "en"), "he");
        assert_eq!(language_of("Attack near باماكو today", "en"), "en");
        assert_eq!(language_of("Attaque près de Bamako", "fr"), "fr");
        assert_eq!(language_of("123", "en"), "en");
    }
}
