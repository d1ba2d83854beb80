//! What the integration tests share: [`briefing`], the one builder of command-line runs of
//! the real binary (a clean environment and a private cache folder); [`hostile`], the one
//! loader of the hostile fixture; and the pseudo-terminal harness of the reader tests: the
//! real binary in a pty (portable-pty), under a memory limit, its output parsed by a
//! terminal emulator (vt100) that also records what the program asked of the terminal
//! beyond the screen (titles, clipboard, bells, OSC). Each test binary uses a part of it.
#![allow(dead_code)]

use std::ffi::OsString;
use std::io::{Read, Write};
use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};
use tempfile::TempDir;

/// A run of the real binary, used as a [`Command`] (it derefs to one): started in the
/// repository's folder (so the bundled briefing and relative fixture paths work), with
/// `NO_COLOR` and every `BRIEFING_*` variable of the test's environment removed, and
/// `BRIEFING_CACHE_DIR` set to a temporary folder that lives as long as this value (a test
/// may point it elsewhere with `.env`).
pub struct BriefingCommand {
    command: Command,
    cache: TempDir,
}

impl BriefingCommand {
    /// The folder the library's index cache goes to.
    pub fn cache_dir(&self) -> &Path {
        self.cache.path()
    }

    /// Runs it with stdin empty and collects its output, like [`Command::output`], but
    /// kills it and fails the test if it runs longer than `limit`.
    pub fn output_within(&mut self, limit: Duration) -> Output {
        let mut child = self
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run briefing");
        let collect = |mut pipe: Box<dyn Read + Send>| {
            std::thread::spawn(move || {
                let mut buf = Vec::new();
                pipe.read_to_end(&mut buf).map(|_| buf)
            })
        };
        let stdout = collect(Box::new(child.stdout.take().unwrap()));
        let stderr = collect(Box::new(child.stderr.take().unwrap()));
        let start = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if start.elapsed() > limit {
                let _ = child.kill();
                let _ = child.wait();
                panic!("{:?} ran over {limit:?}", self.command);
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        Output {
            status,
            stdout: stdout.join().unwrap().unwrap(),
            stderr: stderr.join().unwrap().unwrap(),
        }
    }
}

impl Deref for BriefingCommand {
    type Target = Command;
    fn deref(&self) -> &Command {
        &self.command
    }
}

impl DerefMut for BriefingCommand {
    fn deref_mut(&mut self) -> &mut Command {
        &mut self.command
    }
}

/// The binary with a clean environment (see [`BriefingCommand`]).
pub fn briefing() -> BriefingCommand {
    clean(Command::new(env!("CARGO_BIN_EXE_briefing")))
}

/// The binary under the memory limit of [`limited`], otherwise as [`briefing`].
pub fn briefing_limited() -> BriefingCommand {
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg(limited())
        .arg(env!("CARGO_BIN_EXE_briefing"));
    clean(command)
}

fn clean(mut command: Command) -> BriefingCommand {
    let cache = TempDir::new().expect("a temporary cache folder");
    command.current_dir(env!("CARGO_MANIFEST_DIR"));
    for (name, value) in test_env(cache.path()) {
        match value {
            Some(value) => command.env(name, value),
            None => command.env_remove(name),
        };
    }
    BriefingCommand { command, cache }
}

/// Every environment variable the program reads (`env::var` in src/, the default config's
/// terminal rules, the `dirs` crate's folders) and a few that change how it fails: removed
/// from every run of the binary, by [`briefing`] and by [`PtySession`], so that nothing of
/// the developer's setup (a config file, `NO_COLOR`, their terminal) leaks into a test.
pub const CLEARED_ENV: &[&str] = &[
    "BRIEFING_CONFIG",
    "BRIEFING_CACHE_DIR",
    "BRIEFING_TEST_PANIC",
    "BRIEFING_TEST_PAUSE_WRITE",
    "NO_COLOR",
    "TERM",
    "TERM_PROGRAM",
    "COLORTERM",
    "KONSOLE_VERSION",
    "MLTERM",
    "COLUMNS",
    "LINES",
    "HOME",
    "XDG_CONFIG_HOME",
    "XDG_CACHE_HOME",
    "RUST_BACKTRACE",
    "RUST_LIB_BACKTRACE",
];

/// The environment of a run of the binary, as changes to the test's own: each variable of
/// [`CLEARED_ENV`] and any other `BRIEFING_*` removed (`None`), then the few set (`Some`) that
/// make runs alike: the index cache in `cache`, and a home and config folder that do not
/// exist (the default config). A test adds its own after these.
pub fn test_env(cache: &Path) -> Vec<(OsString, Option<OsString>)> {
    let briefing_vars = std::env::vars_os()
        .map(|(name, _)| name)
        .filter(|name| name.to_string_lossy().starts_with("BRIEFING_"));
    let mut vars: Vec<(OsString, Option<OsString>)> = CLEARED_ENV
        .iter()
        .map(OsString::from)
        .chain(briefing_vars)
        .map(|name| (name, None))
        .collect();
    vars.push(("HOME".into(), Some(no_config_home().into())));
    vars.push(("XDG_CONFIG_HOME".into(), Some(no_config_home().into())));
    vars.push(("BRIEFING_CACHE_DIR".into(), Some(cache.into())));
    vars
}

/// A config folder that does not exist.
pub fn no_config_home() -> PathBuf {
    test_file("no-config")
}

/// Runs the binary with `args` and its stdout closed before it writes anything (it is still
/// starting), as `briefing … | head` ends up: every write to stdout fails.
pub fn output_with_stdout_closed(args: &[&str]) -> Output {
    let mut child = briefing()
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run briefing");
    drop(child.stdout.take());
    child.wait_with_output().expect("wait for briefing")
}

/// `text` with its first `from` replaced by `to`, written to a temporary file and checked:
/// `check` must refuse it (exit 1); returns its first line of error without the file's
/// path and colon ("12:5: error: …").
pub fn first_check_error(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from}");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.yaml");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    let out = briefing()
        .args(["check", path.to_str().unwrap()])
        .output()
        .expect("run briefing check");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{to}: {stderr}");
    let first = stderr.lines().next().unwrap_or("");
    let prefix = format!("{}:", path.display());
    first
        .strip_prefix(&prefix)
        .unwrap_or_else(|| panic!("{first:?} does not start with {prefix:?}"))
        .to_string()
}

/// A file of the repository's tests/ folder.
pub fn test_file(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(name)
}

/// The names in a folder, sorted.
pub fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The hostile fixture (tests/hostile/hostile.yaml), loaded: it is valid, with warnings.
pub fn hostile() -> ::briefing::briefing::Briefing {
    ::briefing::briefing::load_path(&test_file("hostile/hostile.yaml"), 1 << 20)
        .expect("hostile.yaml is valid")
        .briefing
}

pub const TIMEOUT: Duration = Duration::from_secs(10);

/// Address-space limit for the program under test (`ulimit -v`), in KiB.
pub const MEMORY_LIMIT_KIB: u64 = 1 << 20;

/// A shell command line that runs `$0 "$@"` under [`MEMORY_LIMIT_KIB`].
pub fn limited() -> String {
    format!("ulimit -v {MEMORY_LIMIT_KIB} && exec \"$0\" \"$@\"")
}

/// What the program asked of the terminal besides drawing: none of it should ever happen.
#[derive(Debug, Default)]
pub struct Requests {
    pub titles: Vec<Vec<u8>>,
    pub clipboard: Vec<Vec<u8>>,
    pub bells: usize,
    pub other_osc: Vec<Vec<u8>>,
}

impl Requests {
    pub fn is_empty(&self) -> bool {
        self.titles.is_empty()
            && self.clipboard.is_empty()
            && self.bells == 0
            && self.other_osc.is_empty()
    }
}

impl vt100::Callbacks for Requests {
    fn audible_bell(&mut self, _: &mut vt100::Screen) {
        self.bells += 1;
    }
    fn visual_bell(&mut self, _: &mut vt100::Screen) {
        self.bells += 1;
    }
    fn set_window_icon_name(&mut self, _: &mut vt100::Screen, name: &[u8]) {
        self.titles.push(name.to_vec());
    }
    fn set_window_title(&mut self, _: &mut vt100::Screen, title: &[u8]) {
        self.titles.push(title.to_vec());
    }
    fn copy_to_clipboard(&mut self, _: &mut vt100::Screen, _ty: &[u8], data: &[u8]) {
        self.clipboard.push(data.to_vec());
    }
    fn paste_from_clipboard(&mut self, _: &mut vt100::Screen, ty: &[u8]) {
        self.clipboard.push(ty.to_vec());
    }
    fn unhandled_osc(&mut self, _: &mut vt100::Screen, params: &[&[u8]]) {
        self.other_osc.push(params.join(&b';'));
    }
}

pub struct PtySession {
    pub master: Box<dyn MasterPty + Send>,
    pub child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    output: Receiver<Vec<u8>>,
    pub parser: vt100::Parser<Requests>,
    /// Every byte the program wrote, for checking escape sequences.
    pub raw: Vec<u8>,
    /// The index cache's folder, for as long as the program runs.
    cache: TempDir,
}

impl PtySession {
    /// The reader in the repository's folder (so the bundled briefing and relative paths
    /// work), with extra environment variables.
    pub fn start(args: &[&str], env: &[(&str, &str)], cols: u16, rows: u16) -> PtySession {
        let cwd = Path::new(env!("CARGO_MANIFEST_DIR"));
        PtySession::spawn(cwd, args, env, cols, rows)
    }

    /// The reader in another folder.
    pub fn start_in(cwd: &Path, args: &[&str], cols: u16, rows: u16) -> PtySession {
        PtySession::spawn(cwd, args, &[], cols, rows)
    }

    fn spawn(cwd: &Path, args: &[&str], env: &[(&str, &str)], cols: u16, rows: u16) -> PtySession {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new("sh");
        cmd.args(["-c", &limited(), env!("CARGO_BIN_EXE_briefing")]);
        cmd.args(args);
        cmd.cwd(cwd);
        let cache = TempDir::new().expect("a temporary cache folder");
        for (name, value) in test_env(cache.path()) {
            match value {
                Some(value) => cmd.env(name, value),
                None => cmd.env_remove(name),
            }
        }
        cmd.env("TERM", "xterm-256color");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).expect("spawn briefing");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().unwrap();
        let writer = pty.master.take_writer().unwrap();
        let (tx, output) = channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        PtySession {
            master: pty.master,
            child,
            writer,
            output,
            parser: vt100::Parser::new_with_callbacks(
                nonzero(rows),
                nonzero(cols),
                0,
                Requests::default(),
            ),
            raw: Vec::new(),
            cache,
        }
    }

    pub fn pump(&mut self, wait: Duration) {
        while let Ok(bytes) = self.output.recv_timeout(wait) {
            self.parser.process(&bytes);
            self.raw.extend_from_slice(&bytes);
        }
    }

    /// Waits until the screen satisfies `done`; panics with the screen after the timeout.
    pub fn wait_for(&mut self, what: &str, done: impl Fn(&vt100::Screen) -> bool) {
        let start = Instant::now();
        while start.elapsed() < TIMEOUT {
            self.pump(Duration::from_millis(50));
            if done(self.parser.screen()) {
                return;
            }
        }
        panic!(
            "timed out waiting for {what}; screen:\n{}",
            self.parser.screen().contents()
        );
    }

    pub fn screen_has(&mut self, text: &str) {
        let t = text.to_string();
        self.wait_for(&format!("{text:?} on screen"), move |s| {
            s.contents().contains(&t)
        });
    }

    /// Waits until the status line (the last row) shows `text`.
    pub fn wait_status(&mut self, text: &str) {
        let t = text.to_string();
        self.wait_for(&format!("{text:?} in the status line"), move |s| {
            s.contents().lines().last().is_some_and(|l| l.contains(&t))
        });
    }

    pub fn keys(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Presses `]` until the status line names a mention of `name` (at most `limit` times).
    pub fn step_to(&mut self, name: &str, limit: usize) {
        let mut last = self.status();
        for _ in 0..limit {
            self.keys("]");
            self.wait_for("the next mention", |s| {
                let status = s.contents().lines().last().unwrap_or("").to_string();
                status != last && status.contains("mention")
            });
            last = self.status();
            if last.contains(&format!("{name}: mention")) {
                return;
            }
        }
        panic!("no mention of {name} in {limit} steps: {last}");
    }

    /// The last row: the status line.
    pub fn status(&self) -> String {
        let screen = self.parser.screen();
        let (rows, cols) = screen.size();
        screen.contents_between(rows.get() - 1, 0, rows.get() - 1, cols.get())
    }

    /// Waits for the program to exit (panics after the timeout), then reads what is left.
    pub fn wait_exit(&mut self) -> ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                self.pump(Duration::from_millis(100));
                return status;
            }
            assert!(start.elapsed() < TIMEOUT, "the reader did not exit");
            self.pump(Duration::from_millis(20));
        }
    }

    /// Checks that the terminal is as the program found it: main screen, cursor shown,
    /// mouse released.
    pub fn assert_restored(&self) {
        let screen = self.parser.screen();
        assert!(!screen.alternate_screen(), "alternate screen left");
        assert!(!screen.hide_cursor(), "cursor shown again");
        assert_eq!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse released"
        );
    }

    /// Presses `q`, checks the program exits successfully and restores the terminal; returns
    /// every byte it wrote.
    pub fn quit(&mut self) -> Vec<u8> {
        self.keys("q");
        let status = self.wait_exit();
        assert!(status.success(), "exit status {status:?}");
        self.assert_restored();
        self.raw.clone()
    }
}

pub fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n.max(1)).unwrap_or(std::num::NonZeroU16::MIN)
}

pub fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

/// The rows of a ratatui buffer (a TestBackend's screen) as text, trailing spaces trimmed.
pub fn buffer_lines(buffer: &ratatui::buffer::Buffer) -> Vec<String> {
    let area = buffer.area;
    (area.y..area.bottom())
        .map(|y| {
            let line: String = (area.x..area.right())
                .map(|x| buffer[(x, y)].symbol())
                .collect();
            line.trim_end().to_string()
        })
        .collect()
}
