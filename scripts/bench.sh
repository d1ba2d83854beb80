#!/usr/bin/env bash
# Times briefing layout against fribidi (wall and CPU time, on 10 MB of mixed Arabic and
# English and on 10 MB of Arabic, in alternating turns: scripts/pair_times.py), and render,
# check and the reader's first frame
# (examples/first_frame.rs) against the floor (cat), on inputs generated from the bundled
# briefing, with their peak memory; prints medians and ratios measured in one run.
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
cargo build --release --quiet --example first_frame
frame=target/release/examples/first_frame
dir=target/bench-inputs
json=$(mktemp)
trap 'rm -f "$json"' EXIT

python3 scripts/pair_times.py "$runs" "$bin" "$dir/mixed.txt" "$dir/arabic.txt"
hyperfine --warmup 1 --runs "$runs" --export-json "$json" \
  -n "cat big.yaml (floor)" "cat $dir/big.yaml > /dev/null" \
  -n "briefing render big.yaml" "$bin render --width 160 $dir/big.yaml > /dev/null" \
  -n "briefing check big.yaml" "$bin check $dir/big.yaml > /dev/null" \
  -n "reader first frame big.yaml" "$frame $dir/big.yaml 200x60 > /dev/null" >/dev/null

peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1; }
render_kb=$(peak "$bin" render --width 160 "$dir/big.yaml")
check_kb=$(peak "$bin" check "$dir/big.yaml")
frame_kb=$(peak "$frame" "$dir/big.yaml" 200x60)
size=$(stat -c %s "$dir/big.yaml")

python3 - "$json" "$size" "$render_kb" "$check_kb" "$frame_kb" "$(nproc)" <<'PY'
import json, sys
runs = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
size, render_kb, check_kb, frame_kb, cores = map(int, sys.argv[2:7])
med = {k: v["median"] for k, v in runs.items()}
cpu = {k: v["user"] + v["system"] for k, v in runs.items()}
print(f"inputs: mixed.txt, arabic.txt 10.0 MiB each, big.yaml {size/2**20:.1f} MiB; {cores} cores")
print(f"{'command':34} {'wall (median)':>14} {'CPU (mean)':>11}")
cat = med["cat big.yaml (floor)"]
for name in ["cat big.yaml (floor)", "briefing render big.yaml", "briefing check big.yaml", "reader first frame big.yaml"]:
    ratio = "" if name.startswith("cat") else f"{med[name]/cat:.0f}x the floor"
    print(f"{name:34} {med[name]*1000:11.1f} ms {cpu[name]*1000:8.1f} ms  {ratio}")
mib = lambda kb: f"{kb/1024:.0f} MiB ({kb*1024/size:.1f}x the file)"
print(f"peak memory: check {mib(check_kb)}, reader first frame {mib(frame_kb)}, render {mib(render_kb)}")
PY
