#!/usr/bin/env bash
# The national benchmark dataset (issue 10): makes a data folder (default var-national) whose Derby
# database holds 1,500 organisations, 10,000 link workers at every career stage with their
# supervisors, 500 courses with their mappings, 1,000,000 CPD entries over the five years before
# today (20 a worker a year) with 2,000,000 claims, direct assessments, declarations and the audit
# log's lines, loaded in JDBC batches into embedded Derby; it prints each table's rows per second.
# Then serve it with the usual run command:
#
#   bench/national-dataset.sh [TRELLIS_HOME]
#   TRELLIS_HOME=var-national ./run.sh
#
# Every generated account's password is trellis-national-2026 (the steward: national.steward). The
# server loads the framework's demo data set at its first start as on any fresh folder (unless
# TRELLIS_DEMO=false), so the demo logins work there too.
#
# The same seed and day write the same rows, identifiers included. Settings, as environment:
#   NATIONAL_SCALE  share of the national sizes (default 1; 0.01 loads 1% in seconds)
#   NATIONAL_SEED   the seed (default 20261129)
#   NATIONAL_DAY    the day the data ends before, yyyy-mm-dd (default today, UTC)
# The folder must hold no database yet (embedded Derby is one process: no server may run on it).
set -euo pipefail
cd "$(dirname "$0")/.."
home=${1:-var-national}
mkdir -p "$home"
home=$(cd "$home" && pwd)
if [ -e "$home/derby/trellis" ]; then
  echo "[national] $home/derby/trellis exists already: stop any server on it and delete it first." >&2
  exit 1
fi
args=(-Dtrellis.national.home="$home")
[ -n "${NATIONAL_SCALE:-}" ] && args+=(-Dtrellis.national.scale="$NATIONAL_SCALE")
[ -n "${NATIONAL_SEED:-}" ] && args+=(-Dtrellis.national.seed="$NATIONAL_SEED")
[ -n "${NATIONAL_DAY:-}" ] && args+=(-Dtrellis.national.day="$NATIONAL_DAY")
started=$(date +%s)
./mvnw -B -o test -pl framework-data,ejb -Dtest=NationalDatasetCommand \
  -Dtrellis.test.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspotless.check.skip=true "${args[@]}" |
  grep --line-buffered -E '^\[national\]|Tests run:|FAIL|ERROR'
[ -e "$home/derby/trellis" ] || exit 1
echo "[national] done in $(($(date +%s) - started)) s, the build included. Serve it with:"
echo "[national]   TRELLIS_HOME=$home ./run.sh"
