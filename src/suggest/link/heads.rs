//! Names of one thing in two languages by what they are: a head noun (ministry, hospital,
//! police, headquarters …) of one meaning in English and Arabic, and what says which one —
//! a portfolio or another head noun said in either language ("Interior Ministry" and وزارة
//! الداخلية, "police headquarters" and مقر الشرطة), or a name that sounds the same
//! ("Kordi hospital" and مستشفى كوردي), or the one word of origin it has ("Chadian troops"
//! and قوات تشادية: the country's skeleton without the adjective's ending). Otherwise
//! adjectives of nationality are left out on both sides ("Malian security ministry" and
//! وزارة الأمن المالية), as two sources say them or not. An Arabic name after a word for a group (جماعة، حركة، تنظيم، منظمة) is the group's
//! name alone, which English says without it.
//!
//! Data flows from a proposal's name to a key (`Key`), which `link::link_names` compares
//! across languages: vocabulary, not names, so these tables hold for any article.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::super::romanize::skeleton;
use crate::search::fold_query;

/// Head nouns of one meaning: (concept, English words, Arabic words without the article).
const HEADS: &[(&str, &[&str], &[&str])] = &[
    ("ministry", &["ministry", "department"], &["وزارة"]),
    ("hospital", &["hospital"], &["مستشفى"]),
    ("police", &["police"], &["شرطة"]),
    ("headquarters", &["headquarters", "hq"], &["مقر"]),
    ("mosque", &["mosque"], &["مسجد", "جامع"]),
    ("market", &["market", "marketplace"], &["سوق"]),
    ("school", &["school"], &["مدرسة"]),
    ("university", &["university"], &["جامعة"]),
    (
        "television",
        &["television", "tv"],
        &["تلفزيون", "تليفزيون"],
    ),
    ("agency", &["agency"], &["وكالة"]),
    ("government", &["government"], &["حكومة", "حكومية"]),
    ("forces", &["forces", "troops"], &["قوات", "قوة"]),
    ("army", &["army", "military"], &["جيش"]),
    ("camp", &["camp"], &["مخيم", "معسكر"]),
    ("prison", &["prison", "jail"], &["سجن"]),
    ("church", &["church"], &["كنيسة"]),
    ("hotel", &["hotel"], &["فندق"]),
    ("airport", &["airport"], &["مطار"]),
    ("embassy", &["embassy"], &["سفارة"]),
    ("parliament", &["parliament"], &["برلمان"]),
    ("court", &["court"], &["محكمة"]),
    ("station", &["station"], &["محطة"]),
];

/// Heads that a story has one of, so that a bare one ("the mosque", المسجد) is one thing in
/// every language: not a ministry, hospital or agency, of which a story often names several.
const BARE_ONE: &[&str] = &[
    "mosque",
    "market",
    "police",
    "army",
    "government",
    "parliament",
];

/// Words that say which one of its kind a head is: portfolios of ministries.
const PORTFOLIOS: &[(&str, &[&str], &[&str])] = &[
    ("interior", &["interior", "home"], &["الداخلية"]),
    ("health", &["health"], &["الصحة"]),
    ("defence", &["defence", "defense"], &["الدفاع"]),
    ("foreign", &["foreign"], &["الخارجية"]),
    ("security", &["security"], &["الأمن", "الأمنية"]),
    ("justice", &["justice"], &["العدل"]),
    ("finance", &["finance"], &["المالية"]),
    ("information", &["information"], &["الإعلام"]),
    ("education", &["education"], &["التعليم", "التربية"]),
    ("mines", &["mines", "mining"], &["المناجم"]),
    ("energy", &["energy"], &["الطاقة"]),
    ("oil", &["oil", "petroleum"], &["النفط"]),
    ("agriculture", &["agriculture"], &["الزراعة"]),
    ("transport", &["transport"], &["النقل"]),
    ("labour", &["labour", "labor"], &["العمل"]),
];

/// Words that say what kind of its kind a head is (state television, a teaching hospital):
/// which one only when the phrase has no name (a story may name two teaching hospitals).
const KINDS: &[(&str, &[&str], &[&str])] = &[
    (
        "public",
        &["state", "official", "public"],
        &["الرسمي", "الرسمية", "العام", "العامة"],
    ),
    (
        "specialist",
        &["specialist", "specialised", "specialized"],
        &["المتخصص"],
    ),
    (
        "teaching",
        &["teaching", "university"],
        &["التعليمي", "الجامعي"],
    ),
];

/// Arabic words for a group, before its name (جماعة بوكو حرام is "Boko Haram"), folded (ة
/// as ه) without the article.
const GROUP_WORDS: &[&str] = &["جماعه", "حركه", "تنظيم", "منظمه"];

/// What a name says a thing is: its head's concept and what says which, or the name of a
/// group without the Arabic word for a group.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Key {
    /// A head and what says which: a portfolio or a kind (its concept), another head ("police"
    /// of "police headquarters"), or a name's skeleton; `None` for a bare head with
    /// adjectives of nationality at most ("Iraqi police", الشرطة العراقية).
    Head(&'static str, Option<String>),
    /// The skeleton of a group's name after جماعة، حركة …
    Group(String),
}

impl Key {
    /// Whether the key names one thing of its kind (a portfolio, a name), not any thing of
    /// it: such keys link every group that has them; a bare head only one per language.
    pub(crate) fn names_one(&self) -> bool {
        !matches!(self, Key::Head(_, None))
    }
}

/// The keys of a proposal's name, if it has a head noun or an Arabic group word: one, or
/// two when an English capitalised word before the head may be a name or an adjective of
/// nationality ("Kordi hospital" as مستشفى كوردي, "Iraqi police" as الشرطة العراقية).
pub(crate) fn keys(name: &str) -> Vec<Key> {
    let arabic = !name.is_ascii();
    let all: Vec<&str> = name.split_whitespace().collect();
    let Some((first, rest)) = all.split_first() else {
        return Vec::new();
    };
    if arabic && GROUP_WORDS.contains(&bare(first).as_str()) {
        // Its name without adjectives (حركة الشباب الإسلامية).
        let name: Vec<&str> = (rest.iter().copied())
            .filter(|w| !nationality(w, true))
            .collect();
        let skel = skeleton(&name.join(" "));
        return (skel.chars().filter(|c| *c != ' ').count() >= 3)
            .then_some(Key::Group(skel))
            .into_iter()
            .collect();
    }
    // The head: an Arabic phrase's first word; an English one's last, or the word before
    // "of" ("ministry of mines").
    let at = if arabic {
        0
    } else {
        let of = all.iter().position(|w| w.eq_ignore_ascii_case("of"));
        of.map_or(all.len() - 1, |o| o.saturating_sub(1))
    };
    let Some(head) = concept_of(Table::Heads, all[at]) else {
        return Vec::new();
    };
    let others: Vec<&str> = (all.iter().enumerate())
        .filter(|&(i, w)| {
            i != at && !w.eq_ignore_ascii_case("the") && !w.eq_ignore_ascii_case("of")
        })
        .map(|(_, w)| *w)
        .collect();
    let known = |w: &str| {
        [Table::Heads, Table::Portfolios, Table::Kinds]
            .into_iter()
            .any(|t| concept_of(t, w).is_some())
    };
    // What says which one: a portfolio, else another head ("police" headquarters).
    let which = (others.iter().find_map(|w| concept_of(Table::Portfolios, w))).or_else(|| {
        (others.iter())
            .filter(|w| concept_of(Table::Kinds, w).is_none())
            .find_map(|w| concept_of(Table::Heads, w))
    });
    // The other words are a name, but an Arabic adjective of nationality (المالية).
    let names: Vec<&str> = (others.iter().copied())
        .filter(|w| !(known(w) || (arabic && nationality(w, true))))
        .collect();
    let mut out = Vec::new();
    if let Some(which) = which {
        out.push(Key::Head(head, Some(which.to_string())));
    }
    // One word of origin among the others: whose the thing is ("Chadian troops", قوات تشادية).
    let origins: Vec<String> = (others.iter())
        .filter(|w| !known(w))
        .filter_map(|w| origin(w, arabic))
        .collect();
    if let [one] = origins.as_slice() {
        out.push(Key::Head(head, Some(format!("of {one}"))));
    }
    if !names.is_empty() {
        let skel = skeleton(&names.join(" "));
        if skel.chars().filter(|c| *c != ' ').count() >= 3 {
            out.push(Key::Head(head, Some(skel)));
        }
    }
    // With no name, or English words that may be adjectives of nationality (Malian), the
    // head and what kind it is.
    if which.is_none() && names.iter().all(|w| nationality(w, arabic)) {
        let kind = others.iter().find_map(|w| concept_of(Table::Kinds, w));
        let key = Key::Head(head, kind.map(str::to_string));
        if key.names_one() || BARE_ONE.contains(&head) {
            out.push(key);
        }
    }
    out
}

/// A word folded, without the Arabic article.
fn bare(word: &str) -> String {
    let folded = fold_query(word);
    match folded.strip_prefix("ال") {
        Some(rest) if rest.chars().count() >= 2 => rest.to_string(),
        _ => folded,
    }
}

/// The tables of words that `concept_of` looks words up in.
#[derive(Clone, Copy)]
enum Table {
    Heads,
    Portfolios,
    Kinds,
}

/// The concept of a table whose words `word` is one of (Arabic with or without the article),
/// looked up in the table's words folded once (`bare`).
fn concept_of(table: Table, word: &str) -> Option<&'static str> {
    type Index = HashMap<String, &'static str>;
    static INDEX: OnceLock<[Index; 3]> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        [HEADS, PORTFOLIOS, KINDS].map(|t| {
            (t.iter())
                .flat_map(|&(concept, en, ar)| en.iter().chain(ar).map(move |w| (bare(w), concept)))
                .collect()
        })
    });
    index[table as usize].get(&bare(word)).copied()
}

/// Whether a word is an adjective of nationality or origin: an Arabic one with the article
/// and the nisba ending (المالية، العراقي), an English capitalised one with a nationality's
/// ending (Malian, Iraqi, Lebanese, Turkish).
fn nationality(word: &str, arabic: bool) -> bool {
    if arabic {
        let f = fold_query(word);
        return f.starts_with("ال") && (f.ends_with('ي') || f.ends_with("يه"));
    }
    word.starts_with(char::is_uppercase)
        && ["i", "ian", "an", "ese", "ish"]
            .iter()
            .any(|e| word.ends_with(e))
}

/// The skeleton of the country or people an adjective of nationality or origin is made of,
/// the same in both languages: "Chadian" and تشادية (`sd`), "French" and فرنسية (`frns`).
/// An English capitalised word, or an Arabic one with the nisba ending (…ي، …ية، …يون، …يين),
/// without that ending; None for a skeleton of fewer than two consonants.
fn origin(word: &str, arabic: bool) -> Option<String> {
    let stem = if arabic {
        let f = bare(word);
        ["يون", "يين", "يه", "ي"]
            .iter()
            .find_map(|e| f.strip_suffix(e))?
            .to_string()
    } else {
        if !word.starts_with(char::is_uppercase) {
            return None;
        }
        let stem = ["ian", "an", "ese", "ish", "i"]
            .iter()
            .find_map(|e| word.strip_suffix(e))
            .unwrap_or(word);
        stem.to_string()
    };
    let skel = skeleton(&stem);
    (skel.chars().filter(|c| *c != ' ').count() >= 2).then_some(skel)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn linked(a: &str, b: &str) -> bool {
        let kb = keys(b);
        keys(a).iter().any(|k| kb.contains(k))
    }

    #[test]
    fn one_thing_by_its_head_and_what_says_which() {
        for (en, ar) in [
            ("Defence Ministry", "وزارة الدفاع"),
            ("ministry of education", "وزارة التربية"),
            ("Sudanese justice ministry", "وزارة العدل السودانية"),
            ("police headquarters", "مقر الشرطة"),
            ("state television", "التلفزيون الرسمي"),
            ("Kordi hospital", "مستشفى كوردي"),
            ("Kordi hospital", "مستشفى كوردي التعليمي"),
            ("Chadian army", "الجيش التشادي"),
            ("Iraqi police", "الشرطة"),
            ("Chadian troops", "قوات تشادية"),
            ("Chadian government forces", "القوات الحكومية التشادية"),
            ("security forces", "القوات الأمنية"),
            ("Acting Interior Ministry", "وزارة الداخلية"),
            ("the mosque", "المسجد"),
            ("Malian security ministry", "وزارة الأمن المالية"),
            ("Specialist Hospital", "المستشفى المتخصص"),
            ("University Teaching Hospital", "المستشفى الجامعي"),
        ] {
            assert!(linked(en, ar), "{en} ~ {ar}: {:?} {:?}", keys(en), keys(ar));
        }
        assert_eq!(
            keys("جماعة أنصار الحق"),
            [Key::Group(skeleton("Ansar al-Haqq"))]
        );
        assert_eq!(
            keys("حركة أنصار الحق الإسلامية"),
            [Key::Group(skeleton("Ansar al-Haqq"))]
        );
    }

    #[test]
    fn different_things_of_one_head_are_told_apart() {
        assert!(!linked("Defence Ministry", "وزارة الصحة"));
        assert!(!linked("Kordi hospital", "مستشفى بيلاو"));
        assert!(!linked("police headquarters", "مقر الحكومة"));
        assert!(!linked("Chadian troops", "قوات نيجيرية"));
        assert!(!linked("government forces", "قوات الأمن"));
        // A named hospital is not any teaching hospital.
        assert!(!linked("Kordi teaching hospital", "مستشفى بيلاو التعليمي"));
        // A bare ministry or hospital may be any of several.
        assert!(!linked("the ministry", "الوزارة"));
        assert!(!linked("Kordi hospital", "المستشفى"));
        // The head of an English phrase is its last word: a spokesman is not the ministry.
        assert!(keys("Defence Ministry spokesman").is_empty());
        assert!(keys("Barqa Front").is_empty());
        assert!(!keys("the mosque")[0].names_one());
        assert!(keys("وزارة الدفاع")[0].names_one());
    }
}
