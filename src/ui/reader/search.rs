//! Searching every article (folded as `crate::search` folds: Arabic diacritics and letter
//! forms), stepping through the matches, and which matches fall in an article for drawing.

use std::ops::Range;

use crate::briefing::ArticleIx;
use crate::search;
use crate::view::highlight::Highlight;

use super::state::{Mode, Reader, SearchState};

/// Search stops collecting matches here (a one-letter query in a long article).
pub const MAX_MATCHES: usize = 10_000;

impl Reader {
    /// Runs a search over every article and goes to the first match.
    pub fn run_search(&mut self, query: &str) {
        let folded = search::fold_query(query);
        let matches: Vec<(ArticleIx, Range<usize>)> = self
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
                    .map(move |r| (ArticleIx(i), p.start + r.start..p.start + r.end))
            })
            .take(MAX_MATCHES)
            .collect();
        let count = match matches.len() {
            0 => "no match for “".to_string(),
            MAX_MATCHES => format!("{MAX_MATCHES}+ matches (the first {MAX_MATCHES} shown) for “"),
            n => format!("{n} matches for “"),
        };
        self.say(&[&count, query, "”"]);
        self.search = Some(SearchState {
            query: query.to_string(),
            matches,
            current: None,
        });
        self.step_search(true);
    }

    pub(super) fn step_search(&mut self, forward: bool) {
        let Some(search) = &mut self.search else {
            self.say(&["no search yet: press / to search"]);
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
        self.say(&[&format!("match {} of {n}", next + 1)]);
        self.reveal(article, range.start);
    }

    /// How the cells of `article` look: its mentions by kind, the selection, the cursor and
    /// these search matches.
    pub(super) fn highlight<'a>(
        &'a self,
        article: ArticleIx,
        matches: &'a [Range<usize>],
        current_match: Option<Range<usize>>,
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
            matches,
            current_match,
            suggestions,
            current_suggestion,
        }
    }

    /// The search matches in one article, and the current match there.
    pub fn matches_in(&self, article: ArticleIx) -> (Vec<Range<usize>>, Option<Range<usize>>) {
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
}
