//! `briefing merge` and the git merge driver, with the real `git`: two annotators edit one
//! briefing on two branches through the annotate session (one marks places in the Arabic
//! article, one changes a figure and links two entities; one changes the title, a source,
//! a kind and deletes an entity, one a figure) and git merges them cleanly; a
//! real conflict makes `git merge` fail and leaves a `conflicts:` list that `check`
//! reports; docs/TEAMS.md's worked example runs as written; bad input is refused.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use briefing::annotate::{Edit, Field, Session};
use briefing::briefing::{Briefing, EntityIx, EntityKind, Figure, FigureType, Part, load_path};
use tempfile::TempDir;

use crate::common;

const BUNDLED: &str = "briefings/mali-le-campement-2017-06-18.yaml";

fn repo_file(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// `command` with the tests' clean environment (no config, no `BRIEFING_*`, no global or
/// system git config), run in `dir`.
fn clean(mut command: Command, dir: &Path, cache: &TempDir) -> Command {
    for (name, value) in common::test_env(cache.path()) {
        match value {
            Some(value) => command.env(name, value),
            None => command.env_remove(name),
        };
    }
    command
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .current_dir(dir);
    command
}

/// A repository in a temporary folder with the driver set up (the built binary's absolute
/// path) and the bundled briefing committed as `mali.yaml` on `main`.
struct Repo {
    dir: TempDir,
    cache: TempDir,
}

impl Repo {
    fn new() -> Repo {
        let repo = Repo {
            dir: TempDir::new().unwrap(),
            cache: TempDir::new().unwrap(),
        };
        let driver = format!("{} merge --git %O %A %B %P", env!("CARGO_BIN_EXE_briefing"));
        repo.ok(&["init", "-q", "-b", "main"]);
        repo.ok(&["config", "user.name", "Test Analyst"]);
        repo.ok(&["config", "user.email", "test@example.org"]);
        repo.ok(&["config", "merge.briefing.driver", &driver]);
        std::fs::write(repo.path(".gitattributes"), "*.yaml merge=briefing\n").unwrap();
        std::fs::copy(repo_file(BUNDLED), repo.path("mali.yaml")).unwrap();
        repo.ok(&["add", "."]);
        repo.ok(&["commit", "-q", "-m", "the bundled briefing"]);
        repo
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn git(&self, args: &[&str]) -> Output {
        let mut git = clean(Command::new("git"), self.dir.path(), &self.cache);
        git.args(args).output().expect("run git")
    }

    fn ok(&self, args: &[&str]) -> Output {
        let out = self.git(args);
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    /// On a new branch from `main`: `edit` makes edits through an annotate session on
    /// mali.yaml, which is saved and committed.
    fn branch(&self, name: &str, edit: impl FnOnce(&mut Session)) {
        self.ok(&["switch", "-q", "main"]);
        self.ok(&["switch", "-q", "-c", name]);
        let mut session = Session::open(self.path("mali.yaml"), 1 << 26).unwrap();
        edit(&mut session);
        session.save(true, &mut || {}).unwrap();
        self.ok(&["commit", "-q", "-am", name]);
    }
}

impl Repo {
    /// Merges `branch` with the driver: git must succeed, and the file load with no
    /// conflict and pass `check`. The merged briefing.
    fn merge_cleanly(&self, branch: &str) -> Briefing {
        let merge = self.git(&["merge", "-q", "--no-edit", branch]);
        assert!(
            merge.status.success(),
            "{}",
            String::from_utf8_lossy(&merge.stderr)
        );
        let merged = load_path(&self.path("mali.yaml"), 1 << 26).unwrap();
        assert!(merged.conflicts.is_empty());
        assert_eq!(self.check().status.code(), Some(0));
        merged.briefing
    }

    /// `briefing check mali.yaml`.
    fn check(&self) -> Output {
        let mut check = common::briefing();
        check.arg("check").arg(self.path("mali.yaml"));
        check.output().unwrap()
    }
}

fn killed(count: u64) -> Option<Figure> {
    Some(Figure {
        kind: FigureType::Killed,
        count,
        count_max: None,
        qualifier: Default::default(),
        superseded: false,
        as_of: None,
    })
}

/// Marks a place in the Arabic article: both occurrences of كانغابا as a new place,
/// Kangaba.
fn mark_kangaba(s: &mut Session) {
    let b = s.model().clone();
    let ar = b.article_index("ar").unwrap();
    let kangaba = EntityIx(b.entities.len());
    let spans: Vec<_> = b.articles[ar]
        .text
        .match_indices("كانغابا")
        .map(|(i, w)| i..i + w.len())
        .collect();
    assert_eq!(spans.len(), 2);
    let mut edits = vec![Edit::CreateEntity {
        id: "kangaba".into(),
        kind: EntityKind::Place,
        name: "Kangaba".into(),
        names: [("ar".to_string(), "كانغابا".to_string())].into(),
        figure: None,
    }];
    edits.extend(spans.into_iter().map(|bytes| Edit::AddMention {
        entity: kangaba,
        article: ar,
        part: Part::Text,
        bytes,
        figure: None,
    }));
    s.perform(edits).unwrap();
}

fn set_toll(count: u64) -> impl FnOnce(&mut Session) {
    move |s: &mut Session| {
        let killed_entity = s.model().entity_index("campement-killed").unwrap();
        s.perform(vec![Edit::SetFigure {
            entity: killed_entity,
            figure: killed(count),
        }])
        .unwrap();
    }
}

#[test]
fn git_merges_two_annotators_work_cleanly() {
    let repo = Repo::new();
    repo.branch("places", mark_kangaba);
    repo.branch("figures", |s| {
        set_toll(3)(s);
        let b = s.model().clone();
        let (from, to) = (
            b.entity_index("alex-duval-smith").unwrap(),
            b.entity_index("reuters").unwrap(),
        );
        s.perform(vec![Edit::Link { from, to }]).unwrap();
    });
    let b = &repo.merge_cleanly("places");
    let kangaba = b
        .entity_index("kangaba")
        .expect("the places branch's entity");
    assert_eq!(
        b.mention_counts(kangaba)[b.article_index("ar").unwrap().0],
        2
    );
    let toll = &b.entities[b.entity_index("campement-killed").unwrap()];
    assert_eq!(toll.figure, killed(3));
    let smith = &b.entities[b.entity_index("alex-duval-smith").unwrap()];
    let reuters = b.entity_index("reuters").unwrap();
    assert!(smith.links.contains(&reuters));
    // The file's comments are kept.
    let text = std::fs::read_to_string(repo.path("mali.yaml")).unwrap();
    assert!(text.contains("# \"two killed so far\": the toll the minister gave"));
}

#[test]
fn git_merges_metadata_changed_on_one_branch_cleanly() {
    let repo = Repo::new();
    repo.branch("metadata", |s| {
        let b = s.model().clone();
        let en = b.article_index("en").unwrap();
        let set = |field, value: &str| Edit::SetField {
            field,
            value: Some(value.into()),
        };
        s.perform(vec![
            set(Field::Title, "Le Campement attack, merged"),
            set(Field::Source(en), "Reuters"),
            Edit::SetKind {
                entity: b.entity_index("maghreb").unwrap(),
                kind: EntityKind::Actor,
                figure: None,
            },
            Edit::RemoveEntity {
                entity: b.entity_index("eu").unwrap(),
            },
        ])
        .unwrap();
    });
    repo.branch("figures", set_toll(3));
    let b = &repo.merge_cleanly("metadata");
    assert_eq!(b.title, "Le Campement attack, merged");
    assert_eq!(b.articles[b.article_index("en").unwrap()].source, "Reuters");
    let maghreb = b.entity_index("maghreb").unwrap();
    assert_eq!(b.entities[maghreb].kind, EntityKind::Actor);
    assert_eq!(b.entity_index("eu"), None);
    let toll = &b.entities[b.entity_index("campement-killed").unwrap()];
    assert_eq!(toll.figure, killed(3));
}

#[test]
fn a_real_conflict_fails_the_merge_and_check_reports_it() {
    let repo = Repo::new();
    repo.branch("four", set_toll(4));
    repo.branch("five", set_toll(5));
    let merge = repo.git(&["merge", "-q", "--no-edit", "four"]);
    assert_eq!(merge.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&merge.stderr);
    assert!(
        stderr.contains("mali.yaml:") && stderr.contains("merge conflict on figure"),
        "{stderr}"
    );
    let text = std::fs::read_to_string(repo.path("mali.yaml")).unwrap();
    let at = text.find("\nconflicts:\n").expect("a conflicts: list") + 1;
    let line = text[..at].lines().count() + 2;
    // OURS's figure is kept.
    let loaded = load_path(&repo.path("mali.yaml"), 1 << 26).unwrap();
    let b = &loaded.briefing;
    assert_eq!(
        b.entities[b.entity_index("campement-killed").unwrap()].figure,
        killed(5)
    );
    assert_eq!(b.conflicts.len(), 1);
    let check = repo.check();
    assert_eq!(check.status.code(), Some(1));
    let errors = String::from_utf8_lossy(&check.stderr);
    let want = format!(
        "mali.yaml:{line}:5: error: merge conflict on figure of entity \"campement-killed\": ours (5 killed) was kept, theirs is 4 killed; fix: "
    );
    assert!(errors.contains(&want), "{errors}\nwanted {want}");
}

#[test]
fn bad_inputs_are_refused_and_nothing_is_written() {
    let dir = TempDir::new().unwrap();
    let bad = dir.path().join("bad.yaml");
    let text = std::fs::read_to_string(repo_file(BUNDLED)).unwrap();
    std::fs::write(&bad, text.replacen("entities:", "entites:", 1)).unwrap();
    let out = dir.path().join("out.yaml");
    let run = |theirs: &Path, extra: &[&str]| {
        common::briefing()
            .args(["merge", BUNDLED, BUNDLED])
            .arg(theirs)
            .arg("-o")
            .arg(&out)
            .args(extra)
            .output()
            .unwrap()
    };
    let refused = run(&bad, &[]);
    assert_eq!(refused.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("bad.yaml:60:1: error: \"entites\" is not a field; did you mean entities?"),
        "{stderr}"
    );
    assert!(!out.exists());
    // A clean merge writes OUT; an existing OUT needs --force.
    assert_eq!(run(&repo_file(BUNDLED), &[]).status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), text);
    assert_eq!(run(&repo_file(BUNDLED), &[]).status.code(), Some(1));
    assert_eq!(
        run(&repo_file(BUNDLED), &["--force"]).status.code(),
        Some(0)
    );
    // Without -o (and without --git): a usage error.
    let usage = common::briefing()
        .args(["merge", BUNDLED, BUNDLED, BUNDLED])
        .output()
        .unwrap();
    assert_eq!(usage.status.code(), Some(2));
}

/// The ```sh blocks of docs/TEAMS.md's sections on setting up and merging, in order.
fn teams_doc_commands() -> String {
    let doc = std::fs::read_to_string(repo_file("docs/TEAMS.md")).unwrap();
    let mut script = String::new();
    let mut section = false;
    let mut block = false;
    for line in doc.lines() {
        if let Some(title) = line.strip_prefix("## ") {
            section = matches!(title, "Setting up a team repository" | "Merging");
        } else if section && line == "```sh" {
            block = true;
        } else if block && line == "```" {
            block = false;
        } else if block {
            script.push_str(line);
            script.push('\n');
        }
    }
    script
}

#[test]
fn the_teams_doc_example_runs_as_written() {
    let script = teams_doc_commands();
    assert!(script.contains("git merge") && script.contains("briefing check"));
    let dir = TempDir::new().unwrap();
    let cache = TempDir::new().unwrap();
    let bin = Path::new(env!("CARGO_BIN_EXE_briefing")).parent().unwrap();
    let path = std::env::join_paths(std::iter::once(bin.to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .unwrap();
    let mut sh = clean(Command::new("sh"), dir.path(), &cache);
    let out = sh
        .args(["-e", "-c", &script])
        .env("PATH", path)
        .env("BRIEFING_SRC", env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("merge conflict on figure"), "{stderr}");
    let merged = load_path(
        &dir.path().join("team-briefings/briefings/mali.yaml"),
        1 << 26,
    )
    .unwrap();
    assert!(merged.conflicts.is_empty());
    assert!(merged.briefing.entity_index("kangaba").is_some());
}
