//! Arabic people's names the cue-word scan of `names_ar::find` does not reach: attackers
//! named right after their verb (نفذته امرأتان), names after يدعى, between a verb of saying
//! and a title (قال X Y منسق …), between a title's portfolio and what was said (قال وزير
//! داخلية X Y Z إن), quoted after عن (عن X Y، مسؤول …), in apposition after a comma (شاهد
//! العيان، X Y), and
//! compound names (عبد الله، أبو بكر، X بن Y). Data flows from the words of one text to
//! candidates, which `find` joins to its own; last, a full name found so far is looked for
//! by its last word alone later in the text (`last_names_alone`).

use super::*;
use rustc_hash::FxHashMap;

/// People who carried an attack out, named by a noun of persons as the subject right after
/// its verb (نفذته امرأتان، فجر رجل نفسه; an adverb may come between: نفذته أمس
/// امرأتان) or up to four words before it in one phrase (امرأتان ملثمتان فجرتا
/// نفسيهما), with an adjective that ends as the noun does (امرأتان متنكرتان): generic
/// actors.
pub(super) fn attackers_after_their_verb(text: &str, tokens: &[Token<'_>]) -> Vec<Candidate> {
    let w = words();
    // The verb's own ف (فجر) is no conjunction.
    let attack_verb = |t: &Token<'_>| {
        [t.folded.as_str(), stem(t).as_ref()]
            .iter()
            .any(|v| w.attack_verbs.contains(*v))
    };
    let person = |n: &Token<'_>| w.persons.contains(n.folded.as_str());
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let j = if attack_verb(t) {
            let mut j = i + 1;
            if tokens
                .get(j)
                .is_some_and(|n| n.joins_previous() && is_stop(n))
            {
                j += 1;
            }
            j
        } else if person(t)
            && (i + 1..i + 5)
                .take_while(|&k| tokens.get(k).is_some_and(Token::joins_previous))
                .any(|k| attack_verb(&tokens[k]) && !tokens[k].folded.starts_with("انفجر"))
        {
            // Or the subject before its verb (امرأتان … فجرتا نفسيهما), in one phrase;
            // not before a verb of a blast, which has no agent (انفجرت).
            i
        } else {
            continue;
        };
        let Some(noun) = tokens
            .get(j)
            .filter(|n| (j == i || n.joins_previous()) && person(n))
        else {
            continue;
        };
        let ending = ["ان", "ين", "ون", "ه"]
            .into_iter()
            .find(|e| noun.folded.ends_with(e));
        let end = match tokens.get(j + 1) {
            Some(a)
                if a.joins_previous()
                    && !is_stop(a)
                    && !is_vocabulary(&a.folded)
                    && ending.is_some_and(|e| a.folded.ends_with(e)) =>
            {
                j + 1
            }
            _ => j,
        };
        out.push(Candidate {
            name: text[noun.range.start..tokens[end].range.end].to_string(),
            range: noun.range.start..tokens[end].range.end,
            kind: EntityKind::Actor,
            place_key: None,
            confidence: 0.6,
            why: Cow::Borrowed(GENERIC),
            generic: true,
        });
    }
    out
}

/// Why a name after يدعى is proposed.
const CALLED_WHY: &str = "a name after يدعى (called)";
/// Why a name between a verb of saying and a title is proposed.
const SAYING_WHY: &str = "a name between a verb of saying and its title";
/// Why a name between a title's portfolio and what the person said is proposed.
const PORTFOLIO_WHY: &str = "a name between a title's portfolio and what was said";
/// Why a name quoted after عن, its title after a comma, is proposed.
const QUOTED_FROM_WHY: &str = "a name quoted after عن, its title after a comma";
/// Why a name after its descriptor and a comma is proposed.
const APPOSITION_WHY: &str = "a name after its descriptor and a comma";

/// Whether a candidate is a person's name of two words or more, found by a cue (a title,
/// يدعى, a verb of saying, an apposition), with no word of a body, a place or a title in it (رئيس نقابة X).
fn full_name(c: &Candidate) -> bool {
    [
        AFTER_TITLE,
        QUOTED_TITLE,
        CALLED_WHY,
        SAYING_WHY,
        PORTFOLIO_WHY,
        QUOTED_FROM_WHY,
        APPOSITION_WHY,
    ]
    .contains(&&*c.why)
        && c.name.split_whitespace().count() >= 2
        && c.name.split_whitespace().all(|w| {
            let w = crate::search::fold_query(w);
            let w = without_proclitics(&w).0;
            !heads_a_name(&w) && !words().title.contains(w.as_ref())
        })
}

/// A person's last name alone after the text named them in full (بلال أنور X … X قال):
/// the same person, where the word is no vocabulary, particle, known place or common word
/// and carries no proclitic but و; the article only as the full name has it.
pub(super) fn last_names_alone(
    text: &str,
    tokens: &[Token<'_>],
    gazetteer: &Gazetteer,
    found: &[Candidate],
) -> Vec<Candidate> {
    let mut out = Vec::new();
    // Each last name and where its first full name ends: one look-up a word.
    let mut people: FxHashMap<String, usize> = FxHashMap::default();
    for c in found.iter().filter(|c| full_name(c)) {
        let Some(last) = c.name.split_whitespace().last() else {
            continue;
        };
        let folded = crate::search::fold_query(last);
        let usable = folded.chars().count() >= 3
            && !is_vocabulary(&folded)
            && gazetteer.key_folded(&folded).is_none()
            && !words().stop.contains(&folded);
        if usable {
            let end = people.entry(folded).or_insert(c.range.end);
            *end = (*end).min(c.range.end);
        }
    }
    if people.is_empty() {
        return out;
    }
    for t in tokens {
        let (word, dropped) = match t.folded.strip_prefix('و') {
            Some(r) if people.contains_key(r) => (r, 1),
            _ => (t.folded.as_str(), 0),
        };
        // Only after the full name, and outside it.
        if people.get(word).is_some_and(|end| *end < t.range.start) {
            let range = skip_letters(t, dropped);
            out.push(named_actor(
                text,
                range,
                0.65,
                "a person's last name alone, named in full before",
            ));
        }
    }
    out
}

/// Whether token `k` is the verb that gives a person's name (يدعى، تدعى "called"), also
/// with the conjunction (، ويدعى X).
pub(super) fn called(tokens: &[Token<'_>], k: usize) -> bool {
    tokens
        .get(k)
        .is_some_and(|n| (n.joins_previous() || n.gap_before.trim() == "،") && calls(n))
}

/// Whether a word is the verb that names (يدعى، ويدعى).
fn calls(t: &Token<'_>) -> bool {
    let w = words();
    w.called.contains(&t.folded)
        || t.folded
            .strip_prefix('و')
            .is_some_and(|r| w.called.contains(r))
}

/// People's names given where no title stands before them: after the verb that names
/// (شرطي يدعى X Y), between a verb of saying and the title after the name or the body
/// spoken to (قال X Y منسق الإغاثة، قال X Y لوكالة …), quoted after عن with the title
/// after a comma (نقلت الوكالة عن X Y، مسؤول …), and after a source or a title and a
/// comma (شاهد العيان، X Y): one to three words that are no vocabulary, particle or known
/// place (two at least, but after يدعى).
pub(super) fn given_names(
    text: &str,
    tokens: &[Token<'_>],
    gazetteer: &Gazetteer,
) -> Vec<Candidate> {
    let w = words();
    let name_word = |n: &Token<'_>| plain_word(n, gazetteer);
    // The words of a name from token `k`: a definite word only after the first (عبد
    // الله، سالم الراشد); after a verb of saying, no known place first (قال X في بغداد).
    let name_from = |k: usize| {
        let mut end = k;
        while end < k + 3
            && tokens.get(end).is_some_and(|n| {
                name_word(n)
                    && (n.joins_previous() || (end == k && apposition(tokens, k)))
                    && (!n.folded.starts_with("ال") || end > k)
                    && (end > k
                        || calls(&tokens[k - 1])
                        || gazetteer.key_folded(&stem(n)).is_none())
            })
        {
            end += 1;
        }
        (end > k).then_some(end - 1)
    };
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if calls(t)
            && let Some(last) = name_from(i + 1)
        {
            let range = tokens[i + 1].range.start..tokens[last].range.end;
            out.push(named_actor(text, range, 0.75, CALLED_WHY));
        } else if w.speech.contains(stem(t).as_ref())
            && let Some(last) = name_from(i + 1).filter(|&l| l > i + 1)
            && tokens.get(last + 1).is_some_and(|n| {
                // Or "who is" before what the person is (قال X Y وهو مسؤول).
                !n.sentence_start
                    && (w.title.contains(stem(n).as_ref())
                        || (n.joins_previous() && matches!(n.folded.as_str(), "وهو" | "وهي"))
                        || (n.folded.starts_with('ل') && cue_in(&w.org, &n.folded) == Some(1)))
            })
        {
            let range = tokens[i + 1].range.start..tokens[last].range.end;
            out.push(named_actor(text, range, 0.7, SAYING_WHY));
        } else if t.folded == "عن"
            && let Some(last) = name_from(i + 1).filter(|&l| l > i + 1)
            && tokens.get(last + 1).is_some_and(|n| {
                // The person quoted (نقلت الوكالة عن X Y، مسؤول …): the title or the
                // person's noun after a comma.
                let s = stem(n);
                !n.sentence_start
                    && n.gap_before.trim() == "،"
                    && (w.title.contains(s.as_ref()) || w.actor.contains(s.as_ref()))
            })
        {
            let range = tokens[i + 1].range.start..tokens[last].range.end;
            out.push(named_actor(text, range, 0.7, QUOTED_FROM_WHY));
        } else if i >= 2
            && apposition(tokens, i)
            && let Some(last) =
                (name_from(i).filter(|&l| l > i)).filter(|_| !t.folded.starts_with("ال"))
            // After a title's longer phrase the name closes the apposition: a comma or
            // what the person said comes next (قائد شرطة مدينة X، Y Z، إن …).
            && (descriptor_before(tokens, i, 2) || closes_apposition(tokens, last + 1))
        {
            let range = t.range.start..tokens[last].range.end;
            out.push(named_actor(text, range, 0.7, APPOSITION_WHY));
        }
    }
    out
}

/// People named after a verb of saying, a title and its portfolio, right before what they
/// said (قال وزير داخلية X Y Z إن …، قال وزير الصحة في X Y Z، إن …، قال الناطق باسم
/// شرطة ولاية X Y Z "…"), all in one phrase: the two or three words read back from what
/// was said that are no vocabulary, particle, known place or definite word, nor the name
/// after a place word (ولاية X), which close the portfolio.
pub(super) fn names_after_a_portfolio(
    text: &str,
    tokens: &[Token<'_>],
    gazetteer: &Gazetteer,
) -> Vec<Candidate> {
    let w = words();
    let speech = |n: &Token<'_>| w.speech.contains(stem(n).as_ref());
    // A place word keeps its first letter (ولاية is no و + لاية).
    let after_place_word = |p: &Token<'_>| {
        [p.folded.as_str(), stem(p).as_ref()]
            .iter()
            .any(|s| cue_in(&w.place, s).is_some())
    };
    let name_word = |k: usize| {
        let n = &tokens[k];
        let s = stem(n);
        plain_word(n, gazetteer)
            && !heads_a_name(&s)
            && !n.folded.starts_with("ال")
            && gazetteer.key_folded(&s).is_none()
            && !after_place_word(&tokens[k - 1])
    };
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let titled = speech(t)
            && tokens.get(i + 1).is_some_and(|n| {
                // A title keeps its first letter (وزير is no و + زير).
                n.joins_previous()
                    && [n.folded.as_str(), stem(n).as_ref()]
                        .iter()
                        .any(|s| w.title.contains(*s))
            });
        if !titled {
            continue;
        }
        // What was said, up to ten words on, with no other phrase or verb of saying before.
        let mut said = None;
        for (c, n) in tokens.iter().enumerate().take(i + 12).skip(i + 2) {
            if opens_what_was_said(n) {
                said = Some(c);
                break;
            }
            if !n.joins_previous() || speech(n) {
                break;
            }
        }
        let Some(c) = said else {
            continue;
        };
        // The name, read back; one word of the portfolio at least stays before it.
        let mut start = c;
        while start > i + 3 && c - start < 3 && name_word(start - 1) {
            start -= 1;
        }
        if c - start >= 2 {
            let range = tokens[start].range.start..tokens[c - 1].range.end;
            out.push(named_actor(text, range, 0.7, PORTFOLIO_WHY));
        }
    }
    out
}

/// Whether a word may be part of a person's name: no particle or vocabulary, no pronoun
/// suffix, no preposition ل.
fn plain_word(n: &Token<'_>, gazetteer: &Gazetteer) -> bool {
    !is_stop(n) && !is_vocabulary(&stem(n)) && !possessed(n) && !takes_lam(n, gazetteer)
}

/// Whether a word opens what a person said: the particle (إن، أن، بأن، إنه), also after a
/// comma, or a quotation mark before it.
fn opens_what_was_said(n: &Token<'_>) -> bool {
    !n.sentence_start
        && (n.opens_quote()
            || ((n.joins_previous() || n.gap_before.trim() == "،")
                && matches!(n.folded.as_str(), "ان" | "بان" | "انه")))
}

/// Whether token `i` opens an apposition to a source or a title before it, after a comma
/// (شاهد العيان، X Y): the descriptor of the person named there. The title may hold its
/// portfolio and the place or body it serves, up to five words in one phrase (قائد شرطة
/// مدينة X، Y Z; المتحدث باسم حكومة X، Y Z; النائب عن حزب X، Y Z), with no particle in
/// them but في، عن، باسم.
pub(super) fn apposition(tokens: &[Token<'_>], i: usize) -> bool {
    descriptor_before(tokens, i, 5)
}

/// Whether token `i` opens an apposition to a source or a title at most `reach` words
/// before it (`apposition`).
fn descriptor_before(tokens: &[Token<'_>], i: usize, reach: usize) -> bool {
    let w = words();
    let Some(t) = tokens.get(i) else {
        return false;
    };
    let descriptor = |p: usize| {
        let s = stem(&tokens[p]);
        w.source.contains(s.as_ref()) || w.title.contains(s.as_ref())
    };
    // The words between the descriptor and the comma: one phrase, no other particle.
    let portfolio = |p: usize| {
        (p + 1..i).all(|q| {
            let n = &tokens[q];
            n.joins_previous()
                && (!is_stop(n) || matches!(n.folded.as_str(), "في" | "عن" | "باسم"))
                && !words().speech.contains(stem(n).as_ref())
        })
    };
    // A word with و there rather begins the next clause (، وكلف …).
    !t.sentence_start
        && t.gap_before.trim() == "،"
        && !t.folded.starts_with('و')
        && (i.saturating_sub(reach)..i)
            .rev()
            .take_while(|&p| p + 1 == i || tokens[p + 1].joins_previous())
            .any(|p| descriptor(p) && (p + 2 >= i || portfolio(p)))
}

/// Whether token `k` closes an apposition's name: a comma before it, or the particle
/// that opens what was said (أن، إن، بأن، إنه).
fn closes_apposition(tokens: &[Token<'_>], k: usize) -> bool {
    tokens.get(k).is_some_and(|n| {
        !n.sentence_start
            && (n.gap_before.trim() == "،"
                || (n.joins_previous() && matches!(n.folded.as_str(), "ان" | "بان" | "انه")))
    })
}

/// A named actor some rule of this module found: a person, an organisation.
pub(super) fn named_actor(
    text: &str,
    range: std::ops::Range<usize>,
    confidence: f64,
    why: &'static str,
) -> Candidate {
    Candidate::written(text, range, EntityKind::Actor, confidence, why)
}

/// Personal names made with particles: عبد الرحمن، أبو بكر (a kunya), and the nasab X بن Y
/// (chains of them), with a nisba after (البغدادي): عبد الله بن محمد، أبو بكر البغدادي.
pub(super) fn compound_names(text: &str, tokens: &[Token<'_>]) -> Vec<Candidate> {
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
            // A given name before a kunya (وائل أبو X) when it opens an apposition
            // (after a comma) or follows a title: a verb there (قال أبو X) is no name.
            let given = i.checked_sub(1).filter(|&p| {
                let g = &tokens[p];
                t.joins_previous()
                    && !g.folded.starts_with("ال")
                    && !is_stop(g)
                    && !is_vocabulary(&g.folded)
                    && !w.particles.contains(g.folded.as_str())
                    && (g.gap_before.contains(['،', ','])
                        || p.checked_sub(1)
                            .is_some_and(|q| w.title.contains(stem(&tokens[q]).as_ref())))
            });
            (given.unwrap_or(i), i + 1)
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
        out.push(named_actor(
            text,
            range,
            0.7,
            "an Arabic compound name (عبد، أبو، بن)",
        ));
    }
    out
}
