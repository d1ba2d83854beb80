//! Buildings, premises, streets and quarters with the words that say which (مستشفى X،
//! مقر الشرطة، مسجد "X"), one of `find`'s cue kinds.

use super::scan::{At, Found, Scan};
use super::*;

impl Scan<'_, '_> {
    /// "One of" and a definite building's word, singular or plural (إحدى الأسواق، أحد
    /// المساجد القديمة), or a plural's construct with a definite noun (إحدى نقاط
    /// التفتيش): one building of that kind, a place, with the definite adjectives after
    /// it.
    pub(super) fn one_of_the_buildings(self, at: &At<'_, '_>, found: &mut Found<'_>) -> bool {
        let (w, tokens) = (words(), self.tokens);
        let i = at.i;
        if !self.one_of_before(i) {
            return false;
        }
        let s = stem(&tokens[i]);
        let bare = s.strip_prefix("ال");
        let kind = |r: &str| w.building.contains(r) || w.building_plurals.contains(r);
        let mut end = match bare {
            Some(r) if kind(r) => i,
            // The construct: نقاط التفتيش.
            None if w.building_plurals.contains(s.as_ref())
                && self.more(i + 1).is_some_and(|n| stem(n).starts_with("ال")) =>
            {
                i + 1
            }
            _ => return false,
        };
        while end < i + 3 && self.definite_adjective(end + 1).is_some() {
            end += 1;
        }
        let one = &tokens[i - 1];
        let letters = usize::from(!w.one_of.contains(one.folded.as_str()));
        found.push(
            skip_letters(one, letters).start..tokens[end].range.end,
            EntityKind::Place,
            None,
            0.8,
            "one of the buildings of a kind (إحدى الأسواق)",
        );
        true
    }

    /// A building's word and the words that name it: a place.
    pub(super) fn building(self, at: &At<'_, '_>, found: &mut Found<'_>) -> bool {
        let (w, tokens, gazetteer) = (words(), self.tokens, self.gazetteer);
        let (i, t, s, dropped) = (at.i, at.t, at.s.as_ref(), at.dropped);
        // A building's word and the words that say which (a name, a genitive chain, an
        // adjective; up to three): the whole is the place. A definite word closes a
        // genitive chain: only definite adjectives come after it (مقر الشرطة الرئيسي).
        if let Some(extra) = cue_in(&w.building, s) {
            if s.strip_prefix("ال").is_some_and(|r| w.streets.contains(r)) {
                return true;
            }
            // A quoted name after it (مسجد "X", المستشفى «X») is the place.
            if let Some(name) = quoted_name(tokens, i + 1) {
                found.push(name, EntityKind::Place, None, 0.8, QUOTED_BUILDING);
                return true;
            }
            let mut end = i;
            let mut closed = s.starts_with("ال");
            // A pronoun in the words after it (حي يعيش فيه، مقر إقامته) makes them a
            // clause or a possession: no name.
            let mut clause = false;
            // Another building's bare definite word right after it (ساحة المسجد، مدخل
            // المستشفى) is the building it is part of, named before: no name. With an
            // adjective after it (مستشفى الجامعة الأمريكية) it names one.
            let part_of = self.more(i + 1).is_some_and(|n| {
                let n = stem(n);
                n.starts_with("ال") && cue_in(&w.building, &n).is_some()
            }) && !self.more(i + 2).is_some_and(|a| {
                let a = stem(a);
                a.starts_with("ال") && matches!(a.chars().last(), Some('ي' | 'ه'))
            });
            if part_of {
                return true;
            }
            while end < i + 3 {
                let Some(n) = self.more(end + 1) else {
                    clause = self.next(end + 1).is_some_and(possessed);
                    break;
                };
                let definite = stem(n).starts_with("ال");
                // Another place's word with a preposition (مسجد بحي X) begins a phrase.
                // So does a place's name with one (مسجد ببلدة X، كنيسة X بمدينة Y، مسجد
                // بX).
                let elsewhere = n.folded.starts_with('ب')
                    && ([&w.place, &w.building].iter().any(|set| {
                        cue_in(set, &n.folded) == Some(1)
                            || (stem(n) != n.folded.as_str() && cue_in(set, &stem(n)).is_some())
                    }) || self.place_after_preposition(end + 1).is_some());
                // After a definite word, a participle (المحاط، المستهدف، المكتظة: الم…
                // and no nisba) describes the building named before; not one of the
                // forms متفعل / متفاعل, which says of which kind it is (المستشفى
                // المتخصص).
                let participle = closed && {
                    let a = stem(n);
                    a.starts_with("الم")
                        && !a.starts_with("المت")
                        && !a.ends_with('ي')
                        && !a.ends_with("يه")
                };
                if (closed && !definite) || elsewhere || participle {
                    break;
                }

                // A title in it takes the person's name after it: the building is named
                // after them (مسجد الإمام X، مستشفى الشيخ X).
                closed = (closed || definite) && !w.title.contains(stem(n).as_ref());
                end += 1;
                // A known place ends it (مقر شرطة مدينة بغداد، then the next phrase), and
                // so does an adjective (مبنى حكومي).
                if self.is_place_name(n) || self.ends_chain(n) || describes(n, gazetteer) {
                    break;
                }
            }
            // A pronoun right after the chain too (حي يعيش فيه).
            if clause || self.next(end + 1).is_some_and(possessed) {
                return true;
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
                && self.more(end + 1).is_some_and(|n| {
                    stem(n).starts_with("ال") && matches!(letters(n).last(), Some('ي' | 'ة'))
                });
            if agreed {
                end += 1;
            }
            let described = !agreed && tokens[i + 1..=end].iter().all(|n| describes(n, gazetteer));
            // It goes on over ل and a definite noun of its use (مركز تدريب للشرطة، معسكر
            // للتدريب), as an organisation does.
            if self
                .next(end + 1)
                .is_some_and(|n| n.folded.starts_with("لل") && n.folded.chars().count() >= 5)
            {
                end += 1;
            }
            if target || !described {
                // Surer than the organisation in its chain (مقر الشرطة), and as sure as a
                // gazetteer name when it holds one (مقر شرطة مدينة بغداد): the building
                // then wins over its place, which nests inside it.
                let known = tokens[i + 1..=end].iter().any(|n| self.is_place_name(n));
                found.push(
                    skip_letters(t, dropped + extra).start..tokens[end].range.end,
                    EntityKind::Place,
                    None,
                    if known { 0.9 } else { 0.8 },
                    "a building with the words that say which (مقر، مبنى، مستشفى …)",
                );
            }
            return true;
        }
        false
    }
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
