//! The README documents the keys of every mode of the reader and of the library: checked
//! against the keymaps, so they cannot drift apart. On failure the test prints the table the
//! README should hold.

use briefing::ui::keymap::{Keymap, keys_label};
use briefing::ui::library::keys::LibraryKeys;
use briefing::ui::reader::keys::ReaderKeys;

fn expected_table<A: Copy + PartialEq>(keymap: &Keymap<A>) -> String {
    let mut text = String::from("| keys | action |\n|---|---|\n");
    for b in keymap.bindings() {
        text.push_str(&format!(
            "| {} | {} |\n",
            keys_label(b).replace('|', "\\|"),
            b.help
        ));
    }
    text
}

fn assert_documented(table: String) {
    let readme = include_str!("../../README.md");
    assert!(
        readme.contains(&table),
        "README.md should contain this key table:\n\n{table}"
    );
}

#[test]
fn readme_key_tables_match_the_reader_keymaps() {
    let keys = ReaderKeys::default();
    assert_documented(expected_table(&keys.normal));
    assert_documented(expected_table(&keys.select));
    assert_documented(expected_table(&keys.popup));
    assert_documented(expected_table(&keys.input));
    assert_documented(expected_table(&keys.export));
    assert_documented(expected_table(&keys.pick));
    assert_documented(expected_table(&keys.review));
    assert_documented(expected_table(&keys.quit));
    assert_documented(expected_table(&keys.reload));
    assert_documented(expected_table(&keys.recover));
}

#[test]
fn readme_key_tables_match_the_library_keymaps() {
    let keys = LibraryKeys::default();
    assert_documented(expected_table(&keys.list));
    assert_documented(expected_table(&keys.filter));
}

#[test]
fn readme_shows_the_two_setup_commands() {
    let readme = include_str!("../../README.md");
    assert!(readme.contains("cargo run --release"));
    assert!(readme.contains("cargo test"));
}
