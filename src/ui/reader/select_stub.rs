//! TEMPORARY stand-in for the caret branch's selection API (dropped at merge).
use std::ops::Range;

use crate::briefing::Part;
use crate::view::ids::ArticleIx;

use super::state::Reader;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextSpan {
    pub article: ArticleIx,
    pub part: Part,
    pub bytes: Range<usize>,
}

impl Reader {
    pub fn selection(&self) -> Option<TextSpan> {
        None
    }
    pub fn word_at_caret(&self) -> Option<TextSpan> {
        None
    }
}
