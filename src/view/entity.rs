//! An entity described as text, for the entity lists of the reader and the plain rendering
//! (one line: its names, its mentions per article, for casualty figures what each source
//! reports) and for the reader's detail popup (one line per name, article and source).
//! Lines come as pieces: this program's words and the briefing's strings apart, so that
//! `line::isolated` lays each briefing string out on its own; `concat` gives the plain text.
//! Pure text; callers lay it out and style it.

use crate::briefing::{Briefing, EntityIx};

/// Pieces of one line.
pub type Pieces = Vec<String>;

fn own(text: &str) -> String {
    text.to_string()
}

/// "Bamako (ar: باماكو) — mentions: en 3, ar 2".
pub fn entity_pieces(briefing: &Briefing, e: EntityIx) -> Pieces {
    let entity = &briefing.entities[e];
    let mut row = vec![entity.name.clone()];
    let names: Vec<(&String, &String)> = entity
        .names
        .iter()
        .filter(|(_, n)| **n != entity.name)
        .collect();
    for (i, (lang, name)) in names.iter().enumerate() {
        row.push(own(if i == 0 { " (" } else { "; " }));
        row.extend([lang.to_string(), own(": "), name.to_string()]);
    }
    if !names.is_empty() {
        row.push(own(")"));
    }
    row.push(own(" — mentions: "));
    for (i, (n, a)) in briefing
        .mention_counts(e)
        .iter()
        .zip(&briefing.articles)
        .enumerate()
    {
        if i > 0 {
            row.push(own(", "));
        }
        row.extend([a.id.clone(), format!(" {n}")]);
    }
    row
}

/// What each article reports for casualty figure `e` (earlier figures as "earlier: 8
/// killed"), "—" for none.
fn said_by_each(briefing: &Briefing, e: EntityIx) -> Vec<String> {
    briefing
        .figures_by_article(e)
        .iter()
        .map(|figures| {
            let said: Vec<String> = figures.iter().map(|f| f.describe()).collect();
            if said.is_empty() {
                "—".to_string()
            } else {
                said.join(" / ")
            }
        })
        .collect()
}

/// The mark that starts the end of [`figure_row`] when the sources' latest figures
/// disagree; how they differ follows it ("⚠ sources disagree: 26 against 23").
pub const SOURCES_DISAGREE: &str = "⚠ sources disagree";

/// For casualty figures: the accepted figure and each source's, with a mark and how where
/// they disagree: "accepted: 26 killed · en: 26 killed · ar: 23 killed ⚠ sources disagree:
/// 26 against 23".
pub fn figure_pieces(briefing: &Briefing, e: EntityIx) -> Option<Pieces> {
    let accepted = briefing.entities[e].figure?;
    let mut row = vec![format!("accepted: {}", accepted.describe())];
    for (article, said) in briefing.articles.iter().zip(said_by_each(briefing, e)) {
        row.extend([own(" · "), article.id.clone(), format!(": {said}")]);
    }
    if let Some(how) = briefing.disagreement(e) {
        row.extend([own(" "), own(SOURCES_DISAGREE), format!(": {how}")]);
    }
    Some(row)
}

/// [`figure_pieces`] as one string.
pub fn figure_row(briefing: &Briefing, e: EntityIx) -> Option<String> {
    figure_pieces(briefing, e).map(|p| p.concat())
}

/// Everything about entity `e`, a line each: its name and kind, its names in each language,
/// its mentions per article, the entities it links to, and for a casualty figure the
/// accepted figure, what each source reports and whether they disagree.
pub fn details(briefing: &Briefing, e: EntityIx) -> Vec<Pieces> {
    let entity = &briefing.entities[e];
    let mut lines = vec![vec![
        entity.name.clone(),
        format!(" · {}", entity.kind.as_str()),
    ]];
    for (lang, name) in &entity.names {
        lines.push(vec![own("name in "), lang.clone(), own(": "), name.clone()]);
    }
    // The source last, where a long one is cut, not the number before it.
    for (n, a) in briefing.mention_counts(e).iter().zip(&briefing.articles) {
        lines.push(vec![
            own("mentions in "),
            a.id.clone(),
            format!(": {n} — "),
            a.source.clone(),
        ]);
    }
    for &link in &entity.links {
        lines.push(vec![own("links to "), briefing.entities[link].name.clone()]);
    }
    if let Some(accepted) = entity.figure {
        lines.push(vec![format!("accepted figure: {}", accepted.describe())]);
        for (a, said) in briefing.articles.iter().zip(said_by_each(briefing, e)) {
            lines.push(vec![
                a.id.clone(),
                format!(" reports: {said} — "),
                a.source.clone(),
            ]);
        }
        lines.push(match briefing.disagreement(e) {
            Some(how) => vec![own(SOURCES_DISAGREE), format!(": {how}")],
            None => vec![own("the sources agree")],
        });
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::bundled;

    #[test]
    fn every_source_figure_has_its_own_detail_line() {
        let b = bundled().unwrap().briefing;
        let e = EntityIx::all(&b)
            .find(|&e| b.figures_disagree(e))
            .expect("a disputed figure in the bundled briefing");
        let lines: Vec<String> = details(&b, e).iter().map(|l| l.concat()).collect();
        for a in &b.articles {
            let line = lines
                .iter()
                .find(|l| l.starts_with(&format!("{} reports: ", a.id)));
            assert!(line.is_some_and(|l| l.ends_with(&a.source)), "{lines:#?}");
        }
        assert!(lines.iter().any(|l| l.starts_with("accepted figure: ")));
        let how = b.disagreement(e).unwrap();
        assert_eq!(lines.last().unwrap(), &format!("⚠ sources disagree: {how}"));
        assert_eq!(
            figure_row(&b, e).unwrap(),
            figure_pieces(&b, e).unwrap().concat()
        );
    }
}
