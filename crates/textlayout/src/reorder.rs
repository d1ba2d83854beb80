//! Per-line reordering, UAX #9 rules L1 and L2, on one item per cell (or per character).
//!
//! `PreparedParagraph::wrap` copies the paragraph levels of one line's cells (never the whole
//! paragraph's), passes them with the cells' original bidi classes to [`resolve_line_levels`]
//! (L1, plus the section 5.2 rule that retained X9-removed characters take the level of the
//! character before them), then asks [`visual_runs`] (L2) for the line's level runs from left
//! to right, and copies each run's cells, reversed when its level is odd. [`visual_order`]
//! gives the same order as item indices, for the caret and for the conformance test, which
//! drives it and [`resolve_line_levels`] with BidiTest.txt.

use std::ops::Range;

use unicode_bidi::BidiClass::{self, *};

/// Classes that rule X9 removes (explicit embeddings, overrides, PDF, boundary neutrals).
pub fn is_removed(class: BidiClass) -> bool {
    matches!(class, LRE | RLE | LRO | RLO | PDF | BN)
}

/// Rule L1 on one line, in place: segment and paragraph separators, and any run of
/// whitespace and isolate controls before them or at the end of the line, go to the
/// paragraph level. X9-removed items take the level of the item before them (the paragraph
/// level at the start) and count as part of such runs. `levels` and `classes` are parallel;
/// extra entries of the longer one are ignored.
pub fn resolve_line_levels(levels: &mut [u8], classes: &[BidiClass], para_level: u8) {
    let len = levels.len().min(classes.len());
    let levels = &mut levels[..len];
    let mut prev = para_level;
    let mut run_from: Option<usize> = None;
    for (i, &class) in classes[..len].iter().enumerate() {
        match class {
            S | B => {
                levels[run_from.unwrap_or(i)..=i].fill(para_level);
                run_from = None;
            }
            WS | LRI | RLI | FSI | PDI => {
                run_from.get_or_insert(i);
            }
            removed if is_removed(removed) => {
                run_from.get_or_insert(i);
                levels[i] = prev;
            }
            _ => run_from = None,
        }
        prev = levels[i];
    }
    if let Some(from) = run_from {
        levels[from..].fill(para_level);
    }
}

/// Rule L2: writes into `order` the indices of the items in visual order, left to right,
/// reversing every run at or above each level from the highest down to the lowest odd one.
pub fn visual_order(levels: &[u8], order: &mut Vec<usize>) {
    order.clear();
    order.reserve(levels.len());
    for run in visual_runs(levels) {
        if run.level % 2 == 1 {
            order.extend(run.items.rev());
        } else {
            order.extend(run.items);
        }
    }
}

/// A maximal run of items at one level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelRun {
    /// Indices of the items, in logical order.
    pub items: Range<usize>,
    pub level: u8,
}

/// Rule L2 on runs: the level runs of `levels`, left to right on screen; the items of a run
/// at an odd level are shown in reverse. The reversals of L2 move whole runs of one level, so
/// they are done on the list of runs; an item ends up reversed once per level from the
/// lowest odd one to its own, which leaves the items of a run in reverse order exactly when
/// its level is odd.
pub fn visual_runs(levels: &[u8]) -> Vec<LevelRun> {
    let mut runs: Vec<LevelRun> = Vec::new();
    let mut start = 0;
    for i in 1..=levels.len() {
        if i == levels.len() || levels[i] != levels[start] {
            runs.push(LevelRun {
                items: start..i,
                level: levels[start],
            });
            start = i;
        }
    }
    let (Some(max), Some(min)) = (
        runs.iter().map(|r| r.level).max(),
        runs.iter().map(|r| r.level).min(),
    ) else {
        return runs;
    };
    for level in ((min | 1)..=max).rev() {
        let mut i = 0;
        while i < runs.len() {
            if runs[i].level < level {
                i += 1;
                continue;
            }
            let first = i;
            while i < runs.len() && runs[i].level >= level {
                i += 1;
            }
            runs[first..i].reverse();
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(levels: &[u8]) -> Vec<usize> {
        let mut out = Vec::new();
        visual_order(levels, &mut out);
        out
    }

    #[test]
    fn l2_reverses_odd_runs_and_keeps_even_ones() {
        assert_eq!(order(&[]), Vec::<usize>::new());
        assert_eq!(order(&[0, 0, 0]), [0, 1, 2]);
        assert_eq!(order(&[1, 1, 1]), [2, 1, 0]);
        assert_eq!(order(&[0, 1, 1, 0]), [0, 2, 1, 3]);
        // Numbers (level 2) inside RTL text (level 1) keep their order.
        assert_eq!(order(&[1, 2, 2, 1]), [3, 1, 2, 0]);
        assert_eq!(order(&[2, 2]), [0, 1]);
    }

    #[test]
    fn l1_resets_trailing_whitespace_and_separators() {
        let classes = [R, WS, R, WS, S, L, WS, PDI, WS];
        let mut levels = [1, 1, 1, 1, 1, 2, 2, 2, 2];
        resolve_line_levels(&mut levels, &classes, 0);
        assert_eq!(levels, [1, 1, 1, 0, 0, 2, 0, 0, 0]);
    }

    #[test]
    fn l1_gives_removed_items_the_previous_level() {
        let classes = [L, RLO, R, BN, R];
        let mut levels = [0, 9, 3, 9, 3];
        resolve_line_levels(&mut levels, &classes, 0);
        assert_eq!(levels, [0, 0, 3, 3, 3]);
        let mut short = [1, 1];
        resolve_line_levels(&mut short, &[WS], 1);
        assert_eq!(short, [1, 1]);
    }
}
