//! Step 3 of `suggest`: linking names across languages, by sound (`romanize`) and by
//! meaning (generic nouns of one concept).
//!
//! Data flows in two passes. [`link_across_languages`] takes the proposals of every
//! article and the briefing's known entities as sources, each by the consonant skeleton
//! of its name (and of a Latin name's capitalised words alone), and looks for them in the
//! texts of the other languages: one to three words of a phrase that are names (no
//! lower-case word, no Arabic vocabulary word; the first may have a preposition written on
//! it, بكابول) and whose skeleton is the same, the longest such phrase first; each link
//! becomes a new proposal of the source's kind and entity, whose `why` gives the
//! romanisation that matched. A person's name of two or three words heard so in two
//! scripts is then looked for by its last word alone in the articles that name someone in
//! full (مارتن كوبلر, then كوبلر): a second pass of the same search (`by_sound`) over those
//! last words (`surnames`). An Arabic adjective of relation (اللبنانية) never links to a
//! place whose name lacks its ending, nor one of a place the gazetteer knows (الصومالية:
//! `names_ar::adjective_of_a_place`) to any whole name, and an actor whose kind was only a
//! guess (a name with no cue) becomes a place, in every language, when an Arabic text puts
//! it after a place cue (في X، بمنطقة X). Then, while grouping, [`link_names`] pairs the groups of new
//! names of different languages that sound alike or name one concept ("gunmen" and
//! مسلحون), or name one thing by what it is (`heads`: a head noun and what says which,
//! "Interior Ministry" and وزارة الداخلية, "Kordi hospital" and مستشفى كوردي; an Arabic
//! group's name after جماعة or حركة), which `group` joins.

mod heads;

use std::collections::{HashMap, HashSet};

use super::candidate::{Candidate, Taken};
use super::names_ar::{
    adjective_of_a_place, after_place_cue, is_vocabulary, skip_letters, without_proclitics,
};
use super::romanize::{Skeleton, nearly_same_skeleton, proper_part, short_names_alike, skeleton};
use super::tokens::{Token, tokenize};
use super::{Found, Part, primary};
use crate::briefing::{ArticleIx, Briefing, EntityIx, EntityKind};
use heads::Key;

/// A name to look for in the other languages (keyed by its skeleton): the name, its kind,
/// its language, and the known entity it names if any.
struct Source<'a> {
    name: &'a str,
    kind: EntityKind,
    lang: String,
    existing: Option<EntityIx>,
    remembered: Option<usize>,
    /// Whether the name is the source's `spoken_part`, not all of it.
    part: bool,
    /// Whether the source is an actor only by guess: a new name with no cue of its kind
    /// (confidence below [`GUESS`]), which an Arabic place cue may make a place.
    guessed: bool,
    /// Whether the name is a last word alone (`surnames`), which a word with the article
    /// (الحرام) is not.
    alone: bool,
}

/// The confidence of a name heard in another language.
const CONFIDENCE: f64 = 0.65;

/// Below this confidence a new actor's kind is a guess (a capitalised name with no cue).
const GUESS: f64 = 0.6;

/// Skeletons worth matching: three consonants or more.
fn usable(skel: &str) -> bool {
    skel.chars().filter(|c| *c != ' ').count() >= 3
}

/// Letters a name needs to be looked for by sound in other languages.
const MIN_LETTERS: usize = 4;

/// Whether a proposal's or a known entity's name may be linked by sound: a name (not a
/// generic noun such as "gunmen" or "group") of at least [`MIN_LETTERS`] letters.
fn linkable(name: &str, generic: bool) -> bool {
    !generic
        && concept(name).is_none()
        && name.chars().filter(|c| c.is_alphabetic()).count() >= MIN_LETTERS
}

/// The part of a Latin-script name that another language may say alone: its capitalised
/// words (`proper_part`) when the rest is a place's word ("Tamboli" of "Tamboli IDP camp",
/// "Kordofan" of "Kordofan province") or a generic noun of its
/// members ("Baru Kelem" of "Baru Kelem fighters"); never an adjective of another noun
/// ("Malian" of "Malian security ministry" is not the ministry).
fn spoken_part(c: &Candidate) -> Option<String> {
    let (proper, rest) = proper_part(&c.name)?;
    (c.kind == EntityKind::Place || concept(&rest).is_some()).then_some(proper)
}

/// Whether a Latin-script place name is a name and the word for what the place is, a
/// settlement or a region ("Tamboli village", "Kano state", "Ondo province"): the name
/// alone is then the same place, where a building's, camp's or road's word makes another.
fn is_settlement(name: &str) -> bool {
    const WORDS: &[&str] = &[
        "village",
        "town",
        "city",
        "district",
        "county",
        "municipality",
        "province",
        "state",
        "region",
        "governorate",
    ];
    proper_part(name).is_some_and(|(_, rest)| WORDS.contains(&rest.to_lowercase().as_str()))
}

/// Whether an Arabic word is a singular adjective of relation (…ية: الفرنسية "the French",
/// of a thing; …ي: فرنسي "a Frenchman", one person): never the name of a group's members
/// (الفرنسيون، الفرنسيين), which the part of a name such as "French" of "French troops" is
/// looked for as.
fn adjective_of_a_thing(word: &str) -> bool {
    word.ends_with("ية") || word.ends_with('ي')
}

/// Whether an Arabic word (folded, so ة is ه) is an adjective of relation made of a name
/// that `source` does not end like: the name with the nisba ending (…ي، …ية، …يون، …يين،
/// …يان) that the source lacks (اللبنانية or اللبناني of a place "Lebanon" that ends in a
/// consonant). An adjective of nationality names no place and no group; a name that ends
/// in the sound itself ("Ramadi" الرمادي, "Husseiniya" الحسينية) still links. A bare …ي
/// without the article is a name (مالي، دبي).
fn nisba_adjective(word: &str, source: &str) -> bool {
    let (word, _) = without_proclitics(word);
    let nisba = ["يه", "يون", "يين", "يان"]
        .iter()
        .any(|e| word.ends_with(e))
        || (word.starts_with("ال") && word.ends_with('ي'));
    let last = source.rsplit(' ').next().unwrap_or(source).to_lowercase();
    let said = [
        "i", "y", "ya", "ia", "yah", "iah", "iyeh", "ieh", "ie", "iyya",
    ];
    nisba && !source.is_empty() && source.is_ascii() && !said.iter().any(|e| last.ends_with(e))
}

/// The source of a skeleton in a language other than `lang`, if any.
fn of_language<'s, 'a>(
    sources: &'s HashMap<String, Vec<Source<'a>>>,
    skel: &str,
    lang: &str,
) -> Option<&'s Source<'a>> {
    sources.get(skel)?.iter().find(|s| s.lang != lang)
}

/// Sources' skeletons to compare nearly (Jaro-Winkler) at most: beyond, only equal ones match,
/// so that a text costs at most this many comparisons per distinct phrase.
const MAX_NEAR: usize = 400;

/// The source skeleton a phrase's skeleton matches: itself, else one nearly the same
/// (`romanize::nearly_same_skeleton`: five consonants or more, a slip of spelling apart, such
/// as a vowel letter و or ي read as a consonant), with the same first letter; each distinct
/// phrase of a language compared once.
struct Near {
    long: Vec<String>,
    seen: HashMap<(String, String), Option<String>>,
}

impl Near {
    fn new(sources: &HashMap<String, Vec<Source<'_>>>) -> Near {
        let mut long: Vec<String> = (sources.keys())
            .filter(|k| k.chars().filter(|c| *c != ' ').count() >= 5)
            .cloned()
            .collect();
        if long.len() > MAX_NEAR {
            long.clear();
        }
        long.sort();
        Near {
            long,
            seen: HashMap::new(),
        }
    }

    fn find(
        &mut self,
        sources: &HashMap<String, Vec<Source<'_>>>,
        skel: &str,
        lang: &str,
    ) -> Option<String> {
        if of_language(sources, skel, lang).is_some() {
            return Some(skel.to_string());
        }
        if self.long.is_empty() {
            return None;
        }
        let long = &self.long;
        self.seen
            .entry((skel.to_string(), lang.to_string()))
            .or_insert_with(|| {
                let first = skel.chars().next()?;
                long.iter()
                    .filter(|k| k.starts_with(first))
                    .find(|k| {
                        nearly_same_skeleton(skel, k) && of_language(sources, k, lang).is_some()
                    })
                    .cloned()
            })
            .clone()
    }
}

/// Adds, for each name of one language (new actors and places, and known entities'
/// names; a Latin name also by its capitalised words alone), its occurrences in the texts
/// of the other languages that sound the same (romanised consonant skeletons of one to
/// three words of one phrase, equal).
pub(crate) fn link_across_languages(
    briefing: &Briefing,
    mut found: Vec<Found>,
    min_confidence: f64,
) -> Vec<Found> {
    if CONFIDENCE < min_confidence {
        return found;
    }
    // Per skeleton, a source of each language (the first name of that language), or the
    // known entities' names alone: a name of the briefing's entity wins over a new one.
    let mut sources: HashMap<String, Vec<Source<'_>>> = HashMap::new();
    for f in &found {
        if f.existing.is_none()
            && f.candidate.kind != EntityKind::Casualty
            && linkable(&f.candidate.name, f.candidate.generic)
        {
            let lang = primary(&briefing.articles[f.article].lang);
            let proper = spoken_part(&f.candidate).map(|p| (skeleton(&p), true));
            let whole = (skeleton(&f.candidate.name), false);
            for (skel, part) in std::iter::once(whole).chain(proper) {
                if !usable(&skel) {
                    continue;
                }
                // A whole name of a language wins over a part of another ("France" over
                // "French" of "French troops").
                let of_skel = sources.entry(skel).or_default();
                of_skel.retain(|s| s.lang != lang || !s.part || part);
                if of_skel.iter().all(|s| s.lang != lang) {
                    of_skel.push(Source {
                        name: &f.candidate.name,
                        kind: f.candidate.kind,
                        lang: lang.clone(),
                        existing: None,
                        remembered: f.remembered,
                        part,
                        guessed: f.candidate.kind == EntityKind::Actor
                            && f.candidate.confidence < GUESS,
                        alone: false,
                    });
                }
            }
        }
    }
    for (e, entity) in EntityIx::all(briefing).zip(&briefing.entities) {
        if entity.kind == EntityKind::Casualty {
            continue;
        }
        for (lang, name) in entity
            .names
            .iter()
            .map(|(l, n)| (primary(l), n))
            .chain([(String::new(), &entity.name)])
        {
            let skel = skeleton(name);
            if usable(&skel) && linkable(name, false) {
                let of_skel = sources.entry(skel).or_default();
                of_skel.retain(|s| s.existing.is_some() && s.lang != lang);
                of_skel.push(Source {
                    name,
                    kind: entity.kind,
                    lang: lang.clone(),
                    existing: Some(e),
                    remembered: None,
                    part: false,
                    guessed: false,
                    alone: false,
                });
            }
        }
    }
    if sources.is_empty() {
        return found;
    }
    // Names guessed to be actors that an Arabic text puts after a place cue (في X،
    // بمنطقة X): places, in every language.
    let mut placed: Vec<String> = Vec::new();
    let added = by_sound(briefing, &[&found], None, &sources, &mut placed);
    let lang_of = |f: &Found| primary(&briefing.articles[f.article].lang);
    // A person's name heard in two scripts: its last word alone, in any article, is the
    // same person (مارتن كوبلر, then كوبلر). Heard by sound, or proposed by the rules of
    // both languages (a name after a title in each).
    let heard: Vec<(&Found, &str)> = (found.iter())
        .filter(|f| f.candidate.kind == EntityKind::Actor)
        .filter_map(|f| {
            let lang = lang_of(f);
            let of_skel = sources.get(&skeleton(&f.candidate.name))?;
            let other = of_skel
                .iter()
                .find(|s| !s.lang.is_empty() && s.lang != lang)?;
            Some((f, other.name))
        })
        .collect();
    let heard_in: Vec<ArticleIx> = heard.iter().map(|(f, _)| f.article).collect();
    let surnames = surnames(added.iter().map(|(f, s)| (f, *s)).chain(heard));
    // Each linked name as written in each language: what a last word alone stands for.
    let full: HashMap<(&str, String), String> = (added.iter())
        .map(|(f, source)| ((*source, lang_of(f)), f.candidate.name.clone()))
        .collect();
    // The articles that name someone in full: where a last word alone is looked for.
    let people = (added.iter()).filter(|(f, _)| f.candidate.kind == EntityKind::Actor);
    let sources_named: HashSet<&str> = people.clone().map(|(_, source)| *source).collect();
    let named: HashSet<ArticleIx> = (people.map(|(f, _)| f.article))
        .chain(
            (found.iter())
                .filter(|o| sources_named.contains(o.candidate.name.as_str()))
                .map(|o| o.article),
        )
        .chain(heard_in)
        .collect();
    let mut all: Vec<Found> = added.into_iter().map(|(f, _)| f).collect();
    if !surnames.is_empty() {
        let seen = [found.as_slice(), all.as_slice()];
        let alone = by_sound(briefing, &seen, Some(&named), &surnames, &mut placed);
        for (mut f, source) in alone {
            // The mention names the person: grouped by the name in its language, or the
            // source's own in the source's language.
            f.candidate.name =
                (full.get(&(source, lang_of(&f))).cloned()).unwrap_or_else(|| source.to_string());
            f.candidate.why = format!("{}, the last word of that name", f.candidate.why).into();
            all.push(f);
        }
    }
    found.extend(all);
    as_places(&mut found, &placed);
    found
}

/// The occurrences, in every article (or those `only`), of phrases that sound like
/// `sources` of another language, each with the name of its source, but where the proposals
/// `found` are already.
fn by_sound<'a>(
    briefing: &Briefing,
    found: &[&[Found]],
    only: Option<&HashSet<ArticleIx>>,
    sources: &HashMap<String, Vec<Source<'a>>>,
    placed: &mut Vec<String>,
) -> Vec<(Found, &'a str)> {
    let mut near = Near::new(sources);
    let mut added = Vec::new();
    for (a, article) in ArticleIx::all(briefing).zip(&briefing.articles) {
        if only.is_some_and(|only| !only.contains(&a)) {
            continue;
        }
        let lang = primary(&article.lang);
        for part in [Part::Text, Part::Headline] {
            let text = article.part(part);
            let mut taken = Taken::default();
            let found = found.iter().flat_map(|f| f.iter());
            for f in found.filter(|f| f.article == a && f.part == part) {
                taken.take(&f.candidate.range, true);
            }
            for m in briefing.mentions_in_part(a, part) {
                taken.take(&m.bytes, true);
            }
            let tokens = tokenize(text);
            let words: Vec<Option<Word>> = tokens.iter().map(Word::of).collect();
            for i in 0..tokens.len() {
                let Some(first) = &words[i] else { continue };
                // The first word as written, else without a preposition before it (بكابول).
                let firsts = std::iter::once((&first.skel, first.start))
                    .chain(first.without_preposition.as_ref().map(|(s, at)| (s, *at)));
                let mut linked = None;
                'firsts: for (first, start) in firsts {
                    for (j, matched, romanised) in
                        phrase_matches(&mut near, sources, &tokens, &words, i, first, &lang)
                    {
                        let range = start..tokens[j].range.end;
                        if taken.take(&range, false) {
                            linked = Some((range, matched, romanised));
                            break 'firsts;
                        }
                    }
                }
                let Some((range, matched, romanised)) = linked else {
                    continue;
                };
                let Some(source) = of_language(sources, &matched, &lang) else {
                    continue;
                };
                if source.guessed
                    && after_place_cue(&tokens, i)
                    && !placed.iter().any(|p| p == source.name)
                {
                    placed.push(source.name.to_string());
                }
                added.push((
                    Found {
                        article: a,
                        part,
                        candidate: Candidate {
                            name: text[range.clone()].to_string(),
                            range,
                            kind: source.kind,
                            place_key: None,
                            confidence: CONFIDENCE,
                            why: format!(
                                "sounds like \"{}\" in another language's article (romanised: {})",
                                source.name, romanised
                            )
                            .into(),
                            generic: false,
                        },
                        existing: source.existing,
                        remembered: source.remembered,
                        figure: None,
                    },
                    source.name,
                ));
            }
        }
    }
    added
}

/// Sources for the last word alone of each person's name that `linked` heard in another
/// script: the last word of the source's name and of the phrase heard, when both have two
/// words or three, and the last word is long enough to be told apart (`linkable`, three
/// consonants). Looked for in every language (`lang` empty).
fn surnames<'a, 'f>(
    linked: impl Iterator<Item = (&'f Found, &'a str)>,
) -> HashMap<String, Vec<Source<'a>>> {
    let mut out: HashMap<String, Vec<Source<'a>>> = HashMap::new();
    for (f, source) in linked {
        let words = |n: &str| n.split_whitespace().count();
        if f.candidate.kind != EntityKind::Actor
            || !(2..=3).contains(&words(source))
            || !(2..=3).contains(&words(&f.candidate.name))
        {
            continue;
        }
        for name in [source, f.candidate.name.as_str()] {
            let Some(last) = name.split_whitespace().last() else {
                continue;
            };
            let skel = skeleton(last);
            if !usable(&skel) || !linkable(last, false) || out.contains_key(&skel) {
                continue;
            }
            out.entry(skel).or_default().push(Source {
                name: source,
                kind: f.candidate.kind,
                lang: String::new(),
                existing: f.existing,
                remembered: f.remembered,
                part: false,
                guessed: false,
                alone: true,
            });
        }
    }
    out
}

/// A word of a text as a name may be heard: its skeleton (`romanize::Skeleton`), without
/// Arabic proclitics, and where it starts, and the same without a preposition before it
/// (ب، ل، ك: بكابول "in Kabul"). A word in lower case (of a script with cases) or an Arabic
/// word of the rules' vocabulary (قرب "near", particles, cue words) is no name and is not
/// romanised; nor is a word of no consonant (حياة: h and vowel letters).
struct Word {
    skel: Skeleton,
    start: usize,
    /// Whether the word has the article (ال).
    article: bool,
    without_preposition: Option<(Skeleton, usize)>,
}

impl Word {
    fn of(t: &Token<'_>) -> Option<Word> {
        let (base, dropped) = without_proclitics(&t.folded);
        if t.text.starts_with(char::is_lowercase)
            || is_vocabulary(&t.folded)
            || is_vocabulary(&base)
        {
            return None;
        }
        let skel = Skeleton::of(&base);
        let rest = base
            .strip_prefix(['ب', 'ل', 'ك'])
            .filter(|rest| dropped == 0 && rest.chars().count() >= 3);
        // A preposition before a name that begins with its letter (ببرج): the skeleton is
        // the same without it, so it is left out of the mention.
        let (dropped, without_preposition) = match rest.map(Skeleton::of) {
            Some(r) if r == skel => (1, None),
            Some(r) => (dropped, Some((r, skip_letters(t, 1).start))),
            None => (dropped, None),
        };
        (!skel.is_empty()).then(|| Word {
            skel,
            start: skip_letters(t, dropped).start,
            article: base.starts_with("ال"),
            without_preposition,
        })
    }
}

/// The phrases of one to three words from word `i` (whose skeleton is `first`) that sound
/// like a source of another language than `lang`, best first: the index of each one's last
/// word, the source's skeleton and the romanisation that matched. An Arabic adjective is no match for
/// a name it does not end like (`adjective_of_a_thing`, `nisba_adjective`).
fn phrase_matches(
    near: &mut Near,
    sources: &HashMap<String, Vec<Source<'_>>>,
    tokens: &[Token<'_>],
    words: &[Option<Word>],
    i: usize,
    first: &Skeleton,
    lang: &str,
) -> Vec<(usize, String, String)> {
    let mut out = Vec::new();
    let mut parts = vec![first];
    for n in 0..3 {
        let j = i + n;
        if n > 0 {
            if j >= tokens.len() || !tokens[j].joins_previous() {
                break;
            }
            let Some(word) = &words[j] else { break };
            parts.push(&word.skel);
        }
        let said = Skeleton::say(&parts);
        if !usable(&said) {
            continue;
        }
        let Some(matched) = near.find(sources, &said, lang) else {
            continue;
        };
        let Some(source) = of_language(sources, &matched, lang) else {
            continue;
        };
        if (source.alone && words[i].as_ref().is_some_and(|w| w.article))
            || (source.part && adjective_of_a_thing(tokens[j].text))
            || (source.kind == EntityKind::Place && nisba_adjective(&tokens[j].folded, source.name))
            || (!source.part && adjective_of_a_place(&tokens[j].folded))
        {
            continue;
        }
        let romanised = if matched == said {
            said
        } else {
            format!("{said}, near {matched}")
        };
        out.push((j, matched, romanised));
    }
    // The longest phrase that sounds the same as a name wins ("Burj al-Barajneh" over
    // "Burj"), then the longest that sounds nearly the same.
    out.sort_by_key(|(j, matched, romanised)| (matched != romanised, std::cmp::Reverse(*j)));
    out
}

/// Makes places of the guessed actors named `placed` (by their source name, and the
/// proposals linked to it by sound, whose `why` quotes that name).
fn as_places(found: &mut [Found], placed: &[String]) {
    let quoted: Vec<String> = (placed.iter())
        .map(|p| format!("sounds like \"{p}\""))
        .collect();
    for f in found.iter_mut().filter(|f| {
        f.candidate.kind == EntityKind::Actor
            && f.existing.is_none()
            && (placed.contains(&f.candidate.name)
                || quoted.iter().any(|q| f.candidate.why.contains(q.as_str())))
    }) {
        f.candidate.kind = EntityKind::Place;
        f.candidate.why = format!("{}; a place, after an Arabic place cue", f.candidate.why).into();
    }
}

/// Generic role nouns that mean the same in English and Arabic (vocabulary, not names):
/// a bare "gunmen" and a bare مسلحون name one group of actors. An Arabic phrase is written
/// without the article of its first word (`concept` drops it).
const CONCEPTS: &[(&str, &[&str], &[&str])] = &[
    ("gunmen", &["gunmen", "armed men"], &["مسلحون", "مسلحين"]),
    (
        "attackers",
        &["attackers", "assailants"],
        &["مهاجمين", "مهاجمون"],
    ),
    ("westerners", &["westerners"], &["غربيون", "غربيين"]),
    ("tourists", &["tourists"], &["سياح"]),
    ("rebels", &["rebels"], &["متمردين", "متمردون"]),
    (
        "fighters",
        &["fighters", "militants"],
        &["مقاتلين", "مقاتلون"],
    ),
    (
        "jihadists",
        &["jihadists", "jihadis"],
        &["جهاديين", "جهاديون"],
    ),
    (
        "bomber",
        &["bomber", "suicide bomber"],
        &["انتحاري", "انتحارى"],
    ),
    (
        "bombers",
        &["bombers", "suicide bombers"],
        &["انتحاريون", "انتحاريين", "انتحاريات"],
    ),
    (
        "security forces",
        &["security forces"],
        &["قوات الأمن", "قوات الأمنية"],
    ),
    ("peacekeepers", &["peacekeepers"], &["قوات حفظ السلام"]),
    ("police", &["police"], &["شرطة"]),
    ("army", &["army", "military"], &["جيش"]),
    ("government", &["government"], &["حكومة"]),
    ("authorities", &["authorities"], &["سلطات"]),
    ("soldiers", &["soldiers", "troops"], &["جنود"]),
    ("officials", &["officials"], &["مسؤولون", "مسؤولين"]),
    ("kidnappers", &["kidnappers"], &["خاطفين", "خاطفون"]),
];

/// Whether a name is a bare generic noun ("gunmen", المسلحين), not a name.
pub(crate) fn is_generic(name: &str) -> bool {
    concept(name).is_some()
}

/// The concept a bare generic name stands for: the name folded, without a leading article,
/// and, for an Arabic word, also without the alif of the indefinite accusative (انتحاريا,
/// "a suicide bomber" as an object, is انتحاري).
fn concept(name: &str) -> Option<&'static str> {
    static WORDS: std::sync::OnceLock<HashMap<String, &'static str>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        CONCEPTS
            .iter()
            .flat_map(|&(c, en, ar)| {
                en.iter()
                    .chain(ar)
                    .map(move |w| (crate::search::fold_query(w), c))
            })
            .collect()
    });
    let folded = crate::search::fold_query(name);
    let bare = folded
        .strip_prefix("the ")
        .or_else(|| folded.strip_prefix("ال"))
        .unwrap_or(&folded);
    words
        .get(bare)
        .or_else(|| bare.strip_suffix('ا').and_then(|w| words.get(w)))
        .copied()
}

/// The groups of new names to join across languages (pairs of group indices): names
/// that sound alike (equal consonant skeletons; nearly equal ones for long names when
/// there are few enough to compare; one-word names of two consonants spelled alike,
/// `short_names_alike`), bare generic nouns of one concept, and names of one thing by what
/// they are (`heads`).
pub(crate) fn link_names(
    found: &[Found],
    group_of: &[usize],
    lang_of: &dyn Fn(&Found) -> String,
) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut by_skeleton: HashMap<(EntityKind, String), (usize, String)> = HashMap::new();
    let mut by_concept: HashMap<&'static str, (usize, String)> = HashMap::new();
    let mut long: Vec<(usize, String, EntityKind, String)> = Vec::new();
    let mut short: Vec<(usize, String, EntityKind, String)> = Vec::new();
    // Groups (and their language) by what their names say they are (`heads`).
    let mut by_head: HashMap<(EntityKind, Key), Vec<(usize, String)>> = HashMap::new();
    for (f, &g) in found.iter().zip(group_of) {
        if f.existing.is_some() || f.remembered.is_some() || f.figure.is_some() {
            continue;
        }
        let lang = lang_of(f);
        if let Some(c) = concept(&f.candidate.name) {
            match by_concept.get(c) {
                Some((other, other_lang)) if *other_lang != lang => pairs.push((g, *other)),
                Some(_) => {}
                None => {
                    by_concept.insert(c, (g, lang.clone()));
                }
            }
        }
        let keys = heads::keys(&f.candidate.name);
        for key in &keys {
            if let Key::Head(..) = key {
                let at = by_head.entry((f.candidate.kind, key.clone())).or_default();
                if !at.contains(&(g, lang.clone())) {
                    at.push((g, lang.clone()));
                }
            }
        }
        if !linkable(&f.candidate.name, f.candidate.generic) {
            continue;
        }
        // A place's name alone is another place ("Tamboli" is not "Tamboli IDP camp")
        // unless the rest is the word for what the place is ("Tamboli village", "Kano
        // state"); a group's is the group ("Baru Kelem" of "Baru Kelem fighters").
        let spoken = spoken_part(&f.candidate)
            .filter(|_| f.candidate.kind != EntityKind::Place || is_settlement(&f.candidate.name));
        let proper = spoken.as_ref().map(|p| skeleton(p));
        let group = keys.into_iter().filter_map(|k| match k {
            Key::Group(skel) => Some(skel),
            Key::Head(..) => None,
        });
        let whole = skeleton(&f.candidate.name);
        // Names too short for a skeleton of three consonants, compared by their letters.
        let shorts = [
            (Some(f.candidate.name.clone()), Some(&whole)),
            (spoken, proper.as_ref()),
        ];
        for (name, skel) in shorts {
            if let (Some(name), Some(skel)) = (name, skel)
                && skel.chars().filter(|c| *c != ' ').count() == 2
            {
                short.push((g, lang.clone(), f.candidate.kind, name));
            }
        }
        let skels = std::iter::once(whole).chain(proper).chain(group);
        for skel in skels.filter(|s| usable(s)) {
            if skel.chars().filter(|c| *c != ' ').count() >= 5 {
                long.push((g, lang.clone(), f.candidate.kind, skel.clone()));
            }
            match by_skeleton.get(&(f.candidate.kind, skel.clone())) {
                Some((other, other_lang)) if *other_lang != lang => pairs.push((g, *other)),
                Some(_) => {}
                None => {
                    by_skeleton.insert((f.candidate.kind, skel), (g, lang.clone()));
                }
            }
        }
    }
    // A key that names one thing (a portfolio, a name) joins every group that has it; a
    // bare head ("the mosque", المسجد) only when each language has one group of it.
    for ((_, key), groups) in by_head {
        let langs: HashSet<&String> = groups.iter().map(|(_, l)| l).collect();
        if langs.len() < 2 || (!key.names_one() && langs.len() != groups.len()) {
            continue;
        }
        pairs.extend(groups[1..].iter().map(|(g, _)| (groups[0].0, *g)));
    }
    const MAX_FUZZY: usize = 400;
    // Names too short for a skeleton, spelled alike (`short_names_alike`).
    if short.len() <= MAX_FUZZY {
        for (i, a) in short.iter().enumerate() {
            for b in &short[i + 1..] {
                if a.1 != b.1 && a.2 == b.2 && short_names_alike(&a.3, &b.3) {
                    pairs.push((a.0, b.0));
                }
            }
        }
    }
    if long.len() <= MAX_FUZZY {
        for (i, a) in long.iter().enumerate() {
            for b in &long[i + 1..] {
                if a.1 != b.1 && a.2 == b.2 && strsim::jaro_winkler(&a.3, &b.3) >= 0.9 {
                    pairs.push((a.0, b.0));
                }
            }
        }
    }
    pairs
}

#[cfg(test)]
mod tests;
