//! `briefing new -o OUT.yaml [--id ID] [--title T] [--date D] [--summary TEXT]
//! [--headline H]... [--source S]... [--encoding LABEL] [--force] ARTICLE...`: draft a
//! briefing with articles only, from plain-text files or saved web pages.
//!
//! Each ARTICLE (`PATH`, `LANG=PATH` or `LANG:ID=PATH`; `-` as PATH is standard input) is
//! opened as the loader opens files (never waiting on a FIFO, refusing devices), read up to
//! `--max-size` (standard input too) and turned into an `ArticleDraft` by
//! `draft::read_article` (`--encoding` for files that declare none); the Nth `--headline`
//! and the Nth `--source` replace the Nth article's; a language not given comes from the
//! text's script. An article's id is its ID, else its language, made distinct with `-2`,
//! `-3`… (`ar`, `ar-2`); two articles given one ID are refused. The header comes from the
//! options, else from the first article (its headline, its page's date: a page date that is
//! no date is reported against that page). The YAML is loaded back and checked before it is
//! written atomically; on any bad input nothing is written (exit 1; I/O and usage problems
//! exit 2).

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
    for (option, given) in [("headline", &args.headline), ("source", &args.source)] {
        if given.len() > args.articles.len() {
            return Err(Error::Usage(format!(
                "{} --{option} for {} article(s): give at most one per article, in their order",
                given.len(),
                args.articles.len()
            )));
        }
    }
    if args
        .articles
        .iter()
        .filter(|a| split_article_arg(a).path == Path::new("-"))
        .count()
        > 1
    {
        return Err(Error::Usage(
            "standard input (-) can be read for one article only".into(),
        ));
    }
    let fallback = args.encoding.as_deref().map(encoding_named).transpose()?;
    let mut articles: Vec<(String, String, ArticleDraft)> = Vec::new();
    let mut paths = Vec::new();
    for (i, arg) in args.articles.iter().enumerate() {
        let ArticleArg { lang, id, path } = split_article_arg(arg);
        let (bytes, name) = if path == Path::new("-") {
            (read_stdin(max_size)?, "standard input".to_string())
        } else {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (read_file(&path, max_size)?, name)
        };
        let mut draft = read_article(&bytes, &name, fallback)
            .map_err(|e| Error::BadInput(format!("{}: {e}", path.display())))?;
        if let Some(headline) = args.headline.get(i) {
            draft.headline.clone_from(headline);
        }
        if let Some(source) = args.source.get(i) {
            draft.source.clone_from(source);
        }
        let lang = lang.unwrap_or_else(|| language_of(&draft.text(), "en"));
        let taken = |id: &str| articles.iter().any(|(taken, ..)| taken == id);
        let id = match id {
            Some(id) if taken(&id) => {
                return Err(Error::BadInput(format!(
                    "two articles with the id {id:?}: give each its own LANG:ID=PATH"
                )));
            }
            Some(id) => id,
            None => (1..)
                .map(|n| match n {
                    1 => lang.clone(),
                    n => format!("{lang}-{n}"),
                })
                .find(|id| !taken(id))
                .unwrap_or_default(),
        };
        articles.push((id, lang, draft));
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
            summary: args.summary.as_deref(),
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

/// An ARTICLE argument: its language and id, if given, and its path.
#[derive(Debug, PartialEq)]
struct ArticleArg {
    lang: Option<String>,
    id: Option<String>,
    path: PathBuf,
}

/// `LANG:ID=PATH`, `LANG=PATH` or `PATH`: the language (a tag of ASCII letters, digits and
/// `-`), the id (ASCII letters, digits, `-` and `_`) and the path. Anything else before a
/// `=` is part of the path.
fn split_article_arg(arg: &str) -> ArticleArg {
    let plain = || ArticleArg {
        lang: None,
        id: None,
        path: PathBuf::from(arg),
    };
    let Some((tags, path)) = arg.split_once('=') else {
        return plain();
    };
    let (lang, id) = match tags.split_once(':') {
        Some((lang, id)) => (lang, Some(id)),
        None => (tags, None),
    };
    let is_tag = !lang.is_empty()
        && lang.len() <= 35
        && lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && lang.starts_with(|c: char| c.is_ascii_alphabetic());
    let is_id = id.is_none_or(|id| {
        !id.is_empty()
            && id.len() <= 64
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    });
    if !(is_tag && is_id) {
        return plain();
    }
    ArticleArg {
        lang: Some(lang.to_string()),
        id: id.map(str::to_string),
        path: PathBuf::from(path),
    }
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
/// FIFO or a device refused) and read up to the size limit (`--max-size`).
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
    let len = file.metadata().map_err(fail)?.len();
    read_bounded(file, len, path, max_size)
}

/// Standard input's bytes, read up to the size limit as a file's are.
fn read_stdin(max_size: u64) -> Result<Vec<u8>> {
    read_bounded(std::io::stdin().lock(), 0, Path::new("-"), max_size)
}

/// What `reader` holds, `len` bytes by its own account, read up to the size limit, which
/// also bounds input whose size is unknown or changes while it is read; `path` names it in
/// errors.
fn read_bounded(reader: impl Read, len: u64, path: &Path, max_size: u64) -> Result<Vec<u8>> {
    let too_big = |size: String| {
        Error::BadInput(format!(
            "{}: {size} bytes, over the limit of {max_size} for an article file (raise it \
             with --max-size)",
            path.display()
        ))
    };
    if len > max_size {
        return Err(too_big(len.to_string()));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    reader
        .take(max_size.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|source| Error::File {
            path: path.to_path_buf(),
            source,
        })?;
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
        let arg = |lang: Option<&str>, id: Option<&str>, path: &str| ArticleArg {
            lang: lang.map(str::to_string),
            id: id.map(str::to_string),
            path: path.into(),
        };
        let cases = [
            ("en=a.txt", arg(Some("en"), None, "a.txt")),
            ("ar-EG=x/y.html", arg(Some("ar-EG"), None, "x/y.html")),
            ("ar:babnet=b.txt", arg(Some("ar"), Some("babnet"), "b.txt")),
            ("ar:=b.txt", arg(None, None, "ar:=b.txt")),
            ("ar:a b=b.txt", arg(None, None, "ar:a b=b.txt")),
            ("en=-", arg(Some("en"), None, "-")),
            ("a=b=c", arg(Some("a"), None, "b=c")),
            ("dir/x=1.txt", arg(None, None, "dir/x=1.txt")),
            ("plain.txt", arg(None, None, "plain.txt")),
        ];
        for (given, expected) in cases {
            assert_eq!(split_article_arg(given), expected, "{given}");
        }
    }
}
