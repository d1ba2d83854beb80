//! The bundled briefing with a third article: a second Arabic source (the Arabic text again,
//! id `ar2`, its own source line), every Arabic mention marked in it too.

/// The YAML of the three-article briefing.
pub fn three_articles() -> String {
    let bundled = include_str!("../../briefings/mali-le-campement-2017-06-18.yaml");
    let (head, entities) = bundled.split_at(bundled.find("\nentities:").unwrap());
    let ar = &head[head.find("\n  - id: ar\n").unwrap()..];
    let source = &ar[ar.find("    source: ").unwrap()..];
    let source = &source[..source.find('\n').unwrap()];
    let ar2 = ar
        .replacen("\n  - id: ar\n", "\n  - id: ar2\n", 1)
        .replacen(source, "    source: \"Second Arabic wire (رويترز)\"", 1);
    let mut out = format!("{head}{ar2}");
    for line in entities.lines() {
        out.push_str(line);
        out.push('\n');
        if line.contains("{article: ar,") {
            out.push_str(&line.replace("{article: ar,", "{article: ar2,"));
            out.push('\n');
        }
    }
    out
}
