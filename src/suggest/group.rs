//! Steps 3 and 4 of `suggest`: linking names across languages, then grouping proposals
//! into entities with ids, names and figures.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;

use super::candidate::Candidate;
use super::names_ar::{skip_letters, without_proclitics};
use super::romanize::skeleton;
use super::tokens::tokenize;
use super::{Found, Part, StatedFigure, SuggestedEntity, Suggestion, Suggestions, primary};
use crate::briefing::resolve::CharIndex;
use crate::briefing::{Briefing, EntityKind, FigureType};
use crate::draft::write::slug;

/// A name to look for in the other languages (keyed by its skeleton): its kind, its
/// language, and the known entity it names if any.
struct Source {
    kind: EntityKind,
    lang: String,
    existing: Option<usize>,
}

/// Skeletons worth matching: three consonants or more.
fn usable(skel: &str) -> bool {
    skel.chars().filter(|c| *c != ' ').count() >= 3
}

/// Adds, for each name of one language (new actors and places, and known entities'
/// names), its occurrences in the texts of the other languages that sound the same
/// (romanised consonant skeletons of one to three words, equal).
pub(crate) fn link_across_languages(
    briefing: &Briefing,
    mut found: Vec<Found>,
    min_confidence: f64,
) -> Vec<Found> {
    const CONFIDENCE: f64 = 0.65;
    if CONFIDENCE < min_confidence {
        return found;
    }
    let mut sources: HashMap<String, Source> = HashMap::new();
    for f in &found {
        if f.existing.is_none() && f.candidate.kind != EntityKind::Casualty {
            let lang = primary(&briefing.articles[f.article].lang);
            let skel = skeleton(&f.candidate.name);
            if usable(&skel) {
                sources.entry(skel).or_insert(Source {
                    kind: f.candidate.kind,
                    lang,
                    existing: None,
                });
            }
        }
    }
    for (e, entity) in briefing.entities.iter().enumerate() {
        if entity.kind == EntityKind::Casualty {
            continue;
        }
        for (lang, name) in entity
            .names
            .iter()
            .map(|(l, n)| (primary(l), n))
            .chain([(String::new(), &entity.name)])
        {
            let skel = skeleton(name);
            if usable(&skel) {
                sources.insert(
                    skel,
                    Source {
                        kind: entity.kind,
                        lang,
                        existing: Some(e),
                    },
                );
            }
        }
    }
    if sources.is_empty() {
        return found;
    }
    let mut added = Vec::new();
    for (a, article) in briefing.articles.iter().enumerate() {
        let lang = primary(&article.lang);
        for part in [Part::Text, Part::Headline] {
            let text = part.of(article);
            let mut taken: Vec<Range<usize>> = found
                .iter()
                .filter(|f| f.article == a && f.part == part)
                .map(|f| f.candidate.range.clone())
                .collect();
            if part == Part::Text {
                taken.extend(briefing.mentions_in(a).iter().map(|m| m.bytes.clone()));
            }
            let tokens = tokenize(text);
            // Each word's skeleton, without Arabic proclitics, and where it starts.
            let words: Vec<(String, usize)> = tokens
                .iter()
                .map(|t| {
                    let (base, dropped) = without_proclitics(&t.folded);
                    let start = skip_letters(t, dropped).start;
                    (skeleton(&base), start)
                })
                .collect();
            for i in 0..tokens.len() {
                let mut skel = String::new();
                for n in 0..3 {
                    let j = i + n;
                    if j >= tokens.len() || (n > 0 && tokens[j].sentence_start) {
                        break;
                    }
                    if n > 0 {
                        skel.push(' ');
                    }
                    skel.push_str(&words[j].0);
                    let Some(source) = sources.get(skel.trim()) else {
                        continue;
                    };
                    if source.lang == lang || !usable(&skel) {
                        continue;
                    }
                    let range = words[i].1..tokens[j].range.end;
                    if taken
                        .iter()
                        .any(|t| t.start < range.end && range.start < t.end)
                    {
                        continue;
                    }
                    taken.push(range.clone());
                    added.push(Found {
                        article: a,
                        part,
                        candidate: Candidate {
                            name: text[range.clone()].to_string(),
                            range,
                            kind: source.kind,
                            place_key: None,
                            confidence: CONFIDENCE,
                            why: "sounds like a name in another language's article",
                        },
                        existing: source.existing,
                        figure: None,
                    });
                }
            }
        }
    }
    found.extend(added);
    found
}

/// Union-find over group indices.
fn root(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// The key that groups new names in one language: a place's CLDR key, else the kind and
/// the folded name without a leading article.
fn name_key(c: &Candidate) -> String {
    if let Some(key) = &c.place_key {
        return format!("place:{key}");
    }
    let folded = crate::search::fold_query(&c.name);
    let folded = folded.strip_prefix("the ").unwrap_or(&folded);
    format!("{}:{}", c.kind.as_str(), folded)
}

/// Groups the proposals into entities (step 4) and gives each its id, name and names.
pub(crate) fn group(briefing: &Briefing, mut found: Vec<Found>) -> Suggestions {
    found.sort_by(|a, b| {
        (a.article, a.part, a.candidate.range.start).cmp(&(
            b.article,
            b.part,
            b.candidate.range.start,
        ))
    });
    // Group index per proposal.
    let mut keys: HashMap<String, usize> = HashMap::new();
    let mut group_of = Vec::with_capacity(found.len());
    let mut lead_of_type: HashMap<FigureType, usize> = HashMap::new();
    let mut lead_taken: HashSet<(usize, FigureType)> = HashSet::new();
    let mut next = 0;
    let mut new_group = || {
        next += 1;
        next - 1
    };
    for f in &found {
        let key = match (f.existing, f.figure) {
            (Some(e), _) => format!("existing:{e}"),
            (None, Some(fig)) => {
                // The first figure of a type in each article's text, and every headline
                // figure of that type, report the event; the others stand alone.
                let lead = f.part == Part::Headline || lead_taken.insert((f.article, fig.kind));
                if lead {
                    let g = *lead_of_type.entry(fig.kind).or_insert_with(&mut new_group);
                    group_of.push(g);
                    continue;
                }
                group_of.push(new_group());
                continue;
            }
            (None, None) => name_key(&f.candidate),
        };
        let g = *keys.entry(key).or_insert_with(&mut new_group);
        group_of.push(g);
    }
    // Link groups of names that sound alike across languages.
    let mut parent: Vec<usize> = (0..next).collect();
    let mut by_skeleton: HashMap<(EntityKind, String), (usize, String)> = HashMap::new();
    for (f, &g) in found.iter().zip(&group_of) {
        if f.existing.is_some() || f.figure.is_some() {
            continue;
        }
        let skel = skeleton(&f.candidate.name);
        if !usable(&skel) {
            continue;
        }
        let lang = primary(&briefing.articles[f.article].lang);
        match by_skeleton.get(&(f.candidate.kind, skel.clone())) {
            Some((other, other_lang)) if *other_lang != lang => {
                let (a, b) = (root(&mut parent, g), root(&mut parent, *other));
                parent[a.max(b)] = a.min(b);
            }
            Some(_) => {}
            None => {
                by_skeleton.insert((f.candidate.kind, skel), (g, lang));
            }
        }
    }
    let group_of: Vec<usize> = group_of.iter().map(|&g| root(&mut parent, g)).collect();
    build(briefing, found, group_of)
}

/// Entities and mentions from grouped proposals.
fn build(briefing: &Briefing, found: Vec<Found>, group_of: Vec<usize>) -> Suggestions {
    let mut used_ids: HashSet<String> = briefing.entities.iter().map(|e| e.id.clone()).collect();
    let mut entity_of_group: HashMap<usize, usize> = HashMap::new();
    let mut out = Suggestions::default();
    let mut index: Option<(usize, Part, CharIndex<'_>)> = None;
    for (f, g) in found.into_iter().zip(group_of) {
        let article = &briefing.articles[f.article];
        let lang = article.lang.clone();
        let e = *entity_of_group.entry(g).or_insert_with(|| {
            out.entities.push(match f.existing {
                Some(e) => {
                    let known = &briefing.entities[e];
                    SuggestedEntity {
                        existing: Some(e),
                        id: known.id.clone(),
                        kind: known.kind,
                        name: known.name.clone(),
                        names: known.names.clone(),
                        figure: None,
                    }
                }
                None => SuggestedEntity {
                    existing: None,
                    id: String::new(),
                    kind: f.candidate.kind,
                    name: String::new(),
                    names: BTreeMap::new(),
                    figure: None,
                },
            });
            out.entities.len() - 1
        });
        let entity = &mut out.entities[e];
        if entity.existing.is_none() {
            if f.figure.is_none() {
                entity
                    .names
                    .entry(lang.clone())
                    .or_insert_with(|| f.candidate.name.clone());
            }
            entity.figure = lower_figure(entity.figure, f.figure);
        }
        if index
            .as_ref()
            .is_none_or(|(a, p, _)| (*a, *p) != (f.article, f.part))
        {
            index = Some((f.article, f.part, CharIndex::new(f.part.of(article))));
        }
        let chars = index.as_ref().map_or(0..0, |(_, _, ix)| {
            ix.char_of_byte(f.candidate.range.start)..ix.char_of_byte(f.candidate.range.end)
        });
        out.mentions.push(Suggestion {
            article: f.article,
            part: f.part,
            bytes: f.candidate.range,
            chars,
            entity: e,
            figure: f.figure,
            confidence: f.candidate.confidence,
            why: f.candidate.why.to_string(),
        });
    }
    for entity in out.entities.iter_mut().filter(|e| e.existing.is_none()) {
        entity.name = match (entity.kind, entity.figure) {
            (EntityKind::Casualty, Some(fig)) => format!("Suggested: {}", fig.describe()),
            _ => entity
                .names
                .iter()
                .find(|(l, _)| primary(l) == "en")
                .or_else(|| entity.names.iter().next())
                .map(|(_, n)| n.clone())
                .unwrap_or_default(),
        };
        let base = match (entity.kind, entity.figure) {
            (EntityKind::Casualty, Some(fig)) => fig.kind.as_str().to_string(),
            _ => slug(&any_ascii::any_ascii(&entity.name)),
        };
        let mut id = base.clone();
        let mut n = 2;
        while !used_ids.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        entity.id = id;
    }
    out
}

/// The accepted figure of a casualty entity: the lowest count stated (the most
/// conservative), or a vague one when no source gives a count.
fn lower_figure(current: Option<StatedFigure>, new: Option<StatedFigure>) -> Option<StatedFigure> {
    match (current, new) {
        (None, n) => n,
        (c, None) => c,
        (Some(c), Some(n)) => match (c.count, n.count) {
            (Some(a), Some(b)) if b < a => Some(n),
            (None, Some(_)) => Some(n),
            _ => Some(c),
        },
    }
}
