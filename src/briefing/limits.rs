//! Limits on what one briefing may hold, so that a hostile file cannot make loading take
//! unbounded time or memory. The file size (64 MiB by default, `--max-size`) is checked in
//! `load` before parsing, the nesting depth and the bytes aliases expand to in `prescan`; the
//! counts below are checked by `validate` and reported at the node that crosses them.

/// Bytes that all aliases of a document may expand to in total (each alias is a copy of its
/// anchored node, counted as its scalars' bytes plus one per node): 64 MiB, the default size
/// limit, so aliases can at most double what a file may hold.
pub const MAX_ALIAS_EXPANSION: u64 = 64 * 1024 * 1024;

/// Entities in one briefing.
pub const MAX_ENTITIES: usize = 100_000;

/// Mentions once resolved (a quote without `occurrence` resolves to every whole-word match),
/// and mention selectors as written.
pub const MAX_MENTIONS: usize = 1_000_000;

/// Bytes of article text that quote searches may read in total: each quote (without
/// offsets) is searched for in its whole article, so the work grows as quotes times text
/// length; past this much a file is refused before any search.
pub const MAX_QUOTE_SEARCH: u64 = 1 << 30;

/// Occurrences of quotes in their articles, whole words or not, that validation may look at
/// in total: each costs a word-boundary check, and `a` occurs a million times in `aaa...`.
pub const MAX_QUOTE_CANDIDATES: u64 = 2_000_000;

/// Problems kept for one file; past it they are only counted (see `Findings`).
pub const MAX_FINDINGS: usize = 1_000;

/// Bytes of article text folded to find a near miss for a quote that was not found (the
/// hint of its error); longer articles get no hint. Each article is folded once.
pub const MAX_HINT_TEXT: usize = 4 * 1024 * 1024;
