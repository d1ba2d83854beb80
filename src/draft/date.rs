//! A page's publication date: the `YYYY-MM-DD` at the start of its ISO 8601 timestamp, if
//! that is a real calendar date (the loader's own check, [`valid_date`]). `new` uses it as the
//! briefing's date when none is given, and reports a stamp that is not one against the
//! page it came from.

use crate::briefing::valid_date;

/// The `YYYY-MM-DD` at the start of an ISO 8601 timestamp, if it is a real date.
pub fn iso_date(stamp: &str) -> Option<String> {
    let date = stamp.trim().get(..10)?;
    valid_date(date).then(|| date.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_from_timestamps() {
        assert_eq!(
            iso_date("2017-06-18T14:00:00Z").as_deref(),
            Some("2017-06-18")
        );
        assert_eq!(iso_date(" 2016-02-29").as_deref(), Some("2016-02-29"));
        assert_eq!(iso_date("June 18, 2017"), None);
        assert_eq!(iso_date("2017-13-45T00:00:00Z"), None);
        assert_eq!(iso_date("2017-02-29"), None);
        assert_eq!(iso_date("2017-6-18"), None);
        assert_eq!(iso_date("+017-06-18"), None);
    }
}
