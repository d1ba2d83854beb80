//! New actors and places in Arabic text, by cues: the gazetteer (a word or two, after the
//! proclitics و ب ل ك; a name that is mostly a common word, such as صور, only after a
//! preposition or a place word), place words before a name (مدينة، ولاية، منطقة، إقليم،
//! محافظة، قضاء، حي، قرية ...), buildings with their names (مستشفى X، مسجد X: places),
//! organisation words before their complement (وزارة، وكالة، تنظيم، جماعة، جهاز، قوات ...),
//! titles before a person's name (وزير …، المتحدث باسم …، الرئيس، العقيد ...), compound
//! personal names (عبد الله، أبو بكر، X بن Y and a nisba after), and generic actor nouns
//! (مسلحون، المهاجمين، انتحاري ...). Names that sound like a name found in another
//! language's article are matched later, in `group`.
//!
//! The word lists (module `words`) are Arabic vocabulary (cue words, particles), never
//! names of entities.

mod words;

use rustc_hash::FxHashSet;
use std::borrow::Cow;

use super::candidate::{Candidate, best_without_overlaps};
use super::gazetteer::Gazetteer;
use super::tokens::Token;
use crate::briefing::EntityKind;
#[cfg(test)]
use crate::search::fold_query;
use words::words;

/// A word's folded form without a conjunction and preposition before it (وبمدينة ->
/// مدينة; للعراق -> العراق, two letters dropped: لل), and how many letters were dropped. The article ال stays: a
/// preposition is dropped only before it (بالعراق), since a bare word may begin with ب ل ك.
pub fn without_proclitics(folded: &str) -> (Cow<'_, str>, usize) {
    let mut rest = folded;
    let mut dropped = 0;
    if let Some(r) = rest
        .strip_prefix(['و', 'ف'])
        .filter(|r| r.chars().count() >= 3)
    {
        rest = r;
        dropped += 1;
    }
    if let Some(r) = rest.strip_prefix("لل").filter(|r| r.chars().count() >= 2) {
        // ل + ال, written with one lam: the word keeps its article.
        return (Cow::Owned(format!("ال{r}")), dropped + 2);
    }
    if let Some(r) = rest
        .strip_prefix(['ب', 'ل', 'ك'])
        .filter(|r| r.starts_with("ال") && r.chars().count() >= 5)
    {
        rest = r;
        dropped += 1;
    }
    (Cow::Borrowed(rest), dropped)
}

/// The byte range of a token's text without its first `letters` letters (and their marks).
pub(crate) fn skip_letters(t: &Token<'_>, letters: usize) -> std::ops::Range<usize> {
    let mut seen = 0;
    for (i, c) in t.text.char_indices() {
        if !unicode_normalization::char::is_combining_mark(c) {
            if seen == letters {
                return t.range.start + i..t.range.end;
            }
            seen += 1;
        }
    }
    t.range.clone()
}

/// Whether a folded word is of the rules' vocabulary (particles, prepositions, cue words,
/// titles, generic nouns): no name.
pub(crate) fn is_vocabulary(folded: &str) -> bool {
    let w = words();
    [
        &w.stop,
        &w.prepositions,
        &w.place,
        &w.org,
        &w.title,
        &w.actor,
    ]
    .iter()
    .any(|set| set.contains(folded))
}

fn stem<'t>(t: &'t Token<'_>) -> Cow<'t, str> {
    without_proclitics(&t.folded).0
}

fn is_stop(t: &Token<'_>) -> bool {
    let w = words();
    w.stop.contains(t.folded.as_str())
        || w.stop.contains(stem(t).as_ref())
        || t.text.chars().any(|c| c.is_numeric())
}

/// Whether a proclitic-free word is one of `cues`, also after the article or a preposition
/// (المدينة، بمدينة): the letters of the preposition, if one was dropped.
fn cue_in(cues: &FxHashSet<String>, s: &str) -> Option<usize> {
    if cues.contains(s) || s.strip_prefix("ال").is_some_and(|r| cues.contains(r)) {
        return Some(0);
    }
    s.strip_prefix(['ب', 'ل', 'ك'])
        .filter(|r| cues.contains(*r))
        .map(|_| 1)
}

/// Why a gazetteer name is proposed.
const GAZETTEER: &str = "a place in the gazetteer";

/// Why a generic actor noun (مسلحون، السلطات) is proposed: it is no name.
const GENERIC: &str = "a generic actor noun";

/// The kind of a gazetteer name: a place, or an actor for CLDR's organisations.
fn gazetteer_kind(key: &str) -> EntityKind {
    if Gazetteer::is_organisation(key) {
        EntityKind::Actor
    } else {
        EntityKind::Place
    }
}

/// Every new actor and place the Arabic rules find in `text`, best first, none overlapping.
pub fn find(text: &str, tokens: &[Token<'_>], gazetteer: &Gazetteer) -> Vec<Candidate> {
    let w = words();
    let mut out = Vec::new();
    let mut push = |range: std::ops::Range<usize>, kind, key: Option<String>, confidence, why| {
        let name = text[range.clone()].to_string();
        out.push(Candidate {
            range,
            kind,
            name,
            place_key: key,
            confidence,
            generic: why == GENERIC,
            why: Cow::Borrowed(why),
        });
    };
    for (i, t) in tokens.iter().enumerate() {
        // A word that is itself a cue or a place keeps its first letter (وزارة is no و + زارة).
        let known = |x: &str| {
            gazetteer.key_folded(x).is_some()
                || cue_in(&w.place, x).is_some()
                || cue_in(&w.org, x).is_some()
                || w.title.contains(x)
                || w.actor.contains(x)
        };
        let (s, dropped) = if known(&t.folded) {
            (Cow::Borrowed(t.folded.as_str()), 0)
        } else {
            without_proclitics(&t.folded)
        };
        let s = s.as_ref();
        // The gazetteer: two words, then one. A name that is mostly a word (صور "pictures")
        // is a place only after a cue: a preposition (في، قرب …, or ب ل on the word itself)
        // or a place word (مدينة).
        let cued = t
            .folded
            .chars()
            .take(dropped)
            .any(|c| matches!(c, 'ب' | 'ل'))
            || i.checked_sub(1)
                .filter(|_| !t.sentence_start)
                .is_some_and(|p| {
                    let p = stem(&tokens[p]);
                    w.prepositions.contains(p.as_ref()) || cue_in(&w.place, &p).is_some()
                });
        let place = |name: &str| {
            gazetteer
                .lookup(name)
                .filter(|hit| !hit.common || cued)
                .map(|hit| hit.key.to_string())
        };
        if let Some(n) = tokens.get(i + 1).filter(|n| n.joins_previous())
            && let Some(key) = place(&format!("{s} {}", n.folded))
        {
            let range = skip_letters(t, dropped).start..n.range.end;
            push(range, gazetteer_kind(&key), Some(key), 0.9, GAZETTEER);
            continue;
        }
        // A bare name seldom takes the conjunction ف, and many words begin with the letter
        // (فرانس is no ف + رانس, Reims).
        let conjunction_fa = dropped > 0 && t.folded.starts_with('ف');
        if !is_stop(t)
            && !conjunction_fa
            && let Some(key) = place(s)
        {
            let range = skip_letters(t, dropped);
            push(range, gazetteer_kind(&key), Some(key), 0.9, GAZETTEER);
            continue;
        }
        let next = |k: usize| tokens.get(k).filter(|n| n.joins_previous() && !is_stop(n));
        // A building's word and its name (one or two words): the whole is the place.
        if let Some(extra) = cue_in(&w.building, s) {
            let mut end = i;
            while end < i + 2 && next(end + 1).is_some() {
                end += 1;
            }
            if end > i {
                push(
                    skip_letters(t, dropped + extra).start..tokens[end].range.end,
                    EntityKind::Place,
                    None,
                    0.7,
                    "a building's name (مستشفى، مسجد، مدرسة …)",
                );
            }
            continue;
        }
        // A place word, then the name (not another place word: عاصمة ولاية بورنو).
        if cue_in(&w.place, s).is_some() {
            if let Some(n) = next(i + 1).filter(|n| cue_in(&w.place, &n.folded).is_none()) {
                let (ns, nd) = without_proclitics(&n.folded);
                if !w.place.contains(ns.as_ref()) {
                    let key = gazetteer.key_folded(&ns).map(str::to_string);
                    push(
                        skip_letters(n, nd),
                        EntityKind::Place,
                        key,
                        0.7,
                        "a name after a place word",
                    );
                }
            }
            continue;
        }
        // An organisation word before a quoted name: the name (جماعة "بوكو حرام").
        if cue_in(&w.org, s).is_some()
            && let Some(name) = quoted_name(tokens, i + 1)
        {
            push(
                name,
                EntityKind::Actor,
                None,
                0.75,
                "a quoted name after an organisation word",
            );
            continue;
        }
        // An organisation word and its complement (up to two words).
        if let Some(extra) = cue_in(&w.org, s) {
            let dropped = dropped + extra;
            let mut end = i;
            while end < i + 2
                && next(end + 1).is_some()
                && !w.title.contains(stem(&tokens[end + 1]).as_ref())
            {
                end += 1;
            }
            let confidence = if end > i { 0.75 } else { 0.55 };
            push(
                skip_letters(t, dropped).start..tokens[end].range.end,
                EntityKind::Actor,
                None,
                confidence,
                "an organisation word and its name",
            );
            continue;
        }
        // A title, its portfolio (words with the article), then a name of one to three words.
        if w.title.contains(s) {
            let mut k = i + 1;
            while k < i + 4 && next(k).is_some_and(|n| n.folded.starts_with("ال")) {
                k += 1;
            }
            if next(k).is_some() && k > i {
                let mut end = k;
                while end < k + 2 && next(end + 1).is_some_and(|n| !n.folded.starts_with("ال")) {
                    end += 1;
                }
                push(
                    tokens[k].range.start..tokens[end].range.end,
                    EntityKind::Actor,
                    None,
                    0.7,
                    "a name after a title",
                );
            }
            continue;
        }
        if w.actor.contains(s) {
            // Adjectives that agree with the noun follow it: مسلحون إسلاميون متطرفون.
            let mut end = i;
            let definite = s.starts_with("ال");
            while end < i + 2
                && next(end + 1).is_some_and(|n| {
                    let a = stem(n);
                    (definite == a.starts_with("ال"))
                        && ["ون", "ين", "يه", "ه", "ي"].iter().any(|e| a.ends_with(e))
                })
            {
                end += 1;
            }
            push(
                skip_letters(t, dropped).start..tokens[end].range.end,
                EntityKind::Actor,
                None,
                0.6,
                GENERIC,
            );
        }
    }
    out.extend(compound_names(text, tokens));
    best_without_overlaps(out)
}

/// The words of a quotation starting at token `k` (at most four, all in the quotes) as a
/// byte range: the name an organisation word introduces in quotes.
fn quoted_name(tokens: &[Token<'_>], k: usize) -> Option<std::ops::Range<usize>> {
    let first = tokens
        .get(k)
        .filter(|t| !t.sentence_start && t.opens_quote())?;
    let mut end = k;
    while end < k + 3 && tokens.get(end + 1).is_some_and(|n| n.joins_previous()) {
        end += 1;
    }
    let closed = tokens.get(end + 1).is_none_or(|n| {
        n.gap_before
            .trim_start()
            .starts_with(['"', '»', '”', '\'', '’'])
    });
    closed.then(|| first.range.start..tokens[end].range.end)
}

/// Personal names made with particles: عبد الرحمن، أبو بكر (a kunya), and the nasab X بن Y
/// (chains of them), with a nisba after (البغدادي): عبد الله بن محمد، أبو بكر البغدادي.
fn compound_names(text: &str, tokens: &[Token<'_>]) -> Vec<Candidate> {
    let w = words();
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|n| n.joins_previous() && !is_stop(n) && !is_vocabulary(&n.folded))
    };
    let bare = |k: usize| word(k).filter(|n| !n.folded.starts_with("ال"));
    let nasab = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|n| n.joins_previous() && w.nasab.contains(&n.folded))
    };
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let (first, mut end) = if w.particles.contains(t.folded.as_str()) && word(i + 1).is_some() {
            // عبد needs the article after it (عبد الله); a kunya takes any name.
            if t.folded == "عبد" && !tokens[i + 1].folded.starts_with("ال") {
                continue;
            }
            (i, i + 1)
        } else if nasab(i)
            && i > 0
            && !t.sentence_start
            && bare(i - 1).is_some()
            && word(i + 1).is_some()
        {
            if i >= 2 && (nasab(i - 2) || w.particles.contains(tokens[i - 2].folded.as_str())) {
                continue; // inside a chain found from its start
            }
            (i - 1, i + 1)
        } else {
            continue;
        };
        // More of the chain: بن Y, and a nisba (a word with the article, ending in ي).
        while end + 2 < tokens.len() && nasab(end + 1) && word(end + 2).is_some() && end - first < 6
        {
            end += 2;
        }
        if word(end + 1).is_some_and(|n| n.folded.starts_with("ال") && n.folded.ends_with('ي')) {
            end += 1;
        }
        let range = tokens[first].range.start..tokens[end].range.end;
        out.push(Candidate {
            name: text[range.clone()].to_string(),
            range,
            kind: EntityKind::Actor,
            place_key: None,
            confidence: 0.7,
            why: "an Arabic compound name (عبد، أبو، بن)".into(),
            generic: false,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, EntityKind)> {
        super::super::candidate::marked(text, "ar", find)
    }

    use EntityKind::{Actor, Place};

    #[test]
    fn gazetteer_places_after_proclitics() {
        assert_eq!(
            found("هجوم قرب باماكو في مالي وبالعراق"),
            [
                ("باماكو".to_string(), Place),
                ("مالي".to_string(), Place),
                ("العراق".to_string(), Place)
            ]
        );
        // المالي is an adjective (Malian), not the country.
        assert!(found("الأمن المالي").iter().all(|(_, k)| *k != Place));
    }

    #[test]
    fn gazetteer_cities_and_common_words() {
        assert_eq!(
            found("انفجار في الموصل وآخر في بنغازي قرب تمبكتو"),
            [
                ("الموصل".to_string(), Place),
                ("بنغازي".to_string(), Place),
                ("تمبكتو".to_string(), Place)
            ]
        );
        // صور is also "pictures", المدينة "the city": places only after a cue.
        assert!(found("نشرت صور الهجوم").is_empty());
        assert_eq!(found("قصف في صور"), [("صور".to_string(), Place)]);
        assert!(
            found("دخلوا المدينة قرب الفجر")
                .iter()
                .all(|(_, k)| *k != Place)
        );
    }

    #[test]
    fn cue_words() {
        assert_eq!(
            found("في حي الجمهورية بمدينة طوزخورماتو"),
            [
                ("الجمهورية".to_string(), Place),
                ("طوزخورماتو".to_string(), Place)
            ]
        );
        assert_eq!(
            found("وأعلنت وزارة الأمن المالية"),
            [("وزارة الأمن المالية".to_string(), Actor)]
        );
        assert_eq!(
            found("قال وزير الأمن المالي ساليف تراوري إن"),
            [("ساليف تراوري".to_string(), Actor)]
        );
        assert_eq!(
            found("هاجم مسلحون إسلاميون متطرفون المنتجع"),
            [("مسلحون إسلاميون متطرفون".to_string(), Actor)]
        );
        assert_eq!(
            found("بحسب وكالة فرانس برس"),
            [("وكالة فرانس برس".to_string(), Actor)]
        );
    }

    #[test]
    fn compound_names_and_buildings() {
        assert_eq!(
            found("وظهر أبو بكر البغدادي في التسجيل"),
            [("أبو بكر البغدادي".to_string(), Actor)]
        );
        assert_eq!(
            found("وأكد عبد الرحمن بن محمد أن الوضع هادئ"),
            [("عبد الرحمن بن محمد".to_string(), Actor)]
        );
        assert_eq!(
            found("ونقل الجرحى إلى مستشفى غابرييل توري"),
            [("مستشفى غابرييل توري".to_string(), Place)]
        );
        assert_eq!(
            found("قال العقيد سليمان دمبلي إن"),
            [("سليمان دمبلي".to_string(), Actor)]
        );
        // بن without a name before it, or عبد without the article after it, is no name.
        assert!(found("من بن غردان").iter().all(|(n, _)| n != "من بن غردان"));
        assert!(found("عبد مملوك").is_empty());
    }

    #[test]
    fn names_stop_at_punctuation_and_quotes() {
        // An organisation word, a comma, the next clause: the word alone, never the clause.
        assert!(
            found("وصل الجيش، فتحدث الناس")
                .iter()
                .all(|(n, _)| !n.contains('،')),
            "{:?}",
            found("وصل الجيش، فتحدث الناس")
        );
        // A building's name ends at a comma.
        assert_eq!(
            found("نقلت إلى المستشفى المتخصص، وعشرا أخرى")
                .into_iter()
                .filter(|(_, k)| *k == Place)
                .collect::<Vec<_>>(),
            [("المستشفى المتخصص".to_string(), Place)]
        );
        // An organisation word before a quoted name: the name in the quotes.
        assert_eq!(
            found("هاجمت جماعة \"بوكو حرام\" القرية"),
            [("بوكو حرام".to_string(), Actor)]
        );
        assert_eq!(
            found("اتهمت تنظيم «الدولة الإسلامية» بالهجوم"),
            [("الدولة الإسلامية".to_string(), Actor)]
        );
    }

    #[test]
    fn a_place_word_is_not_split_into_a_conjunction_and_a_name() {
        assert_eq!(
            found("في ولاية بورنو شمال شرق"),
            [("بورنو".to_string(), Place)]
        );
        // A place word after a place word: the name comes after both (not لاية).
        assert_eq!(
            found("مايدوغوري، عاصمة ولاية بورنو، مساء السبت")
                .into_iter()
                .filter(|(n, _)| n.contains("لاية"))
                .collect::<Vec<_>>(),
            []
        );
        // و + ك + ال and two letters is a plural (وكالات "agencies"), not a name.
        assert!(found("ـ وكالات: أقدم").is_empty());
    }

    #[test]
    fn proclitics() {
        assert_eq!(without_proclitics("وبالعراق"), ("العراق".into(), 2));
        assert_eq!(
            without_proclitics(&fold_query("ومدينة")),
            ("مدينه".into(), 1)
        );
        assert_eq!(without_proclitics("للعراق"), ("العراق".into(), 2));
    }
}
