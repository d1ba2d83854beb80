//! Matching names across scripts by how they sound: باماكو ~ Bamako, ننغرهار ~ Nangarhar,
//! ساليف تراوري ~ Salif Traoré.
//!
//! A name is romanised with `any_ascii` (Arabic letters to Latin, accents dropped) and then
//! reduced to a consonant skeleton: Arabic writes few vowels and English spellings of Arabic
//! names vary in their vowels, doubled letters and `h`s, so those are dropped, and letters
//! that spell one sound in the other script are merged (q, c, g and j to k, as ق and غ
//! are written q, g or gh; ph to f, p to b, v to f, z to s; ch, sh and تش to s, as
//! English and Arabic write the sh sound; x to ks), and the word "and" is dropped (Arabic
//! writes it as the proclitic و). The Arabic article (ال, al-) is removed first, and the word
//! that had it is written with the word before it (عبد الله ~ Abdullah). A consonant repeated
//! across vowels is written once, unless the skeleton would then have fewer than three
//! consonants (Sasani keeps `ssn`). Two names match when their skeletons, of at least three
//! consonants, are equal or nearly so (Jaro-Winkler).

use any_ascii::any_ascii_char;

/// The consonant skeleton of a name in any script: `Bamako` and `باماكو` both give `bmk`.
/// A word with the article is written together with the word before it (`Abdullah` and
/// عبد الله both give `bdl`, `Nuruddin` and نور الدين `nrdn`), as English writes such a
/// compound as one word. A consonant repeated across vowels is written once (`Mohammed` and
/// محمد give `md`), unless that leaves fewer than three consonants: then only letters side
/// by side are merged, so that a short name such as `Sasani` (`ssn`) still has a skeleton.
pub fn skeleton(name: &str) -> String {
    Skeleton::of(name).to_string()
}

/// A skeleton word by word, as a phrase of a text is built: each word's consonants with a
/// repeated one merged across vowels and merged only side by side, and whether the word
/// had the article (and is written with the word before it).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Skeleton {
    words: Vec<SkeletonWord>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct SkeletonWord {
    merged: String,
    beside: String,
    article: bool,
}

impl Skeleton {
    pub fn of(name: &str) -> Skeleton {
        let mut words = Vec::new();
        let mut after_article = false;
        for word in name.split(|c: char| c.is_whitespace() || c == '-' || c == '’' || c == '\'') {
            let bare = strip_article(word);
            // "Trinidad and Tobago": Arabic joins the two with a proclitic و.
            if word.eq_ignore_ascii_case("and") || word.is_empty() {
                continue;
            }
            if bare.is_empty() {
                after_article = true; // al-, el- before the next word
                continue;
            }
            // An adjective of relation (الشيعية، al-Masri) is a word of its own, not the
            // second half of a compound.
            let article = (after_article || bare.len() < word.len()) && !relation(bare);
            after_article = false;
            // any_ascii drops the alef of a long vowel (ساساني: ssny); it still parts two
            // consonants, as the vowel of a Latin spelling does (Sasani).
            let mut latin = String::with_capacity(bare.len());
            for c in bare.chars() {
                match c {
                    'ا' | 'ى' | 'آ' => latin.push('a'),
                    c => latin.push_str(any_ascii_char(c)),
                }
            }
            latin.make_ascii_lowercase();
            if latin.contains("ch") || latin.contains("tsh") {
                latin = one_letter_sounds(&latin);
            }
            let (merged, beside) = consonants_of(&latin);
            if !merged.is_empty() {
                words.push(SkeletonWord {
                    merged,
                    beside,
                    article,
                });
            }
        }
        Skeleton { words }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The skeleton of a phrase of these skeletons' words, one after the other.
    pub fn say(parts: &[&Skeleton]) -> String {
        let joined = |merged: bool| {
            let mut out = String::new();
            for (i, w) in parts.iter().flat_map(|p| &p.words).enumerate() {
                if i > 0 && !w.article {
                    out.push(' ');
                }
                out.push_str(if merged { &w.merged } else { &w.beside });
            }
            out
        };
        let merged = joined(true);
        if consonants(&merged) >= 3 {
            merged
        } else {
            joined(false)
        }
    }
}

impl std::fmt::Display for Skeleton {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&Skeleton::say(&[self]))
    }
}

/// Consonants of a skeleton.
fn consonants(skel: &str) -> usize {
    skel.chars().filter(|c| *c != ' ').count()
}

/// The consonants of one romanised word: a repeated one merged across vowels, and merged
/// only side by side.
fn consonants_of(latin: &str) -> (String, String) {
    let (mut merged, mut beside) = (String::new(), String::new());
    let b = latin.as_bytes();
    // Whether the last letter read was the consonant last written.
    let mut next_to = false;
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
                for out in [&mut merged, &mut beside] {
                    if !out.ends_with('k') {
                        out.push('k');
                    }
                }
                Some('s')
            }
            b'j' | b'g' => Some('k'),
            c if c.is_ascii_lowercase() => Some(c as char),
            _ => None,
        };
        let Some(m) = mapped else {
            next_to = false;
            continue;
        };
        if !merged.ends_with(m) {
            merged.push(m);
        }
        if !(beside.ends_with(m) && next_to) {
            beside.push(m);
        }
        next_to = true;
    }
    (merged, beside)
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

/// The capitalised words of a Latin-script name (and those after the article: al-Barajneh)
/// when it has others too, and those others:
/// ("Boko Haram", "fighters") of "Boko Haram fighters", ("Tamboli", "IDP") of "Tamboli IDP" —
/// what another language may call it. An acronym (IDP, UN) is not such a word. None when
/// there is no such part (all words capitalised, or none).
pub fn proper_part(name: &str) -> Option<(String, String)> {
    let acronym = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    };
    // A word of the name after the article, as Latin script writes it: al-Barajneh.
    let capital = |w: &str| {
        let w = ["al-", "el-"]
            .iter()
            .find_map(|a| w.strip_prefix(a))
            .unwrap_or(w);
        w.chars().next().is_some_and(char::is_uppercase)
    };
    let (proper, rest): (Vec<&str>, Vec<&str>) =
        name.split(' ').partition(|w| capital(w) && !acronym(w));
    (!proper.is_empty() && !rest.is_empty()).then(|| (proper.join(" "), rest.join(" ")))
}

/// Whether a word (without its article) ends like an adjective of relation, the nisba:
/// Arabic …ي، …ية، Latin …i, …iya, …iyah, …ia.
fn relation(word: &str) -> bool {
    ["ي", "ية", "يه", "i", "iya", "iyah", "ia", "iyya"]
        .iter()
        .any(|e| {
            (word.len().checked_sub(e.len()))
                .filter(|&at| word.is_char_boundary(at))
                .is_some_and(|at| word[at..].eq_ignore_ascii_case(e))
        })
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
    consonants(&a) >= 3 && consonants(&b) >= 3 && (a == b || nearly_same_skeleton(&a, &b))
}

/// Whether two one-word names too short for a skeleton (two consonants) are spelled alike:
/// the same two consonants, five letters or more each, and nearly the same letters as
/// romanised, vowel letters included (Sehwan ~ سيهوان: `sehwan` ~ `syhwan`). For names
/// proposed in both languages, never for looking a name up in a text.
pub fn short_names_alike(a: &str, b: &str) -> bool {
    let spelled = |name: &str| -> Option<String> {
        let word = strip_article(name.trim());
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        if word.contains(char::is_whitespace) || letters < 5 {
            return None;
        }
        let mut latin = String::new();
        for c in word.chars() {
            match c {
                'ا' | 'ى' | 'آ' => latin.push('a'),
                c => latin.push_str(any_ascii_char(c)),
            }
        }
        latin.make_ascii_lowercase();
        latin.retain(|c| c.is_ascii_lowercase());
        Some(latin)
    };
    let (Some(sa), Some(sb)) = (spelled(a), spelled(b)) else {
        return false;
    };
    let (ka, kb) = (skeleton(a), skeleton(b));
    consonants(&ka) == 2 && ka == kb && strsim::jaro_winkler(&sa, &sb) >= 0.85
}

/// Whether two skeletons differ by no more than a slip of spelling: both of five consonants
/// or more, and nearly equal (Jaro-Winkler ≥ 0.93).
pub fn nearly_same_skeleton(a: &str, b: &str) -> bool {
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
        assert_eq!(
            part("Dar al-Sumaya district").as_deref(),
            Some("Dar al-Sumaya / district")
        );
    }

    #[test]
    fn a_word_with_the_article_is_written_with_the_word_before_it() {
        for (ar, en) in [
            ("نور الدين", "Nuruddin"),
            ("سيف الله", "Saifullah"),
            ("عبد الرحمن", "Abd al-Rahman"),
            ("دار السلام", "Dar al-Salam"),
        ] {
            assert_eq!(skeleton(ar), skeleton(en), "{ar} ~ {en}");
        }
        assert_eq!(skeleton("Dar al-Salam"), "drslm");
        // An adjective of relation with the article is a word of its own.
        assert_eq!(skeleton("الكتائب الشيعية"), "ktb s");
        assert_eq!(skeleton("أحمد المصري"), skeleton("Ahmed al-Masri"));
        assert_eq!(skeleton("Ahmed al-Masri"), "md msr");
        // Words without the article stay apart.
        assert_eq!(skeleton("Salif Traoré"), "slf tr");
    }

    #[test]
    fn a_short_name_keeps_a_consonant_repeated_across_vowels() {
        for (ar, en) in [("ساساني", "Sasani"), ("تيتاري", "Titari")] {
            assert!(
                sound_alike(ar, en),
                "{ar} {} ~ {en} {}",
                skeleton(ar),
                skeleton(en)
            );
        }
        assert_eq!(skeleton("Sasani"), "ssn");
        // A long one merges it, as a doubled letter is merged: محمد ~ Mohammed.
        assert_eq!(skeleton("Mohammed Sasani"), "md sn");
        assert_eq!(skeleton("محمد"), skeleton("Mohammed"));
        assert!(!sound_alike("ساني", "Sasani"));
    }

    #[test]
    fn short_names_alike_by_their_letters() {
        assert!(short_names_alike("Dehwan", "ديهوان"));
        assert!(short_names_alike("Tehwar", "تيهوار"));
        assert!(!short_names_alike("Dehwan", "دون"), "too short");
        assert!(!short_names_alike("Sanaan", "سوسن"), "other letters");
        assert!(
            !short_names_alike("Bamako", "باماكو"),
            "three consonants: a skeleton"
        );
    }

    #[test]
    fn skeletons() {
        assert_eq!(skeleton("Bamako"), "bmk");
        assert_eq!(skeleton("al-Qaeda"), "kd");
        assert_eq!(skeleton("القاعدة"), "kd");
    }
}
