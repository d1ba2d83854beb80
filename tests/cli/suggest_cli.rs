//! `briefing suggest` run as the real binary on a small briefing: the review list (golden),
//! the JSON (fields, code-point offsets that select the quote, headline parts), `--apply`
//! round trips (OUT loads and passes `check`, FILE unchanged on disk and its lines, comments
//! included, all in OUT in order, new mentions of the known entity, the headline left out
//! and said so), `--min-confidence`, refusals (existing OUT, `entities: []`), no control
//! character from the briefing on stdout, the library's memory (`--library`: an entity
//! marked in one briefing proposed by id in the next), `--generic yes|no`, links by
//! sound only between names, and the figures' speakers and rises that `--apply` writes.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use crate::common;
use briefing::briefing::{EntityKind, load_path};

fn suggest(args: &[&str]) -> Output {
    common::briefing()
        .arg("suggest")
        .args(args)
        .output()
        .expect("the binary runs")
}

fn small() -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/new/suggest-small.yaml")
        .display()
        .to_string()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn review_list() {
    let out = suggest(&[&small()]);
    assert!(out.status.success(), "{}", stderr(&out));
    insta::assert_snapshot!("suggest_review_list", stdout(&out));
}

#[test]
fn json_fields_and_offsets() {
    let out = suggest(&[&small(), "--format", "json", "--min-confidence", "0"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let b = load_path(Path::new(&small()), 1 << 20).unwrap().briefing;
    let list = v["suggestions"].as_array().unwrap();
    assert!(!list.is_empty());
    for s in list {
        let article = b.articles.iter().find(|a| a.id == s["article"]).unwrap();
        let part = match s["part"].as_str().unwrap() {
            "text" => &article.text,
            "headline" => &article.headline,
            other => panic!("part {other}"),
        };
        let (start, end) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        let quote: String = part.chars().skip(start).take(end - start).collect();
        assert_eq!(quote, s["quote"].as_str().unwrap(), "{s}");
        let c = s["confidence"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&c));
        assert!(!s["why"].as_str().unwrap().is_empty());
        assert!(s["entity"].is_string() && s["existing"].is_boolean() && s["names"].is_object());
    }
    let find = |quote: &str| {
        list.iter()
            .find(|s| s["quote"] == quote)
            .unwrap_or_else(|| panic!("{quote}"))
    };
    // The known entity's unmarked occurrence, in the text and in both headlines.
    let known = find("Bamako");
    assert_eq!(
        (known["entity"].as_str(), known["existing"].as_bool()),
        (Some("bamako"), Some(true))
    );
    assert!(
        list.iter()
            .any(|s| s["quote"] == "باماكو" && s["part"] == "headline" && s["entity"] == "bamako")
    );
    let killed = find("killing two people");
    assert_eq!(killed["kind"], "casualty");
    assert_eq!(
        killed["figure"],
        serde_json::json!({"type": "killed", "count": 2, "qualifier": "exact"})
    );
    let freed = find("تحرير نحو 20 رهينة");
    assert_eq!(
        freed["figure"],
        serde_json::json!({"type": "freed", "count": 20, "qualifier": "about"})
    );
    assert_eq!(
        freed["entity"],
        find("About 20 hostages were freed")["entity"],
        "one freed figure in both"
    );
    // The minister, found by his title in English and linked to the Arabic by sound.
    let en = find("Salif Traoré");
    let ar = find("ساليف تراوري");
    assert_eq!(en["entity"], ar["entity"]);
    assert_eq!(en["names"]["ar"], "ساليف تراوري");
}

#[test]
fn apply_keeps_the_file_and_adds_lines() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.yaml");
    fs::copy(small(), &input).unwrap();
    let before = fs::read_to_string(&input).unwrap();
    let out_path = dir.path().join("out.yaml");
    let (i, o) = (input.display().to_string(), out_path.display().to_string());
    let run = suggest(&[&i, "--apply", "-o", &o]);
    assert!(run.status.success(), "{}", stderr(&run));
    assert_eq!(
        fs::read_to_string(&input).unwrap(),
        before,
        "FILE untouched"
    );
    let after = fs::read_to_string(&out_path).unwrap();
    // Mentions in headlines are written with their part.
    assert!(after.contains(", part: headline, quote: "), "{after}");
    // Every line of FILE, in order, comments included: only whole lines were inserted.
    let mut rest = after.lines();
    for line in before.lines() {
        assert!(
            rest.any(|l| l == line),
            "line {line:?} missing or out of order"
        );
    }
    assert!(after.contains("# the capital"));
    let b = load_path(&out_path, 1 << 20).unwrap().briefing;
    assert!(!b.headline_mentions.is_empty());
    let bamako = b.entity_index("bamako").unwrap();
    assert_eq!(
        b.mention_counts(bamako),
        [2, 1],
        "the second Bamako and the Arabic one"
    );
    assert!(
        b.entities
            .iter()
            .any(|e| e.kind == EntityKind::Casualty && e.figure.is_some_and(|f| f.count == 2))
    );
    let check = common::briefing().args(["check", &o]).output().unwrap();
    assert!(check.status.success(), "{}", stderr(&check));
    // Applying again to the result finds nothing new to mark in the text.
    let again = suggest(&[&o, "--format", "json", "--min-confidence", "0.5"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&again)).unwrap();
    assert!(
        v["suggestions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["part"] == "headline"),
        "{v}"
    );
}

#[test]
fn apply_without_entities_and_refusals() {
    let dir = tempfile::tempdir().unwrap();
    let source = fs::read_to_string(small()).unwrap();
    let bare = &source[..source.find("entities:").unwrap()];
    let input = dir.path().join("bare.yaml");
    fs::write(&input, bare.trim_end()).unwrap();
    let out_path = dir.path().join("out.yaml");
    let (i, o) = (input.display().to_string(), out_path.display().to_string());
    assert!(suggest(&[&i, "--apply", "-o", &o]).status.success());
    let b = load_path(&out_path, 1 << 20).unwrap().briefing;
    assert!(b.entities.len() >= 4, "{:?}", b.entities);
    assert!(
        fs::read_to_string(&out_path)
            .unwrap()
            .starts_with(bare.trim_end())
    );
    // OUT exists: kept without --force.
    let kept = fs::read(&out_path).unwrap();
    let again = suggest(&[&i, "--apply", "-o", &o]);
    assert_eq!(again.status.code(), Some(1), "{}", stderr(&again));
    assert_eq!(fs::read(&out_path).unwrap(), kept);
    assert!(
        suggest(&[&i, "--apply", "-o", &o, "--force"])
            .status
            .success()
    );
    // `entities: []` cannot take new lines without changing FILE's bytes.
    let flow = dir.path().join("flow.yaml");
    fs::write(&flow, format!("{}entities: []\n", bare)).unwrap();
    let out2 = dir.path().join("out2.yaml");
    let refused = suggest(&[
        &flow.display().to_string(),
        "--apply",
        "-o",
        &out2.display().to_string(),
    ]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).contains("entities: []"),
        "{}",
        stderr(&refused)
    );
    assert!(!out2.exists());
    // --apply needs -o.
    assert_eq!(suggest(&[&i, "--apply"]).status.code(), Some(2));
}

#[test]
fn min_confidence_filters() {
    let count = |x: &str| {
        let out = suggest(&[&small(), "--format", "json", "--min-confidence", x]);
        let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        v["suggestions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["confidence"].as_f64().unwrap())
            .collect::<Vec<_>>()
    };
    let (all, sure) = (count("0"), count("0.85"));
    assert!(sure.len() < all.len() && !sure.is_empty());
    assert!(sure.iter().all(|c| *c >= 0.85));
    assert_eq!(
        suggest(&[&small(), "--min-confidence", "2"]).status.code(),
        Some(2)
    );
}

#[test]
fn controls_in_the_briefing_never_reach_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let text = "id: x\ntitle: T\ndate: 2017-01-01\narticles:\n  - id: en\n    lang: en\n    source: s\n    headline: \"Gunmen \\e[31mkill\\u202E two\"\n    text: \"Gunmen\\e]0;pwn\\a killed 3 people in Bamako\\e[2J today.\"\n";
    let path = dir.path().join("hostile.yaml");
    fs::write(&path, text).unwrap();
    for format in ["text", "json"] {
        let out = suggest(&[
            &path.display().to_string(),
            "--format",
            format,
            "--min-confidence",
            "0",
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
        let s = stdout(&out);
        assert!(
            !s.contains(['\u{1b}', '\u{7}', '\u{202E}']),
            "{format}: {s:?}"
        );
        assert!(s.contains("Bamako"), "{s}");
    }
}

/// The small briefing with its first English paragraph said `n` times.
fn repeated(n: usize) -> String {
    let source = fs::read_to_string(small()).unwrap();
    let para = "      Gunmen attacked a resort near Bamako on Sunday, killing two people, Security Minister Salif Traoré said.\n\n";
    source.replacen(para, &para.repeat(n), 1)
}

#[test]
fn apply_writes_a_quote_once_for_all_its_matches_and_its_output_loads() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("rep.yaml");
    fs::write(&input, repeated(2_000)).unwrap();
    let out_path = dir.path().join("out.yaml");
    let (i, o) = (input.display().to_string(), out_path.display().to_string());
    let run = suggest(&[&i, "--apply", "-o", &o]);
    assert!(run.status.success(), "{}", stderr(&run));
    let after = fs::read_to_string(&out_path).unwrap();
    // Every "Gunmen" of the text is meant: one selector, not 2 000.
    assert_eq!(
        after
            .matches("{article: \"en\", quote: \"Gunmen\"}")
            .count(),
        1,
        "{after}"
    );
    assert!(!after.contains("occurrence: 2"));
    // "Bamako" is marked once already: the others are selected by their offsets.
    assert!(after.matches("quote: \"Bamako\", start: ").count() >= 2_000);
    let b = load_path(&out_path, 1 << 24).unwrap().briefing;
    let bamako = b.entity_index("bamako").unwrap();
    assert_eq!(b.mention_counts(bamako)[0], 2_001);
}

/// Writes a briefing of two articles (English and Arabic texts) and `entities` to `path`.
fn write_briefing(path: &Path, id: &str, en: &str, ar: &str, entities: &str) {
    let text = format!(
        "id: {id}\ntitle: T\ndate: 2017-11-21\narticles:\n  - id: en\n    lang: en\n    source: s\n    headline: H\n    text: \"{en}\"\n  - id: ar\n    lang: ar\n    source: s\n    headline: ع\n    text: \"{ar}\"\n{entities}"
    );
    fs::write(path, text).unwrap();
}

fn json_of(out: &Output) -> serde_json::Value {
    assert!(out.status.success(), "{}", stderr(out));
    serde_json::from_str(&stdout(out)).unwrap()
}

/// The suggestions of a JSON run whose quote is `quote`.
fn with_quote<'a>(v: &'a serde_json::Value, quote: &str) -> Vec<&'a serde_json::Value> {
    v["suggestions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["quote"] == quote)
        .collect()
}

/// A library in `dir`/library of one briefing where Mosul is marked (`mosul-city`) in both
/// languages.
fn mosul_library(dir: &Path) -> PathBuf {
    let library = dir.join("library");
    fs::create_dir(&library).unwrap();
    let marked = "entities:\n  - id: mosul-city\n    kind: place\n    name: Mosul\n    names: {en: Mosul, ar: الموصل}\n    mentions: [{article: en, quote: Mosul}, {article: ar, quote: الموصل}]\n";
    write_briefing(
        &library.join("first.yaml"),
        "first",
        "Fighting in Mosul.",
        "قتال في الموصل.",
        marked,
    );
    library
}

#[test]
fn library_memory_proposes_an_entity_marked_before_by_its_id() {
    let dir = tempfile::tempdir().unwrap();
    let library = mosul_library(dir.path());
    fs::write(library.join("broken.yaml"), "id: [").unwrap();
    let draft = dir.path().join("draft.yaml");
    write_briefing(
        &draft,
        "draft",
        "Troops returned to Mosul on Monday.",
        "عادت القوات إلى الموصل يوم الاثنين.",
        "",
    );
    let (d, l) = (draft.display().to_string(), library.display().to_string());
    let out = suggest(&[&d, "--library", &l, "--format", "json"]);
    assert!(
        stderr(&out).contains("1 entit(ies) from 1 briefing(s), 1 file(s) skipped"),
        "{}",
        stderr(&out)
    );
    let v = json_of(&out);
    for quote in ["Mosul", "الموصل"] {
        let found = with_quote(&v, quote);
        assert_eq!(found.len(), 1, "{quote}: {v}");
        assert_eq!(found[0]["entity"], "mosul-city", "{quote}");
        assert_eq!(found[0]["existing"], false);
        assert_eq!(found[0]["names"]["ar"], "الموصل");
        assert!(found[0]["why"].as_str().unwrap().contains("library"));
    }
    // Without the library the same place gets an id of its own.
    let alone = json_of(&suggest(&[&d, "--format", "json"]));
    assert!(
        with_quote(&alone, "Mosul")
            .iter()
            .all(|s| s["entity"] != "mosul-city")
    );
    // --apply writes the remembered entity with its id and both names.
    let out_path = dir.path().join("out.yaml");
    let o = out_path.display().to_string();
    let run = suggest(&[&d, "--library", &l, "--apply", "-o", &o]);
    assert!(run.status.success(), "{}", stderr(&run));
    let b = load_path(&out_path, 1 << 20).unwrap().briefing;
    let mosul = b.entity_index("mosul-city").expect("the remembered id");
    assert_eq!(b.mention_counts(mosul), [1, 1]);
    assert_eq!(b.entities[mosul].names["en"], "Mosul");
    // A library that is not a folder is refused.
    let refused = suggest(&[&d, "--library", &d]);
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("not a folder of briefings"),
        "{}",
        stderr(&refused)
    );
}

#[test]
fn the_config_files_library_folder_is_remembered_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let library = mosul_library(dir.path());
    let draft = dir.path().join("draft.yaml");
    write_briefing(&draft, "draft", "Troops returned to Mosul.", "نص.", "");
    let config = dir.path().join("config.toml");
    let toml = format!("[library]\nfolder = {:?}\n", library.display().to_string());
    fs::write(&config, toml).unwrap();
    let d = draft.display().to_string();
    let with_config = |args: &[&str]| {
        common::briefing()
            .env("BRIEFING_CONFIG", &config)
            .arg("suggest")
            .args(args)
            .output()
            .unwrap()
    };
    let v = json_of(&with_config(&[&d, "--format", "json"]));
    assert_eq!(with_quote(&v, "Mosul")[0]["entity"], "mosul-city", "{v}");
    // --library wins over the config's folder.
    let elsewhere = dir.path().join("empty");
    fs::create_dir(&elsewhere).unwrap();
    let e = elsewhere.display().to_string();
    let v = json_of(&with_config(&[&d, "--library", &e, "--format", "json"]));
    assert_ne!(with_quote(&v, "Mosul")[0]["entity"], "mosul-city", "{v}");
    // A configured folder that is not there is said, and suggest goes on without it.
    fs::write(&config, "[library]\nfolder = \"/nonexistent/briefings\"\n").unwrap();
    let out = with_config(&[&d, "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("suggesting without it"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn generic_nouns_are_proposed_only_with_generic_yes() {
    let generic = |v: &serde_json::Value| {
        ["Gunmen", "مسلحين"]
            .iter()
            .map(|q| with_quote(v, q).len())
            .sum::<usize>()
    };
    let default = json_of(&suggest(&[&small(), "--format", "json"]));
    let yes = json_of(&suggest(&[
        &small(),
        "--format",
        "json",
        "--generic",
        "yes",
    ]));
    let no = json_of(&suggest(&[&small(), "--format", "json", "--generic", "no"]));
    assert!(generic(&yes) >= 3, "{yes}");
    assert_eq!(generic(&default), generic(&yes), "yes is the default");
    assert_eq!(generic(&no), 0, "{no}");
    // Names are proposed either way.
    assert_eq!(with_quote(&no, "Salif Traoré").len(), 1);
    assert_eq!(
        suggest(&[&small(), "--generic", "maybe"]).status.code(),
        Some(2)
    );
}

#[test]
fn links_by_sound_are_only_between_names() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("links.yaml");
    write_briefing(
        &path,
        "links",
        "The group attacked the police post. Gunmen later reached Kangaba.",
        "هاجم مسلحون مركز الشرطة قرب المدينة، وقال شهود إنهم وصلوا كانغابا.",
        "",
    );
    let v = json_of(&suggest(&[
        &path.display().to_string(),
        "--format",
        "json",
        "--min-confidence",
        "0",
    ]));
    // "group" and قرب ("near") share a skeleton, but neither is a name.
    assert!(with_quote(&v, "قرب").is_empty(), "{v}");
    // Kangaba is a name: the Arabic spelling is found by its sound, and says how.
    let ar = with_quote(&v, "كانغابا");
    assert_eq!(ar.len(), 1, "{v}");
    let why = ar[0]["why"].as_str().unwrap();
    assert!(
        why.contains("\"Kangaba\"") && why.contains("romanised: knkb"),
        "{why}"
    );
    assert_eq!(ar[0]["entity"], with_quote(&v, "Kangaba")[0]["entity"]);
}

/// The figures' speakers and rises (`suggest::attribution`) are written by `--apply`, on an
/// annotated briefing as on one whose actors and figures `suggest` proposes itself.
#[test]
fn apply_writes_speakers_and_rises() {
    let dir = tempfile::tempdir().unwrap();
    let en = "The governor said 12 people were killed in Kandor.";
    let ar = "ارتفعت حصيلة القتلى إلى 14 قتيلا، بحسب وزارة الصحة.";
    let entities = "entities:\n  - id: governor\n    kind: actor\n    name: The governor\n    mentions:\n      - {article: en, quote: The governor}\n  - id: ministry\n    kind: actor\n    name: وزارة الصحة\n    mentions:\n      - {article: ar, quote: وزارة الصحة}\n  - id: killed\n    kind: casualty\n    name: Killed\n    figure: {type: killed, count: 12}\n    mentions:\n      - {article: en, quote: 12 people were killed, figure: {type: killed, count: 12}}\n      - {article: ar, quote: حصيلة القتلى إلى 14 قتيلا, figure: {type: killed, count: 14}}\n";
    let input = dir.path().join("in.yaml");
    write_briefing(&input, "t", en, ar, entities);
    let out_path = dir.path().join("out.yaml");
    let (i, o) = (input.display().to_string(), out_path.display().to_string());
    let run = suggest(&[&i, "--apply", "-o", &o]);
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(
        stderr(&run).contains("attributed 2 figure(s)"),
        "{}",
        stderr(&run)
    );
    let b = load_path(&out_path, 1 << 20).unwrap().briefing;
    let said = |quote: &str| {
        let m = b
            .mentions
            .iter()
            .find(|m| b.mention_text(m) == quote)
            .unwrap_or_else(|| panic!("no mention {quote}"));
        let a = m.attribution.as_deref().cloned().unwrap_or_default();
        let ids: Vec<&str> = a
            .said_by
            .iter()
            .map(|&e| b.entities[e].id.as_str())
            .collect();
        (ids.join(","), a.trend.map(|t| t.as_str()))
    };
    assert_eq!(said("12 people were killed"), ("governor".into(), None));
    assert_eq!(
        said("حصيلة القتلى إلى 14 قتيلا"),
        ("ministry".into(), Some("rose"))
    );
    // Without entities: the proposed actor and figure, then the figure's speaker.
    let bare = dir.path().join("bare.yaml");
    write_briefing(&bare, "t", en, ar, "entities:\n");
    let out2 = dir.path().join("out2.yaml");
    let (i, o) = (bare.display().to_string(), out2.display().to_string());
    let run = suggest(&[&i, "--apply", "-o", &o]);
    assert!(run.status.success(), "{}", stderr(&run));
    let b = load_path(&out2, 1 << 20).unwrap().briefing;
    let speakers: Vec<String> = b
        .mentions
        .iter()
        .filter_map(|m| m.attribution.as_deref())
        .flat_map(|a| a.said_by.iter().map(|&e| b.entities[e].name.clone()))
        .collect();
    assert!(
        !speakers.is_empty(),
        "{}",
        fs::read_to_string(&out2).unwrap()
    );
}
