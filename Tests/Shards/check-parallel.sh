#!/usr/bin/env bash
# Runs the README's GNU parallel recipe (extraction as a map step in N shards, then one
# reconcile) on a folder of documents, runs `dossier run` on the same folder in one
# process, and checks that the two outputs are the same bytes.
#
# usage: Tests/Shards/check-parallel.sh [FOLDER] [N]      (default: Corpus/documents, 4)
#
# Needs GNU parallel (apt-get install -y parallel). Not part of CI.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
folder="${1:-Corpus/documents}"
shards="${2:-4}"
command -v parallel > /dev/null || { echo "error: GNU parallel is not installed (apt-get install -y parallel)" >&2; exit 2; }

swift build -c release --static-swift-stdlib --product dossier
dossier=.build/release/dossier
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The recipe: one extraction per shard, in parallel (a shard with failed inputs exits 1,
# which the join reports), then the join.
seq 1 "$shards" | parallel --halt never "$dossier extract '$folder' --shard {}/$shards -o '$work/shard-{}/records.jsonl' -q" || true
"$dossier" reconcile "$work"/shard-* -o "$work/joined"

"$dossier" run "$folder" -o "$work/single" -q || true
for file in records.jsonl documents.jsonl projects.json clusters.json; do
  cmp "$work/single/$file" "$work/joined/$file"
done
echo "same bytes: $shards shards joined and one process, over $folder ($(wc -l < "$work/single/documents.jsonl") documents, $(wc -l < "$work/single/records.jsonl") records)"
