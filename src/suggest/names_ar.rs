//! New actors and places in Arabic text, by cues: the gazetteer (a word or two, after the
//! proclitics و ب ل ك; a name that is mostly a common word, such as صور, only after a
//! preposition or a place word), place words before a name (مدينة، منطقة، قرية ...; a
//! region's word, ولاية، محافظة، إقليم, is part of the name; after a definite place word or
//! before an adjective or a verbal noun, منطقة التفجير, there is no name; a place word with
//! a direction, الضاحية الجنوبية، ضاحية X الجنوبية, is a place), buildings, premises,
//! streets and quarters with the words that say which (مستشفى X، مقر الشرطة، مبنى حكومي،
//! حي X، شارع X: places, with a named place nested inside; a title in it takes the name
//! after it, مسجد الإمام X; before another building's bare definite word, ساحة المسجد, a
//! part of a building named before: no name), organisation words before
//! their complement (وزارة، وكالة، تنظيم، جماعة، جهاز، قوات، استخبارات ...; on over ل and a
//! definite noun of its field, الهيئة الوطنية للإحصاء), titles before a person's name
//! (وزير …، المتحدث باسم …، الرئيس، العقيد، الشاهد ...; a gazetteer word in it is the
//! family name, no place; after the portfolio's place, وزير الصحة في ولاية X Y Z, the name
//! follows the place; with no name after them and no comma before, the title and its
//! portfolio name the holder: المتحدث العسكري), a quoted name after a building, a title
//! or an organisation's words (مسجد "X"، الشيخ "X Y"، تنظيم X "Y"), compound personal
//! names (عبد الله، أبو بكر، X بن Y and a nisba after; a given name before أبو after a
//! comma or a title), acronyms spelled in letters (بي بي سي), outlets (X نيوز), sources without a name (مصادر أمنية، مصدر مطلع) and
//! generic actor nouns (مسلحون، المهاجمين، انتحاري ...; with an ordinal, انتحاري ثالث; not a
//! victims' noun counted by a number, 7 جنود, nor an adjective after an attack's noun,
//! هجوم انتحاري). An ordinal is never a name, also with a
//! proclitic (لأول مرة).
//!
//! What refers back or describes is no name: a bare organisation word (قالت الوكالة), a
//! building with indefinite adjectives alone (مستشفى صغير) unless it is the site of an
//! attack (هجوم على مسجد، استهدف مكتبا حكوميا: a place, bare or described), a building's
//! words that hold a pronoun (مقر إقامته، حي يعيش فيه), and gazetteer words that are no
//! place there (a direction alone, a place after بتوقيت, a pronoun-suffixed word with no
//! cue, a word in يا after an accusative noun, a common word after a verb of saying: في
//! بيان). People are also named after يدعى, between a verb of saying and a title or the
//! body spoken to (قال X Y منسق …، قال X Y لوكالة …), and after a source and a comma (شاهد
//! العيان، X Y), and between a verb of saying and وهو or a member's word (قال X Y وهو
//! مسؤول، قال X Y العضو في …); sources at a building are one actor (مصادر بمكتب X); a
//! noun of persons next to an attack's verb is its attacker (نفذته امرأتان); a word after a
//! preposition of place and before على بعد is a place (في X على بعد 80 كيلومترا).
//!
//! A name or a chain runs over the words that join it, and stops at a particle, at a word
//! with the preposition ل or the conjunction و (a new phrase), at a word with a pronoun
//! suffix, after a definite word but for definite adjectives (an organisation's too:
//! الحكومة العراقية, not الحكومة الحداد), at a definite noun after a definite adjective,
//! and after an indefinite adjective. The candidates are then
//! chosen without overlaps, surest and longest first, and the places inside a chosen one
//! are added back as nested mentions. Names that sound like a name found in another
//! language's article are matched later, in `group`. Beside the cue-word scan of `find`,
//! module `people` finds the people's names it does not reach (after يدعى, between a verb
//! of saying and a title, compound names such as عبد الله) and `outlets` the outlets and
//! acronyms (… نيوز، بي بي سي).
//!
//! The word lists (module `words`) are Arabic vocabulary (cue words, particles, the names
//! of Latin letters), never names of entities.

mod outlets;
mod people;
mod words;

use outlets::{acronyms, media_names};
use people::{
    apposition, attackers_after_their_verb, called, compound_names, given_names, named_actor,
};

use rustc_hash::FxHashSet;
use std::borrow::Cow;

use super::candidate::{Candidate, best_without_overlaps};
use super::gazetteer::Gazetteer;
use super::numbers::amount_at;
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
/// titles, generic nouns, and the figure reader's words for people, attackers and
/// casualties: مسلح، مقتل): no name.
pub(crate) fn is_vocabulary(folded: &str) -> bool {
    let w = words();
    [
        &w.stop,
        &w.prepositions,
        &w.place,
        &w.org,
        &w.title,
        &w.actor,
        &w.building,
        &w.source,
    ]
    .iter()
    .any(|set| set.contains(folded))
        || super::figures::is_figure_word(folded)
}

/// Whether a proclitic-free word is vocabulary or a cue word in any of its forms (with
/// the article, a preposition or the accusative alif: بعثة، المنطقة، مزارا).
fn cue_word(s: &str) -> bool {
    is_vocabulary(s) || heads_a_name(s)
}

/// Whether a proclitic-free word heads an organisation, a place or a building in any of
/// its forms (بعثة، المنطقة، مزارا).
fn heads_a_name(s: &str) -> bool {
    let w = words();
    [&w.org, &w.place, &w.building]
        .iter()
        .any(|set| cue_in(set, s).is_some())
}

fn stem<'t>(t: &'t Token<'_>) -> Cow<'t, str> {
    without_proclitics(&t.folded).0
}

fn is_stop(t: &Token<'_>) -> bool {
    let w = words();
    w.stop.contains(t.folded.as_str())
        || w.stop.contains(stem(t).as_ref())
        // A short particle with the conjunction (وأن، ومن، وفي), too short for `stem`.
        || t.folded.strip_prefix('و').is_some_and(|r| w.stop.contains(r))
        || ordinal(&t.folded)
        || t.text.chars().any(|c| c.is_numeric())
}

/// Whether a folded word is an ordinal adjective, also after one proclitic (لاول، وثالث).
fn ordinal(folded: &str) -> bool {
    let w = words();
    w.ordinals.contains(folded)
        || folded
            .strip_prefix(['و', 'ف', 'ب', 'ل', 'ك'])
            .is_some_and(|r| w.ordinals.contains(r))
}

/// Whether a definite word is a verbal noun of the common derived patterns, التفعيل
/// (التفجير، التحقيق) or الانفعال / الافتعال (الانفجار، الاقتحام): an act, never a place's
/// or an organisation's name after a place word (منطقة التفجير "the blast's area").
fn verbal_noun(word: &str) -> bool {
    let Some(r) = word.strip_prefix("ال") else {
        return false;
    };
    let c: Vec<char> = r.chars().collect();
    match c.len() {
        5 => c[0] == 'ت' && c[3] == 'ي',
        6 => c[0] == 'ا' && (c[1] == 'ن' || c[2] == 'ت') && c[4] == 'ا',
        _ => false,
    }
}

/// Whether a word carries the preposition ل (لوكالة، للشؤون، لبيع), also after و: it
/// begins a new phrase, so a name never runs on into it. A gazetteer name that begins with
/// the letter (ليبيا) is no preposition.
fn takes_lam(t: &Token<'_>, gazetteer: &Gazetteer) -> bool {
    let s = t.folded.strip_prefix('و').unwrap_or(&t.folded);
    s.starts_with('ل')
        && gazetteer.key_folded(s).is_none()
        && gazetteer.key_folded(&t.folded).is_none()
}

/// Whether the word before token `i` says that a place follows: a preposition of place
/// (في، قرب …) or a place word (منطقة، بمنطقة), in the same sentence; a quote mark may come
/// between (في “X”).
pub(crate) fn after_place_cue(tokens: &[Token<'_>], i: usize) -> bool {
    let w = words();
    i.checked_sub(1)
        .filter(|_| !tokens[i].sentence_start)
        .is_some_and(|p| {
            let p = stem(&tokens[p]);
            w.prepositions.contains(p.as_ref()) || cue_in(&w.place, &p).is_some()
        })
}

/// Whether a proclitic-free word is one of `cues`, also after the article or a preposition
/// (المدينة، بمدينة) or with the alif of the indefinite accusative (مكتبا، سوقا): the
/// letters of the preposition, if one was dropped.
fn cue_in(cues: &FxHashSet<String>, s: &str) -> Option<usize> {
    let accusative = |s: &str| {
        s.strip_suffix('ا')
            .is_some_and(|r| r.chars().count() >= 3 && cues.contains(r))
    };
    if cues.contains(s) || s.strip_prefix("ال").is_some_and(|r| cues.contains(r)) || accusative(s)
    {
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

/// Why a name after a place word is proposed.
const AFTER_PLACE_WORD: &str = "a name after a place word";

/// Why a region's name is proposed with its place word (ولاية X).
const REGION: &str = "a region's name with its place word (ولاية، محافظة، إقليم)";

/// Why a place word with a direction is proposed (الضاحية الجنوبية، ضاحية X الجنوبية).
const DIRECTION: &str = "a place word and its direction (الجنوبية، الشمالية …)";

/// Why a quoted name after an organisation word is proposed (وكالة «X»).
const QUOTED: &str = "a quoted name after an organisation word";
/// Why a quoted name after a building's word is proposed (مسجد "X").
const QUOTED_BUILDING: &str = "a quoted name after a building's word";
/// Why a quoted name after a title is proposed (الشيخ "X Y").
const QUOTED_TITLE: &str = "a quoted name after a title";

/// Why an outlet's name is proposed (X نيوز).
const OUTLET: &str = "an outlet's name (… نيوز، … تايمز)";

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
    // A title's name of two words or more (الرئيس X Y): a gazetteer word after its first
    // word is the person's family name, no place.
    // A quoted one (الشيخ "X Y") is a name as a whole: no gazetteer word in it is a place.
    let mut persons: Vec<(std::ops::Range<usize>, bool)> = Vec::new();
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
            || after_place_cue(tokens, i);
        // Words the gazetteer holds that are no place here: a direction alone (الشمال،
        // الغربية: a region of that name is rather "the north"), a place's name after
        // the word for time (بتوقيت X: a time zone), and, with no cue before it, a word
        // with a pronoun suffix (قوله "his saying").
        // An indefinite noun in the accusative (مزارا، وفدا) takes its adjective in يا
        // after it (مزارا صوفيا "a Sufi shrine"): no place, whatever the gazetteer says;
        // a plural verb's وا (دخلوا ليبيا) is no accusative.
        let accusative_adjective = t.joins_previous()
            && t.folded.ends_with("يا")
            && i.checked_sub(1).is_some_and(|p| {
                let p = &tokens[p].folded;
                p.chars().count() >= 4
                    && p.ends_with('ا')
                    && !p.ends_with("وا")
                    && !p.starts_with("ال")
                    && !is_vocabulary(p)
            });
        let no_place = || {
            w.directions.contains(s)
                || accusative_adjective
                || i.checked_sub(1)
                    .is_some_and(|p| cue_in(&w.time, &stem(&tokens[p])).is_some())
                || (!cued && possessed(t))
        };
        // A common word after a verb of saying is the medium of what was said (قالت
        // الوزارة في بيان "in a statement"), no place, whatever cue stands before it.
        let spoken = || {
            (i.saturating_sub(6)..i)
                .rev()
                .take_while(|&k| !tokens[k + 1].sentence_start)
                .any(|k| {
                    let t = &tokens[k];
                    [t.folded.as_str(), stem(t).as_ref()]
                        .iter()
                        .any(|v| w.speech.contains(*v))
                })
        };
        let place = |name: &str| {
            gazetteer
                .lookup(name)
                .filter(|hit| (!hit.common || (cued && !spoken())) && !no_place())
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
        // A place word (مدينة "city", also Medina in the gazetteer) is the cue, never the
        // place.
        if !is_stop(t)
            && !conjunction_fa
            && cue_in(&w.place, s).is_none()
            && let Some(key) = place(s)
        {
            let range = skip_letters(t, dropped);
            push(range, gazetteer_kind(&key), Some(key), 0.9, GAZETTEER);
            continue;
        }
        let next = |k: usize| tokens.get(k).filter(|n| n.joins_previous() && !is_stop(n));
        // A gazetteer place, not a place word that is one too (مدينة, Medina).
        let is_place_name = |n: &Token<'_>| {
            let n = stem(n);
            cue_in(&w.place, &n).is_none() && gazetteer.key_folded(&n).is_some()
        };
        // An indefinite adjective (حكومي، مسلحة، سياحيا) ends an indefinite chain: what
        // follows it is the next phrase (a verb, an adverb).
        let ends_chain = |n: &Token<'_>| {
            let a = stem(n);
            !a.starts_with("ال")
                && !is_vocabulary(&a)
                && gazetteer.key_folded(&a).is_none()
                && (a.ends_with('ي') || a.ends_with('ه') || a.ends_with("يا"))
        };
        // A word that goes on with a name: never one with the preposition ل (لوكالة), nor
        // with the conjunction و (وانفجرت) unless the word is a cue or a place, nor one
        // with a pronoun suffix (جماعة مسؤوليتها "a group its responsibility") unless
        // it is a place.
        let more = |k: usize| {
            next(k).filter(|n| {
                !takes_lam(n, gazetteer)
                    && (!possessed(n) || gazetteer.key_folded(&stem(n)).is_some())
                    && (!n.folded.starts_with('و')
                        || is_vocabulary(&n.folded)
                        || gazetteer.key_folded(&n.folded).is_some())
            })
        };
        // A building's word and the words that say which (a name, a genitive chain, an
        // adjective; up to three): the whole is the place. A definite word closes a
        // genitive chain: only definite adjectives come after it (مقر الشرطة الرئيسي).
        if let Some(extra) = cue_in(&w.building, s) {
            if s.strip_prefix("ال").is_some_and(|r| w.streets.contains(r)) {
                continue;
            }
            // A quoted name after it (مسجد "X", المستشفى «X») is the place.
            if let Some(name) = quoted_name(tokens, i + 1) {
                push(name, EntityKind::Place, None, 0.8, QUOTED_BUILDING);
                continue;
            }
            let mut end = i;
            let mut closed = s.starts_with("ال");
            // A pronoun in the words after it (حي يعيش فيه، مقر إقامته) makes them a
            // clause or a possession: no name.
            let mut clause = false;
            // Another building's bare definite word right after it (ساحة المسجد، مدخل
            // المستشفى) is the building it is part of, named before: no name. With an
            // adjective after it (مستشفى الجامعة الأمريكية) it names one.
            let part_of = more(i + 1).is_some_and(|n| {
                let n = stem(n);
                n.starts_with("ال") && cue_in(&w.building, &n).is_some()
            }) && !more(i + 2).is_some_and(|a| {
                let a = stem(a);
                a.starts_with("ال") && matches!(a.chars().last(), Some('ي' | 'ه'))
            });
            if part_of {
                continue;
            }
            while end < i + 3 {
                let Some(n) = more(end + 1) else {
                    clause = next(end + 1).is_some_and(possessed);
                    break;
                };
                let definite = stem(n).starts_with("ال");
                // Another place's word with a preposition (مسجد بحي X) begins a phrase.
                let elsewhere = n.folded.starts_with('ب')
                    && [&w.place, &w.building].iter().any(|set| {
                        cue_in(set, &n.folded) == Some(1)
                            || (stem(n) != n.folded.as_str() && cue_in(set, &stem(n)).is_some())
                    });
                if (closed && !definite) || elsewhere {
                    break;
                }

                // A title in it takes the person's name after it: the building is named
                // after them (مسجد الإمام X، مستشفى الشيخ X).
                closed = (closed || definite) && !w.title.contains(stem(n).as_ref());
                end += 1;
                // A known place ends it (مقر شرطة مدينة بغداد، then the next phrase), and
                // so does an adjective (مبنى حكومي).
                if is_place_name(n) || ends_chain(n) || describes(n, gazetteer) {
                    break;
                }
            }
            // A pronoun right after the chain too (حي يعيش فيه).
            if clause || next(end + 1).is_some_and(possessed) {
                continue;
            }
            // The site an attack struck is a place, bare (هجوم على مسجد) or described
            // (استهدف مكتبا حكوميا); any other building only with words that name it,
            // not with adjectives alone (مستشفى صغير، جامعة خاصة: a description). A bare
            // definite word (في المستشفى) refers back: no name.
            let target = attack_site(tokens, i) && (end > i || !s.starts_with("ال"));
            // A word like an indefinite adjective with a definite adjective after it is a
            // name: only a definite noun takes one (مستشفى كوردي التعليمي).
            let agreed = end > i
                && describes(&tokens[end], gazetteer)
                && more(end + 1).is_some_and(|n| {
                    stem(n).starts_with("ال") && matches!(letters(n).last(), Some('ي' | 'ة'))
                });
            if agreed {
                end += 1;
            }
            let described = !agreed && tokens[i + 1..=end].iter().all(|n| describes(n, gazetteer));
            // It goes on over ل and a definite noun of its use (مركز تدريب للشرطة، معسكر
            // للتدريب), as an organisation does.
            if next(end + 1)
                .is_some_and(|n| n.folded.starts_with("لل") && n.folded.chars().count() >= 5)
            {
                end += 1;
            }
            if target || !described {
                // Surer than the organisation in its chain (مقر الشرطة), and as sure as a
                // gazetteer name when it holds one (مقر شرطة مدينة بغداد): the building
                // then wins over its place, which nests inside it.
                let known = tokens[i + 1..=end].iter().any(is_place_name);
                push(
                    skip_letters(t, dropped + extra).start..tokens[end].range.end,
                    EntityKind::Place,
                    None,
                    if known { 0.9 } else { 0.8 },
                    "a building with the words that say which (مقر، مبنى، مستشفى …)",
                );
            }
            continue;
        }
        // A place word, then the name (not another place word: عاصمة ولاية كانو).
        // A definite place word (المنطقة "the region") is whole: no name comes after it.
        if let Some(extra) = cue_in(&w.place, s) {
            let direction = |k: usize| more(k).is_some_and(|n| w.directions.contains(&n.folded));
            // A definite place word and its direction (الضاحية الجنوبية) name one place;
            // with من after them (المنطقة الغربية من X) they describe a part of X.
            let of_a_place = tokens
                .get(i + 2)
                .is_some_and(|n| n.joins_previous() && n.folded == "من");
            if s.starts_with("ال") && direction(i + 1) && !of_a_place {
                let range = skip_letters(t, dropped + extra).start..tokens[i + 1].range.end;
                // Surer than a region the adjective also names (الشرقية).
                push(range, EntityKind::Place, None, 0.9, DIRECTION);
                continue;
            }
            // A quoted name after it (قرية "X") is the place.
            if !s.starts_with("ال")
                && let Some(name) = quoted_name(tokens, i + 1)
            {
                push(name, EntityKind::Place, None, 0.7, AFTER_PLACE_WORD);
                continue;
            }
            if let Some(n) = more(i + 1)
                .filter(|n| cue_in(&w.place, &n.folded).is_none() && !s.starts_with("ال"))
            {
                let (ns, nd) = without_proclitics(&n.folded);
                // Two words the gazetteer knows (ولاية النيل الأزرق) make the name.
                let two = next(i + 2).and_then(|n2| {
                    gazetteer
                        .key_folded(&format!("{ns} {}", n2.folded))
                        .map(|k| (n2, k))
                });
                let (last, key) = match two {
                    Some((n2, k)) => (n2, Some(k.to_string())),
                    None => (n, gazetteer.key_folded(&ns).map(str::to_string)),
                };
                // An indefinite adjective after a place word (قرية قريبة، منطقة نائية, or
                // in the accusative, …يا) is no name.
                let adjective = key.is_none()
                    && ((!ns.starts_with("ال") && (ns.ends_with('ه') || ns.ends_with("يا")))
                        || verbal_noun(&ns));
                // A region's word is part of its name, but before a quoted name.
                let region = cue_in(&w.region, s).is_some() && !n.opens_quote();
                let last_ix = if std::ptr::eq(last, n) { i + 1 } else { i + 2 };
                if !adjective && direction(last_ix + 1) {
                    // A place word, a name and a direction (ضاحية X الجنوبية): a part of
                    // the named place, surer than the name alone, which nests inside it.
                    let range =
                        skip_letters(t, dropped + extra).start..tokens[last_ix + 1].range.end;
                    push(range, EntityKind::Place, None, 0.9, DIRECTION);
                } else if region && !adjective {
                    let confidence = if key.is_some() { 0.9 } else { 0.7 };
                    let range = skip_letters(t, dropped + extra).start..last.range.end;
                    push(range, EntityKind::Place, key, confidence, REGION);
                } else if !w.place.contains(ns.as_ref()) && !adjective {
                    let range = skip_letters(n, nd).start..last.range.end;
                    push(range, EntityKind::Place, key, 0.7, AFTER_PLACE_WORD);
                }
            }
            continue;
        }
        // An organisation word before a quoted name: the name (جماعة "بوكو حرام").
        if cue_in(&w.org, s).is_some()
            && let Some(name) = quoted_name(tokens, i + 1)
        {
            // Surer than a place the gazetteer finds in it: the quoted whole is the name.
            push(name, EntityKind::Actor, None, 0.92, QUOTED);
            continue;
        }
        // An organisation word and its complement (up to two words).
        if let Some(extra) = cue_in(&w.org, s) {
            let dropped = dropped + extra;
            // A definite word (القوات) takes only definite adjectives after it (up to
            // three: وكالة الأنباء الإيرانية الرسمية), not the indefinite noun that starts
            // the next phrase (حالة).
            // An indefinite one before a definite genitive (وكالة الأنباء) is closed the
            // same way.
            let mut definite = s.starts_with("ال");
            let longest = if definite || more(i + 1).is_some_and(|n| stem(n).starts_with("ال")) {
                3
            } else {
                2
            };
            let mut end = i;
            // After a definite adjective (الشرطة العسكرية) only another adjective goes on:
            // a definite noun begins the next phrase (… العسكرية التحقيق).
            let nisba = |n: &Token<'_>| {
                let a = stem(n);
                a.starts_with("ال") && (a.ends_with('ي') || a.ends_with("يه"))
            };
            // After any definite word the construct is closed: only an adjective goes on
            // (الحكومة العراقية، قوات الأمن الخاصة; not الحكومة الحداد "the government
            // … mourning", قوات الأمن المنطقة).
            let adjective = |n: &Token<'_>| {
                let a = stem(n);
                let r = a.strip_prefix("ال").unwrap_or(&a);
                !heads_a_name(&a) && (nisba(n) || r.starts_with('م') || a.ends_with('ه'))
            };
            while end < i + longest
                && more(end + 1).is_some_and(|n| {
                    (!definite || stem(n).starts_with("ال"))
                        && (end == i || !nisba(&tokens[end]) || nisba(n))
                        && (!stem(&tokens[end]).starts_with("ال") || adjective(n))
                })
                && !w.title.contains(stem(&tokens[end + 1]).as_ref())
            {
                end += 1;
                definite |= stem(&tokens[end]).starts_with("ال");
                if ends_chain(&tokens[end]) {
                    break;
                }
            }
            // A name of two words or more goes on over ل and a definite noun of its field
            // (الوكالة الوطنية للإعلام، الهيئة العليا للإغاثة), never over ل and an
            // indefinite noun (لوكالة: a new phrase), an act (للتحقيق) or the people it
            // speaks to (للصحفيين).
            if end > i
                && next(end + 1).is_some_and(|n| {
                    let f = n.folded.as_str();
                    f.starts_with("لل")
                        && f.chars().count() >= 5
                        && !verbal_noun(&without_proclitics(f).0)
                        && !["ين", "ون", "ان"].iter().any(|e| f.ends_with(e))
                })
            {
                end += 1;
            }
            // A bare organisation word refers back to a body named before (قالت الوكالة،
            // لم تعلن أي جماعة): no name; a generic actor noun (الشرطة، الجيش) is still
            // one below.
            if end > i {
                push(
                    skip_letters(t, dropped).start..tokens[end].range.end,
                    EntityKind::Actor,
                    None,
                    0.75,
                    "an organisation word and its name",
                );
                // A quoted name after the whole (وكالة الأنباء الفرنسية «X»، تنظيم
                // الدولة "X") is the body's own name, a mention of its own.
                if let Some(name) = quoted_name(tokens, end + 1) {
                    push(name, EntityKind::Actor, None, 0.92, QUOTED);
                }
                continue;
            }
        }
        // A title, its portfolio (words with the article), then a name of one to three words.
        // Folding takes the madda off آمر (commander), which makes it the verb أمر
        // (ordered: "وأمر بفتح تحقيق"): that title only as written with its madda.
        let verb_amara = s == "امر" && !t.text.contains('آ');
        if w.title.contains(s) && !verb_amara {
            let mut k = i + 1;
            while k < i + 4 && next(k).is_some_and(|n| n.folded.starts_with("ال")) {
                k += 1;
            }
            // The portfolio's place after في (وزير الصحة في ولاية X، رئيس نقابة المحامين في
            // X) belongs to it: the name comes after the place, which the gazetteer proposes.
            // An organisation's word may open that portfolio (نقابة المحامين).
            let mut p = i + 1;
            while p < i + 4
                && next(p).is_some_and(|n| {
                    n.folded.starts_with("ال")
                        || (p == i + 1 && cue_in(&w.org, &n.folded).is_some())
                })
            {
                p += 1;
            }
            if p > i + 1
                && tokens
                    .get(p)
                    .is_some_and(|n| n.joins_previous() && n.folded == "في")
                && let Some(region) = next(p + 1)
            {
                let known = |n: &Token<'_>| gazetteer.lookup(&stem(n)).is_some_and(|h| !h.common);
                // After a region's word (ولاية X) the place need not be known.
                let in_region = cue_in(&w.region, &region.folded).is_some();
                let at = if in_region { p + 2 } else { p + 1 };
                let place = |n: &Token<'_>| known(n) || (in_region && !is_vocabulary(&stem(n)));
                if next(at).is_some_and(place) && more(at + 1).is_some() {
                    k = at + 1;
                }
            }
            // A known place after a title is the place the holder serves (محافظ بغداد):
            // the gazetteer proposes it.
            let place =
                next(k).is_some_and(|n| gazetteer.lookup(&stem(n)).is_some_and(|h| !h.common));
            // An organisation word alone there is the portfolio (رئيس بعثة الأمم المتحدة),
            // and a building or place word begins no name (افتتح وزير الصحة مستشفى
            // جديدا): no name.
            let portfolio = |n: &Token<'_>| cue_word(&stem(n));
            let site = |n: &Token<'_>| {
                let n = stem(n);
                [&w.place, &w.building]
                    .iter()
                    .any(|set| cue_in(set, &n).is_some())
            };
            // A casualty word there begins no name (المتحدث مقتل ثلاثة).
            let casualty = next(k).is_some_and(|n| super::figures::is_casualty_word(&stem(n)));
            // A quoted name after the title and its portfolio (الشيخ "X Y"، محافظ
            // العاصمة «X Y») is the person, surer than a place the gazetteer finds in it.
            if let Some(name) = quoted_name(tokens, k) {
                persons.push((name.clone(), true));
                push(name, EntityKind::Actor, None, 0.92, QUOTED_TITLE);
                continue;
            }
            if next(k).is_some() && !place && !casualty {
                let mut end = k;
                // Not over a word with a preposition and the article (بالهجوم).
                let named = |n: &Token<'_>| {
                    !["ال", "بال", "لل", "كال"]
                        .iter()
                        .any(|p| n.folded.starts_with(p))
                };
                while end < k + 2 && more(end + 1).is_some_and(named) {
                    end += 1;
                }
                let name = tokens[k].range.start..tokens[end].range.end;
                if end > k {
                    persons.push((name.clone(), false));
                }
                if (end > k || !portfolio(&tokens[k])) && !site(&tokens[k]) {
                    push(name, EntityKind::Actor, None, 0.7, "a name after a title");
                }
            } else if k > i + 1
                && next(k).is_none()
                && !place
                && tokens.get(k).is_none_or(|n| n.gap_before.trim() != "،")
                && !t.gap_before.trim().ends_with('،')
                && !served_place(tokens, k, gazetteer)
            {
                // A title and its portfolio with no name after them (المتحدث العسكري،
                // وزير الداخلية العراقي إن …) name the office's holder; not before a comma
                // and the name (وزير الصحة، X Y،) nor before the place served (وزير الصحة
                // في X), where the name may follow, nor after a comma, where they describe
                // the name before them (X، أمير البلاد).
                push(
                    skip_letters(t, dropped).start..tokens[k - 1].range.end,
                    EntityKind::Actor,
                    None,
                    0.6,
                    "a title and its portfolio, no name after them",
                );
            }
            continue;
        }
        // A source without a name, and the word that says which (مصادر أمنية، مصدر مطلع).
        // Also after the preposition ل or ب (وفقا لمصادر).
        let source = if w.source.contains(s) {
            Some(0)
        } else {
            (s.strip_prefix(['ل', 'ب']))
                .filter(|r| w.source.contains(*r))
                .map(|_| 1)
        };
        if let Some(extra) = source {
            let mut end = more(i + 1)
                .filter(|n| !is_vocabulary(&stem(n)) || cue_in(&w.org, &stem(n)).is_some())
                .map_or(i, |_| i + 1);
            let mut confidence = if end > i { 0.6 } else { 0.55 };
            // Sources at a building (مصادر بمكتب X، مصدر في مستشفى X) are one actor with
            // it, surer than the building or a place in it, which nests.
            let building = |k: usize, extra: usize| {
                tokens.get(k).is_some_and(|n| {
                    n.joins_previous() && cue_in(&w.building, &stem(n)) == Some(extra)
                })
            };
            let at = if building(i + 1, 1) {
                Some(i + 1)
            } else {
                let fi = tokens
                    .get(i + 1)
                    .is_some_and(|n| n.joins_previous() && w.prepositions.contains(&n.folded));
                (fi && building(i + 2, 0)).then_some(i + 2)
            };
            if let Some(b) = at {
                end = b;
                while end < b + 2 && more(end + 1).is_some() {
                    end += 1;
                }
                confidence = 0.92;
            }
            // Nor when the person's name follows, after a comma (شاهد العيان، X Y).
            let named = apposition(tokens, end + 1)
                && more(end + 2).is_some()
                && !cue_word(&stem(&tokens[end + 1]));
            if !called(tokens, end + 1) && !named {
                push(
                    skip_letters(t, dropped + extra).start..tokens[end].range.end,
                    EntityKind::Actor,
                    None,
                    confidence,
                    GENERIC,
                );
            }
            continue;
        }
        // A counted victims' noun (5 جنود، جنود ومدنيون after a number) names the victims
        // of a figure, no party.
        // An attacker noun after a noun of an attack is its adjective (هجوم انتحاري،
        // بتفجير انتحاري).
        let of_an_act = t.joins_previous()
            && i.checked_sub(1)
                .is_some_and(|p| cue_in(&w.acts, &stem(&tokens[p])).is_some());
        if w.actor.contains(s) && !of_an_act && !(w.victims.contains(s) && counted(tokens, i)) {
            // Adjectives that agree with the noun follow it: مسلحون إسلاميون متطرفون,
            // also in the dual and the accusative (مفجرتان انتحاريتان، مفجرا انتحاريا).
            let mut end = i;
            let definite = s.starts_with("ال");
            // An adjective ends as its noun does in the plural, the dual and the
            // accusative (ون، ين، ان، ا); else in ي or ة.
            let ending = |x: &str| ["ون", "ين", "ان", "ا"].into_iter().find(|e| x.ends_with(e));
            while end < i + 2
                && more(end + 1).is_some_and(|n| {
                    let a = stem(n);
                    let agrees = match ending(&stem(&tokens[end])) {
                        Some(e) => a.ends_with(e),
                        None => ["يه", "ه", "ي"].iter().any(|e| a.ends_with(e)),
                    };
                    (definite == a.starts_with("ال"))
                        && gazetteer.key_folded(&a).is_none()
                        && !heads_a_name(&a)
                        && agrees
                })
            {
                end += 1;
            }
            // Or the body the person serves, in the genitive: ضابط شرطة، ضابط الجيش.
            if end == i && more(i + 1).is_some_and(|n| cue_in(&w.org, &stem(n)).is_some()) {
                end = i + 1;
            }
            // Or an ordinal that says which one (انتحاري ثالث، المسلح الأول).
            if let Some(n) = tokens.get(end + 1).filter(|n| n.joins_previous())
                && w.ordinals.contains(n.folded.as_str())
            {
                end += 1;
            }
            // A person's name follows (ضابط يدعى X): the name is the actor.
            if !called(tokens, end + 1) {
                push(
                    skip_letters(t, dropped).start..tokens[end].range.end,
                    EntityKind::Actor,
                    None,
                    0.6,
                    GENERIC,
                );
            }
        }
    }
    out.retain(|c| {
        c.why != GAZETTEER
            || !persons.iter().any(|(p, whole)| {
                (*whole || p.start < c.range.start)
                    && p.start <= c.range.start
                    && c.range.end <= p.end
            })
    });
    out.extend(compound_names(text, tokens));
    out.extend(given_names(text, tokens, gazetteer));
    out.extend(attackers_after_their_verb(text, tokens));
    out.extend(places_by_distance(text, tokens, gazetteer));
    out.extend(acronyms(text, tokens));
    out.extend(media_names(text, tokens));
    with_nested_places(out)
}

/// The best candidates without overlaps (`best_without_overlaps`), and a named place inside
/// a longer one of them (كركوك in مقر شرطة مدينة كركوك), as mentions nest; a region's
/// name inside its own span (كانو in ولاية كانو) is the same mention, not a nested one.
fn with_nested_places(candidates: Vec<Candidate>) -> Vec<Candidate> {
    let mut nestable: Vec<Candidate> = (candidates.iter())
        .filter(|c| c.kind == EntityKind::Place && [GAZETTEER, AFTER_PLACE_WORD].contains(&&*c.why))
        .cloned()
        .collect();
    // One place per range, the surer (the gazetteer's, with its key).
    nestable.sort_by(|a, b| {
        (a.range.start, a.range.end)
            .cmp(&(b.range.start, b.range.end))
            .then(b.confidence.total_cmp(&a.confidence))
    });
    nestable.dedup_by(|b, a| a.range == b.range);
    let mut best = best_without_overlaps(candidates);
    best.sort_by_key(|c| c.range.start);
    let mut inner = Vec::new();
    for p in nestable {
        // The chosen candidates do not overlap: only the last one starting at or before the
        // place can hold it.
        let before = best.partition_point(|c| c.range.start <= p.range.start);
        let holds = before.checked_sub(1).map(|k| &best[k]).is_some_and(|c| {
            c.range != p.range
                && c.range.end >= p.range.end
                && ![REGION, QUOTED, OUTLET].contains(&&*c.why)
        });
        if holds {
            inner.push(p);
        }
    }
    best.extend(inner);
    best
}

/// A word's written letters, without marks and tatweel: the final ه (a pronoun) and ة (the
/// feminine ending), which folding merges, stay apart.
fn letters(t: &Token<'_>) -> Vec<char> {
    (t.text.chars())
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c) && *c != 'ـ')
        .collect()
}

/// Whether a word carries a pronoun suffix (إقامته، مسؤوليتها، فيه، تقطنه): a possession or
/// a verb's object, never part of a name. A definite word takes no suffix (الله), nor does
/// a word in اه (شاه).
fn possessed(t: &Token<'_>) -> bool {
    // Most words hold no ه (nor ة, which folds to it): read the letters only of those.
    if t.folded.starts_with("ال") || !t.folded.contains('ه') {
        return false;
    }
    let letters = letters(t);
    let ends = |e: &str| {
        let e: Vec<char> = e.chars().collect();
        letters.len() > e.len() + 1 && letters.ends_with(&e)
    };
    ["ها", "هم", "هما", "هن"].iter().any(|e| ends(e))
        || (ends("ه") && letters[letters.len() - 2] != 'ا')
}

/// Whether a word only describes the noun before it: an indefinite adjective, by its
/// written endings (محلي، سياحية، حكوميا) or the pattern فعيل (صغير، قريب; not a verb's
/// يفعل، تفعل: تعيش), no place's name.
fn describes(n: &Token<'_>, gazetteer: &Gazetteer) -> bool {
    let a = stem(n);
    let mut c = letters(n);
    if c.len() > 3 && c.last() == Some(&'ا') {
        c.pop(); // the indefinite accusative
    }
    !a.starts_with("ال")
        && !is_vocabulary(&a)
        && gazetteer.key_folded(&a).is_none()
        && (matches!(c.last(), Some('ي' | 'ى' | 'ة'))
            || (c.len() == 4 && c[2] == 'ي' && !matches!(c[0], 'ي' | 'ت' | 'ن' | 'أ' | 'ا')))
}

/// Whether the building word at token `i` is the site of an attack: a noun or verb of one
/// (هجوم، تفجير، استهدف، فجر نفسه) stands up to six words before it, in its sentence
/// (هجوم على مسجد، استهدف المسلح مكتبا، هجوما كبيرا بسيارة مفخخة على مبنى).
fn attack_site(tokens: &[Token<'_>], i: usize) -> bool {
    let w = words();
    let mut k = i;
    for _ in 0..6 {
        if k == 0 || tokens[k].sentence_start {
            return false;
        }
        k -= 1;
        let s = stem(&tokens[k]);
        if [&w.acts, &w.attack_verbs]
            .iter()
            .any(|set| cue_in(set, &s).is_some() || cue_in(set, &tokens[k].folded).is_some())
        {
            return true;
        }
    }
    false
}

/// Whether token `i` is a noun counted by an amount right before it (5 جنود، عشرات
/// الجنود), or the second of two such nouns joined by و (جنود ومدنيين).
fn counted(tokens: &[Token<'_>], i: usize) -> bool {
    let after_amount = |i: usize| {
        (i.saturating_sub(3)..i).any(|j| {
            amount_at(tokens, j)
                .is_some_and(|(_, used)| j + used == i && tokens[i].joins_previous())
        })
    };
    after_amount(i)
        || (i > 0
            && tokens[i].joins_previous()
            && tokens[i].folded.starts_with('و')
            && after_amount(i - 1))
}

/// Whether token `k` is في and a place may come after it: a region's word (في ولاية X), a
/// name the gazetteer holds (في X), or a word it does not know and no vocabulary; not a
/// common word the gazetteer also holds (في بيان).
fn served_place(tokens: &[Token<'_>], k: usize, gazetteer: &Gazetteer) -> bool {
    let joined = |k: usize| tokens.get(k).filter(|n| n.joins_previous());
    joined(k).is_some_and(|n| n.folded == "في")
        && joined(k + 1).is_some_and(|n| {
            let n = stem(n);
            cue_in(&words().region, &n).is_some()
                || gazetteer
                    .lookup(&n)
                    .map_or(!is_vocabulary(&n), |h| !h.common)
        })
}

/// The words of a quotation or a bracket starting at token `k` (at most four, all inside)
/// as a byte range: the name an organisation word introduces in quotes (وكالة «X»، تنظيم
/// (X)، قناة ((X))).
fn quoted_name(tokens: &[Token<'_>], k: usize) -> Option<std::ops::Range<usize>> {
    let first = tokens.get(k).filter(|t| {
        !t.sentence_start && (t.opens_quote() || t.gap_before.trim_end().ends_with('('))
    })?;
    let mut end = k;
    while end < k + 3 && tokens.get(end + 1).is_some_and(|n| n.joins_previous()) {
        end += 1;
    }
    let closed = tokens.get(end + 1).is_none_or(|n| {
        n.gap_before
            .trim_start()
            .starts_with(['"', '»', '”', '\'', '’', ')'])
    });
    closed.then(|| first.range.start..tokens[end].range.end)
}

/// Places told by their distance from another (في X على بعد 80 كيلومترا من Y): a word
/// after a preposition of place that is no vocabulary, followed by على بعد ("at a
/// distance of"), is a place's name even where the gazetteer does not know it.
fn places_by_distance(text: &str, tokens: &[Token<'_>], gazetteer: &Gazetteer) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let distance = tokens
            .get(i + 1)
            .is_some_and(|n| n.joins_previous() && n.folded == "علي")
            && tokens
                .get(i + 2)
                .is_some_and(|n| n.joins_previous() && n.folded == "بعد");
        let s = stem(t);
        if !distance
            || !after_place_cue(tokens, i)
            || is_stop(t)
            || cue_word(&s)
            || s.starts_with("ال")
            || gazetteer.key_folded(&s).is_some()
        {
            continue;
        }
        let range = skip_letters(t, without_proclitics(&t.folded).1);
        out.push(Candidate {
            name: text[range.clone()].to_string(),
            range,
            kind: EntityKind::Place,
            place_key: None,
            confidence: 0.7,
            why: Cow::Borrowed("a name told by its distance from a place (X على بعد …)"),
            generic: false,
        });
    }
    out
}

#[cfg(test)]
mod tests;
