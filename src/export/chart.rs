//! The HTML export's timeline chart: one figure type's series as an inline SVG step chart,
//! written as markup (no script, no external resource, no `xmlns` URL: HTML puts `<svg>` in
//! its namespace itself).
//!
//! The points of this event (background figures left out: they would set the scale of
//! another event's toll) stand in time order at equal steps along the x axis, each labelled
//! with its count and, below the axis, its date. The y axis is the count, from 0 to the
//! largest. Each toll (casualty entity) draws a step line through its figures that stand
//! (denied claims are hollow circles, joined to nothing), in one of four colours by its
//! order of appearance. Every circle carries a `<title>`, the point in words, as tooltip.

use std::fmt::Write as _;

use crate::briefing::{Claim, EntityIx, Series};

const HEIGHT: usize = 180;
const TOP: usize = 24;
const BOTTOM: usize = 36;
const SIDE: usize = 24;
const STEP: usize = 96;

/// The chart of `series`; `titles` holds each point's tooltip, escaped. Empty when every
/// point is background.
pub(crate) fn step_chart(series: &Series, titles: &[String]) -> String {
    let shown: Vec<usize> = (0..series.points.len())
        .filter(|&i| !series.points[i].background)
        .collect();
    if shown.is_empty() {
        return String::new();
    }
    let width = 2 * SIDE + STEP * shown.len();
    let plot = HEIGHT - TOP - BOTTOM;
    let max = shown
        .iter()
        .map(|&i| series.points[i].figure.count)
        .max()
        .unwrap_or(0)
        .max(1);
    let x = |k: usize| SIDE + STEP * k + STEP / 2;
    // Rounded down, so the largest count stands at the top and 0 on the axis.
    let y = |count: u64| TOP + plot - (u128::from(count) * plot as u128 / u128::from(max)) as usize;
    let mut out = format!(
        "<svg class=\"chart\" role=\"img\" aria-label=\"{} figures over time\" width=\"{width}\" height=\"{HEIGHT}\" viewBox=\"0 0 {width} {HEIGHT}\">\n",
        series.kind.as_str()
    );
    let axis = TOP + plot;
    let _ = writeln!(
        out,
        "<line class=\"axis\" x1=\"{SIDE}\" y1=\"{axis}\" x2=\"{}\" y2=\"{axis}\"/>",
        width - SIDE
    );
    let mut tolls: Vec<EntityIx> = Vec::new();
    for &i in &shown {
        let entity = series.points[i].entity;
        if !tolls.contains(&entity) {
            tolls.push(entity);
        }
    }
    for (t, &toll) in tolls.iter().enumerate() {
        let mut steps = String::new();
        for (k, &i) in shown.iter().enumerate() {
            let p = &series.points[i];
            if p.entity != toll || p.claim == Claim::Denied {
                continue;
            }
            let (px, py) = (x(k), y(p.figure.count));
            let _ = match steps.is_empty() {
                true => write!(steps, "M{px} {py}"),
                false => write!(steps, " H{px} V{py}"),
            };
        }
        if steps.contains('H') {
            let _ = writeln!(out, "<path class=\"step toll-{}\" d=\"{steps}\"/>", t % 4);
        }
    }
    for (k, &i) in shown.iter().enumerate() {
        let p = &series.points[i];
        let (px, py) = (x(k), y(p.figure.count));
        let toll = tolls.iter().position(|&e| e == p.entity).unwrap_or(0) % 4;
        let denied = if p.claim == Claim::Denied {
            " denied"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "<circle class=\"toll-{toll}{denied}\" cx=\"{px}\" cy=\"{py}\" r=\"4\"><title>{}</title></circle>",
            titles.get(i).map_or("", String::as_str)
        );
        let _ = writeln!(
            out,
            "<text x=\"{px}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            py.saturating_sub(8),
            p.figure.count_words()
        );
        let when = p.moment.as_ref().map_or("undated", |m| m.date());
        let _ = writeln!(
            out,
            "<text x=\"{px}\" y=\"{}\" text-anchor=\"middle\">{when}</text>",
            axis + 16
        );
    }
    out.push_str("</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::{load_str, timeline};

    #[test]
    fn steps_through_each_toll_and_leaves_background_out() {
        let text = include_str!("../../tests/fixtures/claims/claims.yaml");
        let b = load_str("claims.yaml", text).unwrap().briefing;
        let killed = &timeline(&b)[0];
        let titles: Vec<String> = (0..killed.points.len()).map(|i| format!("p{i}")).collect();
        let svg = step_chart(killed, &titles);
        // 14, some (a part: its own toll), the denied 1, then 21; the 2015 bomb's 20 left out.
        assert_eq!(svg.matches("<circle").count(), 4, "{svg}");
        assert!(!svg.contains("<title>p3</title>"), "background");
        assert_eq!(svg.matches("class=\"toll-2 denied\"").count(), 1);
        // The whole toll steps from 14 to 21 (the highest point, at the top); the others
        // have one point each, so no line.
        assert_eq!(svg.matches("<path").count(), 1);
        let top = TOP;
        let axis = HEIGHT - BOTTOM;
        let fourteen = axis - (14 * (axis - top)) / 21;
        assert!(
            svg.contains(&format!(
                "d=\"M{} {fourteen} H{} V{top}\"",
                x0(),
                x0() + 3 * STEP
            )),
            "{svg}"
        );
        assert!(svg.contains(">2019-03-03</text>") && svg.contains(">at least 14</text>"));
        for forbidden in ["<script", "http", "src=", "xmlns", "href"] {
            assert!(!svg.contains(forbidden), "{forbidden}");
        }
    }

    fn x0() -> usize {
        SIDE + STEP / 2
    }
}
