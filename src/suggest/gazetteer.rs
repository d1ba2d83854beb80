//! The gazetteer: place names of one language from data, never a hand-typed list. Countries
//! and territories are CLDR's region display names (compiled into ICU4X:
//! `icu_experimental`'s `RegionDisplayNames`, every two-letter region code that has a name,
//! in English and Arabic alike), and so are continents and world regions (UN M.49's
//! three-digit codes: "Africa", "Western Asia", أفريقيا, but the world itself); cities of 15 000 people or more and first-level regions
//! (provinces, governorates, states: GeoNames' admin1) are GeoNames' (`gazetteer_table`,
//! embedded), with their names in the language's script. A region is found bare and with
//! a region word before or after it ("Zamfara", "Zamfara State", "محافظة ذي قار", whether
//! or not the data holds that form: `REGION_WORDS`); a name it shares with a city or
//! country of its own is theirs (Lagos the city, "Lagos State" the region).
//!
//! Names are kept folded as search folds them (`search::fold_query`), so a lookup forgives
//! case, Arabic letter forms and diacritics. Each name leads to the key of its place, the
//! same in every language (CLDR's `ML` for مالي and Mali, GeoNames' `g2460596` for باماكو
//! and Bamako, `a1140043` for هلمند and Helmand, `a` marking a region: GeoNames' countries
//! share CLDR's codes, so a country has one key), and says
//! whether the name is mostly a common word ([`Hit::common`]).

use icu_experimental::displaynames::DisplayNamesOptions;
use icu_experimental::displaynames::multi::RegionDisplayNames;
use icu_locale_core::Locale;
use icu_locale_core::subtags::Region;
use rustc_hash::{FxHashMap, FxHashSet};

use super::gazetteer_table::{Place, table};
use crate::search::fold_query;

/// General words, folded, that name a first-level region before or after its name ("Dhi
/// Qar Governorate", "محافظة ذي قار"): with one, a region's bare name is the region, whether
/// or not the table holds that form.
const REGION_WORDS: &[&str] = &[
    "state",
    "province",
    "governorate",
    "region",
    "محافظه",
    "ولايه",
    "اقليم",
    "منطقه",
    "مقاطعه",
];

/// What a name leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit<'a> {
    /// The key of the place, the same in every language.
    pub key: &'a str,
    /// The name is mostly a common word ("Nice", صور): a place only with a cue.
    pub common: bool,
}

impl Hit<'_> {
    /// Whether the place is a first-level region (a province, governorate or state: the
    /// table's keys `a…`).
    pub fn is_region(&self) -> bool {
        self.key.starts_with('a')
    }
}

/// Place names of one language, folded.
#[derive(Debug, Default)]
pub struct Gazetteer {
    /// CLDR's region names: they win over the table's (Djibouti the country, not the city).
    regions: FxHashMap<String, String>,
    /// Region codes that have a name, keyed by themselves.
    codes: FxHashSet<String>,
    /// The table's names in the language's script.
    places: Option<&'static FxHashMap<&'static str, Place>>,
}

impl Gazetteer {
    /// The place names for a language tag (`en`, `ar` ...); empty if there are none.
    pub fn for_language(lang: &str) -> Gazetteer {
        let Ok(locale) = lang.parse::<Locale>() else {
            return Gazetteer::default();
        };
        let mut gazetteer = Gazetteer {
            places: match locale.id.language.as_str() {
                "ar" => Some(&table().arabic),
                lang if super::is_latin_language(lang) => Some(&table().latin),
                _ => None,
            },
            ..Gazetteer::default()
        };
        if let Ok(regions) =
            RegionDisplayNames::try_new((&locale).into(), DisplayNamesOptions::default())
        {
            for a in b'A'..=b'Z' {
                for b in b'A'..=b'Z' {
                    let Ok(code) = Region::try_from_utf8(&[a, b]) else {
                        continue;
                    };
                    if let Some(name) = regions.of(code) {
                        gazetteer.add_region(name, code.as_str());
                        gazetteer.codes.insert(code.as_str().to_string());
                    }
                }
            }
            // Continents and world regions: UN M.49's three-digit codes that CLDR names
            // ("Africa", "Western Asia", "Latin America"), but 001, the world ("world
            // powers", "World Bank"), a common word. Their codes are no acronyms.
            for n in 2..1000 {
                let code = format!("{n:03}");
                if let Ok(region) = Region::try_from_utf8(code.as_bytes())
                    && let Some(name) = regions.of(region)
                {
                    gazetteer.add_region(name, &code);
                }
            }
        }
        gazetteer
    }

    fn add_region(&mut self, name: &str, key: &str) {
        // CLDR names such as "Congo - Kinshasa" or "Hong Kong SAR China" keep only the
        // part before a dash or bracket, as articles write it.
        let name = name
            .split([' ', '(', '（'])
            .take_while(|w| *w != "-" && *w != "–")
            .collect::<Vec<_>>()
            .join(" ");
        let name = name.trim();
        if !name.is_empty() {
            self.regions
                .entry(fold_query(name))
                .or_insert_with(|| key.to_string());
        }
    }

    /// What a name (folded by the caller with `fold_query`) names, if it is a place: the
    /// name as the data holds it, else a region's name with a region word.
    pub fn lookup(&self, folded: &str) -> Option<Hit<'_>> {
        self.exact(folded).or_else(|| self.region_with_word(folded))
    }

    fn exact(&self, folded: &str) -> Option<Hit<'_>> {
        if let Some(key) = self.regions.get(folded) {
            return Some(Hit { key, common: false });
        }
        self.places?.get(folded).map(|p| Hit {
            key: p.key,
            common: p.common,
        })
    }

    /// "X Governorate", "محافظة X": the region X, never a city X (محافظة بغداد is not the
    /// city); the region word is the cue, so a common word is a place here.
    fn region_with_word(&self, folded: &str) -> Option<Hit<'_>> {
        let (first, after) = folded.split_once(' ')?;
        let (before, last) = folded.rsplit_once(' ')?;
        let bare = match (REGION_WORDS.contains(&first), REGION_WORDS.contains(&last)) {
            (true, _) => after,
            (false, true) => before,
            (false, false) => return None,
        };
        let hit = self.exact(bare).filter(Hit::is_region)?;
        Some(Hit {
            common: false,
            ..hit
        })
    }

    /// The key of the place a folded name names, common word or not.
    pub fn key_folded(&self, folded: &str) -> Option<&str> {
        self.lookup(folded).map(|h| h.key)
    }

    /// Whether a key is one of the organisations CLDR lists among its regions (the United
    /// Nations, the European Union, the Eurozone): actors, not places.
    pub fn is_organisation(key: &str) -> bool {
        matches!(key, "UN" | "EU" | "EZ")
    }

    /// The key of a two-letter acronym that is a CLDR region code with a name (UN, EU, US).
    pub fn region_code(&self, acronym: &str) -> Option<&str> {
        self.codes.get(acronym).map(String::as_str)
    }

    /// Whether a name is a place that is not mostly a common word.
    pub fn contains(&self, name: &str) -> bool {
        self.lookup(&fold_query(name)).is_some_and(|h| !h.common)
    }

    pub fn len(&self) -> usize {
        self.regions.len() + self.places.map_or(0, FxHashMap::len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_countries_and_cities() {
        let g = Gazetteer::for_language("en");
        assert!(g.len() > 50_000, "{} names", g.len());
        for place in [
            "Mali",
            "Iraq",
            "France",
            "Bamako",
            "Baghdad",
            "Kabul",
            "united states",
            "Mosul",
            "Benghazi",
            "Timbuktu",
            "MOSUL",
        ] {
            assert!(g.contains(place), "{place}");
        }
        assert!(!g.contains("Security"));
    }

    /// Continents and world regions come from CLDR's M.49 codes in both languages; the
    /// world itself is a common word, no place.
    #[test]
    fn continents_and_world_regions() {
        let (en, ar) = (Gazetteer::for_language("en"), Gazetteer::for_language("ar"));
        for place in ["Africa", "Europe", "Western Asia", "Latin America"] {
            assert!(en.contains(place), "{place}");
        }
        for place in ["أفريقيا", "آسيا", "شمال أفريقيا"] {
            assert!(ar.contains(place), "{place}");
        }
        assert!(!en.contains("world"));
        assert_eq!(en.region_code("002"), None, "a numeric code is no acronym");
        assert_eq!(
            en.lookup("africa").map(|h| h.key),
            ar.lookup(&fold_query("أفريقيا")).map(|h| h.key)
        );
    }

    #[test]
    fn arabic_countries_and_cities() {
        let g = Gazetteer::for_language("ar");
        assert!(g.len() > 10_000, "{} names", g.len());
        for place in [
            "مالي",
            "العراق",
            "فرنسا",
            "باماكو",
            "بغداد",
            "كابل",
            "الموصل",
            "بنغازي",
            "بنغازى",
            "تمبكتو",
        ] {
            assert!(g.contains(place), "{place}");
        }
    }

    /// Names that are mostly words are no places without a cue, in both languages; the
    /// marks come from word frequencies, not from a list.
    #[test]
    fn common_words_are_marked() {
        let (en, ar) = (Gazetteer::for_language("en"), Gazetteer::for_language("ar"));
        for word in ["Nice", "Male", "Reading", "Of", "Police", "Gold"] {
            assert!(!en.contains(word), "{word}");
        }
        for word in ["المدينة", "صور", "سلطات", "الخميس", "جامعة"] {
            assert!(!ar.contains(word), "{word}");
        }
        for word in ["في", "قرب", "من", "group", "the", "said"] {
            let folded = fold_query(word);
            let hit = en.lookup(&folded).or(ar.lookup(&folded));
            assert!(hit.is_none_or(|h| h.common), "{word}: {hit:?}");
        }
    }

    #[test]
    fn keys_are_shared_across_languages() {
        let (en, ar) = (Gazetteer::for_language("en"), Gazetteer::for_language("ar"));
        for (e, a) in [
            ("Mali", "مالي"),
            ("Bamako", "باماكو"),
            ("Iraq", "العراق"),
            ("Mosul", "الموصل"),
            ("Benghazi", "بنغازي"),
            ("Timbuktu", "تمبكتو"),
        ] {
            let key = en.key_folded(&fold_query(e));
            assert!(key.is_some(), "{e}");
            assert_eq!(key, ar.key_folded(&fold_query(a)), "{e} {a}");
        }
    }

    /// First-level regions (provinces, governorates, states) are GeoNames' admin1 places:
    /// one key in both languages, found bare and with their region word.
    #[test]
    fn regions_in_both_languages_share_their_key() {
        let (en, ar) = (Gazetteer::for_language("en"), Gazetteer::for_language("ar"));
        for (e, a) in [
            ("Anbar", "الأنبار"),
            ("Diyala", "ديالى"),
            ("Diyala Governorate", "محافظة ديالى"),
            ("Helmand", "هلمند"),
            ("Hadramawt", "حضرموت"),
            ("Wasit", "واسط"),
        ] {
            let key = en.key_folded(&fold_query(e));
            assert!(key.is_some_and(|k| k.starts_with('a')), "{e}: {key:?}");
            assert_eq!(key, ar.key_folded(&fold_query(a)), "{e} {a}");
        }
        for place in [
            "Diyala",
            "Helmand",
            "Zamfara",
            "Zamfara State",
            "Rivers State",
        ] {
            assert!(en.contains(place), "{place}");
        }
        assert_eq!(
            en.key_folded("zamfara state"),
            en.key_folded("zamfara"),
            "a region word after the name"
        );
        for place in ["هلمند", "محافظة ديالى", "ولاية هلمند"] {
            assert!(ar.contains(place), "{place}");
        }
    }

    /// A region word before or after a region's name finds the region even where the data
    /// has no such form; never a city of that name, and a common word is a place with it.
    #[test]
    fn region_words_find_regions() {
        let (en, ar) = (Gazetteer::for_language("en"), Gazetteer::for_language("ar"));
        let region = en.key_folded("dhi qar");
        assert!(region.is_some_and(|k| k.starts_with('a')), "{region:?}");
        for name in ["Dhi Qar Governorate", "Dhi Qar province"] {
            assert_eq!(en.key_folded(&fold_query(name)), region, "{name}");
        }
        for name in ["محافظة ذي قار", "ذي قار"] {
            assert_eq!(ar.key_folded(&fold_query(name)), region, "{name}");
        }
        assert_eq!(ar.key_folded(&fold_query("محافظة بغداد")), None, "the city");
        assert_eq!(en.key_folded("lagos province"), None, "the city");
        assert!(!en.contains("Plateau") && en.contains("Plateau State"));
        assert!(en.contains("Plateau Region") && !en.contains("Security Region"));
    }

    /// A region gives way to a city or country of the same name (the state is "Lagos
    /// State"), and its name is a place only with a cue when it is a common word.
    #[test]
    fn regions_yield_to_cities_and_common_words() {
        let (en, ar) = (Gazetteer::for_language("en"), Gazetteer::for_language("ar"));
        for (city, region) in [("lagos", "lagos state"), ("baghdad", "baghdad governorate")] {
            let (city, region) = (en.key_folded(city), en.key_folded(region));
            assert!(
                city.is_some() && region.is_some() && city != region,
                "{city:?}"
            );
        }
        assert_eq!(
            en.key_folded("baghdad"),
            ar.key_folded(&fold_query("بغداد"))
        );
        assert_eq!(en.key_folded("niger"), Some("NE"));
        for word in ["Rivers", "Plateau", "Western", "Central", "Coast"] {
            assert!(!en.contains(word), "{word}");
        }
        assert!(!ar.contains("الجنوب"));
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
