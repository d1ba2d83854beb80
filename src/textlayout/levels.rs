//! Paragraph bidi levels, resolved once per paragraph (UAX #9 P2-P3, X1-X10, W1-I2).
//!
//! `PreparedParagraph::new` calls [`resolve`] on the analysis text (separators already turned
//! into spaces) and reads each grapheme cluster's level and original bidi class back through
//! [`ParaLevels::level_at`] and [`ParaLevels::class_at`]. A paragraph with an LTR (or auto)
//! base and no character that can start right-to-left text skips the algorithm entirely:
//! every level is 0 and nothing is reordered later. Bidi classes come from [`FastBidiData`]:
//! a table built once for U+0000..U+07FF (Latin, Hebrew, Arabic), unicode-bidi's own binary
//! search above it.

use std::sync::OnceLock;

use unicode_bidi::BidiClass::{self, *};
use unicode_bidi::{BidiDataSource, Level, ParagraphBidiInfo, bidi_class};

use crate::briefing::Direction;

/// The resolved levels of one paragraph.
pub enum ParaLevels<'a> {
    /// Left-to-right paragraph without right-to-left content: all levels are 0.
    PureLtr,
    /// unicode-bidi's per-byte levels and classes.
    Bidi(ParagraphBidiInfo<'a>),
}

/// Resolves the levels of `text`; `base` None means auto (first strong character, skipping
/// isolates, else LTR).
pub fn resolve(text: &str, base: Option<Direction>) -> ParaLevels<'_> {
    if base != Some(Direction::Rtl) && !text.chars().any(starts_rtl_or_embedding) {
        return ParaLevels::PureLtr;
    }
    let level = base.map(|dir| match dir {
        Direction::Ltr => Level::ltr(),
        Direction::Rtl => Level::rtl(),
    });
    ParaLevels::Bidi(ParagraphBidiInfo::new_with_data_source(
        &FastBidiData,
        text,
        level,
    ))
}

/// Characters below this have their bidi class in a direct table.
const TABLE_END: usize = 0x800;

/// unicode-bidi's bidi classes, with a direct table for the first [`TABLE_END`] code points.
pub struct FastBidiData;

impl BidiDataSource for FastBidiData {
    fn bidi_class(&self, c: char) -> BidiClass {
        static TABLE: OnceLock<[BidiClass; TABLE_END]> = OnceLock::new();
        match TABLE
            .get_or_init(|| {
                std::array::from_fn(|i| char::from_u32(i as u32).map_or(BN, bidi_class))
            })
            .get(c as usize)
        {
            Some(&class) => class,
            None => bidi_class(c),
        }
    }
}

/// Characters that can make any level non-zero in an LTR paragraph: strong RTL letters,
/// Arabic digits, and explicit embeddings, overrides and isolates.
fn starts_rtl_or_embedding(c: char) -> bool {
    // Nothing below the Hebrew block has one of these classes.
    c >= '\u{590}'
        && matches!(
            FastBidiData.bidi_class(c),
            R | AL | AN | RLE | RLO | RLI | FSI | LRE | LRO | LRI
        )
}

impl ParaLevels<'_> {
    /// The paragraph embedding level.
    pub fn para_level(&self) -> u8 {
        match self {
            ParaLevels::PureLtr => 0,
            ParaLevels::Bidi(info) => info.paragraph_level.number(),
        }
    }

    /// The resolved level of the character starting at byte `index`.
    pub fn level_at(&self, index: usize) -> u8 {
        match self {
            ParaLevels::PureLtr => 0,
            ParaLevels::Bidi(info) => info.levels.get(index).map_or(0, |l| l.number()),
        }
    }

    /// The original bidi class of the character starting at byte `index` (`None` when the
    /// paragraph is pure LTR and needs no reordering).
    pub fn class_at(&self, index: usize) -> Option<BidiClass> {
        match self {
            ParaLevels::PureLtr => None,
            ParaLevels::Bidi(info) => info.original_classes.get(index).copied(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_agrees_with_unicode_bidi() {
        for c in ('\0'..='\u{900}').chain(['\u{202e}', '\u{10fffd}']) {
            assert_eq!(FastBidiData.bidi_class(c), bidi_class(c), "{c:?}");
        }
    }

    #[test]
    fn fast_path_only_without_rtl_content() {
        assert!(matches!(
            resolve("plain text 123", None),
            ParaLevels::PureLtr
        ));
        assert!(matches!(
            resolve("plain", Some(Direction::Ltr)),
            ParaLevels::PureLtr
        ));
        assert!(matches!(
            resolve("plain", Some(Direction::Rtl)),
            ParaLevels::Bidi(_)
        ));
        assert!(matches!(resolve("a\u{202e}b", None), ParaLevels::Bidi(_)));
        assert!(matches!(resolve("a ب", None), ParaLevels::Bidi(_)));
    }

    #[test]
    fn auto_direction_takes_first_strong_skipping_isolates() {
        assert_eq!(resolve("123 ب abc", None).para_level(), 1);
        assert_eq!(resolve("\u{2067}abc\u{2069} ب", None).para_level(), 1);
        assert_eq!(resolve("1 2 3 ٠", None).para_level(), 0);
        let levels = resolve("ab ج", None);
        assert_eq!((levels.level_at(0), levels.level_at(3)), (0, 1));
        assert_eq!(levels.class_at(3), Some(AL));
    }
}
