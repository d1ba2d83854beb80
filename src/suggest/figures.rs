//! The casualty-figure parser: phrases in English and Arabic that report people killed,
//! injured, taken hostage, freed, missing or arrested, each read into a figure (type,
//! amount, qualifier, superseded) as the source states it, and why.
//!
//! Data flows over the words of one text (`tokens`), amount by amount, in text order. At
//! each amount (`numbers::amount_at`; an Arabic dual such as قتيلان، شخصين; or one person
//! written without a number, `singular`):
//!
//! 1. numbers that are not counts of people are dropped (`not_counts`: years, dates, times,
//!    ages, durations, distances, money, percentages);
//! 2. the qualifier comes from the words right before the amount (at least, more than,
//!    about ...; ما لا يقل عن، أكثر من، نحو ...; "a dozen" is about 12) or after its noun
//!    (على الأقل);
//! 3. the counted noun after it (`noun`) may give the type itself ("40 wounded", "20
//!    قتيلا"), or say it counts people, or things (then no figure);
//! 4. else a changing toll (`toll`: "the toll rose to 35", with `superseded` on the earlier
//!    figure) or the word of the amount's own clause (`clause`: "three people died and five
//!    were hurt" is killed 3, injured 5) gives the type; a count after a preposition ("in two
//!    attacks", "by three gunmen") takes no type from its clause;
//! 5. else a count listed after a figure whose verb came before it takes that verb ("killed
//!    five soldiers and two civilians"), and a count after "including" or بينهم takes the
//!    type of the figure just before it; a count with its noun elided ("40 bodies went to
//!    the morgue, 12 to the clinic", "وعشرا أخرى") takes the counted noun of the figure
//!    before it in the sentence (these shares, with "11 of them" and a breakdown after a
//!    colon, are read in `shares`); suicide attackers counted in a clause that says they set
//!    off their charge are killed (`attackers`: a share, and still a party, not
//!    `victims`), and so are any people counted right before a detonation verb with a
//!    reflexive object ("two women blew themselves up"; the Arabic dual reflexive counts
//!    two alone, "فجرت امرأتان نفسيهما"); a count of ten or more of a group with no
//!    casualty word ("11,000 peacekeepers") is a figure of type `other`.
//!
//! A denial of casualties ("no one was hurt", "عدم إصابة أي منهم") is a figure of none
//! (`denied`), and a count before it does not take its word.
//!
//! The phrase marked runs from the first to the last of these words (without a conjunction
//! و joined to the first, with a word of the same type right after the last: "أصيب العشرات
//! بجروح"); `why` names the rules and quotes the words.

mod attackers;
mod clause;
mod denied;
mod not_counts;
mod noun;
mod shares;
mod singular;
mod toll;
mod words;

use std::ops::Range;

use super::numbers::{Amount, amount_at};
use super::tokens::{Token, tokenize};
use crate::briefing::diagnostic::inert;
use crate::briefing::{FigureType, Qualifier};
pub use attackers::names_attackers;
use clause::Clause;
use noun::{Head, ends_before};
use shares::{breakdown, elided, listed_after, of_them, part_of};
use toll::Role;
pub use words::stems;
use words::{Small, words};

/// One figure found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundFigure {
    /// Byte range of the phrase in the text.
    pub range: Range<usize>,
    pub kind: FigureType,
    pub amount: Amount,
    pub qualifier: Qualifier,
    /// An earlier figure the source itself revised ("from 20" in "the toll rose from 20 to
    /// 35", or the source's figure before a changed toll).
    pub superseded: bool,
    /// A share of the figure before it, not a toll of its own: a count listed after it
    /// ("killed five soldiers and two civilians") or after "including" / بينهم.
    pub part: bool,
    /// The people counted are victims, not a party to the event: false for a group counted
    /// with no casualty word ("11,000 peacekeepers") and for suicide attackers.
    pub victims: bool,
    /// How sure the rule is, from 0 to 1.
    pub confidence: f64,
    /// The words marked, quoted, and the rules that read them: "'three people died' (clause
    /// verb)". Control characters of the text are escaped.
    pub why: String,
}

/// Arabic duals that count two by themselves; the type when the word names one.
const DUALS: &[(&str, Option<FigureType>)] = &[
    ("قتيلان قتيلين", Some(FigureType::Killed)),
    ("جريحان جريحين", Some(FigureType::Injured)),
    ("رهينتان رهينتين", Some(FigureType::Hostages)),
    (
        "شخصان شخصين جنديان جنديين طفلان طفلين رجلان رجلين امرأتان امرأتين عنصران عنصرين \
         ضابطان ضابطين حارسان حارسين طفلتان طفلتين شابان شابين فتاتان فتاتين",
        None,
    ),
    // Nouns whose ين form is also their plural (مدنيين, civilians): the nominative only.
    (
        "شرطيان مدنيان صحفيان مسلحان عسكريان موظفان مقاتلان مهاجمان",
        None,
    ),
];

fn dual(token: &Token<'_>) -> Option<Option<FigureType>> {
    use std::sync::OnceLock;
    static DUAL: OnceLock<super::numbers::Lexicon<Option<FigureType>>> = OnceLock::new();
    let table = DUAL.get_or_init(|| super::numbers::Lexicon::from_lists(DUALS));
    stems(&token.folded).find_map(|s| table.get(s))
}

/// Whether the words ending right before `end` (exclusive) spell `phrase`.
/// Whether `phrase` ends right before `tokens[end]`; its first word may carry the Arabic
/// conjunction و ("وأكثر من 30", "and more than 30").
fn phrase_before(tokens: &[Token<'_>], end: usize, phrase: &[String]) -> bool {
    end >= phrase.len()
        && tokens[end - phrase.len()..end]
            .iter()
            .zip(phrase)
            .enumerate()
            .all(|(k, (t, w))| {
                let same = t.folded == *w
                    || (k == 0 && noun::is_arabic(t) && t.folded.strip_prefix('و') == Some(w));
                same && (k == 0 || !t.sentence_start)
            })
}

fn phrase_at(tokens: &[Token<'_>], start: usize, phrase: &[String]) -> bool {
    tokens.len() >= start + phrase.len()
        && tokens[start..start + phrase.len()]
            .iter()
            .zip(phrase)
            .all(|(t, w)| t.folded == *w && !t.sentence_start)
}

/// "عدد من" before a casualty noun ("عدد من الجرحى", a number of the wounded), or "a number
/// of" before people or a casualty noun ("a number of people were hurt"): a vague amount,
/// several. Not before other nouns: عدد and "number" are also a toll's.
fn a_number_of(tokens: &[Token<'_>], i: usize) -> Option<(Amount, usize)> {
    let w = words();
    let noun_at = |k: usize, people: bool| {
        !ends_before(tokens, k)
            && (w.cue(tokens, k).is_some_and(|c| c.noun) || (people && w.is_people(&tokens[k])))
    };
    let of = |k: usize, word: &str| {
        tokens
            .get(k)
            .is_some_and(|t| t.folded == word && !t.sentence_start)
    };
    let arabic =
        stems(&tokens[i].folded).any(|s| s == "عدد") && of(i + 1, "من") && noun_at(i + 2, false);
    let english =
        tokens[i].folded == "a" && of(i + 1, "number") && of(i + 2, "of") && noun_at(i + 3, true);
    match (arabic, english) {
        (true, _) => Some((Amount::Vague("several"), 2)),
        (_, true) => Some((Amount::Vague("several"), 3)),
        _ => None,
    }
}

/// Whether a folded word is of the figure reader's vocabulary: a word for people, an
/// attacker, a casualty word (مسلح، قتلى، مقتل): no name.
pub fn is_figure_word(folded: &str) -> bool {
    let w = words();
    w.people.get(folded).is_some() || w.attackers.get(folded).is_some() || is_casualty_word(folded)
}

/// Whether a folded word names a casualty type (killed, قتلى، مقتل، إصابة).
pub fn is_casualty_word(folded: &str) -> bool {
    words().cues.get(folded).is_some()
}

/// Every casualty figure in `text`, in text order.
pub fn find_figures(text: &str) -> Vec<FoundFigure> {
    let tokens = tokenize(text);
    let mut found: Vec<(FoundFigure, Role)> = Vec::new();
    let mut previous = None;
    let mut i = 0;
    while i < tokens.len() {
        match figure_at(text, &tokens, i, previous) {
            Some(at) => {
                previous = Some(at.listed);
                i = at.next;
                found.push((at.figure, at.role));
            }
            None => {
                if let Some((figure, end)) = zero_figure(text, &tokens, i) {
                    found.push((figure, Role::Plain));
                    i = end + 1;
                    continue;
                }
                // Not over the figure before ("مقتل انتحاريين فجرا نفسيهما").
                if let Some(figure) = self_detonation(text, &tokens, i).filter(|d| {
                    found
                        .last()
                        .is_none_or(|(f, _)| f.range.end <= d.range.start)
                }) {
                    found.push((figure, Role::Plain));
                }
                i += 1;
            }
        }
    }
    toll::supersede(&mut found);
    found.into_iter().map(|(f, _)| f).collect()
}

/// The count of a definite Arabic plural of people or attackers at `tokens[i]` followed by
/// its number with the article ("وقتل المهاجمون الخمسة", the five attackers), or of a plural
/// of people followed by "two" ("وعسكريين اثنين").
fn definite_count(tokens: &[Token<'_>], i: usize) -> Option<u64> {
    let w = words();
    let noun = tokens[i]
        .folded
        .strip_prefix('و')
        .unwrap_or(&tokens[i].folded);
    let plural = noun
        .strip_prefix("ال")
        .is_some_and(|s| w.people.get(s).is_some() || w.attackers.get(s).is_some());
    if ends_before(tokens, i + 1) {
        return None;
    }
    let next = &tokens[i + 1].folded;
    // An indefinite plural with "two" after it: "وعسكريين اثنين".
    let two = TWO_AFTER.contains(&next.as_str())
        && !noun.starts_with("ال")
        && (w.is_people(&tokens[i]) || stems(noun).any(|s| w.people.get(s).is_some()));
    if two {
        return Some(2);
    }
    plural
        .then(|| super::numbers::definite_number(next))
        .flatten()
}

/// "Two" after an Arabic plural noun: "عسكريين اثنين".
const TWO_AFTER: &[&str] = &["اثنين", "اثنان", "اثنتين", "اثنتان"];

/// The figure of none that a denial at `tokens[d]` reports ("no one was hurt", "عدم إصابة
/// أي منهم"), and the last word of its phrase.
fn zero_figure(text: &str, tokens: &[Token<'_>], d: usize) -> Option<(FoundFigure, usize)> {
    let (cue, end) = denied::zero_at(tokens, d)?;
    let range = tokens[d].range.start + conjunction(tokens, d)..tokens[end].range.end;
    let figure = FoundFigure {
        why: format!("'{}' (denied)", inert(&text[range.clone()])),
        range,
        kind: cue.kind,
        amount: Amount::Count(0),
        qualifier: Qualifier::Exact,
        superseded: false,
        part: false,
        victims: true,
        confidence: 0.7,
    };
    Some((figure, end))
}

/// What a figure leaves for a count listed after it: "killed five soldiers, three police
/// and two civilians".
#[derive(Debug, Clone, Copy)]
struct Listed {
    /// The last word of its noun phrase.
    end: usize,
    /// The last word of its marked phrase (its verb after the noun: "14 people were hurt").
    marked_end: usize,
    kind: FigureType,
    /// Its type came from a word before its amount (a verb with a list of objects).
    from_left: bool,
    /// Its type came from its counted noun ("65 bodies", "20 قتيلا").
    counted: bool,
}

/// A figure found at one amount, and where the next search starts.
struct At {
    figure: FoundFigure,
    role: Role,
    listed: Listed,
    next: usize,
}

/// How the amount at `tokens[i]` was written.
enum Written {
    Number(Amount, usize),
    /// A definite Arabic noun and the number after it ("المسلحون الثلاثة").
    Definite(u64),
    Dual(Option<FigureType>),
    One(usize),
}

/// The type of a figure, the word it came from, the word the phrase must reach, how far
/// the word is from the amount, and the rule.
struct Typed {
    kind: FigureType,
    cue: usize,
    reach: usize,
    distance: usize,
    rule: &'static str,
    role: Role,
}

/// The figure whose amount starts at `tokens[i]`.
fn figure_at(text: &str, tokens: &[Token<'_>], i: usize, previous: Option<Listed>) -> Option<At> {
    let w = words();
    let written = match (dual(&tokens[i]), singular::one_at(tokens, i)) {
        (Some(kind), _) => Written::Dual(kind),
        (None, Some(end)) => Written::One(end),
        (None, None) if let Some(n) = definite_count(tokens, i) => Written::Definite(n),
        (None, None) => {
            let (amount, used) = amount_at(tokens, i).or_else(|| a_number_of(tokens, i))?;
            Written::Number(amount, used)
        }
    };
    // An attacker named with "the" inside the phrase of the figure before is a share of
    // it, already counted: "Five people, the suicide bomber among them, were killed"; so
    // is the verb of one person already marked ("a soldier was killed").
    if matches!(written, Written::One(_))
        && matches!(tokens[i].folded.as_str(), "the" | "was")
        && previous.is_some_and(|p| p.marked_end >= i)
    {
        return None;
    }
    let (amount, last) = match written {
        Written::Number(amount, used) => (amount, i + used - 1),
        Written::Definite(n) => (Amount::Count(n), i + 1),
        _ => (
            Amount::Count(if matches!(written, Written::Dual(_)) {
                2
            } else {
                1
            }),
            i,
        ),
    };
    if matches!(written, Written::Number(..)) && not_counts::reason(tokens, i, last).is_some() {
        return None;
    }
    // "a dozen" is about twelve, and "a" is marked with it.
    let dozen = tokens[i].folded == "dozen"
        && i > 0
        && !tokens[i].sentence_start
        && tokens[i - 1].folded == "a";
    let mut start = if dozen {
        i - 1
    } else if let Written::One(end) = written {
        attackers::attacker_start(tokens, i, end)
    } else {
        i
    };
    // The qualifier before the amount.
    let mut qualifier = if dozen {
        Qualifier::About
    } else {
        Qualifier::Exact
    };
    if !tokens[start].sentence_start
        && let Some((words, q)) = w
            .before
            .iter()
            .find(|(p, _)| phrase_before(tokens, start, p))
    {
        qualifier = *q;
        start -= words.len();
    }
    let (head, end) = match written {
        Written::Number(..) => of_both(tokens, noun::head(tokens, last)),
        Written::Dual(Some(kind)) => (Head::Casualty(words::noun_cue(kind), i), i),
        Written::Dual(None) => (Head::People(i), i),
        Written::Definite(_) => (Head::People(i), i + 1),
        // One of a casualty noun ("أحد المصابين"): the noun gives the type.
        Written::One(end) => match w.cue(tokens, end).filter(|c| c.noun) {
            Some(c) => (Head::Casualty(c, end), end),
            None => (Head::People(end), end),
        },
    };
    let typed = typed(tokens, start, last, end, head, amount, previous)?;
    let from_inheritance = [LISTED, PART, ELIDED].contains(&typed.rule);
    // Suicide attackers are a share of the dead: the sources count them in or out.
    let share = from_inheritance || typed.rule == SELF_KILLED;
    let first = if from_inheritance {
        start
    } else {
        start.min(typed.cue).min(typed.reach)
    };
    // Not over the figure before (the earlier value of a toll: "rose from 20 to 35"; the
    // verb both share: "14 were hurt, among them 3 children").
    let first = match previous {
        Some(p) if p.marked_end >= first && p.marked_end < start => p.marked_end + 1,
        _ => first,
    };
    let first = if typed.role == Role::Earlier {
        typed.reach.min(start)
    } else {
        first
    };
    let mut after = if typed.rule == ELIDED {
        end.max(typed.reach)
    } else if from_inheritance || typed.role == Role::Earlier {
        end
    } else {
        end.max(typed.cue).max(typed.reach)
    };
    // A word of the same type right after the phrase: "أصيب 5 أشخاص بجروح".
    if !from_inheritance
        && !ends_before(tokens, after + 1)
        && w.cue(tokens, after + 1)
            .is_some_and(|c| c.kind == typed.kind && !c.noun)
    {
        after += 1;
    }
    // "more" right after a vague amount belongs to it: "wounding scores more".
    if matches!(amount, Amount::Vague(_))
        && after == last
        && tokens
            .get(after + 1)
            .is_some_and(|n| n.folded == "more" && n.joins_previous())
    {
        after += 1;
    }
    // A qualifier after the noun, when none came before: "20 قتيلا على الأقل". After one
    // ("أكثر من 30 جريحا على الأقل") it repeats a weaker bound: the first, stated with the
    // number, is the figure's, and the phrase ends at the noun.
    if qualifier == Qualifier::Exact
        && let Some((words, q)) = w
            .after
            .iter()
            .find(|(p, _)| phrase_at(tokens, after + 1, p))
    {
        qualifier = *q;
        after += words.len();
    } else if qualifier == Qualifier::Exact
        && end < after
        && let Some((_, q)) = w.after.iter().find(|(p, _)| phrase_at(tokens, end + 1, p))
    {
        // The qualifier between the noun and the verb after it: "12 شخصا على الأقل قتلوا".
        qualifier = *q;
    }
    let confidence = match (amount, typed.distance) {
        _ if typed.kind == FigureType::Other => 0.55,
        _ if from_inheritance || typed.role == Role::Earlier => 0.7,
        (Amount::Vague(_), _) => 0.6,
        _ if matches!(written, Written::One(_)) => 0.75,
        (_, 0..=2) => 0.9,
        (_, 3..=5) => 0.75,
        _ => 0.6,
    };
    let range = tokens[first].range.start + conjunction(tokens, first)..tokens[after].range.end;
    let rule = match written {
        Written::Dual(_) => "an Arabic dual",
        Written::Definite(_) => "a noun and its number after it",
        Written::One(_) => "one person",
        Written::Number(..) => "",
    };
    let rules = [rule, typed.rule]
        .into_iter()
        .filter(|r| !r.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let figure = FoundFigure {
        why: format!("'{}' ({rules})", inert(&text[range.clone()])),
        range,
        kind: typed.kind,
        amount,
        qualifier,
        superseded: typed.role == Role::Earlier,
        // After "including" or بينهم, whatever gave its type: "14 were hurt, among them 3
        // children".
        part: share || (start > 0 && w.including(tokens, start - 1)),
        confidence,
        victims: typed.kind != FigureType::Other
            && typed.rule != SELF_KILLED
            && !matches!(written, Written::One(end) if attackers::one_attacker(tokens, i, end)),
    };
    Some(At {
        figure,
        role: typed.role,
        listed: Listed {
            end,
            marked_end: after,
            kind: typed.kind,
            from_left: typed.cue < start || from_inheritance,
            // An elided count goes on with the noun too: "30 bodies, 2 at A and 4 at B".
            counted: matches!(head, Head::Casualty(..)) || typed.rule == ELIDED,
        },
        next: end.max(last) + 1,
    })
}

/// A counted casualty noun joined to one of another type counts both: "عشرات القتلى
/// والجرحى", "dozens of dead and wounded" (type `casualties`, the phrase to the second).
fn of_both(tokens: &[Token<'_>], (head, end): (Head, usize)) -> (Head, usize) {
    match head {
        Head::Casualty(c, j) if j == end => match clause::mixed(tokens, j, c) {
            Some(k) => (
                Head::Casualty(words::noun_cue(FigureType::Casualties), j),
                k,
            ),
            None => (head, end),
        },
        _ => (head, end),
    }
}

/// The bytes of an Arabic و joined to `tokens[k]` as a conjunction ("وأصيب", "و10"), which
/// the phrase leaves out, as an analyst marks it; 0 when the word begins with و itself
/// ("وفاة").
fn conjunction(tokens: &[Token<'_>], k: usize) -> usize {
    let t = &tokens[k];
    let joined = noun::is_arabic(t)
        && t.text.starts_with('و')
        && t.text.chars().count() > 1
        && words().cues.get(&t.folded).is_none()
        && (words().cue(tokens, k).is_some()
            || amount_at(tokens, k).is_some()
            || a_number_of(tokens, k).is_some()
            || words()
                .before
                .iter()
                .any(|(p, _)| t.folded.strip_prefix('و') == p.first().map(String::as_str)));
    if joined { 'و'.len_utf8() } else { 0 }
}

const LISTED: &str = "listed after a figure of this verb";
const PART: &str = "part of the figure before";
const ELIDED: &str = "the noun of the figure before, elided";
const SELF_KILLED: &str = "suicide attackers who set off their charge";

/// The type of the amount at `tokens[start..=last]` (qualifier included), whose noun phrase
/// ends at `end` with `head`; `previous`: the figure before, for a list of counts.
fn typed(
    tokens: &[Token<'_>],
    start: usize,
    last: usize,
    end: usize,
    head: Head,
    amount: Amount,
    previous: Option<Listed>,
) -> Option<Typed> {
    let w = words();
    let plain = |kind, cue, distance, rule| Typed {
        kind,
        cue,
        reach: cue,
        distance,
        rule,
        role: Role::Plain,
    };
    let toll = toll::before(tokens, start);
    let toll_typed = |t: toll::Toll, kind| {
        let (role, rule) = if t.earlier {
            (Role::Earlier, "earlier value of a changed toll")
        } else {
            (Role::New, "changed toll")
        };
        Typed {
            role,
            reach: if t.earlier { t.from } else { t.index },
            ..plain(kind, t.index, 0, rule)
        }
    };
    // Some of the wounded who died ("two of the wounded later died", "وتوفي اثنان من
    // الجرحى"): killed, by the verb of dying of the clause (not a noun after a comma,
    // another phrase's: "كثيرا من المصابين، لذا فإن عدد القتلى").
    if let Head::Casualty(c, _) = head
        && c.kind == FigureType::Injured
        && tokens
            .get(last + 1)
            .is_some_and(|t| matches!(t.folded.as_str(), "of" | "من"))
        && let Clause::Cue(verb) = clause::cue(tokens, start, last, end)
        && verb.kind == FigureType::Killed
        && w.cue(tokens, verb.index).is_some_and(|c| !c.noun)
        && (verb.index < start
            || tokens[end + 1..=verb.index]
                .iter()
                .all(|t| !t.gap_before.contains([',', '،'])))
    {
        return Some(Typed {
            reach: verb.reach,
            ..plain(
                FigureType::Killed,
                verb.index,
                verb.distance,
                "the wounded who died",
            )
        });
    }
    if let Head::Casualty(c, k) = head
        && c.kind != FigureType::Hostages
    {
        return Some(match toll {
            // The counted noun names the type: the phrase is the count and its noun ("the
            // toll rose to 24 dead"), not the toll's words back to its noun.
            Some(t) => Typed {
                cue: k,
                reach: k,
                ..toll_typed(t, c.kind)
            },
            None => plain(c.kind, k, 0, "counted noun"),
        });
    }
    if head == Head::Things {
        return None;
    }
    if let Some(t) = toll {
        return Some(toll_typed(t, t.kind));
    }
    // An Arabic verb's own preposition is looked past: "القبض على 5 مشتبه بهم".
    let verbs_own = start >= 2
        && ["على", "عن"]
            .iter()
            .any(|p| crate::search::fold_query(p) == tokens[start - 1].folded)
        && w.cue(tokens, start - 2).is_some();
    let after_preposition = start > 0
        && !tokens[start].sentence_start
        && !tokens[start].gap_before.contains([',', '،'])
        && w.small(&tokens[start - 1]) == Some(Small::Preposition)
        && !verbs_own;
    // One attacker counted by an ordinal takes the clause after it, even after a
    // preposition ("سيطروا على انتحاري ثالث جرى توقيفه", they overpowered a third bomber,
    // who was arrested), or a cue right before it ("مقتل انتحاري ثالث"); other words
    // before are another's ("قتل الحارس بيد مسلح ثالث", killed by a third gunman).
    let counted_attacker = noun::is_arabic(&tokens[start])
        && end > start
        && w.attackers.get(&tokens[start].folded).is_some();
    let clause = match clause::cue(tokens, start, last, end) {
        Clause::Cue(c) if counted_attacker => {
            if c.index > end || (c.index + 1 == start && !after_preposition) {
                Clause::Cue(c)
            } else {
                Clause::Nothing
            }
        }
        _ if after_preposition => Clause::Nothing,
        clause => clause,
    };
    let attackers_dead = match head {
        Head::People(k) => attackers::self_killed(tokens, k, end),
        _ => None,
    };
    match (clause, head) {
        // Suicide attackers did it, and died: "two suicide bombers blew themselves up,
        // killing 12".
        (Clause::NotVictims, Head::People(k)) if attackers_dead.is_some() => {
            return Some(self_killed_typed(k, attackers_dead));
        }
        (Clause::NotVictims, _) => return None,
        (Clause::Cue(c), Head::Casualty(..)) if c.kind == FigureType::Arrested => {}
        (Clause::Cue(c), _) => {
            return Some(Typed {
                reach: c.reach,
                ..plain(c.kind, c.index, c.distance, "clause verb")
            });
        }
        (Clause::Nothing, _) => {}
    }
    if let Head::Casualty(c, k) = head {
        return Some(plain(c.kind, k, 0, "counted noun"));
    }
    if let Some(p) = previous.filter(|p| p.kind != FigureType::Other)
        && !after_preposition
    {
        if p.from_left && listed_after(tokens, p.end, start) {
            return Some(plain(p.kind, start, 0, LISTED));
        }
        if part_of(tokens, p.marked_end, start) {
            return Some(plain(p.kind, start, 0, PART));
        }
        if breakdown(tokens, p, start, last) {
            return Some(plain(p.kind, start, 0, PART));
        }
        if of_them(tokens, p, start, last) {
            return Some(plain(p.kind, start, 0, PART));
        }
        if let Some(reach) = elided(tokens, p, start, last, head) {
            return Some(Typed {
                reach,
                ..plain(p.kind, start, 0, ELIDED)
            });
        }
    }
    let Head::People(k) = head else {
        return None;
    };
    if attackers_dead.is_some() {
        return Some(self_killed_typed(k, attackers_dead));
    }
    let forces = matches!(amount, Amount::Count(n) if n >= 10)
        && stems(&tokens[k].folded).any(|s| w.forces.get(s).is_some());
    forces.then(|| plain(FigureType::Other, k, 6, "a group counted"))
}

/// The type of a count of suicide attackers who set off their charge, whose phrase reaches
/// `reach` (from [`attackers::self_killed`]).
fn self_killed_typed(k: usize, reach: Option<usize>) -> Typed {
    Typed {
        kind: FigureType::Killed,
        cue: k,
        reach: reach.unwrap_or(k),
        distance: 3,
        rule: SELF_KILLED,
        role: Role::Plain,
    }
}

/// Suicide attackers written with no number, by the reflexive of a detonation verb at
/// `tokens[i]`: two by the Arabic dual ([`attackers::dual_detonation`]: "فجرت امرأتان
/// نفسيهما"), one by a singular reflexive ([`attackers::one_detonation`]: "blew himself
/// up", "فجر نفسه"). Killed, a share.
fn self_detonation(text: &str, tokens: &[Token<'_>], i: usize) -> Option<FoundFigure> {
    let ((first, last), count, rule) = match attackers::dual_detonation(tokens, i) {
        Some(at) => (at, 2, "the dual reflexive"),
        None => (
            attackers::one_detonation(tokens, i)?,
            1,
            "a singular reflexive",
        ),
    };
    let range = tokens[first].range.start + conjunction(tokens, first)..tokens[last].range.end;
    Some(FoundFigure {
        why: format!("'{}' ({SELF_KILLED}, {rule})", inert(&text[range.clone()])),
        range,
        kind: FigureType::Killed,
        amount: Amount::Count(count),
        qualifier: Qualifier::Exact,
        superseded: false,
        part: true,
        victims: false,
        confidence: 0.7,
    })
}

#[cfg(test)]
mod tests;
