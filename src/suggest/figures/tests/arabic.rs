//! Issue 23's classes of casualty sentences in Arabic: the sentence and the figures it must
//! give, and sentences that must give none. Every sentence is written for these tests.

use super::*;

#[test]
fn ages_durations_dates_times_ordinals_distances_money_are_not_counts() {
    assert_eq!(counts("قتلت طفلة عمرها 12 عاما في القصف"), [(Killed, 1)]);
    assert_eq!(counts("قتل رجل يبلغ من العمر 40 عاما"), [(Killed, 1)]);
    assert_eq!(
        counts("وقع الانفجار الساعة 10 صباحا وأسفر عن مقتل 3 أشخاص"),
        [(Killed, 3)]
    );
    // The month is no count; the commander's death is one.
    assert_eq!(
        counts("وقع الهجوم بعد شهر من مقتل قائد الكتيبة"),
        [(Killed, 1)]
    );
    none("استمر القتال منذ 10 سنوات وقتل فيه الكثيرون");
    // The distance is no count; "ولم يصب أحد" reports none.
    assert_eq!(
        counts("انفجرت العبوة على بعد 200 متر من الحاجز ولم يصب أحد"),
        [(Injured, 0)]
    );
    none("طالب الخاطفون بفدية قدرها خمسة ملايين دولار لإطلاق سراح الرهائن");
    none("هوجم المعسكر للمرة الثانية خلال 12 شهرا وقتل فيه حراس");
    none("في 21 نوفمبر قتل مسلحون حراس المعسكر");
    none("ارتفعت نسبة المصابين 40 بالمئة");
}

#[test]
fn each_count_takes_its_own_clause() {
    assert_eq!(
        counts("قتل ثلاثة أشخاص وأصيب خمسة آخرون"),
        [(Killed, 3), (Injured, 5)]
    );
    assert_eq!(
        figures("قتل 19 شخصا على الأقل فيما أصيب 40 آخرون"),
        [(Killed, Count(19), AtLeast), (Injured, Count(40), Exact)]
    );
    assert_eq!(counts("أصيب جنديان في هجومين منفصلين"), [(Injured, 2)]);
    assert_eq!(counts("مقتل 5 جنود و3 مدنيين"), [(Killed, 5), (Killed, 3)]);
    none("أصيب جنود في ثلاث هجمات منفصلة");
    // Killed and wounded together: one figure of both.
    assert_eq!(counts("سقط 20 شخصا بين قتيل وجريح"), [(Casualties, 20)]);
    assert_eq!(
        counts("أسفر القصف عن مقتل وإصابة 20 شخصا"),
        [(Casualties, 20)]
    );
    assert_eq!(
        counts("مقتل 3 وإصابة 20 شخصا"),
        [(Killed, 3), (Injured, 20)]
    );
}

#[test]
fn counted_nouns_tamyiz_digits_words_and_duals() {
    assert_eq!(
        counts("أسفر الهجوم عن 12 قتيلا و30 جريحا"),
        [(Killed, 12), (Injured, 30)]
    );
    assert_eq!(counts("سقط 7 قتلى في الاشتباكات"), [(Killed, 7)]);
    assert_eq!(counts("كان 5 من القتلى أطفالا"), [(Killed, 5)]);
    assert_eq!(counts("قتل 4 من عناصر الشرطة"), [(Killed, 4)]);
    assert_eq!(
        figures("أسفر الانفجار عن مقتل أكثر من 20 شخصا"),
        [(Killed, Count(20), MoreThan)]
    );
    assert_eq!(
        figures("أسفر القصف عن إصابة نحو 30 شخصا"),
        [(Injured, Count(30), About)]
    );
    assert_eq!(counts("قتل ١٥ شخصا في السوق"), [(Killed, 15)]);
    assert_eq!(counts("قتل خمسة وعشرون شخصا"), [(Killed, 25)]);
    assert_eq!(counts("أصيب ثلاثة عشر شخصا بجروح"), [(Injured, 13)]);
    assert_eq!(counts("أسفر الهجوم عن مقتل شخصين"), [(Killed, 2)]);
    assert_eq!(counts("سقط قتيلان وثلاثة جرحى"), [(Killed, 2), (Injured, 3)]);
    assert_eq!(counts("اختطف المسلحون رهينتين"), [(Hostages, 2)]);
}

#[test]
fn verbs_and_nouns_of_each_type() {
    assert_eq!(counts("استشهد 3 فلسطينيين برصاص الجنود"), [(Killed, 3)]);
    assert_eq!(counts("لقي 4 أشخاص مصرعهم في الحادث"), [(Killed, 4)]);
    assert_eq!(counts("ستة جنود لقوا حتفهم"), [(Killed, 6)]);
    assert_eq!(counts("فارق ثلاثة أشخاص الحياة"), [(Killed, 3)]);
    assert_eq!(counts("أودى الانفجار بحياة 9 أشخاص"), [(Killed, 9)]);
    assert_eq!(counts("أودت الاشتباكات بحياة جنديين"), [(Killed, 2)]);
    assert_eq!(counts("اعتقلت الشرطة 6 مشتبهين"), [(Arrested, 6)]);
    assert_eq!(counts("أسر المسلحون جنديين"), [(Arrested, 2)]);
    assert_eq!(counts("اختطاف 7 عمال أجانب"), [(Hostages, 7)]);
    assert_eq!(counts("أفرج عن 10 رهائن"), [(Freed, 10)]);
    assert_eq!(counts("ما زال 8 أشخاص مفقودين"), [(Missing, 8)]);
}

#[test]
fn a_count_part_of_the_figure_before_takes_its_type() {
    assert_eq!(
        figures("قال الوزير إن ثمة قتيلين حتى الآن، بينهما شخص أجنبي"),
        [(Killed, Count(2), AtLeast), (Killed, Count(1), Exact)]
    );
    assert_eq!(
        counts("قتل 12 شخصا منهم 4 أطفال"),
        [(Killed, 12), (Killed, 4)]
    );
}

#[test]
fn a_singular_noun_is_one() {
    assert_eq!(counts("أعلنت الشرطة مقتل طفل"), [(Killed, 1)]);
    assert_eq!(counts("إصابة جندي بجروح"), [(Injured, 1)]);
    assert_eq!(counts("مقتل شرطي وإصابة آخر"), [(Killed, 1), (Injured, 1)]);
    assert_eq!(counts("لقي شاب مصرعه"), [(Killed, 1)]);
    none("قال جندي إن الطريق مغلق");
}

#[test]
fn vague_amounts_ranges_and_qualifiers() {
    assert_eq!(
        figures("وأصيب العشرات بجروح"),
        [(Injured, Vague("dozens"), Exact)]
    );
    assert_eq!(
        figures("اعتقال عشرات الأشخاص"),
        [(Arrested, Vague("dozens"), Exact)]
    );
    assert_eq!(figures("مقتل المئات"), [(Killed, Vague("hundreds"), Exact)]);
    assert_eq!(
        figures("سقط بين 15 و20 قتيلا"),
        [(Killed, Range(15, 20), Exact)]
    );
    assert_eq!(
        figures("قتل ما لا يقل عن 10 أشخاص"),
        [(Killed, Count(10), AtLeast)]
    );
    assert_eq!(
        figures("سقط 20 قتيلا على الأقل"),
        [(Killed, Count(20), AtLeast)]
    );
}

#[test]
fn changing_tolls() {
    let state = |text: &str| {
        find_figures(text)
            .into_iter()
            .map(|f| (f.kind, f.amount, f.superseded))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        state("ارتفعت حصيلة القتلى إلى 40"),
        [(Killed, Count(40), false)]
    );
    assert_eq!(
        state("قتل 25 شخصا في الهجوم. ثم ارتفعت حصيلة القتلى إلى 40"),
        [(Killed, Count(25), true), (Killed, Count(40), false)]
    );
    assert_eq!(
        state("ارتفعت الحصيلة من 20 إلى 40 قتيلا"),
        [(Killed, Count(20), true), (Killed, Count(40), false)]
    );
    assert_eq!(
        state("ارتفع عدد الجرحى إلى 12"),
        [(Injured, Count(12), false)]
    );
}

#[test]
fn more_verbs_of_death() {
    assert_eq!(counts("و7 أخرى دفنت في المقبرة"), [(Killed, 7)]);
    assert_eq!(
        figures("أسفر القصف عن سقوط العشرات."),
        [(Killed, Vague("dozens"), Exact)]
    );
    none("أدى القصف إلى سقوط 3 قذائف على السوق.");
    none("وأفادت مصادر بسقوط عشرات القذائف على المدينة.");
}

#[test]
fn a_count_with_its_noun_elided_goes_on_with_the_noun_before() {
    assert_eq!(
        shares("نقلت 40 جثة إلى المشرحة، وعشرا أخرى المستوصف و7 أخرى دفنت في القرية."),
        [
            (Killed, Count(40), false, false),
            (Killed, Count(10), true, false),
            (Killed, Count(7), false, false)
        ]
    );
    // أخرى after a count of things is no figure.
    none("دمرت 5 منازل و3 أخرى في القرية.");
}

#[test]
fn suicide_attackers_who_set_off_their_charge_are_dead() {
    assert_eq!(
        shares("وتسللت أربع انتحاريات إلى السوق وقمن بتفجير أنفسهن."),
        [(Killed, Count(4), true, false)]
    );
    none("وتبحث الشرطة عن ثلاثة انتحاريين.");
}

#[test]
fn a_verb_joined_by_wa_with_its_own_count_is_another_clause() {
    assert_eq!(
        figures("قال مسؤول إن 9 أشخاص قتلوا وأصيب عشرات في الانفجار."),
        [(Killed, Count(9), Exact), (Injured, Vague("dozens"), Exact)]
    );
    // An inserted بينهم clause between the count and its verb; the dual in it is a share
    // of the seven.
    assert_eq!(
        shares("وقال مسعف إن ما لا يقل عن 7 أشخاص، بينهم شرطيان ومارة، قتلوا وأصيب العشرات."),
        [
            (Killed, Count(7), false, false),
            (Killed, Count(2), true, false),
            (Injured, Vague("dozens"), false, false)
        ]
    );
    assert_eq!(
        figures("وقدر شهود عدد القتلى والجرحى بالمئات."),
        [(Casualties, Vague("hundreds"), Exact)]
    );
}

#[test]
fn a_share_after_baynahum_after_the_verb() {
    let text = "وأفاد مسعف بأن 11 شخصا أصيبوا بينهم 4 أطفال.";
    assert_eq!(
        shares(text),
        [
            (Injured, Count(11), false, false),
            (Injured, Count(4), true, false)
        ]
    );
    assert_eq!(
        phrases(text),
        ["11 شخصا أصيبوا", "بينهم 4 أطفال"],
        "the share does not take the verb of the figure before into its phrase"
    );
    assert_eq!(
        counts("قتل 5 أشخاص في الهجوم، من بينهم قائد الحراسة."),
        [(Killed, 5), (Killed, 1)]
    );
}

#[test]
fn an_earlier_toll_is_superseded() {
    assert_eq!(
        shares("وكانت الحصيلة السابقة ثلاثين قتيلا."),
        [(Killed, Count(30), false, true)]
    );
}

#[test]
fn a_changed_toll_with_a_counted_noun_is_marked_as_the_count_and_its_noun() {
    let (phrase, kind, amount, _) = one("ارتفعت حصيلة ضحايا الهجوم على السوق إلى 30 قتيلا");
    assert_eq!((phrase, kind, amount), ("30 قتيلا", Killed, Count(30)));
    let (phrase, ..) = one("ارتفعت حصيلة القتلى إلى 40");
    assert_eq!(
        phrase, "حصيلة القتلى إلى 40",
        "no counted noun: the toll's words"
    );
}

#[test]
fn an_attacker_counted_by_an_ordinal_takes_the_type_of_its_clause() {
    assert_eq!(
        counts("وتبين وجود مسلح رابع جرى اعتقاله قرب الحاجز"),
        [(Arrested, 1)]
    );
    assert_eq!(
        counts("وأفاد شهود بوجود مهاجم ثالث، بقيت جثته قرب السيارة"),
        [(Killed, 1)]
    );
    none("وصل مسلح رابع إلى الحاجز");
    // After a preposition, the clause after it is its own, the words before are not.
    assert_eq!(
        counts("تمكن الحراس من السيطرة على مسلح رابع جرى اعتقاله"),
        [(Arrested, 1)]
    );
    none("وقتل الحارس بيد مسلح رابع");
}

#[test]
fn duals_and_more_than_in_maghrebi_usage() {
    // A dual verb of two attackers: the count after it is their victims.
    assert_eq!(counts("وقال شهود إن مسلحين قتلا 8 أشخاص"), [(Killed, 8)]);
    assert_eq!(
        counts("وقالت الشرطة إن القنبلتين قتلتا 17 شخصا"),
        [(Killed, 17)]
    );
    // Two attackers who did the killing are no figure of two killed.
    assert_eq!(
        counts("وقالت الشرطة إن امرأتين قتلتا 17 شخصا"),
        [(Killed, 17)]
    );
    // أزيد من is more than, as أكثر من.
    assert_eq!(
        figures("وأصيب أزيد من 40 آخرون في الانفجار"),
        [(Injured, Amount::Count(40), Qualifier::MoreThan)]
    );
}

#[test]
fn a_count_takes_its_own_verb_after_a_list_and_a_qualifier() {
    // The qualifier after the first count's noun does not hide that count: the second
    // verb starts a clause of its own.
    // The qualifier between the noun and its verb is the figure's.
    assert_eq!(
        figures("وقال مسؤول إن 12 شخصا على الأقل قتلوا وأصيب العشرات في الهجوم"),
        [
            (Killed, Amount::Count(12), Qualifier::AtLeast),
            (Injured, Amount::Vague("dozens"), Qualifier::Exact)
        ]
    );
    // A count with its own verb after it does not take the noun of the count before it.
    assert_eq!(
        counts("وقال الطبيب إن 10 جثث و30 شخصا أصيبوا بجروح نقلوا إلى المستشفى"),
        [(Killed, 10), (Injured, 30)]
    );
}

#[test]
fn two_attackers_by_the_dual_reflexive_and_others_after_a_verb() {
    // The dual reflexive of a detonation verb counts two dead attackers by itself.
    assert_eq!(
        shares("فجرت شابتان نفسيهما قرب سوق المدينة"),
        [(Killed, Count(2), true, false)]
    );
    assert_eq!(
        phrases("فجرت شابتان نفسيهما قرب سوق المدينة"),
        ["فجرت شابتان نفسيهما"]
    );
    // The subject before a dual verb right before its reflexive is marked with it.
    assert_eq!(
        phrases("وقال شهود إن رجلين ملثمين فجرا نفسيهما عند البوابة"),
        ["رجلين ملثمين فجرا نفسيهما"]
    );
    // A singular or a reflexive that is not a detonation's object: no figure.
    none("فجر رجل نفسه قرب الحاجز");
    none("وقال الرجلان إنهما حميا نفسيهما");
    // "Others" after a figure typed by its verb goes on with that verb.
    assert_eq!(
        counts("توفي 14 شخصا في مكان الانفجار، وأربعة آخرين في المستشفى"),
        [(Killed, 14), (Killed, 4)]
    );
    // Killed and wounded counted together by one amount: type casualties.
    assert_eq!(
        one("وخلف القصف عشرات القتلى والجرحى في الحي"),
        ("عشرات القتلى والجرحى", Casualties, Vague("dozens"), Exact)
    );
}

#[test]
fn one_of_the_people_after_a_cue_is_one() {
    assert_eq!(
        counts("وقتل أحد المهاجمين في تبادل لإطلاق النار"),
        [(Killed, 1)]
    );
    assert_eq!(counts("وأصيبت إحدى الموظفات بجروح"), [(Injured, 1)]);
    none("وقال أحد المسؤولين إن الوضع هادئ");
}

#[test]
fn a_feminine_person_noun_after_a_count_counts_people() {
    assert_eq!(
        counts("واختطف المسلحون 20 طالبة من المدرسة"),
        [(Hostages, 20)]
    );
    assert_eq!(
        counts("واعتقلت قوات الأمن خمسة مشتبه بهم في المدينة"),
        [(Arrested, 5)]
    );
}

#[test]
fn more_duals_of_people_count_two() {
    assert_eq!(counts("وقتل شرطيان في الهجوم"), [(Killed, 2)]);
    assert_eq!(counts("وأصيب ضابطان بجروح"), [(Injured, 2)]);
    // The ين form of مدني is also its plural: no count of two from it.
    assert_eq!(figures("وقتل مدنيين في القصف"), []);
}

#[test]
fn many_of_the_wounded() {
    assert_eq!(
        figures("وأوضح الطبيب أن كثيرا من المصابين في حالة خطيرة"),
        [(Injured, Vague("many"), Exact)]
    );
}

#[test]
fn the_people_a_toll_is_made_of_after_hum_are_a_share() {
    assert_eq!(
        shares("قتل خمسة أشخاص على الفور، هم أربعة مدنيين والانتحاري"),
        [
            (Killed, Count(5), false, false),
            (Killed, Count(4), true, false)
        ]
    );
}

#[test]
fn one_of_the_wounded_the_active_verb_and_a_protest_at_a_killing() {
    assert_eq!(counts("وقال إن أحد المصابين في حالة حرجة"), [(Injured, 1)]);
    assert_eq!(
        figures("أصاب الانفجار 50 على الأقل"),
        [(Injured, Count(50), AtLeast)]
    );
    // The people gathered are no dead of the killing they protest.
    none("وتجمع نحو 200 شخص أمام المستشفى، احتجاجا على اغتيال المحامي");
}
#[test]
fn a_closing_quotation_ends_the_clause() {
    assert_eq!(
        shares(
            "وأوضح \"ان خمسة اشخاص قتلوا، هم اربعة جنود والانتحاري\" مشيرا الى سقوط نحو عشرين جريحا."
        ),
        [
            (Killed, Count(5), false, false),
            (Killed, Count(4), true, false),
            (Injured, Count(20), false, false)
        ]
    );
}

#[test]
fn a_number_of_the_wounded_is_several() {
    assert_eq!(
        figures("وأسفر الانفجار عن سقوط عدد من الجرحى"),
        [(Injured, Vague("several"), Exact)]
    );
    assert_eq!(
        phrases("سقط أربعة قتلى وعدد من الجرحى"),
        ["أربعة قتلى", "عدد من الجرحى"]
    );
    none("وزار عدد من المسؤولين المستشفى");
}

#[test]
fn a_person_described_as_a_casualty_is_one_and_a_denial_is_none() {
    assert_eq!(
        counts("وقالت الشرطة إن أربعة قتلى وطفل جريح نقلوا إلى المستشفى"),
        [(Killed, 4), (Injured, 1)]
    );
    // A count before a denial does not take its word; the denial is a figure of none.
    assert_eq!(
        counts("وأوضح المسؤول أن 50 عاملا كانوا في المصنع، مؤكدا عدم إصابة أي منهم"),
        [(Injured, 0)]
    );
    assert_eq!(counts("وانفجرت العبوة دون وقوع إصابات"), [(Injured, 0)]);
}

#[test]
fn a_count_of_them_is_a_share_of_the_figure_before() {
    assert_eq!(
        shares("وأصيب 40 شخصا بجروح، سبعة منهم في حالة خطرة"),
        [
            (Injured, Amount::Count(40), false, false),
            (Injured, Amount::Count(7), true, false)
        ]
    );
}

#[test]
fn qada_is_a_verb_of_dying() {
    assert_eq!(counts("وقضى 9 أشخاص في الحريق"), [(Killed, 9)]);
    none("قضى الأسرى 10 سنوات في السجن");
}

#[test]
fn some_of_the_wounded_who_died_are_killed() {
    assert_eq!(
        counts("وتوفي ثلاثة من الجرحى متأثرين بجراحهم"),
        [(Killed, 3)]
    );
    assert_eq!(
        figures("ونقل كثيرا من المصابين، لذا فإن عدد القتلى قد يرتفع"),
        [(Injured, Amount::Vague("many"), Exact)]
    );
}

#[test]
fn a_definite_noun_and_its_number_count() {
    assert_eq!(counts("وقتل المسلحون الأربعة في الاشتباك"), [(Killed, 4)]);
    none("وصل المسلحون الأربعة إلى البلدة");
    none("قال المسؤولون يوم الاثنين");
}

#[test]
fn a_verbs_own_preposition_is_looked_past() {
    assert_eq!(
        counts("وألقت الشرطة القبض على 4 مشتبه بهم"),
        [(Arrested, 4)]
    );
    none("واندلع حريق في 3 منازل");
}

#[test]
fn a_share_after_minhum_without_a_comma_is_looked_past() {
    assert_eq!(
        shares("وقالت إن ما لا يقل عن 25 شخصا منهم 7 نساء، قتلوا في القصف"),
        [
            (Killed, Count(25), false, false),
            (Killed, Count(7), true, false)
        ]
    );
}

#[test]
fn between_killed_and_wounded_two_after_a_plural_and_a_bomber_who_blew_himself_up() {
    assert_eq!(
        figures("وأدى الانفجار إلى سقوط 45 شخصا بين قتيل وجريح"),
        [(Casualties, Count(45), Exact)]
    );
    assert_eq!(
        counts("قتل 9 مدنيين وشرطيين اثنين"),
        [(Killed, 9), (Killed, 2)]
    );
    assert_eq!(
        shares("وفجر نفسه وسط المصلين"),
        [(Killed, Count(1), true, false)]
    );
    assert_eq!(counts("وقتل 20 ألفا في الحرب"), [(Killed, 20_000)]);
}

#[test]
fn a_verbal_noun_with_their_pronoun_is_a_cue() {
    assert_eq!(counts("وأعلن عن أربعة مسلحين تم قتلهم"), [(Killed, 4)]);
}

#[test]
fn souls_reaped_are_killed() {
    assert_eq!(counts("الانفجار الذي حصد أرواح 17 شخصا"), [(Killed, 17)]);
}
