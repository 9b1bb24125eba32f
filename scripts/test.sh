#!/usr/bin/env bash
# The test command: installs what is missing, builds, runs every test.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${DSAR_BUILD_DIR:-$top/build}"
"$top/scripts/install-deps.sh"
"$top/scripts/build.sh"
cd "$build"
ctest --output-on-failure --parallel "$(nproc 2>/dev/null || echo 2)"
