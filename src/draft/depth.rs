//! How deeply a saved page nests its elements, measured before the page is parsed.
//!
//! The HTML tree builder (html5ever, under `dom_smoothie`) checks "is an element in scope"
//! by walking the stack of open elements at each start and end tag, as the HTML standard
//! says; with thousands of nested elements that is quadratic (10 000 nested `div`s took
//! seconds, 100 000 minutes). Real pages nest a few dozen deep, so a page nesting deeper
//! than [`MAX_DEPTH`] is refused before it is parsed. [`too_deep`] is one linear pass over
//! the text: a light tokenizer that skips comments, doctypes and the raw text of `script`
//! and `style`, and keeps the stack of elements that stay open on the tree builder's stack
//! (not the void ones, nor those whose end tag is optional and which the builder closes
//! itself); the stack never grows past the limit, so each tag costs at most that much.

/// The deepest nesting of elements a page may have.
pub const MAX_DEPTH: usize = 512;

/// Elements that never hold content, or whose end tag may be left out (the tree builder
/// closes them when a sibling starts): neither stays open under a deep nest.
const NOT_COUNTED: &[&[u8]] = &[
    b"area",
    b"base",
    b"basefont",
    b"bgsound",
    b"br",
    b"col",
    b"embed",
    b"frame",
    b"hr",
    b"img",
    b"input",
    b"keygen",
    b"link",
    b"meta",
    b"param",
    b"source",
    b"track",
    b"wbr",
    b"p",
    b"li",
    b"dt",
    b"dd",
    b"option",
    b"optgroup",
    b"rb",
    b"rp",
    b"rt",
    b"rtc",
    b"tr",
    b"td",
    b"th",
    b"tbody",
    b"thead",
    b"tfoot",
    b"colgroup",
    b"caption",
    b"html",
    b"head",
    b"body",
];

/// Elements whose content is raw text, up to their end tag.
const RAW_TEXT: &[&[u8]] = &[
    b"script",
    b"style",
    b"textarea",
    b"title",
    b"xmp",
    b"iframe",
    b"noembed",
    b"noframes",
    b"plaintext",
];

/// Elements whose content is foreign (SVG, MathML), where `<x/>` closes itself (in HTML
/// content `<div/>` opens a `div` that stays open).
const FOREIGN: &[&[u8]] = &[b"svg", b"math"];

/// Whether `html` nests elements deeper than `limit` (stops counting as soon as it does).
/// An end tag closes the innermost open element of its name and those inside it, as the
/// tree builder does; a stray one closes nothing.
pub fn too_deep(html: &str, limit: usize) -> bool {
    let b = html.as_bytes();
    let mut open: Vec<Vec<u8>> = Vec::new();
    let mut i = 0;
    while let Some(at) = b[i..].iter().position(|&c| c == b'<') {
        i += at + 1;
        let rest = &b[i..];
        if rest.starts_with(b"!--") {
            i += find(&rest[3..], b"-->").map_or(rest.len(), |e| e + 6);
            continue;
        }
        let closing = rest.first() == Some(&b'/');
        let name_at = usize::from(closing);
        let name_len = rest[name_at..]
            .iter()
            .position(|c| !c.is_ascii_alphanumeric())
            .unwrap_or(rest.len() - name_at);
        if name_len == 0 || !rest[name_at].is_ascii_alphabetic() {
            continue;
        }
        let name = rest[name_at..name_at + name_len].to_ascii_lowercase();
        let end =
            tag_end(&rest[name_at + name_len..]).map_or(rest.len(), |e| name_at + name_len + e);
        let self_closing = end > 0 && rest.get(end - 1) == Some(&b'/');
        i += end;
        if closing {
            if let Some(at) = open.iter().rposition(|n| *n == name) {
                open.truncate(at);
            }
            continue;
        }
        if RAW_TEXT.contains(&name.as_slice()) {
            let mut close = b"</".to_vec();
            close.extend_from_slice(&name);
            i += find_ignoring_case(&b[i..], &close).map_or(b.len() - i, |e| e + close.len());
            continue;
        }
        let foreign = |n: &[u8]| FOREIGN.contains(&n);
        let closes_itself = self_closing && (foreign(&name) || open.iter().any(|n| foreign(n)));
        if NOT_COUNTED.contains(&name.as_slice()) || closes_itself {
            continue;
        }
        open.push(name);
        if open.len() > limit {
            return true;
        }
    }
    false
}

/// Where a tag's `>` is, outside quoted attribute values.
fn tag_end(tag: &[u8]) -> Option<usize> {
    let mut quote = None;
    for (i, &c) in tag.iter().enumerate() {
        match (quote, c) {
            (None, b'>') => return Some(i),
            (None, b'"' | b'\'') => quote = Some(c),
            (Some(q), _) if q == c => quote = None,
            _ => {}
        }
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn find_ignoring_case(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(n: usize, open: &str, close: &str) -> String {
        format!(
            "<html><body>{}<p>text{}</body></html>",
            open.repeat(n),
            close.repeat(n)
        )
    }

    #[test]
    fn deep_nests_are_found_in_linear_time() {
        assert!(!too_deep(&nested(20, "<div>", "</div>"), 20));
        assert!(too_deep(&nested(21, "<div>", "</div>"), 20));
        assert!(
            too_deep(&nested(21, "<span class='a>b'>", ""), 20),
            "unclosed"
        );
        assert!(
            too_deep(&nested(21, "<div/>", ""), 20),
            "/> does not close a div"
        );
        let start = std::time::Instant::now();
        assert!(too_deep(&nested(100_000, "<div>", "</div>"), MAX_DEPTH));
        assert!(!too_deep(&"<div>x</div>".repeat(100_000), MAX_DEPTH));
        assert!(start.elapsed().as_secs() < 5, "{:?}", start.elapsed());
    }

    #[test]
    fn what_does_not_stay_open_is_not_counted() {
        let flat = |s: &str| !too_deep(&s.repeat(50), 20);
        assert!(flat("<p>one<li>two<br><img src=x><td>cell<tr>"));
        assert!(flat("<!-- <div> --><!DOCTYPE html>"));
        assert!(flat("<script>if (a <b) { x = '<div>'; }</script>"));
        assert!(flat("<STYLE>a<div></STYLE>"));
        assert!(flat("<svg><path d='M0'/><circle/></svg><svg/>"));
        assert!(flat("1 < 2 and <3 and < div"));
        assert!(flat("<div><span></div>"), "an end tag closes what it holds");
        assert!(!flat("<div></span>"), "a stray end tag closes nothing");
        assert!(!flat("<div>"));
    }
}
