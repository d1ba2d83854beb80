//! Tests of the rules round 6 added: a reporting verb's speaker (module `speaker`) and the
//! words at a run's edges that are not part of its name (module `edges`).

use super::cue_tests::{proposes, proposes_none};
use super::*;
use EntityKind::{Actor, Place};

#[test]
fn a_verb_after_a_closing_quote_or_a_place_of_origin_has_another_speaker() {
    proposes(
        "“Two shells fell on a bakery in Zorvane,” said the head of the rescue team.",
        "Zorvane",
        Place,
    );
    proposes(
        "Edda Kromm, a nurse from Velbrück, said the ward was full.",
        "Velbrück",
        Place,
    );
    // An apposition's name, and a name right before the verb, still speak.
    proposes(
        "Their leader, Ostrand, said the road was closed.",
        "Ostrand",
        Actor,
    );
    proposes(
        "Police in the town said Marvik told them the truth.",
        "Marvik",
        Actor,
    );
}

#[test]
fn joining_words_after_a_shed_function_word_go_too() {
    proposes("Most of Drovania is held by the army.", "Drovania", Place);
    proposes_none("Most of Drovania is held by the army.", |n| {
        n.starts_with("of ")
    });
}

#[test]
fn a_name_before_a_glued_based_is_the_place_something_is_based_in() {
    proposes("A Velbrück-based charity sent food.", "Velbrück", Place);
    proposes("said the Paris-based group", "Paris", Place);
    proposes_none("A Velbrück-based charity sent food.", |n| {
        n.contains("based")
    });
}

#[test]
fn a_faiths_adjective_before_a_known_place_is_not_part_of_its_name() {
    proposes(
        "Officials in mainly Buddhist Thailand said the border was shut.",
        "Thailand",
        Place,
    );
    proposes(
        "Voters in largely Sunni-Muslim Egypt said little.",
        "Egypt",
        Place,
    );
    // A faith's adjective opening an organisation's name stays.
    proposes(
        "The Muslim Brotherhood said it would not take part.",
        "Muslim Brotherhood",
        Actor,
    );
}

#[test]
fn a_title_opening_a_named_place_or_body_is_not_part_of_its_name() {
    let text = "The Chairman of Velbrück East District Council, Ada Zeno, confirmed it.";
    proposes(text, "Velbrück East District Council", Actor);
    proposes_none(text, |n| n.starts_with("Chairman"));
    proposes(
        "the Chairman of Zorvane North Local Government Area in the state, Ada Zeno, said",
        "Zorvane North Local Government Area",
        Place,
    );
    proposes(
        "said the Governor of the Ostmark Region on Monday",
        "Ostmark Region",
        Place,
    );
}

#[test]
fn a_place_in_a_province_is_two_places() {
    let text = "The blast hit a depot in Zorvane in Ostmark province near the border.";
    proposes(text, "Zorvane", Place);
    proposes(text, "Ostmark province", Place);
    // A group's name goes on past "in".
    proposes(
        "It was claimed by the Front for Freedom in the Ostmark Highlands.",
        "Front for Freedom in the Ostmark Highlands",
        Actor,
    );
}

#[test]
fn an_areas_adjective_before_its_place_word_is_part_of_the_name() {
    proposes(
        "Zorvane, the capital of the Ostmark tribal region, was shut.",
        "Ostmark tribal region",
        Place,
    );
}

#[test]
fn the_pronoun_i_and_a_common_nouns_acronym_name_no_one() {
    let text = "“I saw it,” she said of the rocket-propelled grenade (RPG) and the \
                improvised explosive device (IED) found by the Joint Task Force (JTF).";
    proposes_none(text, |n| ["I", "RPG", "IED"].contains(&n));
    proposes(text, "Joint Task Force (JTF)", Actor);
}

#[test]
fn a_faiths_glued_adjective_before_an_area_word_is_no_name() {
    proposes_none(
        "The blast hit a market in a Shi’ite district of the capital.",
        |n| n.contains("Shi"),
    );
}

#[test]
fn a_role_noun_is_an_actor_when_it_speaks() {
    proposes("Nine were hurt on Monday, a medic said.", "medic", Actor);
    let text = "Ten died near Velbrück, a member of parliament and a local lawmaker said.";
    proposes(text, "member of parliament", Actor);
    proposes(text, "local lawmaker", Actor);
    let text = "A nurse at the Zorvane clinic said nine were hurt, said a shopkeeper. \
                Police and paramedics said the road was shut, quoting a senior officer.";
    for role in ["nurse", "shopkeeper", "paramedics", "senior officer"] {
        proposes(text, role, Actor);
    }
    // Not when it does not speak.
    proposes_none("The doctor treated nine people and a resident fled.", |n| {
        n.contains("doctor") || n.contains("resident")
    });
    proposes_none(
        "Ada Zeno, a doctor at the city clinic said nine were hurt.",
        |n| n.contains("doctor") || n.contains("resident"),
    );
}

#[test]
fn armed_or_masked_men_are_a_party() {
    proposes(
        "Three masked men opened fire on the bus.",
        "masked men",
        Actor,
    );
    proposes(
        "The village was raided by armed men at dawn.",
        "armed men",
        Actor,
    );
    proposes_none("Young men and women queued for bread.", |n| {
        n.contains("men")
    });
}
