//! The words the attribution pass reads (`super`): verbs of saying and telling in English
//! and Arabic, "according to" and "reported … from", the words of a rising toll, and the
//! small words that join or keep apart a speaker and a title. Vocabulary only, never names.

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::search::fold_query;

fn folded(words: &[&str]) -> HashSet<String> {
    words.iter().map(|w| fold_query(w)).collect()
}

/// Verbs of saying whose speaker is usually their subject, before them.
pub(super) static EN_SAY: LazyLock<HashSet<String>> = LazyLock::new(|| {
    folded(&[
        "said",
        "says",
        "say",
        "confirmed",
        "confirms",
        "reported",
        "reports",
        "announced",
        "announces",
        "added",
        "adds",
        "stated",
    ])
});
/// "X told Y": the speaker is before; the one after is the listener.
pub(super) static EN_TELL: LazyLock<HashSet<String>> = LazyLock::new(|| folded(&["told", "tells"]));
/// Arabic verbs of saying (verb first: the speaker usually follows).
pub(super) static AR_SAY: LazyLock<HashSet<String>> = LazyLock::new(|| {
    folded(&[
        "قال",
        "قالت",
        "قالوا",
        "يقول",
        "تقول",
        "أعلن",
        "أعلنت",
        "أعلنوا",
        "يعلن",
        "أفاد",
        "أفادت",
        "أفادوا",
        "يفيد",
        "ذكر",
        "ذكرت",
        "ذكروا",
        "أكد",
        "أكدت",
        "أكدوا",
        "يؤكد",
        "أضاف",
        "أضافت",
        "صرح",
        "صرحت",
    ])
});
/// Arabic verbs of telling: the speaker, then the listener (أبلغ X Y).
pub(super) static AR_TELL: LazyLock<HashSet<String>> =
    LazyLock::new(|| folded(&["أبلغ", "أبلغت", "أخبر", "أخبرت"]));
/// Arabic "according to".
pub(super) static AR_ACCORDING: LazyLock<HashSet<String>> =
    LazyLock::new(|| folded(&["وفق", "وفقا", "بحسب", "حسب", "طبقا"]));
/// Arabic "reported … from": نقلت وكالة … عن X.
pub(super) static AR_QUOTE_FROM: LazyLock<HashSet<String>> =
    LazyLock::new(|| folded(&["نقل", "نقلت"]));
/// A toll rising: "rose to", "ارتفعت … إلى".
pub(super) static RISE: LazyLock<HashSet<String>> = LazyLock::new(|| {
    folded(&[
        "rose",
        "risen",
        "rises",
        "climbed",
        "climbs",
        "ارتفع",
        "ارتفعت",
        "ارتفاع",
        "يرتفع",
        "ترتفع",
    ])
});
/// The "to" a rise reaches its figure through.
pub(super) static RISE_TO: LazyLock<HashSet<String>> =
    LazyLock::new(|| folded(&["to", "إلى", "الى"]));
/// Words that keep a title from the name after it: a listener's "to", the "that" (إن، أن)
/// that starts what is said.
pub(super) static APART: LazyLock<HashSet<String>> =
    LazyLock::new(|| folded(&["to", "that", "إن", "أن", "بأن"]));
/// Words that join two speakers into one subject.
pub(super) static AND: LazyLock<HashSet<String>> = LazyLock::new(|| folded(&["and", "و"]));

/// The word without a leading و or ف (Arabic conjunctions written onto it), if it has one.
fn without_conjunction(folded: &str) -> Option<&str> {
    folded
        .strip_prefix('و')
        .or_else(|| folded.strip_prefix('ف'))
        .filter(|rest| rest.chars().count() >= 2)
}

/// Whether a folded word is in `set`, as it is or after a conjunction.
pub(super) fn is(set: &HashSet<String>, word: &str) -> bool {
    set.contains(word) || without_conjunction(word).is_some_and(|w| set.contains(w))
}
