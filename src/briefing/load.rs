//! Loading a briefing: bytes -> UTF-8 text -> YAML (the lean reader, else serde_yaml) ->
//! validation -> model.
//!
//! Every failure becomes a [`Diagnostic`] with file, line and column: the size limit is
//! checked before anything is read into memory, a leading byte order mark is skipped,
//! invalid UTF-8 is located to its byte. The lean streaming reader (`stream`) reads what it
//! can vouch for without serde_yaml's copy of the whole document; everything else, errors
//! included, goes to serde_yaml: deep nesting and alias bombs are refused by the pre-scan
//! (`prescan`), serde_yaml's own errors (syntax, unknown or missing fields, wrong types) are
//! located and reworded (`yaml_error`). Validation findings are located through
//! [`Locator`], which runs only when there is something to report. Messages are shortened
//! to an excerpt ([`super::diagnostic::shorten`]).

use std::io::{self, Read};
use std::path::Path;

use super::diagnostic::{Diagnostic, Finding, Severity};
use super::diagnostic::{Findings, NodePath};
use super::limits::MAX_FINDINGS;
use super::locate::Locator;
use super::model::Briefing;
use super::model::Mention;
use super::prescan::{Refusal, could_alias, could_nest_deeply, prescan};
use super::raw::RawBriefing;
use super::raw::text_fields;
use super::trojan::suspicious_text;
use super::validate::{build, selector_mentions, validate};
use super::yaml_error::{explain, line_col, reword};

/// The briefing shipped inside the binary.
pub const BUNDLED_NAME: &str = "briefings/mali-le-campement-2017-06-18.yaml";
pub const BUNDLED_YAML: &str = include_str!("../../briefings/mali-le-campement-2017-06-18.yaml");

/// The UTF-8 byte order mark some editors put at the start of a file.
pub const BOM: &str = "\u{feff}";

/// Files larger than this are refused before parsing, unless the caller raises it.
pub const DEFAULT_MAX_SIZE: u64 = 64 * 1024 * 1024;

/// A valid briefing and the warnings found while loading it.
#[derive(Debug)]
pub struct Loaded {
    pub briefing: Briefing,
    pub warnings: Vec<Diagnostic>,
    /// One error per item of the file's `conflicts:` list (what `check` reports); the
    /// briefing loads all the same.
    pub conflicts: Vec<Diagnostic>,
}

/// Why a briefing could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read at all (exit status 2).
    #[error("{path}: {source}")]
    Io { path: String, source: io::Error },
    /// The file was read but is not a valid briefing; holds errors and warnings, in order.
    #[error("{} is not a valid briefing", .0.first().map(|d| d.file.as_str()).unwrap_or("input"))]
    Invalid(Vec<Diagnostic>),
}

fn at(file: &str, line: usize, column: usize, message: impl Into<String>) -> Diagnostic {
    Diagnostic::new(Severity::Error, file, (line, column), message.into())
}

/// Reads and loads a briefing file, refusing files over `max_size` bytes before reading them.
pub fn load_path(path: &Path, max_size: u64) -> Result<Loaded, LoadError> {
    let name = path.display().to_string();
    let io_err = |source| LoadError::Io {
        path: name.clone(),
        source,
    };
    // Never waits: a FIFO (even one swapped in after a folder was walked) is refused.
    let file = crate::fileio::open_regular(path).map_err(io_err)?;
    let meta = file.metadata().map_err(io_err)?;
    let too_big = |size: u64| {
        LoadError::Invalid(vec![at(
            &name,
            1,
            1,
            format!(
                "file is {size} bytes, over the limit of {max_size} bytes; refusing to parse it (raise the limit with --max-size)"
            ),
        )])
    };
    if meta.len() > max_size {
        return Err(too_big(meta.len()));
    }
    // The length can change under us (or lie, for special files): never read past the limit.
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(max_size + 1)
        .read_to_end(&mut bytes)
        .map_err(io_err)?;
    if bytes.len() as u64 > max_size {
        return Err(too_big(bytes.len() as u64));
    }
    load_bytes(&name, &bytes).map_err(LoadError::Invalid)
}

/// Loads a briefing from raw bytes; `name` is used in diagnostics.
pub fn load_bytes(name: &str, bytes: &[u8]) -> Result<Loaded, Vec<Diagnostic>> {
    let bytes = bytes.strip_prefix(BOM.as_bytes()).unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => load_str(name, text),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            // The valid prefix is UTF-8 by definition.
            let prefix = std::str::from_utf8(valid).unwrap_or("");
            let (line, column) = line_col(prefix);
            Err(vec![at(
                name,
                line,
                column,
                format!(
                    "invalid UTF-8 (byte 0x{:02X}); a briefing must be UTF-8 text",
                    bytes[e.valid_up_to()]
                ),
            )])
        }
    }
}

/// Loads a briefing from text; `name` is used in diagnostics.
pub fn load_str(name: &str, text: &str) -> Result<Loaded, Vec<Diagnostic>> {
    // A byte order mark is not part of the document; columns count from after it.
    let text = text.strip_prefix(BOM).unwrap_or(text);
    if text.trim().is_empty() {
        return Err(vec![at(
            name,
            1,
            1,
            "empty file: a briefing needs at least id, title, date and articles",
        )]);
    }
    // The lean path builds the same value without serde_yaml's copy of the whole document;
    // whatever it does not vouch for (errors included) goes to serde_yaml.
    let raw = match super::stream::from_str::<RawBriefing>(text) {
        Some(raw) => raw,
        None => parse(name, text)?,
    };

    let (resolution, findings) = validate(&raw);
    let diagnostics = locate_all(name, text, &raw, findings, resolution.is_some());
    match resolution {
        Some(resolution) => {
            let briefing = build(raw, resolution);
            let conflicts = super::conflict::diagnostics(name, text, &briefing.conflicts);
            Ok(Loaded {
                briefing,
                warnings: diagnostics,
                conflicts,
            })
        }
        None => Err(diagnostics),
    }
}

/// The mentions each selector of each entity of `text` resolves to (`[entity][selector]`);
/// None when the text does not parse (it is meant for text that loads). See
/// [`super::validate::selector_mentions`].
pub fn selectors_of(text: &str) -> Option<Vec<Vec<Vec<Mention>>>> {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    if could_nest_deeply(text) || could_alias(text) {
        prescan(text).ok()?;
    }
    let raw: RawBriefing = serde_yaml::from_str(text).ok()?;
    Some(selector_mentions(&raw))
}

/// serde_yaml's reading of `text`, after the pre-scan where libyaml could be slow, with
/// located and reworded errors.
fn parse(name: &str, text: &str) -> Result<RawBriefing, Vec<Diagnostic>> {
    let refused = |r: Refusal| {
        let message = reword(text, (r.line, r.column), r.message);
        vec![at(name, r.line, r.column, message)]
    };
    // The pre-scan is a second YAML pass: run it first only when libyaml could be slow on
    // the text; otherwise only to explain a failure, so messages do not depend on it.
    let scanned_first = could_nest_deeply(text) || could_alias(text);
    if scanned_first {
        prescan(text).map_err(refused)?;
    }
    serde_yaml::from_str(text).or_else(|err| {
        if !scanned_first {
            prescan(text).map_err(refused)?;
        }
        let (line, column, message) = explain(&err, text);
        Err(vec![at(name, line, column, message)])
    })
}

/// Validation findings and suspicious-text warnings as located diagnostics, in file order,
/// with a last line counting those beyond the cap. The document is parsed for positions
/// only when there is something to report. `valid`: whether the briefing loads (then the
/// count line is a warning, not an error).
fn locate_all(
    name: &str,
    text: &str,
    raw: &RawBriefing,
    mut findings: Findings,
    valid: bool,
) -> Vec<Diagnostic> {
    let mut suspicious = Vec::new();
    for field in text_fields(raw) {
        for (offset, message) in suspicious_text(&field) {
            if suspicious.len() < MAX_FINDINGS {
                suspicious.push((field.path.clone(), field.value, offset, message));
            } else {
                findings.dropped += 1;
            }
        }
    }
    if findings.list.is_empty() && findings.dropped == 0 && suspicious.is_empty() {
        return Vec::new();
    }
    let locator = Locator::new(text);
    let mut located: Vec<(usize, Finding, (usize, usize))> = Vec::new();
    for (i, mut f) in findings.list.into_iter().enumerate() {
        let pos = locator.position(&f.path);
        if let Some(place) = f.place.take() {
            let article = &raw.articles[place.article];
            let (text, key) = (article.part(place.part), place.part.as_str());
            let path = NodePath::root()
                .key("articles")
                .index(place.article)
                .key(key);
            let (line, column) = locator.position_in_scalar(&path, text, place.offset);
            f.message = format!("{} at {line}:{column}{}", f.message, place.tail);
        }
        located.push((i, f, pos));
    }
    for (path, value, offset, message) in suspicious {
        let pos = locator.position_in_scalar(&path, value, offset);
        let finding = Finding {
            severity: Severity::Warning,
            path,
            message,
            place: None,
        };
        located.push((located.len(), finding, pos));
    }
    // In file order, then in the order found.
    located.sort_by_key(|(i, _, pos)| (*pos, *i));
    let mut diagnostics: Vec<Diagnostic> = located
        .into_iter()
        .map(|(_, f, pos)| Diagnostic::new(f.severity, name, pos, f.message))
        .collect();
    if findings.dropped > 0 {
        let mut more = at(
            name,
            1,
            1,
            format!(
                "{} more problem(s) not shown: only the first {MAX_FINDINGS} errors and {MAX_FINDINGS} warnings are reported",
                findings.dropped
            ),
        );
        if valid {
            more.severity = Severity::Warning;
        }
        diagnostics.push(more);
    }
    diagnostics
}

/// The bundled briefing. Its validity is checked by the test suite.
pub fn bundled() -> Result<Loaded, Vec<Diagnostic>> {
    load_str(BUNDLED_NAME, BUNDLED_YAML)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::{ArticleIx, MentionIx};

    const MINIMAL: &str = "\
id: t
title: Test
date: 2017-06-18
articles:
  - id: en
    lang: en
    source: Test
    headline: H
    text: |
      Gunmen attacked a resort near Bamako, Mali.

      Bamako is the capital.
  - id: ar
    lang: ar
    source: Test
    headline: ع
    text: هاجم مسلحون منتجعا قرب باماكو ووصلوا إلى باماكو.
entities:
  - id: bamako
    kind: place
    name: Bamako
    mentions:
      - {article: en, quote: Bamako}
      - {article: ar, quote: باماكو, occurrence: 2}
";

    fn errors(text: &str) -> Vec<String> {
        match load_str("t.yaml", text) {
            Ok(l) => panic!("expected errors, loaded with warnings {:?}", l.warnings),
            Err(d) => d.iter().map(|d| d.to_string()).collect(),
        }
    }

    #[test]
    fn minimal_briefing_resolves_mentions() {
        let loaded = load_str("t.yaml", MINIMAL).unwrap();
        let b = &loaded.briefing;
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        assert_eq!(b.mentions.len(), 3);
        let texts: Vec<&str> = b.mentions.iter().map(|m| b.mention_text(m)).collect();
        assert_eq!(texts, ["Bamako", "Bamako", "باماكو"]);
        let ar = &b.mentions[2];
        assert_eq!(ar.article, ArticleIx(1));
        assert!(b.articles[1].text[..ar.bytes.start].ends_with("إلى "));
        assert_eq!(b.articles[1].dir, super::super::Direction::Rtl);
        assert_eq!(b.articles[0].paragraphs.len(), 2);
        assert_eq!(
            b.entities[0].mentions,
            [MentionIx(0), MentionIx(1), MentionIx(2)]
        );
    }

    #[test]
    fn unknown_field_is_located() {
        let bad = MINIMAL.replace("entities:", "entites:");
        let errs = errors(&bad);
        assert_eq!(errs.len(), 1);
        assert!(
            errs[0].starts_with(
                "t.yaml:18:1: error: \"entites\" is not a field; did you mean entities?"
            ),
            "{errs:?}"
        );
    }

    #[test]
    fn all_problems_are_reported_with_positions() {
        let bad = MINIMAL
            .replace("quote: Bamako}", "quote: Bamko}")
            .replace("occurrence: 2", "occurrence: 3");
        let errs = errors(&bad);
        assert_eq!(
            errs,
            [
                "t.yaml:23:30: error: quote \"Bamko\" not found in article \"en\"",
                "t.yaml:24:50: error: occurrence 3 of quote \"باماكو\" requested, but article \"ar\" has only 2",
            ]
        );
    }

    #[test]
    fn empty_and_invalid_utf8() {
        assert!(errors("  \n")[0].contains("empty file"));
        let d = load_bytes("b.yaml", b"id: x\ntitle: \xff\n").unwrap_err();
        assert_eq!(d[0].line, 2);
        assert_eq!(d[0].column, 8);
        assert!(d[0].message.contains("invalid UTF-8"));
    }

    #[test]
    fn control_characters_are_refused_at_their_place() {
        // NUL (where the lean reader once stopped, keeping "Gun"), U+0001, ESC, C1 controls
        // and DEL, in a plain scalar and in a block one: refused as serde_yaml refuses them.
        for c in [
            '\0', '\u{1}', '\u{1b}', '\u{80}', '\u{9b}', '\u{9f}', '\u{7f}',
        ] {
            let code = format!("U+{:04X}", c as u32);
            let plain = MINIMAL.replace("headline: H\n", &format!("headline: Gun{c}men\n"));
            let block = MINIMAL.replace("Bamako is the", &format!("Bamako{c} is the"));
            for (text, at) in [(plain, "t.yaml:8:18:"), (block, "t.yaml:12:13:")] {
                let errs = errors(&text);
                assert_eq!(errs.len(), 1, "{code}: {errs:?}");
                let want = format!("{at} error: control character {code} is not allowed");
                assert!(errs[0].starts_with(&want), "{code}: {errs:?}");
            }
        }
    }

    #[test]
    fn bidi_controls_warn_at_their_character() {
        let text = MINIMAL.replace("Bamako is the capital.", "Bamako is the \u{202E}capital.");
        let loaded = load_str("t.yaml", &text).unwrap();
        assert_eq!(loaded.warnings.len(), 2);
        for w in &loaded.warnings {
            assert_eq!((w.line, w.column), (12, 21));
        }
        let w: Vec<String> = loaded.warnings.iter().map(|w| w.to_string()).collect();
        assert!(w[0].contains("warning: articles[0].text holds 1 bidi"));
        assert!(
            w[1].contains("holds 1 unbalanced bidi control(s), first: U+202E (RLO) is not closed"),
            "{w:?}"
        );
    }

    #[test]
    fn bundled_briefing_is_valid() {
        let loaded = bundled().unwrap_or_else(|d| {
            panic!(
                "{}",
                d.iter()
                    .map(|d| d.to_string())
                    .collect::<Vec<_>>()
                    .join("\n")
            )
        });
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        assert!(loaded.briefing.articles.len() >= 2);
    }
}
