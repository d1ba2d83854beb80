//! A config file changes the running reader: keys rebound (behaviour and the help popup
//! follow), places recoloured, export defaults, and a broken config that keeps it from
//! starting, in the real binary in a pseudo-terminal.

use crate::common;

use std::path::{Path, PathBuf};

use common::PtySession;

/// The screen cells whose text starts `word`, with their foreground colours.
fn colours_of(screen: &vt100::Screen, word: &str) -> Vec<vt100::Color> {
    let (rows, cols) = screen.size();
    let (rows, cols) = (rows.get(), cols.get());
    let mut found = Vec::new();
    for row in 0..rows {
        let line: Vec<String> = (0..cols)
            .map(|c| {
                screen
                    .cell(row, c)
                    .map_or(String::new(), |cell| cell.contents().to_string())
            })
            .collect();
        for col in 0..cols as usize {
            let text: String = line[col..].concat();
            if text.starts_with(word) {
                found.push(screen.cell(row, col as u16).unwrap().fgcolor());
            }
        }
    }
    found
}

/// A config file with `text` in a temporary folder (kept while the folder lives).
fn config_file(text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, text).unwrap();
    (dir, config)
}

/// The reader on the bundled briefing with the config file at `config`.
fn start_with(config: &Path, cols: u16, rows: u16) -> PtySession {
    let env = [("BRIEFING_CONFIG", config.to_str().unwrap())];
    PtySession::start(&[], &env, cols, rows)
}

#[test]
fn rebound_keys_and_colours_take_effect_and_help_shows_them() {
    let (_dir, config) =
        config_file("[keys.reader]\nnext-mention = [\"m\"]\n\n[colors]\nplace = \"#00ff00\"\n");
    let mut r = start_with(&config, 140, 40);
    r.screen_has("Entities:");
    let bamako = colours_of(r.parser.screen(), "Bamako");
    assert!(!bamako.is_empty(), "Bamako not on screen");
    assert!(
        bamako.contains(&vt100::Color::Rgb(0, 255, 0)),
        "places not in the configured colour: {bamako:?}"
    );
    // `]` no longer moves between mentions; `m` does.
    r.keys("]");
    r.pump(std::time::Duration::from_millis(300));
    let status = r.status();
    assert!(
        !status.contains(": mention") && !status.contains(": headline mention"),
        "{status}"
    );
    r.keys("m");
    r.wait_status("Mali: headline mention");
    // The help lists the keys in effect.
    r.keys("?");
    r.screen_has("next mention in the focused article");
    let screen = r.parser.screen().contents();
    let row = screen
        .lines()
        .find(|l| l.contains("next mention in the focused article"))
        .unwrap()
        .to_string();
    assert!(
        row.contains(" m ") || row.trim_start().starts_with("m "),
        "{row}"
    );
    assert!(!row.contains(']'), "{row}");
    r.keys("?");
    r.quit();
}

/// The status line names the keys the config binds, not the built-in ones: the quit
/// question's answers, and the save key in the note after an edit.
#[test]
fn the_status_line_names_the_configured_keys() {
    let (dir, config) = config_file(
        "[keys.reader]\nsave = \"W\"\n[keys.reader-quit]\nsave-and-quit = \"y\"\ndiscard = \"n\"\n",
    );
    let path = dir.path().join("b.yaml");
    std::fs::write(
        &path,
        include_str!("../../briefings/mali-le-campement-2017-06-18.yaml"),
    )
    .unwrap();
    let env = [("BRIEFING_CONFIG", config.to_str().unwrap())];
    let mut r = PtySession::start(&[path.to_str().unwrap()], &env, 140, 40);
    r.screen_has("Entities:");
    r.wait_status("W save");
    r.keys("]");
    r.wait_status(": headline mention");
    r.keys("x");
    r.wait_status("unsaved: W saves");
    r.keys("q");
    r.wait_status("y save and quit  n discard  Esc stay");
    assert!(!r.status().contains("w save"), "{}", r.status());
    r.keys("n");
    assert!(r.wait_exit().success());
}

#[test]
fn a_broken_config_keeps_the_reader_from_starting() {
    let (_dir, config) = config_file("[keys.reader]\nnext-mention = [\"m\"]\njump = \"m\"\n");
    let mut r = start_with(&config, 100, 30);
    let status = r.wait_exit();
    assert_eq!(status.exit_code(), 2);
    let shown = r.parser.screen().contents();
    let expected = format!(
        "{}:3:8: error: key \"m\" is bound to both `next-mention` and `jump`",
        config.display()
    );
    assert!(shown.replace('\n', "").contains(&expected), "{shown}");
    assert!(
        !common::contains(&r.raw, "\x1b[?1049h"),
        "the screen was opened"
    );
}

#[test]
fn export_defaults_skip_the_format_and_propose_the_folder() {
    let folder = tempfile::tempdir().unwrap();
    let out = folder.path().join("exports");
    std::fs::create_dir(&out).unwrap();
    let (_dir, config) = config_file(&format!(
        "[export]\nformat = \"json\"\nfolder = {:?}\n",
        out.to_str().unwrap()
    ));
    let mut r = start_with(&config, 160, 40);
    r.screen_has("Entities:");
    r.keys("e");
    let file = out.join("mali-le-campement-2017-06-18.json");
    r.wait_status(&format!("export to: {}", file.display()));
    r.keys("\r");
    r.wait_status("exported to ");
    let json = std::fs::read_to_string(&file).unwrap();
    assert!(json.trim_start().starts_with('{'), "{json}");
    r.quit();
}
