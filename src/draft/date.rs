//! A page's publication date: the `YYYY-MM-DD` at the start of its ISO 8601 timestamp, if
//! that is a real calendar date (checked with ICU's ISO calendar). `new` uses it as the
//! briefing's date when none is given, and reports a stamp that is not one against the
//! page it came from.

use icu_datetime::input::Date;

/// The `YYYY-MM-DD` at the start of an ISO 8601 timestamp, if it is a real date.
pub fn iso_date(stamp: &str) -> Option<String> {
    let date = stamp.trim().get(..10)?;
    let b = date.as_bytes();
    let shape = b.iter().enumerate().all(|(i, c)| match i {
        4 | 7 => *c == b'-',
        _ => c.is_ascii_digit(),
    });
    let number = |range: std::ops::Range<usize>| date[range].parse().ok();
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    let real = Date::try_new_iso(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?);
    (shape && real.is_ok()).then(|| date.to_string())
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
