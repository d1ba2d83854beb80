//! The README documents the reader's keys: checked against the keymap table, so the two
//! cannot drift apart. On failure the test prints the table the README should hold.

use briefing::ui::keymap::{BINDINGS, keys_label};

fn expected_table() -> String {
    let mut table = String::from("| keys | action |\n|---|---|\n");
    for b in BINDINGS {
        table.push_str(&format!(
            "| {} | {} |\n",
            keys_label(b).replace('|', "\\|"),
            b.help
        ));
    }
    table
}

#[test]
fn readme_key_table_matches_the_keymap() {
    let readme = include_str!("../README.md");
    let table = expected_table();
    assert!(
        readme.contains(&table),
        "README.md should contain this key table:\n\n{table}"
    );
}

#[test]
fn readme_shows_the_two_setup_commands() {
    let readme = include_str!("../README.md");
    assert!(readme.contains("cargo run --release"));
    assert!(readme.contains("cargo test"));
}
