//! An entity described as text, for the entity lists of the reader and the plain rendering
//! (one line: its names, its mentions per article (its headline's counted apart), for
//! casualty figures what each source reports, also as columns a list lines up, and which
//! sources disagree) and for the reader's detail popup (one line per name, article and source).
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
    for (i, (count, a)) in counts(briefing, e)
        .iter()
        .zip(&briefing.articles)
        .enumerate()
    {
        if i > 0 {
            row.push(own(", "));
        }
        row.extend([a.id.clone(), format!(" {count}")]);
    }
    row
}

/// An entity's mentions in each article, its headline's counted apart: "3", "3 + 1
/// (headline)", "1 (headline)".
fn counts(briefing: &Briefing, e: EntityIx) -> Vec<String> {
    let mut headline = vec![0; briefing.articles.len()];
    for m in briefing.headline_mentions.iter().filter(|m| m.entity == e) {
        headline[m.article.0] += 1;
    }
    briefing
        .mention_counts(e)
        .into_iter()
        .zip(headline)
        .map(|(text, headline)| match (text, headline) {
            (text, 0) => text.to_string(),
            (0, headline) => format!("{headline} (headline)"),
            (text, headline) => format!("{text} + {headline} (headline)"),
        })
        .collect()
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
/// they disagree, naming every source: "accepted: 26 killed · en: 26 killed · ar: 23 killed
/// ⚠ sources disagree: en: 26 against ar: 23".
pub fn figure_pieces(briefing: &Briefing, e: EntityIx) -> Option<Pieces> {
    let columns = figure_columns(briefing, e)?;
    let mut row = Pieces::new();
    for (i, column) in columns.figures.into_iter().enumerate() {
        if i > 0 {
            row.push(own(" · "));
        }
        row.extend(column);
    }
    if let Some(how) = briefing.disagreement_by_source(e) {
        row.extend([own(" "), own(SOURCES_DISAGREE), format!(": {how}")]);
    }
    Some(row)
}

/// [`figure_pieces`] in parts, for a list that lines them up under each other.
pub struct FigureColumns {
    /// The accepted figure, then each article's ("en: 26 killed").
    pub figures: Vec<Pieces>,
    /// Where the sources disagree, the mark and which sources against which (their figures
    /// are in the parts before): "⚠ sources disagree: en against ar, ar2".
    pub disagree: Option<Pieces>,
}

/// [`figure_pieces`] as [`FigureColumns`].
pub fn figure_columns(briefing: &Briefing, e: EntityIx) -> Option<FigureColumns> {
    let accepted = briefing.entities[e].figure?;
    let mut figures = vec![vec![format!("accepted: {}", accepted.describe())]];
    for (article, said) in briefing.articles.iter().zip(said_by_each(briefing, e)) {
        figures.push(vec![article.id.clone(), format!(": {said}")]);
    }
    let groups = briefing.figure_groups(e);
    let disagree = (groups.len() > 1).then(|| {
        let mut warning = vec![own(SOURCES_DISAGREE), own(": ")];
        for (i, (articles, _)) in groups.iter().enumerate() {
            for (j, &a) in articles.iter().enumerate() {
                let before = match (i, j) {
                    (0, 0) => None,
                    (_, 0) => Some(" against "),
                    _ => Some(", "),
                };
                warning.extend(before.map(own));
                warning.push(briefing.articles[a].id.clone());
            }
        }
        warning
    });
    Some(FigureColumns { figures, disagree })
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
    for (n, a) in counts(briefing, e).iter().zip(&briefing.articles) {
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
        lines.push(match briefing.disagreement_by_source(e) {
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
    fn headline_mentions_are_counted_apart() {
        let b = bundled().unwrap().briefing;
        let in_headline = |e: EntityIx, a: usize| {
            b.headline_mentions
                .iter()
                .filter(|m| m.entity == e && m.article.0 == a)
                .count()
        };
        // An entity in a headline and the text, and one in a headline only.
        let both = EntityIx::all(&b)
            .find(|&e| (0..2).any(|a| in_headline(e, a) > 0 && b.mention_counts(e)[a] > 0))
            .expect("an entity in a headline and its text");
        let a = (0..2)
            .find(|&a| in_headline(both, a) > 0 && b.mention_counts(both)[a] > 0)
            .unwrap();
        let (id, text, headline) = (
            &b.articles[a].id,
            b.mention_counts(both)[a],
            in_headline(both, a),
        );
        let row = entity_pieces(&b, both).concat();
        assert!(
            row.contains(&format!("{id} {text} + {headline} (headline)")),
            "{row}"
        );
        let lines: Vec<String> = details(&b, both).iter().map(|l| l.concat()).collect();
        let line = format!("mentions in {id}: {text} + {headline} (headline) — ");
        assert!(lines.iter().any(|l| l.starts_with(&line)), "{lines:#?}");
    }

    #[test]
    fn a_list_names_the_sources_on_each_side() {
        use crate::briefing::Figure;
        use crate::briefing::model::tests::third_source_says;
        let b = bundled().unwrap().briefing;
        let un = EntityIx::all(&b).find(|&e| b.figures_disagree(e)).unwrap();
        let ar = b.figures_by_article(un)[1][0];
        let warning = |(b, e): (crate::briefing::Briefing, EntityIx)| {
            let columns = figure_columns(&b, e).unwrap();
            assert_eq!(columns.figures.len(), b.articles.len() + 1);
            columns.disagree.unwrap().concat()
        };
        assert_eq!(
            warning(third_source_says(ar)),
            "⚠ sources disagree: en against ar, ar2"
        );
        let nine = Figure { count: 9000, ..ar };
        assert_eq!(
            warning(third_source_says(nine)),
            "⚠ sources disagree: en against ar against ar2"
        );
    }

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
        let how = b.disagreement_by_source(e).unwrap();
        assert_eq!(lines.last().unwrap(), &format!("⚠ sources disagree: {how}"));
        assert_eq!(
            figure_row(&b, e).unwrap(),
            figure_pieces(&b, e).unwrap().concat()
        );
    }
}
