//! Tests of the rules round 5 added: where a name ends (module `extent`: a saint's
//! building, a bracketed other name, a building in a town), the area between a title and its
//! holder, a feast's day, an era or time, title acronyms, a quotation's first word, a people
//! named as such, a clause of place, ties to a party and lists after them, a faith's
//! adjective before an area word, houses of worship, and a verb in -s before its object.

use super::*;
use EntityKind::{Actor, Place};

pub(super) fn found(text: &str) -> Vec<(String, EntityKind)> {
    super::super::candidate::marked(text, "en", find)
}

/// Asserts that `text` gives `name` as `kind`.
#[track_caller]
pub(super) fn proposes(text: &str, name: &str, kind: EntityKind) {
    let got = found(text);
    assert!(
        got.iter().any(|(n, k)| n == name && *k == kind),
        "{text}: {name} as {kind:?} in {got:?}"
    );
}

/// Asserts that no proposal of `text` passes `test` on its name.
#[track_caller]
pub(super) fn proposes_none(text: &str, test: impl Fn(&str) -> bool) {
    let got = found(text);
    assert!(!got.iter().any(|(n, _)| test(n)), "{text}: {got:?}");
}

#[test]
fn a_saints_building_goes_on_past_the_possessive() {
    proposes(
        "Mourners filled St Anne's Parish Church on Friday.",
        "St Anne's Parish Church",
        Place,
    );
    let text = "The choir sang at St Luke’s and St John's Chapel in the evening.";
    proposes(text, "St Luke’s and St John's Chapel", Place);
    assert!(!found(text).iter().any(|(_, k)| *k == Actor));
    proposes(
        "The wounded were taken to St Brigid's hospital nearby.",
        "St Brigid's hospital",
        Place,
    );
    // Any other possessive still ends the name.
    let text = "They met at Olek's Grand Hotel.";
    proposes(text, "Grand Hotel", Place);
    proposes_none(text, |n| n.starts_with("Olek's"));
}

#[test]
fn another_name_in_brackets_goes_on_to_the_place_word() {
    proposes(
        "Shots were fired at the Nur (Light) Grand Mosque at dawn.",
        "Nur (Light) Grand Mosque",
        Place,
    );
    // Not a bracket that closes the name, nor one before no place word.
    proposes_none(
        "The Kandar Liberation Front (KLF) Command said it was not involved.",
        |n| n.contains("(KLF) Command"),
    );
    proposes_none("Ada Zeno (Red Brigade) Leader spoke.", |n| n.contains('('));
}

#[test]
fn a_building_in_a_town_is_two_places() {
    let text = "The blast hit Kandar General Hospital in Zenovia on Monday.";
    proposes(text, "Kandar General Hospital", Place);
    proposes(text, "Zenovia", Place);
    proposes(
        "Traffic stopped on Ulmo Road in Rivendale after the blast.",
        "Ulmo Road",
        Place,
    );
    // "in" inside an organisation's name still joins it.
    let text = "It was claimed by the Sons of Kandar in the Western Hills.";
    assert!(
        found(text)
            .iter()
            .any(|(n, _)| n == "Sons of Kandar in the Western Hills"),
        "{:?}",
        found(text)
    );
}

#[test]
fn the_area_between_a_title_and_its_holder_is_a_place() {
    let text = "Inspector General Kandar Division Olek Varga told reporters the blast was loud.";
    proposes(text, "Kandar Division", Place);
    proposes(text, "Olek Varga", Actor);
    let text = "Governor Zeno Province Ada Lusk said schools would close.";
    proposes(text, "Zeno Province", Place);
    proposes(text, "Ada Lusk", Actor);
    // No area word: the whole run after the title is the holder's name.
    proposes("Commissioner Ada Lusk spoke.", "Ada Lusk", Actor);
}

#[test]
fn a_feasts_day_and_its_rite_name_no_party() {
    proposes_none(
        "Worshippers had gathered for Holy Thursday Mass when the bomb went off.",
        |n| n == "Holy" || n == "Mass",
    );
    // A place or a name before a weekday stays one.
    proposes("Shelling resumed in Kandar Monday.", "Kandar", Place);
    proposes(
        "The mayor told Zapnews Monday that schools would shut.",
        "Zapnews",
        Actor,
    );
}

#[test]
fn an_era_next_to_a_number_is_no_region() {
    proposes_none("The fort, built in 912 AD, was shelled overnight.", |n| {
        n == "AD"
    });
    proposes_none("The curfew starts at 10 PM, officials said.", |n| n == "PM");
}

#[test]
fn a_title_acronym_alone_names_no_one() {
    proposes_none("The DIG added that two guards were hurt.", |n| n == "DIG");
    proposes(
        "SSP Olek Varga said the road was closed.",
        "Olek Varga",
        Actor,
    );
}

#[test]
fn a_quotations_first_function_word_is_no_name() {
    proposes_none(
        "A witness said, “This was the worst night of my life.”",
        |n| n == "This",
    );
    proposes_none("Olek Varga said, “Those who did it will pay.”", |n| {
        n == "Those"
    });
}

#[test]
fn a_people_named_as_such_is_no_party() {
    proposes_none(
        "The camp housed mostly ethnic Ruritanians and some traders.",
        |n| n == "Ruritanians",
    );
}

#[test]
fn a_name_before_a_clause_of_place_is_a_place() {
    proposes(
        "Fighting flared again in the Varga, where rebels hold the hills.",
        "Varga",
        Place,
    );
}

#[test]
fn a_name_a_tie_points_to_is_a_party() {
    proposes(
        "The chaos has been beneficial to al-Zarqa and other groups.",
        "al-Zarqa",
        Actor,
    );
    let text = "Several cells affiliated with Kandar Front were dismantled.";
    assert!(!found(text).contains(&("Kandar Front".to_string(), Place)));
}

#[test]
fn the_cue_before_a_list_of_places_makes_each_a_government() {
    let text = "A force led by Kenya, Uganda, Burundi and Ethiopia pushed north.";
    for name in ["Kenya", "Uganda", "Burundi", "Ethiopia"] {
        proposes(text, name, Actor);
    }
    proposes(
        "Militias backed by Iran and Russia held the town.",
        "Russia",
        Actor,
    );
    // A list with no such cue stays a list of places.
    let text = "Refugees fled to Kenya, Uganda and Ethiopia.";
    for name in ["Kenya", "Uganda", "Ethiopia"] {
        proposes(text, name, Place);
    }
}

#[test]
fn a_faiths_adjective_before_an_area_word_is_no_place() {
    proposes_none(
        "The group wants to found an Islamic state across the region.",
        |n| n == "Islamic state",
    );
    proposes_none("Raiders burnt a Christian village at night.", |n| {
        n == "Christian village"
    });
    // A named area keeps its name.
    proposes("Troops entered Kano state on Monday.", "Kano state", Place);
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
        proposes(text, name, Place);
    }
}

#[test]
fn a_verb_in_s_before_its_object_is_no_plural_noun() {
    proposes("The UN warns its staff.", "UN", Actor);
    proposes(
        "Kandar Front blames the army for the attack.",
        "Kandar Front",
        Actor,
    );
    // A capitalised word before a plural noun still only qualifies it.
    proposes_none("Rebels drove Zetron trucks into the town.", |n| {
        n == "Zetron"
    });
}

#[test]
fn the_army_before_a_noun_qualifies_it() {
    proposes_none("A blast hit army recruits queueing at the gate.", |n| {
        n == "army"
    });
    proposes("The army said the road was open.", "army", Actor);
    proposes("Army troops moved in.", "Army troops", Actor);
}
