//! Property tests for quote resolution: whatever the text and quote, every resolved range
//! lies on char boundaries inside the article, slices back to the quote, agrees with its
//! code-point range, and stands as a whole word.

use briefing::briefing::load_str;
use briefing::briefing::resolve::{CharIndex, Selector, find_quote, is_word_char};
use proptest::prelude::*;

/// Text mixing Latin, Arabic (with proclitic letters), digits, marks and punctuation.
fn text_strategy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Mali",
        "Bamako",
        "al-",
        "ب",
        "و",
        "ال",
        "لل",
        "مالي",
        "باماكو",
        "2015",
        "20",
        " ",
        " ",
        ", ",
        ".",
        "\"",
        "(",
        ")",
        "\u{064E}",
        "é",
        "ß",
        "中",
        "🙂",
        "\t",
        "-",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

fn quote_strategy() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "Mali",
        "Bamako",
        "مالي",
        "باماكو",
        "20",
        "2015",
        "al-Mali",
        "ب",
    ])
    .prop_map(str::to_string)
}

proptest! {
    #[test]
    fn matches_are_whole_words_on_char_boundaries(text in text_strategy(), quote in quote_strategy()) {
        let index = CharIndex::new(&text);
        for r in find_quote(&text, Selector { quote: &quote, ..Default::default() }) {
            prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            prop_assert_eq!(&text[r.clone()], quote.as_str());
            prop_assert!(text[r.end..].chars().next().is_none_or(|c| !is_word_char(c)));
            let (cs, ce) = (index.char_of_byte(r.start), index.char_of_byte(r.end));
            prop_assert_eq!(index.byte_of_char(cs), Some(r.start));
            prop_assert_eq!(index.byte_of_char(ce), Some(r.end));
            prop_assert_eq!(text.chars().skip(cs).take(ce - cs).collect::<String>(), quote.clone());
        }
    }

    #[test]
    fn loaded_mentions_slice_back_to_their_quotes(text in text_strategy(), quote in quote_strategy()) {
        prop_assume!(!text.trim().is_empty());
        let yaml = format!(
            "id: p\ntitle: t\ndate: 2017-06-18\narticles:\n  - {{id: a, lang: ar, source: s, headline: h, text: {}}}\nentities:\n  - id: e\n    kind: place\n    name: E\n    mentions:\n      - {{article: a, quote: {}}}\n",
            serde_json::to_string(&text).unwrap(),
            serde_json::to_string(&quote).unwrap(),
        );
        match load_str("p.yaml", &yaml) {
            Ok(loaded) => {
                let b = loaded.briefing;
                let article = &b.articles[0].text;
                prop_assert!(!b.mentions.is_empty());
                for m in &b.mentions {
                    prop_assert!(article.is_char_boundary(m.bytes.start) && article.is_char_boundary(m.bytes.end));
                    prop_assert_eq!(&article[m.bytes.clone()], quote.as_str());
                    let by_chars: String = article.chars().skip(m.chars.start).take(m.chars.len()).collect();
                    prop_assert_eq!(by_chars, quote.clone());
                }
            }
            Err(diagnostics) => {
                // The only acceptable failure is a quote that is not in the text as a word.
                prop_assert_eq!(diagnostics.len(), 1, "{:?}", diagnostics);
                prop_assert!(diagnostics[0].message.contains("not found"), "{}", diagnostics[0]);
                let selector = Selector { quote: &quote, ..Default::default() };
                prop_assert!(find_quote(&text, selector).is_empty());
            }
        }
    }
}

/// Words without white space, joined by single spaces into a text.
fn words_strategy() -> impl Strategy<Value = Vec<&'static str>> {
    let words = prop::sample::select(vec![
        "Mali",
        "Bamako",
        "Le",
        "Campement",
        "مالي",
        "باماكو",
        "وباماكو",
        "20",
        "killed,",
        "(AFP)",
        "قتلى.",
    ]);
    prop::collection::vec(words, 1..30)
}

proptest! {
    /// A quote written with spaces finds the same ranges when the text wraps any of its spaces
    /// onto the next line (a line break and indentation inside a paragraph).
    #[test]
    fn quotes_forgive_line_breaks(
        words in words_strategy(),
        span in (0usize..30, 1usize..5),
        breaks in prop::collection::vec(any::<bool>(), 30),
    ) {
        let text = words.join(" ");
        let start = span.0 % words.len();
        let end = (start + span.1).min(words.len());
        let quote = words[start..end].join(" ");
        let expected = find_quote(&text, Selector { quote: &quote, ..Default::default() });
        prop_assert!(!expected.is_empty(), "the quote is taken from the text");
        // Each space becomes a line break followed by as many spaces as it had bytes before.
        let mut wrapped = String::new();
        let mut shift = Vec::new();
        let mut spaces = breaks.iter().cycle();
        for c in text.chars() {
            shift.push(wrapped.len());
            if c == ' ' && *spaces.next().unwrap() {
                wrapped.push_str("\n  ");
            } else {
                wrapped.push(c);
            }
        }
        shift.push(wrapped.len());
        let byte_to_char: std::collections::HashMap<usize, usize> =
            text.char_indices().map(|(b, _)| b).chain([text.len()]).enumerate().map(|(i, b)| (b, i)).collect();
        let moved: Vec<_> = expected
            .iter()
            .map(|r| shift[byte_to_char[&r.start]]..shift[byte_to_char[&r.end]])
            .collect();
        prop_assert_eq!(find_quote(&wrapped, Selector { quote: &quote, ..Default::default() }), moved);
    }
}
