//! The panes with three articles (which two the reader opens on, the keys to each article,
//! the third pane), walking an entity's links with `o` and `O`, and metadata (a source, a
//! status message) laid out left to right with each Arabic run on its own.

use ratatui::layout::Rect;

use crate::briefing::load_str;
use crate::theme::{BuiltIn, Theme};
use crate::view::BidiMode;

use super::keys::Action;
use super::state::{Focus, PaneIx, Reader};

/// The bundled briefing's file.
const BUNDLED: &str = include_str!("../../../briefings/mali-le-campement-2017-06-18.yaml");

/// The bundled briefing with a second English article (a copy of the first, id `en2`,
/// no mentions) between the English and the Arabic one: en, en2, ar.
fn two_english_one_arabic() -> String {
    let bundled = BUNDLED;
    let (en_at, ar_at) = (
        bundled.find("  - id: en\n").unwrap(),
        bundled.find("  - id: ar\n").unwrap(),
    );
    let en2 = bundled[en_at..ar_at]
        .replacen("  - id: en\n", "  - id: en2\n", 1)
        .replacen("    source: ", "    source: \"Second wire\" # ", 1);
    format!("{}{en2}{}", &bundled[..ar_at], &bundled[ar_at..])
}

fn reader_of(yaml: &str, width: u16) -> Reader {
    let briefing = load_str("three.yaml", yaml).unwrap().briefing;
    let mut reader = Reader::new(
        briefing,
        None,
        Theme::built_in(BuiltIn::Dark),
        BidiMode::App,
    );
    reader.settle(Rect::new(0, 0, width, 40));
    reader
}

fn ids(r: &Reader) -> Vec<String> {
    r.pane_articles()
        .iter()
        .map(|a| a.of(r.briefing()).id.clone())
        .collect()
}

#[test]
fn the_reader_opens_on_two_languages() {
    let r = reader_of(&two_english_one_arabic(), 120);
    assert_eq!(r.briefing().articles.len(), 3);
    assert_eq!(ids(&r), ["en", "ar"], "not the two English articles");
}

#[test]
fn number_keys_show_each_article() {
    let mut r = reader_of(&two_english_one_arabic(), 120);
    // 2: the second article (en2), hidden, goes into the focused pane (the left one).
    r.apply_nth(Action::ShowArticle, 1);
    assert_eq!(ids(&r), ["en2", "ar"]);
    assert_eq!(r.focus(), Focus::Pane(PaneIx(0)));
    // 3: the Arabic article is shown on the right: its pane gets the focus.
    r.apply_nth(Action::ShowArticle, 2);
    assert_eq!(ids(&r), ["en2", "ar"]);
    assert_eq!(r.focus(), Focus::Pane(PaneIx(1)));
    // 1 from the Arabic pane: English in the right pane now.
    r.apply_nth(Action::ShowArticle, 0);
    assert_eq!(ids(&r), ["en2", "en"]);
    // No fourth article: said, nothing changes.
    r.apply_nth(Action::ShowArticle, 3);
    assert_eq!(ids(&r), ["en2", "en"]);
    assert_eq!(
        r.status().unwrap(),
        "there is no article 4: this briefing has 3"
    );
}

#[test]
fn a_third_pane_from_140_columns() {
    let mut r = reader_of(&two_english_one_arabic(), 139);
    r.apply(Action::ThirdPane);
    assert_eq!(ids(&r), ["en", "ar"]);
    assert_eq!(
        r.status().unwrap(),
        "a third pane needs 140 columns; this screen has 139"
    );
    r.settle(Rect::new(0, 0, 140, 40));
    r.apply(Action::ThirdPane);
    assert_eq!(ids(&r), ["en", "ar", "en2"]);
    assert_eq!(r.focus(), Focus::Pane(PaneIx(2)));
    r.settle(Rect::new(0, 0, 140, 40));
    let shown: Vec<PaneIx> = r.layout().panes.iter().map(|p| p.pane).collect();
    assert_eq!(shown, [PaneIx(0), PaneIx(1), PaneIx(2)]);
    // Tab goes through all three, then the entity list.
    r.apply(Action::FocusNext);
    assert_eq!(r.focus(), Focus::Entities);
    r.apply(Action::FocusNext);
    assert_eq!(r.focus(), Focus::Pane(PaneIx(0)));
    // Again: two panes.
    r.apply(Action::ThirdPane);
    assert_eq!(ids(&r), ["en", "ar"]);
    // A screen grown too narrow closes it, and its focus goes beside it.
    r.apply(Action::ThirdPane);
    assert_eq!(r.focus(), Focus::Pane(PaneIx(2)));
    r.settle(Rect::new(0, 0, 120, 40));
    assert_eq!(ids(&r), ["en", "ar"]);
    assert_eq!(r.focus(), Focus::Pane(PaneIx(1)));
    // With two articles there is no third to show.
    let mut two = reader_of(BUNDLED, 160);
    two.apply(Action::ThirdPane);
    assert_eq!(two.pane_articles().len(), 2);
    assert!(two.status().unwrap().contains("every article is shown"));
}

#[test]
fn a_second_o_walks_the_first_entitys_links_and_o_back() {
    let mut r = reader_of(&two_english_one_arabic(), 120);
    let b = r.briefing();
    let forces = b.entity_index("malian-forces").unwrap();
    let links = b.entities[forces].links.clone();
    assert_eq!(
        links.len(),
        2,
        "malian-forces links to mali and malian-government"
    );
    let name = |r: &Reader, e: crate::briefing::EntityIx| r.briefing().entities[e].name.clone();
    r.go_to_mention(crate::briefing::AnyMention::Text(
        r.briefing().entities[forces].mentions[0],
    ));
    r.apply(Action::FollowLink);
    assert_eq!(r.selected(), Some(links[0]));
    r.apply(Action::FollowLink);
    assert_eq!(
        r.selected(),
        Some(links[1]),
        "the next link of malian-forces"
    );
    let said = r.status().unwrap();
    assert!(
        said.ends_with(&format!("→ {} (link 2 of 2)", name(&r, links[1]))),
        "{said}"
    );
    r.apply(Action::FollowLinkBack);
    assert_eq!(r.selected(), Some(links[0]));
    r.apply(Action::FollowLinkBack);
    assert_eq!(r.selected(), Some(links[1]), "round at the start");
    // Another key ends the walk: o starts from the selected entity again.
    r.apply(Action::ToggleSync);
    r.apply(Action::FollowLink);
    let from = links[1];
    assert_eq!(
        r.selected(),
        r.briefing().entities[from].links.first().copied()
    );
}

/// The screen's rows as text, after drawing the reader at `width` x 30.
fn drawn(r: &mut Reader, width: u16) -> Vec<String> {
    use crate::ui::Screen;
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, 30)).unwrap();
    terminal.draw(|f| r.render(f)).unwrap();
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .collect()
}

#[test]
fn metadata_reads_left_to_right_each_arabic_run_on_its_own() {
    use crate::view::line::visual;
    let source = "اليوم السابع (Youm7, Egypt); headline taken from the article's URL";
    let bundled = BUNDLED;
    let ar = bundled.find("  - id: ar\n").unwrap();
    let line = &bundled[ar..][bundled[ar..].find("    source: ").unwrap()..];
    let line = &line[..line.find('\n').unwrap()];
    let yaml = bundled.replacen(line, &format!("    source: \"{source}\""), 1);
    let mut r = reader_of(&yaml, 120);
    let name = visual("اليوم السابع", 40, BidiMode::App);
    let rows = drawn(&mut r, 120);
    // The Arabic pane's source line: the name, then the Latin words after it (wrapped).
    let latin = " (Youm7, Egypt); headline taken from the";
    assert!(
        rows.iter()
            .any(|row| row.contains(&format!("│{name}{latin}"))),
        "{rows:#?}"
    );
    // Its pane title: the same order, cut at the right with an ellipsis.
    let title = &rows[2];
    let at = title
        .find(&format!("2 ar: {name} (Youm7, Egypt); headline"))
        .expect(title);
    assert!(title[at..].contains('…'), "{title}");
    // A status message that starts with an Arabic quote reads left to right too.
    r.say(&["«باماكو» marked as a place"]);
    let rows = drawn(&mut r, 120);
    let bamako = visual("باماكو", 40, BidiMode::App);
    assert!(
        rows[29].starts_with(&format!("«{bamako}» marked as a place")),
        "{}",
        rows[29]
    );
}
