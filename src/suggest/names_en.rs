//! New actors and places in English text, by rules: capitalised name sequences with their
//! joining words ("al-Qaeda in the Islamic Maghreb", "Le Campement Kangaba"), names after a
//! title or role ("spokesman Baba Cisse", "Security Minister Salif Traoré"), and generic
//! actor phrases (a head noun such as forces, gunmen, officials, with its modifiers:
//! "Malian government forces", "suspected jihadis"). The kind comes from cues: the CLDR
//! gazetteer, organisation and place words at the end of a name, titles before it, place
//! prepositions before it, reporting verbs after it.
//!
//! The word lists (module `words`) are English vocabulary (function words, titles, head
//! nouns), never names of any briefing's entities: names come only from the text and the
//! gazetteer.

mod places;
mod words;

use rustc_hash::FxHashSet;

use super::candidate::Candidate;
use super::gazetteer::Gazetteer;
use super::tokens::{Token, is_abbreviation};
use crate::briefing::EntityKind;
use words::words;

fn capitalised(t: &Token<'_>) -> bool {
    t.text.chars().next().is_some_and(char::is_uppercase)
}

/// A word glued to the one before it by a hyphen or apostrophe (al-Qaeda, Jama’at).
fn glued(t: &Token<'_>) -> bool {
    matches!(t.gap_before, "-" | "’" | "'")
}

/// Every new actor and place the English rules find in `text`, best first, none
/// overlapping another (the surer, then the longer, wins) but places inside longer names.
pub fn find(text: &str, tokens: &[Token<'_>], gazetteer: &Gazetteer) -> Vec<Candidate> {
    let mut out = generic_phrases(text, tokens);
    out.extend(name_sequences(text, tokens, gazetteer));
    one_kind_per_name(&mut out);
    places::best_with_nested_places(out)
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
        let mut j = i + 1;
        while j < tokens.len() && !tokens[j].sentence_start {
            let n = &tokens[j];
            if n.folded == "s" && glued(n) {
                break; // a possessive: Iraq’s
            }
            let titled = n.gap_before.trim() == "." && is_abbreviation(tokens[j - 1].text);
            if !glued(n) && !titled && !n.gap_before.trim().is_empty() {
                break; // punctuation between: "Bamako, Mali", "MOSUL, Iraq — Fighting"
            }
            if glued(n) || (capitalised(n) && !w.calendar.contains(n.folded.as_str())) {
                end = j;
                j += 1;
                continue;
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
            break;
        }
        let mut first = i;
        // A sentence's function word is not part of the name: "The Islamic State".
        while first <= end
            && tokens[first].sentence_start
            && w.function.contains(tokens[first].folded.as_str())
        {
            first += 1;
        }
        if first > end {
            i = end + 1;
            continue;
        }
        if first == i
            && tokens[first].sentence_start
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
        if let Some(c) = classify(text, tokens, first, end, gazetteer) {
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
    // A faith adjective opening the run is not part of the name: "Sunni Jund Kawar".
    let first = if first < end && FAITHS.contains(&tokens[first].folded.as_str()) {
        first + 1
    } else {
        first
    };
    let span = |a: usize, b: usize| tokens[a].range.start..tokens[b].range.end;
    let run = places::Run {
        text,
        tokens,
        first,
        end,
        gazetteer,
    };
    if let Some(c) = places::place_phrase(&run) {
        return Some(c);
    }
    if let Some(c) = with_bracketed_acronym(text, tokens, first, end) {
        return Some(vec![c]);
    }
    // A title inside the run: the person's name is what follows the last title word.
    if let Some(last_title) = (first..end)
        .rev()
        .find(|&k| w.titles.contains(tokens[k].folded.as_str()))
    {
        let name_start = last_title + 1;
        if w.joiners.contains(tokens[name_start].folded.as_str()) {
            return None; // an office's title alone: "Minister of Works", "Commissioner for …"
        }
        let range = span(name_start, end);
        return Some(vec![Candidate {
            name: text[range.clone()].to_string(),
            range,
            kind: EntityKind::Actor,
            place_key: None,
            confidence: 0.85,
            why: "a name after a title".into(),
            generic: false,
        }]);
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
    // A plural acronym ("NGOs", "MPs") is a common noun; so is a capitalised word that
    // only qualifies a plural noun after it (a make of car, a brand: "Acme trucks").
    if single && (plural_acronym(name) || qualifies_plural(tokens, end)) {
        return None;
    }
    let last = tokens[end].folded.as_str();
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
    // A demonym or faith used as an adjective ("Malian", "Sunni") is not a name by itself.
    if key.is_none()
        && single
        && tokens
            .get(end + 1)
            .is_some_and(|n| !n.sentence_start && !capitalised(n))
        && (is_demonym(last) || FAITHS.contains(&last))
    {
        return None;
    }
    let mut out = places::tail_place(&run);
    let (kind, confidence, why) = if key.as_deref().is_some_and(Gazetteer::is_organisation) {
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
    } else if w.place.contains(last) && !single {
        (EntityKind::Place, 0.8, "a name ending in a place word")
    } else if after.is_some_and(|a| w.place.contains(a.folded.as_str())) {
        (EntityKind::Place, 0.75, "a name before a place word")
    } else if w.org.contains(last) {
        (
            EntityKind::Actor,
            0.8,
            "a name ending in an organisation word",
        )
    } else if !single && w.place_first.contains(tokens[first].folded.as_str()) {
        (EntityKind::Place, 0.8, "a name opening with a place word")
    } else if before.is_some_and(|b| w.titles.contains(b.folded.as_str())) {
        (EntityKind::Actor, 0.85, "a name after a title")
    } else if after.is_some_and(|a| w.speaking.contains(a.folded.as_str())) {
        (EntityKind::Actor, 0.75, "a name before a reporting verb")
    } else if acronym {
        (EntityKind::Actor, 0.7, "an acronym")
    } else if places::acts(tokens, first, end) {
        (EntityKind::Actor, 0.6, "a name that acts or is backed")
    } else if before.is_some_and(|b| w.prepositions.contains(b.folded.as_str())) {
        (EntityKind::Place, 0.6, "a name after a place preposition")
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

/// Whether `name` is an acronym with a plural s: "NGOs", "IEDs".
fn plural_acronym(name: &str) -> bool {
    name.strip_suffix('s').is_some_and(|stem| {
        stem.chars().count() >= 2 && stem.chars().all(|c| c.is_ascii_uppercase())
    })
}

/// Whether the lower-case word right after `tokens[end]` is a plural noun the capitalised
/// word qualifies ("Acme trucks"): not a verb, head noun or place or organisation word.
fn qualifies_plural(tokens: &[Token<'_>], end: usize) -> bool {
    let w = words();
    tokens.get(end + 1).is_some_and(|n| {
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
    Some(Candidate {
        name: text[range.clone()].to_string(),
        range,
        kind: EntityKind::Actor,
        place_key: None,
        confidence: 0.85,
        why: "a name with its acronym in brackets".into(),
        generic: false,
    })
}

/// Adjectives of nationality or origin: Malian, Iraqi, French, Kurdish, Congolese.
fn is_demonym(folded: &str) -> bool {
    ["ian", "an", "ese", "ish", "i", "ch"]
        .iter()
        .any(|s| folded.ends_with(s))
        && folded.len() > 3
}

/// Generic actor phrases: a head noun (forces, gunmen ...) with the modifiers before it,
/// a place's possessive among them ("Chad’s security forces"); and buildings a generic
/// phrase names ("police headquarters", "local government office"), as places. Not a
/// head counted as victims ("two soldiers", "including police"), one that is a title
/// before a name ("deputy governor Musa"), one that qualifies the noun after it ("military
/// posts"), nor a bare or described group ("the group", "a Sunni militant group").
fn generic_phrases(text: &str, tokens: &[Token<'_>]) -> Vec<Candidate> {
    let w = words();
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let f = t.folded.as_str();
        let next = tokens.get(i + 1).filter(|n| n.joins_previous());
        let next_is_head = next.is_some_and(|n| {
            let f = n.folded.as_str();
            w.heads.contains(f) || w.buildings.contains(f)
        });
        let building = w.buildings.contains(f) && !capitalised(t);
        // A singular head that is mostly a title or refers back ("the official") counts
        // only with a modifier: "a police official".
        let described = DESCRIBED_HEADS.contains(&f) && !capitalised(t);
        if !(w.heads.contains(f) || building || described) || next_is_head {
            continue;
        }
        if asked_about(tokens, i) {
            continue; // "how many gunmen took part": a question, not a party
        }
        if next.is_some_and(|n| capitalised(n) || qualifies(t, n)) {
            continue; // a title before a name, or a modifier of the noun after it
        }
        let mut first = i;
        let mut modifiers = 0;
        let mut named = false;
        let mut adjective = false;
        while first > 0 && !tokens[first].sentence_start && modifiers < 3 {
            let p = &tokens[first - 1];
            if p.folded == "s" && glued(p) && first >= 2 && capitalised(&tokens[first - 2]) {
                // A possessive: "Chad’s security forces", "Juan Ortega’s forces" (the whole
                // name, a title before it left out).
                first -= 2;
                while first > 0
                    && tokens[first].joins_previous()
                    && capitalised(&tokens[first - 1])
                    && !w.titles.contains(tokens[first - 1].folded.as_str())
                    && !w.function.contains(tokens[first - 1].folded.as_str())
                {
                    first -= 1;
                }
                named = true;
                break;
            }
            // A hyphenated modifier, one word: "would-be", "self-styled".
            if glued(p)
                && first >= 2
                && !capitalised(p)
                && !capitalised(&tokens[first - 2])
                && tokens[first].joins_previous()
                && tokens[first - 2].joins_previous()
                && COMPOUND_MODIFIERS.contains(&tokens[first - 2].folded.as_str())
            {
                first -= 2;
                modifiers += 1;
                continue;
            }
            let modifier = w.modifiers.contains(p.folded.as_str())
                || super::ORDINALS.contains(&p.folded.as_str())
                || (building && w.heads.contains(p.folded.as_str()))
                || (capitalised(p)
                    && !w.function.contains(p.folded.as_str())
                    && !w.calendar.contains(p.folded.as_str()));
            // An Arabic article glued to a name belongs to it: "Al-Zarqa TV".
            let al = glued(&tokens[first]) && capitalised(p) && capitalised(&tokens[first]);
            if !modifier || !(tokens[first].joins_previous() || al) {
                break;
            }
            if capitalised(p) {
                named = true;
                // An adjective of origin or of faith ("Sunni").
                adjective |= is_demonym(&p.folded) || FAITHS.contains(&p.folded.as_str());
            }
            first -= 1;
            modifiers += 1;
        }
        if (building || described) && modifiers == 0 {
            continue;
        }
        if (w.victims.contains(f) && victims(tokens, first))
            || (f.starts_with("group") && (!named || adjective))
        {
            continue;
        }
        let range = tokens[first].range.start..t.range.end;
        let name = text[range.clone()].trim_start_matches("the ").to_string();
        out.push(Candidate {
            range,
            kind: if building {
                EntityKind::Place
            } else {
                EntityKind::Actor
            },
            name,
            place_key: None,
            confidence: match (named, modifiers) {
                (true, _) => 0.8,
                (false, 0) => 0.6,
                (false, _) => 0.7,
            },
            why: if building {
                "a building a generic phrase names".into()
            } else {
                "a generic actor phrase".into()
            },
            generic: !named,
        });
    }
    out
}

/// Singular heads proposed only with a modifier ("a security official"): alone they are a
/// title or refer back ("the official said").
const DESCRIBED_HEADS: &[&str] = &["official"];

/// Adjectives of faith that describe a group rather than name it: "a Sunni group".
const FAITHS: &[&str] = &["shiite", "shia", "sunni", "alawite", "druze", "salafi"];

/// First parts of hyphenated modifiers: "would-be", "self-styled", "so-called".
const COMPOUND_MODIFIERS: &[&str] = &["would", "self", "so"];

/// Whether the head at `tokens[i]` is asked about: "how many gunmen".
fn asked_about(tokens: &[Token<'_>], i: usize) -> bool {
    i >= 2
        && tokens[i].joins_previous()
        && tokens[i - 1].joins_previous()
        && matches!(tokens[i - 1].folded.as_str(), "many" | "much")
        && tokens[i - 2].folded == "how"
}

/// Whether the head `t`, a word that is also a modifier ("police", "military"), qualifies
/// the lower-case word `n` after it ("military posts") rather than acting ("police said",
/// "police arrested", "police and").
fn qualifies(t: &Token<'_>, n: &Token<'_>) -> bool {
    let w = words();
    let f = n.folded.as_str();
    w.modifiers.contains(t.folded.as_str())
        && !w.function.contains(f)
        && !w.auxiliaries.contains(f)
        && !w.speaking.contains(f)
        && !w.agent_verbs.contains(f)
        && !w.joiners.contains(f)
        && !f.ends_with("ed")
        && !matches!(f, "and" | "or")
}

/// Whether the phrase starting at `tokens[first]` is listed as victims: "including" before
/// it ("the dead, including soldiers"). A counted head ("two police") is left to `suggest`,
/// which keeps it when no casualty figure names it ("sent 3,000 troops") and drops it
/// inside one ("killing two police").
fn victims(tokens: &[Token<'_>], first: usize) -> bool {
    first > 0
        && (tokens[first].joins_previous() || tokens[first].gap_before.trim() == ",")
        && tokens[first - 1].folded == "including"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, EntityKind)> {
        super::super::candidate::marked(text, "en", find)
    }

    use EntityKind::{Actor, Place};

    #[test]
    fn names_with_joining_words() {
        assert_eq!(
            found("It was claimed by al-Qaeda in the Islamic Maghreb last year."),
            [("al-Qaeda in the Islamic Maghreb".to_string(), Actor)]
        );
        assert_eq!(
            found("Gunmen stormed Le Campement Kangaba near Bamako on Sunday."),
            [
                ("Gunmen".to_string(), Actor),
                ("Le Campement Kangaba".to_string(), Actor),
                ("Bamako".to_string(), Place)
            ]
        );
        assert_eq!(
            found("The Islamic State jihadist group."),
            [("Islamic State jihadist group".to_string(), Actor)]
        );
    }

    #[test]
    fn gazetteer_places_and_common_words() {
        assert_eq!(
            found("Fighting spread from Mosul to Benghazi and Timbuktu."),
            [
                ("Mosul".to_string(), Place),
                ("Benghazi".to_string(), Place),
                ("Timbuktu".to_string(), Place)
            ]
        );
        assert_eq!(
            found("MOSUL, Iraq — fighting went on."),
            [("MOSUL".to_string(), Place), ("Iraq".to_string(), Place)]
        );
        // Nice, Male and Reading are towns, but mostly words: places only after "in".
        let words = found("Nice weather. Male voters were Reading it.");
        assert!(words.iter().all(|(_, k)| *k != Place), "{words:?}");
        assert_eq!(
            found("A truck hit a crowd in Nice."),
            [("Nice".to_string(), Place)]
        );
    }

    #[test]
    fn titles_and_roles() {
        assert_eq!(
            found("Security Minister Salif Traoré said two died."),
            [("Salif Traoré".to_string(), Actor)]
        );
        assert_eq!(
            found("said spokesman Baba Cisse."),
            [("Baba Cisse".to_string(), Actor)]
        );
        // A title's full stop ends no sentence: the name after it, never the title alone.
        assert!(
            found("Commissioner for Health, Dr. Haruna Mshelia told reporters.")
                .ends_with(&[("Haruna Mshelia".to_string(), Actor)])
        );
        assert_eq!(
            found("the spokesman, Col. Mustapha Anka confirmed it."),
            [("Mustapha Anka".to_string(), Actor)]
        );
        // Initials are one name: "U.S." is not "U" and a new sentence.
        assert!(
            found("the U.S. State Department said.")
                .iter()
                .all(|(n, _)| n != "U"),
            "{:?}",
            found("the U.S. State Department said.")
        );
    }

    #[test]
    fn generic_actors_and_places() {
        assert_eq!(
            found("Malian government forces and French troops entered Mali."),
            [
                ("Malian government forces".to_string(), Actor),
                ("French troops".to_string(), Actor),
                ("Mali".to_string(), Place)
            ]
        );
        assert_eq!(
            found("A resort in Dougourakoro was hit."),
            [("Dougourakoro".to_string(), Place)]
        );
        assert_eq!(
            found("where the Radisson Blu hotel was"),
            [("Radisson Blu hotel".to_string(), Place)]
        );
        assert!(found("In November the resort was hit.").is_empty());
        assert!(found("However the resort was hit.").is_empty());
    }
}

#[cfg(test)]
mod rule_tests {
    use super::*;
    use EntityKind::{Actor, Place};

    fn found(text: &str) -> Vec<(String, EntityKind)> {
        super::super::candidate::marked(text, "en", find)
    }

    fn has(text: &str, name: &str, kind: EntityKind) -> bool {
        found(text).iter().any(|(n, k)| n == name && *k == kind)
    }

    #[test]
    fn a_name_with_its_place_word_is_one_place() {
        assert!(has(
            "Troops entered Kano state on Monday.",
            "Kano state",
            Place
        ));
        assert!(has(
            "Floods hit Ondo and Ekiti provinces last week.",
            "Ondo and Ekiti provinces",
            Place
        ));
        assert!(has(
            "They voted in the Basque region.",
            "Basque region",
            Place
        ));
        // A building, road or camp nests the name inside it; a province does not.
        let road = found("Gunmen blocked the Lagos-Ibadan road at dawn.");
        assert!(
            road.contains(&("Lagos-Ibadan road".to_string(), Place)),
            "{road:?}"
        );
        assert!(road.contains(&("Lagos".to_string(), Place)), "{road:?}");
        assert!(road.contains(&("Ibadan".to_string(), Place)), "{road:?}");
        let camp = found("Families fled to the Bakassi IDP camp yesterday.");
        assert!(
            camp.contains(&("Bakassi IDP camp".to_string(), Place)),
            "{camp:?}"
        );
        assert!(camp.contains(&("Bakassi".to_string(), Place)), "{camp:?}");
        assert!(!has("Troops entered Kano state on Monday.", "Kano", Place));
        assert!(has(
            "A storm crossed the Sea of Azov overnight.",
            "Sea of Azov",
            Place
        ));
    }

    #[test]
    fn a_generic_building_is_a_place_not_its_owner() {
        let hq = found("A bomb went off outside the army headquarters in the town.");
        assert!(
            hq.contains(&("army headquarters".to_string(), Place)),
            "{hq:?}"
        );
        assert!(!hq.iter().any(|(n, _)| n == "army"), "{hq:?}");
        assert!(has(
            "Men stormed a local government office at noon.",
            "local government office",
            Place
        ));
    }

    #[test]
    fn a_place_that_acts_is_its_government() {
        assert!(has(
            "Officials said Paris still insists on talks.",
            "Paris",
            Place
        ));
        assert!(has("Athens said the talks had failed.", "Athens", Actor));
        assert!(has(
            "Critics attacked Madrid’s nuclear programme.",
            "Madrid",
            Actor
        ));
        assert!(has("Fighters loyal to Cairo moved in.", "Cairo", Actor));
        // Not only places: a name something is attributed to did it.
        assert!(has(
            "a raid attributed to Zorgan Front.",
            "Zorgan Front",
            Actor
        ));
        assert!(has("a raid attributed to Zorgan Kel.", "Zorgan Kel", Actor));
        assert!(has(
            "Many tourists stay in Athens said a guide.",
            "Athens",
            Place
        ));
    }

    #[test]
    fn generic_actors_with_their_qualifiers() {
        assert!(has("An eyewitness saw the smoke.", "eyewitness", Actor));
        // A bare head is marked without its article, as annotators mark it.
        assert!(has("Later the attackers fled.", "attackers", Actor));
        assert!(has(
            "said a rescue worker at the scene.",
            "rescue worker",
            Actor
        ));
        assert!(has(
            "according to unofficial sources.",
            "unofficial sources",
            Actor
        ));
        assert!(has("Greek media blamed the rebels.", "Greek media", Actor));
        assert!(has("the blast, state TV reported.", "state TV", Actor));
        assert!(has(
            "A suicide car bomber struck.",
            "suicide car bomber",
            Actor
        ));
        assert!(has(
            "Chad’s security forces arrived.",
            "Chad’s security forces",
            Actor
        ));
        assert!(has("Chad’s security forces arrived.", "Chad", Place));
        assert!(has(
            "They fought mostly Sunni militia forces.",
            "Sunni militia forces",
            Actor
        ));
    }

    #[test]
    fn victims_titles_qualifiers_and_descriptions_are_no_actors() {
        let names = |t: &str| found(t).into_iter().map(|(n, _)| n).collect::<Vec<_>>();
        assert!(names("the dead, including police, were buried.").is_empty());
        assert_eq!(names("deputy governor Ali Musa arrived."), ["Ali Musa"]);
        assert!(names("They passed the military posts at night.").is_empty());
        assert!(names("They blamed a Sunni militant group for it.").is_empty());
        assert!(names("the group said it had done it.").is_empty());
        assert!(names("Men drove Acme trucks past the checkpoints.").is_empty());
        assert!(names("They planted two IEDs on the road.").is_empty());
        assert!(names("said the Minister of Works, who left.").is_empty());
    }

    #[test]
    fn a_name_keeps_the_kind_a_cue_gives_it_elsewhere() {
        let text = "Fighting spread to Zarkoville on Monday. Zarkoville is 30 km away.";
        let both = found(text);
        assert_eq!(
            both,
            [
                ("Zarkoville".to_string(), Place),
                ("Zarkoville".to_string(), Place)
            ]
        );
        // The sentence's first word, with no cue, takes the kind of the later one.
        assert!(
            found("Zarkoville is 30 km from Zarkoville.")
                .iter()
                .all(|(_, k)| *k == Place)
        );
    }

    #[test]
    fn initials_and_bracketed_acronyms() {
        assert!(has("sanctions by the U.S. on the firm.", "U.S.", Actor));
        assert!(has(
            "said the Joint Task Force (JTF) on Sunday.",
            "Joint Task Force (JTF)",
            Actor
        ));
        let nested = found("They met the EU Training Mission in Mali.");
        assert!(nested.contains(&("EU Training Mission in Mali".to_string(), Actor)));
        assert!(nested.contains(&("Mali".to_string(), Place)), "{nested:?}");
    }

    #[test]
    fn a_part_of_a_city_with_its_direction_is_a_place() {
        let text = "Rockets hit a western Lyon suburb on Friday.";
        assert!(has(text, "western Lyon suburb", Place), "{:?}", found(text));
        assert!(has(text, "Lyon", Place), "{:?}", found(text));
    }

    #[test]
    fn a_name_given_to_a_place_is_a_place() {
        // "called" gives the name: the city before it does not call on anyone.
        let text = "Shells fell on a district of northern Lyon called Vaise Haut on Friday.";
        assert!(has(text, "Lyon", Place), "{:?}", found(text));
        assert!(has(text, "Vaise Haut", Place), "{:?}", found(text));
        // The acting sense stays: "Paris called on the rebels".
        assert!(has("Paris called on the rebels to disarm.", "Paris", Actor));
    }

    #[test]
    fn generic_phrases_keep_ordinals_prefixes_and_possessors() {
        let text = "The second attacker fled. A third would-be bomber was held. \
            The Al-Zarqa TV said so.";
        let all = found(text);
        for name in ["second attacker", "third would-be bomber", "Al-Zarqa TV"] {
            assert!(has(text, name, Actor), "{name}: {all:?}");
        }
        // A person's possessive with a force noun is one actor, the person nested in it.
        let text = "They fought beside General Juan Ortega’s forces in the hills.";
        assert!(
            has(text, "Juan Ortega’s forces", Actor),
            "{:?}",
            found(text)
        );
        assert!(has(text, "Juan Ortega", Actor), "{:?}", found(text));
    }

    #[test]
    fn a_described_official_and_not_a_counted_question() {
        let text = "According to a Peruvian police official, the gunmen fled.";
        assert!(
            has(text, "Peruvian police official", Actor),
            "{:?}",
            found(text)
        );
        // The official referred back to, and a question of how many, are not proposed.
        let text = "It is unclear how many gunmen took part, said the official.";
        assert!(found(text).is_empty(), "{:?}", found(text));
        // A group described by its faith is a description, not a name.
        let text = "The Shiite group has been fighting there.";
        assert!(found(text).is_empty(), "{:?}", found(text));
        // Nor is a faith adjective part of the name after it.
        let text = "a base of the militant Sunni Jund Kawar group";
        assert!(has(text, "Jund Kawar", Actor), "{:?}", found(text));
    }
}
