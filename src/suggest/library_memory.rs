//! The library's memory: every actor and place already marked in the user's briefings, as
//! a gazetteer of their own annotations (`suggest --library DIR`). Once an analyst has
//! linked الموصل to Mosul in one briefing, a later draft proposes both names as that
//! entity, with its id.
//!
//! Data flows in two steps. [`Memory::load`] walks the folder as the library screen does
//! (`library::walk`, bounded in depth and entries), loads at most [`MAX_FILES`] briefings
//! (each at most `--max-size`; invalid ones are skipped and counted), and keeps each
//! entity's id, kind and names in every language (an entity of one id, or of one name, in
//! several briefings is one, with the names of all). The entities' `links` (relations such
//! as a figure's place) are not proposed: `suggest` proposes no links. Generic nouns ("gunmen", مسلحون) are not remembered: the gunmen of one
//! briefing are not those of the next. Names are kept as their words folded
//! (`tokens::tokenize`, search folding). [`Memory::find`] then looks for those words in a
//! text, the longest name first, an Arabic first word also without its proclitics
//! (بالموصل), as the loader matches quotes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rustc_hash::FxHashMap;

use super::candidate::Candidate;
use super::names_ar::{skip_letters, without_proclitics};
use super::tokens::{Token, tokenize};
use crate::briefing::{Briefing, EntityKind, load_path};
use crate::library::walk::walk;

/// Briefings read from one library at most.
pub const MAX_FILES: usize = 5_000;

/// Words in a remembered name at most (longer names are not looked for).
const MAX_WORDS: usize = 8;

/// An entity of the user's briefings.
#[derive(Debug, Clone, PartialEq)]
pub struct Remembered {
    pub id: String,
    pub kind: EntityKind,
    pub name: String,
    /// Names per language tag, from every briefing that has it.
    pub names: BTreeMap<String, String>,
    /// The briefing it was first marked in.
    pub file: PathBuf,
}

/// The entities of a library, and their names folded.
#[derive(Debug, Default)]
pub struct Memory {
    entities: Vec<Remembered>,
    by_id: FxHashMap<String, usize>,
    by_name: FxHashMap<String, usize>,
    /// Briefings read, and files skipped (invalid or unreadable).
    pub read: usize,
    pub skipped: usize,
}

/// Why a library could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum MemoryError {
    #[error("not a folder of briefings")]
    NotAFolder { path: PathBuf },
}

/// A name's words, folded, joined by single spaces (how [`Memory::find`] reads texts).
fn key(name: &str) -> String {
    let words: Vec<String> = tokenize(name).into_iter().map(|t| t.folded).collect();
    words.join(" ")
}

impl Memory {
    /// The entities of every briefing below `dir` (see the module comment for the bounds).
    pub fn load(dir: &Path, max_size: u64) -> Result<Memory, MemoryError> {
        if !dir.is_dir() {
            return Err(MemoryError::NotAFolder {
                path: dir.to_path_buf(),
            });
        }
        let mut memory = Memory::default();
        for found in walk(dir) {
            if found.stamp.is_err() || memory.read >= MAX_FILES {
                memory.skipped += 1;
                continue;
            }
            match load_path(&found.path, max_size) {
                Ok(loaded) => {
                    memory.read += 1;
                    memory.remember(&loaded.briefing, &found.path);
                }
                Err(_) => memory.skipped += 1,
            }
        }
        Ok(memory)
    }

    /// Adds the actors and places of one briefing; an id or a name remembered before keeps
    /// its first entity (names of other languages are added to it).
    pub fn remember(&mut self, briefing: &Briefing, file: &Path) {
        for entity in &briefing.entities {
            if entity.kind == EntityKind::Casualty || super::link::is_generic(&entity.name) {
                continue;
            }
            let all: Vec<String> = std::iter::once(entity.name.clone())
                .chain(entity.names.values().cloned())
                .collect();
            let known = self
                .by_id
                .get(&entity.id)
                .copied()
                .or_else(|| all.iter().find_map(|n| self.by_name.get(&key(n)).copied()));
            let index = match known {
                Some(i) => {
                    for (lang, name) in entity.names.clone() {
                        self.entities[i].names.entry(lang).or_insert(name);
                    }
                    i
                }
                None => {
                    self.entities.push(Remembered {
                        id: entity.id.clone(),
                        kind: entity.kind,
                        name: entity.name.clone(),
                        names: entity.names.clone(),
                        file: file.to_path_buf(),
                    });
                    self.by_id
                        .insert(entity.id.clone(), self.entities.len() - 1);
                    self.entities.len() - 1
                }
            };
            for name in all {
                let k = key(&name);
                if k.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && k.split(' ').count() <= MAX_WORDS
                {
                    self.by_name.entry(k).or_insert(index);
                }
            }
        }
    }

    pub fn get(&self, i: usize) -> &Remembered {
        &self.entities[i]
    }

    pub fn len(&self) -> usize {
        self.entities.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }

    /// Remembered names in `text` (whose words are `tokens`), each with its entity, the
    /// longest name first at each word; `skip` leaves entities out (the briefing's own).
    pub fn find(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        skip: &dyn Fn(&Remembered) -> bool,
    ) -> Vec<(Candidate, usize)> {
        let mut out = Vec::new();
        if self.by_name.is_empty() {
            return out;
        }
        let mut i = 0;
        while i < tokens.len() {
            let (bare, dropped) = without_proclitics(&tokens[i].folded);
            let mut best = None;
            for first in [(tokens[i].folded.as_str(), 0), (bare.as_ref(), dropped)] {
                let mut name = first.0.to_string();
                for n in 0..MAX_WORDS.min(tokens.len() - i) {
                    let j = i + n;
                    if n > 0 {
                        if tokens[j].sentence_start {
                            break;
                        }
                        name.push(' ');
                        name.push_str(&tokens[j].folded);
                    }
                    if let Some(&e) = self.by_name.get(&name)
                        && !skip(&self.entities[e])
                        && best.is_none_or(|(_, end, _)| j > end)
                    {
                        best = Some((e, j, first.1));
                    }
                }
            }
            let Some((e, end, dropped)) = best else {
                i += 1;
                continue;
            };
            let range = skip_letters(&tokens[i], dropped).start..tokens[end].range.end;
            let remembered = &self.entities[e];
            out.push((
                Candidate {
                    name: text[range.clone()].to_string(),
                    range,
                    kind: remembered.kind,
                    place_key: None,
                    confidence: 0.85,
                    why: format!(
                        "an entity of your library (\"{}\", marked in {})",
                        remembered.id,
                        remembered.file.display()
                    )
                    .into(),
                    generic: false,
                },
                e,
            ));
            i = end + 1;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::load_str;

    const MARKED: &str = r#"
id: mosul-1
title: One
date: 2017-01-01
articles:
  - id: en
    lang: en
    source: s
    headline: h
    text: Fighting in Mosul. Gunmen fled.
  - id: ar
    lang: ar
    source: s
    headline: ع
    text: قتال في الموصل
entities:
  - id: mosul
    kind: place
    name: Mosul
    names: {en: Mosul, ar: الموصل}
    mentions: [{article: en, quote: Mosul}, {article: ar, quote: الموصل}]
  - id: gunmen
    kind: actor
    name: Gunmen
    mentions: [{article: en, quote: Gunmen}]
"#;

    fn memory() -> Memory {
        let b = load_str("one.yaml", MARKED).expect("valid").briefing;
        let mut m = Memory::default();
        m.remember(&b, Path::new("one.yaml"));
        // The same place in a second briefing, under another id: one entity.
        let again = MARKED.replace("id: mosul\n", "id: mosul-city\n");
        let b = load_str("two.yaml", &again).expect("valid").briefing;
        m.remember(&b, Path::new("two.yaml"));
        m
    }

    fn found(m: &Memory, text: &str) -> Vec<(String, String)> {
        m.find(text, &tokenize(text), &|_| false)
            .into_iter()
            .map(|(c, e)| (text[c.range].to_string(), m.get(e).id.clone()))
            .collect()
    }

    #[test]
    fn one_entity_with_every_name() {
        let m = memory();
        assert_eq!(m.len(), 1, "one Mosul in two briefings; gunmen are generic");
        let mosul = m.get(0);
        assert_eq!(mosul.id, "mosul");
        assert_eq!(mosul.names["ar"], "الموصل");
        assert_eq!(mosul.names["en"], "Mosul");
    }

    #[test]
    fn names_in_texts_with_proclitics() {
        let m = memory();
        assert_eq!(
            found(&m, "Back in MOSUL today"),
            [("MOSUL".into(), "mosul".into())]
        );
        assert_eq!(
            found(&m, "عاد إلى بالموصل والموصل"),
            [
                ("الموصل".into(), "mosul".into()),
                ("الموصل".into(), "mosul".into())
            ]
        );
        assert!(found(&m, "Gunmen and Mosulans").is_empty());
        assert!(
            m.find("Mosul", &tokenize("Mosul"), &|r| r.id == "mosul")
                .is_empty()
        );
    }
}
