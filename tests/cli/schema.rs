//! `briefing schema`: the JSON Schema generated from the loader's types accepts the bundled
//! briefing and the fixtures that use every addition, and rejects typical mistakes as an
//! editor would flag them (a misspelled field, a bad `kind`, a fractional count); format 3's
//! fields (speakers, claims, parts, trends, times, responsibility) are described and checked.

use crate::common;

use serde_json::Value;

fn schema() -> jsonschema::Validator {
    let out = common::briefing()
        .arg("schema")
        .output()
        .expect("run briefing schema");
    assert_eq!(out.status.code(), Some(0));
    let schema: Value = serde_json::from_slice(&out.stdout).expect("the schema is JSON");
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    jsonschema::validator_for(&schema).expect("a valid JSON Schema")
}

/// A YAML briefing as the JSON value an editor's YAML language server validates.
fn yaml(text: &str) -> Value {
    serde_yaml::from_str(text).expect("YAML")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

#[test]
fn the_bundled_briefing_and_the_fixtures_are_valid() {
    let validator = schema();
    for path in [
        "briefings/mali-le-campement-2017-06-18.yaml",
        "tests/fixtures/good/minimal.yaml",
        "tests/fixtures/figures/tolls.yaml",
        "tests/fixtures/headlines/headlines.yaml",
        "tests/fixtures/claims/claims.yaml",
    ] {
        let instance = yaml(&read(path));
        let errors: Vec<String> = validator
            .iter_errors(&instance)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{path}: {errors:?}");
    }
}

#[test]
fn typical_mistakes_are_rejected() {
    let validator = schema();
    let good = read("tests/fixtures/good/minimal.yaml");
    assert!(validator.is_valid(&yaml(&good)));
    for (from, to) in [
        ("entities:", "entites:"),
        ("kind: place", "kind: person"),
        ("count: 2,", "count: 2.5,"),
        ("count: 2,", "count: -2,"),
        (
            "{article: en, quote: Bamako}",
            "{article: en, quote: Bamako, part: title}",
        ),
        (
            "{article: en, quote: Bamako}",
            "{article: en, qoute: Bamako}",
        ),
        ("qualifier: exact}", "qualifier: roughly}"),
        ("date: 2017-06-18\n", ""),
    ] {
        assert!(good.contains(from), "{from}");
        let bad = yaml(&good.replacen(from, to, 1));
        assert!(!validator.is_valid(&bad), "{to:?} should be rejected");
    }
}

/// Format 3's fields are in the schema, described, and their mistakes rejected while typing.
#[test]
fn format_3_fields_are_described_and_their_mistakes_rejected() {
    let out = common::briefing().arg("schema").output().unwrap();
    let generated: Value = serde_json::from_slice(&out.stdout).unwrap();
    let defs = &generated["definitions"];
    let described = |def: &Value, field: &str| {
        let text = def["properties"][field]["description"].as_str();
        assert!(text.is_some_and(|t| t.len() > 20), "{field}: {text:?}");
    };
    for field in ["said_by", "claim", "denied_by", "part_of", "trend"] {
        described(&defs["Mention"], field);
    }
    described(&defs["Article"], "published");
    described(&defs["Entity"], "background");
    described(&defs["Entity"], "responsibility");
    for field in ["stance", "by", "article"] {
        described(&defs["Responsibility"], field);
    }
    described(&generated, "format_version");
    let validator = schema();
    let good = read("tests/fixtures/claims/claims.yaml");
    for (from, to) in [
        ("format_version: 3", "format_version: 4"),
        ("claim: denied", "claim: refuted"),
        ("trend: rose", "trend: up"),
        ("stance: blamed", "stance: accused"),
        ("background: true", "background: yes please"),
        ("said_by: [director]", "said_by: director"),
        ("published: 2019-03-02", "published: 2 March 2019"),
    ] {
        assert!(good.contains(from), "{from}");
        let bad = yaml(&good.replacen(from, to, 1));
        assert!(!validator.is_valid(&bad), "{to:?} should be rejected");
    }
}
