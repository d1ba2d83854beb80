//! `briefing suggest`: proposals of what to mark in a briefing, computed from the resolved
//! model alone (pure: no terminal, no files; only `library_memory::Memory::load` reads the
//! user's other briefings, before).
//!
//! Data flows in four steps. (1) For every article, headline and text ([`Part`]), the
//! rules propose stretches of text (`candidate`, over the words of `tokens`): occurrences of
//! known entities' names not yet marked (with the loader's whole-word and proclitic
//! matching), entities of the user's other briefings (`library_memory`, with `--library`),
//! casualty figures (`figures`, reading `numbers`), new actors and places (`names_en`,
//! `names_ar`, with the `gazetteer`: CLDR's countries and GeoNames' cities,
//! `gazetteer_table`); generic nouns only when [`Options::generic`] asks for them.
//! Surer proposals win where they would cross or repeat one another; one inside another
//! is kept (a place inside an organisation's name), but a generic actor noun inside or
//! across the phrase of a figure of victims is left out: it names the victims ("killing
//! two police"), and the figure wins. Text already marked is never proposed
//! again ([`Marked`]). (2) New names are grouped into
//! entities: a remembered entity by its id, a place by its gazetteer key (the same in
//! every language; the briefing's place of that key when it has one), else by the name
//! folded; figures by type: every source's toll
//! of one type is one entity (the briefing's casualty entity of that type when it has just
//! one), so that where sources disagree shows at once; a share of a toll ("including five
//! children") and a figure of another time (`event`: "in November 2015") are set aside.
//! (3) Entities are linked across languages (`group`): same gazetteer key, or names (never generic nouns, at least four
//! letters) that sound alike (`romanize`); a name of one language is also looked for in
//! the other language's texts. (4) Each entity gets an id (a remembered one keeps its
//! own), a name and its `names`.
//! `report` prints the result and `apply` writes it into a copy of the file.

pub mod apply;
pub mod attribution;
pub mod candidate;
mod event;
pub mod figures;
pub mod gazetteer;
pub mod gazetteer_table;
mod group;
pub mod library_memory;
mod link;
pub mod names_ar;
pub mod names_en;
pub mod numbers;
pub mod report;
#[cfg(test)]
mod review_tests;
pub mod romanize;
#[cfg(test)]
mod scale_tests;
pub mod tokens;

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use serde::Serialize;

use crate::briefing::resolve::{Selector, find_quote};
use crate::briefing::{ArticleIx, Briefing, EntityIx, EntityKind, Figure, FigureType, Qualifier};
use candidate::{Candidate, Taken};
use gazetteer::Gazetteer;
use library_memory::Memory;
use numbers::Amount;

/// Which string of an article a suggestion is in: the format's own `Part`.
pub use crate::briefing::Part;

/// A figure as a source states it: a count (or a range of counts), or only a vague amount
/// (dozens, العشرات); superseded when the source itself revised it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct StatedFigure {
    #[serde(rename = "type")]
    pub kind: FigureType,
    pub count: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count_max: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vague: Option<&'static str>,
    pub qualifier: Qualifier,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub superseded: bool,
    /// Not the toll of the briefing's event: a share of the figure stated before it
    /// ("including five children"), or a figure of another time (`event`). It stays out of
    /// the toll's entity.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub aside: bool,
}

impl StatedFigure {
    /// The figure in the briefing format: its count, or for a vague amount the qualifier
    /// that names it (the format derives the count, as conflict data codes such reports).
    pub fn to_figure(self) -> Option<Figure> {
        let (count, qualifier) = match (self.count, self.vague) {
            (Some(count), _) => (count, self.qualifier),
            (None, Some(vague)) => {
                let qualifier = vague_qualifier(vague)?;
                (qualifier.derived_count()?.0, qualifier)
            }
            (None, None) => return None,
        };
        Some(Figure {
            kind: self.kind,
            count,
            count_max: self.count_max,
            qualifier,
            superseded: self.superseded,
            as_of: None,
        })
    }

    /// The figure as an entity's accepted one, which the format never has superseded.
    pub fn accepted(self) -> StatedFigure {
        StatedFigure {
            superseded: false,
            ..self
        }
    }

    pub fn describe(self) -> String {
        match (self.to_figure(), self.vague) {
            (Some(f), _) => f.describe(),
            (None, vague) => format!("{} {}", vague.unwrap_or("some"), self.kind.as_str()),
        }
    }
}

impl From<&figures::FoundFigure> for StatedFigure {
    /// The figure a phrase found in a text states.
    fn from(fig: &figures::FoundFigure) -> StatedFigure {
        let (count, count_max, vague) = match fig.amount {
            Amount::Count(n) => (Some(n), None, None),
            Amount::Range(low, high) => (Some(low), Some(high), None),
            Amount::Vague(v) => (None, None, Some(v)),
        };
        StatedFigure {
            kind: fig.kind,
            count,
            count_max,
            vague,
            qualifier: fig.qualifier,
            superseded: fig.superseded,
            aside: fig.part,
        }
    }
}

/// The format's qualifier for a vague amount's English word ("many" is coded as "several",
/// as conflict data codes both).
fn vague_qualifier(word: &str) -> Option<Qualifier> {
    Some(match word {
        "several" | "many" => Qualifier::Several,
        "dozens" => Qualifier::Dozens,
        "scores" => Qualifier::Scores,
        "hundreds" => Qualifier::Hundreds,
        "thousands" => Qualifier::Thousands,
        _ => return None,
    })
}

/// One proposed mention.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub article: ArticleIx,
    pub part: Part,
    /// Byte range in the part's string.
    pub bytes: Range<usize>,
    /// Code-point range in the part's string.
    pub chars: Range<usize>,
    /// Index into [`Suggestions::entities`].
    pub entity: usize,
    pub figure: Option<StatedFigure>,
    pub confidence: f64,
    pub why: String,
}

/// An entity that suggestions belong to: one of the briefing's, or a new one.
#[derive(Debug, Clone, PartialEq)]
pub struct SuggestedEntity {
    /// The briefing's entity, for a known entity.
    pub existing: Option<EntityIx>,
    pub id: String,
    pub kind: EntityKind,
    pub name: String,
    pub names: BTreeMap<String, String>,
    /// For a new casualty entity: the accepted figure (the first stated, see
    /// `group::entity_figure`).
    pub figure: Option<StatedFigure>,
    /// An entity of the library's memory: its name and names are the library's (else they
    /// are those of its proposals, one per language).
    pub remembered: bool,
}

/// Everything `suggest` proposes for one briefing.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Suggestions {
    pub entities: Vec<SuggestedEntity>,
    /// In article, part and text order.
    pub mentions: Vec<Suggestion>,
}

/// The gazetteers of the briefing's languages, built once, and the memory of the user's
/// library if one was given.
#[derive(Default)]
pub struct Gazetteers {
    by_lang: HashMap<String, Gazetteer>,
    memory: Memory,
}

impl Gazetteers {
    /// These gazetteers with the entities of the user's briefings.
    pub fn with_memory(self, memory: Memory) -> Gazetteers {
        Gazetteers { memory, ..self }
    }

    pub fn for_briefing(briefing: &Briefing) -> Gazetteers {
        let mut g = Gazetteers::default();
        for a in &briefing.articles {
            let lang = primary(&a.lang);
            g.by_lang
                .entry(lang.clone())
                .or_insert_with(|| Gazetteer::for_language(&lang));
        }
        g
    }

    fn get(&self, lang: &str) -> Option<&Gazetteer> {
        self.by_lang.get(&primary(lang))
    }
}

/// English ordinals that belong to the party they count: "the second bomber" is one
/// actor (names_en), and "a third attacker was found dead" a figure from "third" (figures).
const ORDINALS: &[&str] = &["first", "second", "third", "fourth", "fifth", "sixth"];

/// The name a new casualty entity gets from its figure, described (`Figure::describe`),
/// until someone names it: "Suggested: 21 killed". The reader renames an entity still
/// named so when its figure changes.
pub fn placeholder_name(described: &str) -> String {
    format!("Suggested: {described}")
}

/// The primary language subtag, lower case: `ar-EG` -> `ar`.
pub fn primary(lang: &str) -> String {
    lang.split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// A proposal before grouping: where, what, and the known entity (of the briefing, or of
/// the library's memory) it belongs to if any.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub article: ArticleIx,
    pub part: Part,
    pub candidate: Candidate,
    pub existing: Option<EntityIx>,
    /// Index of an entity of the library's memory.
    pub remembered: Option<usize>,
    pub figure: Option<StatedFigure>,
}

/// How `suggest` chooses what to propose.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    /// Proposals below this confidence (0 to 1) are left out.
    pub min_confidence: f64,
    /// Whether generic nouns ("gunmen", "officials", "residents", مسلحون) are proposed as
    /// actors; named phrases ("Malian government forces") always are.
    pub generic: bool,
}

impl Default for Options {
    /// The defaults of `briefing suggest`: confidence 0.5, generic nouns proposed.
    fn default() -> Options {
        Options {
            min_confidence: 0.5,
            generic: true,
        }
    }
}

/// What to suggest for `briefing` with the default options but `min_confidence`.
pub fn suggest(briefing: &Briefing, gazetteers: &Gazetteers, min_confidence: f64) -> Suggestions {
    suggest_with(
        briefing,
        gazetteers,
        Options {
            min_confidence,
            ..Options::default()
        },
    )
}

/// What to suggest for `briefing`: every proposal, grouped into entities.
pub fn suggest_with(briefing: &Briefing, gazetteers: &Gazetteers, options: Options) -> Suggestions {
    suggest_with_progress(briefing, gazetteers, options, &mut |_| true).unwrap_or_default()
}

/// How far [`suggest_with_progress`] has read: bytes of article text (texts and headlines)
/// read, of all.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

/// [`suggest_with`], telling `progress` how far it has read before each text and headline;
/// stops (None) as soon as `progress` says so (returns false).
pub fn suggest_with_progress(
    briefing: &Briefing,
    gazetteers: &Gazetteers,
    options: Options,
    progress: &mut dyn FnMut(Progress) -> bool,
) -> Option<Suggestions> {
    let parts = [Part::Text, Part::Headline];
    let total = (briefing.articles.iter())
        .flat_map(|a| parts.map(|p| a.part(p).len()))
        .sum();
    let mut read = Progress { done: 0, total };
    let mut found = Vec::new();
    for a in ArticleIx::all(briefing) {
        for part in parts {
            if !progress(read) {
                return None;
            }
            found.extend(find_in_part(briefing, gazetteers, options, a, part));
            read.done += briefing.articles[a].part(part).len();
        }
    }
    if !progress(read) {
        return None;
    }
    found.retain(|f| f.candidate.confidence >= options.min_confidence);
    group::join_known_places(briefing, gazetteers, &mut found);
    let found = group::link_across_languages(briefing, found, options.min_confidence);
    let mut suggestions = group::group(briefing, found, &gazetteers.memory);
    accept_entity_figures(&mut suggestions);
    Some(suggestions)
}

/// Gives each new casualty entity an accepted figure that is not superseded (the format's
/// rule for an entity's figure).
fn accept_entity_figures(s: &mut Suggestions) {
    for e in &mut s.entities {
        e.figure = e.figure.map(StatedFigure::accepted);
    }
}

/// The proposals of one part of one article, surest first, none crossing or repeating
/// another or an existing mention.
fn find_in_part(
    briefing: &Briefing,
    gazetteers: &Gazetteers,
    options: Options,
    a: ArticleIx,
    part: Part,
) -> Vec<Found> {
    let article = &briefing.articles[a];
    let text = article.part(part);
    let marked = Marked::of(briefing, a, part);
    let tokens = tokens::tokenize(text);
    let mut taken = Taken::default();
    let mut out = Vec::new();
    let mut accept = |candidate: Candidate, existing, remembered, figure, taken: &mut Taken| {
        if !marked.keeps_off(&candidate) && taken.take(&candidate.range, true) {
            out.push(Found {
                article: a,
                part,
                candidate,
                existing,
                remembered,
                figure,
            });
        }
    };
    for f in known_occurrences(briefing, a, part) {
        accept(f.candidate, f.existing, None, None, &mut taken);
    }
    // The library's entities, but those the briefing has already (by id).
    let own = |r: &library_memory::Remembered| briefing.entities.iter().any(|e| e.id == r.id);
    for (candidate, r) in gazetteers.memory.find(text, &tokens, &own) {
        accept(candidate, None, Some(r), None, &mut taken);
    }
    let year = event::year_of(&briefing.date);
    // The phrases of figures of victims: a generic actor noun inside one is the victims'
    // category ("killing two police", "ستة أشخاص بينهم جنود قتلوا"), not a party; a group
    // counted with no casualty word ("11,000 peacekeepers") or attackers (counted, or named
    // among the dead: "والمفجر الانتحاري") stay one.
    let mut victims_phrases = Taken::default();
    for fig in figures::find_figures(text) {
        if fig.victims {
            victims_phrases.add(&fig.range);
        }
        let mut figure = StatedFigure::from(&fig);
        figure.aside |= event::another_time(&tokens, &fig.range, year);
        let candidate = Candidate {
            name: text[fig.range.clone()].to_string(),
            range: fig.range,
            kind: EntityKind::Casualty,
            place_key: None,
            confidence: fig.confidence,
            // Which rule and words gave it: "3 killed ← 'three people died' (clause verb)".
            why: format!("{} ← {}", figure.describe(), fig.why).into(),
            generic: false,
        };
        accept(candidate, None, None, Some(figure), &mut taken);
    }
    let names = match (
        primary(&article.lang).as_str(),
        gazetteers.get(&article.lang),
    ) {
        ("ar", Some(g)) => names_ar::find(text, &tokens, g),
        (lang, Some(g)) if is_latin_language(lang) => names_en::find(text, &tokens, g),
        _ => Vec::new(),
    };
    // A head-noun phrase inside a figure of victims names them, even with a capitalised
    // modifier ("23 Egyptian soldiers have been killed").
    let victims = |c: &Candidate| {
        names_en::names_a_category(c)
            && victims_phrases.overlaps(&c.range, false)
            && !figures::names_attackers(&c.name)
    };
    for candidate in names
        .into_iter()
        .filter(|c| (options.generic || !c.generic) && !victims(c))
    {
        accept(candidate, None, None, None, &mut taken);
    }
    out.sort_by_key(|f| f.candidate.range.start);
    out
}

/// The mentions already marked in one part of an article: text already marked is never
/// proposed again, nor a stretch crossing it, inside it or equal to it; a proposal may hold
/// a marked mention of another kind (a figure's phrase around a marked actor, an
/// organisation's name around a marked place), never one of its own kind ("Col Ahmed
/// Saleh" around a marked "Ahmed Saleh").
struct Marked {
    any: Taken,
    by_kind: HashMap<EntityKind, Taken>,
}

impl Marked {
    fn of(briefing: &Briefing, a: ArticleIx, part: Part) -> Marked {
        let mut marked = Marked {
            any: Taken::default(),
            by_kind: HashMap::new(),
        };
        for m in briefing.mentions_in_part(a, part) {
            marked.any.add(&m.bytes);
            let kind = briefing.entities[m.entity].kind;
            marked.by_kind.entry(kind).or_default().add(&m.bytes);
        }
        marked
    }

    /// Whether `c` would propose text already marked.
    fn keeps_off(&self, c: &Candidate) -> bool {
        self.any.overlaps(&c.range, true)
            || self
                .by_kind
                .get(&c.kind)
                .is_some_and(|t| t.overlaps(&c.range, false))
    }
}

/// Languages whose names the English capitalisation rules can read (and the gazetteer's
/// Latin spellings serve).
fn is_latin_language(lang: &str) -> bool {
    matches!(lang, "en" | "fr" | "es" | "de" | "it" | "pt" | "nl")
}

/// Whole-word occurrences of known entities' names (`name` and `names`) not yet marked.
fn known_occurrences(briefing: &Briefing, a: ArticleIx, part: Part) -> Vec<Found> {
    let text = briefing.articles[a].part(part);
    let mut out = Vec::new();
    for (e, entity) in EntityIx::all(briefing).zip(&briefing.entities) {
        if entity.kind == EntityKind::Casualty {
            continue; // a casualty's name describes it; it is not written in the text
        }
        let mut names: Vec<&str> = std::iter::once(entity.name.as_str())
            .chain(entity.names.values().map(String::as_str))
            .filter(|n| n.chars().count() >= 2)
            .collect();
        names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        names.dedup();
        for name in names {
            let confidence = if name.chars().count() <= 3 { 0.75 } else { 0.9 };
            for range in find_quote(
                text,
                Selector {
                    quote: name,
                    ..Default::default()
                },
            ) {
                out.push(Found {
                    article: a,
                    part,
                    candidate: Candidate {
                        range,
                        kind: entity.kind,
                        name: name.to_string(),
                        place_key: None,
                        confidence,
                        why: "a known entity's name, not yet marked".into(),
                        generic: false,
                    },
                    existing: Some(e),
                    remembered: None,
                    figure: None,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::load_str;

    /// What `suggest` marks in an English text, with the kind of its entity.
    fn marked(text: &str) -> Vec<(String, EntityKind)> {
        let yaml = format!(
            "id: t\ntitle: T\ndate: 2024-01-01\narticles:\n  - id: en\n    lang: en\n    \
             source: s\n    headline: h\n    text: \"{text}\"\n"
        );
        let b = load_str("t.yaml", &yaml)
            .unwrap_or_else(|e| panic!("{e:?}"))
            .briefing;
        let s = suggest(&b, &Gazetteers::for_briefing(&b), 0.5);
        s.mentions
            .iter()
            .filter(|m| m.part == Part::Text)
            .map(|m| (text[m.bytes.clone()].to_string(), s.entities[m.entity].kind))
            .collect()
    }

    #[test]
    fn a_figure_wins_over_the_generic_actor_naming_its_victims() {
        let got = marked("The blast hit the gate, killing at least two guards. Gunmen then fled.");
        assert!(
            got.contains(&("killing at least two guards".into(), EntityKind::Casualty)),
            "{got:?}"
        );
        assert!(
            !got.iter()
                .any(|(t, k)| t == "guards" && *k == EntityKind::Actor),
            "{got:?}"
        );
        assert!(
            got.contains(&("Gunmen".into(), EntityKind::Actor)),
            "a generic actor outside a figure stays: {got:?}"
        );
        // A category with an adjective of origin is the victims' too; a possessive names.
        let got = marked("At least 23 Ruritanian soldiers have been killed.");
        assert!(!got.iter().any(|(_, k)| *k == EntityKind::Actor), "{got:?}");
        // Attackers among the dead are a party.
        let got = marked("Five people, the suicide bomber among them, were killed.");
        assert!(
            got.iter()
                .any(|(t, k)| t.contains("bomber") && *k == EntityKind::Actor),
            "{got:?}"
        );
        // A group counted with no casualty word is a party, not victims.
        let got = marked("The army sent 3,000 troops to the border.");
        assert!(
            got.iter()
                .any(|(t, k)| t.contains("troops") && *k == EntityKind::Actor),
            "{got:?}"
        );
    }
}
