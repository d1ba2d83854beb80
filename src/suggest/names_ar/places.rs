//! Places named by the gazetteer (also with ب or ل on a bare name: بإدلب) and by a place
//! word (مدينة X، ولاية X، الضاحية الجنوبية), one of `find`'s cue kinds; a word before a
//! preposition with a pronoun (منطقة يعيش فيها) is no name.

use super::scan::{At, Found, Scan};
use super::*;

impl Scan<'_, '_> {
    /// A name the gazetteer holds, of two words or one, where it is a place here.
    pub(super) fn gazetteer_place(self, at: &At<'_, '_>, found: &mut Found<'_>) -> bool {
        let (w, tokens, gazetteer) = (words(), self.tokens, self.gazetteer);
        let (i, t, s, dropped) = (at.i, at.t, at.s.as_ref(), at.dropped);
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
        let not_here = || {
            w.directions.contains(s)
                || i.checked_sub(1)
                    .is_some_and(|p| cue_in(&w.time, &stem(&tokens[p])).is_some())
                || (!cued && possessed(t))
        };
        let no_place = || accusative_adjective || not_here();
        // A common word after a verb of saying is the medium of what was said (قالت
        // الوزارة في بيان "in a statement", لما ذكره X في بيان), no place, whatever cue
        // stands before it.
        let spoken = || {
            (i.saturating_sub(6)..i)
                .rev()
                .take_while(|&k| !tokens[k + 1].sentence_start)
                .any(|k| {
                    let t = &tokens[k];
                    // Also with its object pronoun (وفقا لما ذكره، أعلنته).
                    let stem = stem(t);
                    let bare = stem.strip_suffix('ه').unwrap_or(&stem);
                    [t.folded.as_str(), stem.as_ref(), bare]
                        .iter()
                        .any(|v| w.speech.contains(*v))
                })
        };
        // A common word with a preposition and a pronoun after it (في بيان له "in a
        // statement of his") is the noun it refers to, no place, whatever the cue.
        let place = |name: &str| {
            let words = name.split(' ').count();
            gazetteer
                .lookup(name)
                .filter(|hit| {
                    (!hit.common || (cued && !spoken() && !resumptive(tokens, i + words)))
                        && !no_place()
                })
                .map(|hit| hit.key.to_string())
        };
        if let Some(n) = tokens.get(i + 1).filter(|n| n.joins_previous())
            && let Some(key) = place(&format!("{s} {}", n.folded))
        {
            let range = skip_letters(t, dropped).start..n.range.end;
            found.push(range, gazetteer_kind(&key), Some(key), 0.9, GAZETTEER);
            return true;
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
            found.push(range, gazetteer_kind(&key), Some(key), 0.9, GAZETTEER);
            return true;
        }
        // A preposition on a bare name the gazetteer holds (بإدلب، لسوريا), which no
        // adjective takes (مسجدا بX: the place, not the mosque's adjective).
        if !is_stop(t)
            && !not_here()
            && let Some((last, key)) = self.place_after_preposition(i)
        {
            let range = skip_letters(t, dropped + 1).start..tokens[last].range.end;
            found.push(range, gazetteer_kind(&key), Some(key), 0.9, GAZETTEER);
            return true;
        }
        false
    }

    /// The preposition ب or ل on a bare name at token `i` (بإدلب، لسوريا، بشمال X; `stem`
    /// drops it only before the article): the last token and the key of the name the
    /// gazetteer holds after it, two words or one. Never a name that is mostly a word, one
    /// of three letters (بلاد is no ب + X), a place, building or body word (بمدينة: مدينة
    /// is Medina too), nor a word right after a verb of saying (أوضح X: a person's name).
    pub(super) fn place_after_preposition(self, i: usize) -> Option<(usize, String)> {
        let (w, tokens, gazetteer) = (words(), self.tokens, self.gazetteer);
        let t = &tokens[i];
        let s = stem(t);
        let r =
            (s.strip_prefix(['ب', 'ل'])).filter(|r| r.chars().count() >= 4 && !heads_a_name(r))?;
        if i.checked_sub(1)
            .is_some_and(|p| w.speech.contains(stem(&tokens[p]).as_ref()))
        {
            return None;
        }
        let known = |name: &str| {
            (gazetteer.lookup(name))
                .filter(|hit| !hit.common)
                .map(|hit| hit.key.to_string())
        };
        let two = (tokens.get(i + 1))
            .filter(|n| n.joins_previous())
            .and_then(|n| known(&format!("{r} {}", n.folded)).map(|k| (i + 1, k)));
        two.or_else(|| known(r).map(|k| (i, k)))
    }

    /// A place word and the name after it, or its direction.
    pub(super) fn place_word(self, at: &At<'_, '_>, found: &mut Found<'_>) -> bool {
        let (w, tokens, gazetteer) = (words(), self.tokens, self.gazetteer);
        let (i, t, s, dropped) = (at.i, at.t, at.s.as_ref(), at.dropped);
        // A place word, then the name (not another place word: عاصمة ولاية كانو).
        // A definite place word (المنطقة "the region") is whole: no name comes after it.
        if let Some(extra) = cue_in(&w.place, s) {
            let direction = |k: usize| {
                self.more(k)
                    .is_some_and(|n| w.directions.contains(&n.folded))
            };
            // A definite place word and its direction (الضاحية الجنوبية) name one place;
            // with من after them (المنطقة الغربية من X) they describe a part of X.
            let of_a_place = tokens
                .get(i + 2)
                .is_some_and(|n| n.joins_previous() && n.folded == "من");
            if s.starts_with("ال") && direction(i + 1) && !of_a_place {
                let range = skip_letters(t, dropped + extra).start..tokens[i + 1].range.end;
                // Surer than a region the adjective also names (الشرقية).
                found.push(range, EntityKind::Place, None, 0.9, DIRECTION);
                return true;
            }
            // A quoted name after it (قرية "X") is the place.
            if !s.starts_with("ال")
                && let Some(name) = quoted_name(tokens, i + 1)
            {
                found.push(name, EntityKind::Place, None, 0.7, AFTER_PLACE_WORD);
                return true;
            }
            if let Some(n) = self
                .more(i + 1)
                .filter(|n| cue_in(&w.place, &n.folded).is_none() && !s.starts_with("ال"))
            {
                let (ns, nd) = without_proclitics(&n.folded);
                // Two words the gazetteer knows (ولاية النيل الأزرق) make the name.
                let two = self.next(i + 2).and_then(|n2| {
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
                // A preposition with a pronoun after the word (منطقة يعيش فيها "a district
                // where … live") makes it a relative clause's verb: no name.
                if key.is_none() && resumptive(tokens, last_ix + 1) {
                    return true;
                }
                if !adjective && direction(last_ix + 1) {
                    // A place word, a name and a direction (ضاحية X الجنوبية): a part of
                    // the named place, surer than the name alone, which nests inside it.
                    let range =
                        skip_letters(t, dropped + extra).start..tokens[last_ix + 1].range.end;
                    found.push(range, EntityKind::Place, None, 0.9, DIRECTION);
                } else if region && !adjective {
                    let confidence = if key.is_some() { 0.9 } else { 0.7 };
                    let range = skip_letters(t, dropped + extra).start..last.range.end;
                    found.push(range, EntityKind::Place, key, confidence, REGION);
                } else if !w.place.contains(ns.as_ref()) && !adjective {
                    let range = skip_letters(n, nd).start..last.range.end;
                    found.push(range, EntityKind::Place, key, 0.7, AFTER_PLACE_WORD);
                }
            }
            return true;
        }
        false
    }
}

/// Whether token `k` is a preposition with a pronoun suffix in the phrase of the word
/// before it (فيها، له): it refers back to that word, a verb's or a common noun's.
fn resumptive(tokens: &[Token<'_>], k: usize) -> bool {
    tokens
        .get(k)
        .is_some_and(|n| n.joins_previous() && words().resumptive.contains(&n.folded))
}
