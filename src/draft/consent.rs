//! Consent banners ("We use cookies… By continuing you agree…"): a saved page often keeps
//! one as text, and readability may take it for the first paragraph. A paragraph is a
//! banner when it is short, speaks of cookies, and speaks to the reader about the site
//! ("we use", "this site uses", "you agree", "accept all"…), in English or Arabic; an
//! article's paragraph about cookies in the news is not addressed to its reader.

/// The longest paragraph taken for a banner, in characters.
const MAX_BANNER_CHARS: usize = 500;

const COOKIES: &[&str] = &["cookie", "ملفات تعريف الارتباط", "الكوكيز"];

const TO_THE_READER: &[&str] = &[
    "we use",
    "this site uses",
    "this website uses",
    "our site",
    "our website",
    "by continuing",
    "you agree",
    "you consent",
    "accept all",
    "manage preferences",
    "cookie settings",
    "نستخدم",
    "يستخدم هذا الموقع",
    "موافقتك",
];

/// Whether a (normalised) paragraph is a consent banner.
pub fn is_banner(paragraph: &str) -> bool {
    if paragraph.chars().count() > MAX_BANNER_CHARS {
        return false;
    }
    let text = paragraph.to_lowercase();
    COOKIES.iter().any(|w| text.contains(w)) && TO_THE_READER.iter().any(|w| text.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn banners_and_news() {
        assert!(is_banner(
            "We use cookies to improve your experience. By continuing you agree to our use of cookies."
        ));
        assert!(is_banner("This website uses cookies. Accept all"));
        assert!(is_banner(
            "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا."
        ));
        assert!(!is_banner(
            "The regulator fined the company for setting cookies without consent, officials said."
        ));
        assert!(!is_banner(
            "Gunmen attacked a resort near Bamako, the capital of Mali, on Sunday."
        ));
        let long = format!("We use cookies. {}", "Word ".repeat(200));
        assert!(!is_banner(&long), "too long for a banner");
    }
}
