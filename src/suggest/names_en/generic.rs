//! Generic actor phrases: a head noun (forces, gunmen, officials …) with the modifiers
//! before it ("Malian government forces", "suspected jihadis"), a group before its members'
//! noun ("Acme Front fighters": the group), and buildings a generic phrase names ("police
//! headquarters"), as places; men or women an adjective arms ("armed men", "masked
//! women"), who are parties as gunmen are. Data flows from the words of one text (`tokens`), head by
//! head, back over its modifiers, to candidates; `names_en::find` joins them to the names.

use super::*;

/// Generic actor phrases: a head noun (forces, gunmen ...) with the modifiers before it,
/// a place's possessive among them ("Chad’s security forces"); and buildings a generic
/// phrase names ("police headquarters", "local government office"), as places. Not a
/// head counted as victims ("two soldiers", "including police"), one that is a title
/// before a name ("deputy governor Musa"), one that qualifies the noun after it ("military
/// posts"), nor a bare or described group ("the group", "a Sunni militant group").
pub(super) fn generic_phrases(text: &str, tokens: &[Token<'_>]) -> Vec<Candidate> {
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
        if let Some(site) = run_by(text, tokens, i) {
            out.push(site);
            continue; // "a state-run school": the school, not the state
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
                || super::super::ORDINALS.contains(&p.folded.as_str())
                || (building && w.heads.contains(p.folded.as_str()))
                || (capitalised(p)
                    && !w.function.contains(p.folded.as_str())
                    && !w.calendar.contains(p.folded.as_str())
                    && !HOLDER_ADJECTIVES.contains(&p.folded.as_str()));
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
        if modifiers == 0 && byline(tokens, i) {
            continue; // "… in nearby areas.-Agencies", "Additional reporting by agencies"
        }
        if (building || described) && modifiers == 0 {
            continue;
        }
        if (w.victims.contains(f) && victims(tokens, first))
            || (f.starts_with("group") && (!named || adjective))
        {
            continue;
        }
        if let Some(group) = group_before_members(text, tokens, first, i) {
            out.push(group);
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
                GENERIC_PHRASE.into()
            },
            generic: !named,
        });
    }
    out
}

/// Nouns of a group's members: "Acme Front fighters".
const MEMBERS: &[&str] = &[
    "fighters",
    "insurgents",
    "militants",
    "jihadists",
    "jihadis",
    "rebels",
    "gunmen",
    "members",
    "militiamen",
    "extremists",
    "terrorists",
];

/// The group named by several capitalised words before its members' noun at `head`, the
/// adjectives after the name left out: "Acme Front" in "Acme Front Islamic insurgents" or
/// "Acme Front fighters" (a name of one word, often a people's, keeps its noun: "Tuareg
/// rebels").
fn group_before_members(
    text: &str,
    tokens: &[Token<'_>],
    first: usize,
    head: usize,
) -> Option<Candidate> {
    if !MEMBERS.contains(&tokens[head].folded.as_str()) {
        return None;
    }
    let mut end = first;
    while end < head && (capitalised(&tokens[end]) || (end > first && glued(&tokens[end]))) {
        end += 1;
    }
    // Adjectives after the name: "Islamic", "Kurdish".
    while end > first && {
        let f = tokens[end - 1].folded.as_str();
        f.ends_with("ic") || is_demonym(f) || FAITHS.contains(&f)
    } {
        end -= 1;
    }
    if end < first + 2 || words().function.contains(tokens[first].folded.as_str()) {
        return None;
    }
    let range = tokens[first].range.start..tokens[end - 1].range.end;
    Some(Candidate::written(
        text,
        range,
        EntityKind::Actor,
        0.8,
        "a group's name before its members' noun",
    ))
}

/// Singular heads proposed only with a modifier ("a security official", "a police source",
/// "the Acme rescue service"): alone they are a title or refer back ("the official said",
/// "the source added"); guards and tourists alone are mostly background ("checks by
/// guards"), described they are a party ("security guards", "Western tourists").
const DESCRIBED_HEADS: &[&str] = &["official", "source", "service", "guards", "tourists"];

/// First parts of hyphenated modifiers: "would-be", "self-styled", "so-called".
const COMPOUND_MODIFIERS: &[&str] = &["would", "self", "so"];

/// Whether the word at `tokens[i]` is a byline: the text's last word, after a dash or
/// "by" ("-Agencies", "reporting by agencies"), which names who wrote it, no party.
fn byline(tokens: &[Token<'_>], i: usize) -> bool {
    i + 1 == tokens.len()
        && i > 0
        && (tokens[i].gap_before.contains(['-', '—', '–'])
            || (tokens[i].joins_previous() && tokens[i - 1].folded == "by"))
}

/// A building or site named by who runs it, the head at `tokens[i]` before a hyphen: "a
/// government-run hospital", "an army-owned hotel", as a place; the owner is no party by
/// that alone.
fn run_by(text: &str, tokens: &[Token<'_>], i: usize) -> Option<Candidate> {
    let how = tokens.get(i + 1).filter(|t| t.gap_before == "-")?;
    let site = tokens.get(i + 2).filter(|t| t.joins_previous())?;
    let f = site.folded.as_str();
    if !RUN_BY.contains(&how.folded.as_str())
        || !(words().buildings.contains(f) || sites::site_heads().contains(f))
    {
        return None;
    }
    let range = tokens[i].range.start..site.range.end;
    Some(Candidate {
        name: text[range.clone()].to_string(),
        range,
        kind: EntityKind::Place,
        place_key: None,
        confidence: 0.7,
        why: "a site named by who runs it".into(),
        generic: true,
    })
}

/// Participles after a hyphen that say who runs a site: "government-run", "army-owned".
const RUN_BY: &[&str] = &["run", "owned", "operated", "managed"];

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

/// Adjectives that make men or women a party to an attack: "armed men", "masked women".
const ARMED: &[&str] = &["armed", "masked", "hooded", "unidentified"];

/// "armed men", "a masked woman": people no head noun names, but whom such an adjective
/// makes a party (as "gunmen" are), with the adjective, as generic actors.
pub(super) fn armed_people(text: &str, tokens: &[Token<'_>]) -> Vec<Candidate> {
    tokens
        .windows(2)
        .filter(|pair| {
            let [adjective, noun] = pair else {
                return false;
            };
            noun.joins_previous()
                && !capitalised(adjective)
                && ARMED.contains(&adjective.folded.as_str())
                && matches!(noun.folded.as_str(), "men" | "man" | "women" | "woman")
        })
        .map(|pair| {
            let range = pair[0].range.start..pair[1].range.end;
            Candidate {
                name: text[range.clone()].to_string(),
                range,
                kind: EntityKind::Actor,
                place_key: None,
                confidence: 0.7,
                why: GENERIC_PHRASE.into(),
                generic: true,
            }
        })
        .collect()
}
