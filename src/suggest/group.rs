//! Steps 3 and 4 of `suggest`: grouping proposals into entities with ids, names and
//! figures. Proposals come in with the known or remembered entity they name, if any, and
//! the links found across languages (`link`); each gets a group key (a known entity's id, a
//! remembered one's, a figure's type, a new name's kind and folded form or gazetteer key),
//! groups are joined (leading figures set aside across languages, and the names `link`
//! pairs up), and each group becomes one entity of the result.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::candidate::Candidate;
use super::library_memory::Memory;
use super::{
    Found, Gazetteers, Part, StatedFigure, SuggestedEntity, Suggestion, Suggestions, primary,
};
use crate::briefing::resolve::CharIndex;
use crate::briefing::{ArticleIx, Briefing, EntityIx, EntityKind, FigureType};
use crate::draft::write::slug;

/// Step 3, which `suggest` calls before grouping: in `link`.
pub(crate) use super::link::link_across_languages;

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
pub(crate) fn group(briefing: &Briefing, mut found: Vec<Found>, memory: &Memory) -> Suggestions {
    found.sort_by(|a, b| {
        (a.article, a.part, a.candidate.range.start).cmp(&(
            b.article,
            b.part,
            b.candidate.range.start,
        ))
    });
    let lang_of = |f: &Found| primary(&briefing.articles[f.article].lang);
    join_known_tolls(briefing, &mut found);
    // Group index per proposal: known and remembered entities by id, names by `name_key`,
    // figures by type (every source's toll of one type is one entity, so that where they
    // disagree shows at once); figures set aside and counts of type `other` by type and
    // count (the same count in two sources is one figure), a vague one alone.
    let mut keys: HashMap<String, usize> = HashMap::new();
    let mut group_of = Vec::with_capacity(found.len());
    let mut next = 0;
    for f in &found {
        let key = match (f.existing, f.figure) {
            (Some(e), _) => Some(format!("existing:{}", e.0)),
            (None, _) if f.remembered.is_some() => f.remembered.map(|r| format!("remembered:{r}")),
            (None, Some(fig)) if is_toll(fig) => Some(format!("figure:{}", fig.kind.as_str())),
            (None, Some(fig)) => fig
                .count
                .map(|n| format!("aside:{}:{n}", fig.kind.as_str())),
            (None, None) => Some(name_key(&f.candidate)),
        };
        let g = match key {
            Some(key) => *keys.entry(key).or_insert_with(|| {
                next += 1;
                next - 1
            }),
            None => {
                next += 1;
                next - 1
            }
        };
        group_of.push(g);
    }
    let mut parent: Vec<usize> = (0..next).collect();
    link_leading_figures_aside(&found, &group_of, &mut parent, &lang_of);
    for (a, b) in super::link::link_names(&found, &group_of, &lang_of) {
        union(&mut parent, a, b);
    }
    let group_of: Vec<usize> = group_of.iter().map(|&g| root(&mut parent, g)).collect();
    build(briefing, found, group_of, memory)
}

/// Joins groups `a` and `b`.
fn union(parent: &mut [usize], a: usize, b: usize) {
    let (a, b) = (root(parent, a), root(parent, b));
    parent[a.max(b)] = a.min(b);
}

/// Whether a figure is a toll of the briefing's event (joined with the other tolls of its
/// type): not set aside (a share of the figure before it, a figure of another time), nor a
/// count of type `other` ("11,000 peacekeepers").
fn is_toll(fig: StatedFigure) -> bool {
    !fig.aside && fig.kind != FigureType::Other
}

/// Figures set aside and counts of type `other` (`is_toll`): the first of each type in
/// each article's text (and the headline's vague figures of that type) are taken to report
/// the same thing in every language ("more than 20 killed" in November 2015, and قتل 20
/// شخصا in نوفمبر 2015): their groups are joined across languages, unless a group already
/// holds figures from both (the same count found in two sources is a stronger link than
/// being first).
fn link_leading_figures_aside(
    found: &[Found],
    group_of: &[usize],
    parent: &mut [usize],
    lang_of: &dyn Fn(&Found) -> String,
) {
    let aside = |f: &Found| {
        f.figure
            .filter(|&fig| !is_toll(fig) && f.existing.is_none())
    };
    let mut langs: HashMap<usize, HashSet<String>> = HashMap::new();
    for (f, &g) in found.iter().zip(group_of) {
        if aside(f).is_some() {
            langs.entry(g).or_default().insert(lang_of(f));
        }
    }
    let mut leads: BTreeMap<(&'static str, ArticleIx), usize> = BTreeMap::new();
    for (f, &g) in found.iter().zip(group_of) {
        if let (Some(fig), Part::Text) = (aside(f), f.part) {
            leads.entry((fig.kind.as_str(), f.article)).or_insert(g);
        }
    }
    let mut first_lead: HashMap<&'static str, usize> = HashMap::new();
    for (&(kind, _), &g) in &leads {
        match first_lead.get(&kind) {
            None => {
                first_lead.insert(kind, g);
            }
            Some(&lead) => {
                if langs[&lead].is_disjoint(&langs[&g]) {
                    union(parent, lead, g);
                }
            }
        }
    }
    for (f, &g) in found.iter().zip(group_of) {
        if let (Some(fig), Part::Headline) = (aside(f), f.part)
            && let Some(&lead) = leads.get(&(fig.kind.as_str(), f.article))
            && fig.count.is_none()
        {
            union(parent, lead, g);
        }
    }
}

/// Proposes a new place as the briefing's entity of the same gazetteer place (looked up by
/// its names in every language's gazetteer): after accepting "Mali" as a new place, مالي is
/// proposed as it, not as another new one.
pub(crate) fn join_known_places(briefing: &Briefing, gazetteers: &Gazetteers, found: &mut [Found]) {
    let mut places: HashMap<&str, EntityIx> = HashMap::new();
    for (e, entity) in EntityIx::all(briefing).zip(&briefing.entities) {
        if entity.kind != EntityKind::Place {
            continue;
        }
        for name in std::iter::once(&entity.name).chain(entity.names.values()) {
            let folded = crate::search::fold_query(name);
            for g in gazetteers.by_lang.values() {
                if let Some(key) = g.key_folded(&folded) {
                    places.entry(key).or_insert(e);
                }
            }
        }
    }
    for f in found.iter_mut() {
        if let (None, None, Some(key)) = (f.existing, f.remembered, &f.candidate.place_key)
            && let Some(&e) = places.get(key.as_str())
        {
            f.existing = Some(e);
        }
    }
}

/// Proposes a toll as a mention of the briefing's casualty entity of its type when there is
/// exactly one (after accepting one "killed" figure, the next is proposed as that entity,
/// not as a new one); with several, which one is the analyst's choice.
fn join_known_tolls(briefing: &Briefing, found: &mut [Found]) {
    let mut of_type: HashMap<FigureType, Option<EntityIx>> = HashMap::new();
    for (e, entity) in EntityIx::all(briefing).zip(&briefing.entities) {
        if let (EntityKind::Casualty, Some(fig)) = (entity.kind, entity.figure) {
            of_type
                .entry(fig.kind)
                .and_modify(|sole| *sole = None)
                .or_insert(Some(e));
        }
    }
    for f in found.iter_mut() {
        if let (None, Some(fig)) = (f.existing, f.figure)
            && is_toll(fig)
            && let Some(&Some(e)) = of_type.get(&fig.kind)
        {
            f.existing = Some(e);
        }
    }
}

/// Entities and mentions from grouped proposals.
fn build(
    briefing: &Briefing,
    found: Vec<Found>,
    group_of: Vec<usize>,
    memory: &Memory,
) -> Suggestions {
    let mut ids = Ids::new(briefing.entities.iter().map(|e| e.id.clone()).collect());
    let mut entity_of_group: HashMap<usize, usize> = HashMap::new();
    let mut out = Suggestions::default();
    let mut index: Option<(ArticleIx, Part, CharIndex<'_>)> = None;
    // Entities of the library's memory: their index in `memory`.
    let mut remembered: BTreeMap<usize, usize> = BTreeMap::new();
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
                        remembered: false,
                    }
                }
                None => SuggestedEntity {
                    existing: None,
                    id: String::new(),
                    kind: f.candidate.kind,
                    name: String::new(),
                    names: f
                        .remembered
                        .map(|r| memory.get(r).names.clone())
                        .unwrap_or_default(),
                    figure: None,
                    remembered: false,
                },
            });
            if let Some(r) = f.remembered {
                remembered.insert(out.entities.len() - 1, r);
            }
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
            entity.figure = entity_figure(entity.figure, f.figure);
        }
        if index
            .as_ref()
            .is_none_or(|(a, p, _)| (*a, *p) != (f.article, f.part))
        {
            index = Some((f.article, f.part, CharIndex::new(article.part(f.part))));
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
    // Remembered entities keep their name and id (taken first, so that no new name takes it).
    for (&e, &r) in &remembered {
        let (entity, known) = (&mut out.entities[e], memory.get(r));
        entity.name = known.name.clone();
        entity.id = ids.fresh(known.id.clone());
        entity.remembered = true;
    }
    for (e, entity) in out.entities.iter_mut().enumerate() {
        if entity.existing.is_some() || remembered.contains_key(&e) {
            continue;
        }
        entity.name = match (entity.kind, entity.figure) {
            (EntityKind::Casualty, Some(fig)) => super::placeholder_name(&fig.describe()),
            _ => display_name(&entity.names),
        };
        let base = match (entity.kind, entity.figure) {
            (EntityKind::Casualty, Some(fig)) => fig.kind.as_str().to_string(),
            _ => slug(&any_ascii::any_ascii(&entity.name)),
        };
        entity.id = ids.fresh(base);
    }
    out
}

/// A new entity's name, from its names: the English one, else the first.
pub(crate) fn display_name(names: &BTreeMap<String, String>) -> String {
    names
        .iter()
        .find(|(l, _)| primary(l) == "en")
        .or_else(|| names.iter().next())
        .map(|(_, n)| n.clone())
        .unwrap_or_default()
}

/// The ids given out: a new entity's is its base, else the base with the first free
/// number from 2. Each base remembers the number it reached, so that n entities of one base
/// ("injured", "injured-2" …) cost n tries, not n²/2.
struct Ids {
    used: HashSet<String>,
    next: HashMap<String, usize>,
}

impl Ids {
    fn new(used: HashSet<String>) -> Ids {
        Ids {
            used,
            next: HashMap::new(),
        }
    }

    fn fresh(&mut self, base: String) -> String {
        if self.used.insert(base.clone()) {
            return base;
        }
        let n = self.next.entry(base.clone()).or_insert(2);
        loop {
            let id = format!("{base}-{n}");
            *n += 1;
            if self.used.insert(id.clone()) {
                return id;
            }
        }
    }
}

/// The accepted figure of a new casualty entity: the first figure its sources state, in
/// article and text order (the lead of the first article), but a figure its source revised
/// only when no other is left, and a vague one only when no source gives a count. (Every
/// source's toll of one type is one entity: the lowest of them would often be a share,
/// such as the bodies taken to one hospital.)
fn entity_figure(current: Option<StatedFigure>, new: Option<StatedFigure>) -> Option<StatedFigure> {
    let rank = |f: StatedFigure| (f.superseded, f.count.is_none());
    match (current, new) {
        (None, n) => n,
        (c, None) => c,
        (Some(c), Some(n)) => Some(if rank(n) < rank(c) { n } else { c }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_of_one_base_count_up_past_those_taken() {
        let mut ids = Ids::new(HashSet::from(["injured-3".to_string()]));
        let got: Vec<String> = (0..4).map(|_| ids.fresh("injured".into())).collect();
        assert_eq!(got, ["injured", "injured-2", "injured-4", "injured-5"]);
        assert_eq!(ids.fresh("killed".into()), "killed");
    }

    /// n ids of one base cost about what n ids of n bases cost (they once cost n²/2 tries).
    #[test]
    fn ids_of_one_base_take_one_try_each() {
        let n = 5_000;
        let time = |base: &dyn Fn(usize) -> String| {
            let mut ids = Ids::new(HashSet::new());
            let start = std::time::Instant::now();
            for i in 0..n {
                ids.fresh(base(i));
            }
            start.elapsed()
        };
        // The fastest of a few runs each, interleaved: a busy machine slows one run, not all.
        let (mut one, mut many) = (std::time::Duration::MAX, std::time::Duration::MAX);
        for _ in 0..5 {
            one = one.min(time(&|_| "injured".to_string()));
            many = many.min(time(&|i| format!("injured{i}")));
        }
        assert!(one < many * 4, "one base {one:?}, {n} bases {many:?}");
    }
}
