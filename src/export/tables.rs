//! The entity tables shared by the Markdown and HTML exports: one table per entity kind,
//! with the same columns and cells in both formats; each format only writes cells down.
//!
//! Actors and places: name, the name in each language, mentions per article, linked
//! entities. Casualty figures: name, the entity's figure, what each article reports (each
//! figure with who said it and how the claim stands: the timeline's points), whether the
//! sources agree, mentions per article; the parts of a toll come right under it, and the
//! background figures (earlier events the articles recall) in a table of their own.

use std::collections::HashMap;

use super::claims::nested;
use crate::briefing::{
    ArticleIx, Briefing, Direction, EntityIx, EntityKind, Figure, Point, timeline,
};

/// One table: its kind, column headings and rows (entities in briefing order, a toll's
/// parts right after it).
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub kind: EntityKind,
    /// The casualty figures about earlier events, apart from this event's.
    pub background: bool,
    pub headers: Vec<String>,
    /// Whether each column holds numbers (right-aligned).
    pub numeric: Vec<bool>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub entity: EntityIx,
    /// How deep a part it is: 0 for a whole, 1 for its parts, and so on.
    pub depth: usize,
    pub cells: Vec<Cell>,
}

impl Table {
    /// The table's heading.
    pub fn title(&self) -> &'static str {
        match self.kind {
            EntityKind::Casualty if self.background => "Background figures",
            EntityKind::Casualty => "Casualty figures",
            other => other.plural_title(),
        }
    }

    /// A line saying what the table holds, where its title does not say it all.
    pub fn note(&self) -> Option<&'static str> {
        self.background.then_some(
            "Figures about earlier events the articles recall: left out of this event's toll.",
        )
    }
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
    /// What one article reports, in text order (empty: nothing): each figure with who
    /// said it and how its claim stands.
    Reported(Vec<Point>),
    Agreement(Agreement),
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

/// The tables of a briefing, one per entity kind that has entities, in kind order; the
/// background casualty figures, if any, in one more table after the others.
pub fn tables(b: &Briefing) -> Vec<Table> {
    let langs = languages(b);
    let reported = reported(b);
    let mut out: Vec<Table> = EntityKind::ALL
        .into_iter()
        .map(|kind| table(b, kind, false, &langs, &reported))
        .collect();
    out.push(table(b, EntityKind::Casualty, true, &langs, &reported));
    out.retain(|t| !t.rows.is_empty());
    out
}

fn table(
    b: &Briefing,
    kind: EntityKind,
    background: bool,
    langs: &[String],
    reported: &Reported,
) -> Table {
    let mention_headers = b.articles.iter().map(|a| format!("Mentions ({})", a.id));
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
    headers.extend(mention_headers);
    numeric.extend(vec![true; b.articles.len()]);
    if kind != EntityKind::Casualty {
        headers.push("Linked to".into());
        numeric.push(false);
    }
    let entities: Vec<EntityIx> = EntityIx::all(b)
        .filter(|&e| b.entities[e].kind == kind && b.entities[e].background == background)
        .collect();
    let rows = nested(b, &entities)
        .into_iter()
        .map(|(e, depth)| Row {
            entity: e,
            depth,
            cells: row_cells(b, e, langs, reported),
        })
        .collect();
    Table {
        kind,
        background,
        headers,
        numeric,
        rows,
    }
}

/// What each article reports for each casualty entity, in text order.
type Reported = HashMap<(EntityIx, ArticleIx), Vec<Point>>;

fn reported(b: &Briefing) -> Reported {
    let mut out = Reported::new();
    for point in timeline(b).into_iter().flat_map(|s| s.points) {
        out.entry((point.entity, point.article))
            .or_default()
            .push(point);
    }
    for list in out.values_mut() {
        list.sort_by_key(|p| p.mention);
    }
    out
}

fn row_cells(b: &Briefing, e: EntityIx, langs: &[String], reported: &Reported) -> Vec<Cell> {
    let entity = &b.entities[e];
    let mut cells = vec![Cell::Name];
    if entity.kind == EntityKind::Casualty {
        cells.push(Cell::Figure(entity.figure));
        cells.extend(
            ArticleIx::all(b)
                .map(|a| Cell::Reported(reported.get(&(e, a)).cloned().unwrap_or_default())),
        );
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

    /// Format 3: a part under its whole, the background figure in a table of its own, and
    /// each reported figure with its speaker and claim.
    #[test]
    fn parts_under_their_whole_and_background_apart() {
        let text = include_str!("../../tests/fixtures/claims/claims.yaml");
        let b = crate::briefing::load_str("claims.yaml", text)
            .unwrap()
            .briefing;
        let t = tables(&b);
        let shape: Vec<(&str, bool)> = t.iter().map(|t| (t.title(), t.background)).collect();
        assert_eq!(
            shape,
            [
                ("Actors", false),
                ("Casualty figures", false),
                ("Background figures", true)
            ]
        );
        let rows = |t: &Table| -> Vec<(String, usize)> {
            (t.rows.iter())
                .map(|r| (b.entities[r.entity].id.clone(), r.depth))
                .collect()
        };
        let ids = |list: &[(&str, usize)]| -> Vec<(String, usize)> {
            list.iter().map(|&(id, d)| (id.to_string(), d)).collect()
        };
        assert_eq!(
            rows(&t[1]),
            ids(&[
                ("killed", 0),
                ("soldiers", 1),
                ("colonel", 0),
                ("casualties", 0)
            ])
        );
        assert_eq!(rows(&t[2]), ids(&[("car-bomb-2015", 0)]));
        assert!(t[2].note().is_some() && t[1].note().is_none());
        let Cell::Reported(courier) = &t[1].rows[0].cells[2] else {
            panic!("the courier's column");
        };
        assert_eq!(courier.len(), 1);
        assert_eq!(courier[0].said_by, [b.entity_index("director").unwrap()]);
    }

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
