#!/usr/bin/env bash
# The course import's throughput: posts a generated catalogue of N rows (default 10,000, each
# with two mappings) to POST /api/courses/imports as a demo provider, follows the batch job until
# it ends, and prints rows per second. Run against ./run.sh's server (demo data loaded). Each run
# uses fresh course codes, so every row creates a course; run it again with the same RUN to time
# a re-import that changes nothing.
#
#   bench/course-import.sh [rows]        TRELLIS_URL, TRELLIS_USER (default nia.provider), RUN
set -euo pipefail
url=${TRELLIS_URL:-http://localhost:8080}
user=${TRELLIS_USER:-nia.provider}
password=${TRELLIS_PASSWORD:-trellis-demo-2026}
rows=${1:-10000}
run=${RUN:-$(date +%s)}
file=$(mktemp --suffix=.csv)
trap 'rm -f "$file"' EXIT
competencies=(PC.1 CR.2 CC.3 HI.4 SE.5 TS.6 DI.1 LY.2)
{
  printf 'code,title,description,deliveryMode,hours,cpdHours,accreditation,url,status,mappings\r\n'
  for ((i = 1; i <= rows; i++)); do
    printf 'B%s-%d,Benchmark course %d,"A generated course, number %d",ONLINE,%d,,,https://example.org/b%d,PUBLISHED,%s:%d:DEVELOPS;%s:1:INTRODUCES\r\n' \
      "$run" "$i" "$i" "$i" $((1 + i % 20)) "$i" "${competencies[i % 8]}" $((1 + i % 4)) "${competencies[(i + 3) % 8]}"
  done
} > "$file"
start=$(date +%s.%N)
location=$(curl -s -D - -o /dev/null -u "$user:$password" -H 'Content-Type: text/csv' \
  --data-binary @"$file" "$url/api/courses/imports" | tr -d '\r' | awk 'tolower($1) == "location:" {print $2}')
[ -n "$location" ] || { echo "the import was not accepted" >&2; exit 1; }
while :; do
  state=$(curl -s -u "$user:$password" "$location")
  status=$(sed -E 's/.*"status":"([A-Z]+)".*/\1/' <<< "$state")
  case $status in STARTING|STARTED) sleep 0.5 ;; *) break ;; esac
done
end=$(date +%s.%N)
summary=$(sed -E 's/.*"created":([0-9]+),"updated":([0-9]+),"unchanged":([0-9]+),"rejected":([0-9]+).*/created \1, updated \2, unchanged \3, rejected \4/' <<< "$state")
awk -v n="$rows" -v s="$start" -v e="$end" -v st="$status" -v sum="$summary" -v kb="$(($(stat -c %s "$file") / 1024))" \
  'BEGIN { printf "%d rows (%d KB): %s in %.1f s, %.0f rows/s; %s\n", n, kb, st, e - s, n / (e - s), sum }'
