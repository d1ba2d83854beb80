//! The Arabic vocabulary the name rules of [`super`] read: cue words before places,
//! organisations and people's names, generic actor nouns, nouns of persons, verbs of an
//! attack, of saying and of naming, and the particles that end a name, folded as search
//! folds them, in hash sets built once ([`words`]). Vocabulary only, never names of any
//! briefing's entities.

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

use crate::search::fold_query;

/// Words before a place's name.
const PLACE_CUES: &[&str] = &[
    "مدينة",
    "بلدة",
    "قرية",
    "ولاية",
    "منطقة",
    "إقليم",
    "محافظة",
    "قضاء",
    "ضاحية",
    "عاصمة",
    "جزيرة",
    "مقاطعة",
    "ناحية",
    "بلدية",
];

/// Place words that belong to the region's name they come before (ولاية X, محافظة X): the
/// name is marked with them.
const REGION_CUES: &[&str] = &["ولاية", "محافظة", "إقليم"];

/// Words that head an organisation's name; the complement follows.
const ORG_CUES: &[&str] = &[
    "وزارة",
    "وكالة",
    "تنظيم",
    "جماعة",
    "حركة",
    "جبهة",
    "حزب",
    "بعثة",
    "قوات",
    "قوة",
    "جيش",
    "شرطة",
    "حكومة",
    "مجلس",
    "منظمة",
    "سفارة",
    "هيئة",
    "نقابة",
    "اتحاد",
    "كتائب",
    "لواء",
    "ميليشيا",
    "ميليشيات",
    "صحيفة",
    "قناة",
    "إذاعة",
    "جهاز",
    "أجهزة",
    "إدارة",
    "مصلحة",
    "كتيبة",
    "خدمة",
    "تلفزيون",
    "التلفزيون",
    "تليفزيون",
    "التليفزيون",
    "استخبارات",
    "مخابرات",
    "برلمان",
    "لجنة",
];

/// Words that head a building, a premises or a quarter with the words that say which one
/// (a name, a genitive chain, an adjective): the whole is a place. مستشفى غابرييل توري،
/// مقر قيادة الجيش، مبنى حكومي، حي السلام.
const BUILDING_CUES: &[&str] = &[
    "مقر",
    "مبنى",
    "مكتب",
    "حي",
    "سوق",
    "مخيم",
    "منتجع",
    "فندق",
    "مستشفى",
    "مسجد",
    "جامع",
    "مدرسة",
    "جامعة",
    "كنيسة",
    "مطار",
    "سجن",
    "ملعب",
    "معهد",
    "شارع",
    "ساحة",
    "مركز",
    "معسكر",
    "مزار",
    "ضريح",
    "منزل",
    "متجر",
    "مجمع",
    "حاجز",
    "جسر",
    // A prayer hall, a depot, a factory, a storehouse.
    "مصلى",
    "مستودع",
    "مصنع",
    "مخزن",
];

/// Building words that are a name only before it (شارع X): with the article (الشارع
/// الرئيسي "the main street") they are a common noun.
const STREET_CUES: &[&str] = &["شارع", "ساحة"];

/// Words that make a compound personal name with the word after them: عبد الله، أبو بكر,
/// and the nasab بن / ابن / بنت between two names.
const NAME_PARTICLES: &[&str] = &["عبد", "أبو", "أبي", "ابو"];
const NASAB: &[&str] = &["بن", "ابن", "بنت"];

/// Titles before a person's name (a portfolio or complement may come between).
const TITLE_CUES: &[&str] = &[
    "وزير",
    "الرئيس",
    "رئيس",
    "العقيد",
    "العميد",
    "اللواء",
    "الجنرال",
    "الشيخ",
    "الإمام",
    "النائب",
    "العضو",
    "عضو",
    "مراسل",
    "المتحدث",
    "متحدث",
    "السفير",
    "المحافظ",
    "محافظ",
    "قائد",
    "زعيم",
    "أمير",
    "الأمير",
    "الملك",
    "آمر",
    "مدير",
    "مراسلة",
    "الناطق",
    "المتحدثة",
    "الشاهد",
    "السيد",
    "السيدة",
    "الدكتور",
    "القاضي",
    "المبعوث",
    "مبعوث",
    "منسق",
    "المنسق",
    "الحاكم",
    "حاكم",
    "المحامي",
    "المحامية",
    "البابا",
];

/// Nouns of persons (a woman, two men …): the subject of an attack's verb that they
/// follow is the attacker (نفذته امرأتان).
const PERSON_NOUNS: &[&str] = &[
    "رجل",
    "رجلان",
    "رجلين",
    "امرأة",
    "امرأتان",
    "امرأتين",
    "شخص",
    "شخصان",
    "شخصين",
    "شاب",
    "شابان",
    "فتاة",
    "فتاتان",
    "طفل",
    "طفلة",
];

/// Verbs that give a person's name (شرطي يدعى X "a policeman called X").
const CALLED: &[&str] = &["يدعى", "تدعى"];

/// Verbs of saying, which a speaker's name follows (قال X، أوضح X).
const SPEECH_VERBS: &[&str] = &[
    "قال",
    "قالت",
    "أضاف",
    "أضافت",
    "أوضح",
    "أوضحت",
    "أكد",
    "أكدت",
    "صرح",
    "صرحت",
    "ذكر",
    "ذكرت",
    "أفاد",
    "أفادت",
    "أعلن",
    "أعلنت",
];

/// Words that end the name of a newspaper or channel, as the outlets write them: the one
/// or two words before belong to the name (X نيوز، X تايمز، X بوست).
const MEDIA_ENDINGS: &[&str] = &["نيوز", "تايمز", "بوست", "تريبيون", "جورنال", "برس"];

/// Generic actor nouns (with or without the article).
const ACTOR_NOUNS: &[&str] = &[
    "مسلحون",
    "مسلحين",
    "المسلحين",
    "المسلحون",
    "مهاجمين",
    "المهاجمين",
    "المهاجمون",
    "انتحاري",
    "انتحارى",
    "الانتحاري",
    "مقاتلين",
    "المقاتلين",
    "المقاتلون",
    "متمردين",
    "المتمردين",
    "المتمردون",
    "جهاديين",
    "الجهاديين",
    "الجهاديون",
    "السلطات",
    "الشرطة",
    "الجيش",
    "الحكومة",
    "البرلمان",
    "القوات",
    "جنود",
    "الجنود",
    "مسؤولون",
    "مسؤولين",
    "المسؤولين",
    "مسؤول",
    "المسؤول",
    "المسعفون",
    "المسعفين",
    "مسعفون",
    "مسعفين",
    "الأطقم",
    "الطواقم",
    "ضابط",
    "ضباط",
    "إرهابيين",
    "الإرهابيين",
    "متطرفين",
    "المتطرفين",
    "غربيون",
    "الغربيين",
    "السياح",
    "الخاطفين",
    "خاطفين",
    "الميليشيات",
    "ميليشيات",
    "المنفذين",
    "المنفذون",
    "منفذي",
    "انتحاريا",
    "انتحاريون",
    "انتحاريين",
    "انتحاريان",
    "الانتحاريان",
    "انتحاريات",
    "الانتحاريين",
    "الانتحارية",
    "المفجر",
    "مفجر",
    "مفجرا",
    "مفجرة",
    "مفجرين",
    "مفجرتين",
    "مفجرتان",
    "مفجران",
    "انتحارية",
    "انتحاريتين",
    "انتحاريتان",
    "مصادرنا",
];

/// Generic nouns that, counted (5 جنود), say who the victims of a figure were: no party
/// then. Counted attackers (ثلاث انتحاريات) still are one.
const VICTIM_NOUNS: &[&str] = &[
    "جنود",
    "الجنود",
    "ضابط",
    "ضباط",
    "مسؤولين",
    "السياح",
    "مسعفين",
];

/// Sources without a name (مصادر، مصدر): the noun and the one word that says which (مصادر
/// أمنية، مصدر مطلع، مصادر الجيش).
const SOURCE_NOUNS: &[&str] = &["مصادر", "مصدر", "شهود", "شاهد"];

/// Sources that name no party without an adjective that says whose (تقارير محلية، وسائل
/// الإعلام الرسمية); the indefinite media's two words (وسائل إعلام) name one alone.
const REPORT_NOUNS: &[&str] = &["تقارير", "وسائل"];
/// Members of a body or a side, a party only with the adjective that says which (العناصر
/// المسلحة، عناصر أمنية).
const MEMBER_NOUNS: &[&str] = &["عناصر"];
/// Teams, a party with the definite noun of their work (فرق الإنقاذ، طواقم الإسعاف).
const TEAM_NOUNS: &[&str] = &["فرق", "طواقم"];
/// The words for "one of" (أحد الشهود، إحدى الأسواق): one of a kind named after them.
const ONE_OF: &[&str] = &["أحد", "إحدى", "احدى"];
/// Plurals of the building words, named after "one of" (إحدى الأسواق).
const BUILDING_PLURALS: &[&str] = &[
    "أسواق",
    "مساجد",
    "مستشفيات",
    "مدارس",
    "كنائس",
    "مباني",
    "مراكز",
    "فنادق",
    "مخيمات",
    "نقاط",
    "حواجز",
    "مكاتب",
];
/// The word after وسائل that makes it the media.
pub(super) const MEDIA_WORD: &str = "اعلام";

/// Prepositions and directions before a place's name.
const PLACE_PREPOSITIONS: &[&str] = &[
    "في",
    "فى",
    "من",
    "إلى",
    "الى",
    "قرب",
    "بالقرب",
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "وسط",
    "داخل",
    "خارج",
    "حول",
    "نحو",
    "عند",
    "ضواحي",
    "أطراف",
    "شمالي",
    "جنوبي",
    "شرقي",
    "غربي",
];

/// Ordinal adjectives: never a name, also with a proclitic (لأول مرة "for the first
/// time"); after an attacker noun they say which attacker (انتحاري ثالث).
const ORDINALS: &[&str] = &[
    "أول",
    "ثاني",
    "ثالث",
    "رابع",
    "خامس",
    "سادس",
    "أخير",
    "أولى",
    "ثانية",
    "ثالثة",
    "رابعة",
    "خامسة",
    "أخيرة",
    "الأول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "الأخير",
    "الأولى",
    "الثانية",
    "الثالثة",
    "الرابعة",
    "الأخيرة",
];

/// Adjectives of direction after a place word or a place's name (الضاحية الجنوبية، مدينة X
/// الشمالية): part of the place's name; alone, with the nouns of direction (الشمال), no
/// place.
const DIRECTIONS: &[&str] = &[
    "الشمال",
    "الجنوب",
    "الشرق",
    "الغرب",
    "الجنوبية",
    "الشمالية",
    "الشرقية",
    "الغربية",
    "الجنوبي",
    "الشمالي",
    "الشرقي",
    "الغربي",
];

/// The word for time of day (بتوقيت X "X time"): a place's name after it is a time zone.
const TIME_WORDS: &[&str] = &["توقيت"];

/// Nouns of an attack or a blast: an attacker noun after one is its adjective (هجوم
/// انتحاري "a suicide attack", التفجيرين الانتحاريين), no actor.
const ACT_NOUNS: &[&str] = &[
    "هجوم",
    "هجوما",
    "هجومين",
    "هجومان",
    "هجمات",
    "الهجوم",
    "الهجومين",
    "الهجمات",
    "تفجير",
    "تفجيرا",
    "تفجيرين",
    "تفجيران",
    "تفجيرات",
    "التفجير",
    "التفجيرين",
    "التفجيرات",
    "التفجيران",
    "الهجومان",
    "الانفجاران",
    "انفجار",
    "انفجارين",
    "الانفجار",
    "الانفجارين",
    "عملية",
    "عمليات",
    "العملية",
    "العمليات",
    "اعتداء",
    "اعتداءات",
    "الاعتداء",
    "الاعتداءات",
    "هجمة",
    "الهجمة",
];

/// Verbs of an attack (struck, targeted, blew up, stormed, carried out): the building
/// after one is the attack's site.
const ATTACK_VERBS: &[&str] = &[
    "استهدف",
    "استهدفت",
    "يستهدف",
    "تستهدف",
    "هاجم",
    "هاجمت",
    "يهاجم",
    "فجر",
    "فجرت",
    "انفجر",
    "انفجرت",
    "نفذ",
    "نفذت",
    "نفذه",
    "نفذته",
    "نفذها",
    "نفذهما",
    "فجرتا",
    "فجروا",
    "اقتحم",
    "اقتحمت",
    "ضرب",
    "ضربت",
];

/// Particles and common words that end a name's complement.
const STOP: &[&str] = &[
    "في",
    "من",
    "على",
    "إلى",
    "الى",
    "عن",
    "مع",
    "التي",
    "الذي",
    "الذين",
    // The relative pronouns of the dual and the feminine plural, too.
    "اللذين",
    "اللذان",
    "اللتين",
    "اللتان",
    "اللاتي",
    "اللواتي",
    "أن",
    "إن",
    "ان",
    "أنه",
    "إنه",
    "بعد",
    "قبل",
    "حيث",
    "كما",
    "قد",
    "لقد",
    "ثم",
    "أو",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "عند",
    "منذ",
    "حتى",
    "خلال",
    "بين",
    "فى",
    "وفق",
    "كان",
    "كانت",
    "قال",
    "وقال",
    "أمس",
    "اليوم",
    "الآن",
    "وهو",
    "وهي",
    "الثلاثاء",
    "الأحد",
    "الاثنين",
    "الأربعاء",
    "الخميس",
    "الجمعة",
    "السبت",
    "لا",
    "لم",
    "لن",
    "ما",
    "هو",
    "هي",
    "هم",
    "نحو",
    "التابعة",
    "التابع",
    "باسم",
    "برتبة",
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "شمالي",
    "جنوبي",
    "شرقي",
    "غربي",
    "وسط",
    "قرب",
    "طالبا",
    "أيضا",
    "عدم",
    "كل",
    "جميع",
    "بعض",
    "عدد",
    // Conjunctions of time that open a clause (فيما "while", بينما، عندما): a name never
    // goes on over them.
    "فيما",
    "بينما",
    "عندما",
];

/// A preposition with a pronoun suffix, which refers back to the noun before it in a
/// relative clause (منطقة يعيش فيها "a district in which … live") or a possession (في
/// بيان له "in a statement of his"): the word before is a verb or a common noun, no name.
const RESUMPTIVE: &[&str] = &[
    "فيه",
    "فيها",
    "فيهم",
    "به",
    "بها",
    "بهم",
    "منه",
    "منها",
    "منهم",
    "عليه",
    "عليها",
    "عليهم",
    "إليه",
    "إليها",
    "إليهم",
    "له",
    "لها",
    "لهم",
];

/// The names of the Latin letters as Arabic spells them, which write acronyms (بي بي سي is
/// BBC, إف بي آي FBI). `AMBIGUOUS_LETTERS` are also words (إن "that"), so a run of letters
/// needs others beside them.
const LETTERS: &[&str] = &[
    "إيه",
    "ايه",
    "بي",
    "سي",
    "دي",
    "إف",
    "اف",
    "جي",
    "إتش",
    "اتش",
    "جيه",
    "كيه",
    "كيو",
    "آر",
    "ار",
    "إس",
    "اس",
    "تي",
    "يو",
    "دبليو",
    "إكس",
    "اكس",
    "واي",
    "زد",
];
const AMBIGUOUS_LETTERS: &[&str] = &["إن", "ان", "أو", "إي", "آي", "إم", "إل", "كي"];
/// Of those, the conjunctions ("that", "or"), which rather begin a clause after an acronym.
const CONJUNCTION_LETTERS: &[&str] = &["إن", "ان", "أو"];

pub(super) struct Words {
    pub(super) place: FxHashSet<String>,
    pub(super) org: FxHashSet<String>,
    pub(super) title: FxHashSet<String>,
    pub(super) actor: FxHashSet<String>,
    pub(super) stop: FxHashSet<String>,
    pub(super) prepositions: FxHashSet<String>,
    pub(super) building: FxHashSet<String>,
    pub(super) region: FxHashSet<String>,
    pub(super) source: FxHashSet<String>,
    pub(super) reports: FxHashSet<String>,
    pub(super) members: FxHashSet<String>,
    pub(super) teams: FxHashSet<String>,
    pub(super) one_of: FxHashSet<String>,
    pub(super) building_plurals: FxHashSet<String>,
    pub(super) letters: FxHashSet<String>,
    pub(super) ambiguous_letters: FxHashSet<String>,
    pub(super) conjunctions: FxHashSet<String>,
    pub(super) media: FxHashSet<String>,
    pub(super) victims: FxHashSet<String>,
    pub(super) particles: FxHashSet<String>,
    pub(super) nasab: FxHashSet<String>,
    pub(super) ordinals: FxHashSet<String>,
    pub(super) directions: FxHashSet<String>,
    pub(super) streets: FxHashSet<String>,
    pub(super) acts: FxHashSet<String>,
    pub(super) attack_verbs: FxHashSet<String>,
    pub(super) time: FxHashSet<String>,
    pub(super) called: FxHashSet<String>,
    pub(super) speech: FxHashSet<String>,
    pub(super) persons: FxHashSet<String>,
    pub(super) resumptive: FxHashSet<String>,
}

pub(super) fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    let set = |list: &[&str]| list.iter().map(|w| fold_query(w)).collect();
    WORDS.get_or_init(|| Words {
        place: set(PLACE_CUES),
        org: set(ORG_CUES),
        title: set(TITLE_CUES),
        actor: set(ACTOR_NOUNS),
        stop: set(STOP),
        prepositions: set(PLACE_PREPOSITIONS),
        building: set(BUILDING_CUES),
        region: set(REGION_CUES),
        source: set(SOURCE_NOUNS),
        reports: set(REPORT_NOUNS),
        members: set(MEMBER_NOUNS),
        teams: set(TEAM_NOUNS),
        one_of: set(ONE_OF),
        building_plurals: set(BUILDING_PLURALS),
        letters: set(LETTERS),
        ambiguous_letters: set(AMBIGUOUS_LETTERS),
        conjunctions: set(CONJUNCTION_LETTERS),
        media: set(MEDIA_ENDINGS),
        victims: set(VICTIM_NOUNS),
        particles: set(NAME_PARTICLES),
        nasab: set(NASAB),
        ordinals: set(ORDINALS),
        directions: set(DIRECTIONS),
        streets: set(STREET_CUES),
        acts: set(ACT_NOUNS),
        attack_verbs: set(ATTACK_VERBS),
        time: set(TIME_WORDS),
        called: set(CALLED),
        speech: set(SPEECH_VERBS),
        persons: set(PERSON_NOUNS),
        resumptive: set(RESUMPTIVE),
    })
}
