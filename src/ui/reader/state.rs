//! The reader's state: the briefing, the width-independent article layouts, and the user's
//! place (which article each pane shows and where it is scrolled, what has focus, the
//! selected entity, the mention under the cursor (in a text or a headline), the search, the
//! text cursor and selection of select mode, the mode). Fields are private to the reader's
//! folder; other code reads them through methods and changes them through
//! [`Reader::apply`] and the input step, which keep them consistent. What each action does
//! is in `navigate`, `search` and `export`; the screen layout, settled before each draw, in
//! `layout`.
//!
//! What only one mode uses lives in its [`Mode`] variant and goes when the mode ends: a
//! popup's scroll, the typed line of a search, export path or form, the picker, the
//! proposals under review. Two things outlive their mode and so are fields of [`Reader`]:
//! the search's results (`search`), which stay highlighted and which `n`/`N` step through
//! after the typed line is closed, until Esc; and select mode's caret and selection
//! (`select`), which the picker and forms opened from select mode draw under themselves and
//! go back to when they are cancelled.

use std::path::PathBuf;
use std::rc::Rc;

use crate::briefing::{AnyMention, ArticleIx, EntityIx, MentionIx};
use crate::briefing::{Briefing, Direction, EntityKind};
use crate::config::ExportDefaults;
use crate::theme::Theme;
use crate::ui::line_input::LineInput;
use crate::view::BidiMode;
use crate::view::article::{Anchor, ArticleView};
use crate::view::entity::{Pieces, entity_pieces, figure_pieces};
use crate::view::highlight::KindFilter;
use crate::view::line::VisualCache;
use crate::view::marks::MentionMap;

use super::edits::{Confirm, Editing};
use super::forms::Form;
use super::keys::{Action, ReaderKeys};
use super::layout::ReaderLayout;
use super::mark::Picker;
use super::review::{Rejected, Review};
use super::select::{CaretHome, Selecting, TextPos, TextSpan};

/// One of the (at most two) panes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct PaneIx(pub usize);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Pane(PaneIx),
    Entities,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    Normal,
    /// The help popup, scrolled to its row `top`.
    Help {
        top: usize,
    },
    /// The detail popup of an entity, scrolled to its row `top`.
    Details {
        entity: EntityIx,
        top: usize,
    },
    /// Typing a search query.
    Search {
        input: LineInput,
    },
    /// Moving a text cursor in an article and selecting (`select`).
    Select,
    /// Choosing an export format.
    ExportFormat,
    /// Editing the file an export goes to (`default` is what `input` started as).
    ExportPath {
        format: crate::export::ExportFormat,
        input: LineInput,
        default: PathBuf,
    },
    /// Choosing an entity (to mark, relink or link).
    Pick(Picker),
    /// Typing a figure or a name.
    Form(Form),
    /// Walking `suggest`'s proposals: they live here, and go when the review ends.
    Review(Review),
    /// A question before going on (quitting with unsaved edits, a file changed on disk).
    Confirm(Confirm),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pane {
    pub article: ArticleIx,
    /// The first visible line.
    pub top: Anchor,
}

crate::briefing::index_by!(PaneIx, Pane);

#[derive(Debug, Clone)]
pub struct SearchState {
    pub query: String,
    /// Every match, article by article, each headline's before its text.
    pub matches: Vec<TextSpan>,
    pub current: Option<usize>,
}

/// An entity's row in the entity panel, made once (it does not change while reading): its
/// names and mentions, and for a casualty figure the sources' figures, as pieces.
pub struct EntityRow {
    pub entity: EntityIx,
    pub kind: EntityKind,
    pub names: Pieces,
    pub figures: Option<Pieces>,
    pub disagree: bool,
}

pub struct Reader {
    pub(super) briefing: Rc<Briefing>,
    /// Where the briefing came from (exports go next to it), None for the bundled one.
    pub(super) path: Option<PathBuf>,
    pub(super) theme: Theme,
    pub(super) keys: ReaderKeys,
    pub(super) export_defaults: ExportDefaults,
    pub(super) views: Vec<ArticleView>,
    pub(super) maps: Vec<MentionMap>,
    /// Visual forms of the strings drawn every frame.
    pub(super) visual: VisualCache,
    pub(super) panes: Vec<Pane>,
    pub(super) focus: Focus,
    pub(super) mode: Mode,
    /// The entity panel's rows: by kind, then as in the file.
    pub(super) entity_rows: Vec<EntityRow>,
    /// Selected row of the entity panel.
    pub(super) entity_row: usize,
    pub(super) selected: Option<EntityIx>,
    /// The mention under the cursor, in an article's text or headline.
    pub(super) cursor: Option<AnyMention>,
    pub(super) kinds: KindFilter,
    pub(super) sync: bool,
    /// The last search's matches: kept after its typed line closes, for `n`/`N` and the
    /// highlight, until Esc (see the module doc).
    pub(super) search: Option<SearchState>,
    pub(super) status: Option<Pieces>,
    pub(super) quit: bool,
    /// Where everything is on screen, settled before each draw.
    pub(super) layout: ReaderLayout,
    /// A mention to go to once the panes have their size (the library opens a briefing at
    /// an entity before the first draw).
    pub(super) pending_mention: Option<MentionIx>,
    pub(super) last: Option<Action>,
    pub(super) link_step: usize,
    /// Undo history, the file as read, and whether edits are allowed.
    pub(super) editing: Editing,
    /// Suggestions rejected in this session.
    pub(super) rejected: Rejected,
    /// Who does the bidi (the visual order of a line's cells depends on it).
    pub(super) bidi: BidiMode,
    /// The caret and the selection's anchor: select mode's, kept while a picker or form
    /// opened from it is open (see the module doc).
    pub(super) select: Option<Selecting>,
    /// Where the left mouse button went down in an article's text (a drag selects from it).
    pub(super) press: Option<(ArticleIx, TextPos)>,
    /// Where `v` starts the caret: the current search match or the text last clicked.
    pub(super) place: Option<CaretHome>,
    /// When and where the left button last went down in a text (a second press there soon
    /// after is a double click).
    pub(super) last_press: Option<(std::time::Instant, ArticleIx, TextPos)>,
}

impl Reader {
    pub fn new(
        briefing: Briefing,
        path: Option<PathBuf>,
        theme: Theme,
        mode_bidi: BidiMode,
    ) -> Reader {
        let briefing = Rc::new(briefing);
        let views = ArticleIx::all(&briefing)
            .map(|i| ArticleView::new(Rc::clone(&briefing), i, mode_bidi))
            .collect();
        let maps = ArticleIx::all(&briefing)
            .map(|i| MentionMap::new(&briefing, i))
            .collect();
        // The left-to-right article on the left, the right-to-left one on the right.
        let mut order: Vec<ArticleIx> = ArticleIx::all(&briefing).collect();
        order.sort_by_key(|&i| briefing.articles[i].dir == Direction::Rtl);
        let panes = order
            .iter()
            .take(2)
            .map(|&article| Pane {
                article,
                top: Anchor::default(),
            })
            .collect();
        let entity_rows = entity_rows(&briefing);
        Reader {
            briefing,
            path,
            theme,
            keys: ReaderKeys::default(),
            export_defaults: ExportDefaults::default(),
            views,
            maps,
            visual: VisualCache::new(mode_bidi),
            panes,
            focus: Focus::Pane(PaneIx(0)),
            mode: Mode::Normal,
            entity_rows,
            entity_row: 0,
            selected: None,
            cursor: None,
            kinds: KindFilter::ALL,
            sync: false,
            search: None,
            status: None,
            quit: false,
            layout: ReaderLayout::default(),
            pending_mention: None,
            last: None,
            link_step: 0,
            editing: Editing::default(),
            rejected: Rejected::default(),
            bidi: mode_bidi,
            select: None,
            press: None,
            place: None,
            last_press: None,
        }
    }

    /// The reader with these keys and export defaults (from the config file) instead of the
    /// built-in ones.
    pub fn with_setup(mut self, keys: ReaderKeys, export_defaults: ExportDefaults) -> Reader {
        self.keys = keys;
        self.export_defaults = export_defaults;
        self
    }

    /// Opens the reader at the first mention of the entity with this id (the library's
    /// entity index); the panes go there once they have a size.
    pub fn at_entity(mut self, id: &str) -> Reader {
        self.pending_mention = self
            .briefing
            .entity_index(id)
            .and_then(|e| self.briefing.entities[e].mentions.first().copied());
        self
    }

    pub fn briefing(&self) -> &Briefing {
        &self.briefing
    }

    pub fn mode(&self) -> &Mode {
        &self.mode
    }

    pub fn focus(&self) -> Focus {
        self.focus
    }

    /// The article each pane shows, left to right.
    pub fn pane_articles(&self) -> Vec<ArticleIx> {
        self.panes.iter().map(|p| p.article).collect()
    }

    pub fn selected(&self) -> Option<EntityIx> {
        self.selected
    }

    /// The mention under the cursor (or the one to go to before the first draw).
    pub fn cursor(&self) -> Option<AnyMention> {
        self.cursor.or(self.pending_mention.map(AnyMention::Text))
    }

    pub fn search(&self) -> Option<&SearchState> {
        self.search.as_ref()
    }

    /// The status line's message, if any.
    pub fn status(&self) -> Option<String> {
        self.status.as_ref().map(|p| p.concat())
    }

    pub fn done(&self) -> bool {
        self.quit
    }

    pub(super) fn say(&mut self, pieces: &[&str]) {
        self.status = Some(pieces.iter().map(|p| p.to_string()).collect());
    }

    /// Carries out an action in normal mode.
    pub fn apply(&mut self, action: Action) {
        self.status = None;
        match (action, self.focus) {
            (Action::Move(motion), Focus::Entities) => {
                self.move_entity_row(motion.delta(self.page()))
            }
            (Action::Move(motion), Focus::Pane(p)) => self.scroll(p, motion.delta(self.page())),
            (Action::FocusNext, _) => self.move_focus(1),
            (Action::FocusPrev, _) => self.move_focus(-1),
            (Action::NextMention, _) => self.step_mention(true),
            (Action::PrevMention, _) => self.step_mention(false),
            (Action::Jump, _) => self.jump(),
            (Action::Details, _) => self.show_details(),
            (Action::FollowLink, _) => self.follow_link(),
            (Action::Search, _) => {
                self.mode = Mode::Search {
                    input: LineInput::default(),
                }
            }
            (Action::SearchNext, _) => {
                self.step_search(true);
            }
            (Action::SearchPrev, _) => {
                self.step_search(false);
            }
            (Action::ToggleSync, _) => {
                self.sync = !self.sync;
                let on = if self.sync { "on" } else { "off" };
                self.say(&["synchronized scrolling ", on]);
            }
            (Action::SwitchArticle, _) => self.switch_article(),
            (Action::ToggleActors, _) => self.toggle_kind(EntityKind::Actor),
            (Action::TogglePlaces, _) => self.toggle_kind(EntityKind::Place),
            (Action::ToggleCasualties, _) => self.toggle_kind(EntityKind::Casualty),
            (Action::Export, _) => self.start_export(),
            (Action::Unmark, _) => self.unmark(),
            (Action::Relink, _) => self.start_relink(),
            (Action::Rename, _) => self.start_rename(),
            (Action::AddName, _) => self.start_add_name(),
            (Action::Link, _) => self.start_link(),
            (Action::EditFigure, _) => self.start_figure_edit(),
            (Action::EditMeta, _) => self.start_meta(),
            (Action::DeleteEntity, _) => self.delete_entity(),
            (Action::EditId, _) => self.start_id_edit(),
            (Action::EditKind, _) => self.start_kind_edit(),
            (Action::Review, _) => self.start_review(),
            (Action::Undo, _) => self.undo(),
            (Action::Redo, _) => self.redo(),
            (Action::Save, _) => self.save(),
            (Action::Select, _) => self.start_select(),
            (Action::Help, _) => self.mode = Mode::Help { top: 0 },
            (Action::Back, _) => self.back(),
            (Action::Quit, _) => self.ask_quit(),
        }
        self.last = Some(action);
    }

    /// Esc: closes the innermost thing open (the search highlight, then the selection);
    /// never quits.
    fn back(&mut self) {
        if self.search.take().is_some() {
            self.place = None;
            self.say(&["search cleared"]);
        } else if self.selected.is_some() || self.cursor.is_some() {
            self.selected = None;
            self.cursor = None;
            self.say(&["selection cleared"]);
        } else {
            let key = self.keys.normal.key(Action::Quit);
            self.say(&["nothing to close: ", &key, " quits"]);
        }
    }

    /// Closes a popup, a prompt or a typed line: back to reading.
    /// (Back to select mode when a selection is being made: a picker or form opened from it
    /// and cancelled leaves the selection as it was.)
    pub(super) fn close_mode(&mut self) {
        self.mode = match self.select {
            Some(_) => Mode::Select,
            None => Mode::Normal,
        };
    }

    fn show_details(&mut self) {
        let entity = self.selected.or_else(|| {
            (self.focus == Focus::Entities)
                .then(|| self.entity_rows.get(self.entity_row).map(|r| r.entity))
                .flatten()
        });
        match entity {
            Some(entity) => self.mode = Mode::Details { entity, top: 0 },
            None => {
                let key = self.keys.normal.key(Action::NextMention);
                self.say(&[
                    "no entity selected: press ",
                    &key,
                    " or pick one in the entity list",
                ])
            }
        }
    }

    fn toggle_kind(&mut self, kind: EntityKind) {
        let shown = self.kinds.toggle(kind);
        let name = match kind {
            EntityKind::Actor => "actors",
            EntityKind::Place => "places",
            EntityKind::Casualty => "casualty figures",
        };
        let state = if shown {
            " highlighted"
        } else {
            " not highlighted"
        };
        self.say(&[name, state]);
    }
}

/// The entity panel's rows: by kind, then as in the file.
pub fn entity_rows(briefing: &Briefing) -> Vec<EntityRow> {
    let mut order: Vec<EntityIx> = EntityIx::all(briefing).collect();
    order.sort_by_key(|&e| briefing.entities[e].kind);
    order
        .iter()
        .map(|&e| EntityRow {
            entity: e,
            kind: briefing.entities[e].kind,
            names: entity_pieces(briefing, e),
            figures: figure_pieces(briefing, e),
            disagree: briefing.figures_disagree(e),
        })
        .collect()
}

/// How an article is named in pane titles, the header and messages: "en: Reuters", or
/// "ar2 (ar): Al Jazeera" when its id is not its language.
pub fn article_label(briefing: &Briefing, article: ArticleIx) -> Pieces {
    let a = article.of(briefing);
    let mut label = vec![a.id.clone()];
    if a.id != a.lang {
        label.extend([" (".to_string(), a.lang.clone(), ")".to_string()]);
    }
    label.extend([": ".to_string(), a.source.clone()]);
    label
}
