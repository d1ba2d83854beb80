//! The hostile fixture (tests/hostile/hostile.yaml: script tags, quotes, ampersands,
//! terminal escapes, C0/C1 controls, a bidi override and a javascript: URL in every field)
//! through every exporter: no output holds a control character other than newline and tab,
//! nor a raw bidi embedding/override/isolate character; the Markdown holds no raw `<script`
//! or other raw tag, no live link but the https source, and still marks every mention;
//! the HTML is covered element by element in export_html.rs, the JSON in export_json.rs.

use crate::common;

use briefing::export::ExportFormat;
use briefing::export::export;
use common::hostile;

#[test]
fn no_control_or_bidi_characters_in_any_output() {
    let b = hostile();
    for format in [ExportFormat::Md, ExportFormat::Html, ExportFormat::Json] {
        let out = export(&b, format);
        for (i, c) in out.char_indices() {
            let control = c.is_control() && c != '\n' && c != '\t';
            let bidi = matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
            assert!(
                !control && !bidi,
                "{format:?}: U+{:04X} at byte {i}",
                c as u32
            );
        }
    }
}

#[test]
fn markdown_holds_no_raw_markup() {
    let b = hostile();
    let md = export(&b, ExportFormat::Md);
    let lower = md.to_lowercase();
    assert!(!lower.contains("<script"));
    assert!(!lower.contains("javascript:"));
    // Every `](` is escaped, except the one link the exporter writes (the https source).
    for (i, _) in md.match_indices("](") {
        let ours = md[i..].starts_with("](<https://example.org/");
        assert!(ours || md[..i].ends_with('\\'), "live link at {i}");
    }
    // The only raw tags are the ones the exporter writes.
    let allowed = [
        "<sup>", "</sup>", "<br>", "<b>", "</b>", "<i>", "</i>", "</div>",
    ];
    let mut rest = md.as_str();
    while let Some(at) = rest.find('<') {
        rest = &rest[at..];
        let ok = allowed.iter().any(|t| rest.starts_with(t))
            || rest.starts_with("<div dir=\"rtl\" lang=\"ar\">")
            || rest.starts_with("<https://example.org/");
        assert!(ok, "raw markup: {}", &rest[..rest.len().min(40)]);
        rest = &rest[1..];
    }
    // No line starts a block the text did not mean (heading, list, quote, fence).
    for line in md.lines() {
        for bad in [
            "- list",
            "1. ordered",
            "> quote",
            "```",
            "# Heading",
            "+ plus",
        ] {
            assert!(!line.starts_with(bad), "{line}");
        }
    }
    assert_eq!(md.matches("<sup>").count(), b.mentions.len());
    assert!(md.contains("‹U+202E›"));
}
