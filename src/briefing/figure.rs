//! Casualty and hostage figures: what is counted, the count and how it is qualified, whether
//! the source revised it (`superseded`) and when it held (`as_of`, a [`Moment`]). Each figure
//! stands for the range of counts it allows ([`Figure::range`]), so that two figures can be
//! compared for whether both can be true; vague quantities ("dozens") get the count an
//! analyst codes them as ([`Qualifier::derived_count`]). Types and qualifiers know their
//! words in the format (`ALL`, `as_str`, `from_word`: the one list, also read by the reader's
//! figure form). Plain `Copy` values, used by the model, the loader and every display.

use std::ops::Range;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum FigureType {
    Killed,
    Injured,
    Hostages,
    Freed,
    Missing,
    Arrested,
    /// Killed and injured together ("more than 300 casualties"): compared with the sum of a
    /// source's killed and injured.
    Casualties,
    Other,
}

impl FigureType {
    /// Every type, in the order the format lists them.
    pub const ALL: [FigureType; 8] = [
        FigureType::Killed,
        FigureType::Injured,
        FigureType::Hostages,
        FigureType::Freed,
        FigureType::Missing,
        FigureType::Arrested,
        FigureType::Casualties,
        FigureType::Other,
    ];

    /// The type the format writes as `word`.
    pub fn from_word(word: &str) -> Option<FigureType> {
        FigureType::ALL.into_iter().find(|t| t.as_str() == word)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            FigureType::Killed => "killed",
            FigureType::Injured => "injured",
            FigureType::Hostages => "hostages",
            FigureType::Freed => "freed",
            FigureType::Missing => "missing",
            FigureType::Arrested => "arrested",
            FigureType::Casualties => "casualties",
            FigureType::Other => "other",
        }
    }
}

/// How a count is qualified: exactly, as a bound, about, or a vague quantity without a count
/// ("dozens"), whose count is derived ([`Qualifier::derived_count`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    #[default]
    Exact,
    AtLeast,
    MoreThan,
    About,
    UpTo,
    FewerThan,
    Several,
    Dozens,
    Scores,
    Hundreds,
    Thousands,
    /// An unstated number, at least one: "soldiers were among the dead".
    #[serde(rename = "some")]
    Unstated,
}

/// The tolerance of `about N`, in percent of N (at least 1): about 30 is 27 to 33.
pub const ABOUT_TOLERANCE_PERCENT: u64 = 10;

impl Qualifier {
    /// Every qualifier, in the order the format lists them.
    pub const ALL: [Qualifier; 12] = [
        Qualifier::Exact,
        Qualifier::AtLeast,
        Qualifier::MoreThan,
        Qualifier::About,
        Qualifier::UpTo,
        Qualifier::FewerThan,
        Qualifier::Several,
        Qualifier::Dozens,
        Qualifier::Scores,
        Qualifier::Hundreds,
        Qualifier::Thousands,
        Qualifier::Unstated,
    ];

    /// The qualifier the format writes as `word`.
    pub fn from_word(word: &str) -> Option<Qualifier> {
        Qualifier::ALL.into_iter().find(|q| q.as_str() == word)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::AtLeast => "at-least",
            Qualifier::MoreThan => "more-than",
            Qualifier::About => "about",
            Qualifier::UpTo => "up-to",
            Qualifier::FewerThan => "fewer-than",
            Qualifier::Several => "several",
            Qualifier::Dozens => "dozens",
            Qualifier::Scores => "scores",
            Qualifier::Hundreds => "hundreds",
            Qualifier::Thousands => "thousands",
            Qualifier::Unstated => "some",
        }
    }

    /// The words put before a count: "at least 20".
    fn words(self) -> &'static str {
        match self {
            Qualifier::AtLeast => "at least ",
            Qualifier::MoreThan => "more than ",
            Qualifier::About => "about ",
            Qualifier::UpTo => "up to ",
            Qualifier::FewerThan => "fewer than ",
            _ => "",
        }
    }

    /// For a vague quantity, the count an analyst codes it as and the range it stands for,
    /// following ACLED's convention of coding vague reports as fixed numbers ("several" 10,
    /// "dozens" 12, "hundreds" 100; "scores" 20, a score, and "thousands" 1000 likewise);
    /// "some", an unstated number, is at least one. None for a qualifier that goes with a
    /// count.
    pub fn derived_count(self) -> Option<(u64, Range<u64>)> {
        match self {
            Qualifier::Several => Some((10, 3..20)),
            Qualifier::Dozens => Some((12, 12..100)),
            Qualifier::Scores => Some((20, 20..200)),
            Qualifier::Hundreds => Some((100, 100..1000)),
            Qualifier::Thousands => Some((1000, 1000..u64::MAX)),
            Qualifier::Unstated => Some((1, 1..u64::MAX)),
            _ => None,
        }
    }

    pub fn is_vague(self) -> bool {
        self.derived_count().is_some()
    }
}

/// A date or date-time a source gives for a figure (`as_of`): `YYYY-MM-DD`, optionally
/// followed by `THH:MM`, `:SS` and a zone (`Z` or `+HH:MM`). Kept as written, in a fixed
/// buffer so that figures stay plain values.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Moment {
    bytes: [u8; Moment::MAX],
    len: u8,
}

impl Moment {
    const MAX: usize = 25;

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or("")
    }

    /// Whether `text` has the shape of a date or date-time (the date's own validity is
    /// checked by the loader).
    fn well_formed(text: &str) -> bool {
        let shape = |s: &str, pattern: &str| {
            s.len() == pattern.len()
                && s.bytes().zip(pattern.bytes()).all(|(c, p)| {
                    if p == b'9' {
                        c.is_ascii_digit()
                    } else {
                        c == p
                    }
                })
        };
        let (date, rest) = text.split_at(text.len().min(10));
        if !shape(date, "9999-99-99") {
            return false;
        }
        if rest.is_empty() {
            return true;
        }
        let zone_at = rest.find(['Z', '+', '-']).unwrap_or(rest.len());
        let (time, zone) = rest.split_at(zone_at);
        (shape(time, "T99:99") || shape(time, "T99:99:99"))
            && (zone.is_empty() || zone == "Z" || shape(&zone[1..], "99:99"))
    }

    pub fn date(&self) -> &str {
        &self.as_str()[..10]
    }
}

impl Moment {
    /// `text` as a moment, or why it is not one, naming the field it was read from.
    pub fn parse(field: &str, text: &str) -> Result<Moment, String> {
        if !Moment::well_formed(text) {
            return Err(format!(
                "{field} {text:?} is not a date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM, optionally :SS and Z or +HH:MM)"
            ));
        }
        let mut bytes = [0; Moment::MAX];
        bytes[..text.len()].copy_from_slice(text.as_bytes());
        Ok(Moment {
            bytes,
            len: text.len() as u8,
        })
    }
}

impl TryFrom<String> for Moment {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        Moment::parse("as_of", &text)
    }
}

impl From<Moment> for String {
    fn from(m: Moment) -> String {
        m.as_str().to_string()
    }
}

impl Serialize for Moment {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Moment {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Moment::try_from(String::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

/// The shape of a [`Moment`] as a JSON Schema pattern (for `as_of` and `published`).
pub(crate) const MOMENT_PATTERN: &str =
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2})?)?$";

impl JsonSchema for Moment {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Moment".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": MOMENT_PATTERN,
            "description": "When the figure held, as the source gives it: a date (2017-11-21) or date-time (2017-11-21T18:00, optionally :SS and Z or +HH:MM)."
        })
    }
}

impl std::fmt::Debug for Moment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A casualty or hostage figure, as an entity states it or as one source reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    #[serde(rename = "type")]
    pub kind: FigureType,
    /// The count; for a vague qualifier, the count derived from it.
    pub count: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count_max: Option<u64>,
    #[serde(default)]
    pub qualifier: Qualifier,
    /// An earlier figure that the source itself revised (its latest figure is another).
    #[serde(default, skip_serializing_if = "is_false")]
    pub superseded: bool,
    /// When the figure held, as the source gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<Moment>,
}

impl Figure {
    /// The figure in words: "at least 20 killed", "2-3 injured", "about 11,000" (type
    /// `other` is described by its entity's name, so only the number is given), "dozens
    /// injured"; a superseded one as "earlier: 8 killed", with "as of" when it has a time.
    pub fn describe(&self) -> String {
        let mut words = match self.kind {
            FigureType::Other => self.count_words(),
            kind => format!("{} {}", self.count_words(), kind.as_str()),
        };
        if let Some(at) = self.as_of {
            words.push_str(&format!(" as of {}", at.as_str()));
        }
        if self.superseded {
            words.insert_str(0, "earlier: ");
        }
        words
    }

    /// The count in words, without the type: "at least 20", "2-3", "dozens".
    pub fn count_words(&self) -> String {
        if self.qualifier.is_vague() {
            return self.qualifier.as_str().to_string();
        }
        let count = match self.count_max {
            Some(max) if max != self.count => format!("{}-{}", grouped(self.count), grouped(max)),
            _ => grouped(self.count),
        };
        format!("{}{count}", self.qualifier.words())
    }

    /// The counts the figure allows, as a range of whole numbers (end exclusive; `u64::MAX`
    /// stands for no bound): exact N is N; at least N is N and more, more than N is N+1 and
    /// more, up to N is 0 to N, fewer than N is 0 to N-1, about N is N ± 10% (at least ± 1),
    /// `count_max` closes a range; a vague quantity is the range it stands for.
    pub fn range(&self) -> Range<u64> {
        if let Some((_, range)) = self.qualifier.derived_count() {
            return range;
        }
        let (c, open) = (self.count, u64::MAX);
        let top = |end: u64| self.count_max.map_or(end, |m| m.saturating_add(1));
        match self.qualifier {
            Qualifier::AtLeast => c..top(open),
            Qualifier::MoreThan => c.saturating_add(1)..top(open),
            Qualifier::UpTo => 0..c.saturating_add(1),
            Qualifier::FewerThan => 0..c.max(1),
            Qualifier::About => {
                let tolerance = (c * ABOUT_TOLERANCE_PERCENT).div_ceil(100).max(1);
                c.saturating_sub(tolerance)..top(c.saturating_add(tolerance + 1))
            }
            _ => c..top(c.saturating_add(1)),
        }
    }

    /// Whether this figure and `other` can both be true: same type, overlapping ranges.
    pub fn compatible(&self, other: &Figure) -> bool {
        let (a, b) = (self.range(), other.range());
        self.kind == other.kind && a.start < b.end && b.start < a.end
    }
}

/// A count with thousands separators: 11000 -> "11,000".
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_type_and_qualifier_is_read_back_from_its_word_in_the_format() {
        for t in FigureType::ALL {
            assert_eq!(FigureType::from_word(t.as_str()), Some(t));
            assert_eq!(serde_json::to_value(t).unwrap(), t.as_str());
        }
        for q in Qualifier::ALL {
            assert_eq!(Qualifier::from_word(q.as_str()), Some(q));
            assert_eq!(serde_json::to_value(q).unwrap(), q.as_str());
        }
        assert_eq!(FigureType::from_word("Killed"), None);
        assert_eq!(Qualifier::from_word("at least"), None);
    }

    fn figure(count: u64, qualifier: Qualifier) -> Figure {
        Figure {
            kind: FigureType::Killed,
            count,
            count_max: None,
            qualifier,
            superseded: false,
            as_of: None,
        }
    }

    #[test]
    fn ranges_overlap_when_both_figures_can_be_true() {
        use Qualifier::*;
        let can = |a: Figure, b: Figure| a.compatible(&b) && b.compatible(&a);
        assert!(can(figure(358, AtLeast), figure(350, MoreThan)));
        assert!(can(figure(24, AtLeast), figure(30, Exact)));
        assert!(!can(figure(26, Exact), figure(23, Exact)));
        assert!(can(figure(30, About), figure(33, Exact)));
        assert!(!can(figure(30, About), figure(34, Exact)));
        assert!(
            can(figure(5, About), figure(6, Exact)),
            "at least one either way"
        );
        assert!(!can(figure(10, UpTo), figure(11, AtLeast)));
        assert!(!can(figure(10, FewerThan), figure(10, Exact)));
        assert!(can(figure(0, Dozens), figure(30, Exact)));
        assert!(!can(figure(0, Dozens), figure(8, Exact)));
        assert!(can(figure(0, Thousands), figure(u64::MAX - 1, AtLeast)));
        let ranged = Figure {
            count_max: Some(3),
            ..figure(2, Exact)
        };
        assert!(can(ranged, figure(3, Exact)) && !can(ranged, figure(4, Exact)));
        let injured = Figure {
            kind: FigureType::Injured,
            ..figure(26, Exact)
        };
        assert!(!can(injured, figure(26, Exact)), "different things");
    }

    #[test]
    fn vague_superseded_and_dated_figures_in_words() {
        let dozens = Figure {
            kind: FigureType::Injured,
            ..figure(12, Qualifier::Dozens)
        };
        assert_eq!(dozens.describe(), "dozens injured");
        let earlier = Figure {
            superseded: true,
            as_of: Some(Moment::try_from("2017-11-21T10:30+03:00".to_string()).unwrap()),
            ..figure(8, Qualifier::Exact)
        };
        assert_eq!(
            earlier.describe(),
            "earlier: 8 killed as of 2017-11-21T10:30+03:00"
        );
        for bad in [
            "2017-11-21T10",
            "21/11/2017",
            "2017-11-21T10:30+3",
            "2017-11-21 10:30",
        ] {
            assert!(Moment::try_from(bad.to_string()).is_err(), "{bad}");
        }
        for good in [
            "2017-11-21",
            "2017-11-21T10:30",
            "2017-11-21T10:30:05Z",
            "2017-11-21T10:30-05:00",
        ] {
            assert_eq!(Moment::try_from(good.to_string()).unwrap().as_str(), good);
        }
    }

    #[test]
    fn figure_words() {
        let f = figure(20, Qualifier::AtLeast);
        assert_eq!(f.describe(), "at least 20 killed");
        let g = Figure {
            kind: FigureType::Hostages,
            count_max: Some(3),
            ..figure(2, Qualifier::Exact)
        };
        assert_eq!(g.describe(), "2-3 hostages");
        let h = Figure {
            kind: FigureType::Other,
            ..figure(11000, Qualifier::About)
        };
        assert_eq!(h.describe(), "about 11,000");
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1000), "1,000");
        assert_eq!(grouped(1234567), "1,234,567");
    }
}
