//! A [`Diff`] printed: one line per change, `+` added, `−` removed, `~` changed ("+ place
//! Mosul (ar: الموصل): 3 mentions", "~ casualty Killed: wire 14 killed → 21 killed"), or
//! JSON (the documented shape in docs/TEAMS.md). Every string from a briefing goes through
//! `inert` (text) or JSON escaping with the invisible characters escaped too.

use serde::Serialize;

use super::{ArticleChange, Change, Diff, EntityChange, FieldChange};
use crate::briefing::diagnostic::{inert, quoted};

fn plural(n: usize, one: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {one}s")
    }
}

/// A field's change after `label`: `title "a" → "b"`, `url + "x"`, `summary − "y"`.
fn field(f: &FieldChange) -> String {
    let name = &f.field;
    match (&f.old, &f.new) {
        (None, Some(new)) => format!("{name} + {}", quoted(new)),
        (Some(old), None) => format!("{name} − {}", quoted(old)),
        (Some(old), Some(new)) => format!("{name} {} → {}", quoted(old), quoted(new)),
        (None, None) => name.clone(),
    }
}

fn article(a: &ArticleChange, lines: &mut Vec<String>) {
    match a.change {
        Change::Added => lines.push(format!("+ article {} ({})", a.id, a.lang)),
        Change::Removed => lines.push(format!("− article {} ({})", a.id, a.lang)),
        Change::Changed => {
            for f in &a.fields {
                let what = match (f.field.as_str(), &f.old, &f.new) {
                    ("text", Some(old), Some(new)) => format!(
                        "text changed ({} → {} characters)",
                        old.chars().count(),
                        new.chars().count()
                    ),
                    _ => field(f),
                };
                lines.push(format!("~ article {}: {what}", a.id));
            }
        }
    }
}

fn entity(e: &EntityChange, lines: &mut Vec<String>) {
    let label = format!("{} {}", e.kind.as_str(), e.name);
    match e.change {
        Change::Added => {
            let names: Vec<String> = e.names.iter().map(|(l, n)| format!("{l}: {n}")).collect();
            let names = match names.is_empty() {
                true => String::new(),
                false => format!(" ({})", names.join(", ")),
            };
            let count = plural(e.mention_count, "mention");
            lines.push(format!("+ {label}{names}: {count}"));
        }
        Change::Removed => lines.push(format!("− {label}")),
        Change::Changed => {
            let mut say = |what: String| lines.push(format!("~ {label}: {what}"));
            if let Some(old) = &e.old_id {
                say(format!("id {old} → {}", e.id));
            }
            e.fields.iter().for_each(|f| say(field(f)));
            for m in &e.mentions {
                let counts: Vec<String> = [("+", m.added), ("−", m.removed)]
                    .into_iter()
                    .filter(|(_, n)| *n > 0)
                    .map(|(sign, n)| format!("{sign}{n}"))
                    .collect();
                let noun = if m.added + m.removed == 1 {
                    "mention"
                } else {
                    "mentions"
                };
                say(format!("{} {} {noun}", m.article, counts.join(" ")));
            }
            let words = |list: &[String]| match list.is_empty() {
                true => "none".to_string(),
                false => list.join(", "),
            };
            for f in &e.figures {
                say(format!(
                    "{} {} → {}",
                    f.article,
                    words(&f.old),
                    words(&f.new)
                ));
            }
            e.links_added
                .iter()
                .for_each(|l| say(format!("link + {l}")));
            e.links_removed
                .iter()
                .for_each(|l| say(format!("link − {l}")));
        }
    }
}

/// The diff as text, one change a line (controls from the briefings escaped); a line says so
/// when nothing the model holds changed.
pub fn text(diff: &Diff) -> String {
    let mut lines: Vec<String> = diff
        .metadata
        .iter()
        .map(|f| match (&f.old, &f.new) {
            (None, Some(new)) => format!("+ {} {}", f.field, quoted(new)),
            (Some(old), None) => format!("− {} {}", f.field, quoted(old)),
            _ => format!("~ {}", field(f)),
        })
        .collect();
    diff.articles.iter().for_each(|a| article(a, &mut lines));
    diff.entities.iter().for_each(|e| entity(e, &mut lines));
    if diff.is_empty() {
        lines.push("no change to the metadata, articles or entities".into());
    }
    let mut out = String::new();
    for line in lines {
        out.push_str(&inert(&line));
        out.push('\n');
    }
    out
}

/// `text` (as [`text`] prints it) with each line coloured by its sign: `+` green, `−` red,
/// `~` yellow, the `diff --briefing` header bold. The text is inert already: the escape
/// sequences are the only ones in it.
pub fn colored(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for line in text.lines() {
        let color = match line.chars().next() {
            Some('+') => "32",
            Some('−') => "31",
            Some('~') => "33",
            _ if line.starts_with("diff --briefing ") => "1",
            _ => "",
        };
        match color {
            "" => out.push_str(line),
            color => out.push_str(&format!("\x1b[{color}m{line}\x1b[0m")),
        }
        out.push('\n');
    }
    out
}

#[derive(Serialize)]
struct JsonDiff<'a> {
    a: &'a str,
    b: &'a str,
    #[serde(flatten)]
    diff: &'a Diff,
}

/// The diff as pretty-printed JSON; `a` and `b` name the two versions.
pub fn json(diff: &Diff, a: &str, b: &str) -> String {
    // Strings, numbers and maps of strings always serialise.
    let mut text = serde_json::to_string_pretty(&JsonDiff { a, b, diff }).unwrap_or_default();
    text.push('\n');
    crate::export::json::escape_invisible(text)
}
