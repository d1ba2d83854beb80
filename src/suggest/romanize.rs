//! Matching names across scripts by how they sound: باماكو ~ Bamako, ننغرهار ~ Nangarhar,
//! ساليف تراوري ~ Salif Traoré.
//!
//! A name is romanised with `any_ascii` (Arabic letters to Latin, accents dropped) and then
//! reduced to a consonant skeleton: Arabic writes few vowels and English spellings of Arabic
//! names vary in their vowels, doubled letters and `h`s, so those are dropped, and letters
//! that spell one sound in the other script are merged (q, c, g and j to k, as ق and غ
//! are written q, g or gh; ph to f, p to b, v to f, z to s; ch, sh and تش to s, as
//! English and Arabic write the sh sound; x to ks), and the word "and" is dropped (Arabic
//! writes it as the proclitic و). The Arabic article (ال, al-) is removed first. Two names match when
//! their skeletons, of at least three consonants, are equal or nearly so (Jaro-Winkler).

use any_ascii::any_ascii;

/// The consonant skeleton of a name in any script: `Bamako` and `باماكو` both give `bmk`.
pub fn skeleton(name: &str) -> String {
    let mut words = Vec::new();
    for word in name.split(|c: char| c.is_whitespace() || c == '-' || c == '’' || c == '\'') {
        let word = strip_article(word);
        if word.eq_ignore_ascii_case("and") {
            continue; // "Trinidad and Tobago": Arabic joins the two with a proclitic و
        }
        let latin = one_letter_sounds(&any_ascii(word).to_ascii_lowercase());
        let mut out = String::new();
        let b = latin.as_bytes();
        for (i, &c) in b.iter().enumerate() {
            let next = b.get(i + 1).copied().unwrap_or(b' ');
            let mapped = match c {
                b'a' | b'e' | b'i' | b'o' | b'u' | b'y' | b'w' | b'h' => None,
                b'c' if matches!(next, b'e' | b'i' | b'y') => Some('s'),
                b'c' | b'q' => Some('k'),
                b'p' => Some(if next == b'h' { 'f' } else { 'b' }),
                b'v' => Some('f'),
                b'z' => Some('s'),
                b'x' => {
                    if !out.ends_with('k') {
                        out.push('k');
                    }
                    Some('s')
                }
                b'j' | b'g' => Some('k'),
                c if c.is_ascii_lowercase() => Some(c as char),
                _ => None,
            };
            if let Some(m) = mapped
                && !out.ends_with(m)
            {
                out.push(m);
            }
        }
        if !out.is_empty() {
            words.push(out);
        }
    }
    words.join(" ")
}

/// Sounds the two scripts spell with different letters, written with one: the sh sound,
/// English "ch" or "sh" and Arabic تش (romanised "tsh") or ش, as `s` (Chibok ~ تشيبوك,
/// Baluchistan ~ بلوشستان); "ch" before r or l is a k (Christian ~ كريستيان).
fn one_letter_sounds(latin: &str) -> String {
    let b = latin.as_bytes();
    let mut out = String::with_capacity(latin.len());
    let mut i = 0;
    while i < b.len() {
        let rest = &b[i..];
        let (sound, len) = if rest.starts_with(b"tsh") || rest.starts_with(b"tch") {
            ("s", 3)
        } else if rest.starts_with(b"ch") {
            match rest.get(2) {
                Some(b'r' | b'l') => ("k", 2),
                _ => ("s", 2),
            }
        } else {
            (&latin[i..i + 1], 1)
        };
        out.push_str(sound);
        i += len;
    }
    out
}

/// The capitalised words of a Latin-script name when it has others too, and those others:
/// ("Boko Haram", "fighters") of "Boko Haram fighters", ("Tamboli", "IDP") of "Tamboli IDP" —
/// what another language may call it. An acronym (IDP, UN) is not such a word. None when
/// there is no such part (all words capitalised, or none).
pub fn proper_part(name: &str) -> Option<(String, String)> {
    let acronym = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    };
    let (proper, rest): (Vec<&str>, Vec<&str>) = name
        .split(' ')
        .partition(|w| w.chars().next().is_some_and(char::is_uppercase) && !acronym(w));
    (!proper.is_empty() && !rest.is_empty()).then(|| (proper.join(" "), rest.join(" ")))
}

/// A word without the Arabic article: ال, or al- / el- in Latin script.
fn strip_article(word: &str) -> &str {
    if word.eq_ignore_ascii_case("al") || word.eq_ignore_ascii_case("el") {
        return "";
    }
    if let Some(rest) = word.strip_prefix("ال")
        && rest.chars().count() >= 2
    {
        return rest;
    }
    word
}

/// Whether two names (in any scripts) sound alike: skeletons of three consonants or more
/// that are equal, or nearly equal when both are long enough for a slip to be a spelling.
pub fn sound_alike(a: &str, b: &str) -> bool {
    let (a, b) = (skeleton(a), skeleton(b));
    let consonants = |s: &str| s.chars().filter(|c| *c != ' ').count();
    if consonants(&a) < 3 || consonants(&b) < 3 {
        return false;
    }
    a == b || nearly_same_skeleton(&a, &b)
}

/// Whether two skeletons differ by no more than a slip of spelling: both of five consonants
/// or more, and nearly equal (Jaro-Winkler ≥ 0.93).
pub fn nearly_same_skeleton(a: &str, b: &str) -> bool {
    let consonants = |s: &str| s.chars().filter(|c| *c != ' ').count();
    consonants(a) >= 5 && consonants(b) >= 5 && strsim::jaro_winkler(a, b) >= 0.93
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_across_scripts() {
        for (ar, en) in [
            ("باماكو", "Bamako"),
            ("ننغرهار", "Nangarhar"),
            ("ساليف تراوري", "Salif Traoré"),
            ("بوبكر سنغاري", "Boubacar Sangaré"),
            ("كانغابا", "Kangaba"),
            ("كركوك", "Kirkuk"),
            ("الطوارق", "Tuareg"),
            ("تشيمورا", "Chimora"),
            ("شيمورا", "Chimora"),
            ("ريتشموند", "Richmond"),
            ("كريستوفر", "Christopher"),
            ("ماكسيم", "Maxim"),
            ("فيسان وكوريستان", "Vessan and Kuristan"),
        ] {
            assert!(
                sound_alike(ar, en),
                "{ar} {} ~ {en} {}",
                skeleton(ar),
                skeleton(en)
            );
        }
    }

    #[test]
    fn different_names_do_not_match() {
        assert!(!sound_alike("باماكو", "Baghdad"));
        assert!(!sound_alike("سيسي", "Cisse"), "too short to tell");
        assert!(!sound_alike("ساليف تراوري", "Boubacar Sangaré"));
        assert!(
            !sound_alike("مالي", "Mali"),
            "two consonants are not enough"
        );
    }

    #[test]
    fn proper_parts() {
        let part = |name| proper_part(name).map(|(p, r)| format!("{p} / {r}"));
        assert_eq!(
            part("Boko Haram fighters").as_deref(),
            Some("Boko Haram / fighters")
        );
        assert_eq!(
            part("Nawari IDP camp").as_deref(),
            Some("Nawari / IDP camp")
        );
        assert_eq!(part("UN").as_deref(), None);
        assert_eq!(proper_part("Boko Haram"), None);
        assert_eq!(proper_part("gunmen"), None);
        assert_eq!(proper_part("بوكو حرام"), None);
    }

    #[test]
    fn skeletons() {
        assert_eq!(skeleton("Bamako"), "bmk");
        assert_eq!(skeleton("al-Qaeda"), "kd");
        assert_eq!(skeleton("القاعدة"), "kd");
    }
}
