//! The JSON export re-read with serde_json: the fields are in the documented order, every
//! mention's byte range and char range slice its article's text back to the mention's text,
//! paragraphs and indices are consistent, and the export round-trips through the public
//! `ExportedBriefing` type (for the hostile fixture too).

use crate::common;

use briefing::briefing::{Briefing, bundled};
use briefing::export::ExportFormat;
use briefing::export::export;
use briefing::export::json::ExportedBriefing;
use common::hostile;
use serde_json::Value;

fn chars_slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

fn check(b: &Briefing) {
    let json = export(b, ExportFormat::Json);
    let v: Value = serde_json::from_str(&json).expect("valid JSON");
    // Top-level fields come in this order (checked on the text: `Value` sorts its keys).
    let order = [
        "format_version",
        "id",
        "title",
        "date",
        "summary",
        "articles",
        "entities",
        "mentions",
    ];
    let at: Vec<usize> = order
        .iter()
        .map(|k| {
            json.find(&format!("\n  \"{k}\": "))
                .unwrap_or_else(|| panic!("{k}"))
        })
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "field order");
    assert_eq!(v.as_object().unwrap().len(), order.len());
    assert_eq!(v["id"], b.id.as_str());
    let articles = v["articles"].as_array().unwrap();
    let mentions = v["mentions"].as_array().unwrap();
    assert_eq!(mentions.len(), b.mentions.len() + b.headline_mentions.len());
    for m in mentions {
        let article = articles
            .iter()
            .find(|a| a["id"] == m["article"])
            .expect("mention names an article");
        // A headline mention's ranges are in the headline.
        let part = m.get("part").map_or("text", |p| p.as_str().unwrap());
        let text = article[part].as_str().unwrap();
        let span = |key: &str| {
            let s = &m[key];
            (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            )
        };
        let (bs, be) = span("bytes");
        let (cs, ce) = span("chars");
        let want = m["text"].as_str().unwrap();
        assert_eq!(&text[bs..be], want, "byte range");
        assert_eq!(chars_slice(text, cs, ce), want, "char range");
    }
    for a in articles {
        let text = a["text"].as_str().unwrap();
        for p in a["paragraphs"].as_array().unwrap() {
            let (s, e) = (p["start"].as_u64().unwrap(), p["end"].as_u64().unwrap());
            assert!(!text[s as usize..e as usize].trim().is_empty());
        }
    }
    for e in v["entities"].as_array().unwrap() {
        for i in e["mentions"].as_array().unwrap() {
            let m = &mentions[i.as_u64().unwrap() as usize];
            assert_eq!(m["entity"], e["id"]);
        }
        for link in e["links"].as_array().unwrap() {
            assert!(
                v["entities"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|o| o["id"] == *link)
            );
        }
    }
    let typed: ExportedBriefing = serde_json::from_str(&json).unwrap();
    assert_eq!(typed, ExportedBriefing::new(b), "round trip");
}

#[test]
fn bundled_json_slices_back() {
    let b = bundled().unwrap().briefing;
    check(&b);
    let v: Value = serde_json::from_str(&export(&b, ExportFormat::Json)).unwrap();
    let radisson = v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "radisson-killed")
        .unwrap();
    assert_eq!(radisson["kind"], "casualty");
    assert_eq!(radisson["figure"]["qualifier"], "at-least");
    assert_eq!(v["articles"][1]["dir"], "rtl");
}

#[test]
fn hostile_json_round_trips() {
    check(&hostile());
}
