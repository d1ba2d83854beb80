//! The count limits, each crossed by a generated briefing (the count of mention selectors,
//! which needs a million of them, is checked on the parsed form in `validate`'s unit tests): the load fails with a message that
//! gives the limit and what was found, located at the node past the limit, and quickly (a
//! quote matching a million times is cut off before its matches pile up).
//!
//! A test binary of its own: its time bounds hold when it has the machine to itself, as
//! `cargo test` runs one test binary at a time, not beside the property tests of tests/api.

use std::time::Instant;

use briefing::briefing::limits::{
    MAX_ENTITIES, MAX_FINDINGS, MAX_MENTIONS, MAX_QUOTE_CANDIDATES, MAX_QUOTE_SEARCH,
};
use briefing::briefing::{Diagnostic, load_str};

const HEAD: &str = "id: limits\ntitle: T\ndate: 2017-06-18\narticles:\n\
                    - {id: en, lang: en, source: s, headline: h, text: \"TEXT\"}\nentities:\n";

fn errors(text: &str, entities: &str) -> Vec<Diagnostic> {
    let yaml = HEAD.replace("TEXT", text) + entities;
    let start = Instant::now();
    let result = load_str("l.yaml", &yaml);
    assert!(start.elapsed().as_secs() < 60, "took {:?}", start.elapsed());
    match result {
        Ok(_) => panic!("loaded past a limit"),
        Err(d) => d.into_iter().filter(|d| d.is_error()).collect(),
    }
}

#[test]
fn too_many_entities() {
    let entities = "- {id: e, kind: actor, name: n}\n".repeat(MAX_ENTITIES + 1);
    let errs = errors("a", &entities);
    assert_eq!(errs.len(), 1, "stops at the limit: {errs:?}");
    let e = &errs[0];
    assert_eq!(
        e.message,
        format!(
            "too many entities: {} found, the limit is {MAX_ENTITIES}",
            MAX_ENTITIES + 1
        )
    );
    assert_eq!(
        (e.line, e.column),
        (7 + MAX_ENTITIES, 4),
        "at the first one past it"
    );
}

#[test]
fn a_quote_matching_past_the_limit_is_cut_off() {
    // "a a a ...": one selector, over a million whole-word matches.
    let text = "a ".repeat(MAX_MENTIONS + 10);
    let entities = "- {id: e, kind: actor, name: n, mentions: [{article: en, quote: a}]}\n";
    let errs = errors(&text, entities);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].message.starts_with(&format!(
            "too many mentions: with this one the briefing resolves to more than {MAX_MENTIONS} mentions, the limit (0 before it)"
        )),
        "{}",
        errs[0].message
    );
    assert_eq!((errs[0].line, errs[0].column), (7, 45), "at the mention");
}

#[test]
fn only_the_first_problems_are_kept() {
    // One error each: a mention of an unknown article.
    let entities: String = (0..MAX_FINDINGS + 500)
        .map(|i| {
            format!("- {{id: e{i}, kind: actor, name: n, mentions: [{{article: xx, quote: q}}]}}\n")
        })
        .collect();
    let errs = errors("a", &entities);
    assert_eq!(errs.len(), MAX_FINDINGS + 1);
    assert_eq!(
        errs[MAX_FINDINGS].message,
        format!(
            "500 more problem(s) not shown: only the first {MAX_FINDINGS} errors and {MAX_FINDINGS} warnings are reported"
        )
    );
}

#[test]
fn quote_searches_past_the_limit_are_refused_before_searching() {
    // 1 MiB of text: the quote searches would read it once per quote.
    let text = "word ".repeat(1 << 18) + "x";
    let quotes = MAX_QUOTE_SEARCH as usize / text.len() + 1;
    let entities = format!(
        "- {{id: e, kind: actor, name: n, mentions: [{}]}}\n",
        "{article: en, quote: x}, ".repeat(quotes)
    );
    let errs = errors(&text, &entities);
    assert_eq!(errs.len(), 1, "{errs:?}");
    let searched = quotes * text.len();
    assert!(
        errs[0].message.starts_with(&format!(
            "too much quote searching: the quotes would read {searched} bytes of article text, over the limit of {MAX_QUOTE_SEARCH}"
        )),
        "{}",
        errs[0].message
    );
}

#[test]
fn quotes_occurring_too_often_stop_the_search() {
    // `a` occurs at every byte of "aaa...", never as a whole word: each occurrence costs a
    // word-boundary check, and the second quote crosses the limit.
    let text = "a".repeat(MAX_QUOTE_CANDIDATES as usize * 3 / 5);
    let entities = "- {id: e, kind: actor, name: n, mentions: [{article: en, quote: a}, \
                    {article: en, quote: a}, {article: en, quote: a}]}\n";
    let errs = errors(&text, entities);
    assert_eq!(errs.len(), 2, "{errs:?}");
    assert!(
        errs[0]
            .message
            .starts_with("quote \"a\" not found as a whole word")
    );
    assert_eq!(
        errs[1].message,
        format!(
            "too much quote searching: the quotes occur more than {MAX_QUOTE_CANDIDATES} times in their articles (as words or inside words), the limit; select such mentions by offsets (start, end)"
        )
    );
}

#[test]
fn deep_nesting_without_brackets_is_refused_at_once() {
    // 4 MiB of compact block sequences ("- - - ... x"): no bracket, 2 million levels. The
    // pre-scan must see it before libyaml does, which would parse all of it before the
    // depth is refused (in time and memory that grow with the file).
    for text in [
        format!("{}x\n", "- ".repeat(2 << 20)),
        format!("a:\n{}x\n", "  ? ".repeat(1 << 20)),
    ] {
        let start = Instant::now();
        let errs = load_str("deep.yaml", &text).unwrap_err();
        // A debug build took 2.0-2.4 s here with both cores busy (a release build 0.03 s):
        // the bound leaves room for that. What it guards against is a parse of the whole file
        // first, whose time and memory grow with the file.
        assert!(start.elapsed().as_secs() < 5, "took {:?}", start.elapsed());
        assert!(errs[0].message.contains("nested"), "{}", errs[0].message);
    }
}
