//! Issue 23's classes of casualty sentences in English: the sentence and the figures it
//! must give, and sentences that must give none. Every sentence is written for these tests.

use super::*;

#[test]
fn ages_durations_dates_times_ordinals_distances_money_are_not_counts() {
    assert_eq!(
        counts("A 12-year-old girl was among the dead."),
        [(Killed, 1)]
    );
    assert_eq!(
        counts("A man aged 45 was shot dead at the gate."),
        [(Killed, 1)]
    );
    assert_eq!(
        counts("The second blast went off an hour later, killing three guards."),
        [(Killed, 3)]
    );
    none("A month after a car bomb killed shoppers, the market reopened.");
    none("Gunmen held the hotel for 10 hours before troops stormed it.");
    // The distance is no count; "no one was hurt" reports none.
    assert_eq!(
        counts("The device exploded 200 metres from the convoy, and no one was hurt."),
        [(Injured, 0)]
    );
    none("The kidnappers demanded $5 million for the hostages.");
    none("The ransom was 3 million dollars, and the hostages are still held.");
    none("Turnout fell by 40% after the bombing.");
    none("At 10:30 on Friday gunmen opened fire on the convoy.");
    assert_eq!(
        figures("The fighting of 2019 killed thousands."),
        [(Killed, Vague("thousands"), Exact)],
        "the year is not a count"
    );
    none("On 3 March, gunmen wounded the guards.");
    // The time is no count; the driver the verb kills is one.
    assert_eq!(
        counts("The first attack came at 9 p.m., killing the driver."),
        [(Killed, 1)]
    );
    none("It was the third time in 12 months that the camp was attacked and looted.");
}

#[test]
fn each_count_takes_its_own_clause() {
    assert_eq!(
        counts("Three people died and five were hurt in the crash."),
        [(Killed, 3), (Injured, 5)]
    );
    assert_eq!(
        figures("At least 19 people died and 40 were wounded."),
        [(Killed, Count(19), AtLeast), (Injured, Count(40), Exact)]
    );
    assert_eq!(
        counts("Two soldiers were wounded in two separate attacks on Sunday."),
        [(Injured, 2)]
    );
    none("Soldiers were wounded in two separate attacks.");
    assert_eq!(
        counts("Five soldiers and two civilians were killed."),
        [(Killed, 5), (Killed, 2)]
    );
    assert_eq!(
        counts("The militants killed five soldiers, three police officers and two civilians."),
        [(Killed, 5), (Killed, 3), (Killed, 2)]
    );
    assert_eq!(
        counts("Police said 12 people were killed while 30 others were taken to hospital."),
        [(Killed, 12)]
    );
    assert_eq!(
        counts("The bombing killed four people and wounded 11 others."),
        [(Killed, 4), (Injured, 11)]
    );
    assert_eq!(counts("Three gunmen killed two guards."), [(Killed, 2)]);
    assert_eq!(counts("12 people were killed by 3 gunmen."), [(Killed, 12)]);
    // The patrol's clause ends at "when": the two soldiers are no figure, the driver is.
    assert_eq!(
        counts("Two soldiers were on patrol when a mine wounded the driver."),
        [(Injured, 1)]
    );
    // Killed and wounded together: one figure of both.
    assert_eq!(
        counts("Twenty people were killed or wounded in the shelling."),
        [(Casualties, 20)]
    );
    assert_eq!(
        counts("The shelling killed and wounded 20 people."),
        [(Casualties, 20)]
    );
}

#[test]
fn verbs_and_nouns_of_each_type() {
    assert_eq!(
        counts("Troops captured three gunmen near the border."),
        [(Arrested, 3)]
    );
    assert_eq!(counts("Police detained 14 suspects."), [(Arrested, 14)]);
    assert_eq!(
        counts("Four aid workers were abducted on the road."),
        [(Hostages, 4)]
    );
    assert_eq!(counts("Militants seized 20 hostages."), [(Hostages, 20)]);
    assert_eq!(counts("The kidnappers killed two hostages."), [(Killed, 2)]);
    assert_eq!(counts("Commandos freed 14 hostages."), [(Freed, 14)]);
    assert_eq!(counts("Six fighters were martyred."), [(Killed, 6)]);
    assert_eq!(counts("Seven people remain missing."), [(Missing, 7)]);
    assert_eq!(counts("The blast left 40 wounded."), [(Injured, 40)]);
    assert_eq!(counts("Ten of the dead were children."), [(Killed, 10)]);
}

#[test]
fn a_count_part_of_the_figure_before_takes_its_type() {
    assert_eq!(
        counts("The blast killed 20 people, including five children."),
        [(Killed, 20), (Killed, 5)]
    );
    assert_eq!(
        counts("Two people were killed, among them a French national."),
        [(Killed, 2), (Killed, 1)]
    );
    assert_eq!(
        figures("Two people have been killed so far."),
        [(Killed, Count(2), AtLeast)]
    );
    none("The delegation, including five ministers, arrived.");
}

#[test]
fn a_singular_noun_is_one() {
    assert_eq!(counts("A policeman was killed."), [(Killed, 1)]);
    assert_eq!(
        counts("The second bomb went off, killing a child."),
        [(Killed, 1)]
    );
    assert_eq!(
        counts("An off-duty police officer was wounded."),
        [(Injured, 1)]
    );
    assert_eq!(
        counts("A soldier died and another was wounded."),
        [(Killed, 1), (Injured, 1)]
    );
    assert_eq!(counts("A gunman killed four people."), [(Killed, 4)]);
    none("A soldier said the road was closed.");
    none("A car bomb killed.");
}

#[test]
fn vague_amounts_ranges_and_qualifiers() {
    assert_eq!(
        figures("Dozens of people were wounded."),
        [(Injured, Vague("dozens"), Exact)]
    );
    assert_eq!(
        figures("Scores were killed."),
        [(Killed, Vague("scores"), Exact)]
    );
    assert_eq!(
        figures("Police arrested hundreds of protesters."),
        [(Arrested, Vague("hundreds"), Exact)]
    );
    assert_eq!(
        figures("Between 15 and 20 people were killed."),
        [(Killed, Range(15, 20), Exact)]
    );
    assert_eq!(
        figures("15-20 people were wounded."),
        [(Injured, Range(15, 20), Exact)]
    );
    assert_eq!(
        figures("Two or three soldiers were hurt."),
        [(Injured, Range(2, 3), Exact)]
    );
    assert_eq!(
        figures("More than 30 people died."),
        [(Killed, Count(30), MoreThan)]
    );
    assert_eq!(
        figures("No fewer than 8 people were abducted."),
        [(Hostages, Count(8), AtLeast)]
    );
    assert_eq!(counts("On 2017-06-18 two people died."), [(Killed, 2)]);
}

#[test]
fn changing_tolls() {
    let found = find_figures(
        "Five people were killed on Monday. By Tuesday the death toll had risen to 35.",
    );
    let got: Vec<_> = found
        .iter()
        .map(|f| (f.kind, f.amount, f.superseded))
        .collect();
    assert_eq!(got, [(Killed, Count(5), true), (Killed, Count(35), false)]);
    let found = find_figures("The toll rose from 20 to 35.");
    let got: Vec<_> = found
        .iter()
        .map(|f| (f.kind, f.amount, f.superseded))
        .collect();
    assert_eq!(got, [(Killed, Count(20), true), (Killed, Count(35), false)]);
    let found = find_figures("The number of injured reached 40 and 3 were arrested.");
    let got: Vec<_> = found
        .iter()
        .map(|f| (f.kind, f.amount, f.superseded))
        .collect();
    assert_eq!(
        got,
        [(Injured, Count(40), false), (Arrested, Count(3), false)]
    );
    let found = find_figures("35 people were killed. The toll rose to 35.");
    assert!(
        found.iter().all(|f| !f.superseded),
        "the same count: {found:?}"
    );
    none("The number of troops rose to 5000.");
}

#[test]
fn more_verbs_of_death() {
    assert_eq!(counts("Four perish as ferry sinks"), [(Killed, 4)]);
    assert_eq!(
        counts("Eight were buried on Sunday in the family plot."),
        [(Killed, 8)]
    );
    none("The rebels buried weapons near the river.");
    none("Nine people were buried under the rubble.");
}

#[test]
fn a_count_with_its_noun_elided_goes_on_with_the_noun_before() {
    // "N at X" after a count of bodies: the same noun, a share.
    assert_eq!(
        shares(
            "The coroner said 40 bodies were taken to the city morgue, 12 at the army clinic, \
             while 7 were buried at the farm."
        ),
        [
            (Killed, Count(40), false, false),
            (Killed, Count(12), true, false),
            (Killed, Count(7), false, false)
        ]
    );
    none("Of the bodies, 20 went to the north morgue, 6 to the old army clinic.");
    assert_eq!(
        counts("30 bodies were found in the river, 2 in the forest and 4 in the town."),
        [(Killed, 30), (Killed, 2), (Killed, 4)],
        "a list of elided counts"
    );
    assert_eq!(
        phrases("He said 20 bodies went to the north morgue, 6 to the old army clinic."),
        ["20 bodies", "6 to the old army clinic"],
        "with its place"
    );
    assert_eq!(
        counts("Rescuers pulled 15 bodies from the rubble and 3 others alive."),
        [(Killed, 15)],
        "others who survived"
    );
    // Not after a count of things.
    none("Police found 30 rifles, 5 at the gate.");
}

#[test]
fn suicide_attackers_who_set_off_their_charge_are_dead() {
    let text = "Two female suicide bombers ran towards the gate and blew themselves up.";
    assert_eq!(
        shares(text),
        [(Killed, Count(2), true, false)],
        "a share of the dead"
    );
    assert!(
        find_figures(text).iter().all(|f| !f.victims),
        "and a party to the attack"
    );
    assert_eq!(
        counts("Troops arrested three suicide bombers."),
        [(Arrested, 3)]
    );
    none("Police are hunting three suicide bombers.");
    assert_eq!(
        counts("Two suicide bombers were arrested before they could blow themselves up."),
        [(Arrested, 2)]
    );
    assert_eq!(
        shares("Two suicide bombers blew themselves up, killing 12 people."),
        [
            (Killed, Count(2), true, false),
            (Killed, Count(12), false, false)
        ],
        "they did the killing, and died"
    );
    none("Three bombers blew up the bridge.");
}

#[test]
fn killed_and_wounded_together_are_casualties() {
    assert_eq!(
        figures("The shelling caused more than 300 casualties."),
        [(Casualties, Count(300), MoreThan)]
    );
    none("The army suffered heavy casualties.");
    assert_eq!(
        figures("The gunmen killed or wounded about 40 villagers."),
        [(Casualties, Count(40), About)]
    );
    assert_eq!(
        counts("Medics said 25 people were killed or wounded."),
        [(Casualties, 25)]
    );
    // Each with its own count: two figures.
    assert_eq!(
        counts("The raid killed three people and wounded 12 others."),
        [(Killed, 3), (Injured, 12)]
    );
}

#[test]
fn a_dozen_is_about_twelve() {
    assert_eq!(
        one("and a dozen injured were flown out"),
        ("a dozen injured", Injured, Count(12), About)
    );
    assert_eq!(
        one("nearly a dozen people were hurt"),
        ("nearly a dozen people were hurt", Injured, Count(12), About)
    );
}

#[test]
fn an_earlier_toll_is_superseded() {
    let text = "The ministry cut an earlier death toll of five without saying why.";
    assert_eq!(shares(text), [(Killed, Count(5), false, true)]);
    assert_eq!(phrases(text), ["earlier death toll of five"]);
    assert_eq!(
        shares("The initial toll of 20 people rose to 35 on Monday."),
        [
            (Killed, Count(20), false, true),
            (Killed, Count(35), false, false)
        ],
        "the later value is the new one"
    );
    assert_eq!(
        figures("The death toll of 12 was confirmed."),
        [(Killed, Count(12), Exact)]
    );
}

#[test]
fn martyring_and_a_hundred() {
    assert_eq!(
        figures("Shells hit the camp, martyring 14 people and injuring more than a hundred."),
        [
            (Killed, Amount::Count(14), Qualifier::Exact),
            (Injured, Amount::Count(100), Qualifier::MoreThan)
        ]
    );
    assert_eq!(
        counts("A thousand people were evacuated; a dozen were hurt."),
        [(Injured, 12)]
    );
}

#[test]
fn people_who_blow_themselves_up_are_dead_whatever_their_noun() {
    assert_eq!(
        shares("Three men blow themselves up at a crowded bus station"),
        [(Killed, Count(3), true, false)]
    );
    // Not when the detonation is another's, further on.
    assert_eq!(
        counts("Two children were at the market when the attackers arrived and blew themselves up"),
        []
    );
    // "Others" after a figure typed by its verb goes on with that verb.
    assert_eq!(
        counts("The blast killed 12 people in the square, and 3 others near the station."),
        [(Killed, 12), (Killed, 3)]
    );
    assert_eq!(
        one("The shelling left dozens of dead and wounded in the town."),
        (
            "dozens of dead and wounded",
            Casualties,
            Vague("dozens"),
            Exact
        )
    );
}

#[test]
fn one_written_as_a_word_counts_a_singular_person() {
    assert_eq!(counts("One policeman was killed."), [(Killed, 1)]);
    assert_eq!(
        counts("Police said one attacker was shot dead."),
        [(Killed, 1)]
    );
    none("One problem was that the road was closed.");
}

#[test]
fn a_toll_that_stands_at_a_number_and_more_people_nouns() {
    assert_eq!(
        counts("The death toll stood at 40 on Friday, the ministry said."),
        [(Killed, 40)]
    );
    assert_eq!(
        counts("The militants abducted 20 schoolgirls from the dormitory."),
        [(Hostages, 20)]
    );
    none("The toll road at 3 junctions was closed.");
}

#[test]
fn a_share_inserted_between_commas_leaves_the_count_its_verb() {
    assert_eq!(
        shares("Five people, among them two children, died."),
        [
            (Killed, Count(5), false, false),
            (Killed, Count(2), true, false)
        ]
    );
}

#[test]
fn the_attacker_who_died_is_one_killed_and_no_victim() {
    let found = find_figures("The suicide bomber also died in the explosion.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].kind, found[0].amount), (Killed, Count(1)));
    assert!(!found[0].victims);
    // The attacker who did the killing is no figure.
    assert_eq!(counts("The gunman killed 5 people."), [(Killed, 5)]);
    none("The bomber fled on foot.");
}

#[test]
fn any_noun_for_people_counts_people_and_other_nouns_count_things() {
    // From WordNet's nouns for people, not from a list of this module.
    assert_eq!(
        counts("The bomb killed 30 lawyers and 2 cameramen outside the court."),
        [(Killed, 30), (Killed, 2)]
    );
    assert_eq!(counts("It wounded 12 mourners."), [(Injured, 12)]);
    // Things are not counted, nor words whose first sense is no person.
    none("The blast destroyed 30 houses and 4 shops.");
    assert_eq!(
        counts("Police killed the suspect in 3 cases last year."),
        [(Killed, 1)],
        "the suspect, not the cases"
    );
}

#[test]
fn the_person_a_verb_kills_or_wounds_is_one() {
    assert_eq!(
        counts("Gunmen shot dead the president of the bar association."),
        [(Killed, 1)]
    );
    assert_eq!(counts("The blast wounded the driver."), [(Injured, 1)]);
    none("The attack killed the peace plan.");
    none("The president condemned the attack.");
}

#[test]
fn assassinated_kills() {
    assert_eq!(counts("Gunmen assassinated a judge."), [(Killed, 1)]);
}

#[test]
fn people_nouns_joined_by_and_and_gunmen_who_shot_dead() {
    assert_eq!(
        figures("Hundreds of soldiers and police have been killed in the region."),
        [(Killed, Vague("hundreds"), Exact)]
    );
    assert_eq!(
        counts("The blast killed 12 women and children."),
        [(Killed, 12)]
    );
    // The gunmen who shot dead an officer are no figure; the officer is one.
    assert_eq!(
        counts("Two gunmen shot dead a senior officer."),
        [(Killed, 1)]
    );
}

#[test]
fn people_lost_are_killed_and_a_denial_is_none() {
    assert_eq!(
        counts("Sadly we have lost four people, the mayor said."),
        [(Killed, 4)]
    );
    none("The ruling party lost 12 seats in the vote.");
    none("Some 300 families lost their homes in the floods.");
    assert_eq!(counts("Two guards lost their lives."), [(Killed, 2)]);
    // A preposition after the count leaves it an ellipsis of people.
    assert_eq!(
        counts("The bomb killed around 15 outside the station."),
        [(Killed, 15)]
    );
    // A count before a denial does not take its word; the denial is a figure of none.
    assert_eq!(
        counts("Forty workers were inside the depot, and none of them was hurt."),
        [(Injured, 0)]
    );
    assert_eq!(counts("No deaths were reported."), [(Killed, 0)]);
    none("The attackers fled without killing anyone.");
    none("No group has said it carried out the attack.");
}

#[test]
fn a_count_of_them_is_a_share_of_the_figure_before() {
    assert_eq!(
        shares("Nine died and 30 were injured. Doctors said four of them were in a grave state."),
        [
            (Killed, Amount::Count(9), false, false),
            (Injured, Amount::Count(30), false, false),
            (Injured, Amount::Count(4), true, false)
        ]
    );
    none("Thirty gunmen stormed the base. Five of them were foreigners.");
}

#[test]
fn one_named_person_who_was_killed_or_wounded_is_one() {
    assert_eq!(
        phrases("Okafor, the head of the traders' union, was shot and killed at his shop."),
        ["was shot and killed"]
    );
    assert_eq!(counts("He was wounded in the blast."), [(Injured, 1)]);
    assert_eq!(
        counts("The bus was hit, and a nurse was killed."),
        [(Killed, 1)],
        "one person already marked is not counted again"
    );
    assert_eq!(
        phrases("He was taken to hospital, where he later died."),
        ["he later died"]
    );
    none("He said the guards died at the gate.");
    none("Kano was shaken by the blast.");
    none("It was a deadly week.");
}

#[test]
fn a_verb_past_the_attackers_own_death_counts_the_others() {
    assert_eq!(
        counts("A bomber killed himself and nine others at the gate."),
        [(Killed, 9)]
    );
}

#[test]
fn the_second_of_two_ages_is_no_count() {
    assert_eq!(
        counts("Two boys, aged 8 and 11, were among the wounded."),
        [(Injured, 2)]
    );
}

#[test]
fn some_of_the_wounded_who_died_are_killed() {
    assert_eq!(
        counts("Three of the wounded later died in hospital."),
        [(Killed, 3)]
    );
    assert_eq!(
        counts("Three of the wounded were children."),
        [(Injured, 3)]
    );
}

#[test]
fn a_breakdown_after_a_colon_or_a_count_of_a_condition_is_a_share() {
    assert_eq!(
        shares("Thirty people died: 25 civilians and five soldiers."),
        [
            (Killed, Amount::Count(30), false, false),
            (Killed, Amount::Count(25), true, false),
            (Killed, Amount::Count(5), true, false)
        ]
    );
    assert_eq!(
        shares("Nine were hurt, three seriously."),
        [
            (Injured, Amount::Count(9), false, false),
            (Injured, Amount::Count(3), true, false)
        ]
    );
}

#[test]
fn a_list_goes_on_with_one_person() {
    assert_eq!(
        counts("Four police and a child were among the dead."),
        [(Killed, 4), (Killed, 1)]
    );
    assert_eq!(
        shares("120 people were treated for injuries, 40 of whom remained in hospital."),
        [
            (Injured, Amount::Count(120), false, false),
            (Injured, Amount::Count(40), true, false)
        ]
    );
}

#[test]
fn hostages_taken_custody_and_succumbing() {
    assert_eq!(
        counts("Gunmen took 15 people hostage at the bank."),
        [(Hostages, 15)]
    );
    assert_eq!(
        counts("Six suspects were taken into custody."),
        [(Arrested, 6)]
    );
    assert_eq!(
        counts("Four died at once and another 9 succumbed to their wounds."),
        [(Killed, 4), (Killed, 9)]
    );
}

#[test]
fn a_number_of_people_is_several() {
    assert_eq!(
        figures("A number of people were wounded."),
        [(Injured, Vague("several"), Exact)]
    );
    none("A number of roads were closed.");
}

#[test]
fn a_list_after_including_stops_at_a_comma_and() {
    assert_eq!(
        shares(
            "The blast killed 19 people, including a nurse and three children, and dozens were hurt."
        ),
        [
            (Killed, Amount::Count(19), false, false),
            (Killed, Amount::Count(1), true, false),
            (Killed, Amount::Count(3), true, false),
            (Injured, Amount::Vague("dozens"), false, false)
        ]
    );
}

#[test]
fn victims_a_high_toll_three_dozen_and_a_bomber_who_blew_himself_up() {
    assert_eq!(
        figures("The blast claimed at least 30 victims."),
        [(Killed, Count(30), AtLeast)]
    );
    assert_eq!(
        figures("Police said the toll could be as high as 70."),
        [(Killed, Count(70), UpTo)]
    );
    assert_eq!(
        figures("Medics treated more than three dozen wounded people."),
        [(Injured, Count(36), MoreThan)]
    );
    assert_eq!(
        shares("A bomber blew himself up at the gate, killing four."),
        [
            (Killed, Amount::Count(1), true, false),
            (Killed, Amount::Count(4), false, false)
        ]
    );
}
