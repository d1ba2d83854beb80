//! Arabic outlets and acronyms: an outlet named with the word that ends such names (… نيوز،
//! … تايمز، وكالة X برس) and organisations spelt as letters (بي بي سي). Data flows from the
//! words of one text to candidates, which `names_ar::find` joins to its own.

use super::*;

/// Outlets named with a word that ends such names (نيوز، تايمز، بوست): the word before
/// it if that is no vocabulary, with an organisation word before that (وكالة X برس), and a
/// nisba after it that names the edition (… نيوز عربية).
pub(super) fn media_names(text: &str, tokens: &[Token<'_>]) -> Vec<Candidate> {
    let w = words();
    let name_word =
        |t: &Token<'_>| !is_stop(t) && !is_vocabulary(&t.folded) && !t.folded.starts_with("ال");
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if !w.media.contains(&t.folded) || i == 0 || !t.joins_previous() {
            continue;
        }
        // One word before: a verb may stand before that (نقلته سكاي …).
        if !name_word(&tokens[i - 1]) {
            continue;
        }
        // The organisation word before it belongs to the name (وكالة X برس، قناة X نيوز),
        // without its proclitics (لوكالة: وكالة).
        let org = i
            .checked_sub(2)
            .filter(|_| tokens[i - 1].joins_previous())
            .and_then(|k| {
                let t = &tokens[k];
                let (s, dropped) = without_proclitics(&t.folded);
                (cue_in(&w.org, &t.folded).map(|extra| (k, extra)))
                    .or_else(|| cue_in(&w.org, &s).map(|extra| (k, dropped + extra)))
            });
        let start = match org {
            Some((k, letters)) => skip_letters(&tokens[k], letters).start,
            None => tokens[i - 1].range.start,
        };
        let edition = tokens.get(i + 1).is_some_and(|n| {
            n.joins_previous()
                && name_word(n)
                && (n.folded.ends_with("يه") || n.folded.ends_with('ي'))
        });
        let end = if edition { i + 1 } else { i };
        let range = start..tokens[end].range.end;
        // Surer than a place the gazetteer finds in it: the outlet is named after it.
        out.push(named_actor(text, range, 0.92, OUTLET));
    }
    out
}

/// Acronyms spelled with the names of Latin letters (بي بي سي, سي إن إن): a run of two
/// letters or more, the first perhaps after a proclitic (لبي), is an organisation's name
/// when its letters are not mostly words as well (إن "that"): two clear letters, or three
/// letters with one clear.
pub(super) fn acronyms(text: &str, tokens: &[Token<'_>]) -> Vec<Candidate> {
    let w = words();
    // Whether a folded word is a letter's name, and a clear one.
    let letter = |s: &str| {
        if w.letters.contains(s) {
            Some(true)
        } else {
            w.ambiguous_letters.contains(s).then_some(false)
        }
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let (dropped, s) = match t.folded.strip_prefix(['و', 'ل', 'ب', 'ف']) {
            Some(rest) if letter(&t.folded).is_none() && letter(rest).is_some() => (1, rest),
            _ => (0, t.folded.as_str()),
        };
        let Some(first) = letter(s) else {
            i += 1;
            continue;
        };
        let mut clear = usize::from(first);
        let mut end = i;
        while let Some(c) = tokens
            .get(end + 1)
            .filter(|n| n.joins_previous())
            .and_then(|n| letter(&n.folded))
        {
            clear += usize::from(c);
            end += 1;
        }
        // A conjunction after clear letters begins the next clause (بي بي سي إن …).
        while clear >= 2 && end > i && w.conjunctions.contains(&tokens[end].folded) {
            end -= 1;
        }
        let count = end - i + 1;
        if count >= 2 && (clear >= 2 || (count >= 3 && clear >= 1)) {
            let range = skip_letters(t, dropped).start..tokens[end].range.end;
            out.push(named_actor(
                text,
                range,
                0.75,
                "an acronym spelled in letters (بي بي سي)",
            ));
        }
        i = end + 1;
    }
    out
}
