#!/usr/bin/env bash
# The load test (issue 13): every role's journey through the pages, with Gatling (Java DSL), against
# the run command's server on a fresh data folder holding the demo data enlarged by the national
# dataset's generator. Prints the throughput, p50/p95/p99 per request and the errors, and the
# server's heap after a full collection in the first and in the last minute of the load.
#
#   bench/load.sh [--users 100] [--duration 600] [--ramp 60] [--scale 0.1] [--home var-load]
#
#   --users     concurrent virtual users (default 100): half link workers, a fifth supervisors, a
#               tenth each employers, providers and stewards (see LoadMix)
#   --duration  seconds of load after the ramp (default 600)
#   --ramp      seconds over which the users sign in (default 60, at most a tenth of the duration
#               when that is shorter)
#   --scale     the national dataset's share (default 0.1: 150 organisations, 1,000 link workers,
#               100,000 CPD entries; 1 is the national size, ≈ 20 minutes to make)
#   --home      the data folder (default var-load). ITS DATABASE IS DELETED AT EVERY RUN: the run
#               starts from the generated dataset (kept, per scale, seed and day, in
#               var-load-cache/, so only the first run of a day makes it)
#
# Each virtual user signs in once through the sign-in page, then repeats its journey with a think
# time of 1 to 3 s between pages (LOAD_THINK_MIN / LOAD_THINK_MAX, milliseconds) until the end,
# then signs out (JourneysSimulation). Workers, supervisors and providers are distinct generated
# accounts (the supervisors with the most workers, and their workers); employers and stewards read
# only. TRELLIS_PORTBASE (default 8000: http://localhost:8080/), TRELLIS_HEAP (default: the run
# command's, Payara's -Xmx512m). The server is stopped at the end, on failure and on Ctrl-C.
# Ends with 1 when any request failed. Gatling's HTML report: ear/target/gatling/.
set -euo pipefail
cd "$(dirname "$0")/.."
users=100
duration=600
ramp=
scale=0.1
home=var-load
while [ $# -gt 0 ]; do
  case "$1" in
    --users) users=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --ramp) ramp=$2; shift 2 ;;
    --scale) scale=$2; shift 2 ;;
    --home) home=$2; shift 2 ;;
    *) echo "usage: bench/load.sh [--users N] [--duration S] [--ramp S] [--scale X] [--home DIR]" >&2; exit 2 ;;
  esac
done
[ -n "$ramp" ] || ramp=$((duration / 10 < 60 ? (duration / 10 > 0 ? duration / 10 : 1) : 60))
portbase=${TRELLIS_PORTBASE:-8000}
url=http://localhost:$((portbase + 80))
seed=${NATIONAL_SEED:-20261129}
day=${NATIONAL_DAY:-$(date -u +%F)}
say() { printf '[load] %s\n' "$*"; }
load() { cut -d ' ' -f 1-3 /proc/loadavg; }

if curl -fsS -o /dev/null "$url/health/ready" 2>/dev/null; then
  say "a server already answers at $url: stop it first, or choose TRELLIS_PORTBASE"
  exit 1
fi
say "$(nproc) cores, load average $(load); $users users, $duration s after a $ramp s ramp; scale $scale"

# --- 1. a fresh data folder with the national dataset ------------------------------------------
mkdir -p "$home"
home=$(cd "$home" && pwd)
cache=$PWD/var-load-cache/national-$scale-$seed-$day
if [ ! -e "$cache/derby/trellis" ]; then
  say "making the national dataset at scale $scale (kept in $cache) ..."
  rm -rf "$cache"
  NATIONAL_SCALE=$scale NATIONAL_SEED=$seed NATIONAL_DAY=$day bench/national-dataset.sh "$cache" |
    sed 's/^/  /'
fi
# Only the database and what the server keeps beside it go; Payara's installation stays, its
# domain made afresh by the run command.
rm -rf "$home/derby" "$home/evidence" "$home"/payara-*/payara6/glassfish/domains/trellis "$home/bench"
cp -a "$cache/derby" "$home/derby"
out=$home/bench
mkdir -p "$out"

# --- 2. the accounts: read from the database before the server has it --------------------------
derby=$(sed -n 's:.*<derby.version>\(.*\)</derby.version>.*:\1:p' pom.xml | head -n 1)
repo=${MAVEN_REPO:-$HOME/.m2/repository}/org/apache/derby
classpath=$repo/derby/$derby/derby-$derby.jar:$repo/derbyshared/$derby/derbyshared-$derby.jar:$repo/derbytools/$derby/derbytools-$derby.jar
[ -e "$repo/derbytools/$derby/derbytools-$derby.jar" ] ||
  ./mvnw -B -q dependency:get -Dartifact="org.apache.derby:derbytools:$derby" >/dev/null
password=trellis-national-2026
has_role() { echo "exists (select 1 from person_role r where r.person_id = $1.id and r.role_name = '$2')"; }
cat >"$out/accounts.sql" <<SQL
connect 'jdbc:derby:$home/derby/trellis';
select 'WORKER ' || w.username || ' $password ' || s.username from person w
  join person s on s.id = w.supervisor_id
  where w.is_active and $(has_role w LINK_WORKER) and not $(has_role w SUPERVISOR) order by w.id;
select 'SUPERVISOR ' || p.username || ' $password' from person p
  where p.is_active and $(has_role p SUPERVISOR) order by p.id;
select 'EMPLOYER ' || p.username || ' $password' from person p
  where p.is_active and $(has_role p EMPLOYER) order by p.id;
select 'PROVIDER ' || p.username || ' $password' from person p
  where p.is_active and $(has_role p PROVIDER)
  and exists (select 1 from course c where c.provider_id = p.organisation_id) order by p.id;
select 'STEWARD ' || p.username || ' $password' from person p
  where p.is_active and $(has_role p STEWARD) order by p.id;
disconnect;
exit;
SQL
java -cp "$classpath" -Dij.maximumDisplayWidth=400 -Dderby.stream.error.file="$out/accounts-derby.log" \
  org.apache.derby.tools.ij "$out/accounts.sql" >"$out/accounts.log" 2>&1
grep -E '^(WORKER|SUPERVISOR|EMPLOYER|PROVIDER|STEWARD) ' "$out/accounts.log" | sed 's/ *$//' >"$out/accounts.txt"
say "accounts: $(awk '{ n[$1]++ } END { for (r in n) printf "%s %d  ", r, n[r] }' "$out/accounts.txt")"

# --- 3. the server -------------------------------------------------------------------------------
runner=
sampler=
stop_all() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
  if [ -n "$runner" ]; then
    say "stopping the server ..."
    kill -TERM "$runner" 2>/dev/null || true
    wait "$runner" 2>/dev/null || true
    runner=
  fi
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
log=$out/run.log
TRELLIS_HOME=$home TRELLIS_PORTBASE=$portbase setsid ./run.sh >"$log" 2>&1 &
runner=$!
started=$(date +%s)
until grep -q 'Trellis is running at' "$log" 2>/dev/null &&
  curl -fsS -o /dev/null "$url/health/ready" 2>/dev/null; do
  kill -0 "$runner" 2>/dev/null || { cat "$log"; say "the run command ended early"; exit 1; }
  [ $(($(date +%s) - started)) -lt 1200 ] || { say "no server within 1,200 s"; exit 1; }
  sleep 2
done
pid=$(cat "$home"/payara-*/payara6/glassfish/domains/trellis/config/pid)
say "server up after $(($(date +%s) - started)) s (pid $pid; load average $(load))"

# --- 4. the heap: what is live after a full collection, in the first and in the last minute -----
# The class histogram collects and counts the live objects in one pause. (GC.run followed by
# GC.heap_info, used before, counted whatever the 100 users allocated in the second between the two
# commands as well: tens of megabytes of noise either way.)
heap_after_gc() { # prints MB of live objects
  jcmd "$pid" GC.class_histogram 2>/dev/null | awk '$1 == "Total" { printf "%.0f", $3 / 1048576 }'
}
gatling_log=$out/gatling.log
first_at=$((ramp + (duration / 4 < 30 ? duration / 4 : 30)))
last_at=$((ramp + duration - (duration / 4 < 30 ? duration / 4 : 30)))
(
  until grep -q '^\[load\] Gatling starts' "$gatling_log" 2>/dev/null; do sleep 1; done
  sleep "$first_at"
  echo "first $(heap_after_gc) $(load | cut -d ' ' -f 1)" >"$out/heap.txt"
  sleep $((last_at - first_at))
  echo "last $(heap_after_gc) $(load | cut -d ' ' -f 1)" >>"$out/heap.txt"
) &
sampler=$!

# --- 5. the load -----------------------------------------------------------------------------------
say "running the journeys (Gatling; its output in $gatling_log) ..."
status=0
./mvnw -B -o -Pload integration-test -pl framework-data,ejb,web,ear -DskipTests -DskipITs \
  -Dspotless.check.skip=true -Dload.url="$url" -Dload.accounts="$out/accounts.txt" \
  -Dload.users="$users" -Dload.duration="$duration" -Dload.ramp="$ramp" \
  -Dload.think.min="${LOAD_THINK_MIN:-1000}" -Dload.think.max="${LOAD_THINK_MAX:-3000}" \
  >"$gatling_log" 2>&1 || status=$?
wait "$sampler" 2>/dev/null || true
sampler=
grep '^\[load\]' "$gatling_log" | grep -v 'Gatling starts' || { tail -n 60 "$gatling_log"; say "Gatling gave no figures"; }
if [ -s "$out/heap.txt" ]; then
  read -r _ first first_load < <(grep '^first' "$out/heap.txt")
  read -r _ last last_load < <(grep '^last' "$out/heap.txt" || echo "last ? ?")
  say "heap used after a full GC: ${first} MB in the first minute (load ${first_load}), ${last} MB in the last (load ${last_load})"
  if [[ $first =~ ^[0-9]+$ && $last =~ ^[0-9]+$ ]]; then
    # Stable: within 10% (and 16 MB) of the first minute's.
    if [ "$last" -le $((first + first / 10 + 16)) ]; then
      say "heap: stable (grew $((last - first)) MB)"
    else
      say "heap: GREW by $((last - first)) MB"
    fi
  fi
fi
say "load average at the end $(load)"
stop_all
trap - EXIT
[ "$status" -eq 0 ] || say "FAILED: a request failed (or Gatling could not run); see $gatling_log"
exit "$status"
