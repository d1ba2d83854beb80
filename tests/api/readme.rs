//! The README documents the keys of every mode of the reader and of the library: checked
//! against the keymaps, so they cannot drift apart. On failure the test prints the table the
//! README should hold.

use briefing::ui::keys::{Keys, MODES};

fn assert_documented(table: String) {
    let readme = include_str!("../../README.md");
    assert!(
        readme.contains(&table),
        "README.md should contain this key table:\n\n{table}"
    );
}

#[test]
fn readme_key_tables_match_every_modes_keymaps() {
    let mut keys = Keys::default();
    assert_documented(keys.reader.recover.markdown());
    for mode in MODES {
        for map in (mode.maps)(&mut keys) {
            assert_documented(map.readme_table());
        }
    }
}

#[test]
fn readme_shows_the_two_setup_commands() {
    let readme = include_str!("../../README.md");
    assert!(readme.contains("cargo run --release"));
    assert!(readme.contains("cargo test"));
}
