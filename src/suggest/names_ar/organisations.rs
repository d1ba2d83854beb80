//! Organisations named by their word and its complement (وزارة الداخلية، وكالة «X»), one
//! of `find`'s cue kinds.

use super::scan::{At, Found, Scan};
use super::*;

impl Scan<'_, '_> {
    /// An organisation word and its name: an actor.
    pub(super) fn organisation(self, at: &At<'_, '_>, found: &mut Found<'_>) -> bool {
        let (w, tokens) = (words(), self.tokens);
        let (i, t, s, dropped) = (at.i, at.t, at.s.as_ref(), at.dropped);
        // An organisation word before a quoted name: the name (جماعة "بوكو حرام").
        if cue_in(&w.org, s).is_some()
            && let Some(name) = quoted_name(tokens, i + 1)
        {
            // Surer than a place the gazetteer finds in it: the quoted whole is the name.
            found.push(name, EntityKind::Actor, None, 0.92, QUOTED);
            return true;
        }
        // An organisation word and its complement (up to two words).
        if let Some(extra) = cue_in(&w.org, s) {
            let dropped = dropped + extra;
            // A definite word (القوات) takes only definite adjectives after it (up to
            // three: وكالة الأنباء الإيرانية الرسمية), not the indefinite noun that starts
            // the next phrase (حالة).
            // An indefinite one before a definite genitive (وكالة الأنباء) is closed the
            // same way.
            let mut definite = s.starts_with("ال");
            let longest = if definite || self.more(i + 1).is_some_and(|n| stem(n).starts_with("ال"))
            {
                3
            } else {
                2
            };
            let mut end = i;
            // After a definite adjective (الشرطة العسكرية) only another adjective goes on:
            // a definite noun begins the next phrase (… العسكرية التحقيق).
            let nisba = |n: &Token<'_>| {
                let a = stem(n);
                a.starts_with("ال") && (a.ends_with('ي') || a.ends_with("يه"))
            };
            // After any definite word the construct is closed: only an adjective goes on
            // (الحكومة العراقية، قوات الأمن الخاصة; not الحكومة الحداد "the government
            // … mourning", قوات الأمن المنطقة).
            let adjective = |n: &Token<'_>| {
                let a = stem(n);
                let r = a.strip_prefix("ال").unwrap_or(&a);
                !heads_a_name(&a) && (nisba(n) || r.starts_with('م') || a.ends_with('ه'))
            };
            while end < i + longest
                && self.more(end + 1).is_some_and(|n| {
                    (!definite || stem(n).starts_with("ال"))
                        && (end == i || !nisba(&tokens[end]) || nisba(n))
                        && (!stem(&tokens[end]).starts_with("ال") || adjective(n))
                })
                && !w.title.contains(stem(&tokens[end + 1]).as_ref())
            {
                end += 1;
                definite |= stem(&tokens[end]).starts_with("ال");
                if self.ends_chain(&tokens[end]) {
                    break;
                }
            }
            // A name of two words or more goes on over ل and a definite noun of its field
            // (الوكالة الوطنية للإعلام، الهيئة العليا للإغاثة), never over ل and an
            // indefinite noun (لوكالة: a new phrase), an act (للتحقيق) or the people it
            // speaks to (للصحفيين).
            if end > i
                && self.next(end + 1).is_some_and(|n| {
                    let f = n.folded.as_str();
                    f.starts_with("لل")
                        && f.chars().count() >= 5
                        && !verbal_noun(&without_proclitics(f).0)
                        && !["ين", "ون", "ان"].iter().any(|e| f.ends_with(e))
                })
            {
                end += 1;
            }
            // A bare organisation word refers back to a body named before (قالت الوكالة،
            // لم تعلن أي جماعة): no name; a generic actor noun (الشرطة، الجيش) is still
            // one below.
            if end > i {
                found.push(
                    skip_letters(t, dropped).start..tokens[end].range.end,
                    EntityKind::Actor,
                    None,
                    0.75,
                    "an organisation word and its name",
                );
                // A quoted name after the whole (وكالة الأنباء الفرنسية «X»، تنظيم
                // الدولة "X") is the body's own name, a mention of its own.
                if let Some(name) = quoted_name(tokens, end + 1) {
                    found.push(name, EntityKind::Actor, None, 0.92, QUOTED);
                }
                return true;
            }
        }
        false
    }
}
