//! The check that keeps dependencies pointing one way (test-only).
//!
//! The layer order is written once, in the crate's doc (lib.rs, "Layers": a numbered list,
//! top to bottom, of the top-level modules in each layer). The test reads that list, reads
//! the README's drawing of the layers and fails when the two differ; then it reads every
//! source file under src/, maps it to its top-level module (`src/ui/reader/keys.rs` -> `ui`,
//! `src/render.rs` -> `render`) and that module to its layer, finds every `crate::` path in
//! the code (comments left out; `use crate::{a, b::c}` groups too; in main.rs the crate's
//! own name, `briefing::`) and fails, naming file:line, on each one that points to the
//! module's own layer or a layer above it. A top-level module missing from the list fails
//! too, so a new module has to be given its place.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The layers as lib.rs's doc lists them, top first: `N. \`a\`, \`b\`: what they are`.
fn layers_in_lib_doc(doc: &str) -> Vec<Vec<String>> {
    doc.lines()
        .filter_map(|line| line.strip_prefix("//! "))
        .filter_map(|line| {
            let (number, rest) = line.split_once(". ")?;
            number.parse::<usize>().ok()?;
            let names = rest.split_once(':').map_or(rest, |(names, _)| names);
            Some(
                names
                    .split(',')
                    .map(|n| n.trim().trim_matches('`').to_string())
                    .collect(),
            )
        })
        .collect()
}

/// The layers as the README's drawing shows them, top first: the ```text block after the
/// line that says "Dependencies point one way", one layer a line (`a, b -- what they are`;
/// the `|` and `v` lines between them are arrows).
fn layers_in_readme(readme: &str) -> Vec<Vec<String>> {
    let after = readme
        .split_once("Dependencies point one way")
        .map_or("", |(_, after)| after);
    let block = after
        .split_once("```text\n")
        .and_then(|(_, rest)| rest.split_once("```"))
        .map_or("", |(block, _)| block);
    block
        .lines()
        .filter_map(|line| line.split_once(" -- "))
        .map(|(names, _)| names.split(',').map(|n| n.trim().to_string()).collect())
        .collect()
}

/// Every `.rs` file below `dir`.
fn sources(dir: &Path, into: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            sources(&path, into);
        } else if path.extension().is_some_and(|e| e == "rs") {
            into.push(path);
        }
    }
}

/// The top-level module a file under src/ belongs to.
fn module_of(relative: &Path) -> String {
    let first = relative.components().next().unwrap();
    let name = first.as_os_str().to_string_lossy();
    name.strip_suffix(".rs").unwrap_or(&name).to_string()
}

/// The top-level modules `code` names through `prefix` (`crate::`), with their 1-based
/// lines; lines that are comments are left out.
fn imports(code: &str, prefix: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let mut group: Option<usize> = None;
    for (n, line) in code.lines().enumerate() {
        let line = line.trim();
        if line.starts_with("//") {
            continue;
        }
        let line = line.split_once(" //").map_or(line, |(code, _)| code);
        let mut rest = line;
        // Inside a `crate::{...}` group that spans lines: each item at the group's top level.
        if let Some(depth) = group.as_mut() {
            for item in top_level_items(rest, depth) {
                found.push((n + 1, item));
            }
            if *depth == 0 {
                group = None;
            }
            continue;
        }
        while let Some(at) = find_path(rest, prefix) {
            rest = &rest[at + prefix.len()..];
            if let Some(inner) = rest.strip_prefix('{') {
                let mut depth = 1;
                for item in top_level_items(inner, &mut depth) {
                    found.push((n + 1, item));
                }
                if depth > 0 {
                    group = Some(depth);
                }
                break;
            }
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            found.push((n + 1, name));
        }
    }
    found
}

/// Where `prefix` starts a path in `line` (not the tail of a longer name: `mycrate::`).
fn find_path(line: &str, prefix: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = line[from..].find(prefix).map(|i| i + from) {
        let before = line[..at].chars().next_back();
        if !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
            return Some(at);
        }
        from = at + prefix.len();
    }
    None
}

/// The first names of the items of a `{...}` group at depth 1, reading `text` from inside
/// the group at `depth`; `depth` is left at 0 when the group closes on this text.
fn top_level_items(text: &str, depth: &mut usize) -> Vec<String> {
    let mut items = Vec::new();
    let mut expecting = *depth == 1;
    let mut name = String::new();
    for c in text.chars() {
        if *depth == 0 {
            break;
        }
        match c {
            '{' => *depth += 1,
            '}' => *depth -= 1,
            ',' if *depth == 1 => expecting = true,
            _ => {}
        }
        if expecting && *depth == 1 {
            if c.is_alphanumeric() || c == '_' {
                name.push(c);
            } else if !name.is_empty() {
                items.push(std::mem::take(&mut name));
                expecting = false;
            }
        }
    }
    if !name.is_empty() {
        items.push(name);
    }
    items
}

/// Each import of `files` (path, text) that points to its own layer or one above:
/// `file:line: module -> target (layer i -> layer j)`.
fn violations(layers: &[Vec<String>], files: &[(String, String)]) -> Vec<String> {
    let layer_of: HashMap<&str, usize> = layers
        .iter()
        .enumerate()
        .flat_map(|(i, names)| names.iter().map(move |n| (n.as_str(), i + 1)))
        .collect();
    let mut bad = Vec::new();
    for (path, code) in files {
        let module = module_of(Path::new(path));
        if module == "lib" || module == "layers" {
            continue;
        }
        let Some(&own) = layer_of.get(module.as_str()) else {
            bad.push(format!(
                "src/{path}: module `{module}` is in no layer of lib.rs's list"
            ));
            continue;
        };
        let mut found = imports(code, "crate::");
        if module == "main" {
            found.extend(imports(code, "briefing::"));
        }
        for (line, target) in found {
            if target == module {
                continue;
            }
            match layer_of.get(target.as_str()) {
                Some(&to) if to > own => {}
                Some(&to) => bad.push(format!(
                    "src/{path}:{line}: `{module}` (layer {own}) imports `{target}` (layer {to}): \
                     an import may only point to a layer below its own"
                )),
                None => {}
            }
        }
    }
    bad
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lib_layers() -> Vec<Vec<String>> {
        layers_in_lib_doc(include_str!("lib.rs"))
    }

    #[test]
    fn the_readme_draws_the_layers_lib_rs_lists() {
        let listed = lib_layers();
        assert!(
            listed.len() > 3,
            "no layer list in lib.rs's doc: {listed:?}"
        );
        let drawn = layers_in_readme(include_str!("../README.md"));
        assert_eq!(
            drawn, listed,
            "README's drawing (left) vs lib.rs's list (right)"
        );
    }

    #[test]
    fn imports_point_only_to_lower_layers() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut paths = Vec::new();
        sources(&src, &mut paths);
        let files: Vec<(String, String)> = paths
            .iter()
            .map(|p| {
                let relative = p.strip_prefix(&src).unwrap();
                (
                    relative.to_string_lossy().into_owned(),
                    std::fs::read_to_string(p).unwrap(),
                )
            })
            .collect();
        assert!(files.len() > 50, "src/ not found at {}", src.display());
        let bad = violations(&lib_layers(), &files);
        assert!(
            bad.is_empty(),
            "imports against the layers:\n{}",
            bad.join("\n")
        );
    }

    #[test]
    fn every_listed_name_is_a_module_once() {
        let listed: Vec<String> = lib_layers().concat();
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        for name in &listed {
            let found = src.join(format!("{name}.rs")).exists() || src.join(name).is_dir();
            assert!(
                found || name == "textlayout",
                "`{name}` is not a module in src/"
            );
            assert_eq!(listed.iter().filter(|n| *n == name).count(), 1, "{name}");
        }
    }

    #[test]
    fn an_upward_or_sideways_import_is_named_with_its_line() {
        let layers = vec![
            vec!["commands".to_string()],
            vec!["ui".to_string(), "render".to_string()],
            vec!["briefing".to_string()],
        ];
        let file = |path: &str, code: &str| (path.to_string(), code.to_string());
        let files = [
            file("ui/mod.rs", "use crate::briefing::Briefing;\n"),
            file(
                "briefing/load.rs",
                "// crate::ui in a comment is fine\nuse crate::{\n    briefing::x,\n    ui::{a, b},\n};\n",
            ),
            file("ui/draw.rs", "fn f() { crate::render::g(); }\n"),
            file("commands/x.rs", "use crate::{ui, briefing::y};\n"),
            file("fresh.rs", "\n"),
        ];
        let bad = violations(&layers, &files);
        assert_eq!(bad.len(), 3, "{bad:#?}");
        assert!(bad[0].starts_with("src/briefing/load.rs:4: `briefing` (layer 3) imports `ui`"));
        assert!(bad[1].starts_with("src/ui/draw.rs:1: `ui` (layer 2) imports `render`"));
        assert!(bad[2].contains("module `fresh` is in no layer"));
    }
}
