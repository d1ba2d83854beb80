//! `briefing layout`: stdin paragraphs to visual lines on stdout.
//!
//! Reads all of stdin, checks it is UTF-8 (naming the line and column of the first bad
//! byte), treats each line as one paragraph, lays batches of paragraphs out with `textlayout`
//! on all cores at the requested width and direction, and writes one output line per visual
//! line, in input order, through a buffered stdout.

use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::thread;

use crate::cli::{DirArg, LayoutArgs};
use crate::error::{Error, Result};
use crate::textlayout::{Direction, LayoutOptions, PreparedParagraph, pad_for};

/// Width when stdout is not a terminal.
const DEFAULT_WIDTH: usize = 80;

pub fn run(args: &LayoutArgs) -> Result<()> {
    let mut input = Vec::new();
    io::stdin().lock().read_to_end(&mut input)?;
    let text = std::str::from_utf8(&input).map_err(|e| bad_utf8(&input, e.valid_up_to()))?;

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
    write_layout(&mut out, text, job)?;
    out.flush()?;
    Ok(())
}

/// Paragraphs one thread lays out before the results are written.
const BATCH: usize = 256;

/// How to lay out each paragraph.
#[derive(Debug, Clone, Copy)]
struct Job {
    width: usize,
    base: Option<Direction>,
    opts: LayoutOptions,
    pad: bool,
}

/// Lays out every line of `text` as a paragraph and writes the visual lines to `out`.
/// Paragraphs are independent, so batches of them are laid out on all cores, in order.
fn write_layout(out: &mut impl Write, text: &str, job: Job) -> io::Result<()> {
    if text.is_empty() {
        return Ok(());
    }
    let text = text.strip_suffix('\n').unwrap_or(text);
    let paragraphs: Vec<&str> = text
        .split('\n')
        .map(|line| line.strip_suffix('\r').unwrap_or(line))
        .collect();
    let threads = thread::available_parallelism().map_or(1, |n| n.get());
    for round in paragraphs.chunks(BATCH * threads) {
        let rendered: Vec<Vec<u8>> = thread::scope(|scope| {
            let handles: Vec<_> = round
                .chunks(BATCH)
                .map(|batch| scope.spawn(move || render(batch, job)))
                .collect();
            handles
                .into_iter()
                .map(|h| {
                    h.join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
                })
                .collect()
        });
        for chunk in rendered {
            out.write_all(&chunk)?;
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
        write_layout(&mut out, text, job).unwrap();
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
