#!/usr/bin/env bash
# The scale benchmark: a synthetic corpus at 1x, 10x and 100x a base size (2, 20 and 200 MB
# by default), written by DossierCorpus with its truth; for each size, every stage timed on
# one core (DossierBenchmark --stages), then `dossier run` end to end on both cores (wall
# time and peak memory, median of RUNS runs), its output compared byte for byte with a
# one-core run, and scored against the truth (`dossier eval`).
#
# usage: Sources/DossierBenchmark/scale.sh [BASE-MB] [RUNS]      (default: 2 3)
#
# Needs /usr/bin/time (Debian's `time` package). Not part of CI.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
base="${1:-2}"
runs="${2:-3}"

swift build -c release --static-swift-stdlib --product dossier
swift build -c release --static-swift-stdlib --product DossierBenchmark
swift build -c release --static-swift-stdlib --product DossierCorpus
bin=.build/release
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

for factor in 1 10 100; do
  size=$((base * factor))
  corpus="$work/corpus-$size"
  "$bin/DossierCorpus" --megabytes "$size" -o "$corpus" > /dev/null
  megabytes=$(find "$corpus/documents" -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1e6 }')
  echo "== ${factor}x: $megabytes MB, $(find "$corpus/documents" -type f | wc -l) documents"
  "$bin/DossierBenchmark" --stages "$corpus/documents" --runs "$runs"
  : > "$work/times"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time" "$bin/dossier" run "$corpus/documents" -o "$work/out" -q
    cat "$work/time" >> "$work/times"
  done
  seconds=$(cut -d' ' -f1 "$work/times" | median)
  peak=$(cut -d' ' -f2 "$work/times" | sort -n | tail -1)
  awk -v s="$seconds" -v m="$megabytes" -v k="$peak" -v r="$runs" \
    'BEGIN { printf "  dossier run, 2 cores: median %.2f s = %.1f MB/s end to end, peak memory %.0f MB (%d runs)\n", s, m / s, k / 1024, r }'
  "$bin/dossier" run "$corpus/documents" -o "$work/one-core" --jobs 1 -q
  for file in records.jsonl documents.jsonl projects.json clusters.json; do
    cmp "$work/out/$file" "$work/one-core/$file"
  done
  echo "  output identical to a one-core run (records, documents, projects, clusters)"
  "$bin/dossier" eval "$work/out" --gold "$corpus/gold" | sed 's/^/  /'
  rm -rf "$corpus" "$work/out" "$work/one-core"
done
