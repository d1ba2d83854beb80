//! The YAML text `save` writes for what changed: an entity's values (names, links, figure)
//! as one-line flow collections or, for `names` and `links`, as the entries of a block,
//! mentions as flow-mapping lines, a whole entity as a block mapping, all by
//! [`crate::briefing::write`] as `suggest --apply` writes them (mentions: one line for a
//! quote all of whose matches are meant, the quote with offsets otherwise); and where a
//! value or a trailing comment stands on a line.

use crate::briefing::write::{self, Mentions, json, scalar};
use crate::briefing::{Briefing, EntityIx, Mention};

/// An entity's names: `{ar: "مالي", fr: "Mali"}`.
pub fn names(b: &Briefing, entity: EntityIx) -> String {
    write::names(&b.entities[entity].names)
}

/// The ids an entity links to.
fn link_ids(b: &Briefing, entity: EntityIx) -> Vec<&str> {
    let links = &b.entities[entity].links;
    links.iter().map(|&to| b.entities[to].id.as_str()).collect()
}

/// An entity's links, by id: `[bamako, mali]`.
pub fn links(b: &Briefing, entity: EntityIx) -> String {
    write::links(&link_ids(b, entity))
}

/// An entity's accepted figure.
pub fn figure(b: &Briefing, entity: EntityIx) -> Option<String> {
    b.entities[entity].figure.as_ref().map(write::figure)
}

/// Every mention of an entity, the texts' then the headlines', in order.
pub fn mentions_of(b: &Briefing, entity: EntityIx) -> Vec<&Mention> {
    let text = b.entities[entity].mentions.iter().map(|&k| &b.mentions[k]);
    let headlines = b.headline_mentions.iter().filter(|m| m.entity == entity);
    text.chain(headlines).collect()
}

/// A whole entity as a block-list item at `indent` (the indentation of its `-`).
pub fn entity(w: &mut Mentions, b: &Briefing, entity: EntityIx, indent: &str, nl: &str) -> String {
    let (e, links) = (&b.entities[entity], link_ids(b, entity));
    write::entity(w, e, &links, &mentions_of(b, entity), indent, nl)
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
pub fn name_entries(b: &Briefing, entity: EntityIx) -> Vec<(String, String)> {
    let names = &b.entities[entity].names;
    names
        .iter()
        .map(|(lang, name)| (lang.clone(), format!("{}: {}", scalar(lang), json(name))))
        .collect()
}

/// An entity's links as the items of a block sequence: `(id, "- mali")`.
pub fn link_entries(b: &Briefing, entity: EntityIx) -> Vec<(String, String)> {
    let ids = link_ids(b, entity);
    ids.iter()
        .map(|id| (id.to_string(), format!("- {}", scalar(id))))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
