//! Loading and validating a briefing from arbitrary bytes; when it loads, every exporter and
//! the plain renderer run on it and their output must hold no control character from it.
#![no_main]

use std::rc::Rc;

use briefing::briefing::load_bytes;
use briefing::export::ExportFormat;
use briefing::export::export;
use briefing::render::{RenderOptions, render};
use briefing::view::BidiMode;
use libfuzzer_sys::fuzz_target;

/// Controls other than newline and tab, and the bidi embedding/override/isolate controls.
fn forbidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fuzz_target!(|data: &[u8]| {
    let Ok(loaded) = load_bytes("fuzz.yaml", data) else {
        return;
    };
    let b = Rc::new(loaded.briefing);
    for format in [ExportFormat::Md, ExportFormat::Html, ExportFormat::Json] {
        let out = export(&b, format);
        assert!(
            !out.contains(forbidden),
            "{format:?} export leaks a control"
        );
    }
    let mut out = Vec::new();
    let opts = RenderOptions {
        width: 80,
        theme: None,
        bidi: BidiMode::App,
    };
    render(&b, &opts, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(!text.contains(forbidden), "render leaks a control");
});
