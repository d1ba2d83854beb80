//! Mentions in headlines (`part: headline`): they resolve in the headline, are kept apart from
//! the text's mentions, are highlighted where the headline is shown, and the JSON export says
//! which part they are in. Problems are located in the headline.

use std::path::Path;
use std::process::Command;

use briefing::briefing::{Part, load_path};

const FIXTURE: &str = "tests/fixtures/headlines/headlines.yaml";

fn briefing(args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_briefing"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run briefing");
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (out.status.code(), text(out.stdout), text(out.stderr))
}

#[test]
fn headline_mentions_resolve_in_the_headline() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE);
    let b = load_path(&path, 1 << 20).unwrap().briefing;
    assert_eq!(b.headline_mentions.len(), 2);
    for m in &b.headline_mentions {
        assert_eq!(m.part, Part::Headline);
        assert_eq!(b.entities[m.entity].id, "bamako");
        let headline = &b.articles[m.article].headline;
        assert_eq!(&headline[m.bytes.clone()], b.mention_text(m));
        let by_chars: String = headline
            .chars()
            .skip(m.chars.start)
            .take(m.chars.len())
            .collect();
        assert_eq!(by_chars, b.mention_text(m));
    }
    assert_eq!(b.mention_text(&b.headline_mentions[1]), "باماكو");
    // The text's mentions are those of the same file without the headline selectors.
    assert!(b.mentions.iter().all(|m| m.part == Part::Text));
    let plain = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .filter(|l| !l.contains("part: headline"))
        .collect::<Vec<_>>()
        .join("\n");
    let without = briefing::briefing::load_str("p.yaml", &plain)
        .unwrap()
        .briefing;
    assert_eq!(without.mentions, b.mentions);
    assert!(without.headline_mentions.is_empty());
}

#[test]
fn headline_mentions_are_highlighted_and_exported_with_their_part() {
    let (code, out, _) = briefing(&["render", FIXTURE, "--color", "always", "--width", "100"]);
    assert_eq!(code, Some(0));
    let headline = out.lines().find(|l| l.contains("Gunmen attack")).unwrap();
    // The headline's look, then the place's colour over it for "Bamako".
    assert!(
        headline.starts_with(
            "\u{1b}[1mGunmen attack resort near \u{1b}[0m\u{1b}[38;5;2m\u{1b}[1mBamako\u{1b}[0m"
        ),
        "{headline:?}"
    );

    let (code, json, _) = briefing(&["export", FIXTURE, "--format", "json"]);
    assert_eq!(code, Some(0));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let mentions = v["mentions"].as_array().unwrap();
    let in_headline: Vec<_> = mentions
        .iter()
        .filter(|m| m["part"] == "headline")
        .collect();
    assert_eq!(in_headline.len(), 2);
    assert_eq!(in_headline[0]["text"], "Bamako");
    assert_eq!(
        in_headline[0]["chars"],
        serde_json::json!({"start": 26, "end": 32})
    );
    // Text mentions say no part; the entity lists its headline mentions after the others.
    assert!(mentions.iter().filter(|m| m.get("part").is_none()).count() == 8);
    let bamako = &v["entities"][0];
    assert_eq!(bamako["mentions"], serde_json::json!([0, 3, 5, 8, 9]));
}

#[test]
fn problems_in_headline_mentions_are_located_in_the_headline() {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("h.yaml");
    std::fs::write(
        &path,
        text.replace(
            "part: headline, quote: Bamako}",
            "part: headline, quote: bamako}",
        ),
    )
    .unwrap();
    let (code, _, stderr) = briefing(&["check", path.to_str().unwrap()]);
    assert_eq!(code, Some(1));
    assert_eq!(
        stderr.lines().next().unwrap(),
        format!(
            "{}:28:46: error: quote \"bamako\" not found in the headline of article \"en\"; did you mean \"Bamako\" at 9:41 (differs in letter case)?",
            path.display()
        )
    );
    std::fs::write(
        &path,
        text.replace(
            "part: headline, quote: Bamako}",
            "part: title, quote: Bamako}",
        ),
    )
    .unwrap();
    let (code, _, stderr) = briefing(&["check", path.to_str().unwrap()]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains(":28:29: error: entities[0].mentions[1].part: unknown variant `title`, expected `text` or `headline`"),
        "{stderr}"
    );
}
