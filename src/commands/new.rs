//! `briefing new -o OUT.yaml [--id ID] [--title T] [--date D] [--headline H]...
//! [--encoding LABEL] [--force] ARTICLE...`: draft a briefing with articles only, from
//! plain-text files or saved web pages.
//!
//! Each ARTICLE (`PATH` or `LANG=PATH`) is opened as the loader opens files (never waiting
//! on a FIFO, refusing devices), read up to `--max-size` and turned into an `ArticleDraft`
//! by `draft::read_article` (`--encoding` for files that declare none); the Nth
//! `--headline` replaces the Nth article's; a language not given comes from the text's
//! script. Article ids are the languages, so two articles in one language need distinct
//! `LANG=` tags (`en=a.txt en-GB=b.txt`). The header comes from the options, else from the
//! first article (its headline, its page's date: a page date that is no date is reported
//! against that page). The YAML is loaded back and checked before it is written
//! atomically; on any bad input nothing is written (exit 1; I/O and usage problems exit 2).

use std::io::{ErrorKind, Read, Write};
use std::path::{Path, PathBuf};

use crate::briefing;
use crate::briefing::diagnostic::inert;
use crate::cli::NewArgs;
use crate::draft::date::iso_date;
use crate::draft::write::{Header, briefing_yaml, slug};
use crate::draft::{ArticleDraft, Encoding, read_article, script::language_of};
use crate::error::{Error, Result};
use crate::fileio::{Existing, open_regular, write_output};

/// The longest part of a page's bad publication time quoted in a message, in characters.
const MAX_QUOTED_STAMP: usize = 40;

pub fn run(args: &NewArgs, max_size: u64, err: &mut dyn Write) -> Result<()> {
    if args.output.exists() && !args.force {
        return Err(Error::BadInput(format!(
            "{} exists; use --force to overwrite it",
            args.output.display()
        )));
    }
    if args.headline.len() > args.articles.len() {
        return Err(Error::Usage(format!(
            "{} --headline for {} article(s): give at most one per article, in their order",
            args.headline.len(),
            args.articles.len()
        )));
    }
    let fallback = args.encoding.as_deref().map(encoding_named).transpose()?;
    let mut articles: Vec<(String, String, ArticleDraft)> = Vec::new();
    let mut paths = Vec::new();
    for (i, arg) in args.articles.iter().enumerate() {
        let (lang, path) = split_article_arg(arg);
        let bytes = read_file(&path, max_size)?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut draft = read_article(&bytes, &name, fallback)
            .map_err(|e| Error::BadInput(format!("{}: {e}", path.display())))?;
        if let Some(headline) = args.headline.get(i) {
            draft.headline.clone_from(headline);
        }
        let lang = lang.unwrap_or_else(|| language_of(&draft.text(), "en"));
        if articles.iter().any(|(id, ..)| *id == lang) {
            return Err(Error::BadInput(format!(
                "two articles with the id {lang:?} (the article ids are their languages): \
                 give them distinct tags, for example en=a.txt en-GB=b.txt"
            )));
        }
        articles.push((lang.clone(), lang, draft));
        paths.push(path);
    }
    let first = &articles[0].2;
    let title = args.title.clone().unwrap_or_else(|| first.headline.clone());
    let date = match &args.date {
        Some(date) if iso_date(date).as_ref() == Some(date) => date.clone(),
        Some(date) => {
            return Err(Error::Usage(format!(
                "--date {date:?} is not a date: give --date YYYY-MM-DD"
            )));
        }
        None => page_date(&articles, &paths)?,
    };
    let id = args.id.clone().unwrap_or_else(|| slug(&title));
    let yaml = briefing_yaml(
        &Header {
            id: &id,
            title: &title,
            date: &date,
        },
        &articles,
    );
    let out_name = args.output.display().to_string();
    // Problems are located in the draft, which is not written: its name says so.
    let draft_name = format!("{out_name} (the draft, not written)");
    if let Err(diagnostics) = briefing::load_str(&draft_name, &yaml) {
        for d in &diagnostics {
            writeln!(err, "{d}")?;
        }
        return Err(Error::BadInput(format!(
            "the drafted briefing would not be valid; nothing was written to {out_name}"
        )));
    }
    write_output(
        &args.output,
        yaml.as_bytes(),
        Existing::from_force(args.force),
    )?;
    writeln!(
        err,
        "wrote {}: {} article(s); next: briefing suggest {0}",
        inert(&out_name),
        articles.len()
    )?;
    Ok(())
}

/// `LANG=PATH` or `PATH`: the language (a tag of ASCII letters, digits and `-`) and the path.
fn split_article_arg(arg: &str) -> (Option<String>, PathBuf) {
    if let Some((lang, path)) = arg.split_once('=') {
        let is_tag = !lang.is_empty()
            && lang.len() <= 35
            && lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            && lang.starts_with(|c: char| c.is_ascii_alphabetic());
        if is_tag {
            return (Some(lang.to_string()), PathBuf::from(path));
        }
    }
    (None, PathBuf::from(arg))
}

/// The briefing's date from the first article whose page gives a publication time; a time
/// that is no date is reported against that page, with the option that overrides it.
fn page_date(articles: &[(String, String, ArticleDraft)], paths: &[PathBuf]) -> Result<String> {
    let (path, stamp) = articles
        .iter()
        .zip(paths)
        .find_map(|((.., a), path)| a.date.as_deref().map(|stamp| (path, stamp)))
        .ok_or_else(|| {
            Error::Usage("no article gives a publication date: give --date YYYY-MM-DD".into())
        })?;
    iso_date(stamp).ok_or_else(|| {
        let quoted: String = stamp.chars().take(MAX_QUOTED_STAMP).collect();
        Error::BadInput(format!(
            "{}: the publication time in the page's metadata, {quoted:?}, is not a date \
             YYYY-MM-DD; give the briefing's date with --date YYYY-MM-DD",
            path.display()
        ))
    })
}

/// The encoding `--encoding` names (a WHATWG label: `windows-1256`, `latin1`, `utf-16le`…).
fn encoding_named(label: &str) -> Result<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
        Error::Usage(format!(
            "--encoding {label:?} is not an encoding label (for example windows-1256, \
             iso-8859-1, utf-16le)"
        ))
    })
}

/// A file's bytes, opened as the loader opens files (never waiting on a FIFO; a folder, a
/// FIFO or a device refused) and read up to the size limit (`--max-size`), which also
/// bounds files whose size is unknown or changes while they are read.
fn read_file(path: &Path, max_size: u64) -> Result<Vec<u8>> {
    let fail = |source| Error::File {
        path: path.to_path_buf(),
        source,
    };
    let file = match open_regular(path) {
        Err(e) if e.kind() == ErrorKind::IsADirectory => {
            return Err(Error::BadInput(format!(
                "{}: is a folder, not an article file",
                path.display()
            )));
        }
        opened => opened.map_err(fail)?,
    };
    let too_big = |size: String| {
        Error::BadInput(format!(
            "{}: {size} bytes, over the limit of {max_size} for an article file (raise it \
             with --max-size)",
            path.display()
        ))
    };
    let len = file.metadata().map_err(fail)?.len();
    if len > max_size {
        return Err(too_big(len.to_string()));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    file.take(max_size.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(fail)?;
    if bytes.len() as u64 > max_size {
        return Err(too_big(format!("more than {max_size}")));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_arguments() {
        assert_eq!(
            split_article_arg("en=a.txt"),
            (Some("en".into()), "a.txt".into())
        );
        assert_eq!(
            split_article_arg("ar-EG=x/y.html"),
            (Some("ar-EG".into()), "x/y.html".into())
        );
        assert_eq!(split_article_arg("a=b=c"), (Some("a".into()), "b=c".into()));
        assert_eq!(
            split_article_arg("dir/x=1.txt"),
            (None, "dir/x=1.txt".into())
        );
        assert_eq!(split_article_arg("plain.txt"), (None, "plain.txt".into()));
    }
}
