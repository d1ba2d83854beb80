//! Properties of layout on random mixed-script text: cells partition the shown text, lines
//! tile the paragraph and respect the width, logical order is recoverable, no control
//! character is ever displayed, and nothing panics at any width.

use proptest::prelude::*;
use textlayout::{Direction, LayoutOptions, PreparedParagraph};

const POOL: &[char] = &[
    // Arabic (lam and alef variants for ligatures, tatweel, marks), Hebrew, Latin, digits.
    'ب', 'ل', 'ا', 'أ', 'م', 'ك', 'و', 'ـ', '\u{64e}', '\u{651}', '\u{660}', 'א', 'ג', 'ש', 'a',
    'b', 'Z', '0', '7', '9',
    // Spaces, brackets, punctuation, wide characters, combining marks, joiners.
    ' ', ' ', ' ', '\u{a0}', '(', ')', '[', '»', '"', '/', ',', '.', '-', '%', '$', '日', '\u{301}',
    '\u{200d}', '\u{200c}', '\u{ad}', // Bidi controls and marks.
    '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}', '\u{2068}',
    '\u{2069}', '\u{200e}', '\u{200f}', '\u{61c}', // Control characters and separators.
    '\t', '\n', '\r', '\u{1b}', '\u{0}', '\u{7f}', '\u{85}', '\u{9b}', '\u{2028}', '\u{2029}',
];

/// Characters that never appear in display text (nor as cells of their own).
fn is_dropped(c: char, show_controls: bool) -> bool {
    let marker = matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    (c.is_control() && !matches!(c, '\t' | '\n'))
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{61c}')
        || (marker && !show_controls)
}

fn mixed_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(POOL), 0..80).prop_map(|v| v.into_iter().collect())
}

fn options() -> impl Strategy<Value = (Option<Direction>, LayoutOptions)> {
    (
        prop::sample::select(vec![None, Some(Direction::Ltr), Some(Direction::Rtl)]),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(dir, shape, show_controls)| {
            (
                dir,
                LayoutOptions {
                    shape,
                    show_controls,
                },
            )
        })
}

fn check(text: &str, width: usize, dir: Option<Direction>, opts: LayoutOptions) {
    let para = PreparedParagraph::new(text, dir, opts);
    let lines = para.wrap(width);
    let width = width.max(1);
    assert!(!lines.is_empty());

    // Lines tile the paragraph in order.
    let mut at = 0;
    for line in &lines {
        assert_eq!(line.source.start, at, "lines must tile {text:?}");
        at = line.source.end;
    }
    assert_eq!(at, text.len());

    let mut cells = Vec::new();
    for line in &lines {
        let sum: usize = line.cells.iter().map(|c| usize::from(c.width)).sum();
        assert_eq!(line.width, sum);
        let widest = line
            .cells
            .iter()
            .map(|c| usize::from(c.width))
            .max()
            .unwrap_or(0);
        assert!(
            line.width <= width || (widest > width && line.width == widest),
            "line of {} cells at width {width} in {text:?}",
            line.width
        );
        for cell in &line.cells {
            assert!(line.source.start <= cell.source.start && cell.source.end <= line.source.end);
            let shown = para.cell_text(cell);
            assert!(
                !shown.chars().any(|c| is_dropped(c, false) || c == '\n'),
                "control shown: {shown:?}"
            );
            cells.push(cell.source.clone());
        }
    }

    // Cells in logical order are disjoint and cover everything that is not dropped.
    cells.sort_by_key(|r| r.start);
    let mut covered = String::new();
    let mut end = 0;
    for range in &cells {
        assert!(range.start >= end, "overlapping cells in {text:?}");
        assert!(
            text[end..range.start]
                .chars()
                .all(|c| is_dropped(c, opts.show_controls))
        );
        covered.push_str(&text[range.clone()]);
        end = range.end;
    }
    assert!(
        text[end..]
            .chars()
            .all(|c| is_dropped(c, opts.show_controls))
    );
    let keep = |s: &str| -> String {
        s.chars()
            .filter(|&c| !is_dropped(c, opts.show_controls))
            .collect()
    };
    assert_eq!(keep(&covered), keep(text));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn mixed_text_lays_out_consistently(text in mixed_text(), width in 0usize..30, (dir, opts) in options()) {
        check(&text, width, dir, opts);
    }

    #[test]
    fn any_text_any_width_never_panics(text in any::<String>(), width in 0usize..300, (dir, opts) in options()) {
        check(&text, width, dir, opts);
    }
}

/// unicode-bidi's resolution of `text` as one paragraph (the reference).
fn reference(text: &str, dir: Option<Direction>) -> unicode_bidi::ParagraphBidiInfo<'_> {
    let level = dir.map(|d| match d {
        Direction::Ltr => unicode_bidi::Level::ltr(),
        Direction::Rtl => unicode_bidi::Level::rtl(),
    });
    unicode_bidi::ParagraphBidiInfo::new(text, level)
}

/// Characters of every bidi class but the explicit formatting ones (which unicode-bidi
/// resolves for the engine), with brackets, marks and BN characters.
const NO_EXPLICIT: &[char] = &[
    'a', 'Z', 'א', 'ש', 'ب', 'ل', '1', '9', '\u{660}', '\u{6f1}', '+', '-', '$', '%', '#', ',',
    '.', ':', '/', '\u{300}', '\u{64e}', '\u{ad}', '\u{200d}', '\u{1}', ' ', '\t', '!', '"', '(',
    ')', '[', ']', '{', '}', '\u{2329}', '\u{3009}', '«', '»', '\u{200e}', '\u{200f}', '\u{61c}',
    '\u{2029}',
];

/// Single-cell characters without mirrors, controls or marks: there one line of the engine
/// must match unicode-bidi's own `reorder_line`.
const PLAIN: &[char] = &[
    'ب', 'ل', 'م', 'א', 'ש', 'a', 'Z', '1', '2', '\u{660}', '\u{661}', ' ', ' ', '.', ',', '-',
    '+', '$', '%', '/', ':', '!', '"', '\'',
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn one_line_matches_unicode_bidi_reorder_line(
        chars in prop::collection::vec(prop::sample::select(PLAIN), 0..60),
        dir in prop::sample::select(vec![None, Some(Direction::Ltr), Some(Direction::Rtl)]),
    ) {
        let text: String = chars.into_iter().collect();
        let para = PreparedParagraph::new(&text, dir, LayoutOptions::default());
        let lines = para.wrap(1000);
        prop_assert_eq!(lines.len(), 1);
        let info = reference(&text, dir);
        prop_assert_eq!(lines[0].text(&para), info.reorder_line(0..text.len()).into_owned());
        prop_assert_eq!(para.direction() == Direction::Rtl, info.paragraph_level.is_rtl());
    }

    /// The engine's own resolver gives every character that rule X9 keeps the level that
    /// unicode-bidi gives it, once rule L1 has run on the paragraph as one line.
    #[test]
    fn own_resolver_matches_unicode_bidi(
        chars in prop::collection::vec(prop::sample::select(NO_EXPLICIT), 0..60),
        dir in prop::sample::select(vec![None, Some(Direction::Ltr), Some(Direction::Rtl)]),
    ) {
        use textlayout::levels;
        use textlayout::reorder::{is_removed, resolve_line_levels};
        let text: String = chars.into_iter().collect();
        let ours = levels::resolve(&text, dir);
        let info = reference(&text, dir);
        let para = info.paragraph_level.number();
        prop_assert_eq!(ours.para_level(), para);
        let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        let classes: Vec<_> = starts.iter().map(|&i| info.original_classes[i]).collect();
        let mut theirs: Vec<u8> = starts.iter().map(|&i| info.levels[i].number()).collect();
        let mut mine: Vec<u8> = (0..starts.len()).map(|k| ours.level_at(k)).collect();
        resolve_line_levels(&mut theirs, &classes, para);
        resolve_line_levels(&mut mine, &classes, para);
        for k in 0..starts.len() {
            if !is_removed(classes[k]) {
                prop_assert_eq!(mine[k], theirs[k], "character {} of {:?}", k, text);
            }
        }
    }
}
