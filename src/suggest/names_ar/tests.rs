use super::*;

fn found(text: &str) -> Vec<(String, EntityKind)> {
    super::super::candidate::marked(text, "ar", find)
}

use EntityKind::{Actor, Place};

#[test]
fn gazetteer_places_after_proclitics() {
    assert_eq!(
        found("هجوم قرب باماكو في مالي وبالعراق"),
        [
            ("باماكو".to_string(), Place),
            ("مالي".to_string(), Place),
            ("العراق".to_string(), Place)
        ]
    );
    // المالي is an adjective (Malian), not the country.
    assert!(found("الأمن المالي").iter().all(|(_, k)| *k != Place));
}

#[test]
fn ordinals_are_no_places_and_say_which_attacker() {
    // لأول مرة "for the first time": an ordinal with the preposition ل, no place.
    let f = found("عقد المجلس جلسته لأول مرة منذ سنوات");
    assert!(f.iter().all(|(_, k)| *k != Place), "{f:?}");
    assert!(found("وصل انتحاري ثالث إلى السوق").contains(&("انتحاري ثالث".to_string(), Actor)));
    assert!(found("فجر الانتحاري الأول نفسه").contains(&("الانتحاري الأول".to_string(), Actor)));
}

#[test]
fn an_attacker_noun_after_an_attack_is_its_adjective() {
    for text in [
        "نفذ هجوم انتحاري في السوق",
        "أسفر التفجيران الانتحاريان عن قتلى",
        "وقع بالتفجير الانتحاري صباحا",
        "قتل خمسة بتفجير انتحاري قرب السوق",
    ] {
        assert!(
            found(text).iter().all(|(_, k)| *k != Actor),
            "{text}: {:?}",
            found(text)
        );
    }
    let f = found("وكان انتحاريان قد وصلا إلى السوق");
    assert!(f.contains(&("انتحاريان".to_string(), Actor)), "{f:?}");
}

#[test]
fn a_verbal_noun_after_a_place_word_is_no_name() {
    for text in ["فر السكان من منطقة التفجير", "طوقت الشرطة منطقة الانفجار"]
    {
        assert!(found(text).iter().all(|(_, k)| *k != Place), "{text}");
    }
}

#[test]
fn a_place_word_and_its_direction_name_a_place() {
    assert_place("وقع الانفجار في الضاحية الشرقية للمدينة", "الضاحية الشرقية");
    let f = found("وقع الانفجار في ضاحية بغداد الشمالية مساء");
    assert!(
        f.contains(&("ضاحية بغداد الشمالية".to_string(), Place)),
        "{f:?}"
    );
}

#[test]
fn a_given_name_before_a_kunya_after_a_comma_or_a_title() {
    let f = found("وصرح المتحدث باسم الحزب، حسان أبو طارق، بأن الاجتماع انتهى");
    assert!(f.contains(&("حسان أبو طارق".to_string(), Actor)), "{f:?}");
    let f = found("وقال أبو طارق إن الاجتماع انتهى");
    assert!(f.contains(&("أبو طارق".to_string(), Actor)), "{f:?}");
}

#[test]
fn an_organisation_goes_on_over_lam_and_its_definite_field() {
    let f = found("وأفادت الهيئة الوطنية للإحصاء بأن العدد ارتفع");
    assert!(
        f.contains(&("الهيئة الوطنية للإحصاء".to_string(), Actor)),
        "{f:?}"
    );
    // Not over ل and an indefinite noun, an act, or the people it speaks to.
    for (text, name) in [
        ("قال ضابط شرطة لوكالة الأنباء", "شرطة"),
        ("وتولت القوات الخاصة للتفتيش المبنى", "القوات الخاصة"),
        ("قالت وزارة الداخلية للصحفيين إن", "وزارة الداخلية"),
    ] {
        let f = found(text);
        assert!(f.iter().any(|(n, _)| n.ends_with(name)), "{text}: {f:?}");
    }
}

#[test]
fn a_definite_noun_after_a_definite_adjective_begins_a_new_phrase() {
    let f = found("وتتولى الشرطة العسكرية التحقيق في الحادث");
    assert!(f.contains(&("الشرطة العسكرية".to_string(), Actor)), "{f:?}");
    let f = found("وصوت البرلمان على القانون");
    assert!(f.contains(&("البرلمان".to_string(), Actor)), "{f:?}");
    let f = found("وقالت استخبارات الجيش إن المشتبه به اعتقل");
    assert!(f.contains(&("استخبارات الجيش".to_string(), Actor)), "{f:?}");
}

#[test]
fn a_street_is_a_place_with_its_word() {
    assert_place("وقع الانفجار في شارع الزيتون قرب السوق", "شارع الزيتون");
    // "The main street" is no name.
    assert!(found("أغلق الشارع الرئيسي أمام السيارات").is_empty());
}

#[test]
fn a_family_name_after_a_title_is_no_place() {
    let f = found("قال الرئيس سليم تمبكتو إن الجلسة رفعت");
    assert!(f.contains(&("سليم تمبكتو".to_string(), Actor)), "{f:?}");
    assert!(f.iter().all(|(_, k)| *k != Place), "{f:?}");
}

#[test]
fn gazetteer_cities_and_common_words() {
    assert_eq!(
        found("انفجار في الموصل وآخر في بنغازي قرب تمبكتو"),
        [
            ("الموصل".to_string(), Place),
            ("بنغازي".to_string(), Place),
            ("تمبكتو".to_string(), Place)
        ]
    );
    // صور is also "pictures", المدينة "the city": places only after a cue.
    assert!(found("نشرت صور الهجوم").is_empty());
    assert_eq!(found("قصف في صور"), [("صور".to_string(), Place)]);
    // After a verb of saying, the common word is what was said in (في صور: in pictures).
    assert_no_place(&["وقالت الوزارة في صور نشرتها إن"]);
    assert!(
        found("دخلوا المدينة قرب الفجر")
            .iter()
            .all(|(_, k)| *k != Place)
    );
}

#[test]
fn cue_words() {
    // A quarter is marked with its word (حي), as a building is.
    assert_eq!(
        found("في حي النصر بمدينة كركوك"),
        [
            ("حي النصر".to_string(), Place),
            ("كركوك".to_string(), Place)
        ]
    );
    assert_eq!(
        found("وأعلنت وزارة الأمن المالية"),
        [("وزارة الأمن المالية".to_string(), Actor)]
    );
    assert_eq!(
        found("قال وزير الأمن المالي ساليف تراوري إن"),
        [("ساليف تراوري".to_string(), Actor)]
    );
    assert_eq!(
        found("هاجم مسلحون إسلاميون متطرفون المنتجع"),
        [("مسلحون إسلاميون متطرفون".to_string(), Actor)]
    );
    assert_eq!(
        found("بحسب وكالة فرانس برس"),
        [("وكالة فرانس برس".to_string(), Actor)]
    );
}

#[test]
fn compound_names_and_buildings() {
    assert_eq!(
        found("وظهر أبو بكر البغدادي في التسجيل"),
        [("أبو بكر البغدادي".to_string(), Actor)]
    );
    assert_eq!(
        found("وأكد عبد الرحمن بن محمد أن الوضع هادئ"),
        [("عبد الرحمن بن محمد".to_string(), Actor)]
    );
    assert_eq!(
        found("ونقل الجرحى إلى مستشفى غابرييل توري"),
        [("مستشفى غابرييل توري".to_string(), Place)]
    );
    assert_eq!(
        found("قال العقيد سليمان دمبلي إن"),
        [("سليمان دمبلي".to_string(), Actor)]
    );
    // بن without a name before it, or عبد without the article after it, is no name.
    assert!(found("من بن غردان").iter().all(|(n, _)| n != "من بن غردان"));
    assert!(found("عبد مملوك").is_empty());
}

#[test]
fn names_stop_at_punctuation_and_quotes() {
    // An organisation word, a comma, the next clause: the word alone, never the clause.
    assert!(
        found("وصل الجيش، فتحدث الناس")
            .iter()
            .all(|(n, _)| !n.contains('،')),
        "{:?}",
        found("وصل الجيش، فتحدث الناس")
    );
    // A building's name ends at a comma.
    assert_eq!(
        found("نقلت إلى المستشفى المتخصص، وعشرا أخرى")
            .into_iter()
            .filter(|(_, k)| *k == Place)
            .collect::<Vec<_>>(),
        [("المستشفى المتخصص".to_string(), Place)]
    );
    // An organisation word before a quoted name: the name in the quotes.
    assert_eq!(
        found("هاجمت جماعة \"بوكو حرام\" القرية"),
        [("بوكو حرام".to_string(), Actor)]
    );
    assert_eq!(
        found("اتهمت تنظيم «الدولة الإسلامية» بالهجوم"),
        [("الدولة الإسلامية".to_string(), Actor)]
    );
}

#[test]
fn a_place_word_is_not_split_into_a_conjunction_and_a_name() {
    // A region's word belongs to its name.
    assert_eq!(
        found("وصل الوفد إلى ولاية كانو صباحا"),
        [("ولاية كانو".to_string(), Place)]
    );
    // A place word after a place word: the name comes after both (not لاية).
    assert_eq!(
        found("زار كانو، عاصمة ولاية كانو، يوم الأحد")
            .into_iter()
            .filter(|(n, _)| n.starts_with("لاية"))
            .collect::<Vec<_>>(),
        []
    );
    // و + ك + ال and two letters is a plural (وكالات "agencies"), not a name.
    assert!(found("ـ وكالات: أقدم").is_empty());
}

#[test]
fn a_place_word_is_never_itself_a_place() {
    // مدينة "city" is also a gazetteer name (Medina): before a name it is the cue.
    assert_eq!(
        found("وقع انفجار قرب مقر بلدية مدينة كركوك"),
        [
            ("مقر بلدية مدينة كركوك".to_string(), Place),
            ("كركوك".to_string(), Place)
        ]
    );
    assert!(
        found("وصلوا إلى مدينة كبيرة")
            .iter()
            .all(|(n, _)| n != "مدينة")
    );
}

#[test]
fn a_definite_organisation_takes_definite_words_only() {
    assert_eq!(
        found("وأعلنت القوات الإيرانية حالة التأهب"),
        [("القوات الإيرانية".to_string(), Actor)]
    );
    assert_eq!(
        found("بحسب وكالة الأنباء الإيرانية"),
        [("وكالة الأنباء الإيرانية".to_string(), Actor)]
    );
}

/// Fails when the rules find a place in one of `texts`.
fn assert_no_place(texts: &[&str]) {
    for text in texts {
        let f = found(text);
        assert!(f.iter().all(|(_, k)| *k != Place), "{text}: {f:?}");
    }
}

/// Fails unless the rules find `place` in `text`.
fn assert_actor(text: &str, actor: &str) {
    let f = found(text);
    assert!(f.contains(&(actor.to_string(), Actor)), "{text}: {f:?}");
}

fn assert_place(text: &str, place: &str) {
    let f = found(text);
    assert!(f.contains(&(place.to_string(), Place)), "{text}: {f:?}");
}

/// Fails when the rules find, in one of `texts`, an actor with one of `words` in it.
fn assert_no_actor_with(texts: &[&str], words: &[&str]) {
    for text in texts {
        let a = actors(text);
        assert!(
            !a.iter().any(|a| words.iter().any(|w| a.contains(w))),
            "{text}: {a:?}"
        );
    }
}

fn actors(text: &str) -> Vec<String> {
    (found(text).into_iter())
        .filter(|(_, k)| *k == Actor)
        .map(|(n, _)| n)
        .collect()
}

#[test]
fn buildings_are_places_with_their_chain() {
    assert_eq!(
        found("انفجرت قنبلة أمام مقر الشرطة صباحا"),
        [("مقر الشرطة".to_string(), Place)]
    );
    // The accusative (مبنى حكوميا) and an adjective that ends the chain before a verb.
    assert_eq!(
        found("استهدف المسلح مكتبا حكوميا يضم موظفين"),
        [("مكتبا حكوميا".to_string(), Place)]
    );
    // A named place inside nests; a word with و after it is the next clause.
    assert_eq!(
        found("قتل حارس قرب مبنى بلدية كركوك وانفجرت سيارة"),
        [
            ("مبنى بلدية كركوك".to_string(), Place),
            ("كركوك".to_string(), Place)
        ]
    );
    // Described only by an adjective, a building is a place as an attack's site.
    assert_eq!(
        found("انفجرت الشاحنة في سوق مزدحمة ظهرا"),
        [("سوق مزدحمة".to_string(), Place)]
    );
}

#[test]
fn a_building_described_by_adjectives_alone_is_no_place() {
    assert_no_place(&[
        "وصلت الشاحنة إلى سوق مزدحمة ظهرا",
        "نقل الجرحى إلى مستشفى كبير صباحا",
        "تقع مدرسة ابتدائية قرب الطريق",
        "يعمل في فندق قديم منذ سنوات",
    ]);
    // A name after the word still makes one.
    assert_place("نقل الجرحى إلى مستشفى الرحمة", "مستشفى الرحمة");
}

#[test]
fn a_pronoun_after_a_building_word_is_a_clause_no_name() {
    assert_no_place(&[
        "سقطت القذيفة في حي يسكنه عمال المصنع",
        "انفجرت سيارة في حي تعمل فيه ورش كثيرة",
        "لم يكن الوزير داخل مقر عمله صباحا",
        "أغلقت الشرطة سوق بضائعها المهربة",
    ]);
}

#[test]
fn an_attacks_site_is_a_place_bare_or_described() {
    for (text, site) in [
        ("قتل عشرة في هجوم على مسجد شمالي المدينة", "مسجد"),
        ("فجر انتحاري نفسه داخل مزار قديم", "مزار قديم"),
        ("استهدفت سيارة مفخخة مركزا للتدريب", "مركزا للتدريب"),
        ("وقع الانفجار بالقرب من منزل خالد يوسف", "منزل خالد يوسف"),
    ] {
        assert_place(text, site);
    }
    // A bare building word is no place away from an attack, nor a definite one that
    // refers back to it.
    assert_no_place(&[
        "صلى الرجل في مسجد قريب من بيته",
        "توفي اثنان بعد الهجوم في المستشفى",
    ]);
    // Another place's word with a preposition ends the chain (مسجد بحي X).
    assert_place("فجر انتحاري نفسه في مسجد بحي الزهور", "مسجد");
}

#[test]
fn a_bare_organisation_word_refers_back_and_is_no_name() {
    for text in [
        "وأوضحت الوكالة أن الحصيلة ارتفعت",
        "ولم تعلن أي جماعة مسؤوليتها عن الهجوم",
        "وقالت القناة إن الطريق أغلق",
        "وصرح المتحدث باسم الوزارة بأن التحقيق بدأ",
    ] {
        assert!(actors(text).is_empty(), "{text}: {:?}", actors(text));
    }
    // A body the country has one of is still a generic actor (البرلمان، الشرطة).
    assert_eq!(actors("وصوت البرلمان على القانون"), ["البرلمان"]);
    // A title before an organisation word is a portfolio, no person's name.
    let a = actors("وقال رئيس بعثة الأمم المتحدة إن الوضع خطير");
    assert!(!a.contains(&"بعثة".to_string()), "{a:?}");
}

#[test]
fn regions_and_place_words() {
    // A quoted name is marked alone.
    assert_eq!(found("في ولاية \"كانو\" أمس"), [("كانو".to_string(), Place)]);
    // Adjectives after a place word, and words after a definite one, are no names.
    assert!(found("لجأوا إلى قرية نائية").is_empty());
    assert!(found("قرب منطقة صحراوية واسعة").is_empty());
    assert!(found("وانسحبوا من المنطقة لملاحقة الفارين").is_empty());
    // A known place after a title is the place, not a person.
    assert_eq!(found("وقال محافظ بغداد إن"), [("بغداد".to_string(), Place)]);
}

#[test]
fn names_stop_before_a_word_with_lam() {
    assert_eq!(
        actors("قال مسؤولون محليون لإذاعة محلية إن"),
        ["مسؤولون محليون", "إذاعة محلية"]
    );
    assert_eq!(
        actors("وقال ضابط شرطة لوكالة أنباء محلية"),
        ["ضابط شرطة", "وكالة أنباء محلية"]
    );
}

#[test]
fn sources_acronyms_and_organisations() {
    assert_eq!(actors("وذكرت مصادر أمنية أن"), ["مصادر أمنية"]);
    assert_eq!(actors("قال مصدر مطلع إن"), ["مصدر مطلع"]);
    assert_eq!(actors("وأفادت مصادرنا بأن"), ["مصادرنا"]);
    assert_eq!(actors("وقال لبي بي سي إن الوضع"), ["بي بي سي"]);
    assert_eq!(actors("ونقلت شبكة سي إن إن عن"), ["سي إن إن"]);
    assert!(actors("قال إن أو لم").is_empty());
    assert_eq!(
        actors("ذكرت وكالة الأنباء الوطنية الرسمية أن"),
        ["وكالة الأنباء الوطنية الرسمية"]
    );
    assert_eq!(actors("شنت قوة أمنية هجوما"), ["قوة أمنية"]);
    assert_eq!(
        actors("بث التلفزيون الحكومي الرسمي صورا"),
        ["التلفزيون الحكومي الرسمي"]
    );
}

#[test]
fn outlets_and_people_after_a_descriptor() {
    assert_eq!(actors("بحسب ما نقلته ستار نيوز"), ["ستار نيوز"]);
    assert_eq!(actors("وأفادت غلوب تايمز أن"), ["غلوب تايمز"]);
    assert_eq!(actors("ذكرت سان نيوز الإفريقية"), ["سان نيوز"]);
    assert_eq!(actors("وبثت فوكس نيوز تركية"), ["فوكس نيوز تركية"]);
    assert!(actors("نيوز").is_empty());
    assert_eq!(
        actors("وروى الشاهد كمال دياكيتي الذي نجا"),
        ["كمال دياكيتي"]
    );
}

#[test]
fn counted_nouns_are_victims_not_parties() {
    assert!(actors("قتل 7 جنود ومدنيون في الانفجار").is_empty());
    assert!(actors("أسفر عن مقتل ثلاثة ضباط").is_empty());
    assert_eq!(actors("وهاجم جنود القرية"), ["جنود"]);
    // Counted attackers are a party still.
    assert_eq!(actors("فجر أربعة انتحاريين أنفسهم"), ["انتحاريين"]);
}

#[test]
fn proclitics() {
    assert_eq!(without_proclitics("وبالعراق"), ("العراق".into(), 2));
    assert_eq!(
        without_proclitics(&fold_query("ومدينة")),
        ("مدينه".into(), 1)
    );
    assert_eq!(without_proclitics("للعراق"), ("العراق".into(), 2));
}

#[test]
fn a_name_in_brackets_or_quotes_after_an_organisation_word() {
    assert_eq!(
        actors("وتبنى تنظيم (الفجر الجديد) الهجوم"),
        ["الفجر الجديد"]
    );
    assert_eq!(actors("وقالت قناة «الأفق» إن"), ["الأفق"]);
    // The quoted whole is the name, also with a place's name in it; no place nests.
    let f = found("وذكرت قناة ((بغداد اليوم)) أن");
    assert_eq!(f, [("بغداد اليوم".to_string(), Actor)], "{f:?}");
}

#[test]
fn an_outlet_named_after_a_place_is_one_actor() {
    let f = found("وأفادت قناة دبي نيوز بأن");
    assert_eq!(f, [("قناة دبي نيوز".to_string(), Actor)], "{f:?}");
    assert_eq!(actors("بحسب شبكة دبي نيوز"), ["دبي نيوز"]);
    assert_eq!(actors("وأفاد تليفزيون محلي بأن"), ["تليفزيون محلي"]);
}

#[test]
fn gazetteer_words_that_are_no_place_here() {
    assert_no_place(&[
        // A direction alone.
        "وقال منسق الإغاثة في الشمال إن الطرق مقطوعة",
        "انتشرت القوات في الجنوب والغرب",
        // A part of a place described by its direction.
        "سقطت قذيفة في المنطقة الغربية من المدينة",
        // A time zone.
        "وقع الانفجار عند الساعة الثالثة بتوقيت موسكو",
    ]);
    // The place itself, away from the word for time.
    assert_place("وصل الوفد إلى موسكو صباحا", "موسكو");
}

#[test]
fn a_word_with_a_pronoun_suffix_is_no_gazetteer_place_without_a_cue() {
    // Every Arabic word the gazetteer holds that ends in the letter ه, read with its
    // written ه (the pronoun) rather than ة, after a noun and no cue: no place.
    let g = Gazetteer::for_language("ar");
    let with_ha: Vec<&str> = ["قوله", "بيته", "عمله"]
        .into_iter()
        .filter(|w| g.key_folded(&fold_query(w)).is_some())
        .collect();
    assert!(
        !with_ha.is_empty(),
        "the test needs one such gazetteer word"
    );
    for word in with_ha {
        let text = format!("ونقلت الإذاعة عن الضابط {word} إن الطريق آمن");
        let f = found(&text);
        assert!(f.iter().all(|(_, k)| *k != Place), "{text}: {f:?}");
    }
}

#[test]
fn attackers_in_the_dual_the_feminine_and_the_accusative() {
    for (text, actor) in [
        (
            "وقال الجيش إن مفجرتين انتحاريتين قتلتا خمسة",
            "مفجرتين انتحاريتين",
        ),
        ("وصلت مفجرتان انتحاريتان إلى السوق", "مفجرتان انتحاريتان"),
        ("هاجم مفجرا انتحاريا حافلة", "مفجرا انتحاريا"),
        ("هاجم مفجرا انتحاريا مطارا مزدحما", "مفجرا انتحاريا"),
    ] {
        assert!(
            actors(text).contains(&actor.to_string()),
            "{text}: {:?}",
            actors(text)
        );
    }
}

#[test]
fn names_given_by_a_verb_or_before_a_title() {
    // After يدعى the name is the actor, not the noun that describes the person.
    assert_eq!(actors("وقال شرطي يدعى سمير داود إن"), ["سمير داود"]);
    assert_eq!(actors("وقال ضابط بالجيش يدعى كمال إن"), ["كمال"]);
    // Between a verb of saying and the title after the name.
    let a = actors("وقال رامي حداد منسق الإغاثة في المدينة");
    assert!(a.contains(&"رامي حداد".to_string()), "{a:?}");
    // With no title after them, the words are no name (a verb's subject, a clause).
    let a = actors("وقال ناشطون كثيرون إن الطريق أغلق");
    assert!(a.is_empty(), "{a:?}");
    // Sources after the preposition ل.
    assert!(actors("وفقا لمصادر مطلعة").contains(&"مصادر مطلعة".to_string()));
    // Titles of judges and envoys.
    assert!(actors("وكلف القاضي نبيل سعد المحققين").contains(&"نبيل سعد".to_string()));
    assert!(actors("وقال المبعوث الأممي يانسن إن").contains(&"يانسن".to_string()));
}

#[test]
fn a_building_goes_on_over_lam_and_the_noun_of_its_use() {
    assert_place("استهدف انتحاري معسكرا للتدريب صباحا", "معسكرا للتدريب");
    assert_place("انفجرت سيارة أمام مقر قيادة للجيش", "مقر قيادة للجيش");
    // Not a bare building away from an attack.
    let f = found("زار الوزير مدرسة للبنات");
    assert!(f.iter().all(|(_, k)| *k != Place), "{f:?}");
}

#[test]
fn a_name_after_its_descriptor_and_a_comma_or_before_the_body_spoken_to() {
    let a = actors("وقال شاهد عيان، ماهر الراشد الذي كان قرب السوق، إن");
    // The descriptor before the comma is no actor of its own.
    assert_eq!(a, ["ماهر الراشد"], "{a:?}");
    let a = actors("وقال الشاهد، كريم منصور إن النيران اشتعلت");
    assert_eq!(a, ["كريم منصور"], "{a:?}");
    // A clause after the comma: the source stays an actor.
    let a = actors("ولم يؤكد ذلك أي مصدر أمني، وكلف الوزير لجنة بالتحقيق");
    assert!(a.contains(&"مصدر أمني".to_string()), "{a:?}");
    let a = actors("وقال جميل عواد لوكالة الأنباء إن");
    assert!(a.contains(&"جميل عواد".to_string()), "{a:?}");
}

#[test]
fn officials_and_medics_are_generic_actors() {
    assert_eq!(actors("ونقلت الإذاعة عن مسؤول أمني قوله"), ["مسؤول أمني"]);
    assert_eq!(actors("وعمل المسعفون طوال الليل"), ["المسعفون"]);
    assert_eq!(actors("ووصلت الأطقم الطبية إلى المكان"), ["الأطقم الطبية"]);
    // Counted, medics are the victims of a figure.
    assert!(actors("قتل 3 مسعفين في القصف").is_empty());
}

#[test]
fn persons_after_an_attacks_verb_are_its_attackers() {
    assert_eq!(
        actors("الهجوم الذي نفذته أمس امرأتان في السوق"),
        ["امرأتان"]
    );
    assert_eq!(actors("فجر رجل نفسه قرب الحاجز"), ["رجل"]);
    assert_eq!(actors("فجرت امرأتان ملثمتان نفسيهما"), ["امرأتان ملثمتان"]);
    // The subject before its verb.
    assert_eq!(
        actors("فتاتان صغيرتان فجرتا نفسيهما في السوق"),
        ["فتاتان صغيرتان"]
    );
    // Not before the verb of a blast, which has no agent.
    assert!(actors("قتل رجل حين انفجرت قنبلة").is_empty());
    // A person noun elsewhere is no actor; nor the object of the verb (نفذ هجوما).
    assert!(actors("وقال رجل يبيع الخضار إن").is_empty());
    assert!(actors("نفذ هجوما على الحاجز").is_empty());
}

#[test]
fn a_quoted_name_after_a_place_word_is_the_place() {
    let f = found("هاجم مسلحون قرية \"كوندالا\" فجرا");
    assert!(f.contains(&("كوندالا".to_string(), Place)), "{f:?}");
    assert_place("وشهدت ولاية «تاراكو» هجوما", "تاراكو");
}

#[test]
fn an_adjective_in_ya_after_an_accusative_noun_is_no_place() {
    // سوريا after دبلوماسيا: "a Syrian diplomat".
    let f = found("التقى الوزير دبلوماسيا سوريا رفيعا");
    assert!(f.iter().all(|(_, k)| *k != Place), "{f:?}");
    // After a plural verb, the country.
    assert_place("ثم دخلوا سوريا ليلا", "سوريا");
}

#[test]
fn bare_indefinite_forces_are_no_actor() {
    // "troops from outside the area": no party named.
    assert!(
        actors("واستدعت الحكومة قوات من خارج المنطقة")
            .iter()
            .all(|a| a != "قوات")
    );
    // With the word that says which, they are.
    assert!(actors("وتدخلت قوات خاصة").contains(&"قوات خاصة".to_string()));
}

#[test]
fn sources_at_a_building_are_one_actor() {
    assert_eq!(
        actors("ونقلت القناة عن مصادر بمكتب الوزير أن"),
        ["مصادر بمكتب الوزير"]
    );
    let f = found("وقال مصدر في مستشفى بغداد إن");
    assert_eq!(
        f,
        [
            ("مصدر في مستشفى بغداد".to_string(), Actor),
            ("بغداد".to_string(), Place)
        ],
        "{f:?}"
    );
}

#[test]
fn after_a_definite_word_only_an_adjective_goes_on() {
    assert_eq!(actors("وأعلنت الحكومة الحداد ثلاثة أيام"), ["الحكومة"]);
    assert_eq!(actors("وطوقت قوات الأمن المنطقة صباحا"), ["قوات الأمن"]);
    assert_eq!(
        actors("وأعلنت الحكومة العراقية الحداد"),
        ["الحكومة العراقية"]
    );
    assert_eq!(actors("وانتشرت القوات الخاصة"), ["القوات الخاصة"]);
    // An outlet's organisation word keeps no preposition.
    assert!(actors("وقال مسؤول لوكالة دبي برس إن").contains(&"وكالة دبي برس".to_string()));
}

#[test]
fn no_name_after_a_title_begins_with_a_building_or_a_committee() {
    let a = actors("افتتح وزير الصحة مستشفى جديدا في المدينة");
    assert!(a.is_empty(), "{a:?}");
    let a = actors("وقال رئيس لجنة المالية إن");
    assert!(!a.contains(&"لجنة".to_string()), "{a:?}");
    // A chain ends before another place's word with ب and the article.
    assert_place("عقدت الجلسة في مقر المجلس بالعاصمة", "مقر المجلس");
}

#[test]
fn a_place_told_by_its_distance_from_another() {
    assert_place(
        "وقع الهجوم في كوراما على بعد 40 كيلومترا من العاصمة",
        "كوراما",
    );
    // A definite noun there is a description (في المنطقة على بعد …).
    assert_no_place(&["وقع في الطريق على بعد أمتار من الحاجز"]);
}

#[test]
fn the_verb_amara_is_no_title_and_figure_words_are_no_names() {
    let got = found("ودان الوزير الهجوم وأمر بفتح تحقيق عاجل.");
    assert!(!got.iter().any(|(n, _)| n.contains("تحقيق")), "{got:?}");
    let got = found("وقال آمر الفوج زياد ناصر إن الوضع هادئ.");
    assert!(got.iter().any(|(n, _)| n == "زياد ناصر"), "{got:?}");
    // A casualty word after a verb of saying is no one's name.
    let got = found("وأكد المتحدث مقتل ثلاثة من المهاجمين.");
    assert!(!got.iter().any(|(n, _)| n.contains("مقتل")), "{got:?}");
}

#[test]
fn a_quoted_name_after_a_building_a_title_or_an_organisation_is_the_name() {
    let f = found("وقع تفجير في مسجد “الأمام حسن” بمنطقة “الحمراء” في العاصمة.");
    assert!(f.contains(&("الأمام حسن".to_string(), Place)), "{f:?}");
    assert!(!f.iter().any(|(n, _)| n == "مسجد"), "{f:?}");
    let f = found("وقال الشيخ “خالد الأحمد”، أمير البلاد إن الوضع هادئ.");
    assert_eq!(f, [("خالد الأحمد".to_string(), Actor)]);
    // After the title's portfolio too; a gazetteer word in the quotes is no place.
    let f = found("وقال محافظ العاصمة \"سالم الخالدي\" في تصريحات صحفية له.");
    assert_eq!(f, [("سالم الخالدي".to_string(), Actor)]);
    // After an organisation's words and adjectives: its own name, a mention of its own.
    assert_actor(
        "وأعلن تنظيم الدولة الإسلامية “داعش”، عبر حساباته مسؤوليته.",
        "داعش",
    );
    assert_actor(
        "وأعلن تنظيم الدولة الإسلامية “داعش”، عبر حساباته مسؤوليته.",
        "تنظيم الدولة الإسلامية",
    );
}

#[test]
fn a_building_named_after_a_person_keeps_the_name_after_the_title() {
    assert_place(
        "وقع تفجير في مسجد الإمام حسن بمنطقة الحمراء",
        "مسجد الإمام حسن",
    );
}

#[test]
fn a_part_of_a_building_named_before_is_no_name() {
    for text in [
        "وتعمل قوات الأمن على إخلاء ساحة المسجد الآن.",
        "تجمع الأهالي عند مدخل المستشفى بعد الانفجار.",
    ] {
        let f = found(text);
        assert!(f.iter().all(|(_, k)| *k != Place), "{text}: {f:?}");
    }
}

#[test]
fn a_name_between_a_verb_of_saying_and_who_is_or_a_member() {
    assert_actor(
        "وقال سامر نجيب وهو ضابط في الجيش إن الوضع هادئ.",
        "سامر نجيب",
    );
    assert_actor(
        "وقال فادي الحسن العضو في المجلس البلدي إن الطريق مغلق.",
        "فادي الحسن",
    );
}

#[test]
fn a_title_with_its_portfolio_and_place_then_the_name() {
    assert_actor(
        "وقال وزير التعليم في ولاية كانو سامر نجيب إن المدارس مغلقة.",
        "سامر نجيب",
    );
    assert_place(
        "وقال وزير التعليم في ولاية كانو سامر نجيب إن المدارس مغلقة.",
        "ولاية كانو",
    );
    // A region's place the gazetteer does not know.
    assert_actor(
        "وقال وزير الصحة في إقليم زنبارا سامر نجيب إن المستشفى ممتلئ.",
        "سامر نجيب",
    );
    assert_actor(
        "اغتيل رئيس نقابة الأطباء في بغداد فادي حسن كريم أمس.",
        "فادي حسن كريم",
    );
}

#[test]
fn a_short_particle_with_the_conjunction_is_no_name() {
    for text in [
        "قال مصدر إن الطريق مغلق، وأن سيارتين انفجرتا قرب الجسر.",
        "وصل الجرحى إلى المستشفى، ومن بينهم أطفال.",
    ] {
        let f = found(text);
        assert!(!f.iter().any(|(n, _)| n.starts_with('و')), "{text}: {f:?}");
    }
}

#[test]
fn a_title_and_its_portfolio_with_no_name_name_the_holder() {
    assert_actor(
        "وقال المتحدث العسكري في بيان إن القوات صدت الهجوم.",
        "المتحدث العسكري",
    );
    assert_actor(
        "وقال وزير الدفاع الليبي إن الجيش مستعد.",
        "وزير الدفاع الليبي",
    );
    // Not before a comma and the name, nor before the place served and the name.
    let f = found("وأفاد وزير الصحة التونسي، سامر نجيب، بأن الجرحى كثيرون.");
    assert!(!f.iter().any(|(n, _)| n.starts_with("وزير")), "{f:?}");
    let f = found("وقال وزير الصحة في زنبارا سامر نجيب إن الجرحى كثيرون.");
    assert!(!f.iter().any(|(n, _)| n.starts_with("وزير")), "{f:?}");
}

#[test]
fn a_title_after_a_comma_describes_the_name_before_it() {
    let f = found("وقال سامر نجيب، وزير الدفاع الليبي، إن الجيش مستعد.");
    assert!(!f.iter().any(|(n, _)| n.starts_with("وزير")), "{f:?}");
}

#[test]
fn a_relative_pronoun_of_the_dual_ends_a_generic_actor() {
    assert_eq!(
        actors("فجر الانتحاريان اللذان دخلا السوق نفسيهما"),
        ["الانتحاريان"]
    );
}

#[test]
fn no_name_after_a_title_begins_with_lam_tanween_or_a_figures_amount() {
    // With ل the body served follows: the title and its portfolio name the holder.
    assert_actor("قال المتحدث العسكري للجيش إن", "المتحدث العسكري");
    assert_no_actor_with(&["قال المتحدث العسكري للجيش إن"], &["للجيش"]);
    for text in [
        "ونشرت صفحة المتحدث العسكري لاحقًا صورًا للجثث",
        "لم يذكر بيان المتحدث العسكري أعداد القتلى",
    ] {
        assert_eq!(actors(text), ["المتحدث العسكري"], "{text}");
    }
}

#[test]
fn reports_and_the_media_with_the_adjective_that_says_whose() {
    assert_actor(
        "أفادت وسائل إعلام محلية بأن الحصيلة ارتفعت",
        "وسائل إعلام محلية",
    );
    assert_actor("وأشارت وسائل إعلام إلى سقوط ضحايا", "وسائل إعلام");
    assert_actor("وذكرت وسائل الإعلام الرسمية أن", "وسائل الإعلام الرسمية");
    assert_actor("أفادت تقارير صحفية أن", "تقارير صحفية");
    // Bare, or the means of something else, they are no party.
    assert_no_actor_with(
        &[
            "ونقلت تقارير عن الشرطة أن",
            "وقال لوسائل الإعلام إن",
            "تعطلت وسائل النقل في المدينة",
            "تحدثت وسائل الإعلام عن الهجوم",
        ],
        &["تقارير", "وسائل"],
    );
}

#[test]
fn lawyers_popes_and_governors_are_titles() {
    assert_actor("قال المحامي سامر نبيل إن موكله بريء", "سامر نبيل");
    assert_actor("وقال الحاكم كمال داود في بيان", "كمال داود");
    // A regnal ordinal ends the name.
    assert_actor("وزار البابا شنودة الثالث الكنيسة", "شنودة الثالث");
}

#[test]
fn ali_is_a_name_where_the_text_writes_ala_with_alif_maqsura() {
    assert_actor(
        "وقال الحاكم علي سالم في بيان إن الهجوم وقع على المدخل",
        "علي سالم",
    );
    // Where the text writes the preposition علي, it stays a particle.
    assert!(actors("رد الوزير علي الاتهامات").is_empty());
}

#[test]
fn a_name_after_a_title_its_portfolio_and_a_comma() {
    assert_actor(
        "وقال قائد شرطة مدينة حلب، كريم ناصر، إن الانفجار",
        "كريم ناصر",
    );
    assert_actor("قال النائب عن حزب الوسط، هشام عادل، إن الهجوم", "هشام عادل");
    assert_actor("وقال المتحدث باسم حكومة الإقليم، سمير جواد، إن", "سمير جواد");
    // Far from the title, only a name the comma or what was said closes.
    assert_no_actor_with(
        &[
            "وأعلن الدكتور سامي فهد، مفوض الصحة في الولاية، أن",
            "قام الرئيس سامي فهد، رئيس مجلس النواب، برفع جلسة البرلمان",
        ],
        &["مفوض", "برفع"],
    );
}

#[test]
fn security_bodies_in_the_plural_are_organisations() {
    assert_actor("وقال مسؤول في أجهزة الأمن المحلية إن", "أجهزة الأمن المحلية");
}

#[test]
fn adjectives_of_relation_to_a_known_place() {
    for word in ["الفرنسية", "المغربي", "والإيرانيين", "سودانية", "الألمانية"]
    {
        assert!(adjective_of_a_place(&fold_query(word)), "{word}");
    }
    // Places themselves: a city named so, a country with the article or in ية, an
    // indefinite …ي, and a word of no place.
    for word in [
        "السليمانية",
        "السعودية",
        "سورية",
        "مالي",
        "الأمنية",
        "الرسمي",
    ] {
        assert!(!adjective_of_a_place(&fold_query(word)), "{word}");
    }
}

#[test]
fn one_of_the_buildings_of_a_kind_is_a_place() {
    assert_place(
        "وقع تفجير انتحاري بإحدى الأسواق الشعبية قرب الحدود",
        "إحدى الأسواق الشعبية",
    );
    assert_place(
        "هاجم مسلحون إحدى نقاط التفتيش جنوب المدينة",
        "إحدى نقاط التفتيش",
    );
    assert_place("اقتحم رجل أحد المساجد الكبيرة", "أحد المساجد الكبيرة");
    // Not before a word of no building.
    assert_no_place(&["وقال أحد الأطباء إن"]);
}

#[test]
fn definite_sources_and_members_with_an_adjective_or_one_of() {
    assert_actor("وقالت المصادر الأمنية إن الهجوم", "المصادر الأمنية");
    assert_actor("وقال أحد الشهود إن الانفجار كان قويا", "أحد الشهود");
    assert_actor("وتطارد القوات العناصر المسلحة في الجبال", "العناصر المسلحة");
    assert_actor("وأطلق أحد العناصر الأمنية النار", "أحد العناصر الأمنية");
    // Bare, they refer back; counted, they are a figure's victims.
    for text in ["وقالت المصادر إن الهجوم", "قتل 5 عناصر أمنية في الهجوم"]
    {
        assert!(actors(text).is_empty(), "{text}: {:?}", actors(text));
    }
}

#[test]
fn compounds_checkpoints_and_bridges_are_buildings() {
    assert_place("استهدف المسلحون مجمعا سكنيا في المدينة", "مجمعا سكنيا");
    assert_place("هجوم على حاجز عسكري جنوب البلدة", "حاجز عسكري");
    assert_place("فجر نفسه على جسر قرب السوق", "جسر");
}

#[test]
fn a_participle_after_a_definite_building_describes_it() {
    assert_no_place(&[
        "وبدأ الهجوم على المجمع المحاط بسور عال",
        "وتضرر المكتب المستهدف بشدة",
    ]);
    // A participle of the forms متفعل / متفاعل says which kind: a name.
    assert_place("نقل الجرحى إلى المستشفى المتخصص", "المستشفى المتخصص");
}

#[test]
fn after_a_definite_title_a_known_word_begins_the_name() {
    // No construct after the article: the word is the holder's, not the place served.
    assert_eq!(
        found("وكلف القاضي سالم داود المحققين"),
        [("سالم داود".to_string(), Actor)]
    );
    // An indefinite title is in construct with the place it serves.
    assert_eq!(
        found("وقال محافظ بغداد إن الهجوم"),
        [("بغداد".to_string(), Place)]
    );
}

#[test]
fn a_name_of_god_written_as_one_word_is_no_pronoun() {
    assert_actor(
        "قال الرئيس السابق كمال عبدالله صالح إن",
        "كمال عبدالله صالح",
    );
}

#[test]
fn a_name_after_yudaa_with_the_conjunction() {
    assert_actor("وأوضح أحد الجرحى، ويدعى كريم عبد الله، أن", "كريم عبد الله");
}

#[test]
fn teams_with_the_noun_of_their_work_are_generic_actors() {
    assert_actor("وقامت فرق الإنقاذ بنقل الجرحى", "فرق الإنقاذ");
    assert_actor("ووصلت طواقم الإسعاف إلى المكان", "طواقم الإسعاف");
    // Not before an organisation's or a place's word.
    assert_no_actor_with(&["وانتشرت فرق في المدينة"], &["فرق"]);
}

#[test]
fn a_verb_of_saying_with_its_object_pronoun_makes_a_statement_no_place() {
    assert_no_place(&["وفقا لما ذكره الناطق في بيان صدر عنه"]);
}

#[test]
fn a_last_name_alone_after_the_full_name_is_the_person() {
    let text = "وقال المحامي سامر نبيل فريد إن موكله بريء. وأضاف فريد أن المحكمة ستنعقد.";
    assert_eq!(actors(text), ["سامر نبيل فريد", "فريد"]);
    // Not with a preposition on it, nor before the full name.
    let text = "يعمل فريد هنا. وقال الرئيس كمال محمود صالح إن الحكومة تعمل لصالح الشعب";
    assert!(
        actors(text).iter().all(|a| a != "فريد" && a != "صالح"),
        "{:?}",
        actors(text)
    );
}

#[test]
fn a_name_after_a_title_its_region_and_the_country() {
    assert_actor(
        "أعلن حاكم إقليم الشمال الغربي في النيجر سامي داودا، اليوم، مقتل 3 أشخاص",
        "سامي داودا",
    );
}

#[test]
fn a_name_after_a_title_stops_before_a_bodys_word() {
    assert_eq!(
        actors("وكلف القاضي ماهر فؤاد استخبارات الجيش بالتحقيق"),
        ["ماهر فؤاد", "استخبارات الجيش"]
    );
}

#[test]
fn a_conjunction_of_time_ends_a_building_name() {
    for text in [
        "هاجم مسلحون مستشفى فيما كان الأطباء يعملون",
        "هاجم مسلحون مستشفى بينما كان الأطباء يعملون",
    ] {
        assert_place(text, "مستشفى");
    }
}

#[test]
fn a_word_before_a_resumptive_pronoun_is_no_place() {
    // A relative clause after a place word (منطقة يقطن فيها), a common word the gazetteer
    // holds before له (في بيان له).
    assert_no_place(&[
        "سقطت القذيفة في منطقة يقطن فيها لاجئون",
        "نشرت الحركة في بيان لها صورا للمهاجمين",
    ]);
    // A name after a place word, with no pronoun after it, is still one.
    assert_place("سقطت القذيفة في منطقة كفرنبل صباحا", "كفرنبل");
}

#[test]
fn a_name_between_a_titles_portfolio_and_what_was_said() {
    let gazetteer = Gazetteer::for_language("ar");
    for (text, name) in [
        (
            "وقال وزير داخلية الأردن سمير حداد إن الوضع هادئ",
            "سمير حداد",
        ),
        (
            "قال وزير الصحة في كابيسا ندى صالح كريمي، إن المستشفيات امتلأت",
            "ندى صالح كريمي",
        ),
        (
            "قال المتحدث باسم شرطة ولاية كاتسينا يوسف دانجوما \"لقد قتل ثلاثة\"",
            "يوسف دانجوما",
        ),
    ] {
        assert_actor(text, name);
        // This rule's own reading, whatever the others find.
        let tokens = crate::suggest::tokens::tokenize(text);
        let names = names_after_a_portfolio(text, &tokens, &gazetteer);
        assert_eq!(names.len(), 1, "{text}: {names:?}");
        assert_eq!(names[0].name, name);
    }
    // The place after a place word, or a single word, is no name.
    for text in [
        "قال رئيس بلدية مدينة كاسلا، إن الهجوم فشل",
        "قال قائد شرطة كاسلا إن الهجوم فشل",
        "قال وزير داخلية البلاد، إن الهجوم فشل",
    ] {
        let tokens = crate::suggest::tokens::tokenize(text);
        let names = names_after_a_portfolio(text, &tokens, &gazetteer);
        assert!(names.is_empty(), "{text}: {names:?}");
    }
}

#[test]
fn a_generic_noun_after_who_is_describes_the_person_named() {
    assert_no_actor_with(
        &[
            "وقال سليم داود وهو مسؤول محلي إن الطريق أغلق",
            "قالت سلمى عادل وهي مسؤولة كبيرة في الوزارة إن الطريق أغلق",
        ],
        &["مسؤول"],
    );
    // Elsewhere the noun is an actor of its own.
    assert_actor("وقال مسؤول محلي إن الطريق أغلق", "مسؤول محلي");
}

#[test]
fn prayer_halls_depots_and_factories_are_buildings() {
    for (text, place) in [
        (
            "وقع التفجير قرب مصلى الرجال في الجامع الكبير",
            "مصلى الرجال",
        ),
        ("انفجر مستودع ذخيرة قرب الحدود", "مستودع ذخيرة"),
        ("استهدفت غارة مصنع الإسمنت صباحا", "مصنع الإسمنت"),
    ] {
        assert_place(text, place);
    }
}

#[test]
fn a_gazetteer_name_after_a_bare_preposition() {
    for (text, place) in [
        ("وقع انفجار ببغداد صباح الأحد", "بغداد"),
        ("نقل الجرحى لمستشفى قريب ثم لسوريا", "سوريا"),
        ("قتل ثلاثة جنود بشمال دارفور أمس", "شمال دارفور"),
    ] {
        assert_place(text, place);
    }
    // A word that begins with the letter is no preposition and a name (بسبب، بيان، بلاد).
    assert_no_place(&[
        "أغلقت الطرق بسبب الأمطار",
        "أصدرت الوزارة بيانا",
        "تواجه بلاد كثيرة أزمة",
    ]);
    // A building's name ends before it, also in the accusative.
    for text in [
        "فجر انتحاري نفسه داخل مسجد ببغداد",
        "هاجم مسلحون مسجدا بكينيا",
    ] {
        let f = found(text);
        let name = if text.contains("كينيا") {
            "كينيا"
        } else {
            "بغداد"
        };
        assert!(f.contains(&(name.to_string(), Place)), "{text}: {f:?}");
        assert!(
            f.iter().any(|(n, k)| n.starts_with("مسجد") && *k == Place),
            "{text}: {f:?}"
        );
    }
}

#[test]
fn a_name_quoted_after_an_with_its_title_after_a_comma() {
    assert_actor(
        "ونقلت الوكالة عن كريم منصور، مسؤول الإغاثة في المدينة، أن الطرق مغلقة",
        "كريم منصور",
    );
    // And by the last name alone later.
    assert_actor(
        "ونقلت الوكالة عن كريم منصور، مسؤول الإغاثة، أن الطرق مغلقة. وقال منصور إن",
        "منصور",
    );
    assert_no_actor_with(
        &[
            "تحدث الوزير عن الوضع الأمني، مسؤول آخر قال",
            "أسفر الهجوم عن مقتل جنديين، مسؤول",
        ],
        &["الوضع", "مقتل"],
    );
}
