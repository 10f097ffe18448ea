#!/usr/bin/env bash
# Team coverage on the national dataset (issue 11): the p95 of GET /api/organisations/{id}/coverage
# for an organisation of 300 active link workers, through the API.
#
#   bench/coverage.sh [TRELLIS_HOME]      default var-national (made by bench/national-dataset.sh)
#
# 1. With no server running, the dataset gets its benchmark organisation, "Coverage benchmark":
#    made once, with 300 of the dataset's active link workers moved into it (the first 300 by
#    identifier, with their CPD, assessments and supervisors). The generator's teams are of 1 to
#    a few dozen; a primary care network of 300 link workers is the size the issue asks about.
#    Run again, it finds the organisation as it was left.
# 2. The run command serves the folder (-Xms = -Xmx = TRELLIS_HEAP, default 4g); the steward's
#    personal access token reads the organisation's coverage BENCH_WARM times (default 50), then
#    BENCH_REQUESTS times (default 500) on one kept-alive connection: p50/p95/p99/max of curl's
#    time_total, as JSON, the team's levels kept between requests (TeamLevels); then BENCH_COLD
#    requests (default 20) each for another day, whose levels are read afresh; then 50 as CSV and
#    20 as PDF.
# Then the server is stopped (also on failure or Ctrl-C). TRELLIS_PORTBASE (default 8000).
# Figures are also left in TRELLIS_HOME/bench/coverage-latency.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
home=${1:-${TRELLIS_HOME:-var-national}}
[ -e "$home/derby/trellis" ] || { echo "[coverage] no database in $home/derby/trellis" >&2; exit 1; }
home=$(cd "$home" && pwd)
heap=${TRELLIS_HEAP:-4g}
portbase=${TRELLIS_PORTBASE:-8000}
url=http://localhost:$((portbase + 80))
steward=national.steward
password=trellis-national-2026
warm=${BENCH_WARM:-50}
requests=${BENCH_REQUESTS:-500}
cold=${BENCH_COLD:-20}
organisation=0c0e4a6e-0000-4000-8000-000000000300
out=$home/bench
mkdir -p "$out"
say() { printf '[coverage] %s\n' "$*"; }
load() { cut -d ' ' -f 1-3 /proc/loadavg; }

if curl -fsS -o /dev/null "$url/health/ready" 2>/dev/null; then
  say "a server already answers at $url: stop it first (the set-up needs the database to itself)"
  exit 1
fi
say "$(nproc) cores, load average $(load); data $home; heap $heap"

# --- 1. the organisation of 300 -----------------------------------------------------------------
derby=$(sed -n 's:.*<derby.version>\(.*\)</derby.version>.*:\1:p' pom.xml | head -n 1)
repo=${MAVEN_REPO:-$HOME/.m2/repository}/org/apache/derby
classpath=$repo/derby/$derby/derby-$derby.jar:$repo/derbyshared/$derby/derbyshared-$derby.jar:$repo/derbytools/$derby/derbytools-$derby.jar
[ -e "$repo/derbytools/$derby/derbytools-$derby.jar" ] ||
  ./mvnw -B -q dependency:get -Dartifact="org.apache.derby:derbytools:$derby" >/dev/null
cat >"$out/coverage-setup.sql" <<SQL
connect 'jdbc:derby:$home/derby/trellis';
insert into organisation (id, name, kind, lock_version)
  select '$organisation', 'Coverage benchmark', 'EMPLOYER', 0 from sysibm.sysdummy1
  where not exists (select 1 from organisation where id = '$organisation');
update person set organisation_id = '$organisation' where id in (
  select p.id from person p join person_role r on r.person_id = p.id
  where r.role_name = 'LINK_WORKER' and p.is_active = true and p.organisation_id <> '$organisation'
  order by p.id fetch first 300 rows only)
  and (select count(*) from person where organisation_id = '$organisation') = 0;
select count(*) as workers from person where organisation_id = '$organisation';
commit;
disconnect;
exit;
SQL
java -cp "$classpath" -Dderby.stream.error.file="$out/coverage-derby.log" org.apache.derby.tools.ij "$out/coverage-setup.sql" >"$out/coverage-setup.log" 2>&1
members=$(awk '/WORKERS/ { getline; getline; print $1 }' "$out/coverage-setup.log")
say "organisation $organisation holds ${members:-?} link workers"
[ "${members:-0}" -eq 300 ] || { cat "$out/coverage-setup.log"; say "expected 300"; exit 1; }

# --- 2. the server ------------------------------------------------------------------------------
log=$out/coverage-run.log
runner=
stop_server() {
  [ -n "$runner" ] || return 0
  kill -TERM "$runner" 2>/dev/null || true
  wait "$runner" 2>/dev/null || true
  runner=
}
trap stop_server EXIT
TRELLIS_HOME=$home TRELLIS_HEAP=$heap TRELLIS_PORTBASE=$portbase setsid ./run.sh >"$log" 2>&1 &
runner=$!
started=$(date +%s)
until grep -q 'Trellis is running at' "$log" 2>/dev/null &&
  curl -fsS -o /dev/null "$url/health/ready" 2>/dev/null; do
  kill -0 "$runner" 2>/dev/null || { cat "$log"; say "the run command ended early"; exit 1; }
  [ $(($(date +%s) - started)) -lt 1200 ] || { say "no server within 1,200 s"; exit 1; }
  sleep 1
done
say "server up after $(($(date +%s) - started)) s (the build included)"

token=$(curl -fsS -u "$steward:$password" -H 'Content-Type: application/json' \
  -d '{"name": "bench/coverage.sh", "days": 1}' "$url/api/me/tokens" | jq -r .secret)
auth=(-H "Authorization: Bearer $token")
path=$url/api/organisations/$organisation/coverage
people=$(curl -fsS "${auth[@]}" -H 'Accept: application/json' "$path" | jq .people)
say "coverage answers for $people people"

timings() { # count accept: one "http_code seconds" line per request, on one connection
  for _ in $(seq "$1"); do printf 'url = "%s"\noutput = "/dev/null"\n' "$path"; done |
    curl -sS "${auth[@]}" -H "Accept: $2" -w '%{http_code} %{time_total}\n' -K -
}
percentiles() { # label, file
  awk '{ print $2 * 1000 }' "$2" | sort -n | awk -v label="$1" '{ a[NR] = $1 } END {
    printf "%s, %d requests: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", label, NR,
      a[int(NR * 0.50 + 0.5)], a[int(NR * 0.95 + 0.5)], a[int(NR * 0.99 + 0.5)], a[NR] }'
}
timings "$warm" application/json >/dev/null
timings "$requests" application/json >"$out/coverage-latency.txt"
refused=$(awk '$1 != 200' "$out/coverage-latency.txt" | wc -l)
[ "$refused" -eq 0 ] || { say "$refused requests did not answer 200"; exit 1; }
say "$(percentiles "coverage of 300 link workers as JSON" "$out/coverage-latency.txt") (load $(load))"
# Read afresh: each request asks about another day, whose levels are not kept yet.
for days in $(seq 1 "$cold"); do
  curl -sS -o /dev/null "${auth[@]}" -H 'Accept: application/json' -w '%{http_code} %{time_total}\n' \
    "$path?on=$(date -d "-$days days" +%F)"
done >"$out/coverage-cold.txt"
say "$(percentiles "read afresh (another day each, levels not kept)" "$out/coverage-cold.txt")"
timings 50 text/csv >"$out/coverage-csv.txt"
say "$(percentiles "as CSV" "$out/coverage-csv.txt")"
timings 20 application/pdf >"$out/coverage-pdf.txt"
say "$(percentiles "as PDF" "$out/coverage-pdf.txt")"
stop_server
trap - EXIT
say "server stopped; load average $(load)"
