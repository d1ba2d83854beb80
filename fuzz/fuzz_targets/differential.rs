//! The loader's lean path against serde_yaml on the same bytes: where the lean path reads a
//! briefing, serde_yaml must read the same one (anything else is a finding); where the two
//! could differ, the lean path must leave the text to serde_yaml.
#![no_main]

use briefing::briefing::agrees_with_serde_yaml;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(both) = agrees_with_serde_yaml(text) {
        panic!("the lean path differs from serde_yaml on {text:?}: {both}");
    }
});
