//! One-off strings laid out for display: titles, names, entity rows, status text.
//!
//! Every string that reaches the screen goes through the layout engine, so it is sanitized
//! (no control characters or raw bidi controls) and in visual order, whatever its script.
//! A line that mixes this program's words with briefing text (names, titles, file names) is
//! given as pieces: [`isolated`] lays out each piece as its own bidi paragraph, its direction
//! taken from its first strong character, and puts them side by side left to right. That is
//! what UAX #9 does with isolates (FSI … PDI): a number stays with the Arabic phrase it is
//! in, and a bidi control inside one piece (U+202E in a file name) reorders nothing outside
//! it.

use std::cell::RefCell;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::num::NonZeroUsize;
use std::ops::Range;

use lru::LruCache;
use unicode_width::UnicodeWidthStr;

use crate::briefing::Direction;
use textlayout::PreparedParagraph;

use super::BidiMode;
use super::article::options;

/// `text` as visual lines of at most `width` cells, in a left-to-right context.
pub fn visual_lines(text: &str, width: usize, mode: BidiMode) -> Vec<String> {
    lines_in(text, Some(Direction::Ltr), width, mode)
}

/// `text` as visual lines in a paragraph of direction `base` (None: its first strong
/// character's).
fn lines_in(text: &str, base: Option<Direction>, width: usize, mode: BidiMode) -> Vec<String> {
    let para = PreparedParagraph::new(text, base, options(mode));
    para.wrap(width)
        .into_iter()
        .map(|mut line| {
            if mode == BidiMode::Terminal {
                line.cells.sort_by_key(|c| c.source.start);
            }
            line.text(&para)
        })
        .collect()
}

/// `text` on one line of at most `width` cells, in visual order, as an isolated paragraph;
/// when it does not fit, its first line at `width - 1` cells and an ellipsis.
pub fn visual(text: &str, width: usize, mode: BidiMode) -> String {
    fit(text, width, mode).0
}

/// [`visual`], and whether the text was cut.
fn fit(text: &str, width: usize, mode: BidiMode) -> (String, bool) {
    // Printable ASCII that fits is its own visual form (one cell a byte, nothing to
    // reorder, shape or hide): most dates, counts and names skip the layout engine.
    if text.len() <= width && text.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        return (text.to_string(), false);
    }
    laid_out(text, width, mode)
}

/// [`fit`] through the layout engine.
fn laid_out(text: &str, width: usize, mode: BidiMode) -> (String, bool) {
    let lines = lines_in(text, None, width, mode);
    if lines.len() <= 1 || width < 2 {
        let first = lines.first().cloned().unwrap_or_default();
        let cut = lines.len() > 1 || first.width() > width;
        return (first, cut);
    }
    let first = lines_in(text, None, width - 1, mode)
        .into_iter()
        .next()
        .unwrap_or_default();
    // A right-to-left line ends (logically) at its left: trim the spaces of both ends,
    // but keep a space the text starts with (a separator before it).
    let mut first = if text.starts_with(' ') {
        first.trim_end()
    } else {
        first.trim()
    }
    .to_string();
    first.push('…');
    (first, true)
}

/// `pieces` side by side on one line of at most `width` cells, each laid out as its own
/// isolated paragraph; when they do not all fit, the line is cut with an ellipsis.
pub fn isolated(pieces: &[&str], width: usize, mode: BidiMode) -> String {
    let mut line = String::new();
    for piece in pieces {
        let rest = width.saturating_sub(line.width());
        let (shown, cut) = fit(piece, rest, mode);
        if cut && (rest < 2 || shown.width() > rest) {
            // No room to show even the start of this piece: end the line with an ellipsis.
            while line.width() + 1 > width && line.pop().is_some() {}
            line.truncate(line.trim_end().len());
            if width > 0 {
                line.push('…');
            }
            return line;
        }
        line.push_str(&shown);
        if cut {
            break;
        }
    }
    line
}

/// A field of text (a source, a title, a status message) cut into its right-to-left runs
/// and the text around them, in order (together they are `text`). Laid out as pieces
/// ([`isolated`]), the field reads in the interface's direction, left to right, each
/// Arabic run right to left on its own: "اليوم السابع (Youm7, Egypt); …" keeps the Arabic
/// name at the left and the Latin after it, where one right-to-left paragraph would turn the
/// whole line round. A run is what the bidi algorithm puts above the left-to-right level in
/// a left-to-right paragraph, with a number just before it (and the spaces and separators
/// between) taken in, so "10 جرحى" stays one phrase. A field with no left-to-right letter
/// is one run, whole.
pub fn runs(text: &str) -> Vec<&str> {
    let mut cuts = vec![0];
    for run in rtl_runs(text) {
        cuts.extend([run.start, run.end]);
    }
    cuts.push(text.len());
    cuts.dedup();
    cuts.windows(2).map(|w| &text[w[0]..w[1]]).collect()
}

/// [`runs`] as one paragraph for the layout engine: the field's own bidi controls made
/// their visible markers (so they reorder nothing), each right-to-left run between RLI and
/// PDI. Laid out left to right with the controls hidden, it reads as [`runs`] does.
pub fn with_isolated_runs(text: &str) -> String {
    let marked = |part: &str| -> String {
        part.chars()
            .map(|c| textlayout::marker(c).unwrap_or(c))
            .collect()
    };
    let mut out = String::with_capacity(text.len() + 8);
    let mut at = 0;
    for run in rtl_runs(text) {
        out.push_str(&marked(&text[at..run.start]));
        out.push('\u{2067}');
        out.push_str(&marked(&text[run.clone()]));
        out.push('\u{2069}');
        at = run.end;
    }
    out.push_str(&marked(&text[at..]));
    out
}

/// The byte ranges of [`runs`]' right-to-left runs, in order. The field's bidi controls
/// count as the markers they are shown as (as long in bytes), not as controls.
fn rtl_runs(text: &str) -> Vec<Range<usize>> {
    let text: String = text
        .chars()
        .map(|c| textlayout::marker(c).unwrap_or(c))
        .collect();
    let levels = textlayout::levels::resolve(&text, Some(Direction::Ltr));
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let rtl = |i: usize| levels.level_at(i) > 0;
    let byte = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let mut found = Vec::new();
    let latin = (0..chars.len()).any(|i| !rtl(i) && chars[i].1.is_alphabetic());
    if !latin {
        // Nothing left to right to keep in order: the whole field is one run (its spaces
        // and punctuation at its ends go where a right-to-left text puts them).
        if (0..chars.len()).any(rtl) {
            found.push(0..text.len());
        }
        return found;
    }
    let mut i = 0;
    while i < chars.len() {
        if !rtl(i) {
            i += 1;
            continue;
        }
        // Back over a number (and what separates its digits or it from the run) before it.
        let mut start = i;
        let mut back = i;
        while back > 0 {
            let c = chars[back - 1].1;
            if rtl(back - 1) || !(c.is_numeric() || " ,.\u{66b}\u{66c}".contains(c)) {
                break;
            }
            back -= 1;
            if c.is_numeric() {
                start = back;
            }
        }
        let mut end = i;
        while end < chars.len() && rtl(end) {
            end += 1;
        }
        found.push(byte(start)..byte(end));
        i = end;
    }
    found
}

/// Remembers the visual form of strings drawn on every frame (titles, entity rows), so a
/// redraw does not lay them out again. Keyed by a hash of the pieces and the width; the
/// pieces are kept and compared, so a hash collision only costs a layout.
pub struct VisualCache {
    mode: BidiMode,
    entries: RefCell<LruCache<(u64, usize), Shown>>,
}

/// A cached layout: the pieces it was made from, and what they look like.
type Shown = (Vec<String>, String);

impl VisualCache {
    pub fn new(mode: BidiMode) -> Self {
        VisualCache {
            mode,
            entries: RefCell::new(LruCache::new(
                NonZeroUsize::new(4096).unwrap_or(NonZeroUsize::MIN),
            )),
        }
    }

    /// [`visual`], from the cache when this text was laid out at this width before.
    pub fn get(&self, text: &str, width: usize) -> String {
        self.pieces(&[text], width)
    }

    /// [`isolated`], from the cache when these pieces were laid out at this width before.
    pub fn pieces<S: AsRef<str>>(&self, pieces: &[S], width: usize) -> String {
        let pieces: Vec<&str> = pieces.iter().map(AsRef::as_ref).collect();
        let mut hasher = DefaultHasher::new();
        pieces.hash(&mut hasher);
        let key = (hasher.finish(), width);
        let mut entries = self.entries.borrow_mut();
        if let Some((source, shown)) = entries.get(&key)
            && *source == pieces
        {
            return shown.clone();
        }
        let shown = isolated(&pieces, width, self.mode);
        entries.put(
            key,
            (
                pieces.iter().map(|p| p.to_string()).collect(),
                shown.clone(),
            ),
        );
        shown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_names_in_ltr_rows_are_reversed_and_controls_dropped() {
        assert_eq!(
            visual("Bamako — باماكو", 80, BidiMode::Terminal),
            "Bamako — باماكو"
        );
        assert_eq!(
            visual("Bamako — باماكو", 80, BidiMode::App).chars().count(),
            15
        );
        assert_eq!(visual("a\u{1b}[2Jb\u{7}", 80, BidiMode::App), "a[2Jb");
        assert_eq!(visual("ab", 80, BidiMode::App), "ab");
    }

    #[test]
    fn cut_strings_end_with_an_ellipsis() {
        assert_eq!(visual("one two three", 9, BidiMode::App), "one two…");
        assert_eq!(visual("one two", 9, BidiMode::App), "one two");
        assert!(
            unicode_width::UnicodeWidthStr::width(
                visual("word ".repeat(30).as_str(), 20, BidiMode::App).as_str()
            ) <= 20
        );
    }

    proptest::proptest! {
        #[test]
        fn printable_ascii_that_fits_is_laid_out_as_itself(text in "[ -~]{0,40}", extra in 0usize..5) {
            let width = text.len() + extra;
            proptest::prop_assert_eq!(laid_out(&text, width, BidiMode::App).0, text.clone());
            proptest::prop_assert_eq!(visual(&text, width, BidiMode::App), text);
        }
    }

    #[test]
    fn pieces_keep_numbers_with_their_words_and_controls_inside() {
        // "(ar: 10 جرحى)": laid out as one left-to-right paragraph the 10 would stand at
        // the left, apart from the Arabic it starts; isolated, the phrase reads right to
        // left from its number.
        let phrase = "10 جرحى";
        let row = isolated(&["(ar: ", phrase, ")"], 80, BidiMode::App);
        assert_eq!(row, format!("(ar: {})", visual(phrase, 80, BidiMode::App)));
        assert!(row.ends_with(" 10)"), "{row}");
        assert!(visual_lines("(ar: 10 جرحى)", 80, BidiMode::App)[0].starts_with("(ar: 10 "));
        // An override in a file name reverses nothing after it.
        let name = "evil\u{202e}gpj.yaml";
        let line = isolated(&[name, ": not a briefing"], 80, BidiMode::App);
        assert!(line.ends_with(": not a briefing"), "{line}");
        // Cut where the width ends, with an ellipsis.
        assert_eq!(
            isolated(&["abc ", "defgh", " ijk"], 7, BidiMode::App),
            "abc de…"
        );
        assert_eq!(isolated(&["abc", "de"], 5, BidiMode::App), "abcde");
        // A piece that fills the line exactly, with more to come: the ellipsis makes room.
        assert_eq!(isolated(&["abc", " ", "def"], 4, BidiMode::App), "abc…");
    }

    proptest::proptest! {
        #[test]
        fn pieces_never_pass_the_width(
            pieces in proptest::collection::vec("[a-z 0-9\u{627}-\u{64a}\u{202e}\u{4e00}-\u{4e10}]{0,12}", 0..6),
            width in 0usize..40,
        ) {
            let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
            let line = isolated(&pieces, width, BidiMode::App);
            proptest::prop_assert!(line.width() <= width, "{line:?} at {width}");
            // What fits is every piece side by side.
            let whole: Vec<String> = pieces.iter().map(|p| visual(p, 1000, BidiMode::App)).collect();
            if whole.concat().width() <= width {
                proptest::prop_assert_eq!(line, whole.concat());
            }
        }
    }

    #[test]
    fn a_field_reads_left_to_right_each_arabic_run_on_its_own() {
        let source = "اليوم السابع (Youm7, Egypt); headline taken from the article's URL";
        assert_eq!(
            runs(source),
            [
                "اليوم السابع",
                " (Youm7, Egypt); headline taken from the article's URL"
            ]
        );
        let shown = isolated(&runs(source), 200, BidiMode::App);
        let name = visual("اليوم السابع", 80, BidiMode::App);
        assert_eq!(
            shown,
            format!("{name} (Youm7, Egypt); headline taken from the article's URL")
        );
        // Cut, the ellipsis is at the right, after the Latin words it cuts.
        let cut = isolated(&runs(source), 30, BidiMode::App);
        assert!(cut.starts_with(&name) && cut.ends_with('…'), "{cut}");
        // Laid out as one paragraph the Latin words would come first, reversed in order.
        assert!(!visual(source, 200, BidiMode::App).starts_with(&name));
        // A number before Arabic words stays with them; quotes stay outside.
        assert_eq!(runs("(ar: 10 جرحى)"), ["(ar: ", "10 جرحى", ")"]);
        assert_eq!(
            runs("“باماكو” marked as a place"),
            ["“", "باماكو", "” marked as a place"]
        );
        assert_eq!(runs("Bamako"), ["Bamako"]);
        assert!(runs("").is_empty());
        assert_eq!(runs("باماكو"), ["باماكو"]);
        assert_eq!(runs("مسلح على "), ["مسلح على "], "no Latin: whole");
    }

    #[test]
    fn a_field_as_one_paragraph_reads_as_its_runs() {
        let no_controls = textlayout::LayoutOptions {
            show_controls: false,
            ..options(BidiMode::App)
        };
        let one_line = |text: &str| {
            let para = PreparedParagraph::new(
                &with_isolated_runs(text),
                Some(Direction::Ltr),
                no_controls,
            );
            let lines = para.wrap(200);
            lines[0].text(&para)
        };
        for field in [
            "اليوم السابع (Youm7, Egypt); headline taken from the article's URL",
            "(ar: 10 جرحى)",
            "Reuters",
        ] {
            assert_eq!(one_line(field), isolated(&runs(field), 200, BidiMode::App));
        }
        // The field's own override reorders nothing: it is shown as its marker.
        let hostile = "abc\u{202e}def باماكو\u{2069}";
        assert_eq!(
            with_isolated_runs(hostile),
            "abc⇤def \u{2067}باماكو\u{2069}▵"
        );
        assert!(
            one_line(hostile).starts_with("abc⇤def "),
            "{}",
            one_line(hostile)
        );
    }

    #[test]
    fn cache_answers_like_visual() {
        let cache = VisualCache::new(BidiMode::App);
        for text in ["Bamako — باماكو", "abc", "Bamako — باماكو"] {
            assert_eq!(cache.get(text, 12), visual(text, 12, BidiMode::App));
        }
        assert_eq!(
            cache.get("Bamako — باماكو", 30),
            visual("Bamako — باماكو", 30, BidiMode::App)
        );
    }
}
