//! One-line forms for what marking and editing ask: a casualty figure (prefilled from the
//! figure parser of `suggest`, in the words of `view::figure_spec`), an entity's new name,
//! a name in another language, an entity's id and kind, a field of the briefing or an
//! article (those are started and taken by `meta`). [`Mode::Form`] holds the line being typed; Enter reads it
//! and performs the edit (a mistake keeps the form open and says what is wrong), Esc drops it.

use crate::annotate::{Edit, Field};
use crate::briefing::EntityIx;
use crate::briefing::{EntityKind, Figure};
use crate::suggest::StatedFigure;
use crate::suggest::figures::find_figures;
use crate::ui::line_input::LineInput;
use crate::view::entity::Pieces;
use crate::view::figure_spec;

use super::edits::MentionKey;
use super::select::TextSpan;
use super::state::{Focus, Mode, Reader};

/// What a form is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormFor {
    /// The figure of a new mention of casualty entity `entity`.
    MentionFigure { span: TextSpan, entity: EntityIx },
    /// The figure of a new casualty entity named `name`, whose first mention is `span`.
    NewCasualty { span: TextSpan, name: String },
    /// The figure an existing mention states.
    EditMentionFigure(MentionKey),
    /// An entity's accepted figure.
    EntityFigure(EntityIx),
    /// An entity's name.
    Rename(EntityIx),
    /// An entity's name in language `lang`.
    AddName(EntityIx, String),
    /// A field of the briefing or of an article (`M` walks them: see `meta`).
    Field(Field),
    /// An entity's id.
    Id(EntityIx),
    /// An entity's kind.
    Kind(EntityIx),
    /// The accepted figure of an entity becoming a casualty figure.
    KindFigure(EntityIx),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    pub purpose: FormFor,
    pub input: LineInput,
}

impl FormFor {
    /// Whether the form asks for a figure.
    pub fn asks_figure(&self) -> bool {
        matches!(
            self,
            FormFor::MentionFigure { .. }
                | FormFor::NewCasualty { .. }
                | FormFor::EditMentionFigure(_)
                | FormFor::EntityFigure(_)
                | FormFor::KindFigure(_)
        )
    }
}

impl Reader {
    /// A form's prompt in the status line: what it changes, named (the entity, and the
    /// mention for a mention's figure), as pieces.
    pub(super) fn prompt(&self, purpose: &FormFor) -> Pieces {
        let b = &self.briefing;
        let name = |e: &EntityIx| e.of(b).name.clone();
        match purpose {
            FormFor::MentionFigure { entity, .. } => {
                vec![
                    "figure of ".into(),
                    name(entity),
                    " (type count qualifier): ".into(),
                ]
            }
            FormFor::NewCasualty { name, .. } => {
                vec![
                    "figure of new ".into(),
                    name.clone(),
                    " (type count qualifier): ".into(),
                ]
            }
            FormFor::EditMentionFigure(key) => {
                let mut prompt = vec!["figure of ".into()];
                match key.find(b) {
                    Some(m) => prompt.extend(self.mention_label(m)),
                    None => prompt.push(b.entities[key.entity].name.clone()),
                }
                prompt.push(": ".into());
                prompt
            }
            FormFor::EntityFigure(e) => vec![
                "accepted figure of ".into(),
                name(e),
                " (empty: none): ".into(),
            ],
            FormFor::Rename(e) => vec!["new name of ".into(), name(e), ": ".into()],
            FormFor::AddName(e, lang) => vec![
                "name of ".into(),
                name(e),
                format!(" in {lang} (empty: none): "),
            ],
            FormFor::Field(field) => self.field_prompt(*field),
            FormFor::Id(e) => vec!["new id of ".into(), name(e), " (links follow): ".into()],
            FormFor::Kind(e) => vec![
                "kind of ".into(),
                name(e),
                " (actor, place or casualty): ".into(),
            ],
            FormFor::KindFigure(e) => vec![
                "accepted figure of ".into(),
                name(e),
                " as a casualty figure: ".into(),
            ],
        }
    }

    pub(super) fn open_figure_form(&mut self, purpose: FormFor, start: Option<Figure>) {
        let input = LineInput::from(
            start
                .map(|f| figure_spec::spec(&f))
                .unwrap_or_default()
                .as_str(),
        );
        self.mode = Mode::Form(Form { purpose, input });
    }

    /// The figure `suggest`'s parser reads in a span ("قتيلان" -> killed 2).
    pub(super) fn figure_in(&self, span: &TextSpan) -> Option<Figure> {
        let found = find_figures(self.span_text(span)).into_iter().next()?;
        StatedFigure::from(&found).to_figure()
    }

    /// `R`: rename the selected entity.
    pub(super) fn start_rename(&mut self) {
        if !self.can_edit() {
            return;
        }
        if let Some(e) = self.entity_for_edit() {
            let input = LineInput::from(e.of(&self.briefing).name.as_str());
            self.mode = Mode::Form(Form {
                purpose: FormFor::Rename(e),
                input,
            });
        }
    }

    /// `A`: the selected entity's name in the focused article's language (prefilled with
    /// the mention under the cursor when it is in that article).
    pub(super) fn start_add_name(&mut self) {
        if !self.can_edit() {
            return;
        }
        let Some(e) = self.entity_for_edit() else {
            return;
        };
        let article = self.focused_article();
        let lang = article.of(&self.briefing).lang.clone();
        let here = self
            .cursor
            .map(|m| m.of(&self.briefing))
            .filter(|m| m.article == article && m.entity == e)
            .map(|m| self.briefing.mention_text(m).to_string());
        let input = here
            .or_else(|| e.of(&self.briefing).names.get(&lang).cloned())
            .unwrap_or_default();
        let input = LineInput::from(input.as_str());
        self.mode = Mode::Form(Form {
            purpose: FormFor::AddName(e, lang),
            input,
        });
    }

    /// `f`: in an article, the figure of the mention under the cursor (a casualty
    /// mention); in the entity list, the highlighted casualty entity's accepted figure.
    pub(super) fn start_figure_edit(&mut self) {
        if !self.can_edit() {
            return;
        }
        let b = &self.briefing;
        let (purpose, figure, kind) = match self.focus {
            Focus::Entities => match self.target_entity() {
                Ok(e) => (FormFor::EntityFigure(e), e.of(b).figure, e.of(b).kind),
                Err(why) => return self.say(&[&why]),
            },
            Focus::Pane(_) => match self.target_mention() {
                Ok(m) => {
                    let kind = b.entities[m.of(b).entity].kind;
                    let key = MentionKey::of(b, m);
                    (FormFor::EditMentionFigure(key), m.of(b).figure, kind)
                }
                Err(why) => return self.say(&[&why]),
            },
        };
        match kind {
            EntityKind::Casualty => self.open_figure_form(purpose, figure),
            _ => self.say(&["only casualty figures have figures"]),
        }
    }

    /// The entity an edit applies to (see `target`), or says why there is none.
    fn entity_for_edit(&mut self) -> Option<EntityIx> {
        self.target_entity().map_err(|why| self.say(&[&why])).ok()
    }

    /// Enter in a form: reads it and performs its edit; a mistake keeps the form open.
    pub(super) fn submit_form(&mut self) {
        let Mode::Form(form) = &self.mode else {
            return;
        };
        let form = form.clone();
        let typed = form.input.text().trim().to_string();
        let figure = || figure_spec::parse(&typed);
        let result: Result<(), String> = match form.purpose {
            FormFor::MentionFigure { span, entity } => figure().map(|f| {
                self.close_mode();
                self.add_mention(span, entity, Some(f));
            }),
            FormFor::NewCasualty { span, name } => figure().map(|f| {
                self.close_mode();
                self.create_with_mention(span, EntityKind::Casualty, name, Some(f));
            }),
            FormFor::EditMentionFigure(key) => figure().map(|f| {
                self.close_mode();
                let old = key
                    .find(&self.briefing)
                    .and_then(|m| m.of(&self.briefing).figure);
                let rename = self.placeholder_rename(key.entity, old, Some(f));
                let edit = Edit::SetMentionFigure {
                    entity: key.entity,
                    article: key.article,
                    part: key.part,
                    bytes: key.bytes,
                    figure: Some(f),
                };
                let edits = std::iter::once(edit).chain(rename).collect();
                self.perform(edits, &format!("figure: {}", f.describe()));
            }),
            FormFor::EntityFigure(e) => {
                let f = if typed.is_empty() {
                    Ok(None)
                } else {
                    figure().map(Some)
                };
                f.map(|figure| {
                    self.close_mode();
                    let said = figure.map_or("no accepted figure".into(), |f| {
                        format!("accepted: {}", f.describe())
                    });
                    self.perform(self.figure_edits(e, figure), &said);
                })
            }
            FormFor::Field(field) => self.submit_field(field, &typed),
            FormFor::Id(e) => {
                self.submit_id(e, &typed);
                Ok(())
            }
            FormFor::Kind(e) => self.submit_kind(e, &typed),
            FormFor::KindFigure(e) => figure().map(|f| {
                self.close_mode();
                self.set_kind(e, EntityKind::Casualty, Some(f));
            }),
            FormFor::Rename(_) if typed.is_empty() => Err("a name cannot be empty".into()),
            FormFor::Rename(_) | FormFor::AddName(..) if clean_name(&typed).is_err() => {
                clean_name(&typed)
            }
            FormFor::Rename(e) => {
                self.close_mode();
                let edit = Edit::Rename {
                    entity: e,
                    name: typed.clone(),
                };
                self.perform(vec![edit], &format!("renamed to {typed}"));
                Ok(())
            }
            FormFor::AddName(e, lang) => {
                self.close_mode();
                let said = match typed.is_empty() {
                    true => format!("no name in {lang}"),
                    false => format!("name in {lang}: {typed}"),
                };
                let name = (!typed.is_empty()).then_some(typed);
                self.perform(
                    vec![Edit::SetName {
                        entity: e,
                        lang,
                        name,
                    }],
                    &said,
                );
                Ok(())
            }
        };
        if let Err(why) = result {
            self.say(&[&why]);
        }
    }
}

/// A name typed by hand must not hold what would hide or reorder text: control characters
/// or bidi controls (which `check` warns about as Trojan Source).
pub fn clean_name(name: &str) -> Result<(), String> {
    match name
        .chars()
        .find(|&c| c.is_control() || crate::briefing::is_bidi_control(c))
    {
        Some(c) => Err(format!(
            "a name cannot hold invisible control characters (U+{:04X}): retype it",
            u32::from(c)
        )),
        None => Ok(()),
    }
}

/// The figure types, for the form's hint.
pub const FIGURE_HINT: &str = "e.g. killed 2 at-least · injured dozens · freed 20 about superseded";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::FigureType;

    #[test]
    fn names_with_direction_controls_are_refused() {
        assert!(clean_name("Northern Front").is_ok());
        assert!(clean_name("الجبهة الشمالية").is_ok());
        let refused = clean_name("evil\u{202E}txt").unwrap_err();
        assert!(refused.contains("U+202E"), "{refused}");
        assert!(clean_name("a\u{7}b").is_err());
    }

    #[test]
    fn the_hint_names_real_types() {
        assert!(FIGURE_HINT.contains(FigureType::Killed.as_str()));
        for example in FIGURE_HINT.trim_start_matches("e.g. ").split(" · ") {
            assert!(figure_spec::parse(example).is_ok(), "{example}");
        }
    }
}
