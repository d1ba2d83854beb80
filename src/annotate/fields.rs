//! Edits of the plain fields: the briefing's title, date and summary, and an article's
//! source, url and publication time. A [`Field`] names one; [`set`] checks the value as the
//! loader would (a title and a source are not blank, a date is a calendar date, a
//! publication time a date or date-time, an optional field may be removed) and returns the
//! edit that puts the old value back.

use crate::briefing::{ArticleIx, Briefing, Moment, valid_date};

use super::check::shown;
use super::edit::{Edit, EditError};

/// A field of the briefing, or of one of its articles, that edits may set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Title,
    Date,
    Summary,
    Source(ArticleIx),
    Url(ArticleIx),
    /// When the source published the article: a date or a date-time.
    Published(ArticleIx),
}

impl Field {
    /// The field's key in the file (and its name in messages).
    pub fn key(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Date => "date",
            Field::Summary => "summary",
            Field::Source(_) => "source",
            Field::Url(_) => "url",
            Field::Published(_) => "published",
        }
    }

    /// The article the field belongs to, if it is an article's.
    pub fn article(self) -> Option<ArticleIx> {
        match self {
            Field::Source(a) | Field::Url(a) | Field::Published(a) => Some(a),
            Field::Title | Field::Date | Field::Summary => None,
        }
    }

    /// Whether the field may be left out of the file.
    pub fn optional(self) -> bool {
        matches!(self, Field::Summary | Field::Url(_) | Field::Published(_))
    }

    /// The field's value in `b` (None: left out, or no such article).
    pub fn get(self, b: &Briefing) -> Option<&str> {
        let article = |a: ArticleIx| a.get(b);
        match self {
            Field::Title => Some(&b.title),
            Field::Date => Some(&b.date),
            Field::Summary => b.summary.as_deref(),
            Field::Source(a) => article(a).map(|a| a.source.as_str()),
            Field::Url(a) => article(a).and_then(|a| a.url.as_deref()),
            Field::Published(a) => {
                article(a).and_then(|a| a.published.as_ref().map(Moment::as_str))
            }
        }
    }
}

/// Sets `field` to `value` (None removes an optional field), refusing what would not load.
pub fn set(b: &mut Briefing, field: Field, value: Option<&str>) -> Result<Edit, EditError> {
    if let Some(a) = field.article()
        && a.get(b).is_none()
    {
        return Err(EditError::UnknownArticle(a));
    }
    match value {
        None if !field.optional() => return Err(EditError::EmptyField(field.key())),
        Some(v) if !field.optional() && v.trim().is_empty() => {
            return Err(EditError::EmptyField(field.key()));
        }
        Some(v) if field == Field::Date && !valid_date(v) => {
            return Err(EditError::BadDate(shown(v)));
        }
        _ => {}
    }
    let published = match (field, value) {
        (Field::Published(_), Some(v)) => Some(moment(v)?),
        _ => None,
    };
    let old = field.get(b).map(str::to_string);
    let new = value.map(str::to_string);
    match field {
        Field::Title => b.title = new.unwrap_or_default(),
        Field::Date => b.date = new.unwrap_or_default(),
        Field::Summary => b.summary = new,
        Field::Source(a) => b.articles[a].source = new.unwrap_or_default(),
        Field::Url(a) => b.articles[a].url = new,
        Field::Published(a) => b.articles[a].published = published,
    }
    Ok(Edit::SetField { field, value: old })
}

/// A publication time as the loader reads it: a date or date-time, on a calendar date.
fn moment(v: &str) -> Result<Moment, EditError> {
    let m = Moment::parse("published", v).map_err(EditError::BadValue)?;
    match valid_date(m.date()) {
        true => Ok(m),
        false => Err(EditError::BadDate(shown(v))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::apply;
    use crate::briefing::bundled;

    fn set_to(field: Field, value: Option<&str>) -> Edit {
        Edit::SetField {
            field,
            value: value.map(str::to_string),
        }
    }

    #[test]
    fn each_field_is_set_and_undone() {
        let original = bundled().unwrap().briefing;
        let en = ArticleIx(0);
        for (field, value) in [
            (Field::Title, Some("A new title")),
            (Field::Date, Some("2017-06-19")),
            (Field::Summary, Some("Short.")),
            (Field::Summary, None),
            (Field::Source(en), Some("Reuters")),
            (Field::Url(en), Some("https://example.org/a")),
            (Field::Published(en), Some("2017-06-18")),
            (Field::Published(en), Some("2017-06-18T19:05+02:00")),
        ] {
            let mut b = original.clone();
            let inverse = apply(&mut b, &set_to(field, value)).unwrap();
            assert_eq!(field.get(&b), value, "{field:?}");
            apply(&mut b, &inverse).unwrap();
            assert_eq!(b, original, "{field:?} undone");
        }
    }

    #[test]
    fn what_would_not_load_is_refused() {
        let original = bundled().unwrap().briefing;
        let mut b = original.clone();
        for (field, value, said) in [
            (Field::Date, Some("2017-02-30"), "not a calendar date"),
            (Field::Date, Some("18 June 2017"), "YYYY-MM-DD"),
            (Field::Date, None, "the date cannot be empty"),
            (Field::Title, Some("  "), "the title cannot be empty"),
            (
                Field::Source(ArticleIx(1)),
                Some(""),
                "the source cannot be",
            ),
            (Field::Url(ArticleIx(9)), Some("x"), "no article #9"),
            (Field::Published(ArticleIx(0)), Some("June 18"), "date-time"),
            (
                Field::Published(ArticleIx(0)),
                Some("2017-02-30T10:00"),
                "calendar",
            ),
        ] {
            let err = apply(&mut b, &set_to(field, value)).unwrap_err();
            assert!(err.to_string().contains(said), "{field:?}: {err}");
        }
        assert_eq!(b, original);
    }
}
