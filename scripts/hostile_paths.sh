#!/usr/bin/env bash
# Runs the hostile folder and file cases of docs/RELIABILITY.md ("Hostile paths") against a
# briefing binary and prints one row per case: exit status, wall-clock time and peak memory
# (GNU time -v: "Elapsed (wall clock) time", "Maximum resident set size"), and what was
# left behind. Every case runs under `timeout 60`, so a hang shows as exit 124.
#
#   scripts/hostile_paths.sh [BINARY]   (default: target/release/briefing, built if needed)
#
# Builds the cases at run time in a temporary folder (FIFOs, sockets, links to / and /sys,
# a path longer than PATH_MAX), removed at the end. Never touches anything outside it.
set -uo pipefail
cd "$(dirname "$0")/.."
bin="${1:-target/release/briefing}"
if [ "$bin" = target/release/briefing ]; then cargo build --release --quiet || exit 1; fi
bin="$(realpath "$bin")"
[ -x /usr/bin/time ] || { echo "needs GNU time (Debian package time)" >&2; exit 2; }
good="$PWD/tests/fixtures/good/minimal.yaml"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export BRIEFING_CACHE_DIR="$work/cache"

# measure NAME COMMAND...: one row of the table.
measure() {
  local name="$1"; shift
  /usr/bin/time -v -o "$work/time" timeout 60 "$@" >"$work/out" 2>"$work/err"
  local code=$?
  local wall rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time")
  printf '| %s | %s | %s | %s MB |\n' "$name" "$code" "$wall" "$((rss / 1024))"
}

# after WHAT: a row saying what the case left behind.
after() {
  printf '| ↳ %s | | | |\n' "$1"
}

echo "| case | exit | time (m:ss) | peak RSS |"
echo "|---|---|---|---|"

# 2. -o is a FIFO, with --force.
mkfifo "$work/out.fifo"
measure "export -o FIFO --force" "$bin" export "$good" --format md -o "$work/out.fifo" --force
[ -p "$work/out.fifo" ] && after "the FIFO is still a FIFO" || after "the FIFO was REPLACED"

# 3a. A FIFO at the library's cache path.
mkdir -p "$work/lib3a" && cp "$good" "$work/lib3a/a.yaml"
"$bin" "$work/lib3a" >/dev/null
cachefile=$(ls "$BRIEFING_CACHE_DIR"/library-*.json | head -1)
rm -f "$cachefile" && mkfifo "$cachefile"
measure "listing, FIFO at the cache path" "$bin" "$work/lib3a"
rm -rf "$BRIEFING_CACHE_DIR"

# 3b. A FIFO named like a briefing, named on the command line.
mkfifo "$work/swapped.yaml"
measure "check FIFO.yaml" "$bin" check "$work/swapped.yaml"

# 3c. Links to / and to /sys in a library folder.
mkdir -p "$work/lib3c" && cp "$good" "$work/lib3c/a.yaml" && ln -s / "$work/lib3c/root"
measure "check DIR with a link to /" "$bin" check "$work/lib3c"
after "$(grep -c . "$work/err") line(s) on stderr, $(grep -c '^ok' "$work/out") ok"
measure "listing DIR with a link to /" "$bin" "$work/lib3c" --no-cache
mkdir -p "$work/lib3s" && cp "$good" "$work/lib3s/a.yaml" && ln -s /sys "$work/lib3s/sys"
measure "check DIR with a link to /sys" "$bin" check "$work/lib3s"
# A link to a big tree that does not hold the library: walked, within the entry limit.
mkdir -p "$work/lib3u" && cp "$good" "$work/lib3u/a.yaml" && ln -s /usr "$work/lib3u/usr"
measure "check DIR with a link to /usr" "$bin" check "$work/lib3u"
after "$(find -L /usr 2>/dev/null | wc -l) entries below /usr; $(grep -c '^ok' "$work/out") ok, $(grep -c . "$work/err") line(s) on stderr"

# 5. A briefing below a path longer than PATH_MAX (20 folders of 250 bytes).
mkdir -p "$work/lib5" && cp "$good" "$work/lib5/a.yaml"
( cd "$work/lib5" && d=$(printf 'd%.0s' $(seq 250)) && for _ in $(seq 20); do mkdir "$d" && cd "$d"; done && cp "$good" deep.yaml )
measure "check DIR, PATH_MAX" "$bin" check "$work/lib5"
after "stderr: $(grep -c . "$work/err") line(s)"
measure "listing DIR, PATH_MAX" "$bin" "$work/lib5" --no-cache
after "listing: $(tail -1 "$work/out")"

# 7. SIGTERM while export -o writes (held by the test-only pause).
mkdir -p "$work/out7"
BRIEFING_TEST_PAUSE_WRITE=1 "$bin" export "$good" --format md -o "$work/out7/out.md" 2>/dev/null &
pid=$!
for _ in $(seq 500); do ls -A "$work/out7" | grep -q tmp && break; sleep 0.01; done
kill -TERM "$pid"; wait "$pid"; code=$?
printf '| %s | %s | | |\n' "SIGTERM during export -o" "$code"
after "$(ls -A "$work/out7" | wc -l) file(s) left in the output folder"

# 8. Cache file mode 000, and a cache path linked to /dev/zero.
mkdir -p "$work/lib8" && cp "$good" "$work/lib8/a.yaml"
"$bin" "$work/lib8" >/dev/null
cachefile=$(ls "$BRIEFING_CACHE_DIR"/library-*.json | head -1)
chmod 000 "$cachefile" && cp "$good" "$work/lib8/b.yaml"
measure "listing, cache mode 000" "$bin" "$work/lib8"
after "cache file mode $(stat -c %a "$cachefile")"
rm -f "$cachefile" && ln -s /dev/zero "$cachefile" && cp "$good" "$work/lib8/c.yaml"
measure "listing, cache linked to /dev/zero" "$bin" "$work/lib8"
after "cache path: $(stat -c %F "$cachefile"), mode $(stat -c %a "$cachefile")"
rm -rf "$BRIEFING_CACHE_DIR"

# 9. Rewritten with the same size and the modification time set back.
mkdir -p "$work/lib9" && cp "$good" "$work/lib9/a.yaml"
"$bin" "$work/lib9" >/dev/null
sleep 1.1
stamp=$(stat -c %y "$work/lib9/a.yaml")
sed -i 's/^title:/titel:/' "$work/lib9/a.yaml" && touch -d "$stamp" "$work/lib9/a.yaml"
measure "listing, same size and mtime" "$bin" "$work/lib9"
after "listing: $(tail -1 "$work/out")"

# 11. A 250-byte output name.
long="$work/$(printf 'n%.0s' $(seq 247)).md"
measure "export -o 250-byte name" "$bin" export "$good" --format md -o "$long"
after "$(ls "$work" | grep -c '^nnnn') file written; stderr: $(head -c 80 "$work/err")"
