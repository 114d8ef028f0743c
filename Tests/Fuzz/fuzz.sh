#!/usr/bin/env bash
# Fuzzes load, normalize, segment and extract with libFuzzer and AddressSanitizer for a set
# time, seeded with every sample document of Corpus/ (text and HTML).
#
# usage: Tests/Fuzz/fuzz.sh [SECONDS]          (default 600)
#
# Builds Sources/DossierFuzz into .build-fuzz with DOSSIER_FUZZ=1 (Package.swift then adds
# -sanitize=fuzzer,address to the library and the target, not to the build tools). The working
# corpus grows in .build-fuzz/corpus (kept between runs); a crash, an input that runs over 10 s
# or a sanitizer report stops the run and saves the input under Tests/Fuzz/crashes/, to be
# turned into a regression test (replay it with `swift run DossierFuzz FILE`).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
seconds="${1:-600}"

DOSSIER_FUZZ=1 swift build -c release --product DossierFuzz --scratch-path .build-fuzz

corpus=.build-fuzz/corpus
mkdir -p "$corpus" Tests/Fuzz/crashes
find Corpus -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \) -exec cp {} "$corpus"/ \;

ASAN_OPTIONS=detect_leaks=0 .build-fuzz/release/DossierFuzz "$corpus" \
  -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
  -artifact_prefix=Tests/Fuzz/crashes/ -print_final_stats=1
