#!/usr/bin/env bash
# Runs the test suite under AddressSanitizer, then the concurrent path (the batch over every
# core, the reconciler's parallel comparisons) under ThreadSanitizer. Each sanitizer builds
# into its own folder (.build-asan, .build-tsan, ignored by git). Exits non-zero on the
# first report.
#
# UndefinedBehaviorSanitizer has no Swift support on Linux (swiftc rejects
# -sanitize=undefined): Swift code traps on overflow, out-of-range indexes and bad unwraps
# in every build, and the C libraries (PCRE2, libxml2, SQLite) are the system's.
#
# usage: Tests/Sanitizers/run-sanitizers.sh [address|thread]...   (default: both)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

sanitizers=("$@")
if ((${#sanitizers[@]} == 0)); then sanitizers=(address thread); fi

for sanitizer in "${sanitizers[@]}"; do
  case "$sanitizer" in
    address) scratch=.build-asan; filter=() ;;
    # The suites that run work on several threads at once.
    thread) scratch=.build-tsan; filter=(--filter 'BatchTests|HostileInputTests|ReconcileTests|DeliveryTests') ;;
    *) echo "unknown sanitizer: $sanitizer (address or thread)" >&2; exit 2 ;;
  esac
  echo "== $sanitizer"
  # halt_on_error: the first report fails the run.
  # detect_leaks=0: the rule packs and compiled patterns live for the whole process on purpose.
  ASAN_OPTIONS=halt_on_error=1:detect_leaks=0 TSAN_OPTIONS=halt_on_error=1 \
    swift test --scratch-path "$scratch" --sanitize="$sanitizer" "${filter[@]}"
done
echo "sanitizers clean: ${sanitizers[*]}"
