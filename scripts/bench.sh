#!/usr/bin/env bash
# Times briefing against fribidi and against the floor (cat), on large inputs generated
# from the bundled briefing, and prints a table of medians and ratios measured in one run.
#
#   scripts/bench.sh [RUNS]        (default 10 runs per command)
#
# Installs what it needs if missing (Debian packages libfribidi-bin, hyperfine, time).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"

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
cargo run --release --quiet --example bench_inputs -- target/bench-inputs >/dev/null
dir=target/bench-inputs
bin=target/release/briefing
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
