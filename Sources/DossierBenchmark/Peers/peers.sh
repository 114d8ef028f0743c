#!/usr/bin/env bash
# Dossier beside its peers, in one run: HTML to table cells (inscriptis, trafilatura),
# value parsing (Duckling, Recognizers-Text) and reconciliation (Splink on DuckDB).
#
# usage: Sources/DossierBenchmark/Peers/peers.sh [HTML-FOLDER] [RECORDS]
#   HTML-FOLDER  HTML pages to normalize (default: the pages of a 20 MB generated corpus)
#   RECORDS      synthetic records to reconcile (default: 100000)
#
# Builds the release binaries, installs the peers from PyPI into .venv (ignored by git) the
# first time, and prints each section's figures and ratios. Not part of CI.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
records="${2:-100000}"

swift build -c release --static-swift-stdlib --product dossier
swift build -c release --static-swift-stdlib --product DossierBenchmark
swift build -c release --static-swift-stdlib --product DossierCorpus
if [ ! -x .venv/bin/python ]; then python3 -m venv .venv; fi
.venv/bin/pip install --quiet -r Sources/DossierBenchmark/Peers/requirements.txt

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ -n "${1:-}" ]; then
  pages="$1"
else
  .build/release/DossierCorpus --megabytes 20 -o "$work/corpus" > /dev/null
  pages="$work/pages"
  mkdir -p "$pages"
  find "$work/corpus/documents" -name '*.html' -exec cp {} "$pages"/ \;
fi
.venv/bin/python Sources/DossierBenchmark/Peers/peers.py "$pages" "$records" "$work"
