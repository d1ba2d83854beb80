//! Where the event pass finds entities, keys and mention items.

use super::*;

const DOC: &str = "\
id: x
entities:
  # first
  - id: a
    name: A   # c
    mentions:
      - {article: en, quote: A}
      - article: en
        quote: B

  - {id: b, kind: place}
# end
";

#[test]
fn entities_keys_and_items_have_their_lines() {
    let lines = Lines::new(DOC);
    let list = lines.spans(false).entities.unwrap();
    assert_eq!((list.key_line, list.flow), (1, false));
    let [a, b] = &list.items[..] else {
        panic!("{:?}", list.items)
    };
    assert_eq!((a.start, lines.trim(a.start, a.end), a.flow), (3, 9, false));
    assert_eq!(
        (b.start, lines.trim(b.start, b.end), b.flow),
        (10, 11, true)
    );
    let name = a.key("name").unwrap();
    assert_eq!(
        (name.key_at, name.value_at),
        (At { line: 4, col: 4 }, At { line: 4, col: 10 })
    );
    assert!(!name.block && !name.flow);
    let mentions = a.key("mentions").unwrap();
    assert!(mentions.block);
    let starts: Vec<usize> = mentions.items.iter().map(|i| i.line).collect();
    assert_eq!(starts, [6, 7]);
    assert_eq!(lines.trim(mentions.key_at.line, mentions.end), 9);
}

#[test]
fn parsing_from_the_entities_key_finds_the_same_lines() {
    let doc = format!("articles:\n  - id: en\n    text: |\n      entities: not a key\n{DOC}");
    let lines = Lines::new(&doc);
    let (fast, full) = (lines.spans(true), lines.spans(false));
    let starts = |s: &Spans| -> Vec<(usize, usize)> {
        let items = &s.entities.as_ref().unwrap().items;
        items.iter().map(|e| (e.start, e.end)).collect()
    };
    assert_eq!(starts(&fast), [(7, 14), (14, 15)]);
    assert_eq!(starts(&fast), starts(&full));
    // An alias to an anchor above the entities: the whole file is parsed.
    let aliased = "source: &s Wire\nentities:\n  - id: a\n    name: *s\n";
    let list = Lines::new(aliased).spans(true).entities.unwrap();
    assert_eq!((list.items.len(), list.items[0].start), (1, 2));
    assert!(list.items[0].key("name").unwrap().anchored);
}

#[test]
fn anchors_and_missing_lists() {
    // Anchors and aliases belong to the keys that hold them, or to the entity.
    let anchored =
        "id: x\nentities:\n  - id: &i a\n    name: *i\n    kind: place\n  - &e\n    id: b\n";
    let list = Lines::new(anchored).spans(true).entities.unwrap();
    let e = &list.items[0];
    assert!(!e.anchored && e.key("id").unwrap().anchored && e.key("name").unwrap().anchored);
    assert!(!e.key("kind").unwrap().anchored);
    assert!(list.items[1].anchored);
    assert!(Lines::new("id: x\n").spans(true).entities.is_none());
    let empty = Lines::new("id: x\nentities: []\n")
        .spans(true)
        .entities
        .unwrap();
    assert!(empty.flow && empty.items.is_empty());
}
