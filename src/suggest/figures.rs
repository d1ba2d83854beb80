//! The casualty-figure parser: phrases in English and Arabic that report people killed,
//! injured, taken hostage, freed, missing or arrested, each read into a figure (type,
//! amount, qualifier) as the source states it.
//!
//! Data flows over the words of one text (`tokens`): at each amount (`numbers::amount_at`,
//! or an Arabic dual such as قتيلان، شخصين that counts two by itself) the parser looks for
//! the nearest word that names a type (killed, wounded, hostages ...; قتل، جرحى، رهائن ...,
//! Arabic proclitics stripped) up to ten words after it or four before it, never across a
//! sentence; "freed" wins over "hostages" (hostages who were freed). The qualifier comes
//! from the words right before the amount (at least, more than, about ...; ما لا يقل عن،
//! أكثر من، نحو ...) or right after its noun (على الأقل). The phrase marked runs from the
//! first to the last of these words. Years (four digits from 1900 to 2100) are never counts.

use std::ops::Range;
use std::sync::OnceLock;

use super::numbers::{Amount, Lexicon, amount_at};
use super::tokens::{Token, tokenize};
use crate::briefing::{FigureType, Qualifier};

/// One figure found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundFigure {
    /// Byte range of the phrase in the text.
    pub range: Range<usize>,
    pub kind: FigureType,
    pub amount: Amount,
    pub qualifier: Qualifier,
    /// How sure the rule is, from 0 to 1.
    pub confidence: f64,
    /// The words the type came from, for the review list.
    pub cue: String,
}

const CUES: &[(&str, FigureType)] = &[
    ("killed", FigureType::Killed),
    ("killing", FigureType::Killed),
    ("kill", FigureType::Killed),
    ("kills", FigureType::Killed),
    ("dead", FigureType::Killed),
    ("died", FigureType::Killed),
    ("die", FigureType::Killed),
    ("dies", FigureType::Killed),
    ("deaths", FigureType::Killed),
    ("death", FigureType::Killed),
    ("fatalities", FigureType::Killed),
    ("perished", FigureType::Killed),
    ("lives", FigureType::Killed),
    ("wounded", FigureType::Injured),
    ("wounding", FigureType::Injured),
    ("injured", FigureType::Injured),
    ("injuring", FigureType::Injured),
    ("injuries", FigureType::Injured),
    ("hurt", FigureType::Injured),
    ("hostage", FigureType::Hostages),
    ("hostages", FigureType::Hostages),
    ("kidnapped", FigureType::Hostages),
    ("abducted", FigureType::Hostages),
    ("captives", FigureType::Hostages),
    ("freed", FigureType::Freed),
    ("released", FigureType::Freed),
    ("rescued", FigureType::Freed),
    ("liberated", FigureType::Freed),
    ("missing", FigureType::Missing),
    ("disappeared", FigureType::Missing),
    ("arrested", FigureType::Arrested),
    ("detained", FigureType::Arrested),
    ("arrests", FigureType::Arrested),
    ("قتل", FigureType::Killed),
    ("قتلا", FigureType::Killed),
    ("قتلوا", FigureType::Killed),
    ("قتلت", FigureType::Killed),
    ("قتيل", FigureType::Killed),
    ("قتيلا", FigureType::Killed),
    ("قتلى", FigureType::Killed),
    ("مقتل", FigureType::Killed),
    ("مصرع", FigureType::Killed),
    ("مصرعه", FigureType::Killed),
    ("مصرعهم", FigureType::Killed),
    ("حتفهم", FigureType::Killed),
    ("توفي", FigureType::Killed),
    ("وفاة", FigureType::Killed),
    ("ضحايا", FigureType::Killed),
    ("شهيدا", FigureType::Killed),
    ("شهداء", FigureType::Killed),
    ("أصيب", FigureType::Injured),
    ("أصيبوا", FigureType::Injured),
    ("إصابة", FigureType::Injured),
    ("إصابات", FigureType::Injured),
    ("جريح", FigureType::Injured),
    ("جريحا", FigureType::Injured),
    ("جرحى", FigureType::Injured),
    ("جروح", FigureType::Injured),
    ("جرح", FigureType::Injured),
    ("مصابا", FigureType::Injured),
    ("مصابين", FigureType::Injured),
    ("رهينة", FigureType::Hostages),
    ("رهائن", FigureType::Hostages),
    ("محتجزين", FigureType::Hostages),
    ("مختطفين", FigureType::Hostages),
    ("اختطاف", FigureType::Hostages),
    ("خطف", FigureType::Hostages),
    ("سراح", FigureType::Freed),
    ("تحرير", FigureType::Freed),
    ("حرر", FigureType::Freed),
    ("حررت", FigureType::Freed),
    ("الإفراج", FigureType::Freed),
    ("أفرج", FigureType::Freed),
    ("إنقاذ", FigureType::Freed),
    ("مفقود", FigureType::Missing),
    ("مفقودا", FigureType::Missing),
    ("مفقودين", FigureType::Missing),
    ("فقدان", FigureType::Missing),
    ("اعتقال", FigureType::Arrested),
    ("اعتقل", FigureType::Arrested),
    ("اعتقلت", FigureType::Arrested),
    ("معتقلين", FigureType::Arrested),
    ("توقيف", FigureType::Arrested),
    ("أوقف", FigureType::Arrested),
    ("أوقفت", FigureType::Arrested),
    ("القبض", FigureType::Arrested),
];

/// Arabic duals that count two by themselves; the type when the word names one.
const DUALS: &[(&str, Option<FigureType>)] = &[
    ("قتيلان", Some(FigureType::Killed)),
    ("قتيلين", Some(FigureType::Killed)),
    ("جريحان", Some(FigureType::Injured)),
    ("جريحين", Some(FigureType::Injured)),
    ("رهينتان", Some(FigureType::Hostages)),
    ("رهينتين", Some(FigureType::Hostages)),
    ("شخصان", None),
    ("شخصين", None),
    ("جنديان", None),
    ("جنديين", None),
];

/// Words for the people counted, which belong to the phrase right after the amount.
const PEOPLE: &[(&str, ())] = &[
    ("people", ()),
    ("persons", ()),
    ("person", ()),
    ("civilians", ()),
    ("soldiers", ()),
    ("members", ()),
    ("policemen", ()),
    ("officers", ()),
    ("children", ()),
    ("others", ()),
    ("tourists", ()),
    ("شخص", ()),
    ("شخصا", ()),
    ("أشخاص", ()),
    ("آخرين", ()),
    ("آخرون", ()),
    ("مدنيين", ()),
    ("مدنيا", ()),
    ("جنود", ()),
    ("عناصر", ()),
    ("أطفال", ()),
];

/// Groups of people counted without a casualty word: "11,000 peacekeepers", "10 آلاف من
/// عناصر قوات حفظ السلام" (a figure of type `other`).
const FORCES: &[(&str, ())] = &[
    ("peacekeepers", ()),
    ("troops", ()),
    ("soldiers", ()),
    ("policemen", ()),
    ("fighters", ()),
    ("militants", ()),
    ("refugees", ()),
    ("جنود", ()),
    ("جندي", ()),
    ("عناصر", ()),
    ("عنصر", ()),
    ("مقاتل", ()),
    ("مقاتلين", ()),
    ("لاجئ", ()),
    ("لاجئين", ()),
];

/// Month names: a number next to one is a date, not a count.
const MONTHS: &[(&str, ())] = &[
    ("january", ()),
    ("february", ()),
    ("march", ()),
    ("april", ()),
    ("may", ()),
    ("june", ()),
    ("july", ()),
    ("august", ()),
    ("september", ()),
    ("october", ()),
    ("november", ()),
    ("december", ()),
    ("يناير", ()),
    ("فبراير", ()),
    ("مارس", ()),
    ("أبريل", ()),
    ("مايو", ()),
    ("يونيو", ()),
    ("يوليو", ()),
    ("أغسطس", ()),
    ("سبتمبر", ()),
    ("أكتوبر", ()),
    ("نوفمبر", ()),
    ("ديسمبر", ()),
    ("كانون", ()),
    ("شباط", ()),
    ("آذار", ()),
    ("نيسان", ()),
    ("أيار", ()),
    ("حزيران", ()),
    ("تموز", ()),
    ("آب", ()),
    ("أيلول", ()),
    ("تشرين", ()),
];

/// Qualifiers before an amount, as word sequences (longest first).
const BEFORE: &[(&str, Qualifier)] = &[
    ("ما لا يقل عن", Qualifier::AtLeast),
    ("at least", Qualifier::AtLeast),
    ("no fewer than", Qualifier::AtLeast),
    ("more than", Qualifier::MoreThan),
    ("over", Qualifier::MoreThan),
    ("أكثر من", Qualifier::MoreThan),
    ("ما يزيد على", Qualifier::MoreThan),
    ("ما يزيد عن", Qualifier::MoreThan),
    ("about", Qualifier::About),
    ("around", Qualifier::About),
    ("some", Qualifier::About),
    ("approximately", Qualifier::About),
    ("roughly", Qualifier::About),
    ("nearly", Qualifier::About),
    ("almost", Qualifier::About),
    ("نحو", Qualifier::About),
    ("حوالي", Qualifier::About),
    ("حوالى", Qualifier::About),
    ("قرابة", Qualifier::About),
    ("زهاء", Qualifier::About),
    ("up to", Qualifier::UpTo),
    ("as many as", Qualifier::UpTo),
    ("fewer than", Qualifier::FewerThan),
    ("less than", Qualifier::FewerThan),
    ("أقل من", Qualifier::FewerThan),
];

/// Qualifiers after the counted noun.
const AFTER: &[(&str, Qualifier)] = &[("على الأقل", Qualifier::AtLeast)];

struct Tables {
    cues: Lexicon<FigureType>,
    duals: Lexicon<Option<FigureType>>,
    people: Lexicon<()>,
    forces: Lexicon<()>,
    months: Lexicon<()>,
    before: Vec<(Vec<String>, Qualifier)>,
    after: Vec<(Vec<String>, Qualifier)>,
}

fn phrases(table: &[(&str, Qualifier)]) -> Vec<(Vec<String>, Qualifier)> {
    table
        .iter()
        .map(|&(p, q)| (p.split(' ').map(crate::search::fold_query).collect(), q))
        .collect()
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| Tables {
        cues: Lexicon::new(CUES),
        duals: Lexicon::new(DUALS),
        people: Lexicon::new(PEOPLE),
        forces: Lexicon::new(FORCES),
        months: Lexicon::new(MONTHS),
        before: phrases(BEFORE),
        after: phrases(AFTER),
    })
}

/// The folded word without Arabic proclitics, longest first: وبالقتلى gives وبالقتلى,
/// بالقتلى, القتلى, قتلى. Latin words give only themselves.
pub fn stems(folded: &str) -> impl Iterator<Item = &str> {
    let mut out = Vec::with_capacity(4);
    out.push(folded);
    let mut rest = folded;
    for prefix in ["و", "ف"] {
        if let Some(r) = rest.strip_prefix(prefix) {
            rest = r;
            out.push(rest);
            break;
        }
    }
    for prefix in ["بال", "كال", "لل", "ال", "ب", "ل", "ك"] {
        if let Some(r) = rest.strip_prefix(prefix)
            && r.chars().count() >= 2
        {
            out.push(r);
            break;
        }
    }
    out.into_iter()
}

/// The figure type a word names, proclitics allowed.
fn cue(token: &Token<'_>) -> Option<FigureType> {
    stems(&token.folded).find_map(|s| tables().cues.get(s))
}

fn dual(token: &Token<'_>) -> Option<Option<FigureType>> {
    stems(&token.folded).find_map(|s| tables().duals.get(s))
}

/// Whether the words ending right before `end` (exclusive) spell `phrase`.
fn phrase_before(tokens: &[Token<'_>], end: usize, phrase: &[String]) -> bool {
    end >= phrase.len()
        && tokens[end - phrase.len()..end]
            .iter()
            .zip(phrase)
            .enumerate()
            .all(|(k, (t, w))| t.folded == *w && (k == 0 || !t.sentence_start))
}

fn phrase_at(tokens: &[Token<'_>], start: usize, phrase: &[String]) -> bool {
    tokens.len() >= start + phrase.len()
        && tokens[start..start + phrase.len()]
            .iter()
            .zip(phrase)
            .all(|(t, w)| t.folded == *w && !t.sentence_start)
}

/// A year (not a count): four digits from 1900 to 2100.
fn is_year(token: &Token<'_>) -> bool {
    token.text.len() == 4
        && token.text.chars().all(|c| c.is_ascii_digit())
        && token
            .text
            .parse::<u32>()
            .is_ok_and(|y| (1900..=2100).contains(&y))
}

/// Every casualty figure in `text`, in text order.
pub fn find_figures(text: &str) -> Vec<FoundFigure> {
    let tokens = tokenize(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match figure_at(&tokens, i) {
            Some((figure, next)) => {
                out.push(figure);
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

/// The figure whose amount starts at `tokens[i]`, and the index of the first token after it.
fn figure_at(tokens: &[Token<'_>], i: usize) -> Option<(FoundFigure, usize)> {
    let t = tables();
    let (amount, used, own_type) = match dual(&tokens[i]) {
        Some(kind) => (Amount::Count(2), 1, kind),
        None if is_year(&tokens[i]) => return None,
        None => {
            let (amount, used) = amount_at(tokens, i)?;
            (amount, used, None)
        }
    };
    let last = i + used - 1;
    let is_month = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|m| t.months.get(&m.folded).is_some())
    };
    if own_type.is_none() && (is_month(last + 1) || (i > 0 && is_month(i - 1))) {
        return None;
    }
    // The qualifier before the amount.
    let mut start = i;
    let mut qualifier = Qualifier::Exact;
    if !tokens[i].sentence_start
        && let Some((words, q)) = t.before.iter().find(|(p, _)| phrase_before(tokens, i, p))
    {
        qualifier = *q;
        start = i - words.len();
    }
    // The counted noun right after the amount.
    let mut end = last;
    if tokens
        .get(last + 1)
        .is_some_and(|n| !n.sentence_start && stems(&n.folded).any(|s| t.people.get(s).is_some()))
    {
        end = last + 1;
    }
    let (kind, cue_index, distance, reach) = match own_type {
        Some(kind) => (kind, i, 0, i),
        None => match nearest_cue(tokens, start, last) {
            Some(cue) => cue,
            None => forces_after(tokens, last, amount)?,
        },
    };
    let first = start.min(cue_index).min(reach);
    let mut after = end.max(cue_index).max(reach);
    if let Some((words, q)) = t
        .after
        .iter()
        .find(|(p, _)| phrase_at(tokens, after + 1, p))
    {
        if qualifier == Qualifier::Exact {
            qualifier = *q;
        }
        after += words.len();
    }
    let confidence = match (amount, distance) {
        _ if kind == FigureType::Other => 0.55,
        (Amount::Vague(_), _) => 0.6,
        (_, 0..=2) => 0.9,
        (_, 3..=5) => 0.75,
        _ => 0.6,
    };
    let figure = FoundFigure {
        range: tokens[first].range.start..tokens[after].range.end,
        kind,
        amount,
        qualifier,
        confidence,
        cue: tokens[cue_index].text.to_string(),
    };
    Some((figure, after.max(last) + 1))
}

/// A count of ten or more of a group of people with no casualty word ("11,000
/// peacekeepers", "10 آلاف من عناصر"): a figure of type `other`, reaching the group's noun.
fn forces_after(tokens: &[Token<'_>], last: usize, amount: Amount) -> Option<Cue> {
    if !matches!(amount, Amount::Count(n) if n >= 10) {
        return None;
    }
    let mut k = last + 1;
    if tokens
        .get(k)
        .is_some_and(|t| !t.sentence_start && (t.folded == "of" || t.folded == "من"))
    {
        k += 1;
    }
    let noun = tokens.get(k).filter(|t| !t.sentence_start)?;
    stems(&noun.folded)
        .any(|s| tables().forces.get(s).is_some())
        .then_some((FigureType::Other, k, 6, k))
}

/// A type found near an amount: the type, the index of its word, its distance from the
/// amount, and the index of another word the phrase must reach (the hostages who were freed).
type Cue = (FigureType, usize, usize, usize);

/// The nearest word naming a type, within ten words after `end` or four before `start`,
/// in the same sentence and not past another amount: (type, index, distance); at equal
/// distance the word before wins. When both a
/// "freed" and a "hostages" word are in reach, the hostages were freed.
fn nearest_cue(tokens: &[Token<'_>], start: usize, end: usize) -> Option<Cue> {
    let mut found: Vec<(FigureType, usize, usize)> = Vec::new();
    // Before first: at equal distance the word before wins.
    let mut j = start;
    for d in 1..=4 {
        if j == 0 || tokens[j].sentence_start {
            break;
        }
        j -= 1;
        if let Some(kind) = cue(&tokens[j]) {
            found.push((kind, j, d));
            break;
        }
        if amount_at(tokens, j).is_some() {
            break;
        }
    }
    for (d, j) in (end + 1..tokens.len().min(end + 11)).enumerate() {
        if tokens[j].sentence_start || (d > 0 && amount_at(tokens, j).is_some()) {
            break;
        }
        if let Some(kind) = cue(&tokens[j]) {
            found.push((kind, j, d + 1));
        }
    }
    let freed = found.iter().find(|f| f.0 == FigureType::Freed);
    let hostages = found.iter().find(|f| f.0 == FigureType::Hostages);
    if let (Some(freed), Some(hostages)) = (freed, hostages) {
        return Some((FigureType::Freed, freed.1, freed.2, hostages.1));
    }
    found
        .into_iter()
        .min_by_key(|f| f.2)
        .map(|f| (f.0, f.1, f.2, f.1))
}

#[cfg(test)]
mod tests;
