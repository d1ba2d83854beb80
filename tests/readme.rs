//! The README documents the keys of the reader and of the library: checked against the
//! keymap tables, so they cannot drift apart. On failure the test prints the table the README
//! should hold.

use briefing::ui::keymap::{BINDINGS, Binding, LIBRARY_BINDINGS, keys_label};

fn expected_table<A>(table: &[Binding<A>]) -> String {
    let mut text = String::from("| keys | action |\n|---|---|\n");
    for b in table {
        text.push_str(&format!(
            "| {} | {} |\n",
            keys_label(b).replace('|', "\\|"),
            b.help
        ));
    }
    text
}

fn assert_documented(table: String) {
    let readme = include_str!("../README.md");
    assert!(
        readme.contains(&table),
        "README.md should contain this key table:\n\n{table}"
    );
}

#[test]
fn readme_key_table_matches_the_keymap() {
    assert_documented(expected_table(BINDINGS));
}

#[test]
fn readme_library_key_table_matches_the_keymap() {
    assert_documented(expected_table(LIBRARY_BINDINGS));
}

#[test]
fn readme_shows_the_two_setup_commands() {
    let readme = include_str!("../README.md");
    assert!(readme.contains("cargo run --release"));
    assert!(readme.contains("cargo test"));
}
