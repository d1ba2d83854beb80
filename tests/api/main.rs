//! The tests of the library's API, without running the binary: properties (proptest),
//! screens drawn on a test backend (insta snapshots), exports, limits and the README's key
//! tables.

#[path = "../common/mod.rs"]
mod common;

mod annotate_props;
mod claims_snapshots;
mod export_golden;
mod export_hostile;
mod export_html;
mod export_json;
mod readme;
mod resolve_props;
mod stream_props;
mod suggest_figures;
mod suggest_props;
mod ui_snapshots;
