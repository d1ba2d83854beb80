//! `briefing suggest FILE [--format text|json] [--apply -o OUT] [--min-confidence X]`:
//! proposals of what to mark (see `suggest`), printed as a review list or JSON; with
//! `--apply`, FILE plus the proposals written atomically to OUT (FILE is never changed).
//!
//! FILE is loaded as every command loads it (diagnostics printed, exit 1 if invalid); the
//! suggestions are computed from the model, and `--apply` inserts them into FILE's own text
//! (`suggest::apply`), so its bytes and comments stay as they were; that text is read as
//! the loader reads it, at most `--max-size` bytes. What the format cannot hold yet is
//! counted on stderr.

use std::io::{self, Read, Write};
use std::path::Path;

use super::open_briefing;
use crate::briefing::diagnostic::inert;
use crate::cli::{SuggestArgs, SuggestFormat};
use crate::error::{Error, Result};
use crate::fileio::{Existing, open_regular, write_output};
use crate::suggest::{Gazetteers, apply, report, suggest};

pub fn run(
    args: &SuggestArgs,
    max_size: u64,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<()> {
    let briefing = open_briefing(Some(&args.path), max_size, err)?;
    let gazetteers = Gazetteers::for_briefing(&briefing);
    let suggestions = suggest(&briefing, &gazetteers, args.min_confidence);
    let printed = match args.format {
        SuggestFormat::Text => report::text(&briefing, &suggestions),
        SuggestFormat::Json => report::json(&briefing, &suggestions),
    };
    out.write_all(printed.as_bytes())?;
    out.flush()?;
    let Some(output) = args.output.as_deref().filter(|_| args.apply) else {
        return Ok(());
    };
    let source = read_bounded(&args.path, max_size)?;
    let name = output.display().to_string();
    let input = args.path.display().to_string();
    // Failures name the input: the output is never written when there are any.
    let drafted = format!("{input} (with the suggestions applied, not written)");
    let applied = match apply::apply((&input, &drafted), &source, &briefing, &suggestions) {
        Ok(applied) => applied,
        Err(diagnostics) => {
            for d in &diagnostics {
                writeln!(err, "{d}")?;
            }
            return Err(Error::BadInput(format!(
                "the suggestions could not be applied to {input}; nothing was written to {name}"
            )));
        }
    };
    write_output(
        output,
        applied.yaml.as_bytes(),
        Existing::from_force(args.force),
    )?;
    writeln!(
        err,
        "wrote {}: {} mention(s), {} new entit(ies)",
        inert(&name),
        applied.written,
        applied.new_entities
    )?;
    for (why, n) in &applied.left_out {
        writeln!(
            err,
            "left out {n} suggestion(s): {why} (the format cannot hold them)"
        )?;
    }
    Ok(())
}

/// FILE's text, read again to write into it: opened as the loader opens files (never waiting
/// on a FIFO), and never more than `max_size` bytes (`--max-size`) read.
fn read_bounded(path: &Path, max_size: u64) -> Result<String> {
    let failed = |source| Error::File {
        path: path.to_path_buf(),
        source,
    };
    let mut bytes = Vec::new();
    open_regular(path)
        .and_then(|f| f.take(max_size.saturating_add(1)).read_to_end(&mut bytes))
        .map_err(failed)?;
    if bytes.len() as u64 > max_size {
        let why =
            format!("it grew past the limit of {max_size} bytes (--max-size) since it was loaded");
        return Err(failed(io::Error::other(why)));
    }
    String::from_utf8(bytes).map_err(|_| failed(io::Error::other("it is no longer UTF-8 text")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_second_read_is_bounded_and_never_waits() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.yaml");
        std::fs::write(&path, "x".repeat(100)).unwrap();
        assert_eq!(read_bounded(&path, 100).unwrap().len(), 100);
        let err = read_bounded(&path, 99).unwrap_err().to_string();
        assert!(err.contains("past the limit of 99 bytes"), "{err}");
        // A FIFO swapped in after loading is refused at once.
        let fifo = dir.path().join("fifo.yaml");
        let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        assert!(read_bounded(&fifo, 100).is_err());
    }
}
