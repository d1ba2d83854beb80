//! An article file's bytes as text, in the encoding the file declares (`encoding_rs`).
//!
//! The order is the WHATWG one, simplified: a byte-order mark first (UTF-8, UTF-16LE,
//! UTF-16BE); else, for a saved web page, the `charset` a `<meta>` tag declares in the
//! first 1024 bytes ([`meta_charset`], a small form of the spec's prescan); else UTF-8 if
//! the bytes are UTF-8; else the encoding the user gave (`--encoding`); else the file is
//! refused, with a message that says how to name its encoding. A declared encoding the
//! bytes do not follow, and a NUL in the text, are refused too.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8};

use super::DraftError;

/// How far into a page its `<meta charset>` is looked for (the spec's prescan length).
const PRESCAN: usize = 1024;

/// The text of a file's bytes; `fallback` is the encoding of files that declare none and
/// are not UTF-8.
pub fn decode(bytes: &[u8], fallback: Option<&'static Encoding>) -> Result<String, DraftError> {
    let text = if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        decoded(encoding, &bytes[bom..])?
    } else if let Some(encoding) = meta_charset(bytes) {
        decoded(encoding, bytes)?
    } else if let Ok(text) = std::str::from_utf8(bytes) {
        Cow::Borrowed(text)
    } else {
        match fallback {
            Some(encoding) => decoded(encoding, bytes)?,
            None => return Err(DraftError::NotUtf8),
        }
    };
    if text.contains('\0') {
        return Err(DraftError::Binary);
    }
    Ok(text.into_owned())
}

fn decoded<'a>(encoding: &'static Encoding, bytes: &'a [u8]) -> Result<Cow<'a, str>, DraftError> {
    encoding
        .decode_without_bom_handling_and_without_replacement(bytes)
        .ok_or(DraftError::Malformed(encoding.name()))
}

/// The encoding a page's `<meta charset=…>` or `<meta http-equiv content="…; charset=…">`
/// names in its first [`PRESCAN`] bytes, if it is one `encoding_rs` knows. As the spec
/// says, a page that declares UTF-16 in ASCII bytes is read as UTF-8.
pub fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes[..bytes.len().min(PRESCAN)].to_ascii_lowercase();
    let mut rest = head.as_slice();
    while let Some(at) = find(rest, b"<meta") {
        let tag = &rest[at + 5..];
        let end = tag.iter().position(|&b| b == b'>').unwrap_or(tag.len());
        let tag = &tag[..end];
        if let Some(encoding) = find(tag, b"charset").and_then(|i| label_after(&tag[i + 7..])) {
            let utf16 = encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE;
            return Some(if utf16 { UTF_8 } else { encoding });
        }
        rest = &tag[end..];
    }
    None
}

/// The encoding named after `charset`: `= label`, quoted or not.
fn label_after(after: &[u8]) -> Option<&'static Encoding> {
    let after = after
        .trim_ascii_start()
        .strip_prefix(b"=")?
        .trim_ascii_start();
    let after = after
        .strip_prefix(b"\"")
        .or(after.strip_prefix(b"'"))
        .unwrap_or(after);
    let end = after
        .iter()
        .position(|&b| matches!(b, b'"' | b'\'' | b';' | b'/' | b'>') || b.is_ascii_whitespace())
        .unwrap_or(after.len());
    Encoding::for_label(&after[..end])
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{ISO_8859_2, UTF_16BE, UTF_16LE, WINDOWS_1252, WINDOWS_1256};

    const ARABIC: &str = "قال وزير الأمن إن شخصين قتلا في الهجوم.";

    fn encoded(encoding: &'static Encoding, text: &str) -> Vec<u8> {
        encoding.encode(text).0.into_owned()
    }

    #[test]
    fn meta_charsets_are_found() {
        let page = |meta: &str| format!("<!DOCTYPE html><html><head>{meta}</head>");
        let found = |meta: &str| meta_charset(page(meta).as_bytes()).map(Encoding::name);
        assert_eq!(
            found("<meta charset=\"windows-1256\">"),
            Some("windows-1256")
        );
        assert_eq!(found("<META CHARSET=iso-8859-1>"), Some("windows-1252"));
        assert_eq!(
            found("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Windows-1256\">"),
            Some("windows-1256")
        );
        assert_eq!(found("<meta charset='utf-16le'>"), Some("UTF-8"));
        assert_eq!(found("<meta name=description content=x>"), None);
        assert_eq!(found("<meta charset=no-such-thing>"), None);
        let late = format!("{}<meta charset=windows-1256>", " ".repeat(PRESCAN));
        assert_eq!(meta_charset(late.as_bytes()), None, "past the prescan");
    }

    #[test]
    fn declared_encodings_are_decoded() {
        let page = |charset: &str, body: &str| {
            format!("<html><head><meta charset=\"{charset}\"></head><body>{body}</body></html>")
        };
        let arabic = page("windows-1256", ARABIC);
        let bytes = encoded(WINDOWS_1256, &arabic);
        assert!(std::str::from_utf8(&bytes).is_err());
        assert_eq!(decode(&bytes, None).unwrap(), arabic);
        let latin = page("ISO-8859-1", "Ségou, Tombouctou: l'armée a réagi.");
        assert_eq!(decode(&encoded(WINDOWS_1252, &latin), None).unwrap(), latin);
        for (encoding, bom) in [(UTF_16LE, [0xFF, 0xFE]), (UTF_16BE, [0xFE, 0xFF])] {
            let text = format!("Headline\n\n{ARABIC}");
            let mut bytes = bom.to_vec();
            for unit in text.encode_utf16() {
                let pair = match encoding == UTF_16LE {
                    true => unit.to_le_bytes(),
                    false => unit.to_be_bytes(),
                };
                bytes.extend_from_slice(&pair);
            }
            assert_eq!(decode(&bytes, None).unwrap(), text, "{}", encoding.name());
        }
        let mut utf8 = vec![0xEF, 0xBB, 0xBF];
        utf8.extend_from_slice(ARABIC.as_bytes());
        assert_eq!(decode(&utf8, None).unwrap(), ARABIC);
    }

    #[test]
    fn undeclared_text_needs_utf8_or_a_fallback() {
        let bytes = encoded(WINDOWS_1256, ARABIC);
        assert_eq!(decode(&bytes, None), Err(DraftError::NotUtf8));
        assert_eq!(decode(&bytes, Some(WINDOWS_1256)).unwrap(), ARABIC);
        assert_eq!(
            decode("Already UTF-8: é".as_bytes(), Some(ISO_8859_2)).unwrap(),
            "Already UTF-8: é",
            "the fallback is for files that are not UTF-8"
        );
        assert_eq!(decode(b"abc\0def", None), Err(DraftError::Binary));
        assert_eq!(
            decode(&[0xFF, 0xFE, 0x00, 0x00], None),
            Err(DraftError::Binary)
        );
        let odd = [0xFE, 0xFF, 0xD8, 0x00];
        assert_eq!(decode(&odd, None), Err(DraftError::Malformed("UTF-16BE")));
    }
}
