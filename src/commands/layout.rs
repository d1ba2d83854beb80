//! `briefing layout`: stdin paragraphs to visual lines on stdout.
//!
//! Reads all of stdin and checks that it is UTF-8, in pieces ending at newlines on all cores
//! (naming the line and column of the first bad byte; nothing is written then). Each line is
//! one paragraph: one worker per core takes the next batch of paragraphs as soon as it is
//! free and lays it out with `textlayout` at the requested width and direction, while the
//! main thread writes the finished batches in input order, one output line per visual line,
//! through a buffered stdout.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::os::fd::AsFd;
use std::str::Utf8Error;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, mpsc};
use std::thread;

use crate::cli::{DirArg, LayoutArgs};
use crate::error::{Error, Result};
use textlayout::{Direction, LayoutOptions, PreparedParagraph, pad_for};

/// Width when stdout is not a terminal.
const DEFAULT_WIDTH: usize = 80;

pub fn run(args: &LayoutArgs) -> Result<()> {
    let input = read_stdin()?;
    let pieces = validate(&input)?;

    let width = args.width.map_or_else(terminal_width, usize::from);
    let base = match args.dir {
        DirArg::Auto => None,
        DirArg::Ltr => Some(Direction::Ltr),
        DirArg::Rtl => Some(Direction::Rtl),
    };
    let opts = LayoutOptions {
        shape: args.shape && !args.no_shape,
        show_controls: false,
    };

    let job = Job {
        width,
        base,
        opts,
        pad: args.pad,
    };
    let mut out = BufWriter::new(io::stdout().lock());
    write_layout(&mut out, &pieces, job)?;
    out.flush()?;
    Ok(())
}

/// All of stdin, read into a buffer sized from the file's length when stdin is a file.
fn read_stdin() -> io::Result<Vec<u8>> {
    let stdin = io::stdin();
    let size = stdin
        .as_fd()
        .try_clone_to_owned()
        .map(File::from)
        .and_then(|file| file.metadata())
        .map_or(0, |meta| meta.len());
    let mut input = Vec::with_capacity(usize::try_from(size).unwrap_or(0).saturating_add(1));
    stdin.lock().read_to_end(&mut input)?;
    Ok(input)
}

/// `input` as UTF-8 in consecutive pieces, or the error naming the first bad byte. The
/// pieces end at newlines (which always end a character) and are checked on all cores.
fn validate(input: &[u8]) -> Result<Vec<&str>> {
    let threads = cores();
    let mut pieces = Vec::with_capacity(threads);
    let mut start = 0;
    for k in 1..=threads {
        let target = (input.len() * k / threads).max(start);
        let end = match input[target..].iter().position(|&b| b == b'\n') {
            Some(i) if k < threads => target + i + 1,
            _ => input.len(),
        };
        pieces.push(start..end);
        start = end;
    }
    let checked: Vec<std::result::Result<&str, Utf8Error>> = thread::scope(|scope| {
        let checks: Vec<_> = pieces
            .iter()
            .map(|piece| {
                let bytes = &input[piece.clone()];
                scope.spawn(move || std::str::from_utf8(bytes))
            })
            .collect();
        checks
            .into_iter()
            .map(|check| {
                check
                    .join()
                    .unwrap_or_else(|p| std::panic::resume_unwind(p))
            })
            .collect()
    });
    pieces
        .iter()
        .zip(checked)
        .map(|(piece, text)| text.map_err(|e| bad_utf8(input, piece.start + e.valid_up_to())))
        .collect()
}

/// The cores this process may use (1 when that cannot be told).
fn cores() -> usize {
    thread::available_parallelism().map_or(1, |n| n.get())
}

/// Paragraphs one thread lays out at a time.
const BATCH: usize = 64;

/// Batches laid out ahead of the one being written, at most, so memory stays bounded.
const AHEAD: usize = 16;

/// How to lay out each paragraph.
#[derive(Debug, Clone, Copy)]
struct Job {
    width: usize,
    base: Option<Direction>,
    opts: LayoutOptions,
    pad: bool,
}

/// Lays out every line of the text, given in `pieces` that end at newlines, as a paragraph
/// and writes the visual lines to `out`.
///
/// Paragraphs are independent: one worker per core takes the next batch of them as soon as
/// it is free, and this thread writes the finished batches in input order. A worker waits
/// rather than run more than [`AHEAD`] batches ahead of the writer.
fn write_layout(out: &mut impl Write, pieces: &[&str], job: Job) -> io::Result<()> {
    // Each line is a paragraph; a last newline ends the last line rather than start one.
    let paragraphs: Vec<&str> = pieces
        .iter()
        .filter(|piece| !piece.is_empty())
        .flat_map(|piece| piece.strip_suffix('\n').unwrap_or(piece).split('\n'))
        .map(|line| line.strip_suffix('\r').unwrap_or(line))
        .collect();
    let batches: Vec<&[&str]> = paragraphs.chunks(BATCH).collect();
    let threads = cores();
    let next = AtomicUsize::new(0);
    let written = Progress::default();
    let (done, finished) = mpsc::channel();
    thread::scope(|scope| {
        for _ in 0..threads.min(batches.len()) {
            let done = done.clone();
            let (batches, next, written) = (&batches, &next, &written);
            scope.spawn(move || {
                loop {
                    let k = next.fetch_add(1, Ordering::Relaxed);
                    let Some(batch) = batches.get(k) else { break };
                    written.wait_for((k + 1).saturating_sub(AHEAD));
                    let lines = std::panic::catch_unwind(|| render(batch, job));
                    if done.send((k, lines)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(done);
        let result = write_in_order(out, finished, batches.len(), &written);
        // Whatever happened, no worker may go on waiting for the writer.
        written.set(usize::MAX);
        result
    })
}

/// How many batches have been written, for workers to wait on.
#[derive(Default)]
struct Progress {
    count: Mutex<usize>,
    moved: Condvar,
}

impl Progress {
    fn set(&self, count: usize) {
        *self.count.lock().unwrap_or_else(|e| e.into_inner()) = count;
        self.moved.notify_all();
    }

    /// Waits until at least `n` batches are written.
    fn wait_for(&self, n: usize) {
        let mut count = self.count.lock().unwrap_or_else(|e| e.into_inner());
        while *count < n {
            count = self.moved.wait(count).unwrap_or_else(|e| e.into_inner());
        }
    }
}

/// Writes the batches that arrive on `finished`, in index order, telling waiting workers
/// after each one; a worker's panic is passed on.
fn write_in_order(
    out: &mut impl Write,
    finished: mpsc::Receiver<(usize, thread::Result<Vec<u8>>)>,
    total: usize,
    written: &Progress,
) -> io::Result<()> {
    let mut pending: BTreeMap<usize, Vec<u8>> = BTreeMap::new();
    let mut next = 0;
    while next < total {
        let Ok((k, lines)) = finished.recv() else {
            break;
        };
        match lines {
            Ok(bytes) => pending.insert(k, bytes),
            Err(panic) => {
                written.set(usize::MAX);
                std::panic::resume_unwind(panic)
            }
        };
        while let Some(bytes) = pending.remove(&next) {
            out.write_all(&bytes)?;
            next += 1;
            written.set(next);
        }
    }
    Ok(())
}

/// The output lines of some paragraphs.
fn render(paragraphs: &[&str], job: Job) -> Vec<u8> {
    // About the input's size: one newline per line, padding only with --pad.
    let bytes: usize = paragraphs.iter().map(|p| p.len() + 1).sum();
    let mut out = Vec::with_capacity(bytes + bytes / 8);
    for text in paragraphs {
        let para = PreparedParagraph::new(text, job.base, job.opts);
        for visual in para.wrap(job.width) {
            if job.pad {
                let padding = pad_for(&visual, job.width, para.direction());
                out.resize(out.len() + padding, b' ');
            }
            visual.write_text(&para, &mut out);
            out.push(b'\n');
        }
    }
    out
}

/// The terminal's width when stdout is one, else [`DEFAULT_WIDTH`].
fn terminal_width() -> usize {
    if io::stdout().is_terminal()
        && let Ok((cols, _)) = crossterm::terminal::size()
        && cols > 0
    {
        return usize::from(cols);
    }
    DEFAULT_WIDTH
}

/// The error for input that stops being UTF-8 at byte `valid_up_to`: 1-based line and column
/// (in characters) of the first invalid byte.
fn bad_utf8(input: &[u8], valid_up_to: usize) -> Error {
    let valid = &input[..valid_up_to.min(input.len())];
    let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
    // The prefix is valid UTF-8, so counting non-continuation bytes counts characters.
    let column = valid[line_start..]
        .iter()
        .filter(|&&b| b & 0xC0 != 0x80)
        .count()
        + 1;
    Error::BadInput(format!(
        "stdin is not valid UTF-8: invalid byte at line {line}, column {column}"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(text: &str, width: usize, pad: bool) -> String {
        let mut out = Vec::new();
        let job = Job {
            width,
            base: None,
            opts: LayoutOptions::default(),
            pad,
        };
        write_layout(&mut out, &[text], job).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn one_output_line_per_visual_line() {
        assert_eq!(layout("", 10, false), "");
        assert_eq!(layout("ab cd\r\n\nef\n", 3, false), "ab \ncd\n\nef\n");
        assert_eq!(layout("\n", 3, false), "\n");
        // Many batches come out in input order.
        let many: String = (0..2000).map(|i| format!("{i}\n")).collect();
        assert_eq!(layout(&many, 10, false), many);
        assert_eq!(layout("אב גד", 4, true), "  בא\n  דג\n");
    }

    #[test]
    fn pieces_split_at_newlines_lay_out_as_the_whole() {
        let text = "ab cd\r\n\nאב גד\nef\n";
        let whole = layout(text, 3, true);
        for cut in text.match_indices('\n').map(|(i, _)| i + 1) {
            let mut out = Vec::new();
            let job = Job {
                width: 3,
                base: None,
                opts: LayoutOptions::default(),
                pad: true,
            };
            write_layout(&mut out, &[&text[..cut], &text[cut..], ""], job).unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), whole, "cut at {cut}");
        }
    }

    #[test]
    fn validation_tiles_the_input_and_finds_the_first_bad_byte() {
        let text = "line one\nligne deux é\nسطر ثلاثة\n".repeat(50);
        assert_eq!(validate(text.as_bytes()).unwrap().concat(), text);
        // A bad byte late in the input, and a second one later still.
        let mut input = text.clone().into_bytes();
        let at = input.len() - 5;
        input[at] = 0xff;
        input.extend(b"x\xfe\n");
        let err = validate(&input).unwrap_err().to_string();
        let expected = bad_utf8(&input, at).to_string();
        assert_eq!(err, expected);
        assert!(err.contains("line 150"), "{err}");
    }

    #[test]
    fn bad_utf8_names_line_and_column() {
        let input = [b"ok\nh\xc3\xa9".as_slice(), &[0xff]].concat();
        let err = std::str::from_utf8(&input).unwrap_err();
        let msg = bad_utf8(&input, err.valid_up_to()).to_string();
        assert_eq!(
            msg,
            "stdin is not valid UTF-8: invalid byte at line 2, column 3"
        );
    }
}
