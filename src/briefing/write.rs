//! Writing parts of the model back as YAML: mentions as the selectors a file would hold
//! (`{article: "en", quote: "Bamako"}`, with a figure's attribution), a figure as a flow
//! mapping, an actor's responsibility as a flow list, a string as a
//! double-quoted scalar. Used by `suggest --apply` and by the annotation save, so both
//! write mentions the same way. Each selector written selects exactly the mentions it was
//! written for when loaded, and costs the loader little: [`Mentions`] writes one quote for
//! a set of mentions that is every match of that quote, the quote alone for a mention that
//! is its only match, and the quote with its offsets (`start`, `end`) for anything else (a
//! quote with offsets is checked, never searched for). Its own searches are bounded, and so
//! are those its selectors make the loader do: past the bound, it writes offsets.

use std::cell::Cell;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;
use std::ops::Range;

use super::attribution::{Attribution, Claim, Responsibility};
use super::figure::Figure;
use super::ids::{ArticleIx, EntityIx};
use super::limits::{MAX_QUOTE_CANDIDATES, MAX_QUOTE_SEARCH};
use super::model::{Briefing, Entity, Mention, Part};
use super::resolve::{Selector, quote_matches};
use super::trojan::is_bidi_control;

/// A string as a YAML double-quoted scalar (also a JSON string): `"` and `\` escaped, and
/// every character YAML cannot hold raw or a terminal or editor could be fooled by written
/// as an escape: control characters (C0, DEL, C1), bidi controls and marks, the line and
/// paragraph separators, the byte order mark and the non-characters U+FFFE and U+FFFF.
pub fn json(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if escaped(c) => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Whether [`json`] writes `c` as a `\uXXXX` escape.
fn escaped(c: char) -> bool {
    c.is_control()
        || is_bidi_control(c)
        || matches!(
            c,
            '\u{061C}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{FEFF}'
                | '\u{FFFE}'
                | '\u{FFFF}'
        )
}

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

/// Names by language as a flow mapping: `{ar: "مالي", fr: "Mali"}`.
pub fn names(names: &BTreeMap<String, String>) -> String {
    let items: Vec<String> = names
        .iter()
        .map(|(lang, name)| format!("{}: {}", scalar(lang), json(name)))
        .collect();
    format!("{{{}}}", items.join(", "))
}

/// Entity ids as a flow sequence: `[bamako, mali]`.
pub fn links(ids: &[&str]) -> String {
    let items: Vec<String> = ids.iter().map(|id| scalar(id)).collect();
    format!("[{}]", items.join(", "))
}

/// A whole entity as a block-list item at `indent` (the indentation of its `-`): its id,
/// kind and name, its names, links (`link_ids`) and figure when it has them, and
/// `mentions` (written by `w`) when there are any.
pub fn entity(
    w: &mut Mentions,
    e: &Entity,
    link_ids: &[&str],
    mentions: &[&Mention],
    indent: &str,
    nl: &str,
) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "{indent}- id: {}{nl}{indent}  kind: {}{nl}{indent}  name: {}{nl}",
        scalar(&e.id),
        e.kind.as_str(),
        json(&e.name)
    );
    if !e.names.is_empty() {
        let _ = write!(out, "{indent}  names: {}{nl}", names(&e.names));
    }
    if !link_ids.is_empty() {
        let _ = write!(out, "{indent}  links: {}{nl}", links(link_ids));
    }
    if let Some(f) = &e.figure {
        let _ = write!(out, "{indent}  figure: {}{nl}", figure(f));
    }
    if e.background {
        let _ = write!(out, "{indent}  background: true{nl}");
    }
    if !e.responsibility.is_empty() {
        let _ = write!(
            out,
            "{indent}  responsibility: {}{nl}",
            responsibility(w.b, &e.responsibility)
        );
    }
    if !mentions.is_empty() {
        let _ = write!(out, "{indent}  mentions:{nl}");
        out.push_str(&w.items(mentions, &format!("{indent}    "), nl));
    }
    out
}

/// At most this many bytes of article text are searched for quotes by one [`Mentions`]
/// (and so by the loader for the quotes it writes without offsets): a sixteenth of the
/// loader's limit, leaving the rest to the selectors already in the file.
const SEARCH_BUDGET: u64 = MAX_QUOTE_SEARCH / 16;

/// At most this many occurrences of quotes are looked at by one [`Mentions`]: likewise a
/// sixteenth of the loader's limit.
const CANDIDATE_BUDGET: u64 = MAX_QUOTE_CANDIDATES / 16;

/// A quote of an article's part: article, part, the quote.
type Quote<'b> = (ArticleIx, Part, &'b str);

/// What one selector stands for: a quote, with the figure and attribution of its mentions.
type Selected<'m> = (
    ArticleIx,
    Part,
    &'m str,
    Option<Figure>,
    Option<&'m Attribution>,
);

/// What mention `m`, which marks `quote`, is written as.
fn selected<'m>(quote: &'m str, m: &'m Mention) -> Selected<'m> {
    (m.article, m.part, quote, m.figure, m.attribution.as_deref())
}

/// Writes mentions of one briefing as selectors, remembering the matches of each quote it
/// searched for (see the module's documentation for what it writes).
pub struct Mentions<'b> {
    b: &'b Briefing,
    /// Every whole-word match of each quote searched, or None when the search was over
    /// budget.
    matches: HashMap<Quote<'b>, Option<Vec<Range<usize>>>>,
    searched: u64,
    candidates: Cell<u64>,
}

/// How a selector selects its mention.
enum Select {
    /// The quote alone: all its matches are what is written for.
    Quote,
    /// The quote and its offsets.
    Offsets,
}

impl<'b> Mentions<'b> {
    pub fn new(b: &'b Briefing) -> Self {
        Mentions {
            b,
            matches: HashMap::new(),
            searched: 0,
            candidates: Cell::new(CANDIDATE_BUDGET),
        }
    }

    /// The text `m` marks.
    fn quote(&self, m: &Mention) -> &'b str {
        &self.b.articles[m.article].part(m.part)[m.bytes.clone()]
    }

    /// Every whole-word match of `m`'s quote in its part, if searching stays in budget.
    fn matches_of(&mut self, m: &Mention) -> Option<&[Range<usize>]> {
        let quote = self.quote(m);
        let text = self.b.articles[m.article].part(m.part);
        let (searched, candidates) = (&mut self.searched, &self.candidates);
        self.matches
            .entry((m.article, m.part, quote))
            .or_insert_with(|| {
                *searched += text.len() as u64;
                if *searched > SEARCH_BUDGET {
                    return None;
                }
                let sel = Selector {
                    quote,
                    ..Default::default()
                };
                let found: Vec<_> = quote_matches(text, sel, candidates).collect();
                (candidates.get() > 0).then_some(found)
            })
            .as_deref()
    }

    /// Selectors for `mentions`, in their order: one flow mapping for each line of a list.
    /// Mentions of one quote (and figure) that are all its matches share one selector,
    /// written where the first of them is.
    pub fn selectors(&mut self, mentions: &[&Mention]) -> Vec<String> {
        type Group<'m> = (&'m Mention, Vec<Range<usize>>);
        let mut groups: Vec<Group> = Vec::new();
        let mut by_quote: HashMap<Selected, usize> = HashMap::new();
        for m in mentions {
            let key = selected(self.quote(m), m);
            match by_quote.get(&key) {
                Some(&g) => groups[g].1.push(m.bytes.clone()),
                None => {
                    by_quote.insert(key, groups.len());
                    groups.push((m, vec![m.bytes.clone()]));
                }
            }
        }
        // The matches come in text order.
        let whole: Vec<bool> = groups
            .iter()
            .map(|(first, ranges)| {
                let blank = self.quote(first).trim().is_empty();
                !blank
                    && self.matches_of(first).is_some_and(|all| {
                        let mut sorted = ranges.clone();
                        sorted.sort_by_key(|r| (r.start, r.end));
                        all == sorted
                    })
            })
            .collect();
        let mut out = Vec::with_capacity(mentions.len());
        let mut written = vec![false; groups.len()];
        for m in mentions {
            let g = by_quote[&selected(self.quote(m), m)];
            match whole[g] {
                true if written[g] => {}
                true => {
                    written[g] = true;
                    out.push(self.selector(m, Select::Quote));
                }
                false => out.push(self.selector(m, Select::Offsets)),
            }
        }
        out
    }

    /// [`Self::selectors`] as the item lines of a block list, `{indent}- {…}{nl}` each.
    pub fn items(&mut self, mentions: &[&Mention], indent: &str, nl: &str) -> String {
        self.selectors(mentions)
            .into_iter()
            .map(|item| format!("{indent}- {item}{nl}"))
            .collect()
    }

    /// One mention as a YAML flow mapping: `{article: "en", quote: "Bamako"}`, with
    /// `part: headline` for a headline's, the offsets (in code points) as `select` says,
    /// and the figure for a casualty mention. White space alone is selected by its offsets
    /// only (the loader refuses a blank quote).
    fn selector(&self, m: &Mention, select: Select) -> String {
        let a = &self.b.articles[m.article];
        let quote = match self.quote(m) {
            q if q.trim().is_empty() => String::new(),
            q => format!(", quote: {}", json(q)),
        };
        let offsets = match select {
            Select::Quote => String::new(),
            Select::Offsets => format!(", start: {}, end: {}", m.chars.start, m.chars.end),
        };
        let figure = m
            .figure
            .map(|f| format!(", figure: {}", self::figure(&f)))
            .unwrap_or_default();
        let part = match m.part {
            Part::Text => "",
            Part::Headline => ", part: headline",
        };
        let claims = m
            .attribution
            .as_deref()
            .map(|at| attribution(self.b, at))
            .unwrap_or_default();
        format!(
            "{{article: {}{part}{quote}{offsets}{figure}{claims}}}",
            json(&a.id)
        )
    }
}

/// A figure's attribution as the keys of its mention's flow mapping, each after ", ":
/// `, said_by: [director], claim: denied, denied_by: [army], part_of: killed, trend: rose`
/// (only those set).
pub fn attribution(b: &Briefing, at: &Attribution) -> String {
    let ids = |list: &[EntityIx]| -> String {
        let ids: Vec<&str> = list.iter().map(|&e| b.entities[e].id.as_str()).collect();
        links(&ids)
    };
    let mut out = String::new();
    if !at.said_by.is_empty() {
        let _ = write!(out, ", said_by: {}", ids(&at.said_by));
    }
    if at.claim != Claim::Reported {
        let _ = write!(out, ", claim: {}", at.claim.as_str());
    }
    if !at.denied_by.is_empty() {
        let _ = write!(out, ", denied_by: {}", ids(&at.denied_by));
    }
    if let Some(whole) = at.part_of {
        let _ = write!(out, ", part_of: {}", scalar(&b.entities[whole].id));
    }
    if let Some(trend) = at.trend {
        let _ = write!(out, ", trend: {}", trend.as_str());
    }
    out
}

/// An actor's responsibility entries as a YAML flow list:
/// `[{stance: blamed, by: [army], article: en}]`.
pub fn responsibility(b: &Briefing, entries: &[Responsibility]) -> String {
    let items: Vec<String> = entries
        .iter()
        .map(|r| {
            let mut item = format!("{{stance: {}", r.stance.as_str());
            if !r.by.is_empty() {
                let by: Vec<&str> = r.by.iter().map(|&e| b.entities[e].id.as_str()).collect();
                let _ = write!(item, ", by: {}", links(&by));
            }
            if let Some(a) = r.article {
                let _ = write!(item, ", article: {}", json(&b.articles[a].id));
            }
            item.push('}');
            item
        })
        .collect();
    format!("[{}]", items.join(", "))
}

/// A figure as a YAML flow mapping: `{type: killed, count: 20, qualifier: at-least}`; a
/// vague one has no count (the format derives it); `count_max`, `superseded` and `as_of`
/// only when set.
pub fn figure(f: &Figure) -> String {
    let mut out = format!("{{type: {}", f.kind.as_str());
    if !f.qualifier.is_vague() {
        let _ = write!(out, ", count: {}", f.count);
        if let Some(max) = f.count_max {
            let _ = write!(out, ", count_max: {max}");
        }
    }
    let _ = write!(out, ", qualifier: {}", f.qualifier.as_str());
    if f.superseded {
        out.push_str(", superseded: true");
    }
    if let Some(at) = f.as_of {
        let _ = write!(out, ", as_of: {}", json(at.as_str()));
    }
    out.push('}');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::EntityIx;
    use crate::briefing::{FigureType, Moment, Qualifier, bundled};

    #[test]
    fn figures_write_what_they_hold() {
        let mut f = Figure {
            kind: FigureType::Killed,
            count: 20,
            count_max: Some(25),
            qualifier: Qualifier::About,
            superseded: true,
            as_of: Some(Moment::try_from("2017-06-18T10:00Z".to_string()).unwrap()),
        };
        assert_eq!(
            figure(&f),
            "{type: killed, count: 20, count_max: 25, qualifier: about, superseded: true, as_of: \"2017-06-18T10:00Z\"}"
        );
        f = Figure {
            qualifier: Qualifier::Dozens,
            count: 12,
            count_max: None,
            superseded: false,
            as_of: None,
            ..f
        };
        assert_eq!(figure(&f), "{type: killed, qualifier: dozens}");
    }

    /// The bundled briefing's English article, and a mention of `bytes` in it.
    fn mention_at(b: &Briefing, bytes: Range<usize>) -> Mention {
        let text = &b.articles[0].text;
        let start = text[..bytes.start].chars().count();
        Mention {
            entity: EntityIx(0),
            article: ArticleIx(0),
            part: Part::Text,
            chars: start..start + text[bytes.clone()].chars().count(),
            bytes,
            figure: None,
            attribution: None,
        }
    }

    #[test]
    fn mentions_select_by_one_quote_for_all_else_offsets() {
        let b = bundled().unwrap().briefing;
        let text = &b.articles[0].text;
        let all: Vec<Mention> = text
            .match_indices("Bamako")
            .map(|(at, _)| mention_at(&b, at..at + 6))
            .collect();
        assert!(all.len() > 1);
        let refs: Vec<&Mention> = all.iter().collect();
        let mut w = Mentions::new(&b);
        assert_eq!(w.selectors(&refs), ["{article: \"en\", quote: \"Bamako\"}"]);
        // One of several: its offsets.
        let one = w.selectors(&refs[1..2]);
        let (start, end) = (all[1].chars.start, all[1].chars.end);
        assert_eq!(
            one,
            [format!(
                "{{article: \"en\", quote: \"Bamako\", start: {start}, end: {end}}}"
            )]
        );
        // White space: offsets alone.
        let at = text.find(' ').unwrap();
        let blank = mention_at(&b, at..at + 1);
        let (start, end) = (blank.chars.start, blank.chars.end);
        let written = format!("{{article: \"en\", start: {start}, end: {end}}}");
        assert_eq!(w.selectors(&[&blank]), [written]);
        // Inside a word: offsets too.
        let at = text.find("Bamako").unwrap();
        let inside = mention_at(&b, at + 1..at + 4);
        assert!(w.selectors(&[&inside])[0].ends_with(&format!(
            "quote: \"ama\", start: {}, end: {}}}",
            inside.chars.start, inside.chars.end
        )));
    }

    #[test]
    fn plain_only_when_it_reads_back() {
        assert_eq!(scalar("bamako-2"), "bamako-2");
        assert_eq!(scalar("true"), "\"true\"");
        assert_eq!(scalar("2017"), "\"2017\"");
        assert_eq!(scalar("a.b"), "\"a.b\"");
        assert_eq!(scalar(""), "\"\"");
    }

    #[test]
    fn strings_escape_what_yaml_or_a_terminal_cannot_take_raw() {
        let s = "a\u{9b}b\u{7f}c\u{1b}d\u{202e}e\u{200f}f\u{2028}g\"h\\i\nj\tk\u{85}l مالي";
        let written = json(s);
        assert_eq!(
            written,
            "\"a\\u009bb\\u007fc\\u001bd\\u202ee\\u200ff\\u2028g\\\"h\\\\i\\nj\\tk\\u0085l مالي\""
        );
        assert!(written.chars().all(|c| !escaped(c)));
        let back: String = serde_yaml::from_str(&written).unwrap();
        assert_eq!(back, s);
    }
}
