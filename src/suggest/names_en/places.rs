//! Places read from the words around a capitalised name, and places inside longer names.
//!
//! - A name with a place word after it is one place: "Kano state", "Ondo and Ekiti
//!   provinces"… ("X and Y province" takes both names), "Zaria district office", "Lagos-Ibadan
//!   road", and an adjective of origin with a region word ("Basque region"); a part of a
//!   city, with the direction before it ("a northern Lyon suburb"). An adjective of origin
//!   with place words before "of" and a name ("the Basque port town of X") only describes
//!   the name after it. A building,
//!   road, camp or office named after a place also has that name marked as its own place
//!   ("Zaria" in "Zaria district office"); a province or a hotel is the same place as its name.
//! - A place name that acts (the subject of a reporting or agent verb, "Paris said", "Rome
//!   still insists"), that owns a policy ("Madrid’s nuclear programme") or that backs
//!   someone ("loyal to Cairo", "beneficial to Rome", "led by Paris, Rome and Athens": the
//!   cue before a list holds for each name in it) stands for its government ([`acts`]), unless it gives a
//!   name ("an area of Rome called Trastevere"): the name given to an area, village or
//!   other place noun before the verb is a place ([`named_place`]).
//! - A name that a place noun and "of" introduce ("the town of X", "the outskirts of Y"), or
//!   that the words after it locate ("X on the outskirts of", "Y north of the capital", "Z,
//!   where"), is a place ([`located`]). A faith's adjective before an area word ("an Islamic
//!   state") names no place.
//! - The area between a title and its holder's name ("Inspector General Kandar Division Ada
//!   Zeno") is a place: [`jurisdiction`].
//! - A direction before a place of the gazetteer names a part of it ("Northern Ruritania"),
//!   with the place nested: [`directed_place`].
//! - A place of the gazetteer that is one word of an organisation's name is marked inside it
//!   ("Ruritania Defence Forces"): [`places_in_organisation`].
//! - [`best_with_nested_places`] keeps, beside the chosen proposals, every place proposal
//!   inside one of them ("Mali" in "EU Training Mission in Mali"), as mentions nest.

use super::{capitalised, glued, is_demonym, no_party_words, words};
use crate::briefing::EntityKind;
use crate::suggest::candidate::{Candidate, Taken, best_without_overlaps};
use crate::suggest::gazetteer::Gazetteer;
use crate::suggest::tokens::Token;

/// A run of capitalised words, `tokens[first..=end]` of `text`, and the gazetteer that
/// knows places.
#[derive(Clone, Copy)]
pub(super) struct Run<'t, 'a> {
    pub(super) text: &'t str,
    pub(super) tokens: &'t [Token<'a>],
    pub(super) first: usize,
    pub(super) end: usize,
    pub(super) gazetteer: &'t Gazetteer,
}

/// Place words that name the same place as the name before them.
const SAME_PLACE: &[&str] = &[
    "province",
    "provinces",
    "state",
    "region",
    "district",
    "county",
    "governorate",
    "city",
    "town",
    "village",
];

/// Places named after the place they are in or lead to, whose name is its own place.
const NAMED_AFTER: &[&str] = &[
    "road",
    "camp",
    "office",
    "offices",
    "headquarters",
    "border",
    "highway",
    "checkpoint",
    "station",
    "compound",
    "bridge",
];

/// Parts of a city named after it, a place of their own with the city nested: "Lyon
/// suburb", "the Lyon neighbourhood".
const PART_OF: &[&str] = &["suburb", "suburbs", "neighbourhood", "neighborhood"];

/// Directions that say which part of a place: "a southern Lyon suburb".
const DIRECTIONS: &[&str] = &[
    "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
];

/// Verbs that give a name: "an area called X", "a village named Y".
const NAMING: &[&str] = &["called", "named"];

/// Nouns of an area that a name can be given to ("a neighbourhood called X"), beside
/// the place words.
const AREAS: &[&str] = &[
    "area",
    "neighbourhood",
    "neighborhood",
    "suburb",
    "quarter",
    "locality",
];

/// Whether `tokens[first..=end]` is an area's name: more than a word, the last a
/// capitalised area word ("Kandar Local Government Area", "Zeno Residential Quarter").
pub(super) fn area_name(tokens: &[Token<'_>], first: usize, end: usize) -> bool {
    first < end && capitalised(&tokens[end]) && AREAS.contains(&tokens[end].folded.as_str())
}

/// Whether the run from `first` is the name given to a place: "an area of the city called
/// X", "a village named Y" (a place noun shortly before the naming verb).
pub(super) fn named_place(tokens: &[Token<'_>], first: usize) -> bool {
    let w = words();
    if first < 2
        || !tokens[first].joins_previous()
        || !tokens[first - 1].joins_previous()
        || !NAMING.contains(&tokens[first - 1].folded.as_str())
    {
        return false;
    }
    let verb = first - 1;
    (verb.saturating_sub(6)..verb)
        .rev()
        .take_while(|&k| tokens[k + 1].joins_previous())
        .any(|k| {
            let f = tokens[k].folded.as_str();
            !capitalised(&tokens[k])
                && (AREAS.contains(&f) || SAME_PLACE.contains(&f) || w.place.contains(f))
        })
}

/// Place nouns whose "of" introduces a place's name: "the town of X".
const PLACE_OF: &[&str] = &[
    "town",
    "city",
    "village",
    "district",
    "province",
    "region",
    "county",
    "governorate",
    "area",
    "outskirts",
    "centre",
    "center",
    "suburb",
    "suburbs",
    "neighbourhood",
    "neighborhood",
];

/// Directions of one place from another: "X north of the capital".
const BEARINGS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
];

/// Whether the run `tokens[first..=end]` is a place by the words around it: a place noun and
/// "of" before it ("the town of X", "the outskirts of Y"), or words after it that locate it
/// ("X on the outskirts of", "Y north of", "Z, where"), unless an agent's preposition comes
/// before it ("raids by X north of").
pub(super) fn located(tokens: &[Token<'_>], first: usize, end: usize) -> bool {
    let joined = |k: usize| tokens.get(k).filter(|t| t.joins_previous());
    let folded = |k: usize| joined(k).map(|t| t.folded.as_str());
    let introduced = first >= 2
        && tokens[first].joins_previous()
        && tokens[first - 1].joins_previous()
        && tokens[first - 1].folded == "of"
        && !capitalised(&tokens[first - 2])
        && PLACE_OF.contains(&tokens[first - 2].folded.as_str());
    // "attacks by X north of the city": X acts there, the words after locate the deed.
    let agent = first > 0
        && tokens[first].joins_previous()
        && matches!(tokens[first - 1].folded.as_str(), "by" | "against" | "with");
    let outskirts = matches!(folded(end + 1), Some("on" | "in"))
        && folded(end + 2) == Some("the")
        && folded(end + 3) == Some("outskirts");
    let bearing =
        folded(end + 1).is_some_and(|f| BEARINGS.contains(&f)) && folded(end + 2) == Some("of");
    // "X, where …": a relative clause of place.
    let where_clause = tokens
        .get(end + 1)
        .is_some_and(|t| t.folded == "where" && !t.sentence_start && t.gap_before.trim() == ",");
    introduced || (!agent && (outskirts || bearing || where_clause))
}

/// The last word of the place a title's holder serves, named between the title and the
/// holder's name ("Inspector General Kandar Division Ada Zeno": "Kandar Division"), when
/// the run `tokens[name_start..=end]` after the title has a word of an administrative area
/// (a province, district, division or zone) before the last word.
pub(super) fn jurisdiction(tokens: &[Token<'_>], name_start: usize, end: usize) -> Option<usize> {
    (name_start + 1..end).find(|&k| {
        let f = tokens[k].folded.as_str();
        capitalised(&tokens[k]) && (SAME_PLACE.contains(&f) || matches!(f, "division" | "zone"))
    })
}

/// The place that the run `tokens[first..=end]` and the lower-case place words after it
/// name, with the names inside it when it is named after them (a road, camp or office).
pub(super) fn place_phrase(run: &Run<'_, '_>) -> Option<Vec<Candidate>> {
    let Run {
        text,
        tokens,
        first,
        end,
        ..
    } = *run;
    let w = words();
    let is_place_word = |t: &Token<'_>| {
        let f = t.folded.as_str();
        t.joins_previous()
            && !capitalised(t)
            && (w.place.contains(f)
                || w.buildings.contains(f)
                || SAME_PLACE.contains(&f)
                || PART_OF.contains(&f))
    };
    let mut last = end;
    loop {
        if tokens.get(last + 1).is_some_and(is_place_word) {
            last += 1;
        } else if tokens.get(last + 1).is_some_and(|t| {
            t.joins_previous() && super::extent::AREA_ADJECTIVES.contains(&t.folded.as_str())
        }) && tokens.get(last + 2).is_some_and(is_place_word)
        {
            last += 2; // "the Kandar tribal region"
        } else {
            break;
        }
    }
    if last == end || w.titles.contains(tokens[end].folded.as_str()) {
        return None;
    }
    // "X and Y province": the name before "and" too.
    let mut start = first;
    if first >= 2
        && tokens[first].joins_previous()
        && tokens[first - 1].folded == "and"
        && tokens[first - 1].joins_previous()
        && capitalised(&tokens[first - 2])
        && !tokens[first - 1].sentence_start
    {
        start = first - 2;
    }
    // A part of a city with the direction it lies in: "a northern Lyon suburb".
    let part_of = PART_OF.contains(&tokens[last].folded.as_str());
    let names_start = start;
    if part_of
        && start > 0
        && tokens[start].joins_previous()
        && DIRECTIONS.contains(&tokens[start - 1].folded.as_str())
    {
        start -= 1;
    }
    let single = names_start == end;
    if single
        && is_demonym(&tokens[end].folded)
        && !SAME_PLACE.contains(&tokens[last].folded.as_str())
    {
        return None; // "Malian camp", "French embassy": an adjective, not a name
    }
    // One word, glued parts and all ("Shi’ite").
    let one_word = (names_start + 1..=end).all(|k| glued(&tokens[k]));
    let word = &text[tokens[names_start].range.start..tokens[end].range.end];
    if one_word && no_party_words(word) && SAME_PLACE.contains(&tokens[last].folded.as_str()) {
        // "an Islamic state", "a Christian village": a faith's adjective, no name (a
        // building stays the place it is: "a Catholic church").
        return None;
    }
    // "the Ruritanian port city of X": a description of the name after "of", which is the
    // place.
    let of_name = tokens
        .get(last + 1)
        .is_some_and(|t| t.joins_previous() && t.folded == "of")
        && tokens
            .get(last + 2)
            .is_some_and(|t| t.joins_previous() && capitalised(t));
    if single && is_demonym(&tokens[end].folded) && of_name {
        return None;
    }
    let range = tokens[start].range.start..tokens[last].range.end;
    let mut out = vec![Candidate::written(
        text,
        range,
        EntityKind::Place,
        0.8,
        "a name with a place word after it",
    )];
    if NAMED_AFTER.contains(&tokens[last].folded.as_str()) || part_of {
        out.extend(inner_names(run, names_start));
    }
    Some(out)
}

/// The names inside the run from `first` (the run's own first or an earlier name), split at hyphens and acronyms
/// ("Lagos-Ibadan" is Lagos and Ibadan; "Bakassi IDP" is Bakassi).
fn inner_names(run: &Run<'_, '_>, first: usize) -> Vec<Candidate> {
    let Run {
        text,
        tokens,
        end,
        gazetteer,
        ..
    } = *run;
    let acronym = |t: &Token<'_>| t.text.len() >= 2 && t.text.chars().all(char::is_uppercase);
    let mut out = Vec::new();
    let mut k = first;
    while k <= end {
        if acronym(&tokens[k]) {
            k += 1;
            continue;
        }
        let mut e = k;
        while e < end
            && !acronym(&tokens[e + 1])
            && !(glued(&tokens[e + 1]) && capitalised(&tokens[e + 1]))
        {
            e += 1;
        }
        let range = tokens[k].range.start..tokens[e].range.end;
        let name = &text[range.clone()];
        out.push(Candidate {
            name: name.to_string(),
            place_key: gazetteer
                .lookup(&crate::search::fold_query(name))
                .map(|h| h.key.to_string()),
            range,
            kind: EntityKind::Place,
            confidence: 0.6,
            why: "a name inside a place's name".into(),
            generic: false,
        });
        k = e + 1;
    }
    out
}

/// A place of the gazetteer at the end of a longer name, after "in" or "of": "Mali" in
/// "EU Mission in Mali", kept inside it by [`best_with_nested_places`].
pub(super) fn tail_place(run: &Run<'_, '_>) -> Vec<Candidate> {
    let Run {
        text,
        tokens,
        first,
        end,
        gazetteer,
    } = *run;
    let Some(joiner) = (first + 1..end)
        .rev()
        .find(|&k| matches!(tokens[k].folded.as_str(), "in" | "of"))
    else {
        return Vec::new();
    };
    let range = tokens[joiner + 1].range.start..tokens[end].range.end;
    nested_gazetteer_place(text, range, gazetteer)
        .into_iter()
        .collect()
}

/// The place of the gazetteer that `text[range]` names inside a longer name, unless it is a
/// common word or an organisation among the regions ("EU").
fn nested_gazetteer_place(
    text: &str,
    range: std::ops::Range<usize>,
    gazetteer: &Gazetteer,
) -> Option<Candidate> {
    let name = &text[range.clone()];
    let hit = gazetteer
        .lookup(&crate::search::fold_query(name))
        .filter(|hit| !hit.common && !Gazetteer::is_organisation(hit.key))?;
    Some(Candidate {
        name: name.to_string(),
        place_key: Some(hit.key.to_string()),
        range,
        kind: EntityKind::Place,
        confidence: 0.9,
        why: "a place in the gazetteer, inside a longer name".into(),
        generic: false,
    })
}

/// A place's part named by its direction, capitalised ("Northern Ruritania", "East
/// Kordofan" when only "Kordofan" is in the gazetteer): a place, with the place nested.
pub(super) fn directed_place(run: &Run<'_, '_>) -> Option<Vec<Candidate>> {
    let (text, tokens, first, end) = (run.text, run.tokens, run.first, run.end);
    if first == end || !DIRECTIONS.contains(&tokens[first].folded.as_str()) {
        return None;
    }
    let inner = tokens[first + 1].range.start..tokens[end].range.end;
    let place = nested_gazetteer_place(text, inner, run.gazetteer)?;
    let whole = tokens[first].range.start..place.range.end;
    Some(vec![
        Candidate {
            name: text[whole.clone()].to_string(),
            range: whole,
            kind: EntityKind::Place,
            place_key: None,
            confidence: 0.85,
            why: "a part of a place, named by its direction".into(),
            generic: false,
        },
        place,
    ])
}

/// The places of the gazetteer that are single words of an organisation's name, before its
/// last word ("Ruritania" in "Ruritania Defence Forces", "US" and "Africa" in "US Africa
/// Command"): mentions nest. Not an organisation among the regions ("EU"), nor a common
/// word.
pub(super) fn places_in_organisation(run: &Run<'_, '_>) -> Vec<Candidate> {
    let (text, tokens, gazetteer) = (run.text, run.tokens, run.gazetteer);
    (run.first..run.end)
        .filter_map(|k| {
            let t = &tokens[k];
            let acronym = t.text.len() >= 2 && t.text.chars().all(char::is_uppercase);
            let key = if acronym {
                gazetteer.region_code(t.text)
            } else {
                gazetteer
                    .lookup(&t.folded)
                    .filter(|hit| !hit.common)
                    .map(|hit| hit.key)
            }
            .filter(|key| !Gazetteer::is_organisation(key))?;
            Some(Candidate {
                name: text[t.range.clone()].to_string(),
                range: t.range.clone(),
                kind: EntityKind::Place,
                place_key: Some(key.to_string()),
                confidence: 0.8,
                why: "a place in the gazetteer, inside an organisation's name".into(),
                generic: false,
            })
        })
        .collect()
}

/// Whether the place name `tokens[first..=end]` stands for its government: it speaks or
/// acts ("Paris said", "Rome still insists"), owns a policy ("Madrid’s nuclear programme"),
/// or is the one someone is loyal to or backed by ("loyal to Cairo").
pub(super) fn acts(tokens: &[Token<'_>], first: usize, end: usize) -> bool {
    let w = words();
    let next = |k: usize| tokens.get(k).filter(|t| t.joins_previous() || glued(t));
    let mut k = end + 1;
    while next(k).is_some_and(|t| w.adverbs.contains(t.folded.as_str())) {
        k += 1;
    }
    let after_preposition = super::edges::after_preposition(tokens, first);
    // "X called Y" gives a name, it does not call on anyone.
    let naming = next(k).is_some_and(|t| NAMING.contains(&t.folded.as_str()))
        && next(k + 1).is_some_and(capitalised);
    let verb = !after_preposition
        && !naming
        && next(k).is_some_and(|t| {
            let f = t.folded.as_str();
            w.speaking.contains(f) || w.agent_verbs.contains(f)
        });
    let policy = next(end + 1).is_some_and(|t| t.folded == "s" && glued(t))
        && next(end + 2).is_some_and(|t| w.policy.contains(t.folded.as_str()));
    // The cue stands before the first name of a list this one ends: "backed by Rome,
    // Athens and Paris".
    let head = list_head(tokens, first);
    let backed = head >= 2
        && tokens[head].joins_previous()
        && matches!(tokens[head - 1].folded.as_str(), "to" | "by" | "with")
        && tokens[head - 1].joins_previous()
        && w.agent_before.contains(tokens[head - 2].folded.as_str());
    verb || policy || backed
}

/// The first word of the first name of a list of capitalised names, joined by commas and
/// "and", that the name at `tokens[first]` is part of ("Rome" for "Paris" in "Rome, Athens
/// and Paris"); `first` itself when it opens no list. One sentence, a few names at most.
fn list_head(tokens: &[Token<'_>], first: usize) -> usize {
    let mut head = first;
    for _ in 0..6 {
        let t = &tokens[head];
        // The word before the link: after ", " or " and " or ", and ".
        let before = match (t.gap_before.trim(), head.checked_sub(1)) {
            (",", Some(k)) if !t.sentence_start => k,
            ("", Some(k)) if tokens[k].folded == "and" && t.joins_previous() && k > 0 => {
                let g = tokens[k].gap_before.trim();
                if tokens[k].sentence_start || !(g.is_empty() || g == ",") {
                    break;
                }
                k - 1
            }
            _ => break,
        };
        if !capitalised(&tokens[before]) {
            break;
        }
        // Back to the start of that name.
        let mut start = before;
        while start > 0 && tokens[start].joins_previous() && capitalised(&tokens[start - 1]) {
            start -= 1;
        }
        head = start;
    }
    head
}

/// The proposals that do not overlap one another (`best_without_overlaps`), and every
/// place proposal (or owner, [`owner`]: of a possessive or an office) inside a longer one that crosses
/// none of them ("Mali" in "EU Training Mission in Mali", "Chad" in "Chad’s security
/// forces"): a place inside a longer proposal does not compete with it, it nests, and
/// stays when that proposal loses to another it does not cross.
pub(super) fn best_with_nested_places(all: Vec<Candidate>) -> Vec<Candidate> {
    // Sorted by start, longer first: a range is inside an earlier one's reach.
    let mut order: Vec<usize> = (0..all.len()).collect();
    order.sort_by_key(|&i| (all[i].range.start, std::cmp::Reverse(all[i].range.end)));
    let mut inside = vec![false; all.len()];
    // The furthest reaching proposal so far.
    let mut reach: Option<usize> = None;
    for &i in &order {
        let r = &all[i].range;
        if let Some(h) = reach {
            let (s, e) = (all[h].range.start, all[h].range.end);
            inside[i] = (all[i].kind == EntityKind::Place || owner(&all[i], &all[h]))
                && r.end <= e
                && (s, e) != (r.start, r.end);
        }
        if reach.is_none_or(|h| r.end > all[h].range.end) {
            reach = Some(i);
        }
    }
    let (nested, competing): (Vec<_>, Vec<_>) =
        all.into_iter().zip(inside).partition(|(_, inside)| *inside);
    let chosen = best_without_overlaps(competing.into_iter().map(|(c, _)| c).collect());
    let mut taken = Taken::default();
    for c in &chosen {
        taken.add(&c.range);
    }
    // A nested place whose holder lost to another proposal stands on its own where it
    // crosses none of the chosen ("Sehwan" in a name run "X in Sehwan" that lost to "the
    // shrine of X"): `take` refuses crossings.
    let mut nested: Vec<Candidate> = nested.into_iter().map(|(c, _)| c).collect();
    nested.sort_by(|a, b| b.confidence.total_cmp(&a.confidence));
    let mut out = chosen;
    out.extend(nested.into_iter().filter(|c| taken.take(&c.range, true)));
    out
}

/// Whether `c` is the owner named at the start of `holder`'s possessive ("Juan Ortega" in
/// "Juan Ortega’s forces") or the organisation at the end of an office ("Acme rescue
/// service" in "spokesman for the Acme rescue service"): a name of its own, nested like a
/// place.
fn owner(c: &Candidate, holder: &Candidate) -> bool {
    let possessor = c.range.start == holder.range.start
        && holder
            .name
            .strip_prefix(c.name.as_str())
            .is_some_and(|rest| rest.starts_with("’s ") || rest.starts_with("'s "));
    let served = holder.why == super::offices::OFFICE && c.range.end == holder.range.end;
    possessor || served
}
