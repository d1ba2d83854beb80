//! The gazetteer: names of countries, territories and major cities in one language, from
//! the CLDR data compiled into ICU4X (no hand-typed list).
//!
//! Countries and territories are CLDR's region display names (`icu_experimental`'s
//! `RegionDisplayNames`, every two-letter region code that has a name); cities are CLDR's
//! time-zone exemplar cities and location names (`icu_datetime`'s compiled time-zone name
//! data: Bamako, Baghdad, Kabul ...). Names are kept folded as search folds them
//! (`search::fold_query`), so a lookup forgives case, Arabic letter forms and diacritics.

use std::collections::HashSet;

use icu_datetime::provider::Baked;
use icu_datetime::provider::time_zones::{
    TimezoneNamesCitiesOverrideV1, TimezoneNamesCitiesRootV1, TimezoneNamesLocationsOverrideV1,
    TimezoneNamesLocationsRootV1,
};
use icu_experimental::displaynames::DisplayNamesOptions;
use icu_experimental::displaynames::multi::RegionDisplayNames;
use icu_locale_core::Locale;
use icu_locale_core::subtags::Region;
use icu_provider::prelude::*;

use crate::search::fold_query;

/// Place names of one language, folded.
#[derive(Debug, Default)]
pub struct Gazetteer {
    names: HashSet<String>,
    /// The longest name in words, so that a caller knows how far to look.
    max_words: usize,
}

impl Gazetteer {
    /// The CLDR place names for a language tag (`en`, `ar` ...); empty if CLDR has none.
    pub fn for_language(lang: &str) -> Gazetteer {
        let Ok(locale) = lang.parse::<Locale>() else {
            return Gazetteer::default();
        };
        let mut gazetteer = Gazetteer::default();
        if let Ok(regions) =
            RegionDisplayNames::try_new((&locale).into(), DisplayNamesOptions::default())
        {
            for a in b'A'..=b'Z' {
                for b in b'A'..=b'Z' {
                    let Ok(code) = Region::try_from_utf8(&[a, b]) else {
                        continue;
                    };
                    if let Some(name) = regions.of(code) {
                        gazetteer.add(name);
                    }
                }
            }
        }
        let data_locale = DataLocale::from(&locale);
        let id = DataIdentifierBorrowed::for_locale(&data_locale);
        let request = || DataRequest {
            id,
            ..Default::default()
        };
        if let Ok(r) = DataProvider::<TimezoneNamesCitiesOverrideV1>::load(&Baked, request()) {
            r.payload
                .get()
                .exemplars
                .iter_values()
                .for_each(|n| gazetteer.add(n));
        }
        if let Ok(r) = DataProvider::<TimezoneNamesCitiesRootV1>::load(&Baked, request()) {
            r.payload
                .get()
                .exemplars
                .iter_values()
                .for_each(|n| gazetteer.add(n));
        }
        if let Ok(r) = DataProvider::<TimezoneNamesLocationsOverrideV1>::load(&Baked, request()) {
            r.payload
                .get()
                .locations
                .iter_values()
                .for_each(|n| gazetteer.add(n));
        }
        if let Ok(r) = DataProvider::<TimezoneNamesLocationsRootV1>::load(&Baked, request()) {
            r.payload
                .get()
                .locations
                .iter_values()
                .for_each(|n| gazetteer.add(n));
        }
        gazetteer
    }

    fn add(&mut self, name: &str) {
        // CLDR names such as "Congo - Kinshasa" or "Hong Kong SAR China" keep only the
        // part before a dash or bracket, as articles write it.
        let name = name
            .split([' ', '(', '（'])
            .take_while(|w| *w != "-" && *w != "–")
            .collect::<Vec<_>>()
            .join(" ");
        let name = name.trim();
        if name.is_empty() {
            return;
        }
        self.max_words = self.max_words.max(name.split(' ').count());
        self.names.insert(fold_query(name));
    }

    /// Whether a name (folded by the caller with `fold_query`) is a place in CLDR.
    pub fn contains_folded(&self, folded: &str) -> bool {
        self.names.contains(folded)
    }

    /// Whether a name is a place in CLDR.
    pub fn contains(&self, name: &str) -> bool {
        self.contains_folded(&fold_query(name))
    }

    pub fn max_words(&self) -> usize {
        self.max_words
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_countries_and_cities() {
        let g = Gazetteer::for_language("en");
        assert!(g.len() > 300, "{} names", g.len());
        for place in [
            "Mali",
            "Iraq",
            "France",
            "Bamako",
            "Baghdad",
            "Kabul",
            "united states",
        ] {
            assert!(g.contains(place), "{place}");
        }
        assert!(!g.contains("Security"));
    }

    #[test]
    fn arabic_countries_and_cities() {
        let g = Gazetteer::for_language("ar");
        assert!(g.len() > 300, "{} names", g.len());
        for place in ["مالي", "العراق", "فرنسا", "باماكو", "بغداد", "كابول"]
        {
            assert!(g.contains(place), "{place}");
        }
    }

    #[test]
    fn unknown_language_is_empty() {
        assert!(Gazetteer::for_language("not a tag!").is_empty());
    }
}
