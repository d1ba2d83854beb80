//! The JSON export re-read with serde_json: the fields are in the documented order, every
//! mention's byte range and char range slice its article's text back to the mention's text,
//! paragraphs and indices are consistent, and the export round-trips through the public
//! `ExportedBriefing` type (for the hostile fixture too); format 3's claims and the timeline
//! are there, their ids name entities and articles of the export, and each point's mention
//! states the point's figure.

use crate::common;

use briefing::briefing::{Briefing, bundled};
use briefing::export::ExportFormat;
use briefing::export::export;
use briefing::export::json::ExportedBriefing;
use common::hostile;
use serde_json::Value;

use crate::export_golden::claims;

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
        "timeline",
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

#[test]
fn claims_json_carries_format_3_and_the_timeline() {
    let b = claims();
    check(&b);
    let v: Value = serde_json::from_str(&export(&b, ExportFormat::Json)).unwrap();
    assert_eq!(v["format_version"], 3);
    let entity = |id: &str| {
        v["entities"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(entity("car-bomb-2015")["background"], true);
    assert!(
        entity("killed").get("background").is_none(),
        "left out when false"
    );
    assert_eq!(
        entity("front")["responsibility"],
        serde_json::json!([
            {"stance": "blamed", "by": ["army"], "article": "courier"},
            {"stance": "denied", "by": [], "article": "courier"}
        ])
    );
    assert_eq!(v["articles"][1]["published"], "2019-03-03T09:00Z");
    let mentions = v["mentions"].as_array().unwrap();
    let said: Vec<(&str, &Value)> = mentions
        .iter()
        .filter(|m| m.get("said_by").is_some())
        .map(|m| (m["text"].as_str().unwrap(), &m["said_by"]))
        .collect();
    assert_eq!(said.len(), 2);
    assert_eq!(said[0].1[0], "director");
    let denied = mentions.iter().find(|m| m.get("claim").is_some()).unwrap();
    assert_eq!(
        (&denied["claim"], &denied["denied_by"][0]),
        (&"denied".into(), &"army".into())
    );
    assert!(mentions.iter().any(|m| m["part_of"] == "killed"));
    assert!(mentions.iter().any(|m| m["trend"] == "rose"));
    let timeline = v["timeline"].as_array().unwrap();
    let types: Vec<&str> = timeline
        .iter()
        .map(|s| s["type"].as_str().unwrap())
        .collect();
    assert_eq!(types, ["killed", "casualties"]);
    let killed = &timeline[0];
    assert_eq!(killed["accepted"]["entity"], "killed");
    let points = killed["points"].as_array().unwrap();
    let moments: Vec<&str> = points
        .iter()
        .map(|p| p["moment"].as_str().unwrap())
        .collect();
    assert_eq!(moments[4], "2019-03-03T09:00Z");
    assert!(moments[..4].iter().all(|m| *m == "2019-03-02"));
    assert_eq!(
        points[4]["change"],
        serde_json::json!({"way": "rose", "from": 0})
    );
    for p in points {
        let m = &mentions[p["mention"].as_u64().unwrap() as usize];
        assert_eq!((&m["entity"], &m["figure"]), (&p["entity"], &p["figure"]));
    }
}
