//! New actors and places in English text, by rules: capitalised name sequences with their
//! joining words ("al-Qaeda in the Islamic Maghreb", "Le Campement Kangaba"), names after a
//! title or role ("spokesman Baba Cisse", "Security Minister Salif Traoré"), and generic
//! actor phrases (a head noun such as forces, gunmen, officials, with its modifiers:
//! "Malian government forces", "suspected jihadis"). The kind comes from cues: the CLDR
//! gazetteer, organisation and place words at the end of a name, titles before it, place
//! prepositions before it, reporting verbs after it. Module `generic` reads the generic
//! actor phrases; `places` reads places from the words around a name; `sites` proposes the
//! site an attack hit ("an attack on a village school"); `offices` the holder of an office named without a name ("a spokesman for the
//! Acme rescue service"); `extent` says where a run of capitalised words ends past a saint's
//! possessive ("St Anne's Church"), a bracketed other name ("Nur (Light) Mosque") or "in"
//! after a building ("X Hospital in Y": two places). Not proposed: a medium something is
//! written on ("wrote on X"), a people taken as a whole ("all Ruritanians", "ethnic
//! Ruritanians"), a byline closing the text ("-Agencies"), a title alone ("as President",
//! "the DIG"), background nouns alone ("guards", "tourists"), a function word opening a
//! quotation ("said, “This"), nor a medium named by its account or page ("a Zapster
//! account"); module `no_party` holds the words that name no party: a faith, its people, a
//! language, a feast and its day ("Palm Sunday"), a rite, a deity or a doctrine alone
//! ("Sunnis", "Arabic", "Ramadan", "Mass", "-ism"), an era or time by a number ("AD 70"). A name spelt
//! out before its acronym goes on past "and" when its initials spell it ("X of Y and the Z
//! (XYZ)"); the author of an act ("carried out by the X Province") is an actor even with a
//! place word in its name; a site named by who runs it ("a state-run school") is the site,
//! not its owner; a word the gazetteer knows that ends a person's full name in the text
//! ("Olek Paris … Paris said") is that person; the area between a title and its holder's
//! name is a place ("Inspector General Kandar Division Ada Zeno"). Module `speaker` says
//! whether a reporting verb makes the name before it its speaker (not across a closing quote,
//! nor after "from X,"); `edges` sheds words at a run's edges that are no part of its name
//! (joiners after a shed function word, a glued "-based", a faith's adjective before a known
//! place, a title and its "of" before a named place or body); `roles` proposes a role noun
//! that speaks ("a doctor at the clinic said", "said a resident") as a generic actor.
//!
//! The word lists (module `words`) are English vocabulary (function words, titles, head
//! nouns), never names of any briefing's entities: names come only from the text and the
//! gazetteer.

mod edges;
mod extent;
mod generic;
mod no_party;
mod offices;
mod places;
mod roles;
mod sites;
mod speaker;
mod words;

use rustc_hash::FxHashSet;

use super::candidate::Candidate;
use super::gazetteer::Gazetteer;
use super::tokens::{Token, is_abbreviation};
use crate::briefing::EntityKind;
use no_party::no_party_words;
use words::words;

fn capitalised(t: &Token<'_>) -> bool {
    t.text.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a word opens a sentence, or a clause after a dash or a colon ("KANDAR (AP) — A
/// suicide bomber …", "He said: The …"), or a quotation after a comma ("he said, “This
/// …").
fn opens_clause(t: &Token<'_>) -> bool {
    t.sentence_start
        || t.gap_before.contains(['—', '–', ':'])
        || (t.gap_before.contains(',') && t.opens_quote())
}

/// A dateline: the place a story was filed from, in capitals, opening a paragraph before a
/// comma and a capitalised word (its country: "KANDAR, Westland (AP) —") or before a dash
/// ("KANDAR —"). A place, known to the gazetteer or not.
fn dateline(
    text: &str,
    tokens: &[Token<'_>],
    first: usize,
    end: usize,
    gazetteer: &Gazetteer,
) -> Option<Candidate> {
    let paragraph_start = first == 0 || tokens[first].gap_before.contains('\n');
    let range = tokens[first].range.start..tokens[end].range.end;
    let name = &text[range.clone()];
    let capitals = name.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !name.chars().any(char::is_lowercase);
    let next = tokens.get(end + 1)?;
    let filed = (next.gap_before.contains(',') && capitalised(next))
        || next.gap_before.contains(['—', '–']);
    if !(paragraph_start && capitals && filed) {
        return None;
    }
    let key = gazetteer
        .lookup(&crate::search::fold_query(name))
        .map(|hit| hit.key.to_string());
    Some(Candidate {
        name: name.to_string(),
        range,
        kind: EntityKind::Place,
        place_key: key,
        confidence: 0.8,
        why: "a dateline".into(),
        generic: false,
    })
}

/// A word glued to the one before it by a hyphen or apostrophe (al-Qaeda, Jama’at).
fn glued(t: &Token<'_>) -> bool {
    matches!(t.gap_before, "-" | "’" | "'")
}

/// Every new actor and place the English rules find in `text`, best first, none
/// overlapping another (the surer, then the longer, wins) but places inside longer names.
pub fn find(text: &str, tokens: &[Token<'_>], gazetteer: &Gazetteer) -> Vec<Candidate> {
    let mut out = generic::generic_phrases(text, tokens);
    out.extend(roles::speaking_roles(text, tokens));
    out.extend(generic::armed_people(text, tokens));
    out.extend(name_sequences(text, tokens, gazetteer));
    out.extend(sites::attack_sites(text, tokens));
    let holders = offices::office_holders(text, tokens, &out);
    out.extend(holders);
    one_kind_per_name(&mut out);
    surnames(&mut out, gazetteer);
    places::best_with_nested_places(out)
}

/// Cues that propose a person's full name: no cue, a title before it, a reporting verb.
const PERSON_CUES: &[&str] = &[
    NO_CUE,
    "a name after a title",
    "a name before a reporting verb",
];

/// A place word that is the last word of a person's full name in the same text ("Ada
/// Kandar … Kandar said") is that person, not the place the gazetteer knows by that word.
/// A full name is two or three capitalised words, the first of them a given name: no word
/// of the vocabulary, nor a place ("Radio Kandar" is no person).
fn surnames(candidates: &mut [Candidate], gazetteer: &Gazetteer) {
    let w = words();
    let vocabulary = |f: &str| {
        [
            &w.org,
            &w.place,
            &w.buildings,
            &w.titles,
            &w.heads,
            &w.modifiers,
            &w.function,
        ]
        .iter()
        .any(|set| set.contains(f))
    };
    let last_names: FxHashSet<String> = candidates
        .iter()
        .filter(|c| {
            c.kind == EntityKind::Actor && !c.generic && PERSON_CUES.contains(&c.why.as_ref())
        })
        .filter_map(|c| {
            let parts: Vec<&str> = c.name.split(' ').collect();
            let given = crate::search::fold_query(parts.first()?);
            let person = (2..=3).contains(&parts.len())
                && parts
                    .iter()
                    .all(|p| p.chars().next().is_some_and(char::is_uppercase))
                && !vocabulary(&given)
                && gazetteer.lookup(&given).is_none();
            person.then(|| parts[parts.len() - 1].to_string())
        })
        .collect();
    for c in candidates
        .iter_mut()
        .filter(|c| c.kind == EntityKind::Place && last_names.contains(&c.name))
    {
        c.kind = EntityKind::Actor;
        c.place_key = None;
        c.why = "a person's last name, the full name given in the text".into();
    }
}

/// Why a head noun with its modifiers is proposed ("Malian government forces", "gunmen"),
/// named or generic.
const GENERIC_PHRASE: &str = "a generic actor phrase";

/// Whether a candidate is a head noun whose only name is an adjective of origin ("Egyptian
/// soldiers"), or none: a category of people, which inside a figure of victims names the
/// victims. Not a phrase with a possessive or another name ("Iraq’s security forces").
pub fn names_a_category(c: &Candidate) -> bool {
    c.generic
        || (c.why == GENERIC_PHRASE
            && c.name
                .split_whitespace()
                .all(|w| !w.starts_with(char::is_uppercase) || is_demonym(&w.to_lowercase()))
            && !c.name.contains(['’', '\'']))
}

/// Why a name with no cue is proposed: it takes the kind a cue gives it elsewhere.
const NO_CUE: &str = "a capitalised name";

/// A name proposed with no cue ("Zarkoville is 30 km away") takes the kind that a cue
/// gave the same name elsewhere in the text ("fighting spread to Zarkoville"): one name,
/// one sense, in one article.
fn one_kind_per_name(candidates: &mut [Candidate]) {
    let cued: rustc_hash::FxHashMap<String, EntityKind> = candidates
        .iter()
        .filter(|c| c.why != NO_CUE && !c.generic)
        .map(|c| (c.name.clone(), c.kind))
        .collect();
    for c in candidates.iter_mut().filter(|c| c.why == NO_CUE) {
        if let Some(&kind) = cued.get(&c.name) {
            c.kind = kind;
            c.why = "a capitalised name, of the kind a cue gives it elsewhere".into();
        }
    }
}

/// Capitalised names, their kind from cues.
fn name_sequences(text: &str, tokens: &[Token<'_>], gazetteer: &Gazetteer) -> Vec<Candidate> {
    let w = words();
    // Capitalised words seen inside sentences: a sentence's first word is a name if it is
    // also written so elsewhere.
    let inner: FxHashSet<&str> = tokens
        .iter()
        .filter(|t| !t.sentence_start && capitalised(t))
        .map(|t| t.text)
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let starts_name = capitalised(t)
            || (w.joiners.contains(t.folded.as_str())
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| glued(n) && capitalised(n)));
        if !starts_name || w.calendar.contains(t.folded.as_str()) {
            i += 1;
            continue;
        }
        // Extend over capitalised words, glued parts and joiners followed by a capital.
        let mut end = i;
        let mut spelt_out = false;
        let mut j = i + 1;
        while j < tokens.len() && !tokens[j].sentence_start {
            let n = &tokens[j];
            if n.folded == "s" && glued(n) {
                // A possessive (Iraq’s) ends the name, but for a saint's building.
                match extent::saint_possessive(tokens, i, j) {
                    Some(extent::Past::Continue(k)) => {
                        end = j;
                        j = k;
                        continue;
                    }
                    Some(extent::Past::End) => end = j,
                    None => {}
                }
                break;
            }
            let titled = n.gap_before.trim() == "." && is_abbreviation(tokens[j - 1].text);
            if !glued(n) && !titled && !n.gap_before.trim().is_empty() {
                // Punctuation between ("Bamako, Mali", "MOSUL, Iraq — Fighting") ends the
                // name, but for another name of a place in brackets.
                if let Some(k) = extent::bracketed_alias(text, tokens, j) {
                    end = k;
                    j = k + 1;
                    continue;
                }
                break;
            }
            if edges::based(tokens, j) {
                break; // "Kandar-based": the place, before its glued "-based"
            }
            if glued(n) || (capitalised(n) && !w.calendar.contains(n.folded.as_str())) {
                end = j;
                j += 1;
                continue;
            }
            if extent::place_then_in(tokens, end, j) {
                break;
            }
            // Joiners, then a capital (or a glued al-).
            let mut k = j;
            while k < tokens.len()
                && w.joiners.contains(tokens[k].folded.as_str())
                && !tokens[k].sentence_start
                && k - j < 3
            {
                k += 1;
            }
            if k > j
                && k < tokens.len()
                && !tokens[k].sentence_start
                && (capitalised(&tokens[k]) || glued(&tokens[k]))
            {
                j = k;
                continue;
            }
            if let Some(k) = spelt_out_acronym(text, tokens, i, j) {
                end = k;
                spelt_out = true;
            }
            break;
        }
        let mut first = i;
        // A sentence's function word is not part of the name: "The Islamic State", nor is
        // one opening the text after a dateline's dash ("(AP) — A bomb …").
        while first <= end
            && opens_clause(&tokens[first])
            && w.function.contains(tokens[first].folded.as_str())
        {
            first += 1;
        }
        if first > i {
            first = edges::shed_joiners(tokens, first, end);
        }
        if first > end {
            i = end + 1;
            continue;
        }
        if first == i
            && opens_clause(&tokens[first])
            && first == end
            && !inner.contains(tokens[first].text)
        {
            // One capitalised word opening a sentence: a name only if the gazetteer knows it
            // or it is an acronym.
            let acronym = tokens[first].text.len() >= 2
                && tokens[first].text.chars().all(|c| c.is_uppercase());
            let place = gazetteer.lookup(&tokens[first].folded);
            if !acronym && place.is_none_or(|p| p.common) {
                i = end + 1;
                continue;
            }
        }
        if spelt_out {
            // An organisation's name spelt out before its acronym, which is proposed on
            // its own; the places in the name are part of it ("… of Kandar and the Coast").
            let range = tokens[first].range.start..tokens[end].range.end;
            out.push(Candidate::written(
                text,
                range,
                EntityKind::Actor,
                0.85,
                "a name spelt out before its acronym",
            ));
        } else if let Some(c) = classify(text, tokens, first, end, gazetteer) {
            out.extend(c);
        }
        i = end + 1;
    }
    out
}

/// The candidates for the capitalised run `tokens[first..=end]`.
fn classify(
    text: &str,
    tokens: &[Token<'_>],
    first: usize,
    end: usize,
    gazetteer: &Gazetteer,
) -> Option<Vec<Candidate>> {
    let w = words();
    // A faith adjective opening the run is not part of the name: "Sunni Jund Kawar"; nor
    // is an adjective of an office's holder: "Acting Interior Ministry spokesman".
    let first = if first < end
        && (FAITHS.contains(&tokens[first].folded.as_str())
            || HOLDER_ADJECTIVES.contains(&tokens[first].folded.as_str()))
    {
        first + 1
    } else {
        first
    };
    let first = edges::past_faiths(tokens, first, end, gazetteer);
    // A title opening the run before "of" and a named place, building or body ("Chairman
    // of the Kandar District Council"): the office is no name, what it serves is one.
    let last = tokens[end].folded.as_str();
    let named_thing = [&w.buildings, &w.org, &w.place]
        .iter()
        .any(|set| set.contains(last))
        || places::area_name(tokens, first, end);
    if let Some(rest) = edges::office_of(tokens, first, end).filter(|_| named_thing) {
        return classify(text, tokens, rest, end, gazetteer);
    }
    let span = |a: usize, b: usize| tokens[a].range.start..tokens[b].range.end;
    let run = places::Run {
        text,
        tokens,
        first,
        end,
        gazetteer,
    };
    if author(tokens, first) {
        // The group, and the place its name holds before a place word ("the Kandar
        // Province": Kandar).
        let mut out = vec![(first, end, EntityKind::Actor)];
        if first < end && w.place.contains(tokens[end].folded.as_str()) {
            out.push((first, end - 1, EntityKind::Place));
        }
        return Some(
            out.into_iter()
                .map(|(a, b, kind)| {
                    let range = span(a, b);
                    Candidate::written(
                        text,
                        range,
                        kind,
                        0.8,
                        "a name that carried out or claimed an act, or named itself",
                    )
                })
                .collect(),
        );
    }
    if let Some(c) = places::place_phrase(&run) {
        return Some(c);
    }
    if let Some(c) = places::directed_place(&run) {
        return Some(c);
    }
    if let Some(c) = with_bracketed_acronym(text, tokens, first, end) {
        return Some(vec![c]);
    }
    // A title inside the run: the person's name is what follows the last title word; not
    // a title word before a building's or organisation's word ("Kandar General Hospital").
    if let Some(last_title) = (first..end)
        .rev()
        .find(|&k| w.titles.contains(tokens[k].folded.as_str()))
        .filter(|_| !named_thing)
    {
        let name_start = last_title + 1;
        if w.joiners.contains(tokens[name_start].folded.as_str()) {
            return None; // an office's title alone: "Minister of Works", "Commissioner for …"
        }
        // The place the holder serves between the title and the name: "Inspector
        // General Kandar Division Ada Zeno".
        let area = places::jurisdiction(tokens, name_start, end);
        let mut out = Vec::new();
        if let Some(k) = area {
            let range = span(name_start, k);
            out.push(Candidate::written(
                text,
                range,
                EntityKind::Place,
                0.8,
                "the area a title's holder serves, before the name",
            ));
        }
        let range = span(area.map_or(name_start, |k| k + 1), end);
        out.push(Candidate::written(
            text,
            range,
            EntityKind::Actor,
            0.85,
            "a name after a title",
        ));
        return Some(out);
    }
    let mut range = span(first, end);
    // Initials keep their last full stop: "U.S.", not "U.S".
    if (first..=end).all(|k| tokens[k].text.len() == 1 && capitalised(&tokens[k]))
        && text[range.end..].starts_with('.')
    {
        range.end += 1;
    }
    let name = &text[range.clone()];
    let single = first == end;
    // A medium named by the page or account on it: "a Zapster account", "its Zapster page".
    let medium = single
        && tokens
            .get(end + 1)
            .is_some_and(|n| n.joins_previous() && MEDIUM_PAGES.contains(&n.folded.as_str()));
    let no_name = single && no_party::pronoun_or_common_acronym(text, tokens, first);
    if no_party_words(name) || medium || no_party::era_or_time(tokens, first, end) || no_name {
        return None;
    }
    // A plural acronym ("NGOs", "MPs") is a common noun; so is a capitalised word that
    // only qualifies a plural noun after it (a make of car, a brand: "Acme trucks").
    // A title alone ("as President in May") names no one here.
    let last = tokens[end].folded.as_str();
    if single && (plural_acronym(name) || qualifies_plural(tokens, end) || w.titles.contains(last))
    {
        return None;
    }
    if let Some(c) = dateline(text, tokens, first, end, gazetteer) {
        return Some(vec![c]);
    }
    let acronym = name.len() >= 2 && name.chars().all(|c| c.is_uppercase());
    let before = first
        .checked_sub(1)
        .map(|k| &tokens[k])
        .filter(|_| !tokens[first].sentence_start);
    let after = tokens.get(end + 1).filter(|n| !n.sentence_start);
    // A place's name, unless it is mostly a common word ("Nice", "Reading") with no place
    // preposition before it; a two- or three-letter acronym that is a CLDR region code
    // (UN, EU, US) names that region. All-caps datelines ("MOSUL, Iraq —") are names.
    let place_cue = before.is_some_and(|b| w.prepositions.contains(b.folded.as_str()));
    // A region code only when no modifier comes before: "state TV" is television, not Tuvalu.
    let code = acronym && before.is_none_or(|b| !w.modifiers.contains(b.text));
    let key = gazetteer
        .lookup(&crate::search::fold_query(name))
        .filter(|hit| !hit.common || place_cue)
        .map(|hit| hit.key)
        .or_else(|| code.then(|| gazetteer.region_code(name)).flatten())
        .map(str::to_string);
    let region_code = code && name.chars().count() <= 3;
    // An acronym after a lower-case modifier heads a generic phrase ("state TV").
    if single && acronym && !code {
        return None;
    }
    // A demonym or faith used as an adjective ("Malian", "Sunni") is not a name by itself;
    // an adjective comes before the noun it qualifies, not before a function word or a
    // verb ("Kirari on the road", "Kirari said" are names).
    if key.is_none()
        && single
        && tokens.get(end + 1).is_some_and(|n| {
            let f = n.folded.as_str();
            !n.sentence_start
                && !capitalised(n)
                && ![&w.function, &w.prepositions, &w.speaking, &w.auxiliaries]
                    .iter()
                    .any(|set| set.contains(f))
        })
        && (is_demonym(last) || FAITHS.contains(&last))
        && !places::located(tokens, first, end)
    {
        return None;
    }
    let mut out = places::tail_place(&run);
    let (kind, confidence, why) = if edges::based(tokens, end + 1) {
        (EntityKind::Place, 0.8, "the place something is based in")
    } else if key.as_deref().is_some_and(Gazetteer::is_organisation) {
        (
            EntityKind::Actor,
            0.85,
            "an organisation among CLDR's regions",
        )
    } else if region_code && key.is_some() {
        (
            EntityKind::Actor,
            0.75,
            "a CLDR region code used as an actor",
        )
    } else if key.is_some() && places::acts(tokens, first, end) {
        (
            EntityKind::Actor,
            0.75,
            "a place that acts or owns a policy: its government",
        )
    } else if key.is_some() {
        (EntityKind::Place, 0.9, "a place in the gazetteer")
    } else if places::named_place(tokens, first) {
        (EntityKind::Place, 0.75, "the name given to a place")
    } else if places::located(tokens, first, end) || edges::share_of(tokens, first) {
        (
            EntityKind::Place,
            0.7,
            "a name a place noun or its location places",
        )
    } else if (w.place.contains(last) || places::area_name(tokens, first, end)) && !single {
        (EntityKind::Place, 0.8, "a name ending in a place word")
    } else if after.is_some_and(|a| w.place.contains(a.folded.as_str())) {
        (EntityKind::Place, 0.75, "a name before a place word")
    } else if w.org.contains(last) {
        out.extend(places::places_in_organisation(&run));
        (
            EntityKind::Actor,
            0.8,
            "a name ending in an organisation word",
        )
    } else if !single && w.place_first.contains(tokens[first].folded.as_str()) {
        (EntityKind::Place, 0.8, "a name opening with a place word")
    } else if before.is_some_and(|b| w.titles.contains(b.folded.as_str())) {
        (EntityKind::Actor, 0.85, "a name after a title")
    } else if speaker::speaks(tokens, first, end) {
        (EntityKind::Actor, 0.75, "a name before a reporting verb")
    } else if acronym {
        (EntityKind::Actor, 0.7, "an acronym")
    } else if places::acts(tokens, first, end) {
        (EntityKind::Actor, 0.6, "a name that acts or is backed")
    } else if before.is_some_and(|b| w.prepositions.contains(b.folded.as_str())) {
        (EntityKind::Place, 0.6, "a name after a place preposition")
    } else if no_entity(tokens, first, end) {
        return Some(out);
    } else {
        (EntityKind::Actor, 0.55, NO_CUE)
    };
    let place_key = if kind == EntityKind::Actor && !region_code {
        None // a place's government is not the place
    } else {
        key
    };
    out.push(Candidate {
        range,
        kind,
        name: name.to_string(),
        place_key,
        confidence,
        why: why.into(),
        generic: false,
    });
    Some(out)
}

/// Whether the name at `tokens[first]` is the author of an act, after a passive's "by"
/// ("carried out by the Kandar Province", "claimed by X"), or a name a group gave itself
/// ("calling itself the Kandar Province"): an actor, even with a place word in its name.
fn author(tokens: &[Token<'_>], first: usize) -> bool {
    let mut k = first;
    let before = |k: usize| {
        k.checked_sub(1)
            .filter(|_| tokens[k].joins_previous())
            .map(|b| (b, tokens[b].folded.as_str()))
    };
    if let Some((b, "the")) = before(k) {
        k = b;
    }
    match before(k) {
        Some((b, "by")) => before(b).is_some_and(|(_, f)| AUTHORED.contains(&f)),
        Some((b, "itself")) => {
            before(b).is_some_and(|(_, f)| matches!(f, "calling" | "calls" | "called"))
        }
        _ => false,
    }
}

/// Words before "by" whose agent did an act: "carried out by", "claimed by".
const AUTHORED: &[&str] = &[
    "out",
    "claimed",
    "perpetrated",
    "committed",
    "staged",
    "orchestrated",
    "masterminded",
    "planned",
    "organised",
    "organized",
];

/// Whether a name with no cue names no entity: a medium something is written on ("wrote
/// on Facebook", "a post on Telegram"), a people taken as a whole, after a quantifier
/// or a faith ("all Ruritanians", "many Sunni Kurds"), who are no party by that alone, or
/// the first word of a feast's day ("Palm Sunday").
fn no_entity(tokens: &[Token<'_>], first: usize, end: usize) -> bool {
    let before = |n: usize| {
        first
            .checked_sub(n)
            .filter(|&k| tokens[k + 1].joins_previous())
            .map(|k| tokens[k].folded.as_str())
    };
    let medium = before(1) == Some("on") && before(2).is_some_and(|f| MEDIUM_CUES.contains(&f));
    let last = tokens[end].folded.as_str();
    let people = first == end
        && capitalised(&tokens[end])
        && last.ends_with('s')
        && !last.ends_with("ss")
        && before(1).is_some_and(|f| PEOPLE_QUANTIFIERS.contains(&f) || FAITHS.contains(&f));
    medium || people || no_party::feast_day(tokens, first, end)
}

/// Words before "on" that make the name after it a medium: "wrote on", "a post on".
const MEDIUM_CUES: &[&str] = &[
    "wrote",
    "posted",
    "post",
    "posts",
    "tweeted",
    "published",
    "shared",
    "message",
    "statement",
    "video",
    "account",
    "page",
    "channel",
    "live",
];

/// Nouns after a medium's name that make it one: "a Zapster account".
const MEDIUM_PAGES: &[&str] = &["account", "accounts", "page", "feed", "handle"];

/// Quantifiers before a people's plural that take it as a whole ("all Ruritanians"), and
/// "ethnic", that names it as a people ("ethnic Ruritanians").
const PEOPLE_QUANTIFIERS: &[&str] = &[
    "all", "many", "most", "some", "fellow", "ordinary", "ethnic",
];

/// Verbs without an -ed that often follow a noun: "a school bus" is a noun after a noun, "a
/// school shook" a verb.
const VERBS_AFTER: &[&str] = &[
    "left",
    "hit",
    "struck",
    "shook",
    "took",
    "came",
    "went",
    "lay",
    "stood",
    "sits",
    "sat",
    "held",
    "caught",
    "fell",
    "burnt",
    "burned",
    "collapsed",
];

/// Whether `tokens[k]` is a lower-case noun that the word before it qualifies ("a school
/// bus", "the UN mission"): joined to it, and no function word, preposition, conjunction or
/// verb (reporting, auxiliary, -ed, -ing or one of [`VERBS_AFTER`]).
fn noun_after(tokens: &[Token<'_>], k: usize) -> bool {
    let w = words();
    tokens.get(k).is_some_and(|n| {
        let f = n.folded.as_str();
        n.joins_previous()
            && !capitalised(n)
            && ![
                &w.function,
                &w.joiners,
                &w.prepositions,
                &w.auxiliaries,
                &w.speaking,
                &w.agent_verbs,
            ]
            .iter()
            .any(|set| set.contains(f))
            && !matches!(f, "and" | "or" | "on" | "where" | "when" | "which" | "that")
            && !VERBS_AFTER.contains(&f)
            && !f.ends_with("ed")
            && !f.ends_with("ing")
    })
}

/// Whether `name` is an acronym with a plural s: "NGOs", "IEDs".
fn plural_acronym(name: &str) -> bool {
    name.strip_suffix('s').is_some_and(|stem| {
        stem.chars().count() >= 2 && stem.chars().all(|c| c.is_ascii_uppercase())
    })
}

/// Whether the lower-case word right after `tokens[end]` is a plural noun the capitalised
/// word qualifies ("Acme trucks"): not a verb, head noun or place or organisation word, nor
/// a verb in -s that takes an object opening with a determiner ("Acme warns its staff").
fn qualifies_plural(tokens: &[Token<'_>], end: usize) -> bool {
    let w = words();
    let object = tokens
        .get(end + 2)
        .is_some_and(|o| o.joins_previous() && OBJECT_OPENERS.contains(&o.folded.as_str()));
    !object
        && tokens.get(end + 1).is_some_and(|n| {
            let f = n.folded.as_str();
            n.joins_previous()
                && !capitalised(n)
                && f.len() > 3
                && f.ends_with('s')
                && !f.ends_with("ss")
                && ![
                    &w.heads,
                    &w.speaking,
                    &w.auxiliaries,
                    &w.agent_verbs,
                    &w.place,
                    &w.org,
                ]
                .iter()
                .any(|set| set.contains(f))
                && !w.function.contains(f)
        })
}

/// Determiners and pronouns that open a verb's object: "warns its", "blames the".
const OBJECT_OPENERS: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "our", "that", "this", "these", "those",
    "them", "it",
];

/// The last word of a name that goes on past "and" to its acronym in brackets, its
/// initials the acronym's letters: "Front of Kandar and the Coast (FKC)", where the run
/// `tokens[first..j]` stopped at "and". At most a few words on, on one clause.
fn spelt_out_acronym(text: &str, tokens: &[Token<'_>], first: usize, j: usize) -> Option<usize> {
    let w = words();
    if tokens[j].folded != "and" {
        return None;
    }
    for k in j..tokens.len().min(j + 6) {
        let t = &tokens[k];
        let joined = t.joins_previous() || glued(t);
        let part = capitalised(t)
            || glued(t)
            || t.folded == "and"
            || w.joiners.contains(t.folded.as_str());
        if !joined || !part {
            return None;
        }
        let Some(acronym) = tokens.get(k + 1).filter(|_| capitalised(t)) else {
            continue;
        };
        if acronym.gap_before.trim() != "(" || !text[acronym.range.end..].starts_with(')') {
            continue;
        }
        let initials: String = tokens[first..=k]
            .iter()
            .filter(|t| {
                capitalised(t) && !(t.sentence_start && w.function.contains(t.folded.as_str()))
            })
            .filter_map(|t| t.text.chars().next())
            .collect();
        return (initials == acronym.text).then_some(k);
    }
    None
}

/// A name followed by its acronym in brackets, made of its initials, as one actor:
/// "Joint Task Force (JTF)".
fn with_bracketed_acronym(
    text: &str,
    tokens: &[Token<'_>],
    first: usize,
    end: usize,
) -> Option<Candidate> {
    let acronym = tokens.get(end + 1)?;
    let initials: String = tokens[first..=end]
        .iter()
        .filter(|t| capitalised(t))
        .filter_map(|t| t.text.chars().next())
        .collect();
    let closes = text[acronym.range.end..].starts_with(')');
    if end == first || acronym.gap_before.trim() != "(" || !closes || acronym.text != initials {
        return None;
    }
    let range = tokens[first].range.start..acronym.range.end + 1;
    Some(Candidate::written(
        text,
        range,
        EntityKind::Actor,
        0.85,
        "a name with its acronym in brackets",
    ))
}

/// Adjectives of nationality or origin: Malian, Iraqi, French, Kurdish, Congolese. A word
/// in -ai is a place's name (Dubai, Mumbai), not an adjective in -i (Iraqi), but for Thai.
fn is_demonym(folded: &str) -> bool {
    ["ian", "an", "ese", "ish", "i", "ch"]
        .iter()
        .any(|s| folded.ends_with(s))
        && folded.len() > 3
        && (!folded.ends_with("ai") || folded == "thai")
}

/// Adjectives of faith that describe a group rather than name it: "a Sunni group".
const FAITHS: &[&str] = &["shiite", "shia", "sunni", "alawite", "druze", "salafi"];

/// Adjectives that say how someone holds an office, not part of the office's name:
/// "Acting Interior Ministry spokesman", "Former Defence Minister".
const HOLDER_ADJECTIVES: &[&str] = &["acting", "former", "interim", "outgoing"];

#[cfg(test)]
mod tests;

#[cfg(test)]
mod rule_tests;

#[cfg(test)]
mod site_tests;

#[cfg(test)]
mod cue_tests;

#[cfg(test)]
mod edge_tests;
