#!/usr/bin/env bash
# Measures the run command: seconds from ./run.sh to the first page (the sign-in page), the server's
# heap after start, which ports the server listens on beyond this machine, and that SIGTERM leaves
# nothing behind (no Payara process, no process of the run command). Prints one line of figures and
# fails when anything is left or anything but the HTTP port listens beyond localhost.
#
#   bench/startup.sh [--fresh]      --fresh deletes the data folder first (a first run)
#
# Uses TRELLIS_HOME (default ./var) and TRELLIS_PORTBASE (default 8000) like run.sh, and passes the
# rest of the environment on (TRELLIS_DEMO, ...); stop your own server on those ports first.
set -euo pipefail
cd "$(dirname "$0")/.."
home=${TRELLIS_HOME:-$PWD/var}
http_port=$((${TRELLIS_PORTBASE:-8000} + 80))
[ "${1:-}" = "--fresh" ] && rm -rf "$home"
mkdir -p "$home"
home=$(cd "$home" && pwd)

log=$(mktemp)
start=$(date +%s.%N)
# A session of its own: afterwards every process still in it is one the run command left behind.
setsid ./run.sh >"$log" 2>&1 &
runner=$!
# Whatever goes wrong below, the run command is stopped as Ctrl-C would stop it.
trap 'kill -TERM "$runner" 2>/dev/null || true; wait "$runner" 2>/dev/null || true; rm -f "$log"' EXIT
page=""
for _ in $(seq 1 1200); do
  if curl -fsS -o /dev/null "http://localhost:$http_port/login.xhtml" 2>/dev/null; then
    page=$(date +%s.%N)
    break
  fi
  kill -0 "$runner" 2>/dev/null || { cat "$log"; echo "run.sh ended early" >&2; exit 1; }
  sleep 0.5
done
[ -n "$page" ] || { cat "$log"; echo "no page within 600 s" >&2; exit 1; }

server() { pgrep -f "com.sun.enterprise.glassfish.bootstrap.ASMain.*$home/" || true; }
pid=$(server | head -n 1)
sleep 5
heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | sed -n 's/.*total \([0-9]*\)K, used \([0-9]*\)K.*/\2/p' | head -n 1)
jcmd "$pid" GC.run >/dev/null 2>&1 || true
heap_after_gc=$(jcmd "$pid" GC.heap_info 2>/dev/null | sed -n 's/.*total \([0-9]*\)K, used \([0-9]*\)K.*/\2/p' | head -n 1)
rss=$(ps -o rss= -p "$pid" | tr -d ' ')
# Listening TCP sockets of the server whose address is not a loopback one.
public=$(ss -ltnpH | grep "pid=$pid," | awk '{print $4}' |
  grep -vE '^(127\.|\[::1\]|\[::ffff:127\.)' | sed 's/.*://' | sort -un | paste -sd, || true)

kill -TERM "$runner"
wait "$runner" 2>/dev/null || true
trap 'rm -f "$log"' EXIT
sleep 1
left_server=$(server | wc -l)
left_runner=$( (ps -o pid= -s "$runner" || true) | wc -l)

printf 'first page after %.1f s; heap used %d MB (%d MB after a full GC); RSS %d MB; listening beyond localhost: %s; after SIGTERM: %d server and %d run-command processes left\n' \
  "$(awk -v a="$start" -v b="$page" 'BEGIN{print b-a}')" $((heap / 1024)) $((heap_after_gc / 1024)) $((rss / 1024)) \
  "${public:-none}" "$left_server" "$left_runner"
if [ "$left_server" -ne 0 ] || [ "$left_runner" -ne 0 ]; then
  echo "the run command left processes behind" >&2
  exit 1
fi
if [ "$public" != "$http_port" ]; then
  echo "expected only the HTTP port $http_port beyond localhost, found: ${public:-none}" >&2
  exit 1
fi
