//! Plain-text articles: the first non-empty line is the headline, the rest the text, with
//! paragraphs separated by blank lines.

use super::{ArticleDraft, DraftError, normalise_paragraph, paragraphs};

/// Reads a plain-text article; `name` (the file name) becomes its source.
pub fn read(text: &str, name: &str) -> Result<ArticleDraft, DraftError> {
    let mut lines = text.split_inclusive('\n');
    let mut headline = String::new();
    let mut consumed = 0;
    for line in lines.by_ref() {
        consumed += line.len();
        headline = normalise_paragraph(line);
        if !headline.is_empty() {
            break;
        }
    }
    if headline.is_empty() {
        return Err(DraftError::Empty);
    }
    Ok(ArticleDraft {
        headline,
        paragraphs: paragraphs(&text[consumed..]),
        source: name.to_string(),
        url: None,
        date: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_line_is_the_headline() {
        let a = read(
            "\n\n  Gunmen attack resort \nFirst para\ncontinued.\n\nSecond.",
            "a.txt",
        )
        .unwrap();
        assert_eq!(a.headline, "Gunmen attack resort");
        assert_eq!(a.paragraphs, ["First para continued.", "Second."]);
        assert_eq!(a.source, "a.txt");
        assert_eq!(a.text(), "First para continued.\n\nSecond.");
    }
}
