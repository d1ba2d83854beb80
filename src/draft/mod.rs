//! Drafting a briefing from raw article files (`briefing new`): pure readers, no terminal.
//!
//! Each file's bytes go through [`read_article`]: bytes that are not UTF-8 text are refused,
//! a saved web page (`html`) has its article extracted by a readability library, anything
//! else is read as plain text (`plain`: first line the headline). Both give an
//! [`ArticleDraft`] whose paragraphs are normalised ([`normalise_paragraph`]: single spaces,
//! no word changed). [`script::language_of`] guesses a language from the text's script
//! when the user gave none, and [`write::briefing_yaml`] turns the drafts into the YAML of
//! a briefing with articles only.

pub mod html;
pub mod plain;
pub mod script;
pub mod write;

/// One article read from a file, before it gets an id.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ArticleDraft {
    pub headline: String,
    /// Normalised paragraphs, in order, none empty.
    pub paragraphs: Vec<String>,
    /// Where the article comes from (site name, host or file name).
    pub source: String,
    pub url: Option<String>,
    /// The publication date, `YYYY-MM-DD`, when the page gives one.
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
    #[error("not a text file (it holds a NUL byte or is not UTF-8)")]
    Binary,
    #[error("no article text found")]
    Empty,
}

/// Reads one file's bytes as an article: a saved HTML page or plain text. `name` (the file
/// name) is the source when the page names none.
pub fn read_article(bytes: &[u8], name: &str) -> Result<ArticleDraft, DraftError> {
    if bytes.contains(&0) {
        return Err(DraftError::Binary);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| DraftError::Binary)?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let draft = if html::looks_like_html(text) {
        html::read(text, name)?
    } else {
        plain::read(text, name)?
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
        assert_eq!(read_article(b"abc\0def", "x"), Err(DraftError::Binary));
        assert_eq!(
            read_article(&[0xff, 0xfe, 0x41], "x"),
            Err(DraftError::Binary)
        );
        assert_eq!(read_article(b"  \n\n \n", "x"), Err(DraftError::Empty));
        assert_eq!(
            read_article(b"Only a headline\n", "x"),
            Err(DraftError::Empty)
        );
    }
}
