//! Drafting a briefing from raw article files (`briefing new`): pure readers, no terminal.
//!
//! Each file's bytes go through [`read_article`]: they are decoded in the encoding the file
//! declares (`decode`: a BOM, an HTML meta charset, else UTF-8 or the user's fallback; a
//! NUL is refused), a saved web page (`html`) has its article extracted by a readability
//! library, anything else is read as plain text (`plain`: first line the headline). Both
//! give an [`ArticleDraft`] whose paragraphs are normalised ([`normalise_paragraph`]:
//! single spaces, no word changed, no control character). [`script::language_of`] guesses
//! a language from the text's script when the user gave none, [`date::iso_date`] checks a
//! page's date, and [`write::briefing_yaml`] turns the drafts into the YAML of a briefing
//! with articles only, every string in it cleaned as the paragraphs are.

mod consent;
pub mod date;
mod decode;
mod depth;
pub mod html;
pub mod plain;
pub mod script;
pub mod write;

pub use encoding_rs::Encoding;

/// One article read from a file, before it gets an id.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ArticleDraft {
    pub headline: String,
    /// Normalised paragraphs, in order, none empty.
    pub paragraphs: Vec<String>,
    /// Where the article comes from (site name, host or file name).
    pub source: String,
    pub url: Option<String>,
    /// The publication time the page gives, as it gives it (see [`date::iso_date`]).
    pub date: Option<String>,
}

impl ArticleDraft {
    /// The article text: paragraphs separated by one blank line.
    pub fn text(&self) -> String {
        self.paragraphs.join("\n\n")
    }
}

/// Why a file could not be read as an article.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DraftError {
    #[error("not a text file (it holds a NUL byte)")]
    Binary,
    #[error(
        "not a text file in UTF-8, and it declares no encoding (a byte-order mark or an HTML \
         <meta charset>); if it is text, name its encoding with --encoding LABEL \
         (for example --encoding windows-1256)"
    )]
    NotUtf8,
    #[error("not valid {0} text, the encoding it declares or was given")]
    Malformed(&'static str),
    #[error("elements nested more than {0} deep (a news page nests a few dozen); not read")]
    TooDeep(usize),
    #[error("no article text found")]
    Empty,
}

/// Reads one file's bytes as an article: a saved HTML page or plain text. `name` (the file
/// name) is the source when the page names none; `fallback` is the encoding of a file that
/// declares none and is not UTF-8.
pub fn read_article(
    bytes: &[u8],
    name: &str,
    fallback: Option<&'static Encoding>,
) -> Result<ArticleDraft, DraftError> {
    let text = decode::decode(bytes, fallback)?;
    let draft = if html::looks_like_html(&text) {
        html::read(&text, name)?
    } else {
        plain::read(&text, name)?
    };
    if draft.paragraphs.is_empty() || draft.headline.is_empty() {
        return Err(DraftError::Empty);
    }
    Ok(draft)
}

/// A paragraph with its whitespace normalised: runs of whitespace (line breaks included)
/// become one space, none at either end; control and bidi-control characters are dropped.
/// No word is changed.
pub fn normalise_paragraph(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c.is_control() || crate::briefing::is_bidi_control(c))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Splits text into paragraphs at blank lines and normalises each; empty ones are dropped.
pub fn paragraphs(text: &str) -> Vec<String> {
    crate::briefing::split_paragraphs(text)
        .into_iter()
        .map(|r| normalise_paragraph(&text[r]))
        .filter(|p| !p.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_normalised_without_changing_words() {
        let text = "  One  two\nthree\t four  \n\n\n\nFive\u{202E} six\r\n \n";
        assert_eq!(paragraphs(text), ["One two three four", "Five six"]);
    }

    #[test]
    fn binary_and_empty_files_are_refused() {
        let read = |bytes: &[u8]| read_article(bytes, "x", None);
        assert_eq!(read(b"abc\0def"), Err(DraftError::Binary));
        assert_eq!(read(&[0x41, 0xff, 0x41]), Err(DraftError::NotUtf8));
        assert_eq!(read(b"  \n\n \n"), Err(DraftError::Empty));
        // A single line is one paragraph of text, its own headline.
        let one = read(b"Only one line\n").unwrap();
        assert_eq!(
            (one.headline.as_str(), one.paragraphs.len()),
            ("Only one line", 1)
        );
    }
}
