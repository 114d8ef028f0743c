#!/usr/bin/env bash
# Opens a Dossier report in headless Chromium and fails on any console error or warning,
# uncaught exception or blank view; saves a screenshot of #doc=0&value=0. See README.md beside this.
#
# usage: Tests/Browser/check-report.sh [--screenshot PNG] [--shots DIR] [REPORT.html]
#
# Without REPORT, builds the release tool and makes a report from the seeds and their gold.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
screenshot="$root/Output/report.png"
shots=()
report=""

while (($#)); do
  case "$1" in
    --screenshot) screenshot="$2"; shift 2 ;;
    --shots) shots=(--shots "$2"); shift 2 ;;
    -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option: $1" >&2; exit 2 ;;
    *) report="$1"; shift ;;
  esac
done

chromium="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
if [[ -z "$chromium" ]]; then
  echo "error: no Chromium found; install it with: apt-get install -y chromium (or set CHROMIUM)" >&2
  exit 2
fi

if [[ -z "$report" ]]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  cd "$root"
  swift build -c release --static-swift-stdlib --product dossier
  # `run` exits 1 when some input failed; the report shows those, so go on.
  .build/release/dossier run ../shared/seeds -o "$tmp/run" || [[ $? -eq 1 ]]
  .build/release/dossier report "$tmp/run" --gold Corpus/gold/seeds -o "$tmp/report.html"
  report="$tmp/report.html"
fi

python3 "$here/console_check.py" --chromium "$chromium" --screenshot "$screenshot" "${shots[@]}" "$report"
