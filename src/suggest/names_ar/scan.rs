//! The frame of `find`'s cue-word scan: the text it reads (`Scan`: the tokens and the
//! gazetteer, and the tests on the words after a cue that every cue kind shares), the word it
//! stands on (`At`: the word without its proclitics, unless it is itself a cue or a place),
//! and what it has found so far (`Found`). Each cue kind (`places`, `buildings`,
//! `organisations`, `titles`, `sources`) reads the words at one cue into `Found`.

use super::*;
use std::ops::Range;

/// The text the scan reads; every cue kind's rules are methods on it.
#[derive(Clone, Copy)]
pub(super) struct Scan<'a, 't> {
    pub(super) tokens: &'a [Token<'t>],
    pub(super) gazetteer: &'a Gazetteer,
    /// Whether the text writes the preposition على with its final ى: علي with ي is then
    /// the given name Ali, no particle (folding makes the two one word).
    pub(super) ali: bool,
}

/// The word the scan stands on: its index, its token, its form without the proclitics
/// and how many letters they were.
pub(super) struct At<'a, 't> {
    pub(super) i: usize,
    pub(super) t: &'a Token<'t>,
    pub(super) s: Cow<'a, str>,
    pub(super) dropped: usize,
}

/// The candidates found so far, and the people's names among them.
pub(super) struct Found<'a> {
    text: &'a str,
    out: Vec<Candidate>,
    /// A title's name of two words or more (الرئيس X Y): a gazetteer word after its first
    /// word is the person's family name, no place. A quoted one (الشيخ "X Y", `true`) is a
    /// name as a whole: no gazetteer word in it is a place.
    pub(super) persons: Vec<(Range<usize>, bool)>,
}

impl<'a> Found<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        Found {
            text,
            out: Vec::new(),
            persons: Vec::new(),
        }
    }

    /// Adds the candidate at `range`.
    pub(super) fn push(
        &mut self,
        range: Range<usize>,
        kind: EntityKind,
        key: Option<String>,
        confidence: f64,
        why: &'static str,
    ) {
        let name = self.text[range.clone()].to_string();
        self.out.push(Candidate {
            range,
            kind,
            name,
            place_key: key,
            confidence,
            generic: why == GENERIC,
            why: Cow::Borrowed(why),
        });
    }

    /// The candidates, without a gazetteer place inside a person's name, nor a generic
    /// noun after "who is" (X Y وهو مسؤول محلي): it describes the person named before,
    /// no other actor.
    pub(super) fn candidates(self) -> Vec<Candidate> {
        let (persons, text) = (self.persons, self.text);
        let mut out = self.out;
        out.retain(|c| {
            let describes_the_named = c.generic
                && text[..c.range.start]
                    .trim_end()
                    .rsplit(char::is_whitespace)
                    .next()
                    .is_some_and(|w| matches!(w, "وهو" | "وهي" | "هو" | "هي"));
            !describes_the_named
                && (c.why != GAZETTEER
                    || !persons.iter().any(|(p, whole)| {
                        (*whole || p.start < c.range.start)
                            && p.start <= c.range.start
                            && c.range.end <= p.end
                    }))
        });
        out
    }
}

impl<'a, 't> Scan<'a, 't> {
    pub(super) fn new(tokens: &'a [Token<'t>], gazetteer: &'a Gazetteer) -> Self {
        let ali = tokens.iter().any(|t| t.text.ends_with("على"));
        Scan {
            tokens,
            gazetteer,
            ali,
        }
    }

    /// Whether a word is a stop word here (`is_stop`): علي is not where it is a name.
    pub(super) fn is_stop(self, t: &Token<'_>) -> bool {
        is_stop(t) && !(self.ali && letters(t) == ['ع', 'ل', 'ي'])
    }

    /// The word at token `i`. A word that is itself a cue or a place keeps its first letter
    /// (وزارة is no و + زارة).
    pub(super) fn at(self, i: usize) -> At<'a, 't> {
        let w = words();
        let t = &self.tokens[i];
        let known = |x: &str| {
            self.gazetteer.key_folded(x).is_some()
                || cue_in(&w.place, x).is_some()
                || cue_in(&w.org, x).is_some()
                || w.title.contains(x)
                || w.actor.contains(x)
                || w.reports.contains(x)
                || w.members.contains(x)
                || w.teams.contains(x)
        };
        let (s, dropped) = if known(&t.folded) {
            (Cow::Borrowed(t.folded.as_str()), 0)
        } else {
            without_proclitics(&t.folded)
        };
        At { i, t, s, dropped }
    }

    /// The word at token `k` if it joins the one before and is no stop word.
    pub(super) fn next(self, k: usize) -> Option<&'a Token<'t>> {
        self.tokens
            .get(k)
            .filter(|n| n.joins_previous() && !self.is_stop(n))
    }

    /// A word that goes on with a name: never one with the preposition ل (لوكالة), nor
    /// with the conjunction و (وانفجرت) unless the word is a cue or a place, nor one
    /// with a pronoun suffix (جماعة مسؤوليتها "a group its responsibility") unless
    /// it is a place.
    pub(super) fn more(self, k: usize) -> Option<&'a Token<'t>> {
        let gazetteer = self.gazetteer;
        self.next(k).filter(|n| {
            !takes_lam(n, gazetteer)
                && (!possessed(n) || gazetteer.key_folded(&stem(n)).is_some())
                && (!n.folded.starts_with('و')
                    || is_vocabulary(&n.folded)
                    || gazetteer.key_folded(&n.folded).is_some())
        })
    }

    /// Whether the word before token `i` is "one of" (أحد، إحدى, also بإحدى) in its phrase.
    pub(super) fn one_of_before(self, i: usize) -> bool {
        let w = words();
        i.checked_sub(1).is_some_and(|p| {
            self.tokens[i].joins_previous() && {
                let f = &self.tokens[p].folded;
                w.one_of.contains(f.as_str())
                    || f.strip_prefix(['ب', 'و', 'ل', 'ف'])
                        .is_some_and(|r| w.one_of.contains(r))
            }
        })
    }

    /// The word at token `k` if it goes on with a name as a definite adjective (in ي or
    /// ية: الأمنية، القديمة), no cue word.
    pub(super) fn definite_adjective(self, k: usize) -> Option<&'a Token<'t>> {
        self.more(k).filter(|n| {
            let a = stem(n);
            a.starts_with("ال") && (a.ends_with('ي') || a.ends_with('ه')) && !heads_a_name(&a)
        })
    }

    /// A gazetteer place, not a place word that is one too (مدينة, Medina).
    pub(super) fn is_place_name(self, n: &Token<'_>) -> bool {
        let n = stem(n);
        cue_in(&words().place, &n).is_none() && self.gazetteer.key_folded(&n).is_some()
    }

    /// An indefinite adjective (حكومي، مسلحة، سياحيا) ends an indefinite chain: what
    /// follows it is the next phrase (a verb, an adverb).
    pub(super) fn ends_chain(self, n: &Token<'_>) -> bool {
        let a = stem(n);
        !a.starts_with("ال")
            && !is_vocabulary(&a)
            && self.gazetteer.key_folded(&a).is_none()
            && (a.ends_with('ي') || a.ends_with('ه') || a.ends_with("يا"))
    }
}
