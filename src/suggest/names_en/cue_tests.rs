//! Tests of the cues around a name that round 5 added: the area between a title and its
//! holder, a feast's day, an era or time, title acronyms, a quotation's first word, a
//! people named as such, a clause of place, ties to a party, a faith's adjective before an
//! area word, and houses of worship.

use super::*;
use EntityKind::{Actor, Place};

fn found(text: &str) -> Vec<(String, EntityKind)> {
    super::super::candidate::marked(text, "en", find)
}

fn has(text: &str, name: &str, kind: EntityKind) -> bool {
    found(text).iter().any(|(n, k)| n == name && *k == kind)
}

fn named(text: &str, name: &str) -> bool {
    found(text).iter().any(|(n, _)| n == name)
}

#[test]
fn the_area_between_a_title_and_its_holder_is_a_place() {
    let text = "Inspector General Kandar Division Olek Varga told reporters the blast was loud.";
    assert!(has(text, "Kandar Division", Place), "{:?}", found(text));
    assert!(has(text, "Olek Varga", Actor), "{:?}", found(text));
    let text = "Governor Zeno Province Ada Lusk said schools would close.";
    assert!(has(text, "Zeno Province", Place), "{:?}", found(text));
    assert!(has(text, "Ada Lusk", Actor), "{:?}", found(text));
    // No area word: the whole run after the title is the holder's name.
    let text = "Commissioner Ada Lusk spoke.";
    assert!(has(text, "Ada Lusk", Actor), "{:?}", found(text));
}

#[test]
fn a_feasts_day_and_its_rite_name_no_party() {
    let text = "Worshippers had gathered for Lantern Sunday Mass when the bomb went off.";
    assert!(!named(text, "Lantern"), "{:?}", found(text));
    assert!(!named(text, "Mass"), "{:?}", found(text));
    // A place before a weekday stays a place.
    assert!(has("Shelling resumed in Kandar Monday.", "Kandar", Place));
}

#[test]
fn an_era_next_to_a_number_is_no_region() {
    let text = "The fort, built in 912 AD, was shelled overnight.";
    assert!(!named(text, "AD"), "{:?}", found(text));
    let text = "The curfew starts at 10 PM, officials said.";
    assert!(!named(text, "PM"), "{:?}", found(text));
}

#[test]
fn a_title_acronym_alone_names_no_one() {
    let text = "The DIG added that two guards were hurt.";
    assert!(!named(text, "DIG"), "{:?}", found(text));
    let text = "SSP Olek Varga said the road was closed.";
    assert!(has(text, "Olek Varga", Actor), "{:?}", found(text));
}

#[test]
fn a_quotations_first_function_word_is_no_name() {
    let text = "A witness said, “This was the worst night of my life.”";
    assert!(!named(text, "This"), "{:?}", found(text));
    let text = "Olek Varga said, “Those who did it will pay.”";
    assert!(!named(text, "Those"), "{:?}", found(text));
}

#[test]
fn a_people_named_as_such_is_no_party() {
    let text = "The camp housed mostly ethnic Ruritanians and some traders.";
    assert!(!named(text, "Ruritanians"), "{:?}", found(text));
}

#[test]
fn a_name_before_a_clause_of_place_is_a_place() {
    let text = "Fighting flared again in the Varga, where rebels hold the hills.";
    assert!(has(text, "Varga", Place), "{:?}", found(text));
}

#[test]
fn a_name_a_tie_points_to_is_a_party() {
    let text = "The chaos has been beneficial to al-Zarqa and other groups.";
    assert!(has(text, "al-Zarqa", Actor), "{:?}", found(text));
    let text = "Several cells affiliated with Kandar Front were dismantled.";
    assert!(!has(text, "Kandar Front", Place), "{:?}", found(text));
}

#[test]
fn a_faiths_adjective_before_an_area_word_is_no_place() {
    let text = "The group wants to found an Islamic state across the region.";
    assert!(!named(text, "Islamic state"), "{:?}", found(text));
    let text = "Raiders burnt a Christian village at night.";
    assert!(!named(text, "Christian village"), "{:?}", found(text));
    // A named area keeps its name.
    assert!(has(
        "Troops entered Kano state on Monday.",
        "Kano state",
        Place
    ));
}

#[test]
fn houses_of_worship_are_places() {
    for (text, name) in [
        (
            "A crowd gathered outside Holy Light Cathedral.",
            "Holy Light Cathedral",
        ),
        (
            "Pilgrims left Blue Dome Shrine at dusk.",
            "Blue Dome Shrine",
        ),
        ("The Old Stone Synagogue reopened.", "Old Stone Synagogue"),
    ] {
        assert!(has(text, name, Place), "{text}: {:?}", found(text));
    }
}
#[test]
fn a_verb_in_s_before_its_object_is_no_plural_noun() {
    assert!(
        has("The UN warns its staff.", "UN", Actor),
        "{:?}",
        found("The UN warns its staff.")
    );
    let text = "Kandar Front blames the army for the attack.";
    assert!(has(text, "Kandar Front", Actor), "{:?}", found(text));
    // A capitalised word before a plural noun still only qualifies it.
    let text = "Rebels drove Zetron trucks into the town.";
    assert!(!named(text, "Zetron"), "{:?}", found(text));
}

#[test]
fn the_cue_before_a_list_of_places_makes_each_a_government() {
    let text = "A force led by Kenya, Uganda, Burundi and Ethiopia pushed north.";
    for name in ["Kenya", "Uganda", "Burundi", "Ethiopia"] {
        assert!(has(text, name, Actor), "{name}: {:?}", found(text));
    }
    let text = "Militias backed by Iran and Russia held the town.";
    assert!(has(text, "Russia", Actor), "{:?}", found(text));
    // A list with no such cue stays a list of places.
    let text = "Refugees fled to Kenya, Uganda and Ethiopia.";
    for name in ["Kenya", "Uganda", "Ethiopia"] {
        assert!(has(text, name, Place), "{name}: {:?}", found(text));
    }
}
