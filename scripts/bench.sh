#!/usr/bin/env bash
# Times briefing against fribidi and against the floor (cat), on large inputs generated
# from the bundled briefing, and prints a table of medians and ratios measured in one run.
# Then times the library on a generated folder of 10 000 briefings: listing it with no index
# cache (every file parsed, in parallel), with the cache, and with one file changed; and the
# library screen in a pseudo-terminal, to its first frame and to the complete list.
#
#   scripts/bench.sh [RUNS] [layout|library]   (default 10 runs per command, both parts)
#
# Installs what it needs if missing (Debian packages libfribidi-bin, hyperfine, time).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
part="${2:-all}"

need=()
command -v fribidi >/dev/null || need+=(libfribidi-bin)
command -v hyperfine >/dev/null || need+=(hyperfine)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

cargo build --release --quiet
bin=target/release/briefing

if [ "$part" != layout ]; then
  lib=target/bench-library
  [ -d "$lib" ] || cargo run --release --quiet --example gen_library -- "$lib" 10000 8
  cache=$(mktemp -d)
  changed="$lib/batch-050/event-05000.yaml"
  ljson=$(mktemp)
  files=$(find "$lib" -name '*.yaml' | wc -l)
  bytes=$(du -sb "$lib" | cut -f1)
  BRIEFING_CACHE_DIR="$cache" "$bin" "$lib" >/dev/null
  BRIEFING_CACHE_DIR="$cache" hyperfine --warmup 1 --runs "$runs" --export-json "$ljson" \
    -n "list, no cache" --prepare "rm -rf $cache/*" "$bin $lib > /dev/null" \
    -n "list, cache" --prepare true "$bin $lib > /dev/null" \
    -n "list, cache, 1 file changed" --prepare "touch $changed" "$bin $lib > /dev/null" \
    -n "check (one thread)" --prepare true "$bin check $lib > /dev/null 2>&1 || true" >/dev/null
  python3 - "$ljson" "$files" "$bytes" "$(nproc)" <<'PY'
import json, sys
runs = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
files, size, cores = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
print(f"library: {files} briefings, {size/2**20:.0f} MiB, {cores} cores")
for name, r in runs.items():
    print(f"{name:42} {r['median']*1000:8.1f} ms  (min {r['min']*1000:.1f}, max {r['max']*1000:.1f})")
print(f"cached listing is {runs['list, no cache']['median']/runs['list, cache']['median']:.0f}x faster than parsing every file")
PY
  python3 scripts/library_first_frame.py "$bin" "$lib" "$cache"
  rm -rf "$cache" "$ljson"
  [ "$part" = library ] && exit 0
fi

cargo run --release --quiet --example bench_inputs -- target/bench-inputs >/dev/null
dir=target/bench-inputs
json=$(mktemp)
trap 'rm -f "$json"' EXIT

hyperfine --warmup 1 --runs "$runs" --export-json "$json" \
  -n "fribidi --width 80 --nopad --rtl" "fribidi --width 80 --nopad --rtl < $dir/mixed.txt > /dev/null" \
  -n "briefing layout --width 80 --dir rtl" "$bin layout --width 80 --dir rtl < $dir/mixed.txt > /dev/null" \
  -n "cat big.yaml (floor)" "cat $dir/big.yaml > /dev/null" \
  -n "briefing render big.yaml" "$bin render --width 160 $dir/big.yaml > /dev/null" \
  -n "briefing check big.yaml" "$bin check $dir/big.yaml > /dev/null" >/dev/null

peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1; }
render_kb=$(peak "$bin" render --width 160 "$dir/big.yaml")
check_kb=$(peak "$bin" check "$dir/big.yaml")
size=$(stat -c %s "$dir/big.yaml")
text=$(stat -c %s "$dir/mixed.txt")

python3 - "$json" "$size" "$text" "$render_kb" "$check_kb" <<'PY'
import json, sys
runs = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
size, text, render_kb, check_kb = map(int, sys.argv[2:6])
med = {k: v["median"] for k, v in runs.items()}
fri, lay = med["fribidi --width 80 --nopad --rtl"], med["briefing layout --width 80 --dir rtl"]
cat, ren, chk = med["cat big.yaml (floor)"], med["briefing render big.yaml"], med["briefing check big.yaml"]
print(f"inputs: mixed.txt {text/2**20:.1f} MiB, big.yaml {size/2**20:.1f} MiB")
print(f"{'command':42} {'median':>10} {'ratio':>28}")
rows = [
    ("fribidi --width 80 --nopad --rtl", fri, ""),
    ("briefing layout --width 80 --dir rtl", lay, f"{fri/lay:.2f}x fribidi's speed"),
    ("cat big.yaml (floor)", cat, ""),
    ("briefing render big.yaml", ren, f"{ren/cat:.0f}x the floor"),
    ("briefing check big.yaml", chk, f"{chk/cat:.0f}x the floor"),
]
for name, t, ratio in rows:
    print(f"{name:42} {t*1000:8.1f} ms {ratio:>28}")
print(f"layout throughput: {text/2**20/lay:.1f} MiB/s (fribidi {text/2**20/fri:.1f} MiB/s)")
print(f"peak memory: render {render_kb/1024:.0f} MiB ({render_kb*1024/size:.1f}x the file), check {check_kb/1024:.0f} MiB ({check_kb*1024/size:.1f}x the file)")
PY
