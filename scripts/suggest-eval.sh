#!/usr/bin/env bash
# Measures `briefing suggest` against gold briefings: each briefing's entities are removed
# (everything from the top-level `entities:` key on), `suggest --apply` proposes them again,
# and `briefing agree GOLD OUT` measures the result against the original annotations.
#
#   scripts/suggest-eval.sh [GOLD.yaml ...]    (default: the bundled briefing and the first
#                                               dev briefing in $BRIEFING_DEV_DIR, if any)
#   scripts/suggest-eval.sh --speakers [GOLD.yaml ...]
#
# With --speakers, only the figures' speakers and rises are measured: each gold briefing keeps
# its entities and mentions, loses its `said_by` and `trend` (flow mappings, one a line),
# `suggest --apply` proposes them again (suggest::attribution, after its other proposals are
# applied), and `agree` prints the `speakers` and `trends` lines.
#
# BRIEFING_DEV_DIR: the folder of dev briefings (default: ../shared/briefings/dev, relative
# to the repository's root).
#
# Prints, per briefing, `agree`'s report by part (the `text` row of overlapping spans is the
# mention recall and precision of docs/SUGGEST.md; figures with the right type and count,
# the entities with mentions in two languages, then the disagreements: misses are "only in
# A"), then its tables by kind and by language, then the figure errors: every disagreement in
# which the gold's mark is a casualty figure (a figure read with another type or count, a figure
# missed, or its text proposed as something else). The dev briefing is for evaluation only: the
# rules are never tuned on it.
set -euo pipefail
cd "$(dirname "$0")/.."
speakers=no
if [ "${1:-}" = --speakers ]; then
    speakers=yes
    shift
fi
golds=("$@")
if [ ${#golds[@]} -eq 0 ]; then
    golds=(briefings/mali-le-campement-2017-06-18.yaml)
    for f in "${BRIEFING_DEV_DIR:-../shared/briefings/dev}"/*.yaml; do
        [ -f "$f" ] && { golds+=("$f"); break; }
    done
fi
# BRIEFING_BIN: a binary to use instead of building the release one (e.g. target/debug/briefing).
bin=${BRIEFING_BIN:-target/release/briefing}
[ -n "${BRIEFING_BIN:-}" ] || cargo build --release --quiet --bin briefing
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for gold in "${golds[@]}"; do
    name=$(basename "$gold" .yaml)
    if [ "$speakers" = yes ]; then
        sed -E 's/, said_by: \[[^]]*\]//; s/, trend: (rose|fell)//' "$gold" > "$tmp/$name.bare.yaml"
    else
        sed '/^entities:/,$d' "$gold" > "$tmp/$name.bare.yaml"
    fi
    echo "== $gold"
    start=$(date +%s%N)
    "$bin" suggest "$tmp/$name.bare.yaml" --apply -o "$tmp/$name.out.yaml" > /dev/null
    end=$(date +%s%N)
    echo "suggest --apply took $(( (end - start) / 1000000 )) ms"
    if [ "$speakers" = yes ]; then
        "$bin" agree "$gold" "$tmp/$name.out.yaml" | grep -E '^  (speakers|trends|\(speakers)'
        echo
        continue
    fi
    "$bin" agree "$gold" "$tmp/$name.out.yaml" --by part | tee "$tmp/$name.agree.txt"
    echo "by kind:"
    "$bin" agree "$gold" "$tmp/$name.out.yaml" --by kind | sed -n '/^overlapping/,/^$/p'
    echo "by language:"
    "$bin" agree "$gold" "$tmp/$name.out.yaml" --by language | sed -n '/^overlapping/,/^$/p'
    echo "figure errors (gold casualty marks B missed, read as another kind, or marked with another span or figure):"
    grep -E '^  (figure: |only in A: .* casualty |(kind|span): A [^/]* casualty )' "$tmp/$name.agree.txt" || echo "  none"
    echo
done
