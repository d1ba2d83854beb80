//! Who states each figure, and which tolls rose: a pass over a briefing whose figures are
//! marked, proposing `said_by` and `trend: rose` (format 3) as
//! `Edit::SetMentionAttribution`s.
//!
//! Data flows per article part (text, headline): the part's words (`tokens`, which knows
//! where sentences end) are searched for attribution cues — verbs of saying ("said",
//! "told", "confirmed", قال، أعلن، أفاد، ذكر، أكد…), "according to" (وفق، بحسب، حسب) and
//! "نقلت … عن" — and for rise cues ("rose to", "ارتفعت حصيلة … إلى"). For each figure's
//! mention that has no speaker yet, the cues of its sentence are tried, those before the
//! figure first (nearest first: "X said 14 died"), then those after ("14 died, X said");
//! a cue's speaker is the actor mentioned nearest to it on the side its pattern puts the
//! speaker ("X said", "said X": the subject side first in English, the side after the verb
//! first in Arabic; "according to X", "X told Y", "نقلت وكالة … عن X": one side only), at
//! most a few words away, with actors joined to it by "and" (و) as well. An actor named
//! inside another actor's mention is not a speaker (the enclosing one is), and after the
//! cue a title is followed to the name it stands before ("said witness Abdel Idris"). A figure gets
//! `trend: rose` when a rise cue before it in its sentence reaches it through "to" (إلى)
//! with no other figure between. Nothing crosses a sentence, and what an annotator already
//! set (a speaker, a trend, a claim) is kept. Cues and actors are grouped by sentence once
//! per part, so the pass takes time linear in the text (not per figure times per part); the
//! word lists are in `words`. `suggest --apply` runs this after the mentions are applied, so
//! proposed actors count as mentioned.

mod words;

use std::collections::HashMap;
use std::ops::Range;

use super::tokens::{Token, tokenize};
use crate::annotate::Edit;
use crate::briefing::{ArticleIx, Briefing, EntityIx, EntityKind, Mention, Part, Trend};
use crate::search::fold_query;
use words::{
    AND, APART, AR_ACCORDING, AR_QUOTE_FROM, AR_SAY, AR_TELL, EN_SAY, EN_TELL, RISE, RISE_TO, is,
};

/// At most this many words between a cue and its speaker.
const SPEAKER_GAP: usize = 6;
/// At most this many words between a title and the name it stands before.
const APPOSED_GAP: usize = 3;
/// At most this many words between a rise cue and the figure it reaches.
const RISE_GAP: usize = 10;

/// Where a cue's pattern puts the speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    /// Before the cue ("X told Y").
    Before,
    /// After the cue ("according to X", "عن X").
    After,
    /// Either, the one before first ("X said", "said X").
    BeforeFirst,
    /// Either, the one after first (قال X، X قال).
    AfterFirst,
    /// After, then the listener ("أبلغ X Y": X told Y).
    AfterThenListener,
}

/// One attribution cue found in a part: its words' byte range and where its speaker is.
#[derive(Debug, Clone)]
struct Cue {
    range: Range<usize>,
    side: Side,
}

/// The attribution cues among `tokens`, in text order.
fn cues(tokens: &[Token]) -> Vec<Cue> {
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let word = t.folded.as_str();
        let next = tokens.get(i + 1).filter(|n| !n.sentence_start);
        let cue = |side| Cue {
            range: t.range.clone(),
            side,
        };
        if is(&EN_SAY, word) {
            out.push(cue(Side::BeforeFirst));
        } else if is(&EN_TELL, word) {
            out.push(cue(Side::Before));
        } else if word == "according" && next.is_some_and(|n| n.folded == "to") {
            let to = next.map_or(t.range.end, |n| n.range.end);
            out.push(Cue {
                range: t.range.start..to,
                side: Side::After,
            });
        } else if is(&AR_ACCORDING, word) {
            out.push(cue(Side::After));
        } else if is(&AR_SAY, word) {
            out.push(cue(Side::AfterFirst));
        } else if is(&AR_TELL, word) {
            out.push(cue(Side::AfterThenListener));
        } else if is(&AR_QUOTE_FROM, word) {
            // The speaker follows "عن" (from), not the agency that reports it.
            let from = tokens[i + 1..]
                .iter()
                .take_while(|n| !n.sentence_start)
                .find(|n| n.folded == fold_query("عن"));
            out.push(Cue {
                range: t.range.start..from.map_or(t.range.end, |n| n.range.end),
                side: Side::After,
            });
        }
    }
    out
}

/// The index of the sentence each token is in.
fn sentences(tokens: &[Token]) -> Vec<usize> {
    let mut n = 0;
    tokens
        .iter()
        .enumerate()
        .map(|(i, t)| {
            if t.sentence_start && i > 0 {
                n += 1;
            }
            n
        })
        .collect()
}

/// One part's words and sentences, to ask which sentence a byte is in and how many words
/// lie between two places.
struct Words<'a> {
    tokens: Vec<Token<'a>>,
    sentence: Vec<usize>,
}

impl<'a> Words<'a> {
    fn new(text: &'a str) -> Self {
        let tokens = tokenize(text);
        let sentence = sentences(&tokens);
        Words { tokens, sentence }
    }

    /// The index of the first word that ends after `byte`.
    fn at(&self, byte: usize) -> usize {
        self.tokens.partition_point(|t| t.range.end <= byte)
    }

    /// The sentence of the word at or after `byte`.
    fn sentence_of(&self, byte: usize) -> Option<usize> {
        self.sentence.get(self.at(byte)).copied()
    }

    /// How many words lie wholly between `from` and `to` (bytes, `from <= to`).
    fn between(&self, from: usize, to: usize) -> usize {
        let first = self.at(from);
        let past = self.tokens.partition_point(|t| t.range.end <= to);
        self.tokens[first..past]
            .iter()
            .filter(|t| t.range.start >= from)
            .count()
    }

    /// Whether `range` lies in sentence `s`.
    fn in_sentence(&self, range: &Range<usize>, s: usize) -> bool {
        self.sentence_of(range.start) == Some(s)
            && self.sentence_of(range.end.saturating_sub(1)) == Some(s)
    }
}

/// The actors a cue names as speaker, among `actors` (mentions of actors in the cue's
/// sentence, in text order): the nearest on the side its pattern says, with those joined
/// to it by "and".
fn speakers_of(words: &Words, text: &str, cue: &Cue, actors: &[&Mention]) -> Vec<EntityIx> {
    let before = || {
        actors
            .iter()
            .rposition(|m| m.bytes.end <= cue.range.start)
            .filter(|&i| words.between(actors[i].bytes.end, cue.range.start) <= SPEAKER_GAP)
    };
    let after = || {
        actors
            .iter()
            .position(|m| m.bytes.start >= cue.range.end)
            .filter(|&i| words.between(cue.range.end, actors[i].bytes.start) <= SPEAKER_GAP)
    };
    // Which actor, and whether it may be a title before the speaker's name (after the cue,
    // but not where a listener follows the speaker).
    let found = match cue.side {
        Side::Before => before().map(|i| (i, false)),
        Side::After => after().map(|i| (i, true)),
        Side::AfterThenListener => after().map(|i| (i, false)),
        Side::BeforeFirst => before()
            .map(|i| (i, false))
            .or_else(|| after().map(|i| (i, true))),
        Side::AfterFirst => after()
            .map(|i| (i, true))
            .or_else(|| before().map(|i| (i, false))),
    };
    let Some((mut i, title)) = found else {
        return Vec::new();
    };
    // A title before a name is the name's: "according to police officer Mohamed Hussein",
    // "قال ضابط بالشرطة يدعى محمد حسين".
    while title
        && i + 1 < actors.len()
        && apposed(text, words, &actors[i].bytes, &actors[i + 1].bytes)
    {
        i += 1;
    }
    // Actors joined by "and" on either side: "police and hospital officials say".
    let joined = |a: &Mention, b: &Mention| {
        let gap = text.get(a.bytes.end..b.bytes.start).unwrap_or("");
        is(&AND, &fold_query(gap.trim()))
    };
    let (mut first, mut last) = (i, i);
    while first > 0 && joined(actors[first - 1], actors[first]) {
        first -= 1;
    }
    while last + 1 < actors.len() && joined(actors[last], actors[last + 1]) {
        last += 1;
    }
    let mut out: Vec<EntityIx> = Vec::new();
    for m in &actors[first..=last] {
        if !out.contains(&m.entity) {
            out.push(m.entity);
        }
    }
    out
}

/// Whether the actor at `next` stands in apposition to the one at `first`: at most
/// [`APPOSED_GAP`] words between them, no punctuation, no preposition of a listener ("to",
/// Arabic ل: "قال X لوكالة رويترز") and no "that" that starts what is said ("قال X إن Y…").
fn apposed(text: &str, words: &Words, first: &Range<usize>, next: &Range<usize>) -> bool {
    let gap = text.get(first.end..next.start).unwrap_or(",");
    let apart = gap
        .split_whitespace()
        .any(|w| w.starts_with('ل') || is(&APART, &fold_query(w)));
    !apart
        && !gap.contains(|c: char| c.is_ascii_punctuation() || "،؛؟“”«»".contains(c))
        && words.between(first.end, next.start) <= APPOSED_GAP
}

/// The cues and the actors of one sentence, in text order.
#[derive(Default)]
struct Sentence<'m> {
    cues: Vec<Cue>,
    actors: Vec<&'m Mention>,
}

/// The cues and actors of a part, by the sentence they lie wholly in (so that each figure
/// looks at its own sentence's only, however long the text).
fn by_sentence<'m>(
    words: &Words,
    cues: Vec<Cue>,
    actors: Vec<&'m Mention>,
) -> HashMap<usize, Sentence<'m>> {
    let mut out: HashMap<usize, Sentence> = HashMap::new();
    let sentence = |r: &Range<usize>| {
        let s = words.sentence_of(r.start)?;
        words.in_sentence(r, s).then_some(s)
    };
    for c in cues {
        if let Some(s) = sentence(&c.range) {
            out.entry(s).or_default().cues.push(c);
        }
    }
    for m in actors {
        if let Some(s) = sentence(&m.bytes) {
            out.entry(s).or_default().actors.push(m);
        }
    }
    out
}

/// The speakers of the figure at `figure`, from the cues of its sentence: those before it
/// (nearest first), then those after it.
fn speakers(
    words: &Words,
    text: &str,
    sentence: &Sentence,
    figure: &Range<usize>,
) -> Vec<EntityIx> {
    let before = sentence
        .cues
        .iter()
        .rev()
        .filter(|c| c.range.start < figure.start);
    let after = sentence
        .cues
        .iter()
        .filter(|c| c.range.start >= figure.start);
    before
        .chain(after)
        .map(|c| speakers_of(words, text, c, &sentence.actors))
        .find(|found| !found.is_empty())
        .unwrap_or_default()
}

/// Whether a rise cue reaches the figure at `figure` through "to", in its sentence, with no
/// other figure (of `figures`, in start order) wholly between (one that encloses this one
/// does not count).
fn rose(words: &Words, figure: &Range<usize>, figures: &[Range<usize>]) -> bool {
    let last = words.at(figure.end.saturating_sub(1));
    let first = words.at(figure.start);
    let Some(&s) = words.sentence.get(first) else {
        return false;
    };
    for (i, t) in words.tokens[..first.min(words.tokens.len())]
        .iter()
        .enumerate()
        .rev()
    {
        if words.sentence[i] != s || first - i > RISE_GAP + 1 {
            return false;
        }
        // `figures` is in start order: those that start after the word and before this figure.
        let from = figures.partition_point(|f| f.start < t.range.end);
        if figures[from..]
            .iter()
            .take_while(|f| f.start < figure.start)
            .any(|f| f.end <= figure.start)
        {
            return false;
        }
        if is(&RISE, &t.folded) {
            let reach = last.min(words.tokens.len().saturating_sub(1));
            return words.tokens[i + 1..=reach]
                .iter()
                .any(|w| is(&RISE_TO, &w.folded));
        }
    }
    false
}

/// The actor mentions that no other actor mention encloses (an actor named inside another's
/// name is not the speaker: "state TV", "director of the Amin ambulance service"), in text
/// order.
fn outermost(mut actors: Vec<&Mention>) -> Vec<&Mention> {
    actors.sort_by_key(|m| (m.bytes.start, std::cmp::Reverse(m.bytes.end)));
    let mut reach = 0;
    actors.retain(|m| {
        let enclosed = reach >= m.bytes.end;
        reach = reach.max(m.bytes.end);
        !enclosed
    });
    actors
}

/// The speakers and rises this pass proposes for one article part: an edit for each figure
/// whose attribution it changes.
fn in_part(b: &Briefing, a: ArticleIx, part: Part) -> Vec<Edit> {
    let text = b.articles[a].part(part);
    let mentions = b.mentions_in_part(a, part);
    let is_kind = |m: &Mention, kind| b.entities[m.entity].kind == kind;
    let figures: Vec<&Mention> = mentions
        .iter()
        .filter(|m| m.figure.is_some() && is_kind(m, EntityKind::Casualty))
        .collect();
    if figures.is_empty() {
        return Vec::new();
    }
    let words = Words::new(text);
    let cues = cues(&words.tokens);
    let actors = outermost(
        mentions
            .iter()
            .filter(|m| is_kind(m, EntityKind::Actor))
            .collect(),
    );
    let sentences = by_sentence(&words, cues, actors);
    let none = Sentence::default();
    let mut spans: Vec<Range<usize>> = figures.iter().map(|m| m.bytes.clone()).collect();
    spans.sort_by_key(|r| r.start);
    let mut edits = Vec::new();
    for m in figures {
        let old = m.attribution.as_deref().cloned().unwrap_or_default();
        let mut new = old.clone();
        if new.said_by.is_empty() {
            let sentence = words.sentence_of(m.bytes.start);
            let sentence = sentence.and_then(|s| sentences.get(&s)).unwrap_or(&none);
            new.said_by = speakers(&words, text, sentence, &m.bytes);
        }
        let superseded = m.figure.is_some_and(|f| f.superseded);
        if new.trend.is_none() && !superseded && rose(&words, &m.bytes, &spans) {
            new.trend = Some(Trend::Rose);
        }
        if new != old {
            edits.push(Edit::SetMentionAttribution {
                entity: m.entity,
                article: a,
                part,
                bytes: m.bytes.clone(),
                attribution: new.boxed(),
            });
        }
    }
    edits
}

/// The speakers (`said_by`) and rises (`trend: rose`) proposed for the figures of `b`, as
/// edits of their mentions; figures that already have them keep theirs.
pub fn edits(b: &Briefing) -> Vec<Edit> {
    ArticleIx::all(b)
        .flat_map(|a| [Part::Text, Part::Headline].map(|part| (a, part)))
        .flat_map(|(a, part)| in_part(b, a, part))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::load_str;

    /// A briefing of one article in `lang` with `text` and the entities (YAML list items);
    /// `killed` is a casualty entity for the figures.
    fn briefing(lang: &str, text: &str, entities: &str) -> Briefing {
        let yaml = format!(
            "id: t\ntitle: T\ndate: 2019-03-02\narticles:\n  - id: a\n    lang: {lang}\n    source: S\n    headline: H\n    text: \"{text}\"\nentities:\n{entities}"
        );
        load_str("t.yaml", &yaml)
            .unwrap_or_else(|d| panic!("{d:?}"))
            .briefing
    }

    /// An actor entity `id` with one mention of each quote.
    fn actor(id: &str, quotes: &[&str]) -> String {
        let mentions: Vec<String> = quotes
            .iter()
            .map(|q| format!("{{article: a, quote: \"{q}\"}}"))
            .collect();
        format!(
            "  - {{id: {id}, kind: actor, name: {id}, mentions: [{}]}}\n",
            mentions.join(", ")
        )
    }

    /// A casualty entity with one figure mention per (quote, count).
    fn killed(figures: &[(&str, u64)]) -> String {
        let mentions: Vec<String> = figures
            .iter()
            .map(|(q, n)| {
                format!("{{article: a, quote: \"{q}\", figure: {{type: killed, count: {n}}}}}")
            })
            .collect();
        format!(
            "  - {{id: killed, kind: casualty, name: Killed, figure: {{type: killed, count: 1}}, mentions: [{}]}}\n",
            mentions.join(", ")
        )
    }

    /// For each figure's quote, the ids of the speakers the pass gives it and whether it
    /// rose.
    fn proposed(b: &Briefing) -> Vec<(String, Vec<String>, bool)> {
        edits(b)
            .into_iter()
            .filter_map(|e| match e {
                Edit::SetMentionAttribution {
                    article,
                    part,
                    bytes,
                    attribution,
                    ..
                } => {
                    let a = attribution.unwrap_or_default();
                    let ids = a.said_by.iter().map(|&e| b.entities[e].id.clone());
                    Some((
                        b.articles[article].part(part)[bytes].to_string(),
                        ids.collect(),
                        a.trend == Some(Trend::Rose),
                    ))
                }
                _ => None,
            })
            .collect()
    }

    fn said(quote: &str, ids: &[&str]) -> (String, Vec<String>, bool) {
        let ids = ids.iter().map(|s| s.to_string()).collect();
        (quote.to_string(), ids, false)
    }

    /// Asserts that in `text` the figure `figure` gets the actor `speaker` as its one
    /// speaker, when the actors `others` are mentioned too.
    fn gives(text: &str, speaker: &str, others: &[&str], figure: &str) {
        let mut entities = actor("speaker", &[speaker]) + &killed(&[(figure, 1)]);
        for (i, o) in others.iter().enumerate() {
            entities += &actor(&format!("other{i}"), &[o]);
        }
        let lang = if text.is_ascii() || text.starts_with('“') {
            "en"
        } else {
            "ar"
        };
        let b = briefing(lang, text, &entities);
        assert_eq!(proposed(&b), [said(figure, &["speaker"])], "{text}");
    }

    #[test]
    fn english_patterns_give_the_nearest_actor_on_the_speakers_side() {
        let cases = [
            // X said
            (
                "The mayor said 12 people died.",
                "The mayor",
                "12 people died",
            ),
            // said X
            (
                "“12 people died,” said nurse Amal Idris.",
                "Amal Idris",
                "12 people died",
            ),
            // according to X
            (
                "At least 9 were killed, according to the health office.",
                "health office",
                "At least 9 were killed",
            ),
            // X told Y: the speaker, not the listener
            (
                "Colonel Ruiz told reporters 30 soldiers were killed.",
                "Colonel Ruiz",
                "30 soldiers were killed",
            ),
            // X confirmed / reported / announced
            (
                "The provincial council confirmed that 7 died.",
                "provincial council",
                "7 died",
            ),
            (
                "Four people were killed, state radio reported.",
                "state radio",
                "Four people were killed",
            ),
            (
                "The army announced that 15 rebels were killed.",
                "The army",
                "15 rebels were killed",
            ),
        ];
        for (text, speaker, figure) in cases {
            let listener: &[&str] = match text.contains("reporters") {
                true => &["reporters"],
                false => &[],
            };
            gives(text, speaker, listener, figure);
        }
    }

    #[test]
    fn arabic_patterns_give_the_nearest_actor_after_the_verb_or_before_it() {
        let cases = [
            (
                "وقال المتحدث باسم الجيش إن 12 شخصا قتلوا.",
                "المتحدث باسم الجيش",
                "12 شخصا قتلوا",
            ),
            (
                "أعلنت وزارة الصحة مقتل 9 أشخاص.",
                "وزارة الصحة",
                "مقتل 9 أشخاص",
            ),
            ("وأفاد مصدر طبي بمقتل 5 أشخاص.", "مصدر طبي", "مقتل 5 أشخاص"),
            ("وذكرت الشرطة أن 3 جنود قتلوا.", "الشرطة", "3 جنود قتلوا"),
            ("وأكد المحافظ مقتل 7 مدنيين.", "المحافظ", "مقتل 7 مدنيين"),
            ("قتل 20 شخصا، وفق مسؤول محلي.", "مسؤول محلي", "قتل 20 شخصا"),
            (
                "قتل 20 شخصا، بحسب الهلال الأحمر.",
                "الهلال الأحمر",
                "قتل 20 شخصا",
            ),
            ("قتل 20 شخصا حسب مصادر أمنية.", "مصادر أمنية", "قتل 20 شخصا"),
            // X ... قال: the speaker before the verb when none follows it
            (
                "الطبيب سامي حداد الذي عالج الجرحى قال إن 14 شخصا قتلوا.",
                "سامي حداد",
                "14 شخصا قتلوا",
            ),
        ];
        for (text, speaker, figure) in cases {
            gives(text, speaker, &[], figure);
        }
    }

    #[test]
    fn an_agency_quoting_someone_gives_the_one_it_quotes() {
        let text = "ونقلت وكالة الأنباء عن ضابط في الشرطة أن 6 أشخاص قتلوا.";
        let entities = actor("agency", &["وكالة الأنباء"])
            + &actor("officer", &["ضابط في الشرطة"])
            + &killed(&[("6 أشخاص قتلوا", 6)]);
        let b = briefing("ar", text, &entities);
        assert_eq!(proposed(&b), [said("6 أشخاص قتلوا", &["officer"])]);
    }

    #[test]
    fn two_figures_of_one_sentence_take_the_cue_before_each() {
        let text = "A witness said 20 died, but aid workers said 40 were killed.";
        let entities = actor("witness", &["A witness"])
            + &actor("aid", &["aid workers"])
            + &killed(&[("20 died", 20), ("40 were killed", 40)]);
        let b = briefing("en", text, &entities);
        assert_eq!(
            proposed(&b),
            [
                said("20 died", &["witness"]),
                said("40 were killed", &["aid"])
            ]
        );
    }

    #[test]
    fn the_enclosing_actor_and_the_name_after_a_title_are_the_speaker() {
        let cases = [
            // "TV" inside "state TV"
            (
                "Nine people died, state TV reported.",
                "state TV",
                "TV",
                "Nine people died",
            ),
            // a title before the name, after the cue
            (
                "At least 9 were killed, according to police officer Ali Omar.",
                "Ali Omar",
                "police",
                "At least 9 were killed",
            ),
            (
                "وقال ضابط في الشرطة يدعى علي عمر إن 9 أشخاص قتلوا.",
                "علي عمر",
                "ضابط",
                "9 أشخاص قتلوا",
            ),
            // a listener after the speaker is not a name of his
            (
                "قال علي عمر لوكالة رويترز إن 9 أشخاص قتلوا.",
                "علي عمر",
                "وكالة رويترز",
                "9 أشخاص قتلوا",
            ),
            (
                "وأبلغ مدير المستشفى رويترز بمقتل 9 أشخاص.",
                "مدير المستشفى",
                "رويترز",
                "مقتل 9 أشخاص",
            ),
            // what is said starts with "إن": the actor after it is not the speaker's name
            (
                "وقال مسؤولون أمنيون إن مسلحين هاجموا القرية ما أسفر عن مقتل 9 أشخاص.",
                "مسؤولون أمنيون",
                "مسلحين",
                "مقتل 9 أشخاص",
            ),
            // a comma ends the title: the first is the speaker
            (
                "At least 9 were killed, according to the police, Ali Omar wrote.",
                "the police",
                "Ali Omar",
                "At least 9 were killed",
            ),
        ];
        for (text, speaker, other, figure) in cases {
            gives(text, speaker, &[other], figure);
        }
    }

    #[test]
    fn speakers_joined_by_and_are_both_given() {
        let text = "Police and hospital officials say 75 were killed.";
        let entities = actor("police", &["Police"])
            + &actor("hospital", &["hospital officials"])
            + &killed(&[("75 were killed", 75)]);
        let b = briefing("en", text, &entities);
        assert_eq!(
            proposed(&b),
            [said("75 were killed", &["police", "hospital"])]
        );
    }

    #[test]
    fn no_speaker_without_an_actor_near_the_cue_in_the_same_sentence() {
        let cases = [
            // "said" with no actor anywhere
            ("It was said that 10 people died.", None),
            // the actor is many words from "said"
            (
                "The governor visited the town where, after a long night of fighting in the old quarter, it was said that 10 people died.",
                Some("The governor"),
            ),
            // the speaker is in another sentence
            (
                "The governor spoke at noon. He said 10 people died.",
                Some("The governor"),
            ),
            // a figure with no cue in its sentence
            (
                "The governor said the town was calm. 10 people died.",
                Some("The governor"),
            ),
            ("قال المحافظ إن الوضع هادئ. وقتل 10 أشخاص.", Some("المحافظ")),
        ];
        for (text, speaker) in cases {
            let figure = if text.contains("أشخاص") {
                "قتل 10 أشخاص"
            } else {
                "10 people died"
            };
            let mut entities = killed(&[(figure, 10)]);
            if let Some(s) = speaker {
                entities += &actor("speaker", &[s]);
            }
            let b = briefing(
                if text.contains("قال") { "ar" } else { "en" },
                text,
                &entities,
            );
            assert_eq!(proposed(&b), [], "{text}");
        }
    }

    #[test]
    fn a_toll_that_rose_to_a_figure_gets_trend_rose() {
        let cases = [
            ("en", "The toll rose to 21 dead on Monday.", "21 dead", true),
            ("en", "The number of dead has climbed to 40.", "40", true),
            (
                "ar",
                "ارتفعت حصيلة قتلى الهجوم إلى 24 قتيلا.",
                "24 قتيلا",
                true,
            ),
            (
                "ar",
                "وارتفع عدد الضحايا في المدينة الى 9 قتلى.",
                "9 قتلى",
                true,
            ),
            // no "to": the rise does not reach the figure
            (
                "en",
                "Prices rose sharply and 21 dead were found.",
                "21 dead",
                false,
            ),
            // another figure stands between the rise and this one
            (
                "en",
                "The toll rose to 5, and later 8 dead were found.",
                "8 dead",
                false,
            ),
            // a figure that encloses this one is not between them
            ("ar", "ارتفعت حصيلة القتلى إلى 14 قتيلا.", "14 قتيلا", true),
        ];
        for (lang, text, figure, rises) in cases {
            let mut figures = vec![(figure, 1)];
            if text.contains("rose to 5") {
                figures.insert(0, ("5", 5));
            }
            if figure == "14 قتيلا" {
                figures.push(("حصيلة القتلى إلى 14 قتيلا", 14));
            }
            let b = briefing(lang, text, &killed(&figures));
            let got: Vec<bool> = proposed(&b)
                .into_iter()
                .filter(|(q, _, _)| q == figure)
                .map(|(_, _, rose)| rose)
                .collect();
            let want: Vec<bool> = if rises { vec![true] } else { vec![] };
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn what_an_annotator_set_is_kept() {
        let text = "The mayor said the toll rose to 12 dead.";
        let entities = actor("mayor", &["The mayor"])
            + "  - {id: other, kind: actor, name: Other}\n"
            + "  - {id: killed, kind: casualty, name: Killed, figure: {type: killed, count: 12}, \
               mentions: [{article: a, quote: 12 dead, figure: {type: killed, count: 12}, said_by: [other]}]}\n";
        let b = briefing("en", text, &entities);
        // The rise is added; the annotator's speaker stays.
        let other = b.entity_index("other").map(|e| b.entities[e].id.clone());
        assert_eq!(
            proposed(&b),
            [("12 dead".to_string(), other.into_iter().collect(), true)]
        );
    }

    /// The pass looks at each figure's own sentence only: eight times the sentences take
    /// about eight times as long (it once took every cue and actor of the part per figure).
    #[test]
    fn time_grows_linearly_with_the_sentences() {
        let of = |n: usize| {
            let text = "Officials said 12 people died. ".repeat(n);
            let entities = actor("officials", &["Officials"]) + &killed(&[("12 people died", 12)]);
            briefing("en", text.trim_end(), &entities)
        };
        let time = |b: &Briefing| {
            let start = std::time::Instant::now();
            assert_eq!(edits(b).len(), b.mentions.len() / 2);
            start.elapsed()
        };
        let (small, big) = (of(400), of(3200));
        // The fastest of a few runs each, interleaved: a busy machine slows one run, not all.
        let (mut t_small, mut t_big) = (std::time::Duration::MAX, std::time::Duration::MAX);
        for _ in 0..4 {
            t_small = t_small.min(time(&small));
            t_big = t_big.min(time(&big));
        }
        assert!(
            t_big < t_small * 24,
            "400 sentences {t_small:?}, 3200 {t_big:?}"
        );
    }
}
