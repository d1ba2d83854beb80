//! Rendering a briefing built from fuzz data into a ratatui TestBackend at arbitrary sizes,
//! after arbitrary key, mouse and resize events: no panic, and no cell of the screen holds a
//! control character. The briefing is written as JSON (which is YAML) so that most inputs
//! load: arbitrary texts, entities with mentions by code-point offsets or by quote.
#![no_main]

use arbitrary::Arbitrary;
use briefing::briefing::load_str;
use briefing::theme::{BuiltIn, Theme};
use briefing::ui::{Reader, Screen};
use briefing::view::BidiMode;
use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use libfuzzer_sys::fuzz_target;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use serde_json::json;

#[derive(Debug, Arbitrary)]
struct Mention {
    second_article: bool,
    start: u16,
    len: u8,
    by_quote: bool,
}

#[derive(Debug, Arbitrary)]
struct Entity {
    kind: u8,
    name: String,
    links: Vec<u8>,
    mentions: Vec<Mention>,
}

#[derive(Debug, Arbitrary)]
enum Input {
    Key(u8),
    Char(char),
    Click(u16, u16),
    Wheel(bool, u16, u16),
    Resize(u16, u16),
}

#[derive(Debug, Arbitrary)]
struct Case {
    texts: [String; 2],
    headlines: [String; 2],
    rtl: [bool; 2],
    entities: Vec<Entity>,
    terminal_bidi: bool,
    color: bool,
    size: (u16, u16),
    inputs: Vec<Input>,
}

/// Keys the reader knows, and a few it does not; `e` (export) is left out: it writes files.
const KEYS: &[KeyCode] = &[
    KeyCode::Char('j'),
    KeyCode::Char('k'),
    KeyCode::Char(' '),
    KeyCode::Char('g'),
    KeyCode::Char('G'),
    KeyCode::Char(']'),
    KeyCode::Char('['),
    KeyCode::Char('i'),
    KeyCode::Char('o'),
    KeyCode::Char('/'),
    KeyCode::Char('n'),
    KeyCode::Char('N'),
    KeyCode::Char('s'),
    KeyCode::Char('a'),
    KeyCode::Char('1'),
    KeyCode::Char('2'),
    KeyCode::Char('3'),
    KeyCode::Char('?'),
    KeyCode::Char('x'),
    KeyCode::Down,
    KeyCode::Up,
    KeyCode::PageDown,
    KeyCode::PageUp,
    KeyCode::Home,
    KeyCode::End,
    KeyCode::Tab,
    KeyCode::BackTab,
    KeyCode::Enter,
    KeyCode::Esc,
    KeyCode::Backspace,
];

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn mouse(kind: MouseEventKind, column: u16, row: u16) -> Event {
    Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    })
}

/// The briefing as JSON; mentions select `len + 1` code points at `start` (clamped), by
/// offsets or by quoting them.
fn document(case: &Case) -> String {
    let chars: Vec<Vec<char>> = case.texts.iter().map(|t| t.chars().collect()).collect();
    let articles: Vec<_> = (0..2)
        .map(|i| {
            json!({
                "id": format!("a{i}"),
                "lang": if case.rtl[i] { "ar" } else { "en" },
                "source": "fuzz",
                "headline": case.headlines[i],
                "text": case.texts[i],
            })
        })
        .collect();
    let n = case.entities.len().max(1);
    let entities: Vec<_> = case
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let kind = ["actor", "place", "casualty"][usize::from(e.kind % 3)];
            let mentions: Vec<_> = e
                .mentions
                .iter()
                .filter_map(|m| {
                    let a = usize::from(m.second_article);
                    let total = chars[a].len();
                    let start = usize::from(m.start) % total.max(1);
                    let end = (start + usize::from(m.len) + 1).min(total);
                    (start < end).then(|| {
                        if m.by_quote {
                            let quote: String = chars[a][start..end].iter().collect();
                            json!({"article": format!("a{a}"), "quote": quote})
                        } else {
                            json!({"article": format!("a{a}"), "start": start, "end": end})
                        }
                    })
                })
                .collect();
            let links: Vec<String> = e
                .links
                .iter()
                .map(|l| format!("e{}", usize::from(*l) % n))
                .collect();
            let mut entity = json!({
                "id": format!("e{i}"),
                "kind": kind,
                "name": e.name,
                "links": links,
                "mentions": mentions,
            });
            if kind == "casualty" {
                entity["figure"] = json!({"type": "killed", "count": i});
            }
            entity
        })
        .collect();
    json!({
        "id": "fuzz",
        "title": "Fuzz",
        "date": "2017-06-18",
        "articles": articles,
        "entities": entities,
    })
    .to_string()
}

fn check_screen(terminal: &Terminal<TestBackend>) {
    for cell in terminal.backend().buffer().content() {
        let s = cell.symbol();
        assert!(
            !s.contains(|c: char| c.is_control()
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')),
            "control on screen: {s:?}"
        );
    }
}

fuzz_target!(|case: Case| {
    let Ok(loaded) = load_str("fuzz.yaml", &document(&case)) else {
        return;
    };
    let mode = if case.terminal_bidi {
        BidiMode::Terminal
    } else {
        BidiMode::App
    };
    let theme = if case.color {
        Theme::built_in(BuiltIn::Dark)
    } else {
        Theme::no_color()
    };
    let mut app = Reader::new(loaded.briefing, None, theme, mode);
    let size = |(w, h): (u16, u16)| (w % 400, h % 200);
    let (w, h) = size(case.size);
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| app.render(f)).unwrap();
    check_screen(&terminal);
    for input in case.inputs.iter().take(64) {
        let event = match *input {
            Input::Key(k) => key(KEYS[usize::from(k) % KEYS.len()]),
            Input::Char('e') => continue,
            Input::Char(c) => key(KeyCode::Char(c)),
            Input::Click(x, y) => mouse(MouseEventKind::Down(MouseButton::Left), x, y),
            Input::Wheel(down, x, y) => {
                let kind = if down {
                    MouseEventKind::ScrollDown
                } else {
                    MouseEventKind::ScrollUp
                };
                mouse(kind, x, y)
            }
            Input::Resize(w, h) => {
                let (w, h) = size((w, h));
                terminal.backend_mut().resize(w, h);
                Event::Resize(w, h)
            }
        };
        app.handle(event);
        if app.done() {
            break;
        }
        terminal.draw(|f| app.render(f)).unwrap();
        check_screen(&terminal);
    }
});
