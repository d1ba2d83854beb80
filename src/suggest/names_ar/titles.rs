//! People named after a title and its portfolio (وزير الصحة X Y، الشيخ "X"), or the
//! title's holder with no name, one of `find`'s cue kinds.

use super::scan::{At, Found, Scan};
use super::*;

impl Scan<'_, '_> {
    /// A title, its portfolio and the name after them: an actor.
    pub(super) fn title(self, at: &At<'_, '_>, found: &mut Found<'_>) -> bool {
        let (w, tokens, gazetteer) = (words(), self.tokens, self.gazetteer);
        let (i, t, s, dropped) = (at.i, at.t, at.s.as_ref(), at.dropped);
        // A title, its portfolio (words with the article), then a name of one to three words.
        // Folding takes the madda off آمر (commander), which makes it the verb أمر
        // (ordered: "وأمر بفتح تحقيق"): that title only as written with its madda.
        let verb_amara = s == "امر" && !t.text.contains('آ');
        if w.title.contains(s) && !verb_amara {
            let mut k = i + 1;
            while k < i + 4 && self.next(k).is_some_and(|n| n.folded.starts_with("ال")) {
                k += 1;
            }
            // The portfolio's place after في (وزير الصحة في ولاية X، رئيس نقابة المحامين في
            // X) belongs to it: the name comes after the place, which the gazetteer proposes.
            // An organisation's or a region's word may open that portfolio (نقابة
            // المحامين، حاكم إقليم X في Y Z).
            let mut p = i + 1;
            while p < i + 4
                && self.next(p).is_some_and(|n| {
                    n.folded.starts_with("ال")
                        || (p == i + 1
                            && [&w.org, &w.region]
                                .iter()
                                .any(|set| cue_in(set, &n.folded).is_some()))
                })
            {
                p += 1;
            }
            if p > i + 1
                && tokens
                    .get(p)
                    .is_some_and(|n| n.joins_previous() && n.folded == "في")
                && let Some(region) = self.next(p + 1)
            {
                let known = |n: &Token<'_>| gazetteer.lookup(&stem(n)).is_some_and(|h| !h.common);
                // After a region's word (ولاية X) the place need not be known.
                let in_region = cue_in(&w.region, &region.folded).is_some();
                let at = if in_region { p + 2 } else { p + 1 };
                let place = |n: &Token<'_>| known(n) || (in_region && !is_vocabulary(&stem(n)));
                if self.next(at).is_some_and(place) && self.more(at + 1).is_some() {
                    k = at + 1;
                }
            }
            // A known place after a title is the place the holder serves (محافظ بغداد):
            // the gazetteer proposes it.
            // Only an indefinite title or portfolio word is in construct with it: after a
            // definite one (القاضي، الرئيس السابق) a word the gazetteer knows begins the
            // holder's name, which then holds no place (الحاكم X Y).
            let construct = !stem(&tokens[k - 1]).starts_with("ال");
            let known_first = self
                .next(k)
                .is_some_and(|n| gazetteer.lookup(&stem(n)).is_some_and(|h| !h.common));
            let place = known_first && construct;
            // An organisation word alone there is the portfolio (رئيس بعثة الأمم المتحدة),
            // and a building or place word begins no name (افتتح وزير الصحة مستشفى
            // جديدا): no name.
            let portfolio = |n: &Token<'_>| cue_word(&stem(n));
            let site = |n: &Token<'_>| {
                let n = stem(n);
                [&w.place, &w.building]
                    .iter()
                    .any(|set| cue_in(set, &n).is_some())
            };
            // A casualty word there begins no name (المتحدث مقتل ثلاثة).
            let casualty = self
                .next(k)
                .is_some_and(|n| crate::suggest::figures::is_casualty_word(&stem(n)));
            // A quoted name after the title and its portfolio (الشيخ "X Y"، محافظ
            // العاصمة «X Y») is the person, surer than a place the gazetteer finds in it.
            if let Some(name) = quoted_name(tokens, k) {
                found.persons.push((name.clone(), true));
                found.push(name, EntityKind::Actor, None, 0.92, QUOTED_TITLE);
                return true;
            }
            // A name begins with no word with the preposition ل (المتحدث العسكري للجيش:
            // the body served), no word in tanween (an adverb or an object: لاحقًا، صورًا),
            // and no noun of a casualty figure's amount (المتحدث أعداد القتلى).
            let named = self.next(k).filter(|n| {
                !takes_lam(n, gazetteer)
                    && !tanween(n)
                    && !self.next(k + 1).is_some_and(|c| {
                        (c.folded.strip_prefix("ال"))
                            .is_some_and(crate::suggest::figures::is_casualty_word)
                    })
            });
            if named.is_some() && !place && !casualty {
                let mut end = k;
                // Not over a word with a preposition and the article (بالهجوم).
                // Nor over the word of a body, a place or a building, which begins the
                // next phrase (القاضي X Y استخبارات الجيش).
                let named = |n: &Token<'_>| {
                    !["ال", "بال", "لل", "كال"]
                        .iter()
                        .any(|p| n.folded.starts_with(p))
                        && !heads_a_name(&stem(n))
                };
                while end < k + 2 && self.more(end + 1).is_some_and(named) {
                    end += 1;
                }
                // A regnal ordinal ends the name (البابا X الثاني).
                if tokens.get(end + 1).is_some_and(|n| {
                    n.joins_previous()
                        && n.folded.starts_with("ال")
                        && w.ordinals.contains(n.folded.as_str())
                }) {
                    end += 1;
                }
                let name = tokens[k].range.start..tokens[end].range.end;
                if end > k {
                    found.persons.push((name.clone(), known_first));
                }
                if (end > k || !portfolio(&tokens[k])) && !site(&tokens[k]) {
                    found.push(name, EntityKind::Actor, None, 0.7, AFTER_TITLE);
                }
            } else if k > i + 1
                && named.is_none()
                && !place
                && tokens.get(k).is_none_or(|n| n.gap_before.trim() != "،")
                && !t.gap_before.trim().ends_with('،')
                && !served_place(tokens, k, gazetteer)
            {
                // A title and its portfolio with no name after them (المتحدث العسكري،
                // وزير الداخلية العراقي إن …) name the office's holder; not before a comma
                // and the name (وزير الصحة، X Y،) nor before the place served (وزير الصحة
                // في X), where the name may follow, nor after a comma, where they describe
                // the name before them (X، أمير البلاد).
                found.push(
                    skip_letters(t, dropped).start..tokens[k - 1].range.end,
                    EntityKind::Actor,
                    None,
                    0.6,
                    "a title and its portfolio, no name after them",
                );
            }
            return true;
        }
        false
    }
}

/// Whether token `k` is في and a place may come after it: a region's word (في ولاية X), a
/// name the gazetteer holds (في X), or a word it does not know and no vocabulary; not a
/// common word the gazetteer also holds (في بيان).
fn served_place(tokens: &[Token<'_>], k: usize, gazetteer: &Gazetteer) -> bool {
    let joined = |k: usize| tokens.get(k).filter(|n| n.joins_previous());
    joined(k).is_some_and(|n| n.folded == "في")
        && joined(k + 1).is_some_and(|n| {
            let n = stem(n);
            cue_in(&words().region, &n).is_some()
                || gazetteer
                    .lookup(&n)
                    .map_or(!is_vocabulary(&n), |h| !h.common)
        })
}
