//! A generated library of briefings, for the library's tests and `scripts/bench.sh`: `n`
//! files in nested folders, each one event with an English and an Arabic article, places and
//! actors drawn from small pools (so the entity index has entities shared across briefings,
//! some under other ids, matched by name), a death toll, and every `invalid_every`-th file
//! broken (a quote that is not in the text).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// (id, English name, Arabic name).
const PLACES: &[(&str, &str, &str)] = &[
    ("bamako", "Bamako", "باماكو"),
    ("timbuktu", "Timbuktu", "تمبكتو"),
    ("gao", "Gao", "غاو"),
    ("mopti", "Mopti", "موبتي"),
    ("kidal", "Kidal", "كيدال"),
    ("niamey", "Niamey", "نيامي"),
    ("ouagadougou", "Ouagadougou", "واغادوغو"),
    ("sevare", "Sevare", "سيفاري"),
];

const ACTORS: &[(&str, &str, &str)] = &[
    ("un", "United Nations", "الأمم المتحدة"),
    ("france", "France", "فرنسا"),
    ("mali-army", "Malian army", "الجيش المالي"),
    ("minusma", "MINUSMA", "مينوسما"),
    ("reuters", "Reuters", "رويترز"),
    ("african-union", "African Union", "الاتحاد الأفريقي"),
    ("ecowas", "ECOWAS", "إيكواس"),
];

/// The date of briefing `i`: one a day from 2010-01-01 (months of 28 days keep it simple).
pub fn date(i: usize) -> String {
    format!(
        "{}-{:02}-{:02}",
        2010 + i / 336,
        i / 28 % 12 + 1,
        i % 28 + 1
    )
}

/// Briefing `i` as YAML, with `paragraphs` filler paragraphs per article.
pub fn briefing_yaml(i: usize, paragraphs: usize) -> String {
    let place = PLACES[i % PLACES.len()];
    let near = PLACES[(i + 1 + i / PLACES.len() % (PLACES.len() - 1)) % PLACES.len()];
    let actor = ACTORS[i % ACTORS.len()];
    let other = ACTORS[(i * 3 + 1) % ACTORS.len()];
    let other = if other.0 == actor.0 {
        ACTORS[(i + 1) % ACTORS.len()]
    } else {
        other
    };
    let killed = i % 40 + 2;
    let mut en = format!(
        "Gunmen attacked a hotel in {} on Sunday, killing {killed} people, officials said.\n\n\
         {} condemned the attack. {} said troops were sent from {}.\n",
        place.1, actor.1, other.1, near.1
    );
    let mut ar = format!(
        "هاجم مسلحون فندقا في {} يوم الأحد، ما أسفر عن مقتل {killed} أشخاص بحسب مسؤولين.\n\n\
         وأدانت {} الهجوم. وقالت {} إن قوات أرسلت من {}.\n",
        place.2, actor.2, other.2, near.2
    );
    for p in 0..paragraphs {
        let _ = write!(
            en,
            "\nWitnesses described the scene in detail, paragraph {p}: security forces \
             sealed the area, ambulances came and went, and residents waited for news.\n"
        );
        let _ = write!(
            ar,
            "\nوصف شهود المشهد بالتفصيل، الفقرة {p}: طوقت قوات الأمن المنطقة، وجاءت سيارات \
             الإسعاف وذهبت، وانتظر السكان الأخبار.\n"
        );
    }
    // Every third briefing names its place with another id: the index matches it by name.
    let place_id = if i.is_multiple_of(3) {
        format!("{}-city", place.0)
    } else {
        place.0.to_string()
    };
    let indent = |text: &str| {
        text.lines()
            .map(|l| format!("      {l}\n"))
            .collect::<String>()
    };
    let entity = |id: &str, kind: &str, e: (&str, &str, &str)| {
        format!(
            "  - id: {id}\n    kind: {kind}\n    name: {}\n    names: {{ar: {}}}\n    mentions:\n      \
             - {{article: en, quote: {}}}\n      - {{article: ar, quote: {}}}\n",
            e.1, e.2, e.1, e.2
        )
    };
    format!(
        "id: event-{i}\ntitle: Attack on a hotel in {} ({i})\ndate: {}\narticles:\n  \
         - id: en\n    lang: en\n    source: Wire {i}\n    headline: Gunmen attack hotel in {}\n    text: |\n{}  \
         - id: ar\n    lang: ar\n    source: وكالة {i}\n    headline: هجوم على فندق في {}\n    text: |\n{}\
         entities:\n{}{}{}{}  - id: killed\n    kind: casualty\n    name: People killed\n    \
         figure: {{type: killed, count: {killed}}}\n    mentions:\n      \
         - {{article: en, quote: \"killing {killed} people\", figure: {{type: killed, count: {killed}}}}}\n      \
         - {{article: ar, quote: \"مقتل {killed} أشخاص\", figure: {{type: killed, count: {killed}}}}}\n",
        place.1,
        date(i),
        place.1,
        indent(&en),
        place.2,
        indent(&ar),
        entity(&place_id, "place", place),
        entity(near.0, "place", near),
        entity(actor.0, "actor", actor),
        entity(other.0, "actor", other),
    )
}

/// Where briefing `i` goes below the library folder: 100 files per folder.
pub fn relative_path(i: usize) -> PathBuf {
    PathBuf::from(format!("batch-{:03}/event-{i:05}.yaml", i / 100))
}

/// Writes `n` briefings below `dir`; every `invalid_every`-th one (if not 0) is broken.
/// Returns the paths of the broken ones.
pub fn write_library(
    dir: &Path,
    n: usize,
    paragraphs: usize,
    invalid_every: usize,
) -> Vec<PathBuf> {
    let mut broken = Vec::new();
    for i in 0..n {
        let path = dir.join(relative_path(i));
        std::fs::create_dir_all(path.parent().expect("has a folder")).expect("create folder");
        let mut text = briefing_yaml(i, paragraphs);
        if invalid_every > 0 && i % invalid_every == invalid_every - 1 {
            text = text.replace("quote: \"killing", "quote: \"slaying");
            broken.push(path.clone());
        }
        std::fs::write(&path, text).expect("write briefing");
    }
    broken
}
