#!/usr/bin/env bash
# Times `briefing merge` on the 11 MB benchmark briefing (big.yaml of examples/bench_inputs):
# a clean merge (OURS renames Bamako, THEIRS changes the Le Campement toll) and one with a
# conflict (both change the toll). Median of RUNS runs (default 5) of wall and CPU time
# (user + system, every thread), each binary given in turn; by default the release build of
# this tree.
#
#   scripts/merge_bench.sh [RUNS] [BINARY...]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
shift || true
if [ $# -eq 0 ]; then
  cargo build --release --quiet --bin briefing
  set -- target/release/briefing
fi
dir=target/bench-inputs
[ -f "$dir/big.yaml" ] || cargo run --release --quiet --example bench_inputs -- "$dir" >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$dir/big.yaml" "$work" "$runs" "$@" <<'PY'
import os, resource, statistics, subprocess, sys, time
big, work, runs, bins = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
text = open(big).read()
toll = 'figure: {"type":"killed","count":2,"qualifier":"at-least"}'
name = '  - id: bamako\n    kind: place\n    name: "Bamako"'
assert text.count(toll) == 1 and text.count(name) == 1, "big.yaml is not as expected"
sides = {
    "base": text,
    "ours": text.replace(name, name.replace('"Bamako"', '"Bamako (city)"')),
    "ours5": text.replace(toll, 'figure: {"type":"killed","count":5,"qualifier":"at-least"}'),
    "theirs": text.replace(toll, 'figure: {"type":"killed","count":3}'),
}
for side, t in sides.items():
    open(os.path.join(work, side + ".yaml"), "w").write(t)
path = lambda side: os.path.join(work, side + ".yaml")
out = path("out")
print(f"big.yaml {os.path.getsize(big) / 2**20:.1f} MiB, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
for case, ours in [("clean", "ours"), ("conflict", "ours5")]:
    for binary in bins:
        wall, cpu, codes = [], [], set()
        for _ in range(runs):
            if os.path.exists(out):
                os.remove(out)
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            run = subprocess.run([binary, "merge", path("base"), path(ours), path("theirs"), "-o", out], capture_output=True)
            wall.append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
            codes.add(run.returncode)
        print(f"{case:9} {binary:32} wall {statistics.median(wall) * 1000:6.0f} ms  CPU {statistics.median(cpu) * 1000:6.0f} ms  (median of {runs}; exit {sorted(codes)})")
PY
