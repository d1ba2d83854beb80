//! Fresh entity ids: a lower-case ASCII slug of the name (Arabic and other scripts
//! romanised by `any_ascii`), made unique among the briefing's ids with a numeric suffix.

use std::collections::HashSet;

use crate::briefing::Briefing;

/// Slugs are cut to this many characters (before any suffix).
const MAX_SLUG: usize = 48;

/// A fresh entity id from a name: lower-case ASCII letters and digits with single `-`
/// between words, unique among `b`'s ids (suffix -2, -3 ...), never empty ("entity").
pub fn new_entity_id(b: &Briefing, name: &str) -> String {
    let mut slug = String::new();
    for c in any_ascii::any_ascii(name).chars() {
        if slug.len() >= MAX_SLUG {
            break;
        }
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = match slug.trim_end_matches('-') {
        "" => "entity",
        s => s,
    };
    let taken: HashSet<&str> = b.entities.iter().map(|e| e.id.as_str()).collect();
    if !taken.contains(slug) {
        return slug.to_string();
    }
    (2..)
        .map(|n| format!("{slug}-{n}"))
        .find(|id| !taken.contains(id.as_str()))
        .unwrap_or_else(|| slug.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::bundled;

    #[test]
    fn ascii_names_become_slugs() {
        let b = bundled().unwrap().briefing;
        assert_eq!(
            new_entity_id(&b, "Salif  Traoré (minister)"),
            "salif-traore-minister"
        );
        assert_eq!(
            new_entity_id(&b, "  --Le Campement Hotel!  "),
            "le-campement-hotel"
        );
    }

    #[test]
    fn arabic_names_romanise() {
        let b = bundled().unwrap().briefing;
        let id = new_entity_id(&b, "سليف تراوري");
        assert!(
            !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "{id}"
        );
        assert!(id.contains('-'), "two words: {id}");
        assert!(crate::briefing::valid_id(&id));
    }

    #[test]
    fn collisions_get_a_suffix() {
        let mut b = bundled().unwrap().briefing;
        let taken = b.entities[0].id.clone();
        assert_eq!(new_entity_id(&b, &taken), format!("{taken}-2"));
        let mut second = b.entities[0].clone();
        second.id = format!("{taken}-2");
        b.entities.push(second);
        assert_eq!(new_entity_id(&b, &taken), format!("{taken}-3"));
    }

    #[test]
    fn empty_and_symbol_names_give_entity() {
        let mut b = bundled().unwrap().briefing;
        assert_eq!(new_entity_id(&b, ""), "entity");
        assert_eq!(new_entity_id(&b, "…!?"), "entity");
        b.entities[0].id = "entity".into();
        assert_eq!(new_entity_id(&b, "  "), "entity-2");
        assert!(new_entity_id(&b, &"x".repeat(500)).len() <= MAX_SLUG);
    }
}
