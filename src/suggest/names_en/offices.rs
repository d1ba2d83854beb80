//! The holder of an office named only by the office: "a spokesman for the Acme rescue
//! service said", "the director of the Acme ambulance service told reporters", "the general
//! in charge of the Acme Command". The title,
//! "for" or "of", and the organisation proposed after it make one actor, the holder, with the
//! organisation nested inside as its own. Not when the holder's name is given beside the
//! title ("Jane Roe, a spokeswoman for the army,", "a spokesman for the army, Jane Roe,"):
//! a title next to the name is not marked; nor when the organisation only qualifies the
//! noun after it ("a representative of the UN mission").

use super::{capitalised, noun_after, words};
use crate::briefing::EntityKind;
use crate::suggest::candidate::Candidate;
use crate::suggest::tokens::Token;

/// Why an office's holder is proposed; [`super::places::best_with_nested_places`] nests the
/// organisation inside it.
pub(super) const OFFICE: &str = "an office and the organisation it serves";

/// Lower-case titles that, with "for", "of" or "in charge of" and an organisation, name
/// their holder.
const OFFICE_TITLES: &[&str] = &[
    "general",
    "officer",
    "official",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "head",
    "chief",
    "commander",
    "coordinator",
    "representative",
];

/// The holders of offices before the actor `candidates` of `text`.
pub(super) fn office_holders(
    text: &str,
    tokens: &[Token<'_>],
    candidates: &[Candidate],
) -> Vec<Candidate> {
    let mut out = Vec::new();
    for org in candidates.iter().filter(|c| c.kind == EntityKind::Actor) {
        let j = tokens.partition_point(|t| t.range.start < org.range.start);
        if tokens
            .get(j)
            .is_none_or(|t| t.range.start != org.range.start)
        {
            continue;
        }
        let mut k = j;
        if k > 0 && tokens[k].joins_previous() && tokens[k - 1].folded == "the" {
            k -= 1;
        }
        if k < 2
            || !tokens[k].joins_previous()
            || !matches!(tokens[k - 1].folded.as_str(), "for" | "of")
            || !tokens[k - 1].joins_previous()
        {
            continue;
        }
        // "the general in charge of X": the title before "in charge".
        let in_charge = k >= 4
            && tokens[k - 2].folded == "charge"
            && tokens[k - 3].folded == "in"
            && tokens[k - 2].joins_previous()
            && tokens[k - 3].joins_previous();
        let t = if in_charge { k - 4 } else { k - 2 };
        let title = &tokens[t];
        if capitalised(title) || !OFFICE_TITLES.contains(&title.folded.as_str()) {
            continue;
        }
        if named_beside(tokens, t, org.range.end)
            || noun_after(
                tokens,
                tokens.partition_point(|t| t.range.start < org.range.end),
            )
        {
            continue;
        }
        let range = title.range.start..org.range.end;
        out.push(Candidate {
            name: text[range.clone()].to_string(),
            range,
            kind: EntityKind::Actor,
            place_key: None,
            confidence: 0.8,
            why: OFFICE.into(),
            generic: org.generic,
        });
    }
    out
}

/// Whether the holder's name stands beside the title at `title` (ending at byte `end`): a
/// name right before it, after a comma ("Jane Roe, a spokeswoman for"), or after the
/// organisation, after a comma (", Jane Roe,").
fn named_beside(tokens: &[Token<'_>], title: usize, end: usize) -> bool {
    let w = words();
    let name = |t: &Token<'_>| capitalised(t) && !w.function.contains(t.folded.as_str());
    let mut b = title;
    if b > 0
        && tokens[b].joins_previous()
        && matches!(tokens[b - 1].folded.as_str(), "a" | "an" | "the")
    {
        b -= 1;
    }
    let before = b > 0
        && !tokens[b].sentence_start
        && tokens[b].gap_before.contains(',')
        && name(&tokens[b - 1]);
    let after = tokens
        .get(tokens.partition_point(|t| t.range.start < end))
        .is_some_and(|n| !n.sentence_start && n.gap_before.contains(',') && name(n));
    before || after
}
