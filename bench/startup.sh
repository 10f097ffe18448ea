#!/usr/bin/env bash
# Measures the run command: seconds from ./run.sh to the first page (the sign-in page), the server's heap
# after start, and that SIGTERM leaves no server behind. Prints one line of figures.
#
#   bench/startup.sh [--fresh]      --fresh deletes the data folder first (a first run)
#
# Uses TRELLIS_HOME (default ./var) like run.sh; stop your own server first.
set -euo pipefail
cd "$(dirname "$0")/.."
home=${TRELLIS_HOME:-$PWD/var}
[ "${1:-}" = "--fresh" ] && rm -rf "$home"

log=$(mktemp)
start=$(date +%s.%N)
setsid ./run.sh >"$log" 2>&1 &
runner=$!
page=""
for _ in $(seq 1 600); do
  if curl -fsS -o /dev/null "http://localhost:8080/login.xhtml" 2>/dev/null; then
    page=$(date +%s.%N)
    break
  fi
  kill -0 "$runner" 2>/dev/null || { cat "$log"; echo "run.sh ended early" >&2; exit 1; }
  sleep 0.5
done
[ -n "$page" ] || { cat "$log"; echo "no page within 300 s" >&2; exit 1; }

pid=$(pgrep -f "com.sun.enterprise.glassfish.bootstrap.ASMain.*domains,,,trellis" | head -n 1 || true)
sleep 5
heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | sed -n 's/.*total \([0-9]*\)K, used \([0-9]*\)K.*/\2/p' | head -n 1)
jcmd "$pid" GC.run >/dev/null 2>&1 || true
heap_after_gc=$(jcmd "$pid" GC.heap_info 2>/dev/null | sed -n 's/.*total \([0-9]*\)K, used \([0-9]*\)K.*/\2/p' | head -n 1)
rss=$(ps -o rss= -p "$pid" | tr -d ' ')

kill -TERM "$runner"
wait "$runner" 2>/dev/null || true
sleep 1
left=$(pgrep -fc "com.sun.enterprise.glassfish.bootstrap" || true)

printf 'first page after %.1f s; heap used %d MB (%d MB after a full GC); RSS %d MB; server processes left after SIGTERM: %d\n' \
  "$(awk -v a="$start" -v b="$page" 'BEGIN{print b-a}')" $((heap / 1024)) $((heap_after_gc / 1024)) $((rss / 1024)) "$left"
rm -f "$log"
