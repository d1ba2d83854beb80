//! Golden layouts, each worked out by hand from UAX #9 / UAX #14 (not copied from output).
//!
//! Expected lines are written left to right as they appear on screen. Arabic and Hebrew words
//! are written in logical order wrapped in `rev(..)` (their characters shown right to left),
//! so the expectations stay readable: `[rev("شخصا"), " 20 ", rev("قتل")]` is the line
//! "قتل 20 شخصا" in an RTL paragraph.

use textlayout::{Direction, LayoutOptions, PreparedParagraph, pad_for};

use Direction::{Ltr, Rtl};

fn lines_with(
    text: &str,
    width: usize,
    dir: Option<Direction>,
    opts: LayoutOptions,
) -> Vec<String> {
    let para = PreparedParagraph::new(text, dir, opts);
    para.wrap(width).iter().map(|l| l.text(&para)).collect()
}

fn lines(text: &str, width: usize, dir: Option<Direction>) -> Vec<String> {
    lines_with(text, width, dir, LayoutOptions::default())
}

/// A logical RTL word as it appears on screen.
fn rev(s: &str) -> String {
    s.chars().rev().collect()
}

fn cat(parts: &[&str]) -> String {
    parts.concat()
}

const SHAPE: LayoutOptions = LayoutOptions {
    shape: true,
    show_controls: false,
};
const CONTROLS: LayoutOptions = LayoutOptions {
    shape: false,
    show_controls: true,
};

#[test]
fn english_wraps_greedily_keeping_spaces_that_fit() {
    assert_eq!(
        lines("The quick brown fox jumps", 10, None),
        ["The quick ", "brown fox ", "jumps"]
    );
    // "brown " would be 6 cells in a 5-cell line: the space is kept in the line's source but
    // not shown.
    assert_eq!(lines("brown fox", 5, Some(Ltr)), ["brown", "fox"]);
}

#[test]
fn long_words_break_at_grapheme_boundaries() {
    assert_eq!(
        lines("internationalization", 8, None),
        ["internat", "ionaliza", "tion"]
    );
    // e + combining acute is one cell and is never split from its base.
    assert_eq!(lines("cafe\u{301}s", 4, None), ["cafe\u{301}", "s"]);
    // Wide characters: two cells each.
    assert_eq!(
        lines("日本語テキスト", 5, None),
        ["日本", "語テ", "キス", "ト"]
    );
    // A cell wider than the line still gets a line of its own.
    assert_eq!(lines("日本", 1, None), ["日", "本"]);
}

#[test]
fn empty_paragraph_gives_one_empty_line() {
    assert_eq!(lines("", 10, None), [""]);
    assert_eq!(lines("\u{1}\u{202e}", 10, None), [""]);
}

#[test]
fn numbers_keep_their_order_inside_arabic() {
    // EN after AL becomes AN (W2): level 2 inside the level-1 sentence.
    assert_eq!(
        lines("قتل 20 شخصا", 40, None),
        [cat(&[&rev("شخصا"), " 20 ", &rev("قتل")])]
    );
    // The solidus and spaces are neutrals between Arabic letters: level 1, reversed with them.
    assert_eq!(
        lines("نوفمبر/تشرين الثاني 2015", 40, Some(Rtl)),
        [cat(&[
            "2015 ",
            &rev("الثاني"),
            " ",
            &rev("تشرين"),
            "/",
            &rev("نوفمبر")
        ])]
    );
    // The Arabic comma after 2015 stays on its logical side: left of the number on screen.
    let sentence = "وفي نوفمبر/تشرين الثاني 2015، قتل 20 شخصا على الأقل";
    assert_eq!(
        lines(sentence, 60, None),
        [cat(&[
            &rev("الأقل"),
            " ",
            &rev("على"),
            " ",
            &rev("شخصا"),
            " 20 ",
            &rev("قتل"),
            " ،2015 ",
            &rev("الثاني"),
            " ",
            &rev("تشرين"),
            "/",
            &rev("نوفمبر"),
            " ",
            &rev("وفي"),
        ])]
    );
    // Hebrew: EN stays EN (no AL before it), still level 2.
    assert_eq!(lines("אב 123 גד", 20, None), ["דג 123 בא"]);
}

#[test]
fn quoted_names_reverse_with_the_sentence() {
    // Quotes are neutrals between Arabic letters and are not mirrored: the whole line is
    // simply the sentence reversed.
    let text = "في منتجع \"لو كومبيمو كانغابا\" إلى الشرق";
    assert_eq!(lines(text, 60, None), [rev(text)]);
}

#[test]
fn brackets_mirror_around_latin_inside_arabic() {
    // The pair takes the embedding direction (N0 c.2: the strong type before it is R), so
    // both brackets are at level 1, reversed, and mirrored by L4; AQIM stays at level 2.
    assert_eq!(
        lines("تنظيم القاعدة (AQIM) في المغرب", 60, None),
        [cat(&[
            &rev("المغرب"),
            " ",
            &rev("في"),
            " (AQIM) ",
            &rev("القاعدة"),
            " ",
            &rev("تنظيم")
        ])]
    );
}

#[test]
fn latin_names_inside_arabic_stay_left_to_right() {
    assert_eq!(
        lines("نقلت Agence France-Presse الخبر", 60, None),
        [cat(&[
            &rev("الخبر"),
            " Agence France-Presse ",
            &rev("نقلت")
        ])]
    );
    // And an Arabic name inside English is reversed in place.
    assert_eq!(
        lines("The attack in باماكو killed 2", 60, None),
        [cat(&["The attack in ", &rev("باماكو"), " killed 2"])]
    );
}

#[test]
fn wrapped_rtl_paragraph_starts_at_the_right_edge() {
    // Widths: قال 3, ساليف 5, تراوري 6, لوكالة 6, فرانس 5, برس 3. Line 1 takes
    // 3+1+5+1+6 = 16 cells (its trailing space would make 17 and is not shown).
    let text = "قال ساليف تراوري لوكالة فرانس برس";
    let para = PreparedParagraph::new(text, None, LayoutOptions::default());
    assert_eq!(para.direction(), Rtl);
    let wrapped = para.wrap(16);
    let shown: Vec<String> = wrapped.iter().map(|l| l.text(&para)).collect();
    assert_eq!(
        shown,
        [
            cat(&[&rev("تراوري"), " ", &rev("ساليف"), " ", &rev("قال")]),
            cat(&[&rev("برس"), " ", &rev("فرانس"), " ", &rev("لوكالة")]),
        ]
    );
    // The first line's source covers the first three words and the space after them.
    assert_eq!(&text[wrapped[0].source.clone()], "قال ساليف تراوري ");
    assert_eq!(wrapped[0].width, 16);
    // The rightmost cell of the first line is the paragraph's first letter.
    assert_eq!(wrapped[0].cells.last().unwrap().source, 0..2);
    // A trailing space that fits stays, at the left edge (L1: paragraph level).
    assert_eq!(lines("אב גד", 3, None), [" בא", "דג"]);
    let narrow = PreparedParagraph::new("אב גד", None, LayoutOptions::default());
    let first = &narrow.wrap(4)[0];
    assert_eq!(pad_for(first, 4, narrow.direction()), 1);
    assert_eq!(pad_for(first, 4, Ltr), 0);
}

#[test]
fn tabs_and_controls() {
    assert_eq!(lines("a\tb", 20, None), ["a    b"]);
    // Escape sequences lose their ESC (so they cannot act), C1 and DEL vanish.
    assert_eq!(lines("a\u{1b}[31mred\u{7}", 20, None), ["a[31mred"]);
    assert_eq!(lines("x\u{9b}y\u{7f}z", 20, None), ["xyz"]);
    // A newline inside a paragraph shows as a space.
    assert_eq!(lines("one\ntwo", 20, None), ["one two"]);
}

#[test]
fn bidi_controls_act_but_show_only_as_markers() {
    // RLO...PDF overrides b and c to R: they come out reversed; the controls are not shown.
    let trojan = "a\u{202e}bc\u{202c}d";
    assert_eq!(lines(trojan, 20, Some(Ltr)), ["acbd"]);
    // With show_controls, RLO shows as ⇤ and PDF as ↥. Both take the level of the character
    // before them (RLO: a, level 0; PDF: c, level 1), so PDF's marker joins the reversed run.
    assert_eq!(lines_with(trojan, 20, Some(Ltr), CONTROLS), ["a⇤↥cbd"]);
    assert_eq!(
        lines_with("\u{2067}x\u{2069}", 20, Some(Ltr), CONTROLS),
        ["◃x▵"]
    );
    // LRM, RLM and ALM never show.
    assert_eq!(lines_with("a\u{200f}b", 20, Some(Ltr), CONTROLS), ["ab"]);
}

#[test]
fn shaping_uses_presentation_forms() {
    // باماكو: beh initial, alef final, meem initial, alef final, kaf initial, waw final;
    // shown right to left.
    assert_eq!(
        lines_with("باماكو", 20, None, SHAPE),
        ["\u{FEEE}\u{FEDB}\u{FE8E}\u{FEE3}\u{FE8E}\u{FE91}"]
    );
    // سلام: seen initial, lam-alef final ligature, meem isolated (alef does not join forward).
    assert_eq!(
        lines_with("سلام", 20, None, SHAPE),
        ["\u{FEE1}\u{FEFC}\u{FEB3}"]
    );
    // Without shaping the letters are left alone.
    assert_eq!(lines("سلام", 20, None), [rev("سلام")]);
}

#[test]
fn lam_alef_is_one_cell_covering_both_letters() {
    let para = PreparedParagraph::new("لا", None, SHAPE);
    let wrapped = para.wrap(10);
    assert_eq!(wrapped.len(), 1);
    let cells = &wrapped[0].cells;
    assert_eq!(cells.len(), 1);
    assert_eq!(cells[0].source, 0..4);
    assert_eq!(cells[0].width, 1);
    assert_eq!(para.cell_text(&cells[0]), "\u{FEFB}");
}

#[test]
fn runs_group_cells_by_style_and_direction() {
    let text = "in باماكو now";
    let para = PreparedParagraph::new(text, None, LayoutOptions::default());
    let line = &para.wrap(40)[0];
    // Style: whether the cell lies inside the Arabic word (bytes 3..15).
    let runs = line.runs(&para, |r| r.start >= 3 && r.end <= 15);
    let summary: Vec<(String, std::ops::Range<usize>, usize, bool)> = runs
        .into_iter()
        .map(|r| (r.text, r.source, r.width, r.style))
        .collect();
    assert_eq!(
        summary,
        [
            ("in ".to_string(), 0..3, 3, false),
            (rev("باماكو"), 3..15, 6, true),
            (" now".to_string(), 15..19, 4, false),
        ]
    );
}
