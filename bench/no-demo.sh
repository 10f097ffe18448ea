#!/usr/bin/env bash
# Checks a start without demo data, as an operator would make it: runs ./run.sh with
# TRELLIS_DEMO=false and a first steward from TRELLIS_STEWARD_USER/_PASSWORD on a fresh data folder,
# then checks over HTTP that no demo account can sign in and no demo organisation exists, that the
# steward from the variables can, and that the framework is served. Stops the run command and
# deletes the folder afterwards. Prints one line per check and fails on the first that does not hold.
#
#   bench/no-demo.sh
#
# TRELLIS_PORTBASE (default 9000, so HTTP 9080) chooses the ports; keep them free.
set -euo pipefail
cd "$(dirname "$0")/.."
portbase=${TRELLIS_PORTBASE:-9000}
url="http://localhost:$((portbase + 80))"
home=$(mktemp -d "${TMPDIR:-/tmp}/trellis-no-demo.XXXXXX")
steward=ops.steward
password="no-demo-$(od -An -tx1 -N8 /dev/urandom | tr -d ' \n')"
log="$home/run.log"

TRELLIS_HOME="$home" TRELLIS_PORTBASE="$portbase" TRELLIS_DEMO=false \
  TRELLIS_STEWARD_USER="$steward" TRELLIS_STEWARD_PASSWORD="$password" \
  setsid ./run.sh >"$log" 2>&1 &
runner=$!
finish() {
  kill -TERM "$runner" 2>/dev/null || true
  wait "$runner" 2>/dev/null || true
  rm -rf "$home"
}
trap finish EXIT

for _ in $(seq 1 600); do
  grep -q 'Press Ctrl-C to stop' "$log" && break
  kill -0 "$runner" 2>/dev/null || { cat "$log"; echo "run.sh ended early" >&2; exit 1; }
  sleep 1
done
grep -q 'Press Ctrl-C to stop' "$log" || { cat "$log"; echo "not up within 600 s" >&2; exit 1; }

status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
check() {
  local what=$1 want=$2 got=$3
  if [ "$got" = "$want" ]; then
    echo "ok    $what ($got)"
  else
    echo "FAIL  $what: expected $want, got $got" >&2
    exit 1
  fi
}

check "banner lists no demo logins" 0 "$(grep -c 'Demo logins' "$log" || true)"
check "demo steward cannot sign in" 401 "$(status -u steward:trellis-demo-2026 "$url/api/me")"
check "demo link worker cannot sign in" 401 "$(status -u alex.link:trellis-demo-2026 "$url/api/me")"
check "steward from the variables signs in" 200 "$(status -u "$steward:$password" "$url/api/me")"
check "no organisation exists" "[]" "$(curl -s -u "$steward:$password" -H 'Accept: application/json' "$url/api/organisations")"
check "the framework is loaded" 200 "$(status -u "$steward:$password" "$url/api/frameworks/current")"
