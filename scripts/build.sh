#!/usr/bin/env bash
# Configures and builds everything into build/ (dsardesk, dsarctl, the tests).
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${DSAR_BUILD_DIR:-$top/build}"
jobs="$(nproc 2>/dev/null || echo 2)"
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --parallel "$jobs"
