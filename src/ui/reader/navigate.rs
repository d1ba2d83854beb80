//! Moving around the reader: scrolling (synchronized or not), focus, going to a mention in a
//! text or a headline (which picks the pane to show it in), stepping through mentions,
//! jumping to the same entity in another article, following links, switching a pane's
//! article, moving in the entity list. Panes never show the same article twice.

use crate::briefing::{AnyMention, ArticleIx, EntityIx, HeadlineIx, MentionIx};
use crate::view::article::Anchor;

use super::keys::Action;
use super::state::{Focus, Pane, PaneIx, Reader, article_label};

impl Reader {
    /// Width and height of a pane's text area (a guess before the first layout).
    pub(super) fn pane_size(&self, pane: PaneIx) -> (usize, usize) {
        let (w, h) = self
            .layout
            .pane_area(pane)
            .map_or((40, 10), |a| (a.width, a.height));
        (usize::from(w), usize::from(h))
    }

    /// Scrolls a pane by `delta` lines (clamped), and the others with it when synchronized:
    /// they show the same fraction of their text.
    pub fn scroll(&mut self, pane: PaneIx, delta: isize) {
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
        for other in (0..self.panes.len()).map(PaneIx).filter(|&o| o != pane) {
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

    /// The focused pane (the first when the entity list has focus).
    pub(super) fn focused_pane(&self) -> PaneIx {
        match self.focus {
            Focus::Pane(p) => p,
            Focus::Entities => PaneIx(0),
        }
    }

    /// Focus order: the visible panes, then the entity list.
    fn focus_cycle(&self) -> Vec<Focus> {
        let mut cycle: Vec<Focus> = if self.layout.single_pane() {
            vec![Focus::Pane(self.focused_pane())]
        } else {
            (0..self.panes.len())
                .map(|p| Focus::Pane(PaneIx(p)))
                .collect()
        };
        cycle.push(Focus::Entities);
        cycle
    }

    pub(super) fn move_focus(&mut self, step: isize) {
        let cycle = self.focus_cycle();
        let at = cycle.iter().position(|f| *f == self.focus).unwrap_or(0) as isize;
        let n = cycle.len() as isize;
        self.focus = cycle[(at + step).rem_euclid(n) as usize];
    }

    /// The pane beside `pane`, if there are two.
    fn other_pane(&self, pane: PaneIx) -> Option<PaneIx> {
        (0..self.panes.len()).map(PaneIx).find(|&p| p != pane)
    }

    /// Shows `article` in a pane, focuses it and returns it. A pane already showing the
    /// article is used; otherwise the pane beside the focused one shows it, from its top, so
    /// what was being read stays in view.
    pub(super) fn show(&mut self, article: ArticleIx) -> PaneIx {
        let pane = match self.panes.iter().position(|p| p.article == article) {
            Some(p) => PaneIx(p),
            None => {
                let focused = self.focused_pane();
                let p = self.other_pane(focused).unwrap_or(focused);
                self.panes[p] = Pane {
                    article,
                    top: Anchor::default(),
                };
                p
            }
        };
        self.focus = Focus::Pane(pane);
        pane
    }

    /// Shows `article` and scrolls so byte `at` of its text is in view; focuses and returns
    /// the pane (see [`Reader::show`]).
    pub(super) fn reveal(&mut self, article: ArticleIx, at: usize) -> PaneIx {
        let pane = self.show(article);
        let (w, h) = self.pane_size(pane);
        let view = &self.views[article];
        let target = view.anchor_of(at, w);
        self.panes[pane].top = view.reveal(self.panes[pane].top, target, w, h);
        pane
    }

    /// Puts the cursor on mention `m`, selects its entity and shows it: a mention in the
    /// text scrolled into view, one in the headline with the pane at its top.
    pub fn go_to_mention(&mut self, m: AnyMention) {
        let mention = m.of(&self.briefing).clone();
        self.cursor = Some(m);
        self.select_entity(mention.entity);
        let article = mention.article;
        match m {
            AnyMention::Text(_) => {
                self.reveal(article, mention.bytes.start);
            }
            AnyMention::Headline(_) => {
                let pane = self.show(article);
                self.panes[pane].top = Anchor::default();
            }
        }
    }

    fn select_entity(&mut self, entity: EntityIx) {
        self.selected = Some(entity);
        if let Some(row) = self.entity_rows.iter().position(|r| r.entity == entity) {
            self.entity_row = row;
        }
    }

    /// Goes to mention `m` and says what it is: which of its entity's mentions for one in
    /// the text ("Bamako: mention 3 of 7"), "Bamako: headline mention" for one in a headline.
    fn go_and_count(&mut self, m: AnyMention) {
        self.go_to_mention(m);
        let entity = m.of(&self.briefing).entity.of(&self.briefing);
        let what = match m {
            AnyMention::Text(m) => {
                let at = entity.mentions.iter().position(|&n| n == m).unwrap_or(0);
                format!(": mention {} of {}", at + 1, entity.mentions.len())
            }
            AnyMention::Headline(_) => ": headline mention".to_string(),
        };
        let name = entity.name.clone();
        self.say(&[&name, &what]);
    }

    /// The mentions of an article in reading order: its headline's (the headline is at the
    /// top), then its text's; each in logical order (for right-to-left text that is right
    /// to left, then down).
    fn mentions_in_order(&self, article: ArticleIx) -> Vec<AnyMention> {
        let headline = self
            .briefing
            .headline_mentions
            .partition_point(|m| m.article < article);
        let headline_count = self.briefing.headline_mentions_in(article).len();
        (headline..headline + headline_count)
            .map(|h| AnyMention::Headline(HeadlineIx(h)))
            .chain(
                self.briefing
                    .mention_range(article)
                    .map(|m| AnyMention::Text(MentionIx(m))),
            )
            .collect()
    }

    /// `]` / `[`: the next or previous mention of the focused article in reading order (see
    /// [`Reader::mentions_in_order`]), wrapping around at the ends. Without a cursor in the
    /// article: the first mention from the top of the view.
    pub(super) fn step_mention(&mut self, forward: bool) {
        let pane = self.focused_pane();
        let article = self.panes[pane].article;
        let order = self.mentions_in_order(article);
        if order.is_empty() {
            self.say(&["no mentions in this article"]);
            return;
        }
        let n = order.len();
        let current = self.cursor.and_then(|c| order.iter().position(|&m| m == c));
        let next = match current {
            Some(at) if forward => (at + 1) % n,
            Some(at) => (at + n - 1) % n,
            None => {
                let top = self.panes[pane].top;
                if top == Anchor::default() {
                    // The headline is in view: its mentions come first.
                    0
                } else {
                    let (w, _) = self.pane_size(pane);
                    let byte = self.views[article].byte_at(top, w);
                    order
                        .iter()
                        .position(|m| {
                            m.text()
                                .is_some_and(|t| t.of(&self.briefing).bytes.start >= byte)
                        })
                        .unwrap_or(0)
                }
            }
        };
        self.go_and_count(order[next]);
    }

    /// Enter: from a mention (in a text or a headline), to the same entity in an article the
    /// focused pane does not show; pressed again, through every mention of the entity in
    /// the texts. In the entity list: to the entity's first mention.
    pub(super) fn jump(&mut self) {
        if self.focus == Focus::Entities {
            let Some(entity) = self.entity_rows.get(self.entity_row).map(|r| r.entity) else {
                return;
            };
            self.select_entity(entity);
            match entity.of(&self.briefing).mentions.first() {
                Some(&m) => self.go_and_count(AnyMention::Text(m)),
                None => self.say(&["this entity has no mentions"]),
            }
            return;
        }
        let Some(current) = self.cursor else {
            let key = self.keys.normal.key(Action::NextMention);
            self.say(&["no mention under the cursor: press ", &key, " to go to one"]);
            return;
        };
        let mention = current.of(&self.briefing);
        let all = &self.briefing.entities[mention.entity].mentions;
        let shown_here = self.panes[self.focused_pane()].article;
        let next = match current {
            AnyMention::Text(current) if self.last == Some(Action::Jump) => {
                let at = all.iter().position(|&m| m == current).unwrap_or(0);
                Some(all[(at + 1) % all.len()])
            }
            _ => all
                .iter()
                .copied()
                .find(|&m| self.briefing.mentions[m].article != shown_here),
        };
        match next {
            Some(m) => self.go_and_count(AnyMention::Text(m)),
            None => self.say(&["no mention of this entity in another article"]),
        }
    }

    /// `o`: select the next entity the selected one links to, at its first mention.
    pub(super) fn follow_link(&mut self) {
        let Some(entity) = self
            .selected
            .or_else(|| self.entity_rows.get(self.entity_row).map(|r| r.entity))
        else {
            return;
        };
        let links = entity.of(&self.briefing).links.clone();
        if links.is_empty() {
            let name = entity.of(&self.briefing).name.clone();
            self.say(&[&name, " links to nothing"]);
            return;
        }
        if self.last != Some(Action::FollowLink) {
            self.link_step = 0;
        }
        let target = links[self.link_step % links.len()];
        self.link_step += 1;
        self.select_entity(target);
        if let Some(&m) = target.of(&self.briefing).mentions.first() {
            self.go_to_mention(AnyMention::Text(m));
        }
        let name = target.of(&self.briefing).name.clone();
        self.say(&["→ ", &name]);
    }

    /// `a`: the focused pane shows the next article, skipping the one beside it. On one
    /// pane at a time (narrow screens), the article beside it swaps in.
    pub(super) fn switch_article(&mut self) {
        let pane = self.focused_pane();
        let n = self.briefing.articles.len();
        let beside = self.other_pane(pane).map(|p| self.panes[p].article);
        let current = self.panes[pane].article;
        let next = (1..n)
            .map(|step| ArticleIx((current.0 + step) % n))
            .find(|&a| self.layout.single_pane() || Some(a) != beside);
        let Some(article) = next else {
            self.say(&["no other article to show here"]);
            return;
        };
        if Some(article) == beside
            && let Some(other) = self.other_pane(pane)
        {
            self.panes.swap(pane.0, other.0);
        } else {
            self.panes[pane] = Pane {
                article,
                top: Anchor::default(),
            };
        }
        self.focus = Focus::Pane(pane);
        let mut message = vec!["showing ".to_string()];
        message.extend(article_label(&self.briefing, article));
        self.status = Some(message);
    }

    pub(super) fn move_entity_row(&mut self, delta: isize) {
        let n = self.entity_rows.len();
        if n == 0 {
            return;
        }
        self.entity_row = self.entity_row.saturating_add_signed(delta).min(n - 1);
        self.selected = Some(self.entity_rows[self.entity_row].entity);
    }

    /// Lines a page moves: the focused part's height, less one.
    pub(super) fn page(&self) -> isize {
        let height = match self.focus {
            Focus::Pane(p) => self.layout.pane_area(p).map_or(10, |r| r.height),
            Focus::Entities => self.layout.entities().height,
        };
        isize::try_from(height.max(2)).unwrap_or(2) - 1
    }
}
