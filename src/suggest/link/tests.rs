use crate::briefing::load_str;
use crate::search::fold_query;
use crate::suggest::{Gazetteers, suggest};

const TWO: &str = "id: t\ntitle: t\ndate: 2016-01-30\narticles:\n  - {id: en, lang: en, source: s, headline: h, text: \"Baru Kelem fighters attacked Tamboli village near Gundari.\"}\n  - {id: ar, lang: ar, source: s, headline: h, text: \"هاجم مقاتلو بارو كيلم قرية تامبولي، وقال شهود إن ستة قتلوا.\"}\n";

#[test]
fn a_name_is_found_in_the_other_script_by_its_capitalised_words() {
    let b = load_str("t.yaml", TWO).unwrap().briefing;
    let s = suggest(&b, &Gazetteers::for_briefing(&b), 0.0);
    let marked: Vec<&str> = s
        .mentions
        .iter()
        .filter(|x| x.article.0 == 1)
        .map(|x| &b.articles[1].text[x.bytes.clone()])
        .collect();
    let whys: Vec<&str> = s.mentions.iter().map(|x| x.why.as_str()).collect();
    assert!(marked.contains(&"بارو كيلم"), "{marked:?} {whys:?}");
    assert!(marked.contains(&"تامبولي"), "{marked:?}");
    // And each is the same entity as the English name.
    for (en, ar) in [("Baru Kelem", "بارو كيلم"), ("Tamboli", "تامبولي")] {
        let entity_of = |article: usize, text: &str| {
            s.mentions
                .iter()
                .find(|x| {
                    x.article.0 == article
                        && b.articles[article].text[x.bytes.clone()].contains(text)
                })
                .map(|x| x.entity)
        };
        assert!(entity_of(1, ar).is_some(), "{ar}");
        assert_eq!(entity_of(0, en), entity_of(1, ar), "{en} ~ {ar}");
    }
}

#[test]
fn a_preposition_of_the_name_s_first_letter_is_left_out() {
    let p = proposals(
        "Fighting reached Barqona on Monday.",
        "وصل القتال ببرقونة يوم الاثنين.",
    );
    assert!(entity_of(&p, 1, "برقونة").is_some(), "{p:?}");
}

#[test]
fn an_adjective_of_nationality_is_not_its_place() {
    for word in ["الكورانية", "الكوراني", "الكورانيون", "كورانيه"]
    {
        assert!(
            super::nisba_adjective(&fold_query(word), "Korana"),
            "{word}"
        );
    }
    // A name that ends in the sound, or a bare name ending in ي, still links.
    assert!(!super::nisba_adjective(
        &fold_query("الكورانية"),
        "Kuraniya"
    ));
    assert!(!super::nisba_adjective(&fold_query("الرامدي"), "Ramdi"));
    assert!(!super::nisba_adjective(&fold_query("تامبولي"), "Tamboli"));
}

#[test]
fn a_guessed_actor_after_an_arabic_place_cue_is_a_place() {
    let p = proposals(
        "Two blasts hit Zarquna on Monday.",
        "وقع انفجاران في زرقونة يوم الاثنين.",
    );
    let yaml_kinds = |text: &str| p.iter().find(|x| x.1 == text).map(|x| x.3.clone());
    assert!(
        yaml_kinds("زرقونة").is_some_and(|w| w.contains("a place, after an Arabic place cue")),
        "{p:?}"
    );
    one_entity(&p, "Zarquna", "زرقونة");
}

#[test]
fn words_that_sound_like_no_name_are_not_proposed_by_sound() {
    let text = TWO
        .replace("بارو كيلم", "الجماعة")
        .replace("تامبولي", "القرية");
    let b = load_str("t.yaml", &text).unwrap().briefing;
    let s = suggest(&b, &Gazetteers::for_briefing(&b), 0.0);
    assert!(
        s.mentions.iter().all(|x| !x.why.starts_with("sounds like")),
        "{:?}",
        s.mentions.iter().map(|x| &x.why).collect::<Vec<_>>()
    );
}

/// The proposals for a briefing of one English and one Arabic text: (article, the
/// text proposed, its entity, why).
fn proposals(en: &str, ar: &str) -> Vec<(usize, String, usize, String)> {
    let yaml = format!(
        "id: t\ntitle: t\ndate: 2020-01-01\narticles:\n  - {{id: en, lang: en, source: s, headline: h, text: \"{en}\"}}\n  - {{id: ar, lang: ar, source: s, headline: h, text: \"{ar}\"}}\n"
    );
    let b = load_str("t.yaml", &yaml).unwrap().briefing;
    let s = suggest(&b, &Gazetteers::for_briefing(&b), 0.0);
    s.mentions
        .iter()
        .map(|m| {
            let text = b.articles[m.article.0].part(m.part)[m.bytes.clone()].to_string();
            (m.article.0, text, m.entity, m.why.clone())
        })
        .collect()
}

/// Asserts that `text` is proposed, and why says `romanised`.
fn assert_why(p: &[(usize, String, usize, String)], text: &str, romanised: &str) {
    let why = p.iter().find(|x| x.1 == text).map(|x| x.3.as_str());
    assert!(why.is_some_and(|w| w.contains(romanised)), "{text}: {p:?}");
}

/// Asserts that the English `en` is proposed and is one entity with the Arabic `ar`.
fn one_entity(p: &[(usize, String, usize, String)], en: &str, ar: &str) {
    assert!(entity_of(p, 0, en).is_some(), "{en}: {p:?}");
    assert_eq!(
        entity_of(p, 0, en),
        entity_of(p, 1, ar),
        "{en} ~ {ar}: {p:?}"
    );
}

fn entity_of(p: &[(usize, String, usize, String)], article: usize, text: &str) -> Option<usize> {
    p.iter()
        .find(|(a, t, _, _)| *a == article && t == text)
        .map(|x| x.2)
}

#[test]
fn a_place_is_looked_for_by_its_name_without_its_acronym_and_place_word() {
    let p = proposals(
        "Gunmen raided the Tamboli IDP camp on Sunday.",
        "هاجم مسلحون مخيما في تامبولي يوم الأحد.",
    );
    assert_why(&p, "تامبولي", "romanised: tmbl");
}

#[test]
fn names_of_one_sound_are_one_entity_in_both_languages() {
    for (en, ar, en_name, ar_name) in [
        // "Tamboli IDP" (English) and تامبولي (Arabic, after قرية) have one skeleton:
        // each is looked for in the other language's text, the English one no longer
        // hiding the Arabic one.
        (
            "Aid reached the Tamboli IDP camp. Tamboli had been attacked before.",
            "وصلت المساعدات إلى قرية تامبولي.",
            "Tamboli",
            "تامبولي",
        ),
        // ch ~ تش.
        (
            "Troops entered Chimora district on Monday.",
            "دخلت القوات منطقة تشيمورا يوم الاثنين.",
            "Chimora district",
            "تشيمورا",
        ),
    ] {
        one_entity(&proposals(en, ar), en_name, ar_name);
    }
}

#[test]
fn an_adjective_of_another_noun_is_not_looked_for_alone() {
    // "Zandarian" of "Zandarian security ministry" is not the ministry.
    let p = proposals(
        "The border is closed, said Zandarian security ministry spokesman Teo Marsh.",
        "قال كثير من الزندريين إن الحدود أغلقت.",
    );
    assert!(entity_of(&p, 1, "الزندريين").is_none(), "{p:?}");
}

#[test]
fn function_words_and_verbs_are_not_linked_to_names() {
    // Names whose skeletons are those of قرب (near), أشارت (pointed out) and قال (said).
    let p = proposals(
        "Karib Osman met Sharat Pillay and Kalla Ndiaye in Qaraba.",
        "وأشارت المصادر إلى أن الهجوم وقع قرب السوق، وقال شاهد إن القوات وصلت.",
    );
    let linked: Vec<&String> = p
        .iter()
        .filter(|x| x.0 == 1 && x.3.starts_with("sounds like"))
        .map(|x| &x.1)
        .collect();
    assert!(linked.is_empty(), "{linked:?}");
}

#[test]
fn a_long_name_spelt_with_one_letter_more_links_and_says_so() {
    // The Arabic spelling writes a ف where the English has a w: nearly the same.
    let p = proposals(
        "Troops entered Tarkowanda district on Monday.",
        "قال شهود إن القوات دخلت تاركوفاندا يوم الاثنين.",
    );
    assert_why(&p, "تاركوفاندا", "romanised: trkfnd, near trknd");
    one_entity(&p, "Tarkowanda district", "تاركوفاندا");
    // A short name is never matched nearly: three consonants and one more are two names.
    let p = proposals(
        "Troops entered Tarko district on Monday.",
        "قال شهود إن القوات دخلت تاركوف يوم الاثنين.",
    );
    assert!(entity_of(&p, 1, "تاركوف").is_none(), "{p:?}");
}

#[test]
fn generic_phrases_of_one_meaning_are_one_entity() {
    let p = proposals(
        "Security forces sealed off the town on Friday.",
        "وقالت القوات الأمنية إن الطريق أغلق.",
    );
    one_entity(&p, "Security forces", "القوات الأمنية");
    for (en, ar) in [
        ("suicide bombers", "الانتحاريات"),
        ("peacekeepers", "قوات حفظ السلام"),
        ("the security forces", "قوات الأمن"),
    ] {
        assert!(super::concept(en).is_some(), "{en}");
        assert_eq!(super::concept(en), super::concept(ar), "{en} ~ {ar}");
    }
    assert_ne!(super::concept("suicide bombers"), super::concept("bomber"));
}

#[test]
fn a_generic_noun_in_the_accusative_is_its_concept() {
    // The indefinite accusative writes an alif after the noun: فجر انتحاريا نفسه.
    assert_eq!(super::concept("انتحاريا"), super::concept("suicide bomber"));
    assert!(super::concept("انتحاريا").is_some());
    let p = proposals(
        "A suicide bomber struck the depot in Varnel on Monday.",
        "وفجر انتحاريا نفسه قرب المستودع يوم الاثنين.",
    );
    one_entity(&p, "suicide bomber", "انتحاريا");
}

#[test]
fn a_group_named_by_an_adjective_is_not_a_thing_of_that_adjective() {
    // "Varanian" of "Varanian troops" is not الفارانية of "the Varanian town", but the
    // Varanians (الفارانيين) are those troops.
    let p = proposals(
        "Varanian troops crossed the border on Monday.",
        "قال سكان إن الحياة الفارانية هادئة، وإن الفارانيين انسحبوا. وقال مسؤول فاراني إن الحدود مغلقة.",
    );
    assert!(entity_of(&p, 1, "فاراني").is_none(), "{p:?}");
    assert!(entity_of(&p, 0, "Varanian troops").is_some(), "{p:?}");
    assert!(
        p.iter().all(|x| !x.1.contains("الفارانية")
            || (x.2 != entity_of(&p, 0, "Varanian troops").unwrap()
                && !x.3.starts_with("sounds like"))),
        "{p:?}"
    );
    one_entity(&p, "Varanian troops", "الفارانيين");
}

#[test]
fn a_whole_name_wins_over_a_part_of_another() {
    // Varania (the place) and "Varanian" (of "Varanian troops") sound alike: the Arabic
    // name is the place's.
    let p = proposals(
        "Varanian troops crossed into Varania on Monday.",
        "قال سكان إن الفارانيين انسحبوا.",
    );
    one_entity(&p, "Varania", "الفارانيين");
}

#[test]
fn the_longest_phrase_that_sounds_like_a_name_is_the_mention() {
    // Quzdar is a name, and so is Quzdar al-Samra.
    let p = proposals(
        "Rebels left Quzdar on Sunday. A blast then hit Quzdar al-Samra district.",
        "هز انفجار قزدار السمرة مساء الاثنين.",
    );
    assert!(entity_of(&p, 1, "قزدار السمرة").is_some(), "{p:?}");
    assert!(entity_of(&p, 1, "قزدار").is_none(), "{p:?}");
}

#[test]
fn a_person_heard_in_two_scripts_is_the_same_person_by_the_last_word_alone() {
    let p = proposals(
        "The UN envoy, Torsten Kohlmann, condemned the attack.",
        "ندد المبعوث الأممي تورستن كولمان بالهجوم. وأضاف كولمان أن المهاجمين فروا إلى الكولمان.",
    );
    one_entity(&p, "Torsten Kohlmann", "تورستن كولمان");
    one_entity(&p, "Torsten Kohlmann", "كولمان");
    assert_why(&p, "كولمان", "the last word of that name");
    // A word with the article is no last word of a person's name.
    assert!(entity_of(&p, 1, "الكولمان").is_none(), "{p:?}");
}

#[test]
fn the_last_word_of_a_name_heard_in_one_script_only_is_not_looked_for_alone() {
    // No Arabic تورستن كولمان: كولمان alone may be anyone.
    let p = proposals(
        "The UN envoy, Torsten Kohlmann, condemned the attack.",
        "ندد المبعوث الأممي بالهجوم. وأضاف كولمان أن المهاجمين فروا.",
    );
    assert!(
        p.iter()
            .all(|x| !x.3.contains("the last word of that name")),
        "{p:?}"
    );
}

/// One English and one Arabic name that a rule makes one entity, with the texts they are in.
#[test]
fn names_one_entity_by_each_rule() {
    for (rule, en_text, ar_text, en, ar) in [
        (
            "a preposition written on the name (ب، ل)",
            "Two blasts hit Zarquna on Monday and reached Tilmasir.",
            "سقطت قذائف بتلماسير ووصلت لزرقونة يوم الاثنين.",
            "Zarquna",
            "زرقونة",
        ),
        (
            "a preposition written on the name (ب، ل)",
            "Two blasts hit Zarquna on Monday and reached Tilmasir.",
            "سقطت قذائف بتلماسير ووصلت لزرقونة يوم الاثنين.",
            "Tilmasir",
            "تلماسير",
        ),
        (
            "a compound written as one word in English",
            "Rebels shelled Shamsuddin Wardak on Monday.",
            "قصف المتمردون شمس الدين وردك يوم الاثنين.",
            "Shamsuddin Wardak",
            "شمس الدين وردك",
        ),
        (
            "a ministry by its portfolio (heads)",
            "The Chadian Defence Ministry said the wounded were taken to Kordi Hospital.",
            "وقالت وزارة الدفاع التشادية إن الجرحى نقلوا إلى مستشفى كوردي التعليمي.",
            "Chadian Defence Ministry",
            "وزارة الدفاع التشادية",
        ),
        (
            "a hospital by its name (heads)",
            "The Chadian Defence Ministry said the wounded were taken to Kordi Hospital.",
            "وقالت وزارة الدفاع التشادية إن الجرحى نقلوا إلى مستشفى كوردي التعليمي.",
            "Kordi Hospital",
            "مستشفى كوردي التعليمي",
        ),
        (
            "a short name spelled alike, proposed in both languages",
            "Gunmen attacked a market in Dehwan district.",
            "وقع انفجاران في مدينة ديهوان يوم الاثنين.",
            "Dehwan district",
            "ديهوان",
        ),
    ] {
        let p = proposals(en_text, ar_text);
        assert!(entity_of(&p, 0, en).is_some(), "{rule}: {en}: {p:?}");
        assert_eq!(entity_of(&p, 0, en), entity_of(&p, 1, ar), "{rule}: {p:?}");
    }
}
