//! The site an attack hit, as a place, even when the text only describes it: "a bomb went
//! off at a crowded bakery", "an attack on a village school", "gunmen stormed the hotel",
//! "blew herself up inside a church", "the blast hit the house of the district governor".
//!
//! A site is a singular noun of a building or site ([`SITE_HEADS`]: mosque, school, hotel,
//! market, house, depot …) with the nouns and adjectives of origin or faith before it ("police
//! training centre", "Shiite mosque"), and its owner after "of" ("shrine of X", "house of the
//! village chief"). It is proposed only where a word of the attack governs it: the object of
//! an attack verb ("attacked", "stormed", "targeted"), or after a preposition of place
//! ("at", "on", "inside", "towards" …) shortly after a word of an attack in the same clause (no comma,
//! dash or word that opens a clause between: "as", "when", "which" …) ("attack",
//! "bombing", "detonated", "blew himself up", "killing"), or the subject of a passive attack
//! verb ("a police station was also attacked", a headline's "village school targeted"). Descriptive adjectives between the
//! article and the noun ("a crowded", "a nearby") are not part of it. A definite noun that
//! repeats one met earlier in the text ("… inside the mosque") refers back and is left out,
//! as are plural nouns ("at roadblocks": no one site), a noun that qualifies the noun after
//! it ("a school bus") and a noun that is mostly a part of something unless a noun before
//! it says what it is ("the centre of the town", "the city centre", but "a training
//! centre"). Buildings only damaged, with no attack word governing them, are not
//! proposed.

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

use super::{FAITHS, capitalised, glued, is_demonym, noun_after, words};
use crate::briefing::EntityKind;
use crate::suggest::candidate::Candidate;
use crate::suggest::tokens::Token;

/// Singular nouns of buildings and sites that an attack can target.
const SITE_HEADS: &[&str] = &[
    "mosque",
    "church",
    "cathedral",
    "temple",
    "synagogue",
    "shrine",
    "school",
    "madrasa",
    "madrassa",
    "seminary",
    "university",
    "college",
    "academy",
    "market",
    "marketplace",
    "bazaar",
    "bakery",
    "bank",
    "restaurant",
    "cafe",
    "café",
    "hotel",
    "resort",
    "guesthouse",
    "hospital",
    "clinic",
    "house",
    "residence",
    "compound",
    "headquarters",
    "office",
    "station",
    "checkpoint",
    "base",
    "barracks",
    "camp",
    "centre",
    "center",
    "prison",
    "jail",
    "stadium",
    "airport",
    "embassy",
    "consulate",
    "courthouse",
    "building",
    "mall",
    "supermarket",
    "shop",
    "hall",
    "nightclub",
    "garrison",
    "outpost",
    "depot",
    "warehouse",
    "arsenal",
    "factory",
];

/// Site nouns that name a site only with a noun before them ("training centre", "police
/// station", "army base"): alone they are mostly a part or side of something ("the centre
/// of the town", "the base of the hill").
const WITH_MODIFIER: &[&str] = &["centre", "center", "base", "station", "hall", "building"];

/// Settlements whose centre is a part of them, not a site: "the city centre".
const SETTLEMENTS: &[&str] = &["city", "town", "village", "district"];

/// Words of an attack after which a preposition of place gives its site: "an attack on",
/// "detonated his vest outside", "killing five people at".
const ATTACK_WORDS: &[&str] = &[
    "attack",
    "attacks",
    "bombing",
    "bombings",
    "bomb",
    "bombs",
    "blast",
    "blasts",
    "explosion",
    "explosions",
    "exploded",
    "detonated",
    "assault",
    "raid",
    "shooting",
    "fired",
    "gunfire",
    "killing",
    "killed",
];

/// Verbs whose object is the site attacked: "stormed a hotel", "targeted the school".
const ATTACK_VERBS: &[&str] = &[
    "attacked",
    "attacking",
    "struck",
    "striking",
    "hit",
    "hitting",
    "targeted",
    "targeting",
    "stormed",
    "storming",
    "bombed",
    "raided",
];

/// Forms of "blow" that, with "up" after them, are an attack word: "blew herself up at".
const BLOW: &[&str] = &["blew", "blow", "blown", "blowing"];

/// Prepositions that put an attack at its site.
const SITE_PREPOSITIONS: &[&str] = &[
    "at", "on", "in", "inside", "outside", "near", "into", "towards", "toward",
];

/// Articles and possessives before a site; the definite ones make it refer back when its
/// noun came earlier.
const DETERMINERS: &[&str] = &["a", "an", "the", "its", "his", "her", "their"];

/// Adjectives that describe a site without naming what it is: "a crowded market".
const DESCRIPTIVE: &[&str] = &[
    "nearby",
    "crowded",
    "busy",
    "packed",
    "popular",
    "small",
    "large",
    "big",
    "main",
    "famous",
    "revered",
    "historic",
    "old",
    "new",
    "luxurious",
    "heavily",
    "well",
];

/// Words that open a clause of their own: the attack word before them governs nothing
/// after them.
const CLAUSE_OPENERS: &[&str] = &[
    "as", "when", "while", "after", "before", "because", "since", "which", "who", "whom", "that",
    "but", "although", "though", "whereas", "until",
];

/// How many words back from the preposition a word of the attack may stand.
const REACH: usize = 10;

/// [`SITE_HEADS`] as a set, built once: every word of a text is looked up in it.
pub(super) fn site_heads() -> &'static FxHashSet<&'static str> {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| SITE_HEADS.iter().copied().collect())
}

/// The attacked sites of `text`, as places.
pub(super) fn attack_sites(text: &str, tokens: &[Token<'_>]) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut seen: FxHashSet<&str> = FxHashSet::default();
    let heads = site_heads();
    for (i, t) in tokens.iter().enumerate() {
        let head = t.folded.as_str();
        if !heads.contains(head) || capitalised(t) {
            continue;
        }
        let earlier = !seen.insert(head);
        let described_after = tokens
            .get(i + 1)
            .is_some_and(|n| DESCRIPTIVE.contains(&n.folded.as_str()));
        if noun_after(tokens, i + 1) && !described_after {
            continue; // "a school bus", not "a school nearby"
        }
        let start = modifiers_start(tokens, i);
        if WITH_MODIFIER.contains(&head)
            && (start == i || SETTLEMENTS.contains(&tokens[i - 1].folded.as_str()))
        {
            continue; // "the centre of the town", "the city centre": a part of a place
        }
        let end = owner_end(tokens, i).unwrap_or(i);
        let Some(definite) = governed(tokens, start).or_else(|| attacked(tokens, start, end))
        else {
            continue;
        };
        if definite && earlier {
            continue; // "the mosque" after "a mosque": a description that refers back
        }
        let range = tokens[start].range.start..tokens[end].range.end;
        out.push(Candidate::written(
            text,
            range,
            EntityKind::Place,
            0.75,
            "the site a word of the attack governs",
        ));
    }
    out
}

/// The first word of the site phrase ending at the noun `i`: the nouns before it and
/// adjectives of origin or faith ("police training centre", "Shiite mosque").
fn modifiers_start(tokens: &[Token<'_>], i: usize) -> usize {
    let w = words();
    let mut start = i;
    while start > 0 && i - start < 3 && tokens[start].joins_previous() {
        let p = &tokens[start - 1];
        let f = p.folded.as_str();
        let noun = !capitalised(p)
            && !w.function.contains(f)
            && !DETERMINERS.contains(&f)
            && !SITE_PREPOSITIONS.contains(&f)
            && !DESCRIPTIVE.contains(&f)
            && !ATTACK_WORDS.contains(&f)
            && !ATTACK_VERBS.contains(&f)
            && !f.ends_with("ed")
            && !f.chars().any(|c| c.is_ascii_digit());
        let origin = capitalised(p) && (is_demonym(f) || FAITHS.contains(&f));
        if !(noun || origin) {
            break;
        }
        start -= 1;
    }
    start
}

/// Whether a word of the attack governs the site phrase starting at `start`, and if so
/// whether it is definite ("the", a possessive). Descriptive adjectives and names before
/// the phrase ("a crowded", "Kano") are passed over to find the article and the word that
/// governs it.
fn governed(tokens: &[Token<'_>], start: usize) -> Option<bool> {
    let (g, definite) = article(tokens, start);
    if g == 0 || !tokens[g].joins_previous() {
        return None;
    }
    let governor = &tokens[g - 1];
    let f = governor.folded.as_str();
    if ATTACK_VERBS.contains(&f) {
        return Some(definite);
    }
    if !SITE_PREPOSITIONS.contains(&f) {
        return None;
    }
    // A word of the attack earlier in the same clause: no sentence end, comma, dash or
    // bracket between.
    let mut k = g - 1;
    for _ in 0..REACH {
        if k == 0 || !in_clause(&tokens[k]) {
            return None;
        }
        k -= 1;
        let f = tokens[k].folded.as_str();
        if CLAUSE_OPENERS.contains(&f) {
            return None; // "the attack came as the minister was at his office"
        }
        let blown_up = f == "up"
            && (k.saturating_sub(3)..k).any(|b| BLOW.contains(&tokens[b].folded.as_str()));
        if ATTACK_WORDS.contains(&f) || ATTACK_VERBS.contains(&f) || blown_up {
            return Some(definite);
        }
    }
    None
}

/// Where the site phrase starting at `start` begins with its article, descriptive
/// adjectives and names before it passed over ("a crowded", "the Kano"), and whether that
/// article is definite ("the", a possessive).
fn article(tokens: &[Token<'_>], start: usize) -> (usize, bool) {
    let mut g = start;
    let mut skipped = 0;
    while g > 0 && skipped < 3 && tokens[g].joins_previous() {
        let p = &tokens[g - 1];
        let f = p.folded.as_str();
        let describes = DESCRIPTIVE.contains(&f) || (!capitalised(p) && f.ends_with("ed"));
        if !(describes || (capitalised(p) && !words().function.contains(f))) {
            break;
        }
        g -= 1;
        skipped += 1;
    }
    let mut definite = false;
    if g > 0 && tokens[g].joins_previous() && DETERMINERS.contains(&tokens[g - 1].folded.as_str()) {
        definite = !matches!(tokens[g - 1].folded.as_str(), "a" | "an");
        g -= 1;
    }
    (g, definite)
}

/// Whether the site phrase `tokens[start..=end]` is the subject of a passive attack verb
/// ("a police station nearby was also attacked", a headline's "village school targeted"),
/// and if so whether it is definite.
fn attacked(tokens: &[Token<'_>], start: usize, end: usize) -> Option<bool> {
    let mut k = end + 1;
    while tokens.get(k).is_some_and(|t| {
        let f = t.folded.as_str();
        t.joins_previous()
            && k - end <= 4
            && (PASSIVE_AUXILIARIES.contains(&f) || DESCRIPTIVE.contains(&f) || f == "also")
    }) {
        k += 1;
    }
    tokens
        .get(k)
        .filter(|t| t.joins_previous() && ATTACK_VERBS.contains(&t.folded.as_str()))?;
    Some(article(tokens, start).1)
}

/// Auxiliaries of a passive: "was attacked", "had been targeted".
const PASSIVE_AUXILIARIES: &[&str] = &[
    "was", "were", "is", "are", "has", "have", "had", "been", "being",
];

/// Whether the word `t` continues the clause of the word before it: the same sentence, and
/// no comma, dash or bracket between (an apostrophe or hyphen is part of the words).
fn in_clause(t: &Token<'_>) -> bool {
    !t.sentence_start
        && !t
            .gap_before
            .contains([',', '—', '–', '(', ')', '"', '“', '”'])
}

/// The last word of the site's owner after "of" ("shrine of X", "house of the village
/// chief"): a name, or up to six lower-case words of one phrase; `None` when no owner follows.
fn owner_end(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let w = words();
    tokens
        .get(i + 1)
        .filter(|t| t.joins_previous() && t.folded == "of")?;
    let mut k = i + 2;
    if tokens
        .get(k)
        .is_some_and(|t| t.joins_previous() && matches!(t.folded.as_str(), "the" | "a" | "an"))
    {
        k += 1;
    }
    let first = tokens.get(k).filter(|t| t.joins_previous())?;
    let joins = |t: &Token<'_>| t.joins_previous() || glued(t);
    let mut end = None;
    if capitalised(first) {
        let mut e = k;
        while tokens
            .get(e + 1)
            .is_some_and(|n| joins(n) && (capitalised(n) || glued(n)))
        {
            e += 1;
        }
        end = Some(e);
    } else {
        let mut e = k;
        while e < k + 6
            && tokens.get(e).is_some_and(|t| {
                let f = t.folded.as_str();
                (e == k || joins(t))
                    && !capitalised(t)
                    && !w.function.contains(f)
                    && !w.auxiliaries.contains(f)
                    && !SITE_PREPOSITIONS.contains(&f)
                    && !f.ends_with("ed")
                    && !f.chars().any(|c| c.is_ascii_digit())
            })
        {
            end = Some(e);
            e += 1;
        }
    }
    end
}
