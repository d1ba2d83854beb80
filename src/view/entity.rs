//! An entity described in one line of text, for the entity lists of the reader and the plain
//! rendering: its names, its mentions per article, and for casualty figures what each source
//! reports. Pure text; callers lay it out and style it.

use crate::briefing::Briefing;

/// "Bamako (ar: باماكو) — mentions: en 3, ar 2".
pub fn entity_row(briefing: &Briefing, e: usize) -> String {
    let entity = &briefing.entities[e];
    let names: Vec<String> = entity
        .names
        .iter()
        .filter(|(_, n)| **n != entity.name)
        .map(|(l, n)| format!("{l}: {n}"))
        .collect();
    let counts: Vec<String> = briefing
        .mention_counts(e)
        .iter()
        .zip(&briefing.articles)
        .map(|(n, a)| format!("{} {n}", a.id))
        .collect();
    let mut row = entity.name.clone();
    if !names.is_empty() {
        row.push_str(&format!(" ({})", names.join("; ")));
    }
    row.push_str(&format!(" — mentions: {}", counts.join(", ")));
    row
}

/// For casualty figures: the accepted figure and each source's (earlier ones as "earlier:
/// 8 killed"), with a mark and how where they disagree: "accepted: 26 killed · en: 26 killed
/// · ar: 23 killed ⚠ sources disagree: 26 against 23".
pub fn figure_row(briefing: &Briefing, e: usize) -> Option<String> {
    let entity = &briefing.entities[e];
    let accepted = entity.figure?;
    let mut parts = vec![format!("accepted: {}", accepted.describe())];
    for (article, figures) in briefing.articles.iter().zip(briefing.figures_by_article(e)) {
        let said: Vec<String> = figures.iter().map(|f| f.describe()).collect();
        let said = if said.is_empty() {
            "—".to_string()
        } else {
            said.join(" / ")
        };
        parts.push(format!("{}: {said}", article.id));
    }
    let mut row = parts.join(" · ");
    if let Some(how) = briefing.disagreement(e) {
        row.push_str(&format!(" ⚠ sources disagree: {how}"));
    }
    Some(row)
}
