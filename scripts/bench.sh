#!/usr/bin/env bash
# Builds and runs the benchmark programs (bench/bench_*.cpp), prints their figures and a summary of their
# RESULT lines; exits 1 if one missed its target. Usage: scripts/bench.sh [NAME...] (default: all of them):
#   bench_extract    issue 6 item 8: a register extract of 2,000 held items
#   bench_workspace  issue 7 item 8: the main window, filters, sorts and dashboard with 100,000 cases (seeds a
#                    database of about 65 MiB in a temporary directory first)
# Arguments for one program: DSAR_BENCH_ARGS_bench_workspace="--runs 3" scripts/bench.sh bench_workspace.
# Not part of the test suite: the figures depend on the machine and on what else it is doing.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${DSAR_BUILD_DIR:-$top/build}"
jobs="${DSAR_JOBS:-$(nproc 2>/dev/null || echo 2)}"

if [ "$#" -gt 0 ]; then
    benches=("$@")
else
    benches=()
    for source in "$top"/bench/bench_*.cpp; do
        benches+=("$(basename "$source" .cpp)")
    done
fi

# The benches are only configured with the tests (BUILD_TESTING); timings mean something only optimised.
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON >/dev/null
cmake --build "$build" --parallel "$jobs" --target "${benches[@]}"

# The offscreen platform wants a runtime directory; a private one keeps its warning out of the figures.
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    XDG_RUNTIME_DIR="$(mktemp -d)"
    export XDG_RUNTIME_DIR
    trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
fi
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

results=()
for bench in "${benches[@]}"; do
    echo "== $bench"
    args_name="DSAR_BENCH_ARGS_$bench"
    read -r -a args <<<"${!args_name:-}"
    output="$("$build/bin/$bench" "${args[@]}")"
    echo "$output"
    echo
    while IFS= read -r line; do
        results+=("$line")
    done < <(grep '^RESULT ' <<<"$output" || true)
done

echo "== summary ($(nproc 2>/dev/null || echo '?') cores, load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'))"
failed=0
for line in "${results[@]}"; do
    echo "$line"
    case "$line" in *" FAIL") failed=1 ;; esac
done
exit "$failed"
