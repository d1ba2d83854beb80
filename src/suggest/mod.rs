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
//! is kept (a place inside an organisation's name). (2) New names are grouped into
//! entities: a remembered entity by its id, a place by its gazetteer key (the same in
//! every language), else by the name folded; figures by type (the first of each type in
//! each article is the event's; the others stand alone). (3) Entities are linked across
//! languages (`group`): same gazetteer key, or names (never generic nouns, at least four
//! letters) that sound alike (`romanize`); a name of one language is also looked for in
//! the other language's texts. (4) Each entity gets an id (a remembered one keeps its
//! own), a name and its `names`.
//! `report` prints the result and `apply` writes it into a copy of the file.

pub mod apply;
pub mod candidate;
pub mod figures;
pub mod gazetteer;
pub mod gazetteer_table;
mod group;
pub mod library_memory;
pub mod names_ar;
pub mod names_en;
pub mod numbers;
pub mod report;
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
    /// For a new casualty entity: the accepted figure (the lowest count stated).
    pub figure: Option<StatedFigure>,
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
    let mut found = Vec::new();
    for a in ArticleIx::all(briefing) {
        for part in [Part::Text, Part::Headline] {
            found.extend(find_in_part(briefing, gazetteers, options, a, part));
        }
    }
    found.retain(|f| f.candidate.confidence >= options.min_confidence);
    let found = group::link_across_languages(briefing, found, options.min_confidence);
    let mut suggestions = group::group(briefing, found, &gazetteers.memory);
    accept_entity_figures(&mut suggestions);
    suggestions
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
    let mut taken = Taken::default();
    for m in briefing.mentions_in_part(a, part) {
        taken.take(&m.bytes, true);
    }
    let mut out = Vec::new();
    let mut accept = |candidate: Candidate, existing, remembered, figure, taken: &mut Taken| {
        if taken.take(&candidate.range, true) {
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
    let tokens = tokens::tokenize(text);
    // The library's entities, but those the briefing has already (by id).
    let own = |r: &library_memory::Remembered| briefing.entities.iter().any(|e| e.id == r.id);
    for (candidate, r) in gazetteers.memory.find(text, &tokens, &own) {
        accept(candidate, None, Some(r), None, &mut taken);
    }
    for fig in figures::find_figures(text) {
        let figure = StatedFigure::from(&fig);
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
    for candidate in names.into_iter().filter(|c| options.generic || !c.generic) {
        accept(candidate, None, None, None, &mut taken);
    }
    out.sort_by_key(|f| f.candidate.range.start);
    out
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
