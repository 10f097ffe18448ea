#!/usr/bin/env bash
# Floods the sign-in page with anonymous GETs (100 connections, 60 s, loopback only) while a
# signed-in API user keeps asking for /api/me, and prints: the flood's throughput, the signed-in
# user's slowest and median answer during the flood, and the server's heap before and after.
#
#   bench/anonymous-flood.sh            against a server started with ./run.sh (port 8080)
#
# Needs wrk (apt-get install wrk). Anonymous pages must create no session and no view state;
# if they did, the heap would fill within a minute (see STACK.md).
set -euo pipefail
url=${TRELLIS_URL:-http://localhost:8080}
user=${TRELLIS_USER:-alex.link}
password=${TRELLIS_PASSWORD:-trellis-demo-2026}
duration=${FLOOD_SECONDS:-60}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
pid=$(pgrep -f "com.sun.enterprise.glassfish.bootstrap.ASMain.*domains,,,trellis" | head -n 1)
[ -n "$pid" ] || { echo "no Trellis server running (start ./run.sh)" >&2; exit 1; }

heap() { jcmd "$pid" GC.heap_info | sed -n 's/.*used \([0-9]*\)K.*/\1/p' | head -n 1; }
sessions_before=$(curl -s -o /dev/null -D - "$url/login.xhtml" | grep -ci '^set-cookie' || true)
jcmd "$pid" GC.run >/dev/null
before=$(heap)

wrk -t2 -c100 -d"${duration}s" "$url/login.xhtml" >/tmp/trellis-flood.txt &
flood=$!
times=()
while kill -0 "$flood" 2>/dev/null; do
  t=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -u "$user:$password" "$url/api/me")
  [ "${t%% *}" = 200 ] || { echo "signed-in request failed during the flood: $t" >&2; }
  times+=("${t##* }")
  sleep 1
done
wait "$flood"
during=$(heap)
jcmd "$pid" GC.run >/dev/null
after=$(heap)

rps=$(sed -n 's/^Requests\/sec: *//p' /tmp/trellis-flood.txt)
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(echo "$sorted" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
slowest=$(echo "$sorted" | tail -n 1)
printf 'flood: %s anonymous GET/s for %s s on 100 connections; Set-Cookie on an anonymous GET: %s\n' "$rps" "$duration" "$sessions_before"
printf 'signed-in /api/me during the flood: %d requests, median %.3f s, slowest %.3f s\n' "${#times[@]}" "$median" "$slowest"
printf 'heap used: %d MB before, %d MB at the end of the flood, %d MB after a full GC\n' $((before / 1024)) $((during / 1024)) $((after / 1024))
