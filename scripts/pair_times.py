"""Times `briefing layout` against fribidi in alternating runs, so both see the same machine.

    python3 scripts/pair_times.py RUNS BIN INPUT...

For each input, runs fribidi and `BIN layout` RUNS times each, one after the other in turns
(which one goes first alternates), after one warm-up run of each, and prints the medians of
wall time and of CPU time (user + system, from the child's own resource usage), and the
median over the turns of the ratio between the two runs of that turn. On a shared machine
whose speed drifts, that last ratio is the steadiest: both runs of a turn saw nearly the same
conditions.
"""
import os
import statistics
import subprocess
import sys
import time


def timed(cmd, path):
    """Wall and CPU seconds of one run of `cmd` with `path` on stdin and stdout discarded."""
    with open(path, "rb") as stdin:
        start = time.perf_counter()
        child = subprocess.Popen(cmd, stdin=stdin, stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        sys.exit(f"{cmd[0]} failed on {path}: exit {child.returncode}")
    return wall, usage.ru_utime + usage.ru_stime


def main():
    runs, binary, inputs = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    fribidi = ["fribidi", "--width", "80", "--nopad", "--rtl"]
    layout = [binary, "layout", "--width", "80", "--dir", "rtl"]
    print(f"{'input (alternating turns)':28} {'fribidi wall':>12} {'CPU':>8} {'layout wall':>12} {'CPU':>8}"
          f" {'ratio: wall':>12} {'CPU':>6}")
    for path in inputs:
        timed(fribidi, path), timed(layout, path)
        f_runs, l_runs = [], []
        for turn in range(runs):
            pair = [(fribidi, f_runs), (layout, l_runs)]
            for cmd, out in pair if turn % 2 == 0 else reversed(pair):
                out.append(timed(cmd, path))
        med = lambda xs: statistics.median(xs) * 1000
        wall_ratio = statistics.median(l[0] / f[0] for f, l in zip(f_runs, l_runs))
        cpu_ratio = statistics.median(l[1] / f[1] for f, l in zip(f_runs, l_runs))
        print(f"{os.path.basename(path):28} {med(r[0] for r in f_runs):9.1f} ms {med(r[1] for r in f_runs):5.0f} ms"
              f" {med(r[0] for r in l_runs):9.1f} ms {med(r[1] for r in l_runs):5.0f} ms"
              f" {wall_ratio:11.2f}x {cpu_ratio:5.2f}x")


main()
