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
//! Also (round 5): a name after a title's longer phrase and a comma, closed by a comma or
//! أن (قائد شرطة مدينة X، Y Z، إن); after a definite title a word the gazetteer knows begins
//! the name (القاضي X Y), only an indefinite title being in construct with a place (محافظ
//! X; a region's word may open the portfolio, حاكم إقليم X في Y Z Q); a title before ل,
//! a word in tanween or a figure's amount noun has no name after it (المتحدث العسكري
//! للجيش: the holder); a regnal ordinal ends a name (X الثاني); علي is the
//! name Ali in a text that writes على with ى; reports, the media, members of a side and
//! teams with the words that say whose (وسائل إعلام محلية، العناصر المسلحة، فرق الإنقاذ),
//! definite sources with an adjective or after "one of" (المصادر الأمنية، أحد الشهود),
//! and "one of" a kind of building (إحدى الأسواق) are actors and places; a participle after
//! a definite building describes it (المكتب المستهدف). An adjective of relation to a known
//! place (الصومالية، التركي: `adjective_of_a_place`) names no place, which `link` asks. A
//! person named in full is the same actor when the text names them later by their last
//! name alone (X Y Z … Z).
//!
//! Also (round 6): a bare name the gazetteer holds with ب or ل on it (بإدلب، بشمال X; four
//! letters at least, not after a verb of saying), before which a building's name ends; a
//! person named between a verb of saying's title and portfolio and what they said (قال
//! وزير داخلية X Y Z إن), or quoted after عن with their title after a comma; prayer halls,
//! depots, factories and storehouses are buildings. No name: a word before a preposition
//! with a pronoun (منطقة يعيش فيها، في بيان له), a generic noun after وهو (it describes the
//! person named), the words after a conjunction of time (مسجدا فيما …).
//!
//! A name or a chain runs over the words that join it, and stops at a particle, at a word
//! with the preposition ل or the conjunction و (a new phrase), at a word with a pronoun
//! suffix, after a definite word but for definite adjectives (an organisation's too:
//! الحكومة العراقية, not الحكومة الحداد), at a definite noun after a definite adjective,
//! and after an indefinite adjective. The candidates are then
//! chosen without overlaps, surest and longest first, and the places inside a chosen one
//! are added back as nested mentions. Names that sound like a name found in another
//! language's article are matched later, in `group`.
//!
//! `find` walks the words once; at each word (`scan::At`) the cue kinds are tried in
//! turn until one takes it, each in its module: `places` (the gazetteer, then place words),
//! `buildings`, `organisations`, `titles`, and `sources` (sources without a name, then
//! generic actor nouns). They share the frame of `scan` (the words that go on with a name)
//! and write into its `Found`. Beside that scan, module `people` finds the people's names
//! it does not reach (after يدعى, between a verb of saying and a title, compound names
//! such as عبد الله) and `outlets` the outlets and acronyms (… نيوز، بي بي سي).
//!
//! The word lists (module `words`) are Arabic vocabulary (cue words, particles, the names
//! of Latin letters), never names of entities.

mod buildings;
mod organisations;
mod outlets;
mod people;
mod places;
mod scan;
mod sources;
mod titles;
mod words;

use outlets::{acronyms, media_names};
use people::{
    apposition, attackers_after_their_verb, called, compound_names, given_names, last_names_alone,
    named_actor, names_after_a_portfolio,
};
use scan::{Found, Scan};

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
        &w.reports,
        &w.members,
        &w.teams,
        &w.one_of,
        &w.building_plurals,
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

/// Whether an Arabic word (folded: ة is ه) is an adjective of relation to a place the
/// gazetteer knows (الصومالية، التركي، النيجيرية، السوريين; indefinite, صومالية): the
/// place's name with a nisba ending, the place itself with or without its article or the
/// ending يا / ا it drops (الصومال، مصر، تركيا، سوريا; without the article, only the name
/// itself, الصومال or مصر: سورية is Syria). Such a word names no place; one the gazetteer
/// holds as it is (a city named so) is none, nor is an indefinite …ي (مالي). A
/// word that sounds like a place in another language's article (`link`) is asked here.
pub(crate) fn adjective_of_a_place(folded: &str) -> bool {
    static ARABIC: std::sync::OnceLock<Gazetteer> = std::sync::OnceLock::new();
    let gazetteer = ARABIC.get_or_init(|| Gazetteer::for_language("ar"));
    let (word, _) = without_proclitics(folded);
    let (definite, bare) = match word.strip_prefix("ال") {
        Some(r) => (true, r),
        None => (false, word.as_ref()),
    };
    let endings: &[&str] = if definite {
        &["يين", "يون", "يان", "يتين", "يتان", "يه", "ي"]
    } else {
        &["يين", "يون", "يان", "يتين", "يتان", "يه"]
    };
    let Some(base) = endings.iter().find_map(|e| bare.strip_suffix(e)) else {
        return false;
    };
    let known = |name: &str| gazetteer.lookup(name).is_some_and(|h| !h.common);
    // Without the article, only the place's bare name: سورية is Syria itself.
    let names = if definite {
        vec![
            base.to_string(),
            format!("ال{base}"),
            format!("{base}يا"),
            format!("{base}ا"),
        ]
    } else {
        vec![base.to_string(), format!("ال{base}")]
    };
    base.chars().count() >= 2
        && gazetteer.key_folded(&word).is_none()
        && names.iter().any(|name| known(name))
}

/// Whether a word is written with tanween (ً ٌ ٍ: لاحقًا، صورًا), the ending of an
/// indefinite common word, never of a name in the news.
fn tanween(t: &Token<'_>) -> bool {
    t.text.contains(['\u{64B}', '\u{64C}', '\u{64D}'])
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
/// Why a name after a title is proposed (الرئيس X Y).
const AFTER_TITLE: &str = "a name after a title";
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
    let scan = Scan::new(tokens, gazetteer);
    let mut found = Found::new(text);
    for i in 0..tokens.len() {
        let at = scan.at(i);
        let found = &mut found;
        // Each cue kind in turn, until one takes the word.
        let taken = scan.gazetteer_place(&at, found)
            || scan.one_of_the_buildings(&at, found)
            || scan.building(&at, found)
            || scan.place_word(&at, found)
            || scan.organisation(&at, found)
            || scan.title(&at, found)
            || scan.reports(&at, found)
            || scan.source(&at, found);
        if !taken {
            scan.generic_actor(&at, found);
        }
    }
    let mut out = found.candidates();
    out.extend(compound_names(text, tokens));
    out.extend(given_names(text, tokens, gazetteer));
    out.extend(names_after_a_portfolio(text, tokens, gazetteer));
    out.extend(attackers_after_their_verb(text, tokens));
    out.extend(places_by_distance(text, tokens, gazetteer));
    out.extend(acronyms(text, tokens));
    out.extend(media_names(text, tokens));
    let last_names = last_names_alone(text, tokens, gazetteer, &out);
    out.extend(last_names);
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
/// a word in اه (شاه) or in لله (عبدالله).
fn possessed(t: &Token<'_>) -> bool {
    // Most words hold no ه (nor ة, which folds to it): read the letters only of those.
    if t.folded.starts_with("ال") || !t.folded.contains('ه') {
        return false;
    }
    let letters = letters(t);
    // A compound name with the name of God written as one word (عبدالله، نصرالله).
    if letters.ends_with(&['ل', 'ل', 'ه']) {
        return false;
    }
    let ends = |e: &str| {
        let e: Vec<char> = e.chars().collect();
        letters.len() > e.len() + 1 && letters.ends_with(&e)
    };
    ["ها", "هم", "هما", "هن"].iter().any(|e| ends(e))
        || (ends("ه") && letters[letters.len() - 2] != 'ا')
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
