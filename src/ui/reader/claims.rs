//! Annotating who said what (format 3's claims) from the reader.
//!
//! `m` on a figure's mention (the one the focused pane has, see `target`) opens a list of
//! the actors mentioned in the same sentence ([`Mode::Speakers`]); Enter adds the
//! highlighted one to the figure's `said_by`, or takes it away when it is there already
//! (marked ✓). `c` steps the claim on: reported → denied → disputed → reported (back to
//! reported, the deniers go); a claim made denied opens the same list for `denied_by`. Each
//! change is one `Edit::SetMentionAttribution`, undoable. The sentence is found in the
//! mention's paragraph (or headline) by [`sentence_around`]; its actors by
//! [`actors_in_sentence`].

use std::ops::Range;

use crate::annotate::Edit;
use crate::briefing::{Attribution, Briefing, Claim, EntityIx, EntityKind, Part};
use crate::view::entity::Pieces;

use super::edits::MentionKey;
use super::keys::{Action, PickAction, SelectAction};
use super::state::{Mode, Reader};

/// Which list of actors the choice goes into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    SaidBy,
    DeniedBy,
}

impl Role {
    fn words(self) -> &'static str {
        match self {
            Role::SaidBy => "said by",
            Role::DeniedBy => "denied by",
        }
    }
}

/// The list of a sentence's actors `m` and `c` open: for which mention, which role, the
/// actors and the highlighted row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speakers {
    pub mention: MentionKey,
    pub role: Role,
    pub actors: Vec<EntityIx>,
    pub row: usize,
}

impl Speakers {
    /// The actors already in the role, for the list's ✓.
    pub fn chosen(&self, b: &Briefing) -> Vec<EntityIx> {
        let attribution = current(b, &self.mention);
        match self.role {
            Role::SaidBy => attribution.said_by,
            Role::DeniedBy => attribution.denied_by,
        }
    }

    /// The list's title: "said by … (actors of this sentence)".
    pub fn title(&self) -> String {
        format!("{} … (actors of this sentence)", self.role.words())
    }

    /// The rows as pieces: "› ✓ Samir Haddad".
    pub fn rows(&self, b: &Briefing) -> Vec<Pieces> {
        let chosen = self.chosen(b);
        self.actors
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let cursor = if i == self.row { "› " } else { "  " };
                let tick = if chosen.contains(e) { "✓ " } else { "  " };
                vec![format!("{cursor}{tick}"), b.entities[*e].name.clone()]
            })
            .collect()
    }
}

/// The attribution of the mention `key` finds (the default when it has none or is gone).
fn current(b: &Briefing, key: &MentionKey) -> Attribution {
    key.find(b)
        .and_then(|m| m.of(b).attribution.as_deref().cloned())
        .unwrap_or_default()
}

/// Whether `c` ends a sentence at byte `i` of `text`: a full stop, question or exclamation
/// mark (Arabic's too) followed by a space or the end.
fn ends_sentence(text: &str, i: usize, c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟')
        && text[i + c.len_utf8()..]
            .chars()
            .next()
            .is_none_or(char::is_whitespace)
}

/// The sentence of `text` around the bytes `at`, inside the bytes `within` (its paragraph):
/// from just after the last sentence end before `at` to just after the first at or after
/// its end.
pub fn sentence_around(text: &str, within: Range<usize>, at: Range<usize>) -> Range<usize> {
    let before = &text[within.start..at.start];
    let start = before
        .char_indices()
        .rev()
        .find(|&(i, c)| ends_sentence(text, within.start + i, c))
        .map_or(within.start, |(i, c)| within.start + i + c.len_utf8());
    let after = &text[at.end..within.end];
    let end = after
        .char_indices()
        .find(|&(i, c)| ends_sentence(text, at.end + i, c))
        .map_or(within.end, |(i, c)| at.end + i + c.len_utf8());
    start..end
}

/// The actors mentioned in the sentence of the mention `key`, in text order, each once.
pub fn actors_in_sentence(b: &Briefing, key: &MentionKey) -> Vec<EntityIx> {
    let article = &b.articles[key.article];
    let text = article.part(key.part);
    let within = match key.part {
        Part::Headline => 0..text.len(),
        Part::Text => article
            .paragraphs
            .iter()
            .find(|p| p.start <= key.bytes.start && key.bytes.end <= p.end)
            .cloned()
            .unwrap_or(0..text.len()),
    };
    let sentence = sentence_around(text, within, key.bytes.clone());
    let mut actors = Vec::new();
    for m in b.mentions_in_part(key.article, key.part) {
        let inside = sentence.start <= m.bytes.start && m.bytes.end <= sentence.end;
        if inside && b.entities[m.entity].kind == EntityKind::Actor && !actors.contains(&m.entity) {
            actors.push(m.entity);
        }
    }
    actors
}

impl Reader {
    /// The figure's mention `m` and `c` act on, or says why there is none.
    fn figure_mention(&mut self) -> Option<MentionKey> {
        if !self.can_edit() {
            return None;
        }
        let m = match self.target_mention() {
            Ok(m) => m,
            Err(why) => {
                self.say(&[&why]);
                return None;
            }
        };
        if m.of(&self.briefing).figure.is_none() {
            let key = self.keys.normal.key(Action::EditFigure);
            self.say(&[
                "only a casualty figure's mention has a speaker or a claim: ",
                &key,
                " gives it a figure",
            ]);
            return None;
        }
        Some(MentionKey::of(&self.briefing, m))
    }

    /// `m`: the actors of the figure's sentence, to say who states it.
    pub(super) fn start_said_by(&mut self) {
        if let Some(key) = self.figure_mention() {
            self.open_speakers(key, Role::SaidBy);
        }
    }

    /// Opens the list of the sentence's actors for `role`; says so when there are none.
    fn open_speakers(&mut self, mention: MentionKey, role: Role) {
        let actors = actors_in_sentence(&self.briefing, &mention);
        if actors.is_empty() {
            let (select, mark) = (
                self.keys.normal.key(Action::Select),
                self.keys.select.key(SelectAction::Mark),
            );
            self.say(&[
                "no actor is marked in this sentence to be ",
                role.words(),
                ": mark one first (",
                &select,
                ", then ",
                &mark,
                ")",
            ]);
            return;
        }
        self.mode = Mode::Speakers(Speakers {
            mention,
            role,
            actors,
            row: 0,
        });
    }

    /// `c`: the figure's claim, one step on (reported → denied → disputed → reported); a
    /// denied claim then asks who denied it.
    pub(super) fn cycle_claim(&mut self) {
        let Some(key) = self.figure_mention() else {
            return;
        };
        let mut attribution = current(&self.briefing, &key);
        attribution.claim = match attribution.claim {
            Claim::Reported => Claim::Denied,
            Claim::Denied => Claim::Disputed,
            Claim::Disputed => Claim::Reported,
        };
        if attribution.claim == Claim::Reported {
            attribution.denied_by.clear();
        }
        let claim = attribution.claim;
        let done = format!("claim: {}", claim.as_str());
        if self.set_attribution(&key, attribution, &done) && claim == Claim::Denied {
            self.open_speakers(key, Role::DeniedBy);
        }
    }

    /// One undoable edit: the mention's attribution becomes `attribution`.
    fn set_attribution(&mut self, key: &MentionKey, attribution: Attribution, done: &str) -> bool {
        let edit = Edit::SetMentionAttribution {
            entity: key.entity,
            article: key.article,
            part: key.part,
            bytes: key.bytes.clone(),
            attribution: attribution.boxed(),
        };
        self.perform(vec![edit], done)
    }

    /// A key in the list of a sentence's actors: moves, chooses (adds or takes away the
    /// actor), or closes it.
    pub(super) fn speakers_key(&mut self, action: Option<PickAction>) {
        let Mode::Speakers(speakers) = &mut self.mode else {
            return;
        };
        let n = speakers.actors.len().max(1);
        match action {
            Some(PickAction::Next) => speakers.row = (speakers.row + 1) % n,
            Some(PickAction::Prev) => speakers.row = (speakers.row + n - 1) % n,
            Some(PickAction::Choose) => {
                let speakers = speakers.clone();
                self.close_mode();
                self.toggle_speaker(&speakers);
            }
            Some(PickAction::Cancel) => self.close_mode(),
            Some(PickAction::DeleteBack) | None => {}
        }
    }

    /// Adds the highlighted actor to the role, or takes it away when it is there.
    fn toggle_speaker(&mut self, speakers: &Speakers) {
        let Some(&actor) = speakers.actors.get(speakers.row) else {
            return;
        };
        let mut attribution = current(&self.briefing, &speakers.mention);
        let list = match speakers.role {
            Role::SaidBy => &mut attribution.said_by,
            Role::DeniedBy => &mut attribution.denied_by,
        };
        let name = self.briefing.entities[actor].name.clone();
        let done = match list.iter().position(|&e| e == actor) {
            Some(i) => {
                list.remove(i);
                format!("no longer {} {name}", speakers.role.words())
            }
            None => {
                list.push(actor);
                format!("{} {name}", speakers.role.words())
            }
        };
        self.set_attribution(&speakers.mention, attribution, &done);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::load_str;

    const CLAIMS: &str = include_str!("../../../tests/fixtures/claims/claims.yaml");

    fn key_of(b: &Briefing, id: &str) -> MentionKey {
        let e = b.entity_index(id).unwrap();
        let m = b.entities[e].mentions[0];
        MentionKey::of(b, crate::briefing::AnyMention::Text(m))
    }

    fn names(b: &Briefing, actors: &[EntityIx]) -> Vec<String> {
        actors.iter().map(|&e| b.entities[e].name.clone()).collect()
    }

    #[test]
    fn sentences_end_at_stops_followed_by_a_space() {
        let text = "One 3.5 two. Three U and four! Five";
        let at = text.find("four").unwrap();
        let s = sentence_around(text, 0..text.len(), at..at + 4);
        assert_eq!(&text[s], " Three U and four!");
        let at = text.find("two").unwrap();
        assert_eq!(
            &text[sentence_around(text, 0..text.len(), at..at + 3)],
            "One 3.5 two."
        );
        let at = text.find("Five").unwrap();
        assert_eq!(
            &text[sentence_around(text, 4..text.len(), at..at + 4)],
            " Five"
        );
        let ar = "قال الوزير. ارتفعت الحصيلة؟ نعم";
        let at = ar.find("الحصيلة").unwrap();
        let s = sentence_around(ar, 0..ar.len(), at..at + "الحصيلة".len());
        assert_eq!(&ar[s], " ارتفعت الحصيلة؟");
    }

    #[test]
    fn the_actors_offered_are_the_sentences_own() {
        let b = load_str("claims.yaml", CLAIMS).unwrap().briefing;
        // "Samir Haddad, the hospital's director, said at least 14 people had died…"
        let actors = actors_in_sentence(&b, &key_of(&b, "killed"));
        assert_eq!(names(&b, &actors), ["Samir Haddad"]);
        // "Military sources denied reports that the colonel had been killed." (the army's
        // other mention, in the next sentence, is not offered twice).
        let actors = actors_in_sentence(&b, &key_of(&b, "colonel"));
        assert_eq!(names(&b, &actors), ["The army"]);
        // "A car bomb in 2015 killed 20 people in the same market.": no actor.
        assert!(actors_in_sentence(&b, &key_of(&b, "car-bomb-2015")).is_empty());
    }
}
