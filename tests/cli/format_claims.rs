//! Format 3, who said what and when (FORMAT.md, "Claims"): a figure's speakers, a denied
//! claim and who denied it, a part of a toll, a rise with no earlier count, the publication
//! time a figure inherits, killed and injured together, a background figure and claims of
//! responsibility. The fixture loads into the model; every mistake is a located error that
//! says what to write; an annotate session sets, saves and undoes an attribution without
//! disturbing the rest of the file; `--format_version` past 3 is refused.

use std::path::Path;

use crate::common;
use briefing::annotate::{Edit, Session};
use briefing::briefing::{
    Attribution, Briefing, Claim, FigureType, Part, Qualifier, Stance, Trend, load_path, load_str,
};

const CLAIMS: &str = "tests/fixtures/claims/claims.yaml";

fn fixture_text() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(CLAIMS)).unwrap()
}

fn claims() -> Briefing {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(CLAIMS);
    let loaded = load_path(&path, 1 << 20).expect("the claims fixture loads");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    loaded.briefing
}

/// The attribution of the first mention of entity `id` in article `article`.
fn attribution_of<'b>(b: &'b Briefing, id: &str, article: &str) -> Option<&'b Attribution> {
    let e = b.entity_index(id).unwrap();
    let a = b.article_index(article).unwrap();
    let m = b.entities[e]
        .mentions
        .iter()
        .find(|&&m| b.mentions[m].article == a)
        .copied()
        .unwrap();
    b.attribution(m)
}

#[test]
fn speakers_claims_parts_trends_and_times_load() {
    let b = claims();
    let ix = |id: &str| b.entity_index(id).unwrap();
    let courier = attribution_of(&b, "killed", "courier").unwrap();
    assert_eq!(courier.said_by, [ix("director")]);
    assert_eq!((courier.claim, courier.trend), (Claim::Reported, None));
    let wire = attribution_of(&b, "killed", "wire").unwrap();
    assert_eq!(
        (wire.said_by.as_slice(), wire.trend),
        (&[ix("ministry")][..], Some(Trend::Rose))
    );
    let colonel = attribution_of(&b, "colonel", "courier").unwrap();
    assert_eq!(
        (colonel.claim, colonel.denied_by.as_slice()),
        (Claim::Denied, &[ix("army")][..])
    );
    let soldiers = attribution_of(&b, "soldiers", "courier").unwrap();
    assert_eq!(soldiers.part_of, Some(ix("killed")));
    assert_eq!(b.parts_of(ix("killed")), [ix("soldiers")]);
    let some = b.entities[ix("soldiers")].figure.unwrap();
    assert_eq!(
        (some.qualifier, some.count, some.describe()),
        (Qualifier::Unstated, 1, "some killed".to_string())
    );
    assert!(
        attribution_of(&b, "casualties", "courier").is_none(),
        "a plain figure stores none"
    );
    assert_eq!(
        b.entities[ix("casualties")].figure.unwrap().kind,
        FigureType::Casualties
    );
    assert!(b.entities[ix("car-bomb-2015")].background);
    assert!(!b.entities[ix("killed")].background);

    // A figure without its own as_of held when its article was published.
    let moment = |id: &str| {
        let m = &b.mentions[b.entities[ix(id)].mentions[0]];
        b.figure_moment(m).map(|t| t.as_str().to_string())
    };
    assert_eq!(moment("colonel").as_deref(), Some("2019-03-02"));
    let wire_mention = b.entities[ix("killed")].mentions[1];
    assert_eq!(
        b.figure_moment(&b.mentions[wire_mention]).unwrap().as_str(),
        "2019-03-03T09:00Z"
    );

    let front = &b.entities[ix("front")].responsibility;
    assert_eq!(front.len(), 2);
    assert_eq!(
        (front[0].stance, front[0].by.as_slice()),
        (Stance::Blamed, &[ix("army")][..])
    );
    assert_eq!(front[0].article, b.article_index("courier"));
    assert_eq!((front[1].stance, front[1].by.len()), (Stance::Denied, 0));
}

#[test]
fn files_without_the_new_fields_load_as_before() {
    let old = fixture_text()
        .replace("format_version: 3\n", "")
        .replace(", said_by: [director]", "");
    let b = load_str("old.yaml", &old).unwrap().briefing;
    assert!(attribution_of(&b, "killed", "courier").is_none());
    assert!(
        load_str(
            "v1.yaml",
            &fixture_text().replace("format_version: 3", "format_version: 1")
        )
        .is_ok()
    );
}

#[test]
fn claim_mistakes_are_located_errors_that_say_what_to_write() {
    let text = fixture_text();
    let cases = [
        (
            "format_version: 3",
            "format_version: 4",
            "4:17: error: format_version 4 is not one this program reads (1 to 3): a newer briefing wrote it, or the number is wrong",
        ),
        (
            "said_by: [director]",
            "said_by: [directr]",
            "error: said_by names unknown entity \"directr\": give the id of an actor",
        ),
        (
            "said_by: [director]",
            "said_by: [killed]",
            "error: said_by names \"killed\", which is a casualty figure: it takes an actor",
        ),
        (
            "claim: denied, denied_by: [army]",
            "denied_by: [army]",
            "error: denied_by goes with claim: denied or claim: disputed: add the claim, or remove denied_by",
        ),
        (
            "claim: denied,",
            "claim: refuted,",
            "error: entities[6].mentions[0].claim: unknown variant `refuted`, expected one of `reported`, `denied`, `disputed`",
        ),
        (
            "part_of: killed}",
            "part_of: soldiers}",
            "error: part_of names \"soldiers\", the entity itself: a figure cannot be a part of itself",
        ),
        (
            "part_of: killed}",
            "part_of: army}",
            "error: part_of names \"army\", which is an actor: it takes a casualty figure",
        ),
        (
            "trend: rose}",
            "trend: up}",
            "error: entities[4].mentions[1].trend: unknown variant `up`, expected `rose` or `fell`",
        ),
        (
            "- {article: courier, quote: Samir Haddad}",
            "- {article: courier, quote: Samir Haddad, said_by: [army]}",
            "error: said_by is for a casualty figure's mention, but \"director\" is an actor: remove it, or put it on the figure's mention",
        ),
        (
            "published: 2019-03-02",
            "published: 2019-02-30",
            "error: published \"2019-02-30\" is not a calendar date",
        ),
        (
            "published: 2019-03-02",
            "published: 2 March 2019",
            "error: published \"2 March 2019\" is not a date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM, optionally :SS and Z or +HH:MM)",
        ),
        (
            "{stance: blamed, by: [army], article: courier}",
            "{stance: blamed, article: courier}",
            "error: blamed needs who blames: add by: [ACTOR_ID]",
        ),
        (
            "{stance: denied, article: courier}",
            "{stance: denied, article: paper}",
            "error: unknown article \"paper\"",
        ),
        (
            "background: true\n",
            "background: true\n    responsibility: [{stance: claimed}]\n",
            "error: responsibility is for actors (who claimed, was blamed for or denied the attack), but \"car-bomb-2015\" is a casualty figure",
        ),
        (
            "    name: Northern Front\n",
            "    name: Northern Front\n    background: true\n",
            "error: background marks a casualty figure about an earlier event, but \"front\" is an actor: remove it",
        ),
    ];
    // Near misses of the new fields' names say which was meant.
    let near = [
        (
            "said_by: [director]",
            "saidby: [director]",
            "error: entities[4].mentions[0]: \"saidby\" is not a field; did you mean said_by?",
        ),
        (
            "denied_by: [army]",
            "denied-by: [army]",
            "error: entities[6].mentions[0]: \"denied-by\" is not a field; did you mean denied_by?",
        ),
        (
            "part_of: killed",
            "partof: killed",
            "error: entities[5].mentions[0]: \"partof\" is not a field; did you mean part_of?",
        ),
        (
            "    published: 2019-03-02",
            "    publshed: 2019-03-02",
            "error: articles[0]: \"publshed\" is not a field; did you mean published?",
        ),
        (
            "    responsibility:",
            "    responsability:",
            "error: entities[3]: \"responsability\" is not a field; did you mean responsibility?",
        ),
    ];
    for (from, to, expected) in cases.into_iter().chain(near) {
        let first = common::first_check_error(&text, from, to);
        assert!(
            first.ends_with(expected),
            "{to}:\n{first}\nwanted the end: {expected}"
        );
    }
}

#[test]
fn an_attribution_set_in_a_session_saves_loads_back_and_undoes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("claims.yaml");
    let original = fixture_text();
    std::fs::write(&path, &original).unwrap();
    let mut session = Session::open(path.clone(), 1 << 20).unwrap();
    let b = session.model().clone();
    let ix = |id: &str| b.entity_index(id).unwrap();
    let casualties = &b.mentions[b.entities[ix("casualties")].mentions[0]];
    let said = Attribution {
        said_by: vec![ix("army")],
        claim: Claim::Disputed,
        denied_by: vec![ix("director")],
        part_of: Some(ix("killed")),
        trend: Some(Trend::Fell),
    };
    let set = |attribution: Option<Attribution>| Edit::SetMentionAttribution {
        entity: ix("casualties"),
        article: casualties.article,
        part: Part::Text,
        bytes: casualties.bytes.clone(),
        attribution: attribution.map(Box::new),
    };
    session.perform(vec![set(Some(said.clone()))]).unwrap();
    session.save(true, &mut || {}).unwrap();
    let saved = std::fs::read_to_string(&path).unwrap();
    let reloaded = load_str("saved.yaml", &saved).unwrap().briefing;
    assert_eq!(
        attribution_of(&reloaded, "casualties", "courier"),
        Some(&said)
    );
    // Only the mention's line changed.
    let changed: Vec<(&str, &str)> = original
        .lines()
        .zip(saved.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert!(
        changed[0].1.contains(
            "said_by: [army], claim: disputed, denied_by: [director], part_of: killed, trend: fell"
        ),
        "{}",
        changed[0].1
    );
    assert_eq!(original.lines().count(), saved.lines().count());

    // A speaker must be an actor: refused, nothing changes.
    let wrong = Attribution {
        said_by: vec![ix("killed")],
        ..Attribution::default()
    };
    assert!(session.perform(vec![set(Some(wrong))]).is_err());

    // Removing the mention and undoing it brings its attribution back.
    session
        .perform(vec![Edit::RemoveMention {
            entity: ix("casualties"),
            article: casualties.article,
            part: Part::Text,
            bytes: casualties.bytes.clone(),
        }])
        .unwrap();
    session.undo().unwrap().unwrap();
    let back = session.model();
    assert_eq!(attribution_of(back, "casualties", "courier"), Some(&said));
    session.undo().unwrap().unwrap();
    assert!(attribution_of(session.model(), "casualties", "courier").is_none());
    session.save(true, &mut || {}).unwrap();
    let undone = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        load_str("undone.yaml", &undone).unwrap().briefing,
        load_str("original.yaml", &original).unwrap().briefing
    );
}
