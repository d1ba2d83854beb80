//! Steps 3 and 4 of `suggest`: linking names across languages, then grouping proposals
//! into entities with ids, names and figures.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::candidate::{Candidate, Taken};
use super::library_memory::Memory;
use super::names_ar::{is_vocabulary, skip_letters, without_proclitics};
use super::romanize::{proper_part, skeleton};
use super::tokens::tokenize;
use super::{Found, Part, StatedFigure, SuggestedEntity, Suggestion, Suggestions, primary};
use crate::briefing::resolve::CharIndex;
use crate::briefing::{ArticleIx, Briefing, EntityIx, EntityKind};
use crate::draft::write::slug;

/// A name to look for in the other languages (keyed by its skeleton): the name, its kind,
/// its language, and the known entity it names if any.
struct Source<'a> {
    name: &'a str,
    kind: EntityKind,
    lang: String,
    existing: Option<EntityIx>,
    remembered: Option<usize>,
}

/// Skeletons worth matching: three consonants or more.
fn usable(skel: &str) -> bool {
    skel.chars().filter(|c| *c != ' ').count() >= 3
}

/// Letters a name needs to be looked for by sound in other languages.
const MIN_LETTERS: usize = 4;

/// Whether a proposal's or a known entity's name may be linked by sound: a name (not a
/// generic noun such as "gunmen" or "group") of at least [`MIN_LETTERS`] letters.
fn linkable(name: &str, generic: bool) -> bool {
    !generic
        && concept(name).is_none()
        && name.chars().filter(|c| c.is_alphabetic()).count() >= MIN_LETTERS
}

/// Adds, for each name of one language (new actors and places, and known entities'
/// names; a Latin name also by its capitalised words alone), its occurrences in the texts
/// of the other languages that sound the same (romanised consonant skeletons of one to
/// three words of one phrase, equal).
pub(crate) fn link_across_languages(
    briefing: &Briefing,
    mut found: Vec<Found>,
    min_confidence: f64,
) -> Vec<Found> {
    const CONFIDENCE: f64 = 0.65;
    if CONFIDENCE < min_confidence {
        return found;
    }
    let mut sources: HashMap<String, Source<'_>> = HashMap::new();
    for f in &found {
        if f.existing.is_none()
            && f.candidate.kind != EntityKind::Casualty
            && linkable(&f.candidate.name, f.candidate.generic)
        {
            let lang = primary(&briefing.articles[f.article].lang);
            // The name, and its capitalised words alone ("Boko Haram" of "Boko Haram
            // fighters"), which is what another language may say.
            let proper = proper_part(&f.candidate.name).map(|p| skeleton(&p));
            for skel in std::iter::once(skeleton(&f.candidate.name)).chain(proper) {
                if usable(&skel) {
                    sources.entry(skel).or_insert(Source {
                        name: &f.candidate.name,
                        kind: f.candidate.kind,
                        lang: lang.clone(),
                        existing: None,
                        remembered: f.remembered,
                    });
                }
            }
        }
    }
    for (e, entity) in EntityIx::all(briefing).zip(&briefing.entities) {
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
            if usable(&skel) && linkable(name, false) {
                sources.insert(
                    skel,
                    Source {
                        name,
                        kind: entity.kind,
                        lang,
                        existing: Some(e),
                        remembered: None,
                    },
                );
            }
        }
    }
    if sources.is_empty() {
        return found;
    }
    let mut added = Vec::new();
    for (a, article) in ArticleIx::all(briefing).zip(&briefing.articles) {
        let lang = primary(&article.lang);
        for part in [Part::Text, Part::Headline] {
            let text = article.part(part);
            let mut taken = Taken::default();
            for f in found.iter().filter(|f| f.article == a && f.part == part) {
                taken.take(&f.candidate.range, true);
            }
            for m in briefing.mentions_in_part(a, part) {
                taken.take(&m.bytes, true);
            }
            let tokens = tokenize(text);
            // Each word's skeleton, without Arabic proclitics, and where it starts; a word
            // in lower case (of a script with cases) or an Arabic word of the rules'
            // vocabulary (قرب "near", particles, cue words) is no name and is not romanised.
            let words: Vec<Option<(String, usize)>> = tokens
                .iter()
                .map(|t| {
                    let (base, dropped) = without_proclitics(&t.folded);
                    if t.text.starts_with(char::is_lowercase)
                        || is_vocabulary(&t.folded)
                        || is_vocabulary(&base)
                    {
                        return None;
                    }
                    let start = skip_letters(t, dropped).start;
                    Some((skeleton(&base), start))
                })
                .collect();
            for i in 0..tokens.len() {
                let Some((_, start)) = words[i] else { continue };
                let mut skel = String::new();
                for n in 0..3 {
                    let j = i + n;
                    if j >= tokens.len() || (n > 0 && !tokens[j].joins_previous()) {
                        break;
                    }
                    let Some((word, _)) = &words[j] else { break };
                    if n > 0 {
                        skel.push(' ');
                    }
                    skel.push_str(word);
                    let Some(source) = sources.get(skel.trim()) else {
                        continue;
                    };
                    if source.lang == lang || !usable(&skel) {
                        continue;
                    }
                    let range = start..tokens[j].range.end;
                    if !taken.take(&range, false) {
                        continue;
                    }
                    added.push(Found {
                        article: a,
                        part,
                        candidate: Candidate {
                            name: text[range.clone()].to_string(),
                            range,
                            kind: source.kind,
                            place_key: None,
                            confidence: CONFIDENCE,
                            why: format!(
                                "sounds like \"{}\" in another language's article (romanised: {})",
                                source.name,
                                skel.trim()
                            )
                            .into(),
                            generic: false,
                        },
                        existing: source.existing,
                        remembered: source.remembered,
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
pub(crate) fn group(briefing: &Briefing, mut found: Vec<Found>, memory: &Memory) -> Suggestions {
    found.sort_by(|a, b| {
        (a.article, a.part, a.candidate.range.start).cmp(&(
            b.article,
            b.part,
            b.candidate.range.start,
        ))
    });
    let lang_of = |f: &Found| primary(&briefing.articles[f.article].lang);
    // Group index per proposal: known and remembered entities by id, names by `name_key`,
    // figures by type and count (the same toll in two sources is one figure); a vague
    // figure alone.
    let mut keys: HashMap<String, usize> = HashMap::new();
    let mut group_of = Vec::with_capacity(found.len());
    let mut next = 0;
    for f in &found {
        let key = match (f.existing, f.figure) {
            (Some(e), _) => Some(format!("existing:{}", e.0)),
            (None, _) if f.remembered.is_some() => f.remembered.map(|r| format!("remembered:{r}")),
            (None, Some(fig)) => fig
                .count
                .map(|n| format!("figure:{}:{n}", fig.kind.as_str())),
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
    link_leading_figures(&found, &group_of, &mut parent, &lang_of);
    link_names(&found, &group_of, &mut parent, &lang_of);
    let group_of: Vec<usize> = group_of.iter().map(|&g| root(&mut parent, g)).collect();
    build(briefing, found, group_of, memory)
}

/// Joins groups `a` and `b`.
fn union(parent: &mut [usize], a: usize, b: usize) {
    let (a, b) = (root(parent, a), root(parent, b));
    parent[a.max(b)] = a.min(b);
}

/// The first figure of each type in each article's text (and the headline's figures of
/// that type) report the event the articles share: their groups are joined across
/// languages, unless a group already holds figures from both (the same count found in
/// two sources is a stronger link than being first).
fn link_leading_figures(
    found: &[Found],
    group_of: &[usize],
    parent: &mut [usize],
    lang_of: &dyn Fn(&Found) -> String,
) {
    let mut langs: HashMap<usize, HashSet<String>> = HashMap::new();
    for (f, &g) in found.iter().zip(group_of) {
        if f.figure.is_some() {
            langs.entry(g).or_default().insert(lang_of(f));
        }
    }
    let mut leads: BTreeMap<(&'static str, ArticleIx), usize> = BTreeMap::new();
    for (f, &g) in found.iter().zip(group_of) {
        if let (Some(fig), None, Part::Text) = (f.figure, f.existing, f.part) {
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
                let (a, b) = (&langs[&lead], &langs[&g]);
                if a.is_disjoint(b) {
                    union(parent, lead, g);
                }
            }
        }
    }
    for (f, &g) in found.iter().zip(group_of) {
        if let (Some(fig), Part::Headline) = (f.figure, f.part)
            && let Some(&lead) = leads.get(&(fig.kind.as_str(), f.article))
            && fig.count.is_none()
        {
            union(parent, lead, g);
        }
    }
}

/// Generic role nouns that mean the same in English and Arabic (vocabulary, not names):
/// a bare "gunmen" and a bare مسلحون name one group of actors.
const CONCEPTS: &[(&str, &[&str], &[&str])] = &[
    ("gunmen", &["gunmen", "armed men"], &["مسلحون", "مسلحين"]),
    (
        "attackers",
        &["attackers", "assailants"],
        &["مهاجمين", "مهاجمون"],
    ),
    ("westerners", &["westerners"], &["غربيون", "غربيين"]),
    ("tourists", &["tourists"], &["سياح"]),
    ("rebels", &["rebels"], &["متمردين", "متمردون"]),
    (
        "fighters",
        &["fighters", "militants"],
        &["مقاتلين", "مقاتلون"],
    ),
    (
        "jihadists",
        &["jihadists", "jihadis"],
        &["جهاديين", "جهاديون"],
    ),
    (
        "bomber",
        &["bomber", "suicide bomber"],
        &["انتحاري", "انتحارى"],
    ),
    ("police", &["police"], &["شرطة"]),
    ("army", &["army", "military"], &["جيش"]),
    ("government", &["government"], &["حكومة"]),
    ("authorities", &["authorities"], &["سلطات"]),
    ("soldiers", &["soldiers", "troops"], &["جنود"]),
    ("officials", &["officials"], &["مسؤولون", "مسؤولين"]),
    ("kidnappers", &["kidnappers"], &["خاطفين", "خاطفون"]),
];

/// Whether a name is a bare generic noun ("gunmen", المسلحين), not a name.
pub(crate) fn is_generic(name: &str) -> bool {
    concept(name).is_some()
}

/// The concept a bare generic name stands for: the name folded, without a leading article.
fn concept(name: &str) -> Option<&'static str> {
    static WORDS: std::sync::OnceLock<HashMap<String, &'static str>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        CONCEPTS
            .iter()
            .flat_map(|&(c, en, ar)| {
                en.iter()
                    .chain(ar)
                    .map(move |w| (crate::search::fold_query(w), c))
            })
            .collect()
    });
    let folded = crate::search::fold_query(name);
    let bare = folded
        .strip_prefix("the ")
        .or_else(|| folded.strip_prefix("ال"))
        .unwrap_or(&folded);
    words.get(bare).copied()
}

/// Joins groups of new names across languages: names that sound alike (equal consonant
/// skeletons; nearly equal ones for long names when there are few enough to compare),
/// and bare generic nouns of one concept.
fn link_names(
    found: &[Found],
    group_of: &[usize],
    parent: &mut [usize],
    lang_of: &dyn Fn(&Found) -> String,
) {
    let mut by_skeleton: HashMap<(EntityKind, String), (usize, String)> = HashMap::new();
    let mut by_concept: HashMap<&'static str, (usize, String)> = HashMap::new();
    let mut long: Vec<(usize, String, EntityKind, String)> = Vec::new();
    for (f, &g) in found.iter().zip(group_of) {
        if f.existing.is_some() || f.remembered.is_some() || f.figure.is_some() {
            continue;
        }
        let lang = lang_of(f);
        if let Some(c) = concept(&f.candidate.name) {
            match by_concept.get(c) {
                Some((other, other_lang)) if *other_lang != lang => union(parent, g, *other),
                Some(_) => {}
                None => {
                    by_concept.insert(c, (g, lang.clone()));
                }
            }
        }
        let skel = skeleton(&f.candidate.name);
        if !usable(&skel) || !linkable(&f.candidate.name, f.candidate.generic) {
            continue;
        }
        if skel.chars().filter(|c| *c != ' ').count() >= 5 {
            long.push((g, lang.clone(), f.candidate.kind, skel.clone()));
        }
        // The name, and its capitalised words alone ("Boko Haram" of "Boko Haram fighters").
        let proper = proper_part(&f.candidate.name)
            .map(|p| skeleton(&p))
            .filter(|p| usable(p));
        for skel in std::iter::once(skel).chain(proper) {
            match by_skeleton.get(&(f.candidate.kind, skel.clone())) {
                Some((other, other_lang)) if *other_lang != lang => union(parent, g, *other),
                Some(_) => {}
                None => {
                    by_skeleton.insert((f.candidate.kind, skel), (g, lang.clone()));
                }
            }
        }
    }
    const MAX_FUZZY: usize = 400;
    if long.len() <= MAX_FUZZY {
        for (i, a) in long.iter().enumerate() {
            for b in &long[i + 1..] {
                if a.1 != b.1 && a.2 == b.2 && strsim::jaro_winkler(&a.3, &b.3) >= 0.9 {
                    union(parent, a.0, b.0);
                }
            }
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
            entity.figure = lower_figure(entity.figure, f.figure);
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
    }
    for (e, entity) in out.entities.iter_mut().enumerate() {
        if entity.existing.is_some() || remembered.contains_key(&e) {
            continue;
        }
        entity.name = match (entity.kind, entity.figure) {
            (EntityKind::Casualty, Some(fig)) => super::placeholder_name(&fig.describe()),
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
        entity.id = ids.fresh(base);
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::load_str;
    use crate::suggest::{Gazetteers, suggest};

    const TWO: &str = "id: t\ntitle: t\ndate: 2016-01-30\narticles:\n  - {id: en, lang: en, source: s, headline: h, text: \"Boko Haram fighters attacked Dalori village near Maiduguri.\"}\n  - {id: ar, lang: ar, source: s, headline: h, text: \"هاجم مقاتلو بوكو حرام قرية دالوري، وقال شهود إن ستة قتلوا.\"}\n";

    #[test]
    fn a_name_is_found_in_the_other_script_by_its_capitalised_words() {
        let b = load_str("t.yaml", TWO).unwrap().briefing;
        let s = suggest(&b, &Gazetteers::for_briefing(&b), 0.0);
        let marked: Vec<&str> = s
            .mentions
            .iter()
            .filter(|x| x.article.0 == 1)
            .map(|x| &b.articles[1].text[x.bytes.clone()])
            .collect();
        let whys: Vec<&str> = s.mentions.iter().map(|x| x.why.as_str()).collect();
        assert!(marked.contains(&"بوكو حرام"), "{marked:?} {whys:?}");
        assert!(marked.contains(&"دالوري"), "{marked:?}");
        // And each is the same entity as the English name.
        for (en, ar) in [("Boko Haram", "بوكو حرام"), ("Dalori", "دالوري")] {
            let entity_of = |article: usize, text: &str| {
                s.mentions
                    .iter()
                    .find(|x| {
                        x.article.0 == article
                            && b.articles[article].text[x.bytes.clone()].contains(text)
                    })
                    .map(|x| x.entity)
            };
            assert!(entity_of(1, ar).is_some(), "{ar}");
            assert_eq!(entity_of(0, en), entity_of(1, ar), "{en} ~ {ar}");
        }
    }

    #[test]
    fn words_that_sound_like_no_name_are_not_proposed_by_sound() {
        let text = TWO
            .replace("بوكو حرام", "الجماعة")
            .replace("دالوري", "القرية");
        let b = load_str("t.yaml", &text).unwrap().briefing;
        let s = suggest(&b, &Gazetteers::for_briefing(&b), 0.0);
        assert!(
            s.mentions.iter().all(|x| !x.why.starts_with("sounds like")),
            "{:?}",
            s.mentions.iter().map(|x| &x.why).collect::<Vec<_>>()
        );
    }

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
        let one = time(&|_| "injured".to_string());
        let many = time(&|i| format!("injured{i}"));
        assert!(one < many * 4, "one base {one:?}, {n} bases {many:?}");
    }
}
