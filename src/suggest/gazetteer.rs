//! The gazetteer: names of countries, territories and major cities in one language, from
//! the CLDR data compiled into ICU4X (no hand-typed list).
//!
//! Countries and territories are CLDR's region display names (`icu_experimental`'s
//! `RegionDisplayNames`, every two-letter region code that has a name); cities are CLDR's
//! time-zone exemplar cities and location names (`icu_datetime`'s compiled time-zone name
//! data: Bamako, Baghdad, Kabul ...). Names are kept folded as search folds them
//! (`search::fold_query`), so a lookup forgives case, Arabic letter forms and diacritics.

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
use icu_time::TimeZone;
use rustc_hash::{FxHashMap, FxHashSet};
use zerovec::ule::AsULE;

use crate::search::fold_query;

/// Place names of one language, folded, each with the key of the place it names (the
/// region code such as `ML`, or the time-zone id such as `mlbko`), which is the same in
/// every language: CLDR's مالي and Mali both have the key `ML`.
#[derive(Debug, Default)]
pub struct Gazetteer {
    names: FxHashMap<String, String>,
    /// Region codes that have a name, keyed by themselves.
    codes: FxHashSet<String>,
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
                        gazetteer.add(name, code.as_str());
                        gazetteer.codes.insert(code.as_str().to_string());
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
            gazetteer.add_zones::<TimeZone>(r.payload.get().exemplars.iter());
        }
        if let Ok(r) = DataProvider::<TimezoneNamesCitiesRootV1>::load(&Baked, request()) {
            gazetteer.add_zones::<TimeZone>(r.payload.get().exemplars.iter());
        }
        if let Ok(r) = DataProvider::<TimezoneNamesLocationsOverrideV1>::load(&Baked, request()) {
            gazetteer.add_zones::<TimeZone>(r.payload.get().locations.iter());
        }
        if let Ok(r) = DataProvider::<TimezoneNamesLocationsRootV1>::load(&Baked, request()) {
            gazetteer.add_zones::<TimeZone>(r.payload.get().locations.iter());
        }
        gazetteer
    }

    /// Adds time-zone names, keyed by their zone.
    fn add_zones<'a, K>(&mut self, names: impl Iterator<Item = (&'a K::ULE, &'a str)>)
    where
        K: AsULE + std::fmt::Debug + 'a,
        K::ULE: 'a,
    {
        for (zone, name) in names {
            self.add(name, &format!("{:?}", K::from_unaligned(*zone)));
        }
    }

    fn add(&mut self, name: &str, key: &str) {
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
        // A region's name wins over a city's of the same spelling (Djibouti, Kuwait).
        self.names
            .entry(fold_query(name))
            .or_insert_with(|| key.to_string());
    }

    /// The key of the place a name (folded by the caller with `fold_query`) names in CLDR.
    pub fn key_folded(&self, folded: &str) -> Option<&str> {
        self.names.get(folded).map(String::as_str)
    }

    /// Whether a CLDR key is one of the organisations CLDR lists among its regions (the
    /// United Nations, the European Union, the Eurozone): actors, not places.
    pub fn is_organisation(key: &str) -> bool {
        matches!(key, "UN" | "EU" | "EZ")
    }

    /// The key of a two-letter acronym that is a CLDR region code with a name (UN, EU, US).
    pub fn region_code(&self, acronym: &str) -> Option<&str> {
        self.codes.get(acronym).map(String::as_str)
    }

    /// Whether a name is a place in CLDR.
    pub fn contains(&self, name: &str) -> bool {
        self.key_folded(&fold_query(name)).is_some()
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
    fn keys_are_shared_across_languages() {
        let (en, ar) = (Gazetteer::for_language("en"), Gazetteer::for_language("ar"));
        for (e, a) in [("Mali", "مالي"), ("Bamako", "باماكو"), ("Iraq", "العراق")] {
            let key = en.key_folded(&fold_query(e));
            assert!(key.is_some(), "{e}");
            assert_eq!(key, ar.key_folded(&fold_query(a)), "{e} {a}");
        }
    }

    #[test]
    fn region_codes_and_organisations() {
        let en = Gazetteer::for_language("en");
        assert_eq!(en.region_code("UN"), Some("UN"));
        assert_eq!(en.region_code("ML"), Some("ML"));
        assert_eq!(en.region_code("QQ"), None);
        assert!(Gazetteer::is_organisation("EU"));
        assert!(!Gazetteer::is_organisation("ML"));
        let ar = Gazetteer::for_language("ar");
        assert_eq!(ar.key_folded(&fold_query("الأمم المتحدة")), Some("UN"));
    }

    #[test]
    fn unknown_language_is_empty() {
        assert!(Gazetteer::for_language("not a tag!").is_empty());
    }
}
