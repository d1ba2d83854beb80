#!/bin/sh
# Runs the cargo-fuzz targets one after another, SECONDS each (default 600), one job each,
# logging to fuzz/logs/TARGET.log. cargo-fuzz needs nightly; on a stable toolchain
# RUSTC_BOOTSTRAP=1 lets the -Z flags through. The load and differential targets start from
# the repository's briefings and fixtures. Extra libFuzzer flags come from FUZZ_ARGS (e.g. "-len_control=0").
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -u
cd "$(dirname "$0")/.."
seconds=${1:-600}
[ $# -gt 0 ] && shift
targets=${*:-load layout render}
for seeded in load differential; do
    mkdir -p fuzz/logs "fuzz/corpus/$seeded"
    cp briefings/*.yaml tests/fixtures/*/*.yaml tests/hostile/*.yaml "fuzz/corpus/$seeded/"
done
for t in $targets; do
    RUSTC_BOOTSTRAP=1 CARGO_BUILD_JOBS=1 cargo fuzz run --target-dir fuzz/target "$t" -- \
        -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 -print_final_stats=1 ${FUZZ_ARGS:-} \
        >"fuzz/logs/$t.log" 2>&1
    echo "$t: exit $?" >>fuzz/logs/summary.txt
done
