//! The vocabulary the figure rules read, in English and Arabic: words that name a type of
//! figure (and whether they can be the counted noun, and whether they take an object),
//! words for people, units that make a number something other than a count of people,
//! clause boundaries, prepositions, toll nouns, months and qualifiers. Vocabulary only: no
//! name and no phrase is taken from any briefing.
//!
//! Data flows from these lists, folded once ([`words`]), to lookups by a token's folded
//! form (with Arabic proclitics stripped where a rule says so, [`stems`]).

use std::sync::OnceLock;

use super::super::numbers::Lexicon;
use super::super::tokens::Token;
use crate::briefing::{FigureType, Qualifier};

/// How a word names a type of figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    pub kind: FigureType,
    /// It can be the counted noun itself: "40 wounded", "20 قتيلا", "20 hostages".
    pub noun: bool,
    /// A verb that takes an object: after a count with no auxiliary before it and an
    /// object after it, the count is who did it ("three gunmen killed two").
    pub transitive: bool,
}

use FigureType::{Arrested, Casualties, Freed, Hostages, Injured, Killed, Missing};

const fn cue(kind: FigureType, noun: bool, transitive: bool) -> Cue {
    Cue {
        kind,
        noun,
        transitive,
    }
}

/// The cue of a word that is itself a casualty noun of `kind` (an Arabic dual: قتيلان).
pub const fn noun_cue(kind: FigureType) -> Cue {
    cue(kind, true, false)
}

/// Verbs of death that say something else before these words: "buried under the rubble"
/// (trapped, alive or not), "دفن تحت الأنقاض".
const NOT_DEATH_BEFORE: &str = "under beneath تحت";
const BURIED: &str = "buried دفن دفنت دفنوا";

/// Words of each type: (words, cue).
const CUES: &[(&str, Cue)] = &[
    (
        "dead deaths fatalities bodies slain victims",
        cue(Killed, true, false),
    ),
    ("killed", cue(Killed, true, true)),
    (
        "killing kill kills executed executing beheaded massacred martyring assassinated \
         assassinating",
        cue(Killed, false, true),
    ),
    (
        "died die dies dying death perished perish perishes lives martyred buried succumbed \
         succumb succumbs",
        cue(Killed, false, false),
    ),
    ("wounded injured", cue(Injured, true, true)),
    ("hurt injuries", cue(Injured, true, false)),
    (
        "wounding wound wounds injuring injure injures",
        cue(Injured, false, true),
    ),
    ("hospitalised hospitalized", cue(Injured, false, false)),
    ("casualties", cue(Casualties, true, false)),
    (
        "hostage hostages captives captive",
        cue(Hostages, true, false),
    ),
    ("kidnapped abducted", cue(Hostages, false, true)),
    ("kidnapping abduction", cue(Hostages, false, false)),
    ("freed released rescued liberated", cue(Freed, false, true)),
    ("missing unaccounted disappeared", cue(Missing, true, false)),
    ("arrested detained", cue(Arrested, true, true)),
    (
        "captured seized apprehended arresting detaining capturing",
        cue(Arrested, false, true),
    ),
    ("arrests detainees", cue(Arrested, true, false)),
    ("custody", cue(Arrested, false, false)),
    (
        "قتيل قتيلا قتلى شهيد شهيدا شهداء ضحية ضحايا جثة جثث",
        cue(Killed, true, false),
    ),
    (
        "قتل قتلا قتلوا قتلت قتلتا مقتل مصرع مصرعه مصرعها مصرعهم حتفه حتفها حتفهم توفي \
         توفيت توفيا توفيتا توفوا وفاة قضى قضوا استشهد استشهدت استشهدا استشهدتا استشهدوا استشهاد دفن \
         دفنت دفنوا سقوط أرواح اغتيال اغتيل اغتيلت اغتال اغتالت اغتالوا",
        cue(Killed, false, false),
    ),
    (
        "جريح جريحا جرحى مصاب مصابا مصابين مصابون إصابة إصابات",
        cue(Injured, true, false),
    ),
    (
        "أصيب أصيبت أصيبا أصيبتا أصيبوا جروح جرح جرحوا أصاب أصابت يصب",
        cue(Injured, false, false),
    ),
    (
        "رهينة رهائن محتجزين محتجزا مختطفين مختطفا مخطوفين",
        cue(Hostages, true, false),
    ),
    (
        "اختطاف اختطف اختطفت اختطفوا خطف خطفوا",
        cue(Hostages, false, false),
    ),
    (
        "سراح تحرير حرر حررت الإفراج أفرج إنقاذ أنقذ",
        cue(Freed, false, false),
    ),
    ("مفقود مفقودا مفقودين مفقودون", cue(Missing, true, false)),
    ("فقدان", cue(Missing, false, false)),
    ("معتقلين معتقلا", cue(Arrested, true, false)),
    (
        "اعتقال اعتقل اعتقلت اعتقلوا توقيف أوقف أوقفت القبض أسر أسرت",
        cue(Arrested, false, false),
    ),
];

/// Two-word cues whose words alone name nothing: "فارق الحياة" (died), "أودى بحياة"
/// (claimed the lives of).
const PAIRS: &[(&str, &str, FigureType)] = &[
    ("فارق", "الحياة", Killed),
    ("فارقت", "الحياة", Killed),
    ("فارقوا", "الحياة", Killed),
    ("أودى", "بحياة", Killed),
    ("أودت", "بحياة", Killed),
];

/// English nouns for people from WordNet (`scripts/people_nouns.py`): every noun whose
/// first sense is a person, with its plural ("lawyers", "mourners"), one a line after a
/// header of `#` lines. With `PEOPLE`, a count before one of them counts people.
const PEOPLE_NOUNS: &str = include_str!("../../../assets/people-nouns.txt");

/// The words of `PEOPLE_NOUNS`, without its header of `#` lines.
fn people_nouns() -> &'static str {
    let header: usize = PEOPLE_NOUNS
        .lines()
        .take_while(|l| l.starts_with('#'))
        .map(|l| l.len() + 1)
        .sum();
    &PEOPLE_NOUNS[header.min(PEOPLE_NOUNS.len())..]
}

/// Words for people (any number): a count before one of them counts people. The Arabic
/// ones, and the English ones WordNet does not give as a person first ("police", "staff",
/// "members").
const PEOPLE: &str = "people persons person civilians soldiers troops members policemen police \
    officers children women men others tourists gunmen militants fighters attackers assailants \
    jihadists insurgents rebels guards workers students pilgrims worshippers passengers \
    residents villagers foreigners nationals citizens victims prisoners refugees protesters \
    demonstrators journalists employees officials suspects peacekeepers gendarmes servicemen \
    personnel staff relatives teenagers youths boys girls infants babies adults bombers \
    schoolgirls schoolboys schoolchildren pupils teachers doctors nurses farmers herders miners \
    traders shoppers customers guests visitors worshipers \
    شخص شخصا أشخاص آخرين آخرون آخر مدني مدنيا مدنيين مدنيون جندي جنديا جنود عسكري عسكريا \
    عسكريين عسكريون شرطي شرطيا شرطيين عنصر عنصرا عناصر ضابط ضابطا ضباط طفل طفلا أطفال امرأة \
    نساء رجل رجلا رجال فتى فتاة شاب شابا شبان مسلح مسلحا مسلحين مسلحون مقاتل مقاتلا مقاتلين \
    مقاتلون إرهابي إرهابيا إرهابيين متشدد متشددا متشددين مهاجم مهاجمين انتحاري سائح سائحا سياح \
    عامل عاملا عمال موظف موظفا موظفين طالب طالبا طلاب صحفي صحفيا صحفيين مواطن مواطنا مواطنين \
    لاجئ لاجئا لاجئين نازح نازحين مصل مصليا مصلين راكب راكبا ركاب حارس حارسا حراس فرد فردا أفراد \
    عضو عضوا أعضاء منهم سيدات فتيات نسوة طالبات ممرضات مواطنات انتحاريين انتحاريون انتحاريات \
    انتحاريتين انتحاريان طالبة تلميذ تلميذا تلاميذ تلميذة تلميذات معلم معلما معلمين أطباء \
    مزارع مزارعا مزارعين تاجر تاجرا تجار زائر زائرا زوار مشتبه مشتبها مشتبهين";

/// Singular nouns for one person, after "a" ("a policeman was killed") or an Arabic cue
/// ("مقتل طفل").
const ONE_PERSON: &str = "person man woman boy girl child baby infant teenager youth civilian \
    soldier policeman policewoman officer guard gendarme journalist reporter photographer \
    tourist student teacher doctor nurse worker farmer shepherd driver passenger resident \
    villager pilgrim worshipper member fighter militant gunman attacker assailant jihadist \
    insurgent rebel suspect employee official commander leader national citizen foreigner \
    president chief head governor mayor director judge lawyer imam priest \
    refugee protester demonstrator bystander pedestrian trooper peacekeeper serviceman \
    شخص مدني جندي عسكري شرطي عنصر ضابط طفل طفلة امرأة رجل فتى فتاة شاب شابة صبي مواطن \
    مواطنة مسلح مقاتل سائح عامل موظف طالب صحفي حارس مزارع سائق راع طبيب معلم آخر أخرى";

/// "One of", before the people it is one of: "مقتل أحد الحراس" (one of the guards killed).
const ONE_OF: &str = "أحد إحدى";

/// Arabic ranks and titles of one person, counted only after بينهم/منهم ("من بينهم قائد
/// الشرطة": one of the dead); elsewhere they mostly name a known person.
const ONE_RANK: &str = "قائد مدير رئيس عقيد عميد نقيب ملازم رقيب مسؤول";

/// Attackers who die in their attack: a count of them whose clause says they set off their
/// charge is a count of the dead ("two suicide bombers blew themselves up", "فجرت ثلاث
/// انتحاريات أنفسهن"). English "bombers" only after "suicide".
const SELF_KILLERS: &str = "bombers انتحاري انتحاريين انتحاريون انتحاريات انتحاريتين انتحاريان";

/// Words of a clause that say attackers set off their own charge.
const DETONATED: &str = "blow blows blew blown detonate detonates detonated exploded فجر فجرت فجرن \
    فجروا فجرا فجرتا تفجير";

/// Reflexive objects of a detonation verb: the people counted before it set off their own
/// charge, whatever the noun that counts them ("two women blew themselves up"). The Arabic
/// dual نفسيهما counts two by itself ("فجرت امرأتان نفسيهما").
const REFLEXIVES: &str = "themselves أنفسهم أنفسهن نفسيهما";

/// Attackers: a party to the event even inside a figure's phrase ("6 people, the bomber
/// among them, were killed"), unlike the victims' categories.
const ATTACKERS: &str = "bomber bombers attacker attackers assailant assailants gunman gunmen \
    militant militants insurgent insurgents jihadist jihadists انتحاري انتحاريون انتحاريين \
    انتحاريات انتحارية مفجر مفجرون مهاجم مهاجمون مهاجمين مسلح مسلحون مسلحين";

/// Words for "other(s)" right after a count: the count goes on with the noun of the figure
/// before it ("65 bodies at one hospital and 10 others at another", "و10 أخرى").
const OTHERS: &str = "others other more أخرى أخريات آخرين آخرون";

/// Words after "others" that say the others survived: "15 bodies and 3 others alive".
const ALIVE: &str = "alive unhurt unharmed uninjured survivors أحياء سالمين ناجين";

/// Adjectives that make a toll an earlier one: "an earlier death toll of three", "الحصيلة
/// السابقة".
const EARLIER: &str = "earlier previous initial preliminary السابقة السابق الأولية الأولى";

/// Groups counted without a casualty word: "11,000 peacekeepers" (a figure of type other).
const FORCES: &str = "peacekeepers troops soldiers policemen fighters militants refugees \
    جنود جندي عناصر عنصر مقاتل مقاتلين لاجئ لاجئين";

/// What a number counts when it is not people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// A duration or an age: "10 hours", "12-year-old", "عمره 12 عاما".
    Time,
    /// A distance, a weight, a volume.
    Measure,
    Money,
    Percent,
    /// Anything else counted: "two separate attacks", "3 هجمات".
    Thing,
}

const UNITS: &[(&str, Unit)] = &[
    (
        "second seconds minute minutes hour hours day days week weeks month months year years \
         decade decades century centuries night nights weekend weekends",
        Unit::Time,
    ),
    (
        "ثانية ثوان ثواني دقيقة دقائق ساعة ساعات يوم يوما أيام ليلة ليال ليالي أسبوع أسبوعا \
         أسابيع شهر شهرا أشهر شهور سنة سنوات سنين عام عاما أعوام عقد عقود قرن",
        Unit::Time,
    ),
    (
        "km kms kilometre kilometres kilometer kilometers mile miles metre metres meter meters \
         m cm yard yards feet foot ft kg kilogram kilograms kilos tonnes tons tonne litres \
         liters barrels acres hectares كيلومتر كيلومترا كيلومترات كلم كم متر مترا أمتار ميل \
         ميلا أميال كيلوغرام كغ طن أطنان لتر برميل هكتار",
        Unit::Measure,
    ),
    (
        "dollar dollars usd euro euros eur pound pounds franc francs cfa dinar dinars riyal \
         riyals dirham dirhams lira liras shilling shillings naira rupee rupees yuan yen cents \
         دولار دولارا دولارات يورو جنيه جنيها دينار دينارا ريال ريالا درهم درهما ليرة فرنك",
        Unit::Money,
    ),
    ("percent pc بالمئة بالمائة", Unit::Percent),
    (
        "هجوم هجوما هجمات انفجار انفجارا انفجارات تفجير تفجيرا تفجيرات عبوة عبوات سيارة سيارات \
         عربة عربات آلية آليات منزل منزلا منازل بيت بيوت مبنى مباني قرية قرى بلدة مدينة مدن \
         منطقة مناطق محافظة ولاية مرة مرات قذيفة قذائف صاروخ صاروخا صواريخ غارة غارات طائرة \
         طائرات موقع مواقع حادث حوادث عملية عمليات دولة دول بلد بلدان",
        Unit::Thing,
    ),
];

/// The role of a small word in a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Small {
    /// A passive auxiliary: "were killed".
    Aux,
    /// A preposition: a count right after one is not who suffered ("in two attacks").
    Preposition,
    /// "and", "or": a clause boundary, unless a count follows (a list of counts).
    And,
    /// Starts another clause: while, when, after; فيما، بينما، عندما.
    Boundary,
    /// Another word that ends a noun phrase: determiners, pronouns, "who", "including".
    Function,
}

const SMALL: &[(&str, Small)] = &[
    (
        "was were been be being is are got get gets remain remained remains have has had \
         will would",
        Small::Aux,
    ),
    (
        "in at on for within during from into across near by with against under per \
         through toward towards to without outside inside behind beside along في خلال منذ على عند إلى من مع ضد حتى لمدة",
        Small::Preposition,
    ),
    ("and or و أو", Small::And),
    (
        "while whereas but when after before because since although though until as where \
         فيما بينما حين حينما عندما بعد قبل لكن لكنه حيث إذ كما",
        Small::Boundary,
    ),
    (
        "the a an this that these those who which whom whose including among its their his \
         her them they he she it said says say amid more than later also critically \
         seriously severely gravely slightly lightly",
        Small::Function,
    ),
];

/// Nouns for a toll: "the toll rose to 35", "ارتفعت حصيلة القتلى إلى 40". A toll noun with
/// no type word near it counts the dead.
const TOLLS: &str = "toll tally حصيلة الحصيلة حصيلته";

/// Nouns that make a toll only with a type word near them: "the number of dead".
const COUNTS: &str = "number numbers count عدد أعداد";

/// Words before a number that makes it the new value of a toll: "rose to", "reached",
/// "stood at".
const TOLL_TO: &str = "to of at reached hit be is was إلى بلغت بلغ";

/// Words before a number that makes it the earlier value of a changed toll: "from 20".
const TOLL_FROM: &str = "from من";

/// Words whose number right after is not a count: ages, times, scores.
const NOT_BEFORE: &str = "aged age ages no number resolution article page chapter عمره عمرها \
    العمر عمر الساعة رقم المادة";

/// Words right after a number that make it a time of day.
const CLOCK: &str = "am pm gmt utc صباحا مساء ظهرا فجرا ليلا";

/// "المئة" after في: a percentage ("40 في المئة").
const HUNDREDTHS: &str = "المئة المائة";

/// Month names: a number next to one is a date, not a count.
const MONTHS: &str = "january february march april may june july august september october \
    november december jan feb mar apr jun jul aug sep sept oct nov dec \
    يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط آذار \
    نيسان أيار حزيران تموز آب أيلول تشرين";

/// Qualifiers before an amount, as word sequences (longest first).
const BEFORE: &[(&str, Qualifier)] = &[
    ("ما لا يقل عن", Qualifier::AtLeast),
    ("at least", Qualifier::AtLeast),
    ("no fewer than", Qualifier::AtLeast),
    ("no less than", Qualifier::AtLeast),
    ("more than", Qualifier::MoreThan),
    ("over", Qualifier::MoreThan),
    ("أكثر من", Qualifier::MoreThan),
    ("أزيد من", Qualifier::MoreThan),
    ("ما يزيد على", Qualifier::MoreThan),
    ("ما يزيد عن", Qualifier::MoreThan),
    ("about", Qualifier::About),
    ("around", Qualifier::About),
    ("some", Qualifier::About),
    ("approximately", Qualifier::About),
    ("roughly", Qualifier::About),
    ("nearly", Qualifier::About),
    ("almost", Qualifier::About),
    ("an estimated", Qualifier::About),
    ("نحو", Qualifier::About),
    ("حوالي", Qualifier::About),
    ("حوالى", Qualifier::About),
    ("قرابة", Qualifier::About),
    ("زهاء", Qualifier::About),
    ("up to", Qualifier::UpTo),
    ("as many as", Qualifier::UpTo),
    ("as high as", Qualifier::UpTo),
    ("fewer than", Qualifier::FewerThan),
    ("less than", Qualifier::FewerThan),
    ("أقل من", Qualifier::FewerThan),
];

/// Qualifiers after the counted noun (a toll "so far" may still rise: at least).
const AFTER: &[(&str, Qualifier)] = &[
    ("على الأقل", Qualifier::AtLeast),
    ("حتى الآن", Qualifier::AtLeast),
    ("حتى اللحظة", Qualifier::AtLeast),
    ("so far", Qualifier::AtLeast),
    ("thus far", Qualifier::AtLeast),
];

/// Words before a count that is part of the figure before it: "killed 20 people,
/// including five children", "قتيلان، بينهما شخص فرنسي" ("them" and "whom" after
/// "among" or "of").
const INCLUDING: &str = "including بينهم بينهما بينهن منهم منهما هم";

/// Verbs of losing people, a killed word only before the count they take ("we have lost
/// six people"); after a count they take an object ("20 families lost their homes").
const LOSS: &str = "lost lose loses losing";

/// Words that deny a casualty right after them: "no one was hurt", "عدم إصابة أي منهم".
const DENIALS: &str = "no nobody none without عدم دون لم";

/// The lists above, folded once.
pub struct Words {
    pub cues: Lexicon<Cue>,
    pub people: Lexicon<()>,
    pub people_nouns: Lexicon<()>,
    pub one_person: Lexicon<()>,
    pub one_rank: Lexicon<()>,
    pub forces: Lexicon<()>,
    pub units: Lexicon<Unit>,
    pub small: Lexicon<Small>,
    pub tolls: Lexicon<()>,
    pub counts: Lexicon<()>,
    pub toll_to: Lexicon<()>,
    pub toll_from: Lexicon<()>,
    pub not_before: Lexicon<()>,
    pub clock: Lexicon<()>,
    pub hundredths: Lexicon<()>,
    pub months: Lexicon<()>,
    pub including: Lexicon<()>,
    pub buried: Lexicon<()>,
    pub not_death_before: Lexicon<()>,
    pub self_killers: Lexicon<()>,
    pub attackers: Lexicon<()>,
    pub one_of: Lexicon<()>,
    pub detonated: Lexicon<()>,
    pub reflexives: Lexicon<()>,
    pub others: Lexicon<()>,
    pub alive: Lexicon<()>,
    pub earlier: Lexicon<()>,
    pub loss: Lexicon<()>,
    pub denials: Lexicon<()>,
    pub pairs: Vec<(String, String, FigureType)>,
    pub before: Vec<(Vec<String>, Qualifier)>,
    pub after: Vec<(Vec<String>, Qualifier)>,
}

fn phrases(table: &[(&str, Qualifier)]) -> Vec<(Vec<String>, Qualifier)> {
    table
        .iter()
        .map(|&(p, q)| (p.split(' ').map(crate::search::fold_query).collect(), q))
        .collect()
}

fn set(words: &str) -> Lexicon<()> {
    Lexicon::from_lists(&[(words, ())])
}

/// The vocabulary, folded once.
pub fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| Words {
        cues: Lexicon::from_lists(CUES),
        people: set(PEOPLE),
        people_nouns: set(people_nouns()),
        one_person: set(ONE_PERSON),
        one_rank: set(ONE_RANK),
        forces: set(FORCES),
        units: Lexicon::from_lists(UNITS),
        small: Lexicon::from_lists(SMALL),
        tolls: set(TOLLS),
        counts: set(COUNTS),
        toll_to: set(TOLL_TO),
        toll_from: set(TOLL_FROM),
        not_before: set(NOT_BEFORE),
        clock: set(CLOCK),
        hundredths: set(HUNDREDTHS),
        months: set(MONTHS),
        including: set(INCLUDING),
        buried: set(BURIED),
        not_death_before: set(NOT_DEATH_BEFORE),
        self_killers: set(SELF_KILLERS),
        attackers: set(ATTACKERS),
        one_of: set(ONE_OF),
        detonated: set(DETONATED),
        reflexives: set(REFLEXIVES),
        others: set(OTHERS),
        alive: set(ALIVE),
        earlier: set(EARLIER),
        loss: set(LOSS),
        denials: set(DENIALS),
        pairs: PAIRS
            .iter()
            .map(|&(a, b, k)| {
                (
                    crate::search::fold_query(a),
                    crate::search::fold_query(b),
                    k,
                )
            })
            .collect(),
        before: phrases(BEFORE),
        after: phrases(AFTER),
    })
}

/// The folded word without Arabic proclitics, longest first: وبالقتلى gives وبالقتلى,
/// بالقتلى, قتلى. Latin words give only themselves.
pub fn stems(folded: &str) -> impl Iterator<Item = &str> {
    let mut out = Vec::with_capacity(4);
    out.push(folded);
    let mut rest = folded;
    for prefix in ["و", "ف"] {
        if let Some(r) = rest.strip_prefix(prefix) {
            rest = r;
            out.push(rest);
            break;
        }
    }
    for prefix in ["بال", "كال", "لل", "ال", "ب", "ل", "ك"] {
        if let Some(r) = rest.strip_prefix(prefix)
            && r.chars().count() >= 2
        {
            out.push(r);
            break;
        }
    }
    out.into_iter()
}

/// An Arabic word without the pronoun after it (ـه his, ـها her, ـهم their), its tied t
/// (ـتـ) written back as ة: توقيفه (his arrest) is توقيف، جثته (his body) is جثة، قتلهم
/// (killing them) is قتل.
fn without_his(folded: &str) -> impl Iterator<Item = String> {
    let stem = ["هم", "ها", "ه"]
        .iter()
        .find_map(|p| folded.strip_suffix(p))
        .filter(|r| {
            r.chars().count() >= 3 && r.chars().all(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
        });
    // The lexicons may hold ة folded to ه.
    let tied = stem
        .and_then(|r| r.strip_suffix('ت'))
        .into_iter()
        .flat_map(|r| [format!("{r}ة"), format!("{r}ه")]);
    stem.map(str::to_string).into_iter().chain(tied)
}

impl Words {
    /// The cue `tokens[j]` is, proclitics allowed, or a word of a two-word cue ("فارق
    /// الحياة": the first before the second, or the second up to three words after it).
    pub fn cue(&self, tokens: &[Token<'_>], j: usize) -> Option<Cue> {
        let t = &tokens[j];
        let cue_of = |s: &str| {
            self.cues
                .get(s)
                .or_else(|| without_his(s).find_map(|s| self.cues.get(&s)))
        };
        if let Some(c) = stems(&t.folded).find_map(cue_of) {
            let trapped = stems(&t.folded).any(|s| self.buried.get(s).is_some())
                && tokens.get(j + 1).is_some_and(|n| {
                    !n.sentence_start && self.not_death_before.get(&n.folded).is_some()
                });
            return (!trapped).then_some(c);
        }
        let is = |k: usize, word: &str| stems(&tokens[k].folded).any(|s| s == word);
        let same_sentence =
            |from: usize, to: usize| tokens[from + 1..=to].iter().all(|t| !t.sentence_start);
        self.pairs
            .iter()
            .find(|(a, b, _)| {
                let first = j + 1 < tokens.len()
                    && is(j, a)
                    && tokens[j + 1].folded == *b
                    && same_sentence(j, j + 1);
                let second = t.folded == *b
                    && (j.saturating_sub(4)..j).any(|k| is(k, a) && same_sentence(k, j));
                first || second
            })
            .map(|&(_, _, kind)| cue(kind, false, false))
    }

    /// Whether the word names people (proclitics allowed).
    /// Whether a word names people: one of `PEOPLE`, or a noun of WordNet's written in lower
    /// case (a capital makes "Malian" a modifier: "three Malian soldiers").
    pub fn is_people(&self, token: &Token<'_>) -> bool {
        stems(&token.folded).any(|s| self.people.get(s).is_some())
            || (!token.text.starts_with(char::is_uppercase)
                && self.people_nouns.get(&token.folded).is_some())
    }

    /// Whether the words ending at `tokens[k]` say that what follows is part of a figure
    /// before: "including", "among them", "of whom", بينهم، منهم.
    pub fn including(&self, tokens: &[Token<'_>], k: usize) -> bool {
        let t = &tokens[k];
        self.including.get(&t.folded).is_some()
            || (matches!(t.folded.as_str(), "them" | "whom")
                && k > 0
                && matches!(tokens[k - 1].folded.as_str(), "among" | "of"))
    }

    /// What a number before the word counts when not people (Arabic proclitics allowed:
    /// "عشرات القذائف").
    pub fn unit(&self, token: &Token<'_>) -> Option<Unit> {
        stems(&token.folded).find_map(|s| self.units.get(s))
    }

    /// The role of a small word (the Arabic و alone, not as a proclitic).
    pub fn small(&self, token: &Token<'_>) -> Option<Small> {
        self.small.get(&token.folded)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proclitics_are_stripped() {
        let s: Vec<&str> = stems("وبالقتلى").collect();
        assert_eq!(s, ["وبالقتلى", "بالقتلى", "قتلى"]);
        assert_eq!(stems("killed").collect::<Vec<_>>(), ["killed"]);
    }

    #[test]
    fn no_word_has_two_roles_in_one_table() {
        // A word listed twice in a table would silently take the later value.
        for (table, lists) in [
            ("cues", CUES.iter().map(|c| c.0).collect::<Vec<_>>()),
            ("units", UNITS.iter().map(|c| c.0).collect()),
            ("small", SMALL.iter().map(|c| c.0).collect()),
        ] {
            let mut seen = std::collections::HashSet::new();
            for w in lists.iter().flat_map(|l| l.split_whitespace()) {
                let f = crate::search::fold_query(w);
                assert!(seen.insert(f.clone()), "{table}: {w} twice");
            }
        }
    }
}
