//! Metadata and entity edits that need no text editor: `M` walks the briefing's title,
//! date and summary and then the focused article's source, url and publication time
//! (`published`: a date or date-time), one form each (prefilled; Enter takes it and opens
//! the next, Esc stops; a value a line cannot hold is left to the file); `D` deletes the
//! entity an edit key acts on with all its mentions (undoable); `I` gives it a new id (the
//! links to it follow); `K` a new kind (a casualty figure asks for its accepted figure). A
//! casualty entity still named by its placeholder ("Suggested: 21 killed", as `suggest`
//! names new figures) is renamed when the figure it was named after changes (its accepted
//! figure, or a mention's).
//!
//! Each form's value is checked twice: for invisible control characters here (as names
//! are), and by `annotate` as the loader would check the file (a date that is not one, a
//! blank title); a refused value keeps its form open and says why.

use crate::annotate::{Edit, Field};
use crate::briefing::{Entity, EntityIx, EntityKind, Figure};
use crate::suggest::placeholder_name;
use crate::ui::line_input::{LineInput, MAX_INPUT};
use crate::view::entity::Pieces;

use super::forms::{Form, FormFor, clean_name};
use super::keys::Action;
use super::state::{Mode, Reader, article_label};

impl Reader {
    /// The fields `M` walks, in order: the briefing's, then the focused article's.
    fn walk(&self) -> [Field; 6] {
        let a = self.focused_article();
        [
            Field::Title,
            Field::Date,
            Field::Summary,
            Field::Source(a),
            Field::Url(a),
            Field::Published(a),
        ]
    }

    /// `M`: the first field's form.
    pub(super) fn start_meta(&mut self) {
        if self.can_edit() {
            self.open_field(0);
        }
    }

    /// The form of the walk's field `from`, or of the first after it that fits in a form;
    /// past the last, back to reading.
    fn open_field(&mut self, from: usize) {
        for field in self.walk().into_iter().skip(from) {
            let value = field.get(&self.briefing).unwrap_or_default();
            let key = field.key();
            let why = match value.trim().chars().any(char::is_control) {
                true => Some("has line breaks or control characters"),
                false => (value.len() > MAX_INPUT).then_some("is too long for a form"),
            };
            if let Some(why) = why {
                self.say(&[&format!("the {key} {why}: edit it in the file")]);
                continue;
            }
            self.mode = Mode::Form(Form {
                purpose: FormFor::Field(field),
                input: LineInput::from(value.trim()),
            });
            return;
        }
        self.close_mode();
    }

    /// The prompt of a field's form: "title of the briefing (1/6): ", "url of en: Reuters
    /// (5/6, empty: none): ".
    pub(super) fn field_prompt(&self, field: Field) -> Pieces {
        let walk = self.walk();
        let n = walk.iter().position(|&f| f == field).map_or(0, |i| i + 1);
        let mut prompt = vec![format!("{} of ", field.key())];
        match field.article() {
            Some(a) => prompt.extend(article_label(&self.briefing, a)),
            None => prompt.push("the briefing".into()),
        }
        let optional = if field.optional() {
            ", empty: none"
        } else {
            ""
        };
        prompt.push(format!(" ({n}/{}{optional}): ", walk.len()));
        prompt
    }

    /// Enter in a field's form: sets the field (when it changed) and opens the next
    /// field's form; a value refused keeps the form open.
    pub(super) fn submit_field(&mut self, field: Field, typed: &str) -> Result<(), String> {
        // The form shows the value without the white space around it (a folded summary's
        // last line break): taken as it was, the value stays as it is.
        let changed = Some(typed) != field.get(&self.briefing).map(str::trim)
            && !(typed.is_empty() && field.get(&self.briefing).is_none());
        if changed {
            let what = format!("the {}", field.key());
            clean_name(typed).map_err(|why| why.replacen("a name", &what, 1))?;
            let value = (!typed.is_empty()).then(|| typed.to_string());
            let said = match &value {
                Some(v) => format!("{}: {v}", field.key()),
                None => format!("no {}", field.key()),
            };
            let edit = Edit::SetField { field, value };
            if !self.perform(vec![edit], &said) {
                // `perform` said why; the form stays open.
                return Ok(());
            }
        }
        let next = self
            .walk()
            .iter()
            .position(|&f| f == field)
            .map_or(0, |i| i + 1);
        self.open_field(next);
        Ok(())
    }

    /// `D`: deletes the entity an edit acts on, with its mentions and the links to it.
    pub(super) fn delete_entity(&mut self) {
        if !self.can_edit() {
            return;
        }
        let e = match self.target_entity() {
            Ok(e) => e,
            Err(why) => return self.say(&[&why]),
        };
        let b = &self.briefing;
        let marked =
            e.of(b).mentions.len() + b.headline_mentions.iter().filter(|m| m.entity == e).count();
        let said = format!(
            "deleted {} and its {marked} mention{} · {} undoes",
            e.of(b).name,
            if marked == 1 { "" } else { "s" },
            self.keys.normal.key(Action::Undo)
        );
        let row = self.entity_row;
        if self.perform(vec![Edit::RemoveEntity { entity: e }], &said) {
            // The entities after it moved up: nothing stays selected, and the list's
            // highlight stays where it was.
            self.selected = None;
            self.entity_row = row.min(self.entity_rows.len().saturating_sub(1));
        }
    }

    /// `I`: a form for a new id of the entity an edit acts on.
    pub(super) fn start_id_edit(&mut self) {
        self.open_entity_form(FormFor::Id, |e| &e.id);
    }

    /// A form about the entity an edit acts on (`purpose`), filled with `value` of it.
    fn open_entity_form(&mut self, purpose: fn(EntityIx) -> FormFor, value: fn(&Entity) -> &str) {
        if !self.can_edit() {
            return;
        }
        match self.target_entity() {
            Ok(e) => {
                let input = LineInput::from(value(e.of(&self.briefing)));
                self.mode = Mode::Form(Form {
                    purpose: purpose(e),
                    input,
                });
            }
            Err(why) => self.say(&[&why]),
        }
    }

    /// Enter in the id form.
    pub(super) fn submit_id(&mut self, e: EntityIx, typed: &str) {
        let old = e.of(&self.briefing).id.clone();
        if typed == old {
            return self.close_mode();
        }
        let said = format!("id: {old} → {typed} (links follow)");
        let edit = Edit::SetId {
            entity: e,
            id: typed.to_string(),
        };
        if self.perform(vec![edit], &said) {
            self.close_mode();
        }
    }

    /// The edits that set entity `e`'s accepted figure to `figure` (and rename it when it
    /// is named after the figure it had).
    pub(super) fn figure_edits(&self, e: EntityIx, figure: Option<Figure>) -> Vec<Edit> {
        let old = e.of(&self.briefing).figure;
        let rename = self.placeholder_rename(e, old, figure);
        std::iter::once(Edit::SetFigure { entity: e, figure })
            .chain(rename)
            .collect()
    }

    /// The rename of entity `e` when it is still named by the placeholder of figure `old`
    /// ("Suggested: 21 killed") and the figure becomes `new`.
    pub(super) fn placeholder_rename(
        &self,
        e: EntityIx,
        old: Option<Figure>,
        new: Option<Figure>,
    ) -> Option<Edit> {
        let (old, new) = (old?, new?);
        let named = e.of(&self.briefing).name == placeholder_name(&old.describe());
        (named && old != new).then(|| Edit::Rename {
            entity: e,
            name: placeholder_name(&new.describe()),
        })
    }

    /// `K`: a form for the kind of the entity an edit acts on.
    pub(super) fn start_kind_edit(&mut self) {
        self.open_entity_form(FormFor::Kind, |e| e.kind.as_str());
    }

    /// Enter in the kind form: a kind by its name or first letter. A casualty figure asks
    /// for its accepted figure next (prefilled with the first its mentions state).
    pub(super) fn submit_kind(&mut self, e: EntityIx, typed: &str) -> Result<(), String> {
        let typed = typed.to_lowercase();
        let kind = EntityKind::ALL
            .into_iter()
            .find(|k| !typed.is_empty() && k.as_str().starts_with(&typed))
            .ok_or_else(|| format!("“{typed}” is not a kind: actor, place or casualty"))?;
        let b = &self.briefing;
        match kind {
            _ if kind == e.of(b).kind => self.close_mode(),
            EntityKind::Casualty => {
                let stated = e.of(b).mentions.iter().find_map(|&m| b.mentions[m].figure);
                self.open_figure_form(FormFor::KindFigure(e), stated);
            }
            _ => {
                self.close_mode();
                self.set_kind(e, kind, None);
            }
        }
        Ok(())
    }

    /// Makes entity `e` of `kind`, with `figure` as its accepted figure.
    pub(super) fn set_kind(&mut self, e: EntityIx, kind: EntityKind, figure: Option<Figure>) {
        let said = format!(
            "{} is now {}",
            e.of(&self.briefing).name,
            kind.with_article()
        );
        let edit = Edit::SetKind {
            entity: e,
            kind,
            figure,
        };
        self.perform(vec![edit], &said);
    }
}
