//! The reader's state and what each action does to it, with no terminal in sight.
//!
//! [`App`] holds the briefing, the width-independent article layouts, a cache of laid-out
//! articles per (article, width), and the user's place: which article each pane shows and
//! where it is scrolled, what has focus, the selected entity, the mention under the cursor,
//! the search. Key and mouse events become [`Action`]s (see `keymap`) that [`App::apply`]
//! carries out; drawing (`draw`) only reads the state, after telling it the pane sizes.

use std::ops::Range;
use std::path::PathBuf;
use std::rc::Rc;

use crate::briefing::{Briefing, Direction};
use crate::export::ExportFormat;
use crate::search;
use crate::theme::Theme;
use crate::view::BidiMode;
use crate::view::article::{Anchor, ArticleLine, ArticleView};
use crate::view::line::VisualCache;
use crate::view::marks::MentionMap;

use super::keymap::Action;
use crate::view::entity::{entity_row, figure_row};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Pane(usize),
    Entities,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    Normal,
    Help,
    /// Typing a search query.
    Search {
        input: String,
    },
    /// Choosing an export format.
    Export,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pane {
    pub article: usize,
    /// The first visible line.
    pub top: Anchor,
}

/// Where the panes are on screen, as the last draw laid them out (for scrolling by pages,
/// keeping mentions in view, and mouse hits).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Rect {
    pub x: u16,
    pub y: u16,
    pub width: u16,
    pub height: u16,
}

impl Rect {
    pub fn contains(&self, x: u16, y: u16) -> bool {
        x >= self.x && y >= self.y && x < self.x + self.width && y < self.y + self.height
    }
}

/// A pane as last drawn: its text area and the lines shown there.
#[derive(Debug, Clone)]
pub struct ShownPane {
    pub pane: usize,
    pub area: Rect,
    pub lines: Vec<ArticleLine>,
}

#[derive(Debug, Clone, Default)]
pub struct Screen {
    /// The visible panes.
    pub panes: Vec<ShownPane>,
    /// Inner area of the entity list.
    pub entities: Rect,
    /// First entity row shown.
    pub entity_offset: usize,
}

#[derive(Debug, Clone)]
pub struct SearchState {
    pub query: String,
    /// Every match, article by article in text order: (article, byte range).
    pub matches: Vec<(usize, Range<usize>)>,
    pub current: Option<usize>,
}

/// An entity's row in the entity panel, made once (it does not change while reading).
pub struct EntityRow {
    pub entity: usize,
    pub text: String,
    pub disagree: bool,
}

/// Search stops collecting matches here (a one-letter query in a long article).
pub const MAX_MATCHES: usize = 10_000;

pub struct App {
    pub briefing: Rc<Briefing>,
    /// Where the briefing came from (exports go next to it), None for the bundled one.
    pub path: Option<PathBuf>,
    pub theme: Theme,
    pub mode_bidi: BidiMode,
    pub views: Vec<ArticleView>,
    pub maps: Vec<MentionMap>,
    /// Visual forms of the strings drawn every frame.
    pub visual: VisualCache,
    pub panes: Vec<Pane>,
    pub focus: Focus,
    pub mode: Mode,
    /// Entities in panel order: by kind, then as in the file.
    pub entity_order: Vec<usize>,
    /// Their rows, in the same order.
    pub entity_rows: Vec<EntityRow>,
    /// Selected row of the entity panel (index into `entity_order`).
    pub entity_row: usize,
    pub selected: Option<usize>,
    pub cursor: Option<usize>,
    pub kinds: [bool; 3],
    pub sync: bool,
    pub search: Option<SearchState>,
    pub status: Option<String>,
    pub quit: bool,
    /// Whether the panes are stacked into one (narrow screen): set by draw.
    pub single_pane: bool,
    pub screen: Screen,
    /// A mention to go to once the panes have their size (set before the first draw, e.g.
    /// when the library opens a briefing at an entity).
    pub pending_mention: Option<usize>,
    last: Option<Action>,
    link_step: usize,
}

impl App {
    pub fn new(
        briefing: Briefing,
        path: Option<PathBuf>,
        theme: Theme,
        mode_bidi: BidiMode,
    ) -> App {
        let briefing = Rc::new(briefing);
        let views = (0..briefing.articles.len())
            .map(|i| ArticleView::new(Rc::clone(&briefing), i, mode_bidi))
            .collect();
        let maps = (0..briefing.articles.len())
            .map(|i| MentionMap::new(&briefing, i))
            .collect();
        // The left-to-right article on the left, the right-to-left one on the right.
        let mut order: Vec<usize> = (0..briefing.articles.len()).collect();
        order.sort_by_key(|&i| briefing.articles[i].dir == Direction::Rtl);
        let panes = order
            .iter()
            .take(2)
            .map(|&article| Pane {
                article,
                top: Anchor::default(),
            })
            .collect();
        let mut entity_order: Vec<usize> = (0..briefing.entities.len()).collect();
        entity_order.sort_by_key(|&e| briefing.entities[e].kind);
        let entity_rows = entity_order
            .iter()
            .map(|&e| {
                let entity = &briefing.entities[e];
                let mut text = format!("[{}] {}", entity.kind.as_str(), entity_row(&briefing, e));
                if let Some(fig) = figure_row(&briefing, e) {
                    text.push_str(" │ ");
                    text.push_str(&fig);
                }
                EntityRow {
                    entity: e,
                    text,
                    disagree: briefing.figures_disagree(e),
                }
            })
            .collect();
        App {
            briefing,
            path,
            theme,
            mode_bidi,
            views,
            maps,
            visual: VisualCache::new(mode_bidi),
            panes,
            focus: Focus::Pane(0),
            mode: Mode::Normal,
            entity_order,
            entity_rows,
            entity_row: 0,
            selected: None,
            cursor: None,
            kinds: [true; 3],
            sync: false,
            search: None,
            status: None,
            quit: false,
            single_pane: false,
            screen: Screen::default(),
            pending_mention: None,
            last: None,
            link_step: 0,
        }
    }

    fn pane_area(&self, pane: usize) -> Option<Rect> {
        self.screen
            .panes
            .iter()
            .find(|p| p.pane == pane)
            .map(|p| p.area)
    }

    /// Width and height of a pane's text area (a guess before the first draw).
    fn pane_size(&self, pane: usize) -> (usize, usize) {
        let area = self.pane_area(pane).unwrap_or(Rect {
            x: 0,
            y: 0,
            width: 40,
            height: 10,
        });
        (usize::from(area.width), usize::from(area.height))
    }

    /// Scrolls a pane by `delta` lines (clamped), and the others with it when synchronized:
    /// they show the same fraction of their text.
    pub fn scroll(&mut self, pane: usize, delta: isize) {
        let (w, h) = self.pane_size(pane);
        let view = &self.views[self.panes[pane].article];
        let top = view.scroll(self.panes[pane].top, delta, w, h);
        self.panes[pane].top = top;
        if !self.sync {
            return;
        }
        let len = self.briefing.articles[view.article()].text.len().max(1);
        let fraction = view.byte_at(top, w) as f64 / len as f64;
        let at_end = top == view.end(w, h);
        for other in (0..self.panes.len()).filter(|&o| o != pane) {
            let (w, h) = self.pane_size(other);
            let view = &self.views[self.panes[other].article];
            let len = self.briefing.articles[view.article()].text.len();
            self.panes[other].top = if top == Anchor::default() {
                Anchor::default()
            } else if at_end {
                view.end(w, h)
            } else {
                let anchor = view.anchor_of((fraction * len as f64) as usize, w);
                view.scroll(anchor, 0, w, h)
            };
        }
    }

    fn focused_pane(&self) -> usize {
        match self.focus {
            Focus::Pane(p) => p,
            Focus::Entities => 0,
        }
    }

    /// Focus order: the visible panes, then the entity list.
    fn focus_cycle(&self) -> Vec<Focus> {
        let mut cycle: Vec<Focus> = if self.single_pane {
            vec![Focus::Pane(self.focused_pane())]
        } else {
            (0..self.panes.len()).map(Focus::Pane).collect()
        };
        cycle.push(Focus::Entities);
        cycle
    }

    fn move_focus(&mut self, step: isize) {
        let cycle = self.focus_cycle();
        let at = cycle.iter().position(|f| *f == self.focus).unwrap_or(0) as isize;
        let n = cycle.len() as isize;
        self.focus = cycle[(at + step).rem_euclid(n) as usize];
    }

    /// Shows `article` in a pane (the one already showing it, else the focused one) and
    /// scrolls so byte `at` is in view; returns that pane.
    fn reveal(&mut self, article: usize, at: usize) -> usize {
        let pane = match self.panes.iter().position(|p| p.article == article) {
            Some(p) if !self.single_pane || self.focused_pane() == p => p,
            _ => {
                let p = self.focused_pane();
                self.panes[p] = Pane {
                    article,
                    top: Anchor::default(),
                };
                p
            }
        };
        let (w, h) = self.pane_size(pane);
        let view = &self.views[article];
        let target = view.anchor_of(at, w);
        self.panes[pane].top = view.reveal(self.panes[pane].top, target, w, h);
        self.focus = Focus::Pane(pane);
        pane
    }

    /// Puts the cursor on mention `m`, selects its entity and shows it.
    pub fn go_to_mention(&mut self, m: usize) {
        let mention = self.briefing.mentions[m].clone();
        self.cursor = Some(m);
        self.select_entity(mention.entity);
        self.reveal(mention.article, mention.bytes.start);
    }

    fn select_entity(&mut self, entity: usize) {
        self.selected = Some(entity);
        if let Some(row) = self.entity_order.iter().position(|&e| e == entity) {
            self.entity_row = row;
        }
    }

    /// `]` / `[`: the next or previous mention of the focused article in reading order
    /// (logical order: for right-to-left text that is right to left, then down).
    fn step_mention(&mut self, forward: bool) {
        let article = self.panes[self.focused_pane()].article;
        let range = self.briefing.mention_range(article);
        if range.is_empty() {
            self.status = Some("no mentions in this article".into());
            return;
        }
        let next = match self.cursor.filter(|c| range.contains(c)) {
            Some(c) if forward => {
                if c + 1 < range.end {
                    c + 1
                } else {
                    range.start
                }
            }
            Some(c) => {
                if c > range.start {
                    c - 1
                } else {
                    range.end - 1
                }
            }
            None => {
                // From the top of the view.
                let pane = self.focused_pane();
                let (w, _) = self.pane_size(pane);
                let top = self.views[article].byte_at(self.panes[pane].top, w);
                range
                    .clone()
                    .find(|&m| self.briefing.mentions[m].bytes.start >= top)
                    .unwrap_or(range.start)
            }
        };
        self.go_to_mention(next);
    }

    /// Enter: from a mention, to the same entity in another article; pressed again, through
    /// every mention of the entity. In the entity list: to the entity's first mention.
    fn jump(&mut self) {
        if self.focus == Focus::Entities {
            let Some(&entity) = self.entity_order.get(self.entity_row) else {
                return;
            };
            self.select_entity(entity);
            match self.briefing.entities[entity].mentions.first() {
                Some(&m) => self.go_to_mention(m),
                None => self.status = Some("this entity has no mentions".into()),
            }
            return;
        }
        let Some(current) = self.cursor else {
            self.status = Some("no mention under the cursor: press ] to go to one".into());
            return;
        };
        let mention = &self.briefing.mentions[current];
        let all = &self.briefing.entities[mention.entity].mentions;
        let next = if self.last == Some(Action::Jump) {
            let at = all.iter().position(|&m| m == current).unwrap_or(0);
            Some(all[(at + 1) % all.len()])
        } else {
            all.iter()
                .copied()
                .find(|&m| self.briefing.mentions[m].article != mention.article)
        };
        match next {
            Some(m) => self.go_to_mention(m),
            None => self.status = Some("no mention of this entity in another article".into()),
        }
    }

    /// `o`: select the next entity the selected one links to, at its first mention.
    fn follow_link(&mut self) {
        let Some(entity) = self
            .selected
            .or_else(|| self.entity_order.get(self.entity_row).copied())
        else {
            return;
        };
        let links = self.briefing.entities[entity].links.clone();
        if links.is_empty() {
            self.status = Some(format!(
                "{} links to nothing",
                self.briefing.entities[entity].name
            ));
            return;
        }
        if self.last != Some(Action::FollowLink) {
            self.link_step = 0;
        }
        let target = links[self.link_step % links.len()];
        self.link_step += 1;
        self.select_entity(target);
        self.status = Some(format!("→ {}", self.briefing.entities[target].name));
        if let Some(&m) = self.briefing.entities[target].mentions.first() {
            self.go_to_mention(m);
        }
    }

    /// Runs a search over every article.
    pub fn run_search(&mut self, query: &str) {
        let folded = search::fold_query(query);
        let matches: Vec<(usize, Range<usize>)> = self
            .briefing
            .articles
            .iter()
            .enumerate()
            // A paragraph at a time: folding keeps a map back to the original bytes (two
            // offsets per byte), which for a whole long article would be large, and the
            // search stops at the cap without folding the rest.
            .flat_map(|(i, a)| a.paragraphs.iter().map(move |p| (i, a, p)))
            .flat_map(|(i, a, p)| {
                search::fold(&a.text[p.clone()])
                    .find_all(&folded)
                    .into_iter()
                    .map(move |r| (i, p.start + r.start..p.start + r.end))
            })
            .take(MAX_MATCHES)
            .collect();
        self.status = Some(match matches.len() {
            0 => format!("no match for {query:?}"),
            MAX_MATCHES => {
                format!("{MAX_MATCHES}+ matches for {query:?} (the first {MAX_MATCHES} are shown)")
            }
            n => format!("{n} matches for {query:?}"),
        });
        self.search = Some(SearchState {
            query: query.to_string(),
            matches,
            current: None,
        });
        self.step_search(true);
    }

    fn step_search(&mut self, forward: bool) {
        let Some(search) = &mut self.search else {
            self.status = Some("no search yet: press / to search".into());
            return;
        };
        let n = search.matches.len();
        if n == 0 {
            return;
        }
        let next = match search.current {
            Some(c) if forward => (c + 1) % n,
            Some(c) => (c + n - 1) % n,
            None => 0,
        };
        search.current = Some(next);
        let (article, range) = search.matches[next].clone();
        self.status = Some(format!("match {} of {n}", next + 1));
        self.reveal(article, range.start);
    }

    /// The search matches in one article, and the current match there.
    pub fn matches_in(&self, article: usize) -> (Vec<Range<usize>>, Option<Range<usize>>) {
        let Some(search) = &self.search else {
            return (Vec::new(), None);
        };
        let list = search
            .matches
            .iter()
            .filter(|(a, _)| *a == article)
            .map(|(_, r)| r.clone())
            .collect();
        let current = search
            .current
            .and_then(|c| search.matches.get(c))
            .filter(|(a, _)| *a == article)
            .map(|(_, r)| r.clone());
        (list, current)
    }

    fn switch_article(&mut self) {
        let pane = self.focused_pane();
        let n = self.briefing.articles.len();
        let article = (self.panes[pane].article + 1) % n;
        self.panes[pane] = Pane {
            article,
            top: Anchor::default(),
        };
        self.focus = Focus::Pane(pane);
        self.status = Some(format!(
            "showing article {:?}",
            self.briefing.articles[article].id
        ));
    }

    fn move_entity_row(&mut self, delta: isize) {
        let n = self.entity_order.len();
        if n == 0 {
            return;
        }
        self.entity_row = self.entity_row.saturating_add_signed(delta).min(n - 1);
        self.selected = Some(self.entity_order[self.entity_row]);
    }

    fn page(&self) -> isize {
        let height = match self.focus {
            Focus::Pane(p) => self.pane_area(p).map(|r| r.height).unwrap_or(10),
            Focus::Entities => self.screen.entities.height,
        };
        isize::try_from(height.max(2)).unwrap_or(2) - 1
    }

    /// Carries out an action in normal mode.
    pub fn apply(&mut self, action: Action) {
        self.status = None;
        match (action, self.focus) {
            (Action::Down, Focus::Entities) => self.move_entity_row(1),
            (Action::Up, Focus::Entities) => self.move_entity_row(-1),
            (Action::PageDown, Focus::Entities) => self.move_entity_row(self.page()),
            (Action::PageUp, Focus::Entities) => self.move_entity_row(-self.page()),
            (Action::Top, Focus::Entities) => self.move_entity_row(isize::MIN / 2),
            (Action::Bottom, Focus::Entities) => self.move_entity_row(isize::MAX / 2),
            (Action::Down, Focus::Pane(p)) => self.scroll(p, 1),
            (Action::Up, Focus::Pane(p)) => self.scroll(p, -1),
            (Action::PageDown, Focus::Pane(p)) => self.scroll(p, self.page()),
            (Action::PageUp, Focus::Pane(p)) => self.scroll(p, -self.page()),
            (Action::Top, Focus::Pane(p)) => self.scroll(p, isize::MIN / 2),
            (Action::Bottom, Focus::Pane(p)) => self.scroll(p, isize::MAX / 2),
            (Action::FocusNext, _) => self.move_focus(1),
            (Action::FocusPrev, _) => self.move_focus(-1),
            (Action::NextMention, _) => self.step_mention(true),
            (Action::PrevMention, _) => self.step_mention(false),
            (Action::Jump, _) => self.jump(),
            (Action::FollowLink, _) => self.follow_link(),
            (Action::Search, _) => {
                self.mode = Mode::Search {
                    input: String::new(),
                }
            }
            (Action::SearchNext, _) => self.step_search(true),
            (Action::SearchPrev, _) => self.step_search(false),
            (Action::ToggleSync, _) => {
                self.sync = !self.sync;
                self.status = Some(format!(
                    "synchronized scrolling {}",
                    if self.sync { "on" } else { "off" }
                ));
            }
            (Action::SwitchArticle, _) => self.switch_article(),
            (Action::ToggleActors, _) => self.toggle_kind(0),
            (Action::TogglePlaces, _) => self.toggle_kind(1),
            (Action::ToggleCasualties, _) => self.toggle_kind(2),
            (Action::Export, _) => self.mode = Mode::Export,
            (Action::Help, _) => self.mode = Mode::Help,
            (Action::Quit, _) => self.quit = true,
        }
        self.last = Some(action);
    }

    fn toggle_kind(&mut self, k: usize) {
        self.kinds[k] = !self.kinds[k];
        let name = ["actors", "places", "casualty figures"][k];
        self.status = Some(format!(
            "{name} {}",
            if self.kinds[k] {
                "highlighted"
            } else {
                "not highlighted"
            }
        ));
    }

    /// Where an export in `format` goes: next to the briefing file, or in the current
    /// directory for the bundled briefing; `n` > 0 numbers it (`id-2.md`).
    pub fn export_path(&self, format: ExportFormat, n: usize) -> PathBuf {
        let name = match n {
            0 => crate::export::default_file_name(&self.briefing, format),
            n => format!(
                "{}-{n}.{}",
                self.briefing.id,
                crate::export::extension(format)
            ),
        };
        match self.path.as_ref().and_then(|p| p.parent()) {
            Some(dir) if !dir.as_os_str().is_empty() => dir.join(name),
            _ => PathBuf::from(name),
        }
    }

    /// Writes the export to a file that does not exist yet (never overwriting one) and
    /// reports the outcome in the status line.
    pub fn export(&mut self, format: ExportFormat) {
        let text = crate::export::export(&self.briefing, format);
        self.mode = Mode::Normal;
        for n in 0..100 {
            let path = self.export_path(format, n);
            match crate::fileio::write_atomic(
                &path,
                text.as_bytes(),
                crate::fileio::Existing::Refuse,
            ) {
                // The file exists: try the next number.
                Err(crate::error::Error::Exists(_)) => continue,
                Ok(()) => {
                    self.status = Some(format!("exported to {}", path.display()));
                    return;
                }
                Err(e) => {
                    self.status = Some(format!("export failed: {e}"));
                    return;
                }
            }
        }
        self.status = Some("export failed: 100 numbered files exist already".into());
    }

    /// The mention under a screen position in a pane, if any.
    pub fn mention_at(&self, x: u16, y: u16) -> Option<(usize, usize)> {
        let shown = self.screen.panes.iter().find(|p| p.area.contains(x, y))?;
        let article = self.panes[shown.pane].article;
        let line = shown.lines.get(usize::from(y - shown.area.y))?;
        let mut col = line.pad;
        let target = usize::from(x - shown.area.x);
        let cell = line.line.cells.iter().find(|c| {
            col += usize::from(c.width);
            target < col
        })?;
        let m = self.maps[article].at(line.offset + cell.source.start)?;
        Some((shown.pane, m))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::bundled;

    fn app() -> App {
        let mut app = App::new(
            bundled().unwrap().briefing,
            None,
            Theme { color: true },
            BidiMode::App,
        );
        let area = |x| Rect {
            x,
            y: 3,
            width: 50,
            height: 20,
        };
        app.screen.panes = (0..2)
            .map(|pane| ShownPane {
                pane,
                area: area(1 + 52 * pane as u16),
                lines: Vec::new(),
            })
            .collect();
        app.screen.entities = Rect {
            x: 1,
            y: 25,
            width: 100,
            height: 8,
        };
        app
    }

    #[test]
    fn ltr_article_left_rtl_right() {
        let app = app();
        assert_eq!(
            app.briefing.articles[app.panes[0].article].dir,
            Direction::Ltr
        );
        assert_eq!(
            app.briefing.articles[app.panes[1].article].dir,
            Direction::Rtl
        );
    }

    #[test]
    fn next_mention_then_enter_goes_to_the_other_article() {
        let mut app = app();
        app.apply(Action::NextMention);
        let m = app.cursor.unwrap();
        assert_eq!(app.briefing.mentions[m].article, app.panes[0].article);
        let entity = app.briefing.mentions[m].entity;
        app.apply(Action::Jump);
        let n = app.cursor.unwrap();
        assert_eq!(app.briefing.mentions[n].entity, entity);
        assert_eq!(app.briefing.mentions[n].article, app.panes[1].article);
        assert_eq!(app.focus, Focus::Pane(1));
        // Again: cycles through every mention of the entity.
        let all = app.briefing.entities[entity].mentions.clone();
        let mut seen = vec![n];
        for _ in 1..all.len() {
            app.apply(Action::Jump);
            seen.push(app.cursor.unwrap());
        }
        seen.sort();
        assert_eq!(seen, all);
    }

    #[test]
    fn mentions_step_in_reading_order() {
        let mut app = app();
        app.focus = Focus::Pane(1);
        app.apply(Action::NextMention);
        let first = app.cursor.unwrap();
        app.apply(Action::NextMention);
        let second = app.cursor.unwrap();
        let (a, b) = (
            &app.briefing.mentions[first],
            &app.briefing.mentions[second],
        );
        assert!(
            a.bytes.start <= b.bytes.start,
            "logical order is reading order"
        );
        app.apply(Action::PrevMention);
        assert_eq!(app.cursor, Some(first));
    }

    #[test]
    fn search_folds_arabic_and_reveals_matches() {
        let mut app = app();
        // The text has للأمم المتحدة twice: hamza and taa marbuta typed plain still match.
        app.run_search("امم المتحده");
        let s = app.search.as_ref().unwrap();
        assert_eq!(s.matches.len(), 2);
        assert_eq!(app.focus, Focus::Pane(1));
        app.apply(Action::SearchNext);
        assert_eq!(app.search.as_ref().unwrap().current, Some(1));
    }

    #[test]
    fn scrolling_is_clamped_and_synchronized() {
        let mut app = app();
        let end = |app: &App, pane: usize| app.views[app.panes[pane].article].end(50, 20);
        app.apply(Action::Bottom);
        assert_eq!(app.panes[0].top, end(&app, 0));
        app.apply(Action::Top);
        assert_eq!(app.panes[0].top, Anchor::default());
        app.apply(Action::ToggleSync);
        app.apply(Action::Bottom);
        assert_eq!(app.panes[1].top, end(&app, 1));
        app.apply(Action::Top);
        assert_eq!(app.panes[1].top, Anchor::default());
        app.apply(Action::PageDown);
        assert!(
            app.panes[1].top > Anchor::default(),
            "the other pane follows"
        );
    }

    #[test]
    fn entity_list_selects_and_jumps() {
        let mut app = app();
        app.focus = Focus::Entities;
        app.apply(Action::Down);
        let entity = app.entity_order[1];
        assert_eq!(app.selected, Some(entity));
        app.apply(Action::Jump);
        let m = app.cursor.unwrap();
        assert_eq!(app.briefing.mentions[m].entity, entity);
        assert!(matches!(app.focus, Focus::Pane(_)));
    }

    #[test]
    fn links_lead_to_related_entities() {
        let mut app = app();
        let casualty = app
            .briefing
            .entities
            .iter()
            .position(|e| !e.links.is_empty() && e.figure.is_some())
            .unwrap();
        app.selected = Some(casualty);
        app.apply(Action::FollowLink);
        let target = app.selected.unwrap();
        assert!(app.briefing.entities[casualty].links.contains(&target));
    }
}
