//! The figure parser, pattern by pattern, in English and Arabic; the classes of issue 23
//! (not counts, clauses, Arabic counted nouns, types, one person, tolls, vague amounts,
//! ranges and qualifiers) in `english` and `arabic`, each with the sentences that must
//! give no figure.

mod arabic;
mod english;

use super::*;

/// Every figure in `text`: (type, amount, qualifier), in text order.
fn figures(text: &str) -> Vec<(FigureType, Amount, Qualifier)> {
    find_figures(text)
        .into_iter()
        .map(|f| (f.kind, f.amount, f.qualifier))
        .collect()
}

/// Every figure in `text` as (type, count), exact counts only.
fn counts(text: &str) -> Vec<(FigureType, u64)> {
    find_figures(text)
        .into_iter()
        .map(|f| match f.amount {
            Amount::Count(n) => (f.kind, n),
            other => panic!("{text}: {other:?} is not one count"),
        })
        .collect()
}

/// Every figure in `text`: (type, amount, whether it is a share of the figure before,
/// whether the source itself revised it).
fn shares(text: &str) -> Vec<(FigureType, Amount, bool, bool)> {
    find_figures(text)
        .into_iter()
        .map(|f| (f.kind, f.amount, f.part, f.superseded))
        .collect()
}

/// The phrase each figure in `text` marks, in text order.
fn phrases(text: &str) -> Vec<&str> {
    find_figures(text)
        .into_iter()
        .map(|f| &text[f.range])
        .collect()
}

/// Asserts that `text` gives no figure.
#[track_caller]
fn none(text: &str) {
    let found = find_figures(text);
    assert!(found.is_empty(), "{text}: {found:?}");
}

/// The one figure in `text`: (marked phrase, type, amount, qualifier).
fn one(text: &str) -> (&str, FigureType, Amount, Qualifier) {
    let found = find_figures(text);
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    let f = &found[0];
    (&text[f.range.clone()], f.kind, f.amount, f.qualifier)
}

use Amount::{Count, Range, Vague};
use FigureType::*;
use Qualifier::*;

#[test]
fn english_types() {
    assert_eq!(
        one("a bomb killing 32 people at a market"),
        ("killing 32 people", Killed, Count(32), Exact)
    );
    assert_eq!(
        one("more than 20 people dead in November 2015"),
        ("more than 20 people dead", Killed, Count(20), MoreThan)
    );
    assert_eq!(
        one("Two soldiers died on Sunday."),
        ("Two soldiers died", Killed, Count(2), Exact)
    );
    assert_eq!(
        one("three people lost their lives"),
        ("three people lost their lives", Killed, Count(3), Exact)
    );
    assert_eq!(
        one("the blast wounded at least 75 people."),
        ("wounded at least 75 people", Injured, Count(75), AtLeast)
    );
    assert_eq!(
        one("nearly 40 were injured"),
        ("nearly 40 were injured", Injured, Count(40), About)
    );
    assert_eq!(
        one("five tourists were taken hostage"),
        (
            "five tourists were taken hostage",
            Hostages,
            Count(5),
            Exact
        )
    );
    assert_eq!(
        one("about 20 hostages were freed"),
        ("about 20 hostages were freed", Freed, Count(20), About)
    );
    assert_eq!(
        one("up to 12 people released"),
        ("up to 12 people released", Freed, Count(12), UpTo)
    );
    assert_eq!(
        one("some 30 people are missing"),
        ("some 30 people are missing", Missing, Count(30), About)
    );
    assert_eq!(
        one("police arrested twenty-five men"),
        ("arrested twenty-five men", Arrested, Count(25), Exact)
    );
    assert_eq!(
        one("fewer than 10 people detained"),
        (
            "fewer than 10 people detained",
            Arrested,
            Count(10),
            FewerThan
        )
    );
    assert_eq!(
        one("dozens of people were wounded"),
        (
            "dozens of people were wounded",
            Injured,
            Vague("dozens"),
            Exact
        )
    );
    assert_eq!(
        one("several people were killed"),
        (
            "several people were killed",
            Killed,
            Vague("several"),
            Exact
        )
    );
    assert_eq!(
        one("At least six members of Iraq’s security forces were among those killed."),
        (
            "At least six members of Iraq’s security forces were among those killed",
            Killed,
            Count(6),
            AtLeast
        )
    );
}

#[test]
fn english_non_figures() {
    assert!(find_figures("about 210 kilometers north of Baghdad").is_empty());
    assert!(
        find_figures("the attack in 2015 killed").is_empty(),
        "a year is not a count"
    );
    assert!(find_figures("released on 9 June").is_empty(), "a date");
    assert!(
        find_figures("five soldiers were deployed").is_empty(),
        "no casualty word, under ten"
    );
    assert!(
        find_figures("Killed. 20 people arrived").is_empty(),
        "not across sentences"
    );
}

#[test]
fn a_toll_that_reaches_a_number_through_a_plural_count() {
    // أعداد (numbers), the plural of عدد, makes a toll with a type word as عدد does.
    let (_, kind, amount, qualifier) = one("أدى إلى ارتفاع أعداد القتلى ليصل إلى 65 شخصا على الأقل");
    assert_eq!((kind, amount, qualifier), (Killed, Count(65), AtLeast));
}

#[test]
fn one_attacker_s_figure_starts_at_the_attacker() {
    let (span, kind, amount, _) = one("A suspected second attacker was later found dead.");
    assert_eq!(
        (span, kind, amount),
        ("second attacker was later found dead", Killed, Count(1))
    );
    // Anyone else's starts at the article.
    let (span, _, _, _) = one("A policeman was killed.");
    assert_eq!(span, "A policeman was killed");
}

#[test]
fn more_after_a_vague_amount_belongs_to_it() {
    let (span, kind, _, _) = one("The blast killed one man, injuring dozens more in the hall.");
    assert_eq!((span, kind), ("injuring dozens more", Injured));
}

#[test]
fn a_qualifier_before_the_number_wins_over_one_after_its_noun() {
    // "and more than 70 wounded at least": the bound stated with the number is the figure's.
    let text = "سقط 3 قتلى وأكثر من 70 جريحا على الأقل في السوق";
    let found = find_figures(text);
    let last = found.last().expect("a figure");
    assert_eq!(
        (
            &text[last.range.clone()],
            last.kind,
            last.amount,
            last.qualifier
        ),
        ("أكثر من 70 جريحا", Injured, Count(70), MoreThan)
    );
    assert_eq!(
        one("خلف الحريق نحو 15 مصابا على الأقل"),
        ("نحو 15 مصابا", Injured, Count(15), About)
    );
}

#[test]
fn arabic_types() {
    assert_eq!(one("إلى 24 قتيلا"), ("24 قتيلا", Killed, Count(24), Exact));
    assert_eq!(
        one("قتل 20 شخصا على الأقل في فندق"),
        ("قتل 20 شخصا على الأقل", Killed, Count(20), AtLeast)
    );
    assert_eq!(
        one("بعد مقتل ستة أشخاص في هجوم"),
        ("مقتل ستة أشخاص", Killed, Count(6), Exact)
    );
    assert_eq!(
        one("أسفر عن مقتل شخصين"),
        ("مقتل شخصين", Killed, Count(2), Exact)
    );
    assert_eq!(one("سقط قتيلان"), ("قتيلان", Killed, Count(2), Exact));
    assert_eq!(one("وجريحين"), ("وجريحين", Injured, Count(2), Exact));
    assert_eq!(
        one("لقي ٣ أشخاص مصرعهم"),
        ("٣ أشخاص مصرعهم", Killed, Count(3), Exact)
    );
    assert_eq!(
        one("وأصيب العشرات بجروح"),
        ("أصيب العشرات بجروح", Injured, Vague("dozens"), Exact),
        "the conjunction و is left out, the word of the same type after is in"
    );
    assert_eq!(
        one("وفاة 3 أشخاص"),
        ("وفاة 3 أشخاص", Killed, Count(3), Exact),
        "a word that begins with و keeps it"
    );
    assert_eq!(
        one("إصابة 35 آخرين بجروح طفيفة"),
        ("إصابة 35 آخرين بجروح", Injured, Count(35), Exact)
    );
    assert_eq!(
        one("أطلق سراح نحو 20 رهينة"),
        ("سراح نحو 20 رهينة", Freed, Count(20), About)
    );
    assert_eq!(
        one("احتجاز خمسة وعشرين رهينة"),
        ("خمسة وعشرين رهينة", Hostages, Count(25), Exact)
    );
    assert_eq!(
        one("ما لا يقل عن عشرة مفقودين"),
        ("ما لا يقل عن عشرة مفقودين", Missing, Count(10), AtLeast)
    );
    assert_eq!(
        one("اعتقال أكثر من مئة شخص"),
        ("اعتقال أكثر من مئة شخص", Arrested, Count(100), MoreThan)
    );
    assert_eq!(
        one("توقيف حوالي ١٢ شخصا"),
        ("توقيف حوالي ١٢ شخصا", Arrested, Count(12), About)
    );
    assert_eq!(
        one("مقتل قرابة 30 جنديا"),
        ("مقتل قرابة 30 جنديا", Killed, Count(30), About)
    );
    assert_eq!(
        one("وقتل واحد من الحراس"),
        ("قتل واحد من الحراس", Killed, Count(1), Exact)
    );
}

#[test]
fn counted_groups_are_other_figures() {
    assert_eq!(
        one("11,000 peacekeepers are deployed"),
        ("11,000 peacekeepers", Other, Count(11_000), Exact)
    );
    assert_eq!(
        one("نشر 10 آلاف من عناصر قوات"),
        ("10 آلاف من عناصر", Other, Count(10_000), Exact)
    );
}

#[test]
fn arabic_non_figures() {
    assert!(find_figures("في 21 نوفمبر قتل").is_empty(), "a date");
    assert!(find_figures("على بعد 75 كيلومترا جنوب كركوك").is_empty());
    assert!(find_figures("التي تعد 150 ألف نسمة").is_empty());
}

#[test]
fn why_quotes_the_words_and_names_the_rules() {
    let why = |text: &str| {
        find_figures(text)
            .into_iter()
            .map(|f| f.why)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        why("Three people died and five were hurt."),
        [
            "'Three people died' (clause verb)",
            "'five were hurt' (clause verb)"
        ]
    );
    assert_eq!(why("سقط 7 قتلى"), ["'7 قتلى' (counted noun)"]);
    assert_eq!(why("سقط قتيلان"), ["'قتيلان' (an Arabic dual, counted noun)"]);
    assert_eq!(
        why("A policeman was killed."),
        ["'A policeman was killed' (one person, clause verb)"]
    );
    assert_eq!(
        why("The toll rose to 35."),
        ["'toll rose to 35' (changed toll)"]
    );
    assert_eq!(
        why("Police killed 5 gunmen and 2 others."),
        [
            "'killed 5 gunmen' (clause verb)",
            "'2 others' (listed after a figure of this verb)"
        ]
    );
    assert_eq!(
        why("12 people\u{1b}[31m were killed"),
        ["'12 people\\u{1b}[31m were killed' (clause verb)"],
        "control characters of the text are escaped"
    );
}

#[test]
fn killed_and_wounded_together_in_the_next_clause_leave_the_count_its_own_verb() {
    assert_eq!(
        figures("وأصيب نحو 30 شخصا آخرين، وقدر شهود عدد القتلى والجرحى بالمئات."),
        [
            (Injured, Count(30), About),
            (Casualties, Vague("hundreds"), Exact)
        ]
    );
    // Right after the count, killed and wounded together are one figure of both.
    assert_eq!(
        counts("20 people killed or wounded were taken to hospital."),
        [(Casualties, 20)]
    );
}
