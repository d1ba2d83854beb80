//! Sources without a name (مصادر أمنية، مصدر مطلع) and generic actor nouns (مسلحون،
//! انتحاري ثالث), the last of `find`'s cue kinds.

use super::scan::{At, Found, Scan};
use super::words::MEDIA_WORD;
use super::*;

impl Scan<'_, '_> {
    /// Reports and the media with the adjective that says whose (تقارير محلية، وسائل إعلام
    /// مصرية، وسائل الإعلام الرسمية): a source without a name, a generic actor. The
    /// indefinite media (وسائل إعلام) are one alone; bare reports (تقارير، وسائل الإعلام)
    /// are no party.
    ///
    /// Members of a side (العناصر المسلحة، عناصر أمنية، أحد العناصر الأمنية) are one the
    /// same way, with or without the article, but not counted by a number (5 عناصر
    /// أمنية: the victims of a figure); teams with the definite noun of their work (فرق
    /// الإنقاذ، طواقم الإسعاف) are one with or without an adjective.
    pub(super) fn reports(self, at: &At<'_, '_>, found: &mut Found<'_>) -> bool {
        let (w, tokens) = (words(), self.tokens);
        let (i, t, s, dropped) = (at.i, at.t, at.s.as_ref(), at.dropped);
        let members = (s.strip_prefix("ال").unwrap_or(s)).to_string();
        let members = w.members.contains(&members);
        // Teams with the definite noun of their work (فرق الإنقاذ).
        let team = w.teams.contains(s)
            && self.more(i + 1).is_some_and(|n| {
                let n = stem(n);
                n.starts_with("ال") && !cue_word(&n) && self.gazetteer.key_folded(&n).is_none()
            });
        if !w.reports.contains(s) && !members && !team {
            return false;
        }
        if members && counted(tokens, i) {
            return true;
        }
        // وسائل is the media only with its word after it (وسائل إعلام، وسائل الإعلام).
        let media = self.next(i + 1).filter(|n| {
            let n = stem(n);
            n.strip_prefix("ال").unwrap_or(&n) == MEDIA_WORD
        });
        let head = match media {
            Some(_) => i + 1,
            None if team => i + 1,
            None if s == "وسائل" => return false,
            None => i,
        };
        let definite = stem(&tokens[head]).starts_with("ال");
        // An adjective that agrees: in ي or ية, with the article as its noun has it.
        let adjective = self.more(head + 1).filter(|n| {
            let a = stem(n);
            a.starts_with("ال") == definite
                && (a.ends_with('ي') || a.ends_with('ه'))
                && !heads_a_name(&a)
                && self.gazetteer.key_folded(&a).is_none()
        });
        let end = match adjective {
            Some(_) => head + 1,
            None if head > i && (!definite || team) => head,
            None => return true,
        };
        found.push(
            self.one_of(i)
                .unwrap_or_else(|| skip_letters(t, dropped).start)
                ..tokens[end].range.end,
            EntityKind::Actor,
            None,
            0.6,
            GENERIC,
        );
        true
    }

    /// Where "one of" before token `i` begins (أحد الشهود، وأحد العناصر), if it stands
    /// there: one of those named after it, the same actor.
    fn one_of(self, i: usize) -> Option<usize> {
        let one = &self.tokens[i.checked_sub(1)?];
        let letters = usize::from(!words().one_of.contains(one.folded.as_str()));
        self.one_of_before(i)
            .then(|| skip_letters(one, letters).start)
    }

    /// A source without a name and the word that says which: a generic actor.
    pub(super) fn source(self, at: &At<'_, '_>, found: &mut Found<'_>) -> bool {
        let (w, tokens) = (words(), self.tokens);
        let (i, t, s, dropped) = (at.i, at.t, at.s.as_ref(), at.dropped);
        // A source without a name, and the word that says which (مصادر أمنية، مصدر مطلع).
        // Also after the preposition ل or ب (وفقا لمصادر).
        // With the article, a source is named before (قالت المصادر) but with an
        // adjective (المصادر الأمنية) or after "one of" (أحد الشهود).
        if s.strip_prefix("ال").is_some_and(|r| w.source.contains(r)) {
            let adjective = self.definite_adjective(i + 1);
            let start = self.one_of(i);
            if adjective.is_some() || start.is_some() {
                let end = if adjective.is_some() { i + 1 } else { i };
                found.push(
                    start.unwrap_or_else(|| skip_letters(t, dropped).start)..tokens[end].range.end,
                    EntityKind::Actor,
                    None,
                    0.6,
                    GENERIC,
                );
            }
            return true;
        }
        let source = if w.source.contains(s) {
            Some(0)
        } else {
            (s.strip_prefix(['ل', 'ب']))
                .filter(|r| w.source.contains(*r))
                .map(|_| 1)
        };
        if let Some(extra) = source {
            let mut end = self
                .more(i + 1)
                .filter(|n| !is_vocabulary(&stem(n)) || cue_in(&w.org, &stem(n)).is_some())
                .map_or(i, |_| i + 1);
            let mut confidence = if end > i { 0.6 } else { 0.55 };
            // Sources at a building (مصادر بمكتب X، مصدر في مستشفى X) are one actor with
            // it, surer than the building or a place in it, which nests.
            let building = |k: usize, extra: usize| {
                tokens.get(k).is_some_and(|n| {
                    n.joins_previous() && cue_in(&w.building, &stem(n)) == Some(extra)
                })
            };
            let at = if building(i + 1, 1) {
                Some(i + 1)
            } else {
                let fi = tokens
                    .get(i + 1)
                    .is_some_and(|n| n.joins_previous() && w.prepositions.contains(&n.folded));
                (fi && building(i + 2, 0)).then_some(i + 2)
            };
            if let Some(b) = at {
                end = b;
                while end < b + 2 && self.more(end + 1).is_some() {
                    end += 1;
                }
                confidence = 0.92;
            }
            // Nor when the person's name follows, after a comma (شاهد العيان، X Y).
            let named = apposition(tokens, end + 1)
                && self.more(end + 2).is_some()
                && !cue_word(&stem(&tokens[end + 1]));
            if !called(tokens, end + 1) && !named {
                found.push(
                    skip_letters(t, dropped + extra).start..tokens[end].range.end,
                    EntityKind::Actor,
                    None,
                    confidence,
                    GENERIC,
                );
            }
            return true;
        }
        false
    }

    /// A generic actor noun and the words that agree with it.
    pub(super) fn generic_actor(self, at: &At<'_, '_>, found: &mut Found<'_>) {
        let (w, tokens, gazetteer) = (words(), self.tokens, self.gazetteer);
        let (i, t, s, dropped) = (at.i, at.t, at.s.as_ref(), at.dropped);
        // A counted victims' noun (5 جنود، جنود ومدنيون after a number) names the victims
        // of a figure, no party.
        // An attacker noun after a noun of an attack is its adjective (هجوم انتحاري،
        // بتفجير انتحاري).
        let of_an_act = t.joins_previous()
            && i.checked_sub(1)
                .is_some_and(|p| cue_in(&w.acts, &stem(&tokens[p])).is_some());
        if w.actor.contains(s) && !of_an_act && !(w.victims.contains(s) && counted(tokens, i)) {
            // Adjectives that agree with the noun follow it: مسلحون إسلاميون متطرفون,
            // also in the dual and the accusative (مفجرتان انتحاريتان، مفجرا انتحاريا).
            let mut end = i;
            let definite = s.starts_with("ال");
            // An adjective ends as its noun does in the plural, the dual and the
            // accusative (ون، ين، ان، ا); else in ي or ة.
            let ending = |x: &str| ["ون", "ين", "ان", "ا"].into_iter().find(|e| x.ends_with(e));
            while end < i + 2
                && self.more(end + 1).is_some_and(|n| {
                    let a = stem(n);
                    let agrees = match ending(&stem(&tokens[end])) {
                        Some(e) => a.ends_with(e),
                        None => ["يه", "ه", "ي"].iter().any(|e| a.ends_with(e)),
                    };
                    (definite == a.starts_with("ال"))
                        && gazetteer.key_folded(&a).is_none()
                        && !heads_a_name(&a)
                        && agrees
                })
            {
                end += 1;
            }
            // Or the body the person serves, in the genitive: ضابط شرطة، ضابط الجيش.
            if end == i
                && self
                    .more(i + 1)
                    .is_some_and(|n| cue_in(&w.org, &stem(n)).is_some())
            {
                end = i + 1;
            }
            // Or an ordinal that says which one (انتحاري ثالث، المسلح الأول).
            if let Some(n) = tokens.get(end + 1).filter(|n| n.joins_previous())
                && w.ordinals.contains(n.folded.as_str())
            {
                end += 1;
            }
            // A person's name follows (ضابط يدعى X): the name is the actor.
            if !called(tokens, end + 1) {
                found.push(
                    skip_letters(t, dropped).start..tokens[end].range.end,
                    EntityKind::Actor,
                    None,
                    0.6,
                    GENERIC,
                );
            }
        }
    }
}

/// Whether token `i` is a noun counted by an amount right before it (5 جنود، عشرات
/// الجنود), or the second of two such nouns joined by و (جنود ومدنيين).
fn counted(tokens: &[Token<'_>], i: usize) -> bool {
    let after_amount = |i: usize| {
        (i.saturating_sub(3)..i).any(|j| {
            amount_at(tokens, j)
                .is_some_and(|(_, used)| j + used == i && tokens[i].joins_previous())
        })
    };
    after_amount(i)
        || (i > 0
            && tokens[i].joins_previous()
            && tokens[i].folded.starts_with('و')
            && after_amount(i - 1))
}
