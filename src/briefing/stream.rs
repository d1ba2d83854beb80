//! The loader's lean path: a serde `Deserializer` that pulls events from yaml-rust2's parser
//! one at a time and moves each scalar's string into the field it fills.
//!
//! serde_yaml first collects every event of the document, each scalar copied, and only then
//! deserializes: on a big briefing that list (tens of thousands of mentions, several events
//! each) and the copies of the article texts are most of loading's memory. Here nothing is
//! kept but the parser's state and the value being built. [`from_str`] reads only what it
//! reads exactly as serde_yaml does: one document without anchors, aliases or tags, plain
//! scalars resolved by serde_yaml's rules (null, booleans, numbers, else text), in a text
//! without any character of [`defers_on`]: those libyaml's reader refuses (outside YAML 1.1's
//! printable set, NUL included, which yaml-rust2 takes for the end of the text) and those the
//! two parsers read differently (tabs, YAML 1.1's extra line breaks NEL, LS and PS, the byte
//! order mark), ending with a line break, with no plain scalar starting with an indicator
//! (yaml-rust2 reads `{id: |x}`). Anything else, and every error, gives `None`: the loader
//! then runs serde_yaml, whose diagnostics are the ones reported, so messages and positions
//! do not depend on this path. The tests compare both on every briefing in the repository,
//! on random bytes spliced into briefings ([`agrees_with_serde_yaml`], also the
//! differential fuzz target's check).

use std::fmt;

use serde::de::value::StringDeserializer;
use serde::de::{self, DeserializeOwned, DeserializeSeed, IntoDeserializer, Visitor};
use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::TScalarStyle;

use super::raw::RawBriefing;
use textlayout::textscan;

/// `text` deserialized as `T`, or `None` when this path cannot vouch for the result.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Option<T> {
    // Without a final line break, the last line of a block scalar is read differently.
    if !text.ends_with('\n') || textscan::any_char(text, could_start_deferred, defers_on) {
        return None;
    }
    let mut events = Events {
        parser: Parser::new_from_str(text),
    };
    events.expect(|e| matches!(e, Event::StreamStart)).ok()?;
    events.expect(|e| matches!(e, Event::DocumentStart)).ok()?;
    let value = T::deserialize(&mut events).ok()?;
    events.expect(|e| matches!(e, Event::DocumentEnd)).ok()?;
    events.expect(|e| matches!(e, Event::StreamEnd)).ok()?;
    Some(value)
}

/// Whether this path leaves a text holding `c` to serde_yaml: libyaml's reader refuses every
/// character outside YAML 1.1's printable set (C0 controls but line feed, carriage return and
/// tab; DEL; C1 controls but NEL; U+FFFE and U+FFFF; surrogates cannot be in a `str`), with
/// a located error, where yaml-rust2 reads most of them and stops at NUL. Tabs, NEL, LS and
/// PS are read differently by the two parsers, and libyaml skips a byte order mark at the
/// start of a line where yaml-rust2 keeps it.
fn defers_on(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\r'))
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}'
        )
}

/// True of the first byte of every character [`defers_on`] is true of: C0 bytes but line
/// feed and carriage return, DEL, the lead byte of U+0080..U+009F, of U+2028/U+2029 and of
/// U+FEFF/U+FFFE/U+FFFF.
fn could_start_deferred(b: u8) -> bool {
    (b < 0x20 && b != b'\n' && b != b'\r') || matches!(b, 0x7f | 0xc2 | 0xe2 | 0xef)
}

/// The differential check of the tests and the fuzz target: `Ok(true)` when this path reads
/// `text` as a briefing and serde_yaml reads it the same, `Ok(false)` when this path leaves
/// it to serde_yaml, `Err` with both readings when they differ.
pub fn agrees_with_serde_yaml(text: &str) -> std::result::Result<bool, String> {
    let Some(lean) = from_str::<RawBriefing>(text) else {
        return Ok(false);
    };
    let lean = format!("{lean:?}");
    match serde_yaml::from_str::<RawBriefing>(text).map(|full| format!("{full:?}")) {
        Ok(full) if full == lean => Ok(true),
        full => Err(format!(
            "the lean path read {lean}\nserde_yaml read {full:?}"
        )),
    }
}

/// Why the lean path gave up; never shown (serde_yaml explains).
#[derive(Debug)]
struct Bail;

impl fmt::Display for Bail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not for the lean path")
    }
}

impl std::error::Error for Bail {}

impl de::Error for Bail {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Bail
    }
}

type Result<T> = std::result::Result<T, Bail>;

struct Events<'a> {
    parser: Parser<std::str::Chars<'a>>,
}

impl Events<'_> {
    fn next(&mut self) -> Result<Event> {
        self.parser.next_token().map(|(e, _)| e).map_err(|_| Bail)
    }

    fn peek(&mut self) -> Result<&Event> {
        self.parser.peek().map(|(e, _)| e).map_err(|_| Bail)
    }

    fn expect(&mut self, want: impl Fn(&Event) -> bool) -> Result<()> {
        if want(&self.next()?) {
            Ok(())
        } else {
            Err(Bail)
        }
    }

    /// The first event of the next node; anchors, aliases and tags are not for this path, nor
    /// a plain scalar that starts with an indicator (yaml-rust2 reads `{id: |x}` and
    /// `{id: :x}`, libyaml refuses them).
    fn node(&mut self) -> Result<Event> {
        match self.next()? {
            Event::Scalar(v, TScalarStyle::Plain, ..) if v.starts_with(INDICATORS) => Err(Bail),
            e @ (Event::Scalar(_, _, 0, None)
            | Event::SequenceStart(0, None)
            | Event::MappingStart(0, None)) => Ok(e),
            _ => Err(Bail),
        }
    }

    /// The next node as a scalar: its text and whether it is plain.
    fn scalar(&mut self) -> Result<(String, bool)> {
        match self.node()? {
            Event::Scalar(v, style, ..) => Ok((v, style == TScalarStyle::Plain)),
            _ => Err(Bail),
        }
    }

    /// Whether the next node is a plain null (empty, `~`, `null`, `Null`, `NULL`).
    fn null_next(&mut self) -> Result<bool> {
        Ok(match self.peek()? {
            Event::Scalar(v, TScalarStyle::Plain, 0, None) => v.is_empty() || is_null(v),
            _ => false,
        })
    }
}

/// YAML's indicators but `-`: none can start a plain scalar, but `?` and `:` before a
/// non-space outside `[ ]` and `{ }` (which libyaml refuses inside them).
const INDICATORS: [char; 18] = [
    ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', '?', ':',
];

fn is_null(v: &str) -> bool {
    matches!(v, "~" | "null" | "Null" | "NULL")
}

fn parse_bool(v: &str) -> Option<bool> {
    match v {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

/// What serde_yaml makes of a plain scalar of digits: a number, unless it has leading zeros
/// (YAML 1.2 reads `007` as text). `None` for anything else.
fn plain_u64(v: &str) -> Option<u64> {
    let digits = !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit());
    let leading_zero = v.len() > 1 && v.starts_with('0');
    (digits && !leading_zero).then(|| v.parse().ok()).flatten()
}

/// Whether serde_yaml could read a plain scalar as something other than null, a boolean, a
/// number of digits or text (a signed, hexadecimal, octal, binary, decimal-point or infinite
/// number, NaN, or a number too large for `u64`): such scalars are left to serde_yaml.
fn maybe_other_number(v: &str) -> bool {
    let unsigned = v.strip_prefix(['+', '-']).unwrap_or(v);
    v.parse::<f64>().is_ok_and(f64::is_finite)
        || ["0x", "0o", "0b"].iter().any(|p| unsigned.starts_with(p))
        || matches!(unsigned.to_ascii_lowercase().as_str(), ".inf" | ".nan")
}

/// Visits a plain scalar as serde_yaml's `visit_untagged_scalar` does.
fn visit_plain<'de, V: Visitor<'de>>(v: String, visitor: V) -> Result<V::Value> {
    if v.is_empty() || is_null(&v) {
        return visitor.visit_unit();
    }
    if let Some(b) = parse_bool(&v) {
        return visitor.visit_bool(b);
    }
    if let Some(n) = plain_u64(&v) {
        return visitor.visit_u64(n);
    }
    // serde_yaml's `digits_but_not_number`: leading zeros make text.
    let zero_led = v.len() > 1 && v.starts_with('0') && v.bytes().all(|b| b.is_ascii_digit());
    if !zero_led && maybe_other_number(&v) {
        return Err(Bail);
    }
    visitor.visit_string(v)
}

/// Sequence and mapping access: items until the closing event, which it consumes.
struct Items<'e, 'a> {
    events: &'e mut Events<'a>,
    ended: bool,
}

impl Items<'_, '_> {
    /// Whether the closing event is next (it is then read) or was read.
    fn at_end(&mut self) -> Result<bool> {
        if !self.ended && matches!(self.events.peek()?, Event::SequenceEnd | Event::MappingEnd) {
            self.events.next()?;
            self.ended = true;
        }
        Ok(self.ended)
    }

    /// The next item, or `None` at the end.
    fn item<'de, T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        if self.at_end()? {
            return Ok(None);
        }
        seed.deserialize(&mut *self.events).map(Some)
    }
}

impl<'de> de::SeqAccess<'de> for Items<'_, '_> {
    type Error = Bail;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        self.item(seed)
    }
}

impl<'de> de::MapAccess<'de> for Items<'_, '_> {
    type Error = Bail;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        self.item(seed)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        seed.deserialize(&mut *self.events)
    }
}

impl<'a> Events<'a> {
    /// Visits a collection whose start event was just read; the visitor must read it whole.
    fn collection<'de, V: Visitor<'de>>(&mut self, seq: bool, visitor: V) -> Result<V::Value> {
        let mut items = Items {
            events: self,
            ended: false,
        };
        let value = if seq {
            visitor.visit_seq(&mut items)?
        } else {
            visitor.visit_map(&mut items)?
        };
        if items.at_end()? {
            Ok(value)
        } else {
            Err(Bail)
        }
    }
}

/// Methods for types no briefing field has: left to serde_yaml.
macro_rules! not_for_this_path {
    ($($method:ident)*) => {
        $(fn $method<V: Visitor<'de>>(self, _: V) -> Result<V::Value> {
            Err(Bail)
        })*
    };
}

impl<'de> de::Deserializer<'de> for &mut Events<'_> {
    type Error = Bail;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.node()? {
            Event::Scalar(v, TScalarStyle::Plain, ..) => visit_plain(v, visitor),
            Event::Scalar(v, ..) => visitor.visit_string(v),
            Event::SequenceStart(..) => self.collection(true, visitor),
            _ => self.collection(false, visitor),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.scalar()? {
            (v, true) => visitor.visit_bool(parse_bool(&v).ok_or(Bail)?),
            _ => Err(Bail),
        }
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.scalar()? {
            (v, true) => visitor.visit_u64(plain_u64(&v).ok_or(Bail)?),
            _ => Err(Bail),
        }
    }

    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_string(self.scalar()?.0)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        if self.null_next()? {
            self.next()?;
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.node()? {
            Event::SequenceStart(..) => self.collection(true, visitor),
            _ => Err(Bail),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.node()? {
            Event::MappingStart(..) => self.collection(false, visitor),
            _ => Err(Bail),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        self.deserialize_map(visitor)
    }

    /// Unit variants only, named by a scalar of any style.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        let name: StringDeserializer<Bail> = self.scalar()?.0.into_deserializer();
        visitor.visit_enum(name)
    }

    not_for_this_path! {
        deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_i128
        deserialize_u128 deserialize_f32 deserialize_f64 deserialize_char deserialize_bytes
        deserialize_byte_buf deserialize_unit deserialize_ignored_any
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _: &'static str, _: V) -> Result<V::Value> {
        Err(Bail)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: V,
    ) -> Result<V::Value> {
        Err(Bail)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value> {
        Err(Bail)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: usize,
        _: V,
    ) -> Result<V::Value> {
        Err(Bail)
    }
}

#[cfg(test)]
mod tests;
