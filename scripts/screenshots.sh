#!/usr/bin/env bash
# Renders the main views from a fresh demo database into docs/screenshots/ (Swedish and English),
# in a virtual X display. Run after scripts/build.sh.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${DSAR_BUILD_DIR:-$top/build}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Keep the user's own settings and data out of it.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
"$build/bin/dsarctl" --db "$work/demo.sqlite" init --demo >/dev/null
mkdir -p "$top/docs/screenshots"
for lang in sv en; do
    xvfb-run -a -s "-screen 0 1600x1000x24 -dpi 96" \
        "$build/bin/dsar-screenshots" --db "$work/demo.sqlite" --out "$top/docs/screenshots" --lang "$lang"
done
ls "$top/docs/screenshots"
