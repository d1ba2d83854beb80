//! Hostile folders and files (issue 13), each built at run time in a temporary folder: the
//! real binary (and the library's reader) must neither hang on a FIFO, nor walk the whole
//! filesystem through a link, nor replace a special file, nor leave a temporary file when
//! interrupted, nor skip a file without a word, nor trust a stale or hostile index cache.
//! FIFOs, sockets, modes and signals are Unix things: so is this file.
#![cfg(unix)]

use crate::common;

use std::ffi::{CString, OsString};
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

use briefing::library::{Library, Options, State};
use common::{briefing, entries, test_file};
use tempfile::TempDir;

/// Longer than any of these runs needs in a debug build on a busy machine; a hang fails.
const LIMIT: Duration = Duration::from_secs(20);

fn mkfifo(path: &Path) {
    let name = CString::new(path.as_os_str().as_bytes()).unwrap();
    // SAFETY: a valid C string; mkfifo only creates a file.
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o644) }, 0, "mkfifo");
}

fn run(args: &[&Path]) -> Output {
    let mut command = briefing();
    command.args(args);
    command.output_within(LIMIT)
}

/// `export` of the minimal briefing as Markdown to `output`, with more arguments.
fn export_to(output: &Path, more: &[&str]) -> Output {
    let mut command = briefing();
    command
        .arg("export")
        .arg(minimal())
        .args(["--format=md", "-o"])
        .arg(output)
        .args(more);
    command.output_within(LIMIT)
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn minimal() -> PathBuf {
    test_file("fixtures/good/minimal.yaml")
}

/// A library folder with one valid briefing, `a.yaml`.
fn library() -> TempDir {
    let dir = TempDir::new().unwrap();
    fs::copy(minimal(), dir.path().join("a.yaml")).unwrap();
    dir
}

/// Defect 2: `-o` names a FIFO or a socket: refused (exit 1) even with --force, and the
/// special file is still there. A link is replaced as a link (what it points to is kept).
#[test]
fn export_never_replaces_a_special_file() {
    let dir = TempDir::new().unwrap();
    let fifo = dir.path().join("out.fifo");
    mkfifo(&fifo);
    let socket = dir.path().join("out.sock");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    for (target, kind) in [(&fifo, "a FIFO"), (&socket, "a socket")] {
        let out = export_to(target, &["--force"]);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert!(
            stderr(&out).contains(&format!("is {kind}, not a regular file")),
            "{}",
            stderr(&out)
        );
    }
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
    assert!(
        fs::symlink_metadata(&socket)
            .unwrap()
            .file_type()
            .is_socket()
    );
    // A link to a file: the link is replaced, its target is left alone.
    let victim = dir.path().join("victim.txt");
    fs::write(&victim, "keep me").unwrap();
    let link = dir.path().join("link.md");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    let out = export_to(&link, &["--force"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(fs::read_to_string(&victim).unwrap(), "keep me");
    assert!(fs::symlink_metadata(&link).unwrap().is_file());
}

/// Defect 11: a 250-byte output name (NAME_MAX is 255) is written; its temporary file
/// fits too.
#[test]
fn a_long_output_name_is_written() {
    let dir = TempDir::new().unwrap();
    let output = dir.path().join(format!("{}.md", "n".repeat(247)));
    assert_eq!(output.file_name().unwrap().len(), 250);
    let out = export_to(&output, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(output.is_file());
    assert_eq!(entries(dir.path()).len(), 1, "no temporary file left");
}

/// Defect 7: SIGINT, SIGTERM or SIGHUP while `export -o` writes removes its temporary
/// file (and nothing is written). `BRIEFING_TEST_PAUSE_WRITE` holds the write with its
/// temporary file on disk.
#[test]
fn an_interrupted_export_leaves_no_temporary_file() {
    interrupted_write_leaves_nothing(|out| {
        let mut args: Vec<OsString> = vec!["export".into(), "--format=md".into(), "-o".into()];
        args.push(out.into());
        args
    });
}

/// Issue 25, defect 20: the same for `new -o` and `suggest --apply -o`.
#[test]
fn an_interrupted_new_or_suggest_leaves_no_temporary_file() {
    interrupted_write_leaves_nothing(|out| {
        let article = test_file("fixtures/new/report.txt");
        vec![
            "new".into(),
            "--date".into(),
            "2024-01-02".into(),
            "-o".into(),
            out.into(),
            article.into(),
        ]
    });
    interrupted_write_leaves_nothing(|out| {
        let input = test_file("fixtures/new/suggest-small.yaml");
        vec![
            "suggest".into(),
            input.into(),
            "--apply".into(),
            "-o".into(),
            out.into(),
        ]
    });
}

/// Runs the command `args(OUT)` gives, with its write of OUT held; SIGINT, SIGTERM and
/// SIGHUP there end it unsuccessfully with nothing left in OUT's folder.
fn interrupted_write_leaves_nothing(args: impl Fn(&Path) -> Vec<OsString>) {
    for signal in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
        let dir = TempDir::new().unwrap();
        let output = dir.path().join("out.md");
        let mut command = briefing();
        command
            .args(args(&output))
            .env("BRIEFING_TEST_PAUSE_WRITE", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let mut child = command.spawn().unwrap();
        let start = Instant::now();
        while !entries(dir.path())
            .iter()
            .any(|n| n.starts_with(".out.md.tmp-"))
        {
            assert!(start.elapsed() < LIMIT, "no temporary file appeared");
            std::thread::sleep(Duration::from_millis(10));
        }
        // SAFETY: sending a signal to our own child.
        assert_eq!(unsafe { libc::kill(child.id() as i32, signal) }, 0);
        let status = child.wait().unwrap();
        assert!(!status.success(), "signal {signal}: {status:?}");
        assert_eq!(entries(dir.path()), Vec::<String>::new(), "signal {signal}");
    }
}

/// Runs the plain listing of `dir` with its cache in `cache`.
fn listing(dir: &Path, cache: &Path) -> Output {
    let mut command = briefing();
    command.arg(dir).env("BRIEFING_CACHE_DIR", cache);
    command.output_within(LIMIT)
}

/// The one cache file in `cache`.
fn cache_file(cache: &Path) -> PathBuf {
    let names = entries(cache);
    assert_eq!(names.len(), 1, "{names:?}");
    cache.join(&names[0])
}

/// Defect 8: the cache is always written as a fresh private file: not with the mode of
/// the file it replaces (000 here), and a link at the cache path (to /dev/zero) is
/// replaced, not followed.
#[test]
fn the_cache_is_written_fresh_and_private() {
    let dir = library();
    let cache = TempDir::new().unwrap();
    assert!(listing(dir.path(), cache.path()).status.success());
    let file = cache_file(cache.path());
    let mode = |p: &Path| fs::symlink_metadata(p).unwrap().permissions().mode() & 0o7777;
    assert_eq!(mode(&file), 0o600);
    fs::set_permissions(&file, fs::Permissions::from_mode(0o000)).unwrap();
    // A new file: the cache is saved again.
    fs::copy(minimal(), dir.path().join("b.yaml")).unwrap();
    assert!(listing(dir.path(), cache.path()).status.success());
    assert_eq!(mode(&file), 0o600, "mode 000 not copied");
    fs::remove_file(&file).unwrap();
    std::os::unix::fs::symlink("/dev/zero", &file).unwrap();
    fs::copy(minimal(), dir.path().join("c.yaml")).unwrap();
    let out = listing(dir.path(), cache.path());
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(fs::symlink_metadata(&file).unwrap().is_file());
    assert_eq!(mode(&file), 0o600);
    assert!(
        fs::metadata("/dev/zero")
            .unwrap()
            .file_type()
            .is_char_device()
    );
}

/// Defect 3 (a): a FIFO at the cache path is no cache: the listing does not wait for it,
/// and the new cache replaces it.
#[test]
fn a_fifo_at_the_cache_path_is_ignored() {
    let dir = library();
    let cache = TempDir::new().unwrap();
    assert!(listing(dir.path(), cache.path()).status.success());
    let file = cache_file(cache.path());
    fs::remove_file(&file).unwrap();
    mkfifo(&file);
    let out = listing(dir.path(), cache.path());
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 briefing(s), 0 invalid"));
    assert!(fs::symlink_metadata(&file).unwrap().is_file());
}

/// Defect 3 (b): a briefing swapped for a FIFO after the walk (or named on the command
/// line) is unreadable at once: opening never waits for a writer.
#[test]
fn a_fifo_in_place_of_a_briefing_is_not_waited_for() {
    let dir = TempDir::new().unwrap();
    let fifo = dir.path().join("swapped.yaml");
    mkfifo(&fifo);
    let (tx, rx) = std::sync::mpsc::channel();
    let path = fifo.clone();
    std::thread::spawn(move || {
        let _ = tx.send(briefing::library::scan::read(&path, 1 << 20));
    });
    match rx.recv_timeout(LIMIT) {
        Ok(State::Unreadable(e)) => assert!(e.contains("not a regular file (a FIFO)"), "{e}"),
        Ok(other) => panic!("{other:?}"),
        Err(_) => panic!("reading a FIFO waited"),
    }
    let out = run(&[Path::new("check"), &fifo]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("a FIFO"), "{}", stderr(&out));
}

/// Defect 3 (c): links into /proc and /sys are not walked, nor a link to `/` (a folder
/// that holds the library: a loop), nor folders nested past the depth limit; each is
/// reported, and the walk ends at once.
#[test]
fn kernel_filesystems_and_deep_folders_are_not_walked() {
    let dir = library();
    std::os::unix::fs::symlink("/proc", dir.path().join("proc")).unwrap();
    std::os::unix::fs::symlink("/sys", dir.path().join("sys")).unwrap();
    std::os::unix::fs::symlink("/", dir.path().join("root")).unwrap();
    let mut deep = dir.path().join("deep");
    for _ in 0..70 {
        deep.push("d");
    }
    fs::create_dir_all(&deep).unwrap();
    fs::copy(minimal(), deep.join("lost.yaml")).unwrap();
    let start = Instant::now();
    let (library, _) = Library::open(
        dir.path(),
        Options {
            max_size: 1 << 20,
            cache: None,
        },
    );
    assert!(start.elapsed() < LIMIT);
    let problem = |name: &str| {
        library
            .entries
            .iter()
            .find(|e| e.name(dir.path()) == name)
            .and_then(|e| e.problem().map(str::to_string))
    };
    assert_eq!(
        problem("proc").as_deref(),
        Some("procfs, a kernel pseudo-filesystem: not walked")
    );
    assert_eq!(
        problem("sys").as_deref(),
        Some("sysfs, a kernel pseudo-filesystem: not walked")
    );
    assert_eq!(
        problem("root").as_deref(),
        Some("link to a folder that holds the library (a loop): not walked")
    );
    let too_deep: Vec<_> = library
        .entries
        .iter()
        .filter_map(|e| e.problem())
        .filter(|p| p.contains("more than 64 levels deep"))
        .collect();
    assert_eq!(too_deep.len(), 1, "{:?}", library.entries);
    // check: the valid briefing is checked, the rest are unreadable paths (exit 2).
    let out = run(&[Path::new("check"), dir.path()]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
    assert!(stderr(&out).contains("kernel pseudo-filesystem"));
}

/// Defect 5: a briefing below a path longer than PATH_MAX (20 folders of 250 bytes) is
/// reported, not skipped: `check` exits 2 and the library lists an unreadable row.
#[test]
fn a_path_longer_than_path_max_is_reported() {
    let dir = library();
    // mkdirat/openat one level at a time: the whole path is too long for mkdir.
    let open = |at: libc::c_int, name: &CString| {
        // SAFETY: a valid C string and a directory descriptor we own.
        unsafe { libc::openat(at, name.as_ptr(), libc::O_RDONLY | libc::O_DIRECTORY) }
    };
    let root = CString::new(dir.path().as_os_str().as_bytes()).unwrap();
    let mut fd = open(libc::AT_FDCWD, &root);
    assert!(fd >= 0);
    let name = CString::new("d".repeat(250)).unwrap();
    for _ in 0..20 {
        // SAFETY: as above.
        assert_eq!(unsafe { libc::mkdirat(fd, name.as_ptr(), 0o755) }, 0);
        let next = open(fd, &name);
        assert!(next >= 0);
        // SAFETY: closing a descriptor we opened.
        unsafe { libc::close(fd) };
        fd = next;
    }
    let file = CString::new("deep.yaml").unwrap();
    // SAFETY: as above.
    let f = unsafe { libc::openat(fd, file.as_ptr(), libc::O_WRONLY | libc::O_CREAT, 0o644) };
    assert!(f >= 0);
    // SAFETY: closing descriptors we opened.
    unsafe {
        libc::close(f);
        libc::close(fd);
    }
    let out = run(&[Path::new("check"), dir.path()]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("too long"), "{}", stderr(&out));
    let cache = TempDir::new().unwrap();
    let out = listing(dir.path(), cache.path());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("1 briefing(s), 1 invalid or unreadable"),
        "{text}"
    );
}

/// Defect 9: a file rewritten with the same size and its modification time set back is
/// read again (its inode change time moved).
#[test]
fn a_rewrite_with_the_old_modification_time_is_read_again() {
    let dir = library();
    let cache = TempDir::new().unwrap();
    let options = Options {
        max_size: 1 << 20,
        cache: Some(cache.path().join("library.json")),
    };
    let (library, _) = Library::open(dir.path(), options.clone());
    assert!(library.entries[0].summary().is_some());
    let path = dir.path().join("a.yaml");
    let modified = fs::metadata(&path).unwrap().modified().unwrap();
    let text = fs::read_to_string(&path).unwrap();
    let broken = text.replacen("title:", "titel:", 1);
    assert_eq!(broken.len(), text.len());
    // A second later, so that a file system with coarse timestamps sees a change too.
    std::thread::sleep(Duration::from_millis(1100));
    fs::write(&path, broken).unwrap();
    fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(modified)
        .unwrap();
    assert_eq!(fs::metadata(&path).unwrap().modified().unwrap(), modified);
    let (library, scanned) = Library::open(dir.path(), options);
    assert_eq!(scanned.read, 1, "read again");
    assert!(
        matches!(&library.entries[0].state, State::Invalid(e) if e.contains("titel")),
        "{:?}",
        library.entries[0].state
    );
}

/// Defect 3 (c), the screen: with a link to `/` in the folder, the library screen shows at
/// once (the walk runs behind it) and `q` quits at once, walk or no walk.
#[test]
fn the_library_screen_shows_and_quits_while_the_walk_goes_on() {
    let dir = library();
    std::os::unix::fs::symlink("/", dir.path().join("root")).unwrap();
    let cache = TempDir::new().unwrap();
    let mut r = common::PtySession::start(
        &[dir.path().to_str().unwrap()],
        &[("BRIEFING_CACHE_DIR", cache.path().to_str().unwrap())],
        100,
        20,
    );
    r.screen_has("[Briefings (");
    let start = Instant::now();
    r.quit();
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "q took {:?}",
        start.elapsed()
    );
}
