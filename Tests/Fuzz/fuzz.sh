#!/usr/bin/env bash
# Fuzzes load, normalize, segment and extract with libFuzzer and AddressSanitizer for a set
# time, seeded with every sample document of Corpus/ (text and HTML).
#
# usage: Tests/Fuzz/fuzz.sh [SECONDS]          (default 600)
#
# Builds Sources/DossierFuzz into .build-fuzz with DOSSIER_FUZZ set to libFuzzer's driver
# library (Package.swift then adds -sanitize=fuzzer,address to the library and the target,
# not to the build tools, and links the driver). The working
# corpus grows in .build-fuzz/corpus (kept between runs); a crash, an input that runs over 10 s
# or a sanitizer report stops the run and saves the input under Tests/Fuzz/crashes/, to be
# turned into a regression test (replay it with `swift run DossierFuzz FILE`).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
seconds="${1:-600}"

# libFuzzer's driver without its main (the target's main calls it), from Swift's own clang.
driver="$(ls "$(dirname "$(dirname "$(command -v swiftc)")")"/lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a | head -1)"
DOSSIER_FUZZ="$driver" swift build -c release --product DossierFuzz --scratch-path .build-fuzz

corpus=.build-fuzz/corpus
mkdir -p "$corpus" Tests/Fuzz/crashes
find Corpus -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \) -exec cp {} "$corpus"/ \;

# Swift's own backtracer is off: AddressSanitizer and libFuzzer print the stack, and the
# backtracer can wait on a process that ASan holds.
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 .build-fuzz/release/DossierFuzz "$corpus" \
  -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
  -artifact_prefix=Tests/Fuzz/crashes/ -print_final_stats=1
