#!/usr/bin/env bash
# The run command: installs what is missing, builds, creates a demo database on first run, starts the app.
# Arguments are passed to dsardesk (e.g. --db PATH).
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${DSAR_BUILD_DIR:-$top/build}"
"$top/scripts/install-deps.sh"
"$top/scripts/build.sh"

# First run: a demonstration database in the user's data folder (or the --db / DSAR_DB file).
db_args=()
previous=""
for argument in "$@"; do
    case "$argument" in
        --db=*) db_args=(--db "${argument#--db=}") ;;
        *) if [ "$previous" = "--db" ]; then db_args=(--db "$argument"); fi ;;
    esac
    previous="$argument"
done
init_output="$("$build/bin/dsarctl" "${db_args[@]}" init --demo --if-missing)"
echo "$init_output"
# A new demo database prints its accounts itself; on later runs, remind.
case "$init_output" in
    *"already exists"*) cat <<'NOTE'
If this is the demonstration database, its accounts are (demonstration and training only):
  handlaggare / handlaggare-demo   case handler: registers and works requests
  dpo         / dpo-demo           data protection officer: approvals, audit trail
  admin       / admin-demo         administrator: accounts and organisations
NOTE
        ;;
esac

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "There is no display to show DSAR Desk on (neither DISPLAY nor WAYLAND_DISPLAY is set)." >&2
    echo "On a machine without a screen, run it in a virtual display:  xvfb-run -a scripts/run.sh" >&2
    exit 1
fi
exec "$build/bin/dsardesk" "$@"
