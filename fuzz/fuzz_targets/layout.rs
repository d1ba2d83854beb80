//! Laying out arbitrary text at widths 1..=300, with arbitrary style ranges, base directions
//! and options: no panic, every cell inside the paragraph on char boundaries, no line wider
//! than the width unless it is one cell, no control character in what is shown.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use textlayout::{Direction, LayoutOptions, PreparedParagraph};

#[derive(Debug, Arbitrary)]
struct Input {
    text: String,
    widths: Vec<u16>,
    dir: u8,
    shape: bool,
    show_controls: bool,
    /// Byte ranges (start, end, style), any values: styles are looked up by cell source.
    styles: Vec<(u16, u16, u8)>,
}

fuzz_target!(|input: Input| {
    let base = match input.dir % 3 {
        0 => None,
        1 => Some(Direction::Ltr),
        _ => Some(Direction::Rtl),
    };
    let opts = LayoutOptions {
        shape: input.shape,
        show_controls: input.show_controls,
    };
    let text = &input.text;
    let para = PreparedParagraph::new(text, base, opts);
    for &w in input.widths.iter().take(4) {
        let width = usize::from(w % 300) + 1;
        for line in para.wrap(width) {
            let visible = line.cells.iter().filter(|c| c.width > 0).count();
            assert!(line.width <= width || visible == 1, "line too wide");
            for cell in &line.cells {
                assert!(cell.source.start < cell.source.end && cell.source.end <= text.len());
                assert!(text.is_char_boundary(cell.source.start));
                assert!(text.is_char_boundary(cell.source.end));
                let shown = para.cell_text(cell);
                assert!(
                    !shown.contains(|c: char| c.is_control()
                        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')),
                    "control shown: {shown:?}"
                );
            }
            let runs = line.runs(&para, |r| {
                input
                    .styles
                    .iter()
                    .rev()
                    .find(|(s, e, _)| usize::from(*s) <= r.start && r.end <= usize::from(*e))
                    .map_or(0, |(_, _, style)| *style)
            });
            let total: usize = runs.iter().map(|r| r.width).sum();
            assert_eq!(
                total,
                line.cells
                    .iter()
                    .map(|c| usize::from(c.width))
                    .sum::<usize>()
            );
        }
    }
});
