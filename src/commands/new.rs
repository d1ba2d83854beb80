//! `briefing new -o OUT.yaml [--id ID] [--title T] [--date D] [--force] ARTICLE...`: draft a
//! briefing with articles only, from plain-text files or saved web pages.
//!
//! Each ARTICLE (`PATH` or `LANG=PATH`) is read and turned into an `ArticleDraft` by
//! `draft::read_article`; a language not given comes from the text's script. Article ids
//! are the languages, so two articles in one language need distinct `LANG=` tags
//! (`en=a.txt en-GB=b.txt`). The header comes from the options, else from the first
//! article (its headline, its page's date). The YAML is loaded back and checked before it
//! is written atomically; on any bad input nothing is written (exit 1; I/O and usage
//! problems exit 2).

use std::fs;
use std::io::Write;
use std::path::PathBuf;

use crate::briefing;
use crate::briefing::diagnostic::inert;
use crate::cli::NewArgs;
use crate::draft::write::{Header, briefing_yaml, slug};
use crate::draft::{ArticleDraft, read_article, script::language_of};
use crate::error::{Error, Result};
use crate::fileio::{Existing, write_output};

pub fn run(args: &NewArgs, max_size: u64, err: &mut dyn Write) -> Result<()> {
    if args.output.exists() && !args.force {
        return Err(Error::BadInput(format!(
            "{} exists; use --force to overwrite it",
            args.output.display()
        )));
    }
    let mut articles: Vec<(String, String, ArticleDraft)> = Vec::new();
    for arg in &args.articles {
        let (lang, path) = split_article_arg(arg);
        let bytes = read_file(&path, max_size)?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let draft = read_article(&bytes, &name)
            .map_err(|e| Error::BadInput(format!("{}: {e}", path.display())))?;
        let lang = lang.unwrap_or_else(|| language_of(&draft.text(), "en"));
        if articles.iter().any(|(id, ..)| *id == lang) {
            return Err(Error::BadInput(format!(
                "two articles with the id {lang:?} (the article ids are their languages): \
                 give them distinct tags, for example en=a.txt en-GB=b.txt"
            )));
        }
        articles.push((lang.clone(), lang, draft));
    }
    let first = &articles[0].2;
    let title = args.title.clone().unwrap_or_else(|| first.headline.clone());
    let date = args
        .date
        .clone()
        .or_else(|| articles.iter().find_map(|(_, _, a)| a.date.clone()))
        .ok_or_else(|| {
            Error::Usage("no article gives a publication date: give --date YYYY-MM-DD".into())
        })?;
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
    if let Err(diagnostics) = briefing::load_str(&out_name, &yaml) {
        for d in &diagnostics {
            writeln!(err, "{d}")?;
        }
        return Err(Error::BadInput(
            "the drafted briefing would not be valid; nothing was written".into(),
        ));
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

/// A file's bytes, refusing folders and files over the size limit (`--max-size`).
fn read_file(path: &std::path::Path, max_size: u64) -> Result<Vec<u8>> {
    let fail = |source| Error::File {
        path: path.to_path_buf(),
        source,
    };
    let meta = fs::metadata(path).map_err(fail)?;
    if meta.is_dir() {
        return Err(Error::BadInput(format!(
            "{}: is a folder, not an article file",
            path.display()
        )));
    }
    if meta.len() > max_size {
        return Err(Error::BadInput(format!(
            "{}: {} bytes, over the limit of {} for an article file",
            path.display(),
            meta.len(),
            max_size
        )));
    }
    fs::read(path).map_err(fail)
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
