//! Views of the model laid out for display, shared by the reader UI and the plain renderer.
//!
//! Pure like the layout engine (no terminal code): [`article`] lays out an article's
//! headline, source line and paragraphs at a width, keeping each line's place in the article
//! text; [`marks`] says which mention (the innermost) covers a byte of an article; [`line`]
//! lays out one-off strings (titles, entity rows) in visual order, each piece of briefing text
//! isolated from the rest of its line; [`entity`] describes an entity in one line (or, for the
//! reader's detail popup, in several), and [`claims`] who said what about it (format 3); [`highlight`] says how each byte of an article looks
//! (kind, selection, cursor, search match); [`shelf`] writes the library's rows; [`timeline`] the tolls in time order, as lines;
//! [`figure_spec`] is a figure as a line of words the reader's figure form edits. The
//! typed indices it works with (`ArticleIx`, `EntityIx`, `MentionIx`…) are the model's
//! (`crate::briefing`).

pub mod article;
pub mod claims;
pub mod entity;
pub mod figure_spec;
pub mod highlight;
pub mod line;
pub mod marks;
pub mod shelf;
pub mod timeline;

/// Who does the bidi: this program (visual order, shaped) or the terminal (logical order).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BidiMode {
    App,
    Terminal,
}
