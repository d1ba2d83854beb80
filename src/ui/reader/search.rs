//! Searching every article, headline and text (folded as `crate::search` folds: Arabic
//! diacritics and letter forms), stepping through the matches ("match i of n"), and which
//! matches fall in an article for drawing. The current match is also where `v` starts the
//! caret (the reader's `place`), and select mode's `n`/`N` move the caret from match to
//! match.

use std::ops::Range;

use crate::briefing::{ArticleIx, Part};
use crate::search;
use crate::view::highlight::Highlight;

use super::select::{TextPos, TextSpan};
use super::state::{Mode, Reader, SearchState};

/// Search stops collecting matches here (a one-letter query in a long article).
pub const MAX_MATCHES: usize = 10_000;

impl Reader {
    /// Runs a search over every article and goes to the first match.
    pub fn run_search(&mut self, query: &str) {
        let folded = search::fold_query(query);
        let matches: Vec<TextSpan> = ArticleIx::all(&self.briefing)
            // The headline, then a paragraph at a time: folding keeps a map back to the
            // original bytes (two offsets per byte), which for a whole long article would
            // be large, and the search stops at the cap without folding the rest.
            .flat_map(|article| {
                let a = article.of(&self.briefing);
                let headline = (Part::Headline, 0..a.headline.len());
                let paragraphs = a.paragraphs.iter().map(|p| (Part::Text, p.clone()));
                std::iter::once(headline)
                    .chain(paragraphs)
                    .map(move |(part, range)| (article, part, range))
            })
            .flat_map(|(article, part, range)| {
                let text = &article.of(&self.briefing).part(part)[range.clone()];
                search::fold(text)
                    .find_all(&folded)
                    .into_iter()
                    .map(move |r| TextSpan {
                        article,
                        part,
                        bytes: range.start + r.start..range.start + r.end,
                    })
            })
            .take(MAX_MATCHES)
            .collect();
        if matches.is_empty() {
            self.say(&["no match for “", query, "”"]);
        }
        // The last search's place goes with it.
        self.place = None;
        self.search = Some(SearchState {
            query: query.to_string(),
            matches,
            current: None,
        });
        self.step_search(true);
    }

    /// `n`/`N`: the next (previous) match becomes the current one, is shown, and is where
    /// `v` starts the caret; the status line counts it ("match 2 of 5: “Mali”").
    pub(super) fn step_search(&mut self, forward: bool) -> Option<TextSpan> {
        let Some(search) = &mut self.search else {
            let key = self.keys.normal.key(super::keys::Action::Search);
            self.say(&["no search yet: press ", &key, " to search"]);
            return None;
        };
        let n = search.matches.len();
        if n == 0 {
            return None;
        }
        let next = match search.current {
            Some(c) if forward => (c + 1) % n,
            Some(c) => (c + n - 1) % n,
            None => 0,
        };
        search.current = Some(next);
        let found = search.matches[next].clone();
        let query = search.query.clone();
        let more = if n == MAX_MATCHES { "+" } else { "" };
        let place = match found.part {
            Part::Headline => " (headline)",
            Part::Text => "",
        };
        let count = format!("match {} of {n}{more}{place}: “", next + 1);
        self.say(&[&count, &query, "”"]);
        self.show_span(&found);
        let at = TextPos {
            part: found.part,
            byte: found.bytes.start,
        };
        self.set_place(found.article, at);
        Some(found)
    }

    /// Scrolls a span into view: a text's at its start, a headline's with its pane at the
    /// top.
    fn show_span(&mut self, span: &TextSpan) {
        match span.part {
            Part::Text => {
                self.reveal(span.article, span.bytes.start);
            }
            Part::Headline => {
                let pane = self.show(span.article);
                self.panes[pane].top = Default::default();
            }
        }
    }

    /// How the cells of `article` look: its mentions by kind, the selection, the cursor and
    /// these search matches.
    pub(super) fn highlight<'a>(
        &'a self,
        article: ArticleIx,
        matches: &'a ArticleMatches,
    ) -> Highlight<'a> {
        let (suggestions, current_suggestion) = match &self.mode {
            Mode::Review(review) => review.ranges_in(article),
            _ => Default::default(),
        };
        Highlight {
            briefing: &self.briefing,
            mentions: &self.maps[article],
            theme: self.theme,
            selected: self.selected,
            cursor: self.cursor,
            kinds: self.kinds,
            matches: &matches.text,
            headline_matches: &matches.headline,
            current_match: matches.current.clone(),
            suggestions,
            current_suggestion,
        }
    }

    /// The search matches in one article, and the current match there.
    pub fn matches_in(&self, article: ArticleIx) -> ArticleMatches {
        let mut found = ArticleMatches::default();
        let Some(search) = &self.search else {
            return found;
        };
        for m in search.matches.iter().filter(|m| m.article == article) {
            match m.part {
                Part::Text => found.text.push(m.bytes.clone()),
                Part::Headline => found.headline.push(m.bytes.clone()),
            }
        }
        found.current = search
            .current
            .and_then(|c| search.matches.get(c))
            .filter(|m| m.article == article)
            .map(|m| (m.part, m.bytes.clone()));
        found
    }
}

/// The search matches in one article: in its text and its headline (each sorted), and the
/// current match when it is there.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleMatches {
    pub text: Vec<Range<usize>>,
    pub headline: Vec<Range<usize>>,
    pub current: Option<(Part, Range<usize>)>,
}
