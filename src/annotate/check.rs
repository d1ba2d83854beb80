//! The checks edits share, stated once: an index names an entity or article, a range is
//! text of its part, a figure is allowed and consistent (by the validator's own
//! [`figure_problem`]), a figure's attribution names actors and a casualty whole, a name
//! is not blank. Also how entities and texts are named in the
//! messages of [`EditError`].

use std::ops::Range;

use crate::briefing::{
    ArticleIx, Attribution, Briefing, Claim, Entity, EntityIx, EntityKind, Figure, Part,
    figure_problem,
};

use super::edit::EditError;

/// At most this many characters of a text are quoted in a message.
const SHOWN_CHARS: usize = 40;

/// An entity as messages name it: "Bamako (place)".
pub fn describe(e: &Entity) -> String {
    format!("{} ({})", shown(&e.name), e.kind.as_str())
}

/// A text for a one-line message: white space and control characters as single spaces,
/// cut to [`SHOWN_CHARS`] characters with an ellipsis.
pub fn shown(text: &str) -> String {
    let mut out = String::new();
    for (i, word) in text
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .enumerate()
    {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
    match out.char_indices().nth(SHOWN_CHARS) {
        Some((cut, _)) => format!("{}…", &out[..cut]),
        None => out,
    }
}

pub fn entity(b: &Briefing, i: EntityIx) -> Result<&Entity, EditError> {
    i.get(b).ok_or(EditError::UnknownEntity(i))
}

/// The text of `part` of article `article` that `bytes` selects, if it is one: in range,
/// not empty, on character boundaries.
pub fn range<'b>(
    b: &'b Briefing,
    article: ArticleIx,
    part: Part,
    bytes: &Range<usize>,
) -> Result<&'b str, EditError> {
    let a = article.get(b).ok_or(EditError::UnknownArticle(article))?;
    let text = a.part(part);
    if bytes.start >= bytes.end {
        return Err(EditError::BadRange("it is empty".into()));
    }
    text.get(bytes.clone()).ok_or_else(|| {
        EditError::BadRange(match bytes.end > text.len() {
            true => format!("it ends past the {}", part.as_str()),
            false => "it does not start and end between characters".into(),
        })
    })
}

/// A figure a mention of `e` may state: none, or a consistent one on a casualty entity.
pub fn mention_figure(e: &Entity, figure: Option<&Figure>) -> Result<(), EditError> {
    let Some(f) = figure else { return Ok(()) };
    if e.kind != EntityKind::Casualty {
        return Err(EditError::FigureNotAllowed {
            entity: describe(e),
        });
    }
    figure_problem(f, false).map_or(Ok(()), |m| Err(EditError::BadFigure(m)))
}

/// Who a figure's mention of entity `i` may be attributed to, as the loader checks it: the
/// mention's entity is a casualty; speakers and deniers are actors; a denier only with a
/// denied or disputed claim; `part_of` another casualty entity.
pub fn attribution(b: &Briefing, i: EntityIx, a: &Attribution) -> Result<(), EditError> {
    let bad = |m: String| Err(EditError::BadAttribution(m));
    let e = entity(b, i)?;
    if e.kind != EntityKind::Casualty {
        return bad(format!(
            "only a casualty figure's mention has a speaker or a claim, and {} is not one",
            describe(e)
        ));
    }
    for &who in a.said_by.iter().chain(&a.denied_by) {
        let w = entity(b, who)?;
        if w.kind != EntityKind::Actor {
            return bad(format!(
                "{} is not an actor: only actors say or deny",
                describe(w)
            ));
        }
    }
    if !a.denied_by.is_empty() && a.claim == Claim::Reported {
        return bad("who denied it goes with a denied or disputed claim".into());
    }
    if let Some(whole) = a.part_of {
        let w = entity(b, whole)?;
        if whole == i || w.kind != EntityKind::Casualty {
            return bad(format!(
                "{} cannot be the whole this figure is a part of",
                describe(w)
            ));
        }
    }
    Ok(())
}

/// The accepted figure of an entity `kind` named `name`: required and consistent (never
/// superseded) for a casualty entity, absent otherwise.
pub fn entity_figure(
    kind: EntityKind,
    name: &str,
    figure: Option<&Figure>,
) -> Result<(), EditError> {
    let entity = format!("{} ({})", shown(name), kind.as_str());
    match (kind, figure) {
        (EntityKind::Casualty, None) => Err(EditError::FigureNeeded { entity }),
        (EntityKind::Casualty, Some(f)) => {
            figure_problem(f, true).map_or(Ok(()), |m| Err(EditError::BadFigure(m)))
        }
        (_, Some(_)) => Err(EditError::FigureNotAllowed { entity }),
        (_, None) => Ok(()),
    }
}

/// A name the loader accepts: not blank.
pub fn name(name: &str) -> Result<(), EditError> {
    match name.trim().is_empty() {
        true => Err(EditError::EmptyName),
        false => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_shown_on_one_short_line() {
        assert_eq!(shown("Le\n  Campement\u{1b}[2J"), "Le Campement [2J");
        let long = "a".repeat(50);
        assert_eq!(shown(&long), format!("{}…", "a".repeat(40)));
    }
}
