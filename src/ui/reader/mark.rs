//! Marking text and choosing entities: the entity picker.
//!
//! `m` on a selection (or, with none, on the word at the caret) opens the picker
//! ([`Mode::Pick`]) on the entity the selected text names (see [`Picker::choices`]), else
//! on a new entity, and its footer says what Enter will do ([`enter_does`]). Typing
//! filters every entity by every one of its names, in every language, folded as search
//! folds (Arabic diacritics and letter forms, Latin case), so the same entity already
//! marked in the other language is one pick away — that is how a link across languages is
//! made. Below the entities it offers to create a new actor, place or
//! casualty figure named after what was typed (or the selection). A casualty mention asks
//! for its figure next (`forms`). The same picker moves a mention to another entity (`r`)
//! and links an entity to another (`L`): the ones the focused pane has (`target`).

use crate::annotate::{Edit, new_entity_id};
use crate::briefing::EntityIx;
use crate::briefing::{Briefing, EntityKind};
use crate::search::fold_query;
use crate::ui::line_input::LineInput;
use crate::view::entity::Pieces;

use super::edits::MentionKey;
use super::forms::FormFor;
use super::keys::{PickAction, SelectAction};
use super::select::TextSpan;
use super::state::{Focus, Mode, Reader};

/// What a pick is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickFor {
    /// Marking this text as a mention.
    Mark(TextSpan),
    /// Moving this mention to another entity.
    Relink(MentionKey),
    /// Linking this entity to another.
    Link(EntityIx),
}

/// The picker's state: what it is for, what was typed, the highlighted row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    pub purpose: PickFor,
    pub query: LineInput,
    pub row: usize,
}

/// One row of the picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Entity(EntityIx),
    New(EntityKind),
}

impl Picker {
    fn new(purpose: PickFor) -> Picker {
        Picker {
            purpose,
            query: LineInput::default(),
            row: 0,
        }
    }

    /// The rows, best first: entities whose names contain the query (those with a name
    /// starting with it first, then those not yet mentioned in the article being marked),
    /// then, when marking, the new entities it could create. With nothing typed, marking
    /// ranks the entities by the text selected: those with a name equal to it (or to it
    /// without Arabic proclitics, see `clitics`), then those with a name containing it,
    /// then the new entities, then every other entity; so the first row, highlighted when
    /// the picker opens, is never an unrelated entity.
    pub fn choices(&self, b: &Briefing) -> Vec<Choice> {
        let typed = self.query.text().trim();
        let query = fold_query(typed);
        let (article, exclude) = match &self.purpose {
            PickFor::Mark(span) => (Some(span.article), None),
            PickFor::Relink(key) => (None, Some(key.entity)),
            PickFor::Link(e) => (None, Some(*e)),
        };
        let selected = match (&self.purpose, typed) {
            (PickFor::Mark(span), "") => selected_forms(span_text(b, span)),
            _ => Vec::new(),
        };
        let mut scored: Vec<(Related, bool, bool, EntityIx)> = EntityIx::all(b)
            .zip(&b.entities)
            .filter(|(i, _)| Some(*i) != exclude)
            .filter_map(|(i, e)| {
                let names: Vec<String> = std::iter::once(&e.name)
                    .chain(e.names.values())
                    .map(|n| fold_query(n))
                    .collect();
                let found = names.iter().any(|n| n.contains(&query));
                let prefix = names.iter().any(|n| n.starts_with(&query));
                let here =
                    article.is_some_and(|a| e.mentions.iter().any(|&m| b.mentions[m].article == a));
                found.then_some((related(&names, &selected), !prefix, here, i))
            })
            .collect();
        scored.sort();
        let new = matches!(self.purpose, PickFor::Mark(_))
            .then_some(EntityKind::ALL.map(Choice::New))
            .into_iter()
            .flatten();
        // Typed, every entity found comes before the new ones.
        let (related, others): (Vec<_>, Vec<_>) = scored
            .into_iter()
            .partition(|(r, ..)| selected.is_empty() || *r != Related::Not);
        let entity = |(_, _, _, i): (Related, bool, bool, EntityIx)| Choice::Entity(i);
        related
            .into_iter()
            .map(entity)
            .chain(new)
            .chain(others.into_iter().map(entity))
            .collect()
    }
}

/// How an entity's names relate to the text selected, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Related {
    Equal,
    Contains,
    /// No name related (or nothing selected to compare with).
    Not,
}

/// The text selected as the picker compares it with names: folded, and its narrowings
/// without Arabic proclitics or a pronoun (للجماعات: جماعات), folded too.
fn selected_forms(text: &str) -> Vec<String> {
    let text = text.trim();
    super::clitics::narrowings(text)
        .into_iter()
        .map(|r| fold_query(&text[r]))
        .filter(|f| !f.is_empty())
        .collect()
}

fn related(names: &[String], selected: &[String]) -> Related {
    let any = |f: &dyn Fn(&String, &String) -> bool| {
        names.iter().any(|n| selected.iter().any(|s| f(n, s)))
    };
    if any(&|n, s| n == s) {
        Related::Equal
    } else if any(&|n, s| n.contains(s.as_str())) {
        Related::Contains
    } else {
        Related::Not
    }
}

impl Reader {
    /// `m`: the entity picker for the selection, or for the word at the caret.
    pub(super) fn start_mark(&mut self) {
        if !self.can_edit() {
            return;
        }
        match self.selection().or_else(|| self.word_at_caret()) {
            Some(span) => self.open_picker(PickFor::Mark(span)),
            None => {
                let key = self.keys.select.key(SelectAction::Anchor);
                self.say(&["nothing selected: ", &key, " starts a selection"])
            }
        }
    }

    /// `r`: the picker for moving the mention the focused pane has (see `target`) to
    /// another entity.
    pub(super) fn start_relink(&mut self) {
        if !self.can_edit() {
            return;
        }
        match self.target_mention() {
            Ok(m) => self.open_picker(PickFor::Relink(MentionKey::of(&self.briefing, m))),
            Err(why) => self.say(&[&why]),
        }
    }

    /// `L`: the picker for linking the entity the focused pane has to another.
    pub(super) fn start_link(&mut self) {
        if !self.can_edit() {
            return;
        }
        match self.target_entity() {
            Ok(e) => self.open_picker(PickFor::Link(e)),
            Err(why) => self.say(&[&why]),
        }
    }

    pub(super) fn open_picker(&mut self, purpose: PickFor) {
        self.mode = Mode::Pick(Picker::new(purpose));
    }

    /// The text a span covers.
    pub(super) fn span_text(&self, span: &TextSpan) -> &str {
        span_text(&self.briefing, span)
    }

    /// Enter in the picker: carries out the highlighted choice.
    pub(super) fn pick(&mut self) {
        let Mode::Pick(picker) = &self.mode else {
            return;
        };
        let picker = picker.clone();
        let Some(&choice) = picker.choices(&self.briefing).get(picker.row) else {
            let key = self.keys.pick.key(PickAction::Cancel);
            self.say(&["nothing matches: type less, or ", &key]);
            return;
        };
        self.close_mode();
        let name = new_name(&self.briefing, &picker);
        match (picker.purpose, choice) {
            (PickFor::Mark(span), Choice::Entity(e)) => self.mark_as(span, e),
            (PickFor::Mark(span), Choice::New(kind)) => self.create_and_mark(span, kind, name),
            (PickFor::Relink(key), Choice::Entity(to)) => {
                let name = to.of(&self.briefing).name.clone();
                let edit = Edit::MoveMention {
                    from: key.entity,
                    to,
                    article: key.article,
                    part: key.part,
                    bytes: key.bytes.clone(),
                };
                let moved = MentionKey { entity: to, ..key };
                if self.perform(vec![edit], &format!("moved to {name}")) {
                    self.cursor = moved.find(&self.briefing);
                    self.selected = Some(to);
                }
            }
            (PickFor::Link(from), Choice::Entity(to)) => {
                let b = &self.briefing;
                let done = format!("linked {} to {}", from.of(b).name, to.of(b).name);
                self.perform(vec![Edit::Link { from, to }], &done);
            }
            (_, Choice::New(_)) => {}
        }
    }

    /// Marks `span` as a mention of entity `e`; a casualty figure's mention asks for its
    /// figure first.
    fn mark_as(&mut self, span: TextSpan, e: EntityIx) {
        if e.of(&self.briefing).kind == EntityKind::Casualty {
            let start = self.figure_in(&span).or(e.of(&self.briefing).figure);
            self.open_figure_form(FormFor::MentionFigure { span, entity: e }, start);
            return;
        }
        self.add_mention(span, e, None);
    }

    /// Adds the mention, as one edit, and puts the cursor on it.
    pub(super) fn add_mention(
        &mut self,
        span: TextSpan,
        e: EntityIx,
        figure: Option<crate::briefing::Figure>,
    ) {
        let entity = e.of(&self.briefing);
        let name = entity.name.clone();
        let mut edits = vec![Edit::AddMention {
            entity: e,
            article: span.article,
            part: span.part,
            bytes: span.bytes.clone(),
            figure,
        }];
        // The first mention in a language names the entity in it (as `suggest` does), so
        // the picker finds it by that name next time.
        let lang = span.article.of(&self.briefing).lang.clone();
        if !entity.names.contains_key(&lang) && entity.kind != EntityKind::Casualty {
            let said = self.span_text(&span).trim().to_string();
            edits.push(Edit::SetName {
                entity: e,
                lang,
                name: Some(said),
            });
        }
        if self.perform(edits, &format!("marked as {name}")) {
            self.after_mark(span, e);
        }
    }

    /// Creates an entity of `kind` named `name` and marks `span` as its first mention (a
    /// casualty figure asks for its figure first).
    fn create_and_mark(&mut self, span: TextSpan, kind: EntityKind, name: String) {
        if name.is_empty() {
            self.say(&["a new entity needs a name: type it in the picker"]);
            return;
        }
        if let Err(why) = super::forms::clean_name(&name) {
            self.say(&[&why]);
            return;
        }
        if kind == EntityKind::Casualty {
            let start = self.figure_in(&span);
            self.open_figure_form(FormFor::NewCasualty { span, name }, start);
            return;
        }
        self.create_with_mention(span, kind, name, None);
    }

    /// One undoable step: the new entity (named in the span's language) and its mention.
    pub(super) fn create_with_mention(
        &mut self,
        span: TextSpan,
        kind: EntityKind,
        name: String,
        figure: Option<crate::briefing::Figure>,
    ) {
        let b = &self.briefing;
        let lang = span.article.of(b).lang.clone();
        let entity = EntityIx(b.entities.len());
        let edits = vec![
            Edit::CreateEntity {
                id: new_entity_id(b, &name),
                kind,
                name: name.clone(),
                names: [(lang, self.span_text(&span).trim().to_string())].into(),
                figure,
            },
            Edit::AddMention {
                entity,
                article: span.article,
                part: span.part,
                bytes: span.bytes.clone(),
                figure,
            },
        ];
        let done = format!("new {}: {name}", kind.as_str());
        if self.perform(edits, &done) {
            self.after_mark(span, entity);
        }
    }

    /// After marking: back to reading, with the cursor on the new mention.
    fn after_mark(&mut self, span: TextSpan, e: EntityIx) {
        self.select = None;
        self.mode = Mode::Normal;
        let key = MentionKey {
            entity: e,
            article: span.article,
            part: span.part,
            bytes: span.bytes,
        };
        self.cursor = key.find(&self.briefing);
        self.selected = Some(e);
        if let Some(p) = self.panes.iter().position(|p| p.article == span.article) {
            self.focus = Focus::Pane(super::state::PaneIx(p));
        }
    }

    /// `x`: removes the mention the focused pane has (see `target`).
    pub(super) fn unmark(&mut self) {
        if !self.can_edit() {
            return;
        }
        let m = match self.target_mention() {
            Ok(m) => m,
            Err(why) => return self.say(&[&why]),
        };
        let key = MentionKey::of(&self.briefing, m);
        let text = self.briefing.mention_text(m.of(&self.briefing)).to_string();
        let name = self.briefing.entities[key.entity].name.clone();
        let edit = Edit::RemoveMention {
            entity: key.entity,
            article: key.article,
            part: key.part,
            bytes: key.bytes,
        };
        self.perform(
            vec![edit],
            &format!("“{text}” is no longer marked as {name}"),
        );
    }
}

/// A picker row as pieces: "[place] Bamako · ar: باماكو".
pub fn choice_pieces(b: &Briefing, choice: Choice, picker: &Picker) -> Pieces {
    match choice {
        Choice::Entity(e) => {
            let entity = e.of(b);
            let mut row = vec![format!("[{}] ", entity.kind.as_str()), entity.name.clone()];
            for (lang, name) in entity.names.iter().filter(|(_, n)| **n != entity.name) {
                row.extend([format!(" · {lang}: "), name.clone()]);
            }
            row
        }
        Choice::New(kind) => vec![format!("+ new {}: ", kind.as_str()), new_name(b, picker)],
    }
}

/// The name a new entity made in the picker gets: what was typed, else the text marked.
fn new_name(b: &Briefing, picker: &Picker) -> String {
    match (&picker.purpose, picker.query.text().trim()) {
        (PickFor::Mark(span), "") => span_text(b, span).trim().to_string(),
        (_, typed) => typed.to_string(),
    }
}

/// What `key` (the picker's Enter) will do with the highlighted row, for the picker's
/// footer: "Enter: mark as Mali (place)", "Enter: new actor “مستشفى”", "Enter: move to …".
pub fn enter_does(b: &Briefing, picker: &Picker, key: &str) -> Pieces {
    let Some(&choice) = picker.choices(b).get(picker.row) else {
        return vec![format!("{key}: nothing matches")];
    };
    let (doing, kind, name) = match (&picker.purpose, choice) {
        (_, Choice::New(kind)) => ("new", kind, new_name(b, picker)),
        (purpose, Choice::Entity(e)) => {
            let doing = match purpose {
                PickFor::Mark(_) => "mark as",
                PickFor::Relink(_) => "move to",
                PickFor::Link(_) => "link to",
            };
            (doing, e.of(b).kind, e.of(b).name.clone())
        }
    };
    let figure = match (&picker.purpose, kind) {
        (PickFor::Mark(_), EntityKind::Casualty) => ", then its figure",
        _ => "",
    };
    match choice {
        Choice::New(_) => vec![
            format!("{key}: {doing} {} “", kind.as_str()),
            name,
            format!("”{figure}"),
        ],
        Choice::Entity(_) => vec![
            format!("{key}: {doing} "),
            name,
            format!(" ({}){figure}", kind.as_str()),
        ],
    }
}

fn span_text<'a>(b: &'a Briefing, span: &TextSpan) -> &'a str {
    span.article
        .of(b)
        .part(span.part)
        .get(span.bytes.clone())
        .unwrap_or("")
}
