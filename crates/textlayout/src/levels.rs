//! Paragraph bidi levels, resolved once per paragraph, one level per code point (UAX #9).
//!
//! `PreparedParagraph::new` calls [`resolve`] on the analysis text (separators inside the
//! paragraph already turned into spaces) and reads each grapheme cluster's level and original
//! bidi class back by character index through [`ParaLevels::level_at`] and
//! [`ParaLevels::class_at`]. Three paths, cheapest first:
//!
//! - a paragraph with an LTR (or auto) base and no character that can start right-to-left
//!   text skips the algorithm: every level is 0 and nothing is reordered later;
//! - a paragraph without explicit embeddings, overrides or isolates (the usual case) is one
//!   isolating run sequence at the paragraph level, resolved here per character over a
//!   compact array of classes with BN characters left out (X9). One `scan` reads each
//!   character's class and applies W1-W3 on the way, noting separators, terminators and
//!   bracket pairs; W4-W6 then visit only the separators and terminators, N0 only the
//!   bracket pairs, and one last pass does W7, N1-N2 and I1-I2 together, pushing levels;
//! - a paragraph with explicit formatting characters goes to unicode-bidi's
//!   `ParagraphBidiInfo` (X1-X10 with isolating run sequences), whose per-byte levels are
//!   read back per character.
//!
//! Bidi classes come from [`FastBidiData`]: a table built once for U+0000..U+07FF (Latin,
//! Hebrew, Arabic), unicode-bidi's own binary search above it. The property tests check the
//! second path against unicode-bidi on arbitrary text.

use std::sync::OnceLock;

use unicode_bidi::BidiClass::{self, *};
use unicode_bidi::{BidiDataSource, Level, ParagraphBidiInfo, bidi_class};

use crate::Direction;

/// The resolved levels of one paragraph, per character.
#[derive(Debug, Clone, Default)]
pub struct ParaLevels {
    para_level: u8,
    /// Level of each character; empty for a pure LTR paragraph (all 0).
    levels: Vec<u8>,
    /// Original bidi class of each character; empty for a pure LTR paragraph.
    classes: Vec<BidiClass>,
}

/// Resolves the levels of `text`; `base` None means auto (first strong character, skipping
/// isolates, else LTR).
pub fn resolve(text: &str, base: Option<Direction>) -> ParaLevels {
    if base != Some(Direction::Rtl) && !text.chars().any(starts_rtl_or_embedding) {
        return ParaLevels::default();
    }
    let scan = scan(text);
    if scan.explicit {
        return with_unicode_bidi(text, base, scan.classes);
    }
    let para_level = match base {
        Some(Direction::Ltr) => 0,
        Some(Direction::Rtl) => 1,
        None => match scan.first_strong {
            Some(R | AL) => 1,
            _ => 0,
        },
    };
    let Scan {
        classes,
        mut weak,
        brackets,
        separators,
        ..
    } = scan;
    let resolved = resolve_sequence(&mut weak, &classes, &brackets, &separators, para_level);
    if resolved.len() == classes.len() {
        return ParaLevels {
            para_level,
            levels: resolved,
            classes,
        };
    }
    // BN characters take the level before them (rule L1 does the same per line).
    let mut levels = Vec::with_capacity(classes.len());
    let mut resolved = resolved.iter();
    let mut prev = para_level;
    for &class in &classes {
        if class != BN {
            prev = resolved.next().copied().unwrap_or(para_level);
        }
        levels.push(prev);
    }
    ParaLevels {
        para_level,
        levels,
        classes,
    }
}

/// What one walk over a paragraph's characters finds.
struct Scan {
    /// Original bidi class of each character.
    classes: Vec<BidiClass>,
    /// The classes X9 keeps (BN left out) after rules W1-W3, except that combining marks
    /// before any other kept character are still NSM (sos is not known yet).
    weak: Vec<BidiClass>,
    /// Paired brackets, at indices of `weak`.
    brackets: Vec<Bracket>,
    /// Indices in `weak` of European and common separators and European terminators.
    separators: Vec<usize>,
    /// An explicit embedding, override or isolate character is present.
    explicit: bool,
    /// The first strong class (L, R or AL), for the auto direction.
    first_strong: Option<BidiClass>,
}

/// Reads each character's class once, and applies rules W1 (a combining mark takes the class
/// before it), W2 (a European number after AL is an Arabic number) and W3 (AL is R) on the way.
fn scan(text: &str) -> Scan {
    let table = table();
    let mut scan = Scan {
        classes: Vec::with_capacity(text.len()),
        weak: Vec::with_capacity(text.len()),
        brackets: Vec::new(),
        separators: Vec::new(),
        explicit: false,
        first_strong: None,
    };
    // W1's previous class (before W2 and W3), and whether the last strong class was AL.
    let mut prev = None;
    let mut after_al = false;
    for c in text.chars() {
        let class = table
            .get(c as usize)
            .copied()
            .unwrap_or_else(|| bidi_class(c));
        scan.classes.push(class);
        let w1 = match class {
            BN => continue,
            NSM => prev.unwrap_or(NSM),
            L | R | AL => {
                scan.first_strong.get_or_insert(class);
                class
            }
            LRE | RLE | PDF | LRO | RLO | LRI | RLI | FSI | PDI => {
                scan.explicit = true;
                class
            }
            ON => {
                if let Some((opening, open)) = bracket(c) {
                    scan.brackets.push(Bracket {
                        at: scan.weak.len(),
                        opening,
                        open,
                    });
                }
                ON
            }
            _ => class,
        };
        prev = Some(w1);
        let w3 = match w1 {
            L | R => {
                after_al = false;
                w1
            }
            AL => {
                after_al = true;
                R
            }
            EN if after_al => AN,
            ES | ET | CS => {
                scan.separators.push(scan.weak.len());
                w1
            }
            _ => w1,
        };
        scan.weak.push(w3);
    }
    scan
}

/// unicode-bidi for a paragraph with explicit formatting characters; its levels are per
/// byte, read here at each character's first byte.
fn with_unicode_bidi(text: &str, base: Option<Direction>, classes: Vec<BidiClass>) -> ParaLevels {
    let level = base.map(|dir| match dir {
        Direction::Ltr => Level::ltr(),
        Direction::Rtl => Level::rtl(),
    });
    let info = ParagraphBidiInfo::new_with_data_source(&FastBidiData, text, level);
    let levels = text
        .char_indices()
        .map(|(i, _)| info.levels.get(i).map_or(0, |l| l.number()))
        .collect();
    ParaLevels {
        para_level: info.paragraph_level.number(),
        levels,
        classes,
    }
}

/// A paired bracket (BD14, BD15) at index `at` of the kept classes.
struct Bracket {
    at: usize,
    /// The opening bracket of its pair, canonical equivalents folded.
    opening: char,
    open: bool,
}

/// The pair of a character of class ON that is a paired bracket: its opening bracket and
/// whether it opens.
fn bracket(c: char) -> Option<(char, bool)> {
    match c {
        '(' | '[' | '{' => Some((c, true)),
        ')' => Some(('(', false)),
        ']' => Some(('[', false)),
        '}' => Some(('{', false)),
        // No paired bracket lies in these ranges (BidiBrackets.txt), which hold the ASCII
        // rest, Latin-1, Arabic punctuation, and the quotes and dashes of U+2000..U+2044.
        '\0'..='\u{f39}' | '\u{2000}'..='\u{2044}' => None,
        _ => FastBidiData
            .bidi_matched_opening_bracket(c)
            .map(|b| (b.opening, b.is_open)),
    }
}

/// Resolves one isolating run sequence at `para_level` (no explicit formatting, BN left
/// out), given the classes after W1-W3 from [`scan`]: the rest of W1, W4-W7, N0-N2 and
/// I1-I2 on `t` in place; returns the levels. `original` and `separators` are [`Scan`]'s.
fn resolve_sequence(
    t: &mut [BidiClass],
    original: &[BidiClass],
    brackets: &[Bracket],
    separators: &[usize],
    para_level: u8,
) -> Vec<u8> {
    let e = if para_level % 2 == 1 { R } else { L };
    // sos and eos: the paragraph level is the only level here.
    let sos = e;
    // W1 for combining marks at the start of the sequence.
    for class in t.iter_mut().take_while(|c| **c == NSM) {
        *class = sos;
    }
    separators_and_terminators(t, separators);
    if brackets.is_empty() {
        return neutrals_and_levels(t, sos, para_level, true);
    }
    // N0 needs W7 done first, and the original classes to find marks after a bracket.
    european_numbers_after_l(t, sos);
    let original: Vec<BidiClass> = original.iter().copied().filter(|&c| c != BN).collect();
    paired_brackets(t, &original, brackets, e, sos);
    neutrals_and_levels(t, sos, para_level, false)
}

/// Rule W7: a European number after L (or sos L) is L.
fn european_numbers_after_l(t: &mut [BidiClass], sos: BidiClass) {
    let mut last_strong = sos;
    for c in t.iter_mut() {
        match *c {
            L | R => last_strong = *c,
            EN if last_strong == L => *c = L,
            _ => {}
        }
    }
}

/// Rules W4 (a single separator between two numbers of its kind joins them), W5 (terminators
/// next to a European number are European numbers) and W6 (other separators and terminators
/// are ON), visiting only the `separators` (ascending indices of `t`).
fn separators_and_terminators(t: &mut [BidiClass], separators: &[usize]) {
    for &i in separators {
        if i == 0 || i + 1 >= t.len() {
            continue;
        }
        let (before, after) = (t[i - 1], t[i + 1]);
        match t[i] {
            ES if before == EN && after == EN => t[i] = EN,
            CS if before == after && matches!(before, EN | AN) => t[i] = before,
            _ => {}
        }
    }
    let mut k = 0;
    while k < separators.len() {
        let start = separators[k];
        k += 1;
        if t[start] != ET {
            continue;
        }
        let mut end = start + 1;
        while k < separators.len() && separators[k] == end && t[end] == ET {
            end += 1;
            k += 1;
        }
        if (start > 0 && t[start - 1] == EN) || t.get(end) == Some(&EN) {
            t[start..end].fill(EN);
        }
    }
    for &i in separators {
        if matches!(t[i], ES | ET | CS) {
            t[i] = ON;
        }
    }
}

/// The strong direction a resolved class counts as in rules N0-N2 (numbers count as R).
fn strong(class: BidiClass) -> Option<BidiClass> {
    match class {
        L => Some(L),
        R | EN | AN => Some(R),
        _ => None,
    }
}

/// Rule N0: bracket pairs (BD16, at most 63 open at once) take the embedding direction when
/// it occurs inside them, else the opposite direction found inside if the context before
/// them has it too; combining marks after a bracket follow it.
fn paired_brackets(
    t: &mut [BidiClass],
    original: &[BidiClass],
    brackets: &[Bracket],
    e: BidiClass,
    sos: BidiClass,
) {
    let mut stack: Vec<(char, usize)> = Vec::new();
    let mut pairs = Vec::new();
    for b in brackets {
        if b.open {
            if stack.len() >= 63 {
                break;
            }
            stack.push((b.opening, b.at));
        } else if let Some(k) = stack.iter().rposition(|&(o, _)| o == b.opening) {
            pairs.push((stack[k].1, b.at));
            stack.truncate(k);
        }
    }
    pairs.sort_unstable();
    for (open, close) in pairs {
        let mut found_opposite = false;
        let mut found_e = false;
        for &c in &t[open + 1..close] {
            match strong(c) {
                Some(d) if d == e => {
                    found_e = true;
                    break;
                }
                Some(_) => found_opposite = true,
                None => {}
            }
        }
        let set = if found_e {
            e
        } else if found_opposite {
            t[..open]
                .iter()
                .rev()
                .find_map(|&c| strong(c))
                .unwrap_or(sos)
        } else {
            continue;
        };
        for at in [open, close] {
            t[at] = set;
            for k in at + 1..t.len() {
                if original[k] != NSM {
                    break;
                }
                t[k] = set;
            }
        }
    }
}

/// Rules N1 and N2 (a run of neutrals between two of the same direction takes it, any other
/// the embedding direction) and I1-I2 (levels from classes) in one pass, with rule W7 on the
/// way when `w7` (it must not run again after N0 has given brackets a direction).
fn neutrals_and_levels(t: &[BidiClass], sos: BidiClass, para_level: u8, w7: bool) -> Vec<u8> {
    // The embedding direction, like sos and eos, is the paragraph's.
    let e = sos;
    // I1 and I2: the levels of L, R and numbers at this paragraph level.
    let odd = para_level % 2;
    let (level_l, level_r, level_number) =
        (para_level + odd, para_level + 1 - odd, para_level + 2 - odd);
    let level_of = |d: BidiClass| if d == L { level_l } else { level_r };
    let mut levels = Vec::with_capacity(t.len());
    let mut prev = sos;
    let mut last_strong = sos;
    for (i, &class) in t.iter().enumerate() {
        let (d, level) = match class {
            L | R if w7 => {
                last_strong = class;
                (class, level_of(class))
            }
            EN if w7 && last_strong == L => (L, level_l),
            L | R => (class, level_of(class)),
            EN | AN => (R, level_number),
            _ => continue,
        };
        // The neutrals since the last strong class.
        if levels.len() < i {
            levels.resize(i, level_of(if prev == d { d } else { e }));
        }
        levels.push(level);
        prev = d;
    }
    // eos is e: whatever comes before a run of neutrals at the end, it takes e.
    levels.resize(t.len(), level_of(e));
    levels
}

/// Characters below this have their bidi class in a direct table.
const TABLE_END: usize = 0x800;

/// unicode-bidi's bidi classes, with a direct table for the code points below `TABLE_END` (U+0800).
pub struct FastBidiData;

/// The bidi classes of U+0000..[`TABLE_END`], built on first use.
fn table() -> &'static [BidiClass; TABLE_END] {
    static TABLE: OnceLock<[BidiClass; TABLE_END]> = OnceLock::new();
    TABLE.get_or_init(|| std::array::from_fn(|i| char::from_u32(i as u32).map_or(BN, bidi_class)))
}

impl BidiDataSource for FastBidiData {
    fn bidi_class(&self, c: char) -> BidiClass {
        match table().get(c as usize) {
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

impl ParaLevels {
    /// Whether the paragraph is left to right without right-to-left content (all levels 0,
    /// no classes kept).
    pub fn is_pure_ltr(&self) -> bool {
        self.classes.is_empty()
    }

    /// The paragraph embedding level.
    pub fn para_level(&self) -> u8 {
        self.para_level
    }

    /// The resolved level of the character at index `index` (in characters).
    pub fn level_at(&self, index: usize) -> u8 {
        self.levels.get(index).copied().unwrap_or(self.para_level)
    }

    /// The original bidi class of the character at index `index` (`None` when the paragraph
    /// is pure LTR and needs no reordering).
    pub fn class_at(&self, index: usize) -> Option<BidiClass> {
        self.classes.get(index).copied()
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
    fn bracket_shortcut_agrees_with_the_table() {
        for c in ('\0'..='\u{ffff}').chain(['\u{10fffd}']) {
            let table = FastBidiData
                .bidi_matched_opening_bracket(c)
                .map(|b| (b.opening, b.is_open));
            assert_eq!(bracket(c), table, "{c:?}");
        }
    }

    #[test]
    fn fast_path_only_without_rtl_content() {
        let pure = ParaLevels::is_pure_ltr;
        assert!(pure(&resolve("plain text 123", None)));
        assert!(pure(&resolve("plain", Some(Direction::Ltr))));
        assert!(!pure(&resolve("plain", Some(Direction::Rtl))));
        assert!(!pure(&resolve("a\u{202e}b", None)));
        assert!(!pure(&resolve("a ب", None)));
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

    #[test]
    fn levels_are_per_character() {
        // Arabic letters are two bytes; numbers after them are AN (W2), level 2.
        let levels = resolve("ب 12 (a)", Some(Direction::Rtl));
        let got: Vec<u8> = (0..8).map(|i| levels.level_at(i)).collect();
        // Brackets around L in an RTL paragraph with R before: N0 gives them R.
        assert_eq!(got, [1, 1, 2, 2, 1, 1, 2, 1]);
        // A soft hyphen (BN) takes the level before it.
        let bn = resolve("א\u{ad}b", Some(Direction::Ltr));
        assert_eq!((bn.level_at(0), bn.level_at(1), bn.level_at(2)), (1, 1, 0));
    }
}
