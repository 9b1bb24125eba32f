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
# The register extract itself, its first two pages as the subject reads them: the first access case in work
# whose subject has data.
ctl=(env DSAR_PASSWORD=handlaggare-demo QT_QPA_PLATFORM=offscreen "$build/bin/dsarctl" --db "$work/demo.sqlite" --user handlaggare)
for reference in $("${ctl[@]}" case list --right access --json | python3 -c 'import json,sys
print(" ".join(c["reference"] for c in json.load(sys.stdin) if c["status"] in ("in-progress","decision-proposed","decision-approved")))'); do
    items="$("${ctl[@]}" extract "$reference" --out "$work/extract.pdf" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"])')"
    [ "$items" -ge 3 ] && break
done
pdftoppm -r 60 -png -f 1 -l 2 "$work/extract.pdf" "$work/extract-page"
cp "$work"/extract-page-1.png "$top/docs/screenshots/extract-page-1.png"
cp "$work"/extract-page-2.png "$top/docs/screenshots/extract-page-2.png"
ls "$top/docs/screenshots"
