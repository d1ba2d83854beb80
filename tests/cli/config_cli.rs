//! The config file through the real binary: `config --default` and `--check`, every kind of
//! error with its line and column, no command starting on a half-read config, and what a
//! config changes (colours in `render`, who does the bidi).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common;

struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    fn new() -> Home {
        Home {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    /// The default config place below this home.
    fn config_path(&self) -> PathBuf {
        self.dir.path().join(".config/briefing/config.toml")
    }

    fn write_config(&self, text: &str) -> PathBuf {
        let path = self.config_path();
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path
    }

    /// `briefing ARGS` with this home and nothing of the caller's environment that matters.
    fn run(&self, args: &[&str], env: &[(&str, &str)]) -> Output {
        let mut command = common::briefing();
        command
            .args(args)
            .env("HOME", self.dir.path())
            .env("BRIEFING_CACHE_DIR", self.dir.path().join("cache"))
            .env_remove("XDG_CONFIG_HOME");
        for (k, v) in env {
            command.env(k, v);
        }
        command.output().unwrap()
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn the_default_config_checks_and_changes_nothing() {
    let home = Home::new();
    let out = home.run(&["config", "--default"], &[]);
    assert!(out.status.success());
    let default = text(&out.stdout);
    assert!(default.contains("[colors]") && default.contains("place = {"));
    let path = home.write_config(&default);
    let check = home.run(&["config", "--check"], &[]);
    assert!(check.status.success(), "{}", text(&check.stderr));
    assert_eq!(
        text(&check.stdout),
        format!("ok {}: the config in use\n", path.display())
    );
    let with = home.run(&["render", "--color", "always", "-w", "120"], &[]);
    std::fs::remove_file(&path).unwrap();
    let without = home.run(&["render", "--color", "always", "-w", "120"], &[]);
    assert_eq!(with.stdout, without.stdout);
}

#[test]
fn check_says_when_there_is_no_file() {
    let home = Home::new();
    let out = home.run(&["config", "--check"], &[]);
    assert!(out.status.success());
    let expected = format!(
        "no config file at {}: the defaults are in use\n",
        home.config_path().display()
    );
    assert_eq!(text(&out.stdout), expected);
    let xdg = home.dir.path().join("xdg");
    let out = home.run(
        &["config", "--check"],
        &[("XDG_CONFIG_HOME", xdg.to_str().unwrap())],
    );
    assert!(text(&out.stdout).contains(&format!("{}", xdg.join("briefing/config.toml").display())));
}

/// Each broken config, the message `check` (and every other command) gives, at its place.
#[test]
fn every_config_error_names_its_line_and_column() {
    let cases: &[(&str, &str)] = &[
        (
            "theme = \"dark\"\nfont = 3\n",
            "2:1: error: unknown field `font`",
        ),
        (
            "theme = \"sepia\"\n",
            "1:9: error: unknown theme `sepia` (known: dark, light)",
        ),
        (
            "[colors]\nplace = \"teal\"\n",
            "2:9: error: colors.place: unknown colour \"teal\"",
        ),
        (
            "[colors]\nplace = 300\n",
            "2:9: error: colors.place: colour index 300 is out of range (0 to 255)",
        ),
        (
            "[colors]\nplaces = \"red\"\n",
            "2:1: error: unknown colour role `places`",
        ),
        (
            "[colors]\nactor = { fg = \"red\", blink = true }\n",
            "2:9: error: colors.actor: unknown look field `blink`",
        ),
        (
            "[[terminal]]\nterm = \"xterm*\"\nbidi = \"both\"\n",
            "3:8: error: bidi must be \"app\" or \"terminal\", not \"both\"",
        ),
        (
            "[[terminal]]\nbidi = \"app\"\n",
            "2:8: error: a [[terminal]] rule needs at least one of term, term_program or env",
        ),
        (
            "[export]\nformat = \"pdf\"\n",
            "2:10: error: export format must be \"md\", \"html\" or \"json\", not \"pdf\"",
        ),
        ("theme = \"dark\n", "1:14: error: invalid basic string"),
        (
            "[keys.viewer]\nquit = \"x\"\n",
            "1:7: error: unknown key mode `viewer` (known: reader, ",
        ),
        (
            "[keys.reader]\nfly = \"x\"\n",
            "2:1: error: unknown action `fly` (known: move-down, move-up, ",
        ),
        (
            "[keys.reader]\nquit = \"alt-q\"\n",
            "2:8: error: unknown key \"alt-q\"",
        ),
        (
            "[keys.reader]\nquit = \"C-c\"\n",
            "2:8: error: Ctrl-c always quits",
        ),
        (
            "[keys.library]\nquit = [\"x\", \"x\"]\n",
            "2:8: error: key \"x\" is listed twice",
        ),
        (
            "[keys.reader]\nnext-mention = \"m\"\nsearch = [\"/\", \"m\"]\n",
            "3:10: error: key \"m\" is bound to both `next-mention` and `search`",
        ),
    ];
    let home = Home::new();
    for (config, expected) in cases {
        let path = home.write_config(config);
        for args in [&["config", "--check"][..], &["render"][..], &[][..]] {
            let out = home.run(args, &[]);
            assert_eq!(out.status.code(), Some(2), "{config:?} {args:?}");
            assert!(out.stdout.is_empty(), "{args:?} started on a broken config");
            let err = text(&out.stderr);
            let want = format!("{}:{expected}", path.display());
            assert!(
                err.starts_with(&want),
                "{config:?}: got {err:?}, want {want:?}"
            );
            assert_eq!(err.lines().count(), 1, "{err}");
        }
    }
}

/// A config that leaves an answer of a question (or the way out of a prompt) without a key
/// is refused, naming the mode and the action; moving the answers to other keys is fine.
#[test]
fn a_question_left_without_an_answer_is_refused() {
    let cases: &[(&str, &str)] = &[
        (
            "[keys.reader-quit]\nsave-and-quit = []\ndiscard = []\nstay = []\n",
            "1:7: error: [keys.reader-quit] leaves `save-and-quit` without a key",
        ),
        (
            "[keys.reader-quit]\ndiscard = [\"w\", \"d\"]\n",
            "1:7: error: [keys.reader-quit] leaves `save-and-quit` without a key",
        ),
        (
            "[keys.reader-reload]\nkeep = []\n",
            "1:7: error: [keys.reader-reload] leaves `keep` without a key",
        ),
        (
            "[keys.popup]\nclose = []\n",
            "1:7: error: [keys.popup] leaves `close` without a key",
        ),
    ];
    let home = Home::new();
    for (config, expected) in cases {
        let path = home.write_config(config);
        let out = home.run(&["config", "--check"], &[]);
        assert_eq!(out.status.code(), Some(2), "{config:?}");
        let err = text(&out.stderr);
        let want = format!("{}:{expected}", path.display());
        assert!(
            err.starts_with(&want),
            "{config:?}: got {err:?}, want {want:?}"
        );
    }
    home.write_config("[keys.reader-quit]\nsave-and-quit = \"y\"\ndiscard = \"n\"\n");
    let out = home.run(&["config", "--check"], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
}

#[test]
fn unusable_files_are_errors_and_a_missing_named_file_too() {
    let home = Home::new();
    let dir = home.dir.path();
    let binary = dir.join("binary.toml");
    std::fs::write(&binary, b"theme = \"\xff\"\n").unwrap();
    let big = dir.join("big.toml");
    std::fs::write(&big, "# x\n".repeat(300_000)).unwrap();
    let cases: &[(&Path, &str)] = &[
        (&binary, "not UTF-8 (at byte 9)"),
        (&big, "larger than the limit of 1048576 bytes"),
        (dir, "not a regular file"),
        (&dir.join("missing.toml"), "No such file or directory"),
    ];
    for (path, expected) in cases {
        let out = home.run(
            &["config", "--check"],
            &[("BRIEFING_CONFIG", path.to_str().unwrap())],
        );
        assert_eq!(out.status.code(), Some(2));
        let err = text(&out.stderr);
        assert!(
            err.starts_with(&format!("{}: error: ", path.display())),
            "{err}"
        );
        assert!(err.contains(expected), "{err}");
    }
}

/// The default place unreadable for the system (a loop of links, a file where a folder
/// should be, a folder without permission where permissions are enforced, as they are not
/// for root): the defaults with a warning; the same file named by BRIEFING_CONFIG: an error.
#[test]
fn an_unreadable_default_config_means_the_defaults_with_a_warning() {
    use std::os::unix::fs::{PermissionsExt, symlink};
    let looping = Home::new();
    let path = looping.config_path();
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    symlink(&path, &path).unwrap();
    let not_a_folder = Home::new();
    std::fs::write(not_a_folder.dir.path().join(".config"), "").unwrap();
    let locked = Home::new();
    locked.write_config("theme = \"light\"\n");
    let config_dir = locked.dir.path().join(".config");
    std::fs::set_permissions(&config_dir, std::fs::Permissions::from_mode(0o000)).unwrap();
    let enforced = std::fs::metadata(locked.config_path())
        .is_err_and(|e| e.kind() == std::io::ErrorKind::PermissionDenied);
    let mut homes = vec![
        (&looping, "symbolic links"),
        (&not_a_folder, "Not a directory"),
    ];
    if enforced {
        homes.push((&locked, "Permission denied"));
    } else {
        eprintln!("permission bits are not enforced here (root?): the mode 000 case is skipped");
    }
    let defaults = Home::new().run(&["render", "-w", "80"], &[]);
    for (home, reason) in homes {
        let path = home.config_path();
        let warning = format!("{}: warning: cannot read the config file (", path.display());
        let render = home.run(&["render", "-w", "80"], &[]);
        let err = text(&render.stderr);
        assert!(render.status.success(), "{err}");
        assert_eq!(render.stdout, defaults.stdout);
        assert!(err.starts_with(&warning), "{err}");
        assert!(
            err.contains(reason) && err.contains("the defaults are in use"),
            "{err}"
        );
        let check = home.run(&["config", "--check"], &[]);
        assert!(check.status.success());
        assert!(text(&check.stderr).starts_with(&warning));
        assert_eq!(
            text(&check.stdout),
            format!(
                "config file at {} not readable: the defaults are in use\n",
                path.display()
            )
        );
        let named = home.run(
            &["config", "--check"],
            &[("BRIEFING_CONFIG", path.to_str().unwrap())],
        );
        assert_eq!(named.status.code(), Some(2));
        let err = text(&named.stderr);
        assert!(
            err.starts_with(&format!("{}: error: ", path.display())) && err.contains(reason),
            "{err}"
        );
    }
    std::fs::set_permissions(&config_dir, std::fs::Permissions::from_mode(0o755)).unwrap();
}

/// A key of a megabyte is quoted by its first 60 characters, on one short line.
#[test]
fn a_huge_key_is_quoted_short() {
    let home = Home::new();
    let path = home.write_config(&format!("{} = 1\n", "k".repeat(1_000_000)));
    for args in [&["config", "--check"][..], &["render"][..]] {
        let out = home.run(args, &[]);
        assert_eq!(out.status.code(), Some(2));
        let err = text(&out.stderr);
        let want = format!(
            "{}:1:1: error: unknown field `{}…`, expected one of ",
            path.display(),
            "k".repeat(60)
        );
        assert!(err.starts_with(&want), "{}", &err[..err.len().min(300)]);
        assert!(
            err.len() < 500 && err.lines().count() == 1,
            "{} bytes",
            err.len()
        );
    }
}

#[test]
fn a_fifo_as_config_is_refused_without_blocking() {
    let home = Home::new();
    let fifo = home.dir.path().join("fifo.toml");
    let status = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(status.success());
    let out = home.run(
        &["config", "--check"],
        &[("BRIEFING_CONFIG", fifo.to_str().unwrap())],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("not a regular file"));
}

#[test]
fn colours_from_the_config_reach_render() {
    let home = Home::new();
    home.write_config("[colors]\nplace = \"#00ff00\"\nactor = 208\n");
    let out = home.run(&["render", "--color", "always", "-w", "120"], &[]);
    let shown = text(&out.stdout);
    assert!(shown.contains("\x1b[38;2;0;255;0m"), "no RGB place colour");
    assert!(shown.contains("\x1b[38;5;208m"), "no indexed actor colour");
    // NO_COLOR still wins.
    let plain = home.run(
        &["render", "--color", "auto", "-w", "120"],
        &[("NO_COLOR", "1")],
    );
    assert!(!text(&plain.stdout).contains("\x1b["));
}

#[test]
fn light_theme_changes_the_actor_colour() {
    let home = Home::new();
    let dark = home.run(&["render", "--color", "always", "-w", "120"], &[]);
    home.write_config("theme = \"light\"\n");
    let light = home.run(&["render", "--color", "always", "-w", "120"], &[]);
    // Actors: cyan (palette 6) on dark backgrounds, blue (4) on light ones.
    assert!(text(&dark.stdout).contains("\x1b[38;5;6m"));
    assert!(!text(&light.stdout).contains("\x1b[38;5;6m"));
    assert!(text(&light.stdout).contains("\x1b[38;5;4m"));
}

/// Konsole reorders lines itself: without `--bidi`, the output stays in logical order there;
/// a config rule or `--bidi app` says otherwise.
#[test]
fn konsole_gets_logical_order_unless_told() {
    let home = Home::new();
    let konsole = [("KONSOLE_VERSION", "230401")];
    let arabic_word = "مالي";
    // In visual order the Arabic letters of a word come reversed.
    let reversed: String = arabic_word.chars().rev().collect();
    let plain = |out: &Output| text(&out.stdout);
    let default = plain(&home.run(&[], &[]));
    let in_konsole = plain(&home.run(&[], &konsole));
    let forced = plain(&home.run(&["--bidi", "app"], &konsole));
    assert!(!in_konsole.contains(&reversed) && in_konsole.contains(arabic_word));
    assert_ne!(default, in_konsole);
    assert_eq!(default, forced);
    home.write_config("[[terminal]]\nenv = \"KONSOLE_VERSION\"\nbidi = \"app\"\n");
    assert_eq!(plain(&home.run(&[], &konsole)), default);
}
