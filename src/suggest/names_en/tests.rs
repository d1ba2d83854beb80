use super::*;

fn found(text: &str) -> Vec<(String, EntityKind)> {
    super::super::candidate::marked(text, "en", find)
}

use EntityKind::{Actor, Place};

#[test]
fn names_with_joining_words() {
    assert_eq!(
        found("It was claimed by al-Qaeda in the Islamic Maghreb last year."),
        [("al-Qaeda in the Islamic Maghreb".to_string(), Actor)]
    );
    assert_eq!(
        found("Gunmen stormed Le Campement Kangaba near Bamako on Sunday."),
        [
            ("Gunmen".to_string(), Actor),
            ("Le Campement Kangaba".to_string(), Actor),
            ("Bamako".to_string(), Place)
        ]
    );
    assert_eq!(
        found("The Islamic State jihadist group."),
        [("Islamic State jihadist group".to_string(), Actor)]
    );
}

#[test]
fn gazetteer_places_and_common_words() {
    assert_eq!(
        found("Fighting spread from Mosul to Benghazi and Timbuktu."),
        [
            ("Mosul".to_string(), Place),
            ("Benghazi".to_string(), Place),
            ("Timbuktu".to_string(), Place)
        ]
    );
    assert_eq!(
        found("MOSUL, Iraq — fighting went on."),
        [("MOSUL".to_string(), Place), ("Iraq".to_string(), Place)]
    );
    // Nice, Male and Reading are towns, but mostly words: places only after "in".
    let words = found("Nice weather. Male voters were Reading it.");
    assert!(words.iter().all(|(_, k)| *k != Place), "{words:?}");
    assert_eq!(
        found("A truck hit a crowd in Nice."),
        [("Nice".to_string(), Place)]
    );
}

#[test]
fn titles_and_roles() {
    assert_eq!(
        found("Security Minister Salif Traoré said two died."),
        [("Salif Traoré".to_string(), Actor)]
    );
    assert_eq!(
        found("said spokesman Baba Cisse."),
        [("Baba Cisse".to_string(), Actor)]
    );
    // A title's full stop ends no sentence: the name after it, never the title alone.
    assert!(
        found("Commissioner for Health, Dr. Haruna Mshelia told reporters.")
            .ends_with(&[("Haruna Mshelia".to_string(), Actor)])
    );
    assert_eq!(
        found("the spokesman, Col. Mustapha Anka confirmed it."),
        [("Mustapha Anka".to_string(), Actor)]
    );
    // Initials are one name: "U.S." is not "U" and a new sentence.
    assert!(
        found("the U.S. State Department said.")
            .iter()
            .all(|(n, _)| n != "U"),
        "{:?}",
        found("the U.S. State Department said.")
    );
}

#[test]
fn generic_actors_and_places() {
    assert_eq!(
        found("Malian government forces and French troops entered Mali."),
        [
            ("Malian government forces".to_string(), Actor),
            ("French troops".to_string(), Actor),
            ("Mali".to_string(), Place)
        ]
    );
    assert_eq!(
        found("A resort in Dougourakoro was hit."),
        [("Dougourakoro".to_string(), Place)]
    );
    assert_eq!(
        found("where the Radisson Blu hotel was"),
        [("Radisson Blu hotel".to_string(), Place)]
    );
    // The words opening the sentence are no names; the resort hit is the attacked site
    // (sites.rs), a place.
    for text in [
        "In November the resort was hit.",
        "However the resort was hit.",
    ] {
        assert_eq!(found(text), [("resort".to_string(), Place)], "{text}");
    }
}
