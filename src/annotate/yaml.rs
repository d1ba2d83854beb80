//! The YAML text `save` writes for what changed: an entity's values (names, links, figure)
//! as one-line flow collections, mentions as flow-mapping lines (by
//! [`crate::briefing::write::Mentions`], as `suggest --apply` writes them: one line for a
//! quote all of whose matches are meant, the quote with offsets otherwise), a whole entity
//! as a block mapping. Plain scalars only where YAML cannot read them as anything but that
//! text.

use std::fmt::Write;

use crate::briefing::write::{self, Mentions, json};
use crate::briefing::{Briefing, Mention};

/// `s` plain when YAML reads it back as the same text (a letter, then letters, digits,
/// `-` or `_`; not a keyword), else double-quoted.
pub fn scalar(s: &str) -> String {
    let plain = s.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        && !matches!(
            s.to_ascii_lowercase().as_str(),
            "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "y" | "n"
        );
    match plain {
        true => s.to_string(),
        false => json(s),
    }
}

/// An entity's names: `{ar: "مالي", fr: "Mali"}`.
pub fn names(b: &Briefing, entity: usize) -> String {
    let items: Vec<String> = b.entities[entity]
        .names
        .iter()
        .map(|(lang, name)| format!("{}: {}", scalar(lang), json(name)))
        .collect();
    format!("{{{}}}", items.join(", "))
}

/// An entity's links, by id: `[bamako, mali]`.
pub fn links(b: &Briefing, entity: usize) -> String {
    let items: Vec<String> = b.entities[entity]
        .links
        .iter()
        .map(|&to| scalar(&b.entities[to].id))
        .collect();
    format!("[{}]", items.join(", "))
}

/// An entity's accepted figure.
pub fn figure(b: &Briefing, entity: usize) -> Option<String> {
    b.entities[entity].figure.as_ref().map(write::figure)
}

/// Every mention of an entity, the texts' then the headlines', in order.
pub fn mentions_of(b: &Briefing, entity: usize) -> Vec<&Mention> {
    let text = b.entities[entity].mentions.iter().map(|&k| &b.mentions[k]);
    let headlines = b.headline_mentions.iter().filter(|m| m.entity == entity);
    text.chain(headlines).collect()
}

/// Mentions as item lines of a block list, `{indent}- {…}{nl}` each.
pub fn mention_lines(w: &mut Mentions, ms: &[&Mention], indent: &str, nl: &str) -> String {
    w.selectors(ms)
        .into_iter()
        .map(|item| format!("{indent}- {item}{nl}"))
        .collect()
}

/// A whole entity as a block-list item at `indent` (the indentation of its `-`).
pub fn entity(w: &mut Mentions, b: &Briefing, entity: usize, indent: &str, nl: &str) -> String {
    let e = &b.entities[entity];
    let mut out = String::new();
    let _ = write!(
        out,
        "{indent}- id: {}{nl}{indent}  kind: {}{nl}{indent}  name: {}{nl}",
        scalar(&e.id),
        e.kind.as_str(),
        json(&e.name)
    );
    if !e.names.is_empty() {
        let _ = write!(out, "{indent}  names: {}{nl}", names(b, entity));
    }
    if !e.links.is_empty() {
        let _ = write!(out, "{indent}  links: {}{nl}", links(b, entity));
    }
    if let Some(f) = figure(b, entity) {
        let _ = write!(out, "{indent}  figure: {f}{nl}");
    }
    let mentions = mentions_of(b, entity);
    if !mentions.is_empty() {
        let _ = write!(out, "{indent}  mentions:{nl}");
        out.push_str(&mention_lines(w, &mentions, &format!("{indent}    "), nl));
    }
    out
}

/// Where the value on a line ends: before a ` # comment` outside quotes, and before
/// trailing white space. `from` is the byte offset where the value starts.
pub fn value_end(line: &str, from: usize) -> usize {
    let (mut single, mut double, mut escaped) = (false, false, false);
    let mut prev_blank = true;
    let mut end = line.len();
    for (i, c) in line[from..].char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if double => escaped = true,
            '"' if !single => double = !double,
            '\'' if !double => single = !single,
            '#' if !single && !double && prev_blank && i > 0 => {
                end = from + i;
                break;
            }
            _ => {}
        }
        prev_blank = c == ' ' || c == '\t';
    }
    from + line[from..end].trim_end().len()
}

/// The trailing `# comment` of a line whose value starts at byte `from`, with the white
/// space before it; empty when the line has none.
pub fn trailing_comment(line: &str, from: usize) -> &str {
    let rest = &line[value_end(line, from)..];
    match rest.trim_start().starts_with('#') {
        true => rest.trim_end(),
        false => "",
    }
}

/// An entity's names as the entries of a block mapping: `(language, "ar: \"مالي\"")`.
pub fn name_entries(b: &Briefing, entity: usize) -> Vec<(String, String)> {
    let names = &b.entities[entity].names;
    names
        .iter()
        .map(|(lang, name)| (lang.clone(), format!("{}: {}", scalar(lang), json(name))))
        .collect()
}

/// An entity's links as the items of a block sequence: `(id, "- mali")`.
pub fn link_entries(b: &Briefing, entity: usize) -> Vec<(String, String)> {
    let links = &b.entities[entity].links;
    links
        .iter()
        .map(|&to| {
            let id = &b.entities[to].id;
            (id.clone(), format!("- {}", scalar(id)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_only_when_it_reads_back() {
        assert_eq!(scalar("bamako-2"), "bamako-2");
        assert_eq!(scalar("true"), "\"true\"");
        assert_eq!(scalar("2017"), "\"2017\"");
        assert_eq!(scalar("a.b"), "\"a.b\"");
        assert_eq!(scalar(""), "\"\"");
    }

    #[test]
    fn comments_after_values_are_kept_out() {
        let line = "    name: 'it''s # not' # a comment";
        assert_eq!(&line[10..value_end(line, 10)], "'it''s # not'");
        let line = "    name: \"a \\\" # b\"  ";
        assert_eq!(&line[10..value_end(line, 10)], "\"a \\\" # b\"");
        let line = "    name: Mali#1 # c";
        assert_eq!(&line[10..value_end(line, 10)], "Mali#1");
        assert_eq!(trailing_comment(line, 4), " # c");
        assert_eq!(trailing_comment("  names:", 2), "");
        assert_eq!(
            trailing_comment("entities: []   # none yet ", 0),
            "   # none yet"
        );
    }
}
