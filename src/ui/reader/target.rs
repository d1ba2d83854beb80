//! What an edit key acts on: what the focused pane has selected, never what another pane
//! has. With an article focused, the mention under the cursor when it is in that article
//! (and, for an edit of an entity, that mention's entity); with the entity list focused,
//! its highlighted entity (and, for an edit of a mention, that entity's mention under the
//! cursor, or its only mention; with several and none chosen, the edit is refused and says
//! how to choose). Prompts and messages name the target through [`Reader::mention_label`].

use crate::briefing::Part;
use crate::briefing::{AnyMention, EntityIx, HeadlineIx};
use crate::view::entity::Pieces;

use super::keys::Action;
use super::state::{Focus, Reader};

impl Reader {
    /// The entity an edit of an entity (rename, a name, a link, the accepted figure) acts
    /// on, or what to say when there is none.
    pub(super) fn target_entity(&self) -> Result<EntityIx, String> {
        match self.focus {
            Focus::Entities => self
                .entity_rows
                .get(self.entity_row)
                .map(|r| r.entity)
                .ok_or_else(|| "the entity list is empty".to_string()),
            Focus::Pane(_) => self
                .cursor_here()
                .map(|m| m.of(&self.briefing).entity)
                .ok_or_else(|| self.no_mention_here()),
        }
    }

    /// The mention an edit of a mention (unmark, relink, its figure) acts on, or what to
    /// say when there is none.
    pub(super) fn target_mention(&self) -> Result<AnyMention, String> {
        if self.focus != Focus::Entities {
            return self.cursor_here().ok_or_else(|| self.no_mention_here());
        }
        let e = self.target_entity()?;
        if let Some(m) = self.cursor.filter(|m| m.of(&self.briefing).entity == e) {
            return Ok(m);
        }
        let all = self.mentions_of(e);
        let name = &e.of(&self.briefing).name;
        match all.as_slice() {
            [only] => Ok(*only),
            [] => Err(format!("{name} has no mentions")),
            several => Err(format!(
                "{name} has {} mentions: {} goes to one, then edit it there",
                several.len(),
                self.keys.normal.key(Action::Jump)
            )),
        }
    }

    /// The mention under the cursor, if it is in the focused pane's article.
    fn cursor_here(&self) -> Option<AnyMention> {
        let article = self.focused_article();
        self.cursor
            .filter(|m| m.of(&self.briefing).article == article)
    }

    /// Why there is nothing to edit in the focused article, and how to get something.
    fn no_mention_here(&self) -> String {
        let keys = &self.keys.normal;
        format!(
            "no mention under the cursor in this article: {} steps to one ({} to the entity list edits an entity)",
            keys.key(Action::NextMention),
            keys.key(Action::FocusNext)
        )
    }

    /// Every mention of entity `e`: in the headlines, then in the texts.
    fn mentions_of(&self, e: EntityIx) -> Vec<AnyMention> {
        let b = &self.briefing;
        let headlines = (0..b.headline_mentions.len())
            .filter(|&h| b.headline_mentions[h].entity == e)
            .map(|h| AnyMention::Headline(HeadlineIx(h)));
        let texts = e.of(b).mentions.iter().map(|&m| AnyMention::Text(m));
        headlines.chain(texts).collect()
    }

    /// A mention as prompts name it: its entity, then where it is among the entity's
    /// mentions and its text, "killed (ar, mention 2 of 3: “مقتل شخصين”)", as pieces (the
    /// names and the text are the briefing's, each drawn isolated).
    pub(super) fn mention_label(&self, m: AnyMention) -> Pieces {
        let b = &self.briefing;
        let mention = m.of(b);
        let entity = mention.entity;
        let article = &b.articles[mention.article].id;
        let place = match mention.part {
            Part::Headline => "headline".to_string(),
            Part::Text => {
                let all = &entity.of(b).mentions;
                let at = m
                    .text()
                    .and_then(|t| all.iter().position(|&n| n == t))
                    .unwrap_or(0);
                format!("mention {} of {}", at + 1, all.len())
            }
        };
        vec![
            entity.of(b).name.clone(),
            " (".into(),
            article.clone(),
            format!(", {place}: “"),
            b.mention_text(mention).to_string(),
            "”)".into(),
        ]
    }
}

#[cfg(test)]
mod tests {
    use ratatui::layout::Rect;

    use super::*;
    use crate::briefing::load_str;
    use crate::theme::{BuiltIn, Theme};
    use crate::view::BidiMode;

    const BUNDLED: &str = include_str!("../../../briefings/mali-le-campement-2017-06-18.yaml");

    fn reader() -> Reader {
        let b = load_str("b.yaml", BUNDLED).unwrap().briefing;
        let mut r = Reader::new(b, None, Theme::built_in(BuiltIn::Dark), BidiMode::App);
        r.settle(Rect::new(0, 0, 120, 40));
        r
    }

    fn entity(r: &Reader, id: &str) -> EntityIx {
        r.briefing().entity_index(id).unwrap()
    }

    /// Puts the cursor on the first text mention of `id` in `article` (as `]` would).
    fn cursor_on(r: &mut Reader, id: &str, article: &str) -> AnyMention {
        let (e, a) = (entity(r, id), r.briefing().article_index(article).unwrap());
        let m = e
            .of(r.briefing())
            .mentions
            .iter()
            .copied()
            .find(|&m| r.briefing().mentions[m].article == a)
            .unwrap();
        let m = AnyMention::Text(m);
        r.go_to_mention(m);
        m
    }

    /// Focuses the entity list with entity `id` highlighted (as `Tab` and `j` would).
    fn list_on(r: &mut Reader, id: &str) {
        let e = entity(r, id);
        r.focus = Focus::Entities;
        r.entity_row = r
            .entity_rows
            .iter()
            .position(|row| row.entity == e)
            .unwrap();
        r.selected = Some(e);
    }

    #[test]
    fn an_article_acts_on_the_mention_under_its_cursor() {
        let mut r = reader();
        let m = cursor_on(&mut r, "campement-killed", "ar");
        assert_eq!(r.target_mention(), Ok(m));
        assert_eq!(r.target_entity(), Ok(entity(&r, "campement-killed")));
        // The entity list moved on, the article still has its cursor: the article's wins
        // while it is focused.
        r.selected = Some(entity(&r, "campement-hostages-freed"));
        assert_eq!(r.target_mention(), Ok(m));
    }

    #[test]
    fn an_article_without_the_cursor_acts_on_nothing() {
        let mut r = reader();
        cursor_on(&mut r, "campement-killed", "ar");
        // The other pane: the cursor is not in its article.
        let other = (0..r.panes.len())
            .find(|&p| r.panes[p].article != r.briefing().article_index("ar").unwrap())
            .unwrap();
        r.focus = Focus::Pane(super::super::PaneIx(other));
        let refused = r.target_mention().unwrap_err();
        assert!(refused.contains("] steps to one"), "{refused}");
        assert!(r.target_entity().is_err());
    }

    #[test]
    fn the_entity_list_acts_on_its_highlighted_entity() {
        let mut r = reader();
        cursor_on(&mut r, "campement-killed", "ar");
        list_on(&mut r, "campement-killed-french-gabonese");
        let e = entity(&r, "campement-killed-french-gabonese");
        assert_eq!(r.target_entity(), Ok(e));
        // Its only mention, not the killed one under the cursor.
        let m = r.target_mention().unwrap();
        assert_eq!(m.of(r.briefing()).entity, e);
    }

    #[test]
    fn the_entity_list_refuses_a_mention_edit_when_several_and_none_chosen() {
        let mut r = reader();
        cursor_on(&mut r, "campement-killed", "ar");
        list_on(&mut r, "campement-hostages-freed");
        let refused = r.target_mention().unwrap_err();
        assert!(refused.contains("has 2 mentions"), "{refused}");
        assert!(refused.contains("Enter goes to one"), "{refused}");
        // Its mention under the cursor is the one chosen.
        let m = cursor_on(&mut r, "campement-hostages-freed", "ar");
        list_on(&mut r, "campement-hostages-freed");
        assert_eq!(r.target_mention(), Ok(m));
    }

    #[test]
    fn a_mention_is_named_by_entity_article_place_and_text() {
        let mut r = reader();
        let m = cursor_on(&mut r, "campement-killed", "ar");
        let label = r.mention_label(m).concat();
        assert_eq!(
            label,
            "People killed in the Le Campement attack (ar, mention 2 of 3: “مقتل شخصين”)"
        );
    }
}
