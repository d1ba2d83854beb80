//! Arabic shaping: contextual presentation forms and the mandatory lam-alef ligatures.
//!
//! `PreparedParagraph::new` calls [`shape`] on the logical text (before any reordering) when
//! `LayoutOptions::shape` is set and the text has Arabic letters. [`shape`] finds each
//! letter's neighbours by joining type (unicode-joining-type; transparent marks are skipped,
//! ZWNJ breaks joining, ZWJ and tatweel cause it), picks the isolated, final, initial or medial
//! form from the generated table in `arabic_forms`, and returns one [`Shaped`] per character.
//! A lam whose next letter is an alef variant in the very next grapheme cluster becomes a
//! ligature and the alef is absorbed; the caller merges the two clusters into one cell. The
//! logical text is never changed: only the display buffer receives the forms.

use unicode_joining_type::{JoiningType, get_joining_type};

use super::arabic_forms::{FORMS, LAM_ALEF};

const LAM: char = '\u{644}';

/// What shaping does to one character of the logical text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shaped {
    /// Display the character as it is.
    Same,
    /// Display this presentation form instead.
    Form(char),
    /// A lam displayed as this lam-alef ligature; the next alef is [`Shaped::Absorbed`].
    Ligature(char),
    /// An alef already displayed inside the preceding lam's ligature.
    Absorbed,
}

/// Whether the text has characters of the Arabic blocks shaping can change.
pub fn has_arabic(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{600}'..='\u{6ff}' | '\u{750}'..='\u{77f}' | '\u{8a0}'..='\u{8ff}'))
}

/// Whether a presentation form is one cell wide: all of Arabic Presentation Forms-B but the
/// zero-width no-break space (the forms most letters take), so no width lookup is needed.
pub fn is_one_cell(form: char) -> bool {
    matches!(form, '\u{fe70}'..='\u{fefc}')
}

/// One [`Shaped`] per character of `text`, in logical order.
pub fn shape(text: &str) -> Vec<Shaped> {
    let chars: Vec<char> = text.chars().collect();
    let types: Vec<JoiningType> = chars.iter().map(|&c| get_joining_type(c)).collect();
    let mut cluster_start = vec![false; chars.len()];
    let mut ordinal = 0;
    for (_, cluster) in super::clusters::clusters(text) {
        if let Some(flag) = cluster_start.get_mut(ordinal) {
            *flag = true;
        }
        ordinal += cluster.chars().count();
    }

    // Joining type of the nearest non-transparent character on each side.
    let mut before = vec![JoiningType::NonJoining; chars.len()];
    let mut last = JoiningType::NonJoining;
    for (slot, &t) in before.iter_mut().zip(&types) {
        *slot = last;
        if t != JoiningType::Transparent {
            last = t;
        }
    }
    let mut after = vec![(JoiningType::NonJoining, None); chars.len()];
    let mut next = (JoiningType::NonJoining, None);
    for (i, &t) in types.iter().enumerate().rev() {
        after[i] = next;
        if t != JoiningType::Transparent {
            next = (t, Some(i));
        }
    }

    let mut out = vec![Shaped::Same; chars.len()];
    for i in 0..chars.len() {
        if out[i] == Shaped::Absorbed {
            continue;
        }
        let joins_before = joins_forward(before[i]) && joins_backward(types[i]);
        let (next_type, next_index) = after[i];
        if chars[i] == LAM {
            let alef = next_index.filter(|&j| is_next_cluster(&cluster_start, i, j));
            if let Some((j, form)) = alef.and_then(|j| Some((j, ligature(chars[j], joins_before)?)))
            {
                out[i] = Shaped::Ligature(form);
                out[j] = Shaped::Absorbed;
                continue;
            }
        }
        let joins_after = joins_backward(next_type) && joins_forward(types[i]);
        let slot = match (joins_before, joins_after) {
            (false, false) => 0,
            (true, false) => 1,
            (false, true) => 2,
            (true, true) => 3,
        };
        if let Some(form) = lookup(FORMS, chars[i]).and_then(|forms| to_char(forms[slot])) {
            out[i] = Shaped::Form(form);
        }
    }
    out
}

/// The lam-alef ligature for a lam followed by `alef`, final when the lam joins the letter
/// before it.
fn ligature(alef: char, joins_before: bool) -> Option<char> {
    to_char(lookup(LAM_ALEF, alef)?[usize::from(joins_before)])
}

/// A table entry as a character; 0 means the form does not exist.
fn to_char(form: u16) -> Option<char> {
    char::from_u32(u32::from(form)).filter(|&c| c != '\0')
}

/// Whether `j` starts the grapheme cluster right after the one holding `i`.
fn is_next_cluster(cluster_start: &[bool], i: usize, j: usize) -> bool {
    cluster_start.get(j) == Some(&true)
        && cluster_start
            .get(i + 1..j)
            .is_some_and(|between| !between.contains(&true))
}

/// A character of this type connects to the character after it (logically).
fn joins_forward(t: JoiningType) -> bool {
    matches!(
        t,
        JoiningType::DualJoining | JoiningType::LeftJoining | JoiningType::JoinCausing
    )
}

/// A character of this type connects to the character before it (logically).
fn joins_backward(t: JoiningType) -> bool {
    matches!(
        t,
        JoiningType::DualJoining | JoiningType::RightJoining | JoiningType::JoinCausing
    )
}

fn lookup<const N: usize>(table: &[(u16, [u16; N])], c: char) -> Option<[u16; N]> {
    let c = u16::try_from(u32::from(c)).ok()?;
    table
        .binary_search_by_key(&c, |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shaped(text: &str) -> String {
        text.chars()
            .zip(shape(text))
            .filter_map(|(c, s)| match s {
                Shaped::Same => Some(c),
                Shaped::Form(f) | Shaped::Ligature(f) => Some(f),
                Shaped::Absorbed => None,
            })
            .collect()
    }

    #[test]
    fn one_cell_forms_are_one_cell_wide() {
        for c in ('\u{fe00}'..='\u{ffff}').filter(|&c| is_one_cell(c)) {
            assert_eq!(unicode_width::UnicodeWidthChar::width(c), Some(1), "{c:?}");
        }
        assert!(is_one_cell('\u{fefb}') && !is_one_cell('\u{feff}'));
    }

    #[test]
    fn table_lookups() {
        assert_eq!(lookup(FORMS, 'ب'), Some([0xFE8F, 0xFE90, 0xFE91, 0xFE92]));
        assert_eq!(lookup(FORMS, 'ا'), Some([0xFE8D, 0xFE8E, 0, 0]));
        assert_eq!(lookup(FORMS, 'a'), None);
        assert_eq!(lookup(LAM_ALEF, 'ا'), Some([0xFEFB, 0xFEFC]));
        assert_eq!(lookup(LAM_ALEF, 'ب'), None);
        assert!(FORMS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn contextual_forms() {
        // باب: beh initial, alef final (right-joining: stops the join), beh isolated.
        assert_eq!(shaped("باب"), "\u{FE91}\u{FE8E}\u{FE8F}");
        // بيت: initial, medial, final.
        assert_eq!(shaped("بيت"), "\u{FE91}\u{FEF4}\u{FE96}");
        // A transparent mark does not break the join; ZWNJ does; ZWJ causes it.
        assert_eq!(shaped("بَب"), "\u{FE91}\u{64E}\u{FE90}");
        assert_eq!(shaped("ب\u{200C}ب"), "\u{FE8F}\u{200C}\u{FE8F}");
        assert_eq!(shaped("ب\u{200D}"), "\u{FE91}\u{200D}");
        assert_eq!(shaped("a ب"), "a \u{FE8F}");
    }

    #[test]
    fn lam_alef_ligatures() {
        assert_eq!(shaped("لا"), "\u{FEFB}");
        assert_eq!(shaped("سلام"), "\u{FEB3}\u{FEFC}\u{FEE1}");
        assert_eq!(shaped("لأ"), "\u{FEF7}");
        // A mark on the lam stays; an intervening cluster prevents the ligature.
        assert_eq!(shaped("لَا"), "\u{FEFB}\u{64E}");
        assert_eq!(shaped("ل\u{202E}ا"), "\u{FEDF}\u{202E}\u{FE8E}");
    }
}
