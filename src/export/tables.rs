//! The entity tables shared by the Markdown and HTML exports: one table per entity kind,
//! with the same columns and cells in both formats; each format only writes cells down.
//!
//! Actors and places: name, the name in each language, mentions per article, linked
//! entities. Casualty figures: name, the entity's figure, what each article reports (in
//! words), whether the sources agree, mentions per article.

use crate::briefing::{ArticleIx, Briefing, Direction, EntityIx, EntityKind, Figure};

/// One table: its kind, column headings and rows (entities in briefing order).
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub kind: EntityKind,
    pub headers: Vec<String>,
    /// Whether each column holds numbers (right-aligned).
    pub numeric: Vec<bool>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub entity: EntityIx,
    pub cells: Vec<Cell>,
}

/// Whether the articles that state a figure agree on it (their latest figures can all be
/// true at once).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Agreement {
    /// No article states a figure.
    Unstated,
    /// Exactly one article states one.
    OneSource,
    Agree,
    /// How they differ: "26 against 23".
    Disagree(String),
}

impl Agreement {
    pub fn words(&self) -> String {
        match self {
            Agreement::Unstated => "—".into(),
            Agreement::OneSource => "one source".into(),
            Agreement::Agree => "sources agree".into(),
            Agreement::Disagree(how) => format!("⚠ sources disagree: {how}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// The entity's name (formats link it to its first mention).
    Name,
    /// The entity's name in one language, if it has one.
    LangName {
        lang: String,
        dir: Direction,
        name: Option<String>,
    },
    /// Mentions in one article, and the first of them (index into `Briefing::mentions`,
    /// written as the number the exports' anchors use).
    Count {
        count: usize,
        first: Option<usize>,
    },
    /// Linked entities.
    Links(Vec<EntityIx>),
    /// The entity's own figure.
    Figure(Option<Figure>),
    /// What one article reports, in text order (empty: nothing).
    Reported(Vec<Figure>),
    Agreement(Agreement),
}

impl Cell {
    /// A figure list in words: "at least 20 killed; 2 killed", or "—".
    pub fn figures_words(figures: &[Figure]) -> String {
        if figures.is_empty() {
            return "—".to_string();
        }
        let words: Vec<String> = figures.iter().map(Figure::describe).collect();
        words.join("; ")
    }
}

/// The languages for name columns: the articles' languages in order, then any other
/// language an entity names itself in (sorted).
fn languages(b: &Briefing) -> Vec<String> {
    let mut langs: Vec<String> = Vec::new();
    for a in &b.articles {
        if !langs.contains(&a.lang) {
            langs.push(a.lang.clone());
        }
    }
    let mut extra: Vec<&String> = b
        .entities
        .iter()
        .flat_map(|e| e.names.keys())
        .filter(|l| !langs.contains(l))
        .collect();
    extra.sort();
    extra.dedup();
    langs.extend(extra.into_iter().cloned());
    langs
}

fn agreement(b: &Briefing, entity: EntityIx) -> Agreement {
    let stating = b
        .figures_by_article(entity)
        .iter()
        .filter(|f| !f.is_empty())
        .count();
    if let Some(how) = b.disagreement(entity) {
        Agreement::Disagree(how)
    } else {
        match stating {
            0 => Agreement::Unstated,
            1 => Agreement::OneSource,
            _ => Agreement::Agree,
        }
    }
}

fn counts(b: &Briefing, entity: EntityIx) -> Vec<Cell> {
    let mentions = &b.entities[entity].mentions;
    b.mention_counts(entity)
        .into_iter()
        .zip(ArticleIx::all(b))
        .map(|(count, article)| Cell::Count {
            count,
            first: mentions
                .iter()
                .find(|&&m| b.mentions[m].article == article)
                .map(|m| m.0),
        })
        .collect()
}

/// The tables of a briefing, one per entity kind that has entities, in kind order.
pub fn tables(b: &Briefing) -> Vec<Table> {
    let langs = languages(b);
    let mention_headers = b.articles.iter().map(|a| format!("Mentions ({})", a.id));
    EntityKind::ALL
        .into_iter()
        .filter(|&kind| b.count_kind(kind) > 0)
        .map(|kind| {
            let mut headers = vec!["Name".to_string()];
            let mut numeric = vec![false];
            if kind == EntityKind::Casualty {
                headers.push("Figure".into());
                headers.extend(b.articles.iter().map(|a| format!("Reported ({})", a.id)));
                headers.push("Sources".into());
                numeric.extend(vec![false; b.articles.len() + 2]);
            } else {
                headers.extend(langs.iter().map(|l| format!("Name ({l})")));
                numeric.extend(vec![false; langs.len()]);
            }
            headers.extend(mention_headers.clone());
            numeric.extend(vec![true; b.articles.len()]);
            if kind != EntityKind::Casualty {
                headers.push("Linked to".into());
                numeric.push(false);
            }
            let rows = EntityIx::all(b)
                .filter(|&e| b.entities[e].kind == kind)
                .map(|e| Row {
                    entity: e,
                    cells: row_cells(b, e, &langs),
                })
                .collect();
            Table {
                kind,
                headers,
                numeric,
                rows,
            }
        })
        .collect()
}

fn row_cells(b: &Briefing, e: EntityIx, langs: &[String]) -> Vec<Cell> {
    let entity = &b.entities[e];
    let mut cells = vec![Cell::Name];
    if entity.kind == EntityKind::Casualty {
        cells.push(Cell::Figure(entity.figure));
        cells.extend(b.figures_by_article(e).into_iter().map(Cell::Reported));
        cells.push(Cell::Agreement(agreement(b, e)));
        cells.extend(counts(b, e));
    } else {
        cells.extend(langs.iter().map(|lang| Cell::LangName {
            lang: lang.clone(),
            dir: Direction::for_language(lang),
            name: entity.names.get(lang).cloned(),
        }));
        cells.extend(counts(b, e));
        cells.push(Cell::Links(entity.links.clone()));
    }
    cells
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::bundled;

    #[test]
    fn bundled_tables_have_the_expected_shape() {
        let b = bundled().unwrap().briefing;
        let t = tables(&b);
        assert_eq!(t.len(), 3);
        assert_eq!(t[0].rows.len(), 31);
        assert_eq!(t[1].rows.len(), 15);
        assert_eq!(t[2].rows.len(), 5);
        for table in &t {
            assert_eq!(table.headers.len(), table.numeric.len());
            assert!(
                table
                    .rows
                    .iter()
                    .all(|r| r.cells.len() == table.headers.len())
            );
        }
        let disagree: Vec<&str> = t[2]
            .rows
            .iter()
            .filter(|r| {
                r.cells
                    .iter()
                    .any(|c| matches!(c, Cell::Agreement(Agreement::Disagree(_))))
            })
            .map(|r| b.entities[r.entity].id.as_str())
            .collect();
        assert_eq!(
            disagree,
            ["peacekeepers-deployed"],
            "more than 20 and at least 20 can both be true"
        );
    }
}
