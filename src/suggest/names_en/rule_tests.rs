use super::*;
use EntityKind::{Actor, Place};

fn found(text: &str) -> Vec<(String, EntityKind)> {
    super::super::candidate::marked(text, "en", find)
}

fn has(text: &str, name: &str, kind: EntityKind) -> bool {
    found(text).iter().any(|(n, k)| n == name && *k == kind)
}

#[test]
fn a_name_with_its_place_word_is_one_place() {
    assert!(has(
        "Troops entered Kano state on Monday.",
        "Kano state",
        Place
    ));
    assert!(has(
        "Floods hit Ondo and Ekiti provinces last week.",
        "Ondo and Ekiti provinces",
        Place
    ));
    assert!(has(
        "They voted in the Basque region.",
        "Basque region",
        Place
    ));
    // A building, road or camp nests the name inside it; a province does not.
    let road = found("Gunmen blocked the Lagos-Ibadan road at dawn.");
    assert!(
        road.contains(&("Lagos-Ibadan road".to_string(), Place)),
        "{road:?}"
    );
    assert!(road.contains(&("Lagos".to_string(), Place)), "{road:?}");
    assert!(road.contains(&("Ibadan".to_string(), Place)), "{road:?}");
    let camp = found("Families fled to the Bakassi IDP camp yesterday.");
    assert!(
        camp.contains(&("Bakassi IDP camp".to_string(), Place)),
        "{camp:?}"
    );
    assert!(camp.contains(&("Bakassi".to_string(), Place)), "{camp:?}");
    assert!(!has("Troops entered Kano state on Monday.", "Kano", Place));
    assert!(has(
        "A storm crossed the Sea of Azov overnight.",
        "Sea of Azov",
        Place
    ));
}

#[test]
fn a_generic_building_is_a_place_not_its_owner() {
    let hq = found("A bomb went off outside the army headquarters in the town.");
    assert!(
        hq.contains(&("army headquarters".to_string(), Place)),
        "{hq:?}"
    );
    assert!(!hq.iter().any(|(n, _)| n == "army"), "{hq:?}");
    assert!(has(
        "Men stormed a local government office at noon.",
        "local government office",
        Place
    ));
}

#[test]
fn a_place_that_acts_is_its_government() {
    assert!(has(
        "Officials said Paris still insists on talks.",
        "Paris",
        Place
    ));
    assert!(has("Athens said the talks had failed.", "Athens", Actor));
    assert!(has(
        "Critics attacked Madrid’s nuclear programme.",
        "Madrid",
        Actor
    ));
    assert!(has("Fighters loyal to Cairo moved in.", "Cairo", Actor));
    // Not only places: a name something is attributed to did it.
    assert!(has(
        "a raid attributed to Zorgan Front.",
        "Zorgan Front",
        Actor
    ));
    assert!(has("a raid attributed to Zorgan Kel.", "Zorgan Kel", Actor));
    assert!(has(
        "Many tourists stay in Athens said a guide.",
        "Athens",
        Place
    ));
    // The state's head speaks for its government; its economy is the place's.
    assert!(has(
        "Ghana’s president, a former judge, has promised aid.",
        "Ghana",
        Actor
    ));
    assert!(has("Ghana’s economy grew last year.", "Ghana", Place));
}

#[test]
fn a_name_its_place_noun_or_location_places_is_a_place() {
    assert!(has(
        "The convoy is in the rebel stronghold of Kirari on the outskirts of the city.",
        "Kirari",
        Place
    ));
    assert!(has(
        "Troops reached the town of Dembaro at noon.",
        "Dembaro",
        Place
    ));
    assert!(has(
        "Shelling hit Tashkori north of the capital.",
        "Tashkori",
        Place
    ));
    assert!(!has(
        "Raids by Jund Kawar north of the capital went on.",
        "Jund Kawar",
        Place
    ));
    // A name ending like an adjective of origin is still a name before a preposition;
    // before a noun it qualifies it stays an adjective.
    assert!(has("Fighting spread to Kirari on Monday.", "Kirari", Place));
    assert!(
        !found("Kirari traders came early.")
            .iter()
            .any(|(n, _)| n == "Kirari")
    );
}

#[test]
fn generic_actors_with_their_qualifiers() {
    assert!(has("An eyewitness saw the smoke.", "eyewitness", Actor));
    // A bare head is marked without its article, as annotators mark it.
    assert!(has("Later the attackers fled.", "attackers", Actor));
    assert!(has(
        "said a rescue worker at the scene.",
        "rescue worker",
        Actor
    ));
    assert!(has(
        "according to unofficial sources.",
        "unofficial sources",
        Actor
    ));
    assert!(has("Greek media blamed the rebels.", "Greek media", Actor));
    assert!(has("the blast, state TV reported.", "state TV", Actor));
    assert!(has(
        "A suicide car bomber struck.",
        "suicide car bomber",
        Actor
    ));
    assert!(has(
        "Chad’s security forces arrived.",
        "Chad’s security forces",
        Actor
    ));
    assert!(has("Chad’s security forces arrived.", "Chad", Place));
    assert!(has(
        "They fought mostly Sunni militia forces.",
        "Sunni militia forces",
        Actor
    ));
}

#[test]
fn victims_titles_qualifiers_and_descriptions_are_no_actors() {
    let names = |t: &str| found(t).into_iter().map(|(n, _)| n).collect::<Vec<_>>();
    assert!(names("the dead, including police, were buried.").is_empty());
    assert_eq!(names("deputy governor Ali Musa arrived."), ["Ali Musa"]);
    assert!(names("They passed the military posts at night.").is_empty());
    assert!(names("They blamed a Sunni militant group for it.").is_empty());
    assert!(names("the group said it had done it.").is_empty());
    assert!(names("Men drove Acme trucks past the checkpoints.").is_empty());
    assert!(names("They planted two IEDs on the road.").is_empty());
    assert!(names("said the Minister of Works, who left.").is_empty());
}

#[test]
fn a_name_keeps_the_kind_a_cue_gives_it_elsewhere() {
    let text = "Fighting spread to Zarkoville on Monday. Zarkoville is 30 km away.";
    let both = found(text);
    assert_eq!(
        both,
        [
            ("Zarkoville".to_string(), Place),
            ("Zarkoville".to_string(), Place)
        ]
    );
    // The sentence's first word, with no cue, takes the kind of the later one.
    assert!(
        found("Zarkoville is 30 km from Zarkoville.")
            .iter()
            .all(|(_, k)| *k == Place)
    );
}

#[test]
fn initials_and_bracketed_acronyms() {
    assert!(has("sanctions by the U.S. on the firm.", "U.S.", Actor));
    assert!(has(
        "said the Joint Task Force (JTF) on Sunday.",
        "Joint Task Force (JTF)",
        Actor
    ));
    let nested = found("They met the EU Training Mission in Mali.");
    assert!(nested.contains(&("EU Training Mission in Mali".to_string(), Actor)));
    assert!(nested.contains(&("Mali".to_string(), Place)), "{nested:?}");
}

#[test]
fn a_part_of_a_city_with_its_direction_is_a_place() {
    let text = "Rockets hit a western Lyon suburb on Friday.";
    assert!(has(text, "western Lyon suburb", Place), "{:?}", found(text));
    assert!(has(text, "Lyon", Place), "{:?}", found(text));
}

#[test]
fn a_name_given_to_a_place_is_a_place() {
    // "called" gives the name: the city before it does not call on anyone.
    let text = "Shells fell on a district of northern Lyon called Vaise Haut on Friday.";
    assert!(has(text, "Lyon", Place), "{:?}", found(text));
    assert!(has(text, "Vaise Haut", Place), "{:?}", found(text));
    // The acting sense stays: "Paris called on the rebels".
    assert!(has("Paris called on the rebels to disarm.", "Paris", Actor));
}

#[test]
fn generic_phrases_keep_ordinals_prefixes_and_possessors() {
    let text = "The second attacker fled. A third would-be bomber was held. \
        The Al-Zarqa TV said so.";
    let all = found(text);
    for name in ["second attacker", "third would-be bomber", "Al-Zarqa TV"] {
        assert!(has(text, name, Actor), "{name}: {all:?}");
    }
    // A person's possessive with a force noun is one actor, the person nested in it.
    let text = "They fought beside General Juan Ortega’s forces in the hills.";
    assert!(
        has(text, "Juan Ortega’s forces", Actor),
        "{:?}",
        found(text)
    );
    assert!(has(text, "Juan Ortega", Actor), "{:?}", found(text));
}

#[test]
fn a_described_official_and_not_a_counted_question() {
    let text = "According to a Peruvian police official, the gunmen fled.";
    assert!(
        has(text, "Peruvian police official", Actor),
        "{:?}",
        found(text)
    );
    // The official referred back to, and a question of how many, are not proposed.
    let text = "It is unclear how many gunmen took part, said the official.";
    assert!(found(text).is_empty(), "{:?}", found(text));
    // A group described by its faith is a description, not a name.
    let text = "The Shiite group has been fighting there.";
    assert!(found(text).is_empty(), "{:?}", found(text));
    // Nor is a faith adjective part of the name after it.
    let text = "a base of the militant Sunni Jund Kawar group";
    assert!(has(text, "Jund Kawar", Actor), "{:?}", found(text));
}

#[test]
fn media_peoples_and_bylines_are_no_actors() {
    let none = |text: &str, word: &str| !found(text).iter().any(|(n, _)| n.contains(word));
    assert!(none(
        "The minister later wrote on Facebook that he was safe.",
        "Facebook"
    ));
    assert!(none(
        "The clip, in a post on Telegram, was shared widely.",
        "Telegram"
    ));
    assert!(none(
        "The army said in a statement on Facebook it had won.",
        "Facebook"
    ));
    assert!(none(
        "The mayor urged all Ruritanians to stay calm.",
        "Ruritanians"
    ));
    assert!(none("The quarter is home to many Sunni Kurds.", "Kurds"));
    assert!(none(
        "Six people were hurt in the blast.\n\nAdditional reporting by agencies",
        "agencies"
    ));
    assert!(none(
        "Six people were hurt in the blast.-Agencies",
        "Agencies"
    ));
    // With a cue or a modifier they are still proposed.
    assert!(!none("Police and Kurds said the road was closed.", "Kurds"));
    assert!(!none("Aid came from humanitarian agencies", "agencies"));
}

#[test]
fn an_office_named_without_its_holder_is_an_actor_with_its_organisation() {
    let text = "A spokesman for the Karo rescue service said nine were hurt.";
    let got = found(text);
    assert!(
        got.contains(&("spokesman for the Karo rescue service".to_string(), Actor)),
        "{got:?}"
    );
    assert!(
        got.contains(&("Karo rescue service".to_string(), Actor)),
        "{got:?}"
    );
    assert!(has(
        "Police found a car bomb, a local police source told reporters.",
        "local police source",
        Actor
    ));
    let got = found("But the general in charge of Karo Naval Command said the port was calm.");
    assert!(
        got.contains(&("general in charge of Karo Naval Command".to_string(), Actor)),
        "{got:?}"
    );
    let got = found("A representative of the UN mission said talks went on.");
    assert!(
        !got.iter().any(|(n, _)| n.starts_with("representative")),
        "{got:?}"
    );
    // A title next to its holder's name is not marked.
    for text in [
        "A spokesman for the Karo rescue service, Ali Benn, said nine were hurt.",
        "Ali Benn, a spokesman for the Karo rescue service, said nine were hurt.",
    ] {
        let got = found(text);
        assert!(
            !got.iter().any(|(n, _)| n.starts_with("spokesman")),
            "{got:?}"
        );
        assert!(
            got.contains(&("Karo rescue service".to_string(), Actor)),
            "{got:?}"
        );
    }
}

#[test]
fn a_place_inside_an_organisations_name_nests() {
    let got = found("Soldiers from the Kenya Defence Forces crossed at dawn.");
    assert!(
        got.contains(&("Kenya Defence Forces".to_string(), Actor)),
        "{got:?}"
    );
    assert!(got.contains(&("Kenya".to_string(), Place)), "{got:?}");
    let got = found("Sailors from the US Pacific Command sailed on.");
    assert!(
        got.contains(&("US Pacific Command".to_string(), Actor)),
        "{got:?}"
    );
    assert!(got.contains(&("US".to_string(), Place)), "{got:?}");
    // An organisation among the regions is no place inside a name.
    let got = found("Sailors from the EU Naval Force sailed on.");
    assert!(!got.contains(&("EU".to_string(), Place)), "{got:?}");
}

#[test]
fn directions_titles_verbs_and_vigilantes() {
    // A direction before a place names a part of it, the place nested.
    let got = found("Fighting went on in Tamanrasset, Southern Algeria (AFP).");
    assert!(
        got.contains(&("Southern Algeria".to_string(), Place)),
        "{got:?}"
    );
    assert!(got.contains(&("Algeria".to_string(), Place)), "{got:?}");
    // A title alone names no one.
    assert!(
        !found("She made her first trip as President in May.")
            .iter()
            .any(|(n, _)| n == "President")
    );
    // A name ending like an adjective of origin, before a reporting verb, is a speaker.
    assert!(has("“We hold the road,” Kirari added.", "Kirari", Actor));
    assert!(has(
        "Roadblocks are manned by soldiers and vigilantes near the town.",
        "vigilantes",
        Actor
    ));
}

#[test]
fn descriptions_and_background_nouns_are_not_proposed() {
    let got = found("A bomb hit the Ruritanian port city of Valdez on Monday.");
    assert!(!got.iter().any(|(n, _)| n.contains("port city")), "{got:?}");
    assert!(got.contains(&("Valdez".to_string(), Place)), "{got:?}");
    // "Basque region" alone is still a place.
    assert!(has(
        "They voted in the Basque region.",
        "Basque region",
        Place
    ));
    let none = |text: &str, word: &str| !found(text).iter().any(|(n, _)| n == word);
    assert!(none(
        "Visitors pass checks by guards at the gate.",
        "guards"
    ));
    assert!(none(
        "The lake is popular with tourists in summer.",
        "tourists"
    ));
    assert!(has(
        "Security guards returned fire at the gate.",
        "Security guards",
        Actor
    ));
}

#[test]
fn an_adjective_of_the_office_holder_is_not_part_of_the_name() {
    assert!(has(
        "Acting Transport Ministry spokesman Ali Benn said the road was shut.",
        "Transport Ministry",
        Actor
    ));
    assert!(has(
        "Acting Transport Ministry spokesman Ali Benn said the road was shut.",
        "Ali Benn",
        Actor
    ));
}

#[test]
fn a_groups_name_before_its_members_noun_is_the_group() {
    assert!(has(
        "Troops fought Jund Kawar Islamic insurgents near the border.",
        "Jund Kawar",
        Actor
    ));
    assert!(has(
        "On Monday Jund Kawar fighters entered the town.",
        "Jund Kawar",
        Actor
    ));
    // One word, often a people's, keeps its noun; adjectives alone keep it too.
    assert!(has(
        "The uprising by ethnic Zaghawa rebels spread.",
        "Zaghawa rebels",
        Actor
    ));
    assert!(has(
        "The uprising by Malian rebels spread.",
        "Malian rebels",
        Actor
    ));
}

#[test]
fn a_dateline_is_a_place_and_the_word_after_its_dash_no_name() {
    let text = "ZORVAN, Ruritania (AP) — A car bomb hit a checkpoint on Friday.";
    let got = found(text);
    assert!(got.contains(&("ZORVAN".to_string(), Place)), "{got:?}");
    assert!(!got.iter().any(|(n, _)| n == "A"), "{got:?}");
    // An acronym opening a sentence with no comma and country after it stays what it was.
    assert!(!has("NATO said the raid was over.", "NATO", Place));
}

#[test]
fn a_title_word_inside_a_building_s_name_names_no_person() {
    let got = found("The director of Zorvan General Hospital said 12 were hurt.");
    assert!(
        !got.iter().any(|(n, k)| n == "Hospital" && *k == Actor),
        "{got:?}"
    );
}

#[test]
fn faiths_languages_feasts_and_doctrines_name_no_party() {
    let text = "Sunni Arabs and Shi’ite Muslims living in Ostravia pray together during Ramadan, \
                a cleric said in Urdu, thanking God. The rise of Zealotism worried Hindus.";
    let names = found(text);
    for word in [
        "Arabs",
        "Sunni Arabs",
        "Shi’ite Muslims",
        "Muslims",
        "Ramadan",
        "Urdu",
        "God",
        "Zealotism",
        "Hindus",
    ] {
        assert!(!names.iter().any(|(n, _)| n == word), "{word}: {names:?}");
    }
    assert!(has(text, "Ostravia", Place), "{names:?}");
    // A faith inside a longer name keeps the name.
    assert!(has(
        "The Muslim Brotherhood said it would march.",
        "Muslim Brotherhood",
        Actor
    ));
}

#[test]
fn a_name_spelt_out_before_its_acronym_goes_on_past_and() {
    let text = "Police blamed the Front for Kandar and the Coast (FKC) for the blast.";
    let names = found(text);
    assert!(
        has(text, "Front for Kandar and the Coast", Actor),
        "{names:?}"
    );
    assert!(has(text, "FKC", Actor), "{names:?}");
    assert!(!names.iter().any(|(n, _)| n == "Coast"), "{names:?}");
    // Initials that do not spell the acronym: two names.
    let two = found("Police blamed the Front for Kandar and the Coast (XYZ) for it.");
    assert!(!two.iter().any(|(n, _)| n.contains(" and ")), "{two:?}");
}

#[test]
fn the_author_of_an_act_is_an_actor_even_with_a_place_word() {
    let text = "The bombing was carried out by the Velmar Province, a statement said.";
    let names = found(text);
    assert!(has(text, "Velmar Province", Actor), "{names:?}");
    assert!(has(text, "Velmar", Place), "{names:?}");
    assert!(has(
        "It was the work of a cell calling itself the Ostra Region.",
        "Ostra Region",
        Actor
    ));
    // A place word after a place preposition stays a place.
    assert!(has(
        "Troops were sent to the Velmar Province on Monday.",
        "Velmar Province",
        Place
    ));
}

#[test]
fn a_site_named_by_who_runs_it_is_the_site() {
    let text = "The blast hit a police-run school and an army-owned hotel near the river.";
    let names = found(text);
    assert!(has(text, "police-run school", Place), "{names:?}");
    assert!(has(text, "army-owned hotel", Place), "{names:?}");
    assert!(
        !names.iter().any(|(n, k)| n == "army" && *k == Actor),
        "{names:?}"
    );
    // Not a site after the hyphen: the army stays an actor.
    assert!(has(
        "The army-led operation ended as the army withdrew.",
        "army",
        Actor
    ));
}

#[test]
fn a_place_word_ending_a_persons_name_is_that_person() {
    // "Paris" is a place the gazetteer knows; here it is a man's last name.
    let text = "Mourners gathered after the judge Olek Paris was shot. Paris, a lawyer, had \
                received threats, and friends said Paris knew it.";
    let names = found(text);
    assert!(has(text, "Olek Paris", Actor), "{names:?}");
    assert!(
        names
            .iter()
            .filter(|(n, _)| n == "Paris")
            .all(|(_, k)| *k == Actor),
        "{names:?}"
    );
    // A name that is no person's (its first word a place) leaves the place alone.
    let radio = "Lagos Paris broadcast the news. Flights to Paris were cancelled.";
    assert!(has(radio, "Paris", Place), "{:?}", found(radio));
}

#[test]
fn a_name_in_ai_before_a_place_word_is_a_place() {
    // Words in -ai are places' names, not adjectives of origin like "Iraqi".
    let text = "Troops moved into the northern Tamai peninsula at dawn.";
    assert!(has(text, "Tamai peninsula", Place), "{:?}", found(text));
    assert!(has(
        "They fled to the Velm delta and the Kandar plateau.",
        "Kandar plateau",
        Place
    ));
    // An adjective of origin in -i before a place word names no place with it.
    let camp = found("Troops moved into the northern Kandari peninsula at dawn.");
    assert!(
        !camp.iter().any(|(n, _)| n == "Kandari peninsula"),
        "{camp:?}"
    );
}

#[test]
fn a_medium_named_by_its_account_or_page_is_no_party() {
    let text = "A post on a Zapster account close to the Velm Front claimed it.";
    let names = found(text);
    assert!(!names.iter().any(|(n, _)| n == "Zapster"), "{names:?}");
    assert!(has(text, "Velm Front", Actor), "{names:?}");
    let page = found("The Kandar Brigade said on its Pixly page that it fought.");
    assert!(!page.iter().any(|(n, _)| n == "Pixly"), "{page:?}");
}
