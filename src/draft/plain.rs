//! Plain-text articles: the first non-empty line is the headline, the rest the text, with
//! paragraphs separated by blank lines (the text may start on the line after the headline).
//! A file whose first line ends with a full stop (a headline has none), or that has no text
//! after its first line (a one-paragraph file on one line), has no headline line: all of it
//! is text, and its first sentence, shortened to [`MAX_HEADLINE_CHARS`] at a word, is the
//! headline (`new --headline` can give another).
//! A standfirst (the paragraph after the headline line) stays the text's first paragraph:
//! the format has no field for it.

use super::{ArticleDraft, DraftError, normalise_paragraph, paragraphs};

/// The longest headline taken from a first sentence, in characters.
const MAX_HEADLINE_CHARS: usize = 200;

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
    let body = paragraphs(&text[consumed..]);
    let (headline, body) = match headline.ends_with('.') || body.is_empty() {
        true => {
            let all = paragraphs(text);
            let headline = all.first().map(|p| first_sentence(p)).unwrap_or_default();
            (headline, all)
        }
        false => (headline, body),
    };
    Ok(ArticleDraft {
        headline,
        paragraphs: body,
        source: name.to_string(),
        url: None,
        date: None,
    })
}

/// The first sentence of a paragraph (up to a `.`, `!`, `?` or `؟` before a space or the
/// end), without a final full stop, cut at a word if it is longer than a headline may be.
fn first_sentence(paragraph: &str) -> String {
    let ends = |(i, c): &(usize, char)| {
        matches!(c, '.' | '!' | '?' | '؟')
            && paragraph[i + c.len_utf8()..]
                .chars()
                .next()
                .is_none_or(char::is_whitespace)
    };
    let end = paragraph
        .char_indices()
        .find(ends)
        .map_or(paragraph.len(), |(i, c)| i + c.len_utf8());
    let sentence = paragraph[..end]
        .strip_suffix('.')
        .unwrap_or(&paragraph[..end]);
    if sentence.chars().count() <= MAX_HEADLINE_CHARS {
        return sentence.to_string();
    }
    let cut = sentence
        .char_indices()
        .nth(MAX_HEADLINE_CHARS)
        .map_or(sentence.len(), |(i, _)| i);
    let at_word = sentence[..cut].rfind(' ').unwrap_or(cut);
    format!("{}…", &sentence[..at_word])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_standfirst_stays_the_first_paragraph() {
        let a = read(
            "Resort attacked\n\nTwo killed, the minister says.\n\nBody.",
            "a.txt",
        )
        .unwrap();
        assert_eq!(a.headline, "Resort attacked");
        assert_eq!(a.paragraphs, ["Two killed, the minister says.", "Body."]);
    }

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

    #[test]
    fn without_a_headline_line_the_first_sentence_is_the_headline() {
        let text = "Gunmen attacked a resort near Bamako on Sunday. Two people were killed.\nthe minister said.\n";
        let a = read(text, "a.txt").unwrap();
        assert_eq!(a.headline, "Gunmen attacked a resort near Bamako on Sunday");
        assert_eq!(
            a.paragraphs,
            [
                "Gunmen attacked a resort near Bamako on Sunday. Two people were killed. the minister said."
            ]
        );
        let arabic = read("قتل شخصان في الهجوم؟ قال الوزير ذلك.", "b.txt").unwrap();
        assert_eq!(arabic.headline, "قتل شخصان في الهجوم؟");
        // One line without a full stop: the text, and its own headline (not "no text").
        let one = read(
            "\n Gunmen attacked a resort near Bamako, killing two\n",
            "w.txt",
        )
        .unwrap();
        assert_eq!(
            one.headline,
            "Gunmen attacked a resort near Bamako, killing two"
        );
        assert_eq!(one.paragraphs, std::slice::from_ref(&one.headline));
        // A headline line with the text on the next line, no blank line between.
        let next = read("Resort attacked\nGunmen attacked a resort.", "n.txt").unwrap();
        assert_eq!(next.headline, "Resort attacked");
        assert_eq!(next.paragraphs, ["Gunmen attacked a resort."]);
        let arabic = read("قتل شخصان في الهجوم؟ قال الوزير ذلك.", "b.txt").unwrap();
        assert_eq!(arabic.headline, "قتل شخصان في الهجوم؟");
        let long = format!("{}end.", "word ".repeat(100));
        let a = read(&long, "c.txt").unwrap();
        assert!(a.headline.ends_with("word…"), "{}", a.headline);
        assert!(a.headline.chars().count() <= MAX_HEADLINE_CHARS + 1);
        assert_eq!(
            first_sentence("Version 2.5 is out! Then"),
            "Version 2.5 is out!"
        );
    }
}
