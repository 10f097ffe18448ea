#!/usr/bin/env bash
# The load test (issue 13): every role's journey through the pages, with Gatling (Java DSL), against
# the run command's server on a fresh data folder holding the demo data enlarged by the national
# dataset's generator. Prints the throughput, p50/p95/p99 per request and the errors, and the
# server's heap after a full collection in the first and in the last minute of the load.
#
#   bench/load.sh [--postgres | --cluster] [--users 100] [--duration 600] [--ramp 60] [--scale 0.1]
#                 [--home var-load]
#
#   (none)      ./run.sh: one server on embedded Derby
#   --postgres  ./run.sh --postgres: one server on PostgreSQL, the folder's own
#               (TRELLIS_HOME/postgres, 127.0.0.1 port portbase+32)
#   --cluster   ./run.sh --cluster: two instances behind nginx (sticky sessions) on that PostgreSQL;
#               the heap is sampled in each instance
#   --users     concurrent virtual users (default 100): half link workers, a fifth supervisors, a
#               tenth each employers, providers and stewards (see LoadMix)
#   --duration  seconds of load after the ramp (default 600)
#   --ramp      seconds over which the users sign in (default 60, at most a tenth of the duration
#               when that is shorter)
#   --scale     the national dataset's share (default 0.1: 150 organisations, 1,000 link workers,
#               100,000 CPD entries; 1 is the national size, ≈ 20 minutes to make on Derby)
#   --home      the data folder (default var-load). ITS DATABASE IS DELETED AT EVERY RUN: the run
#               starts from the generated dataset, kept per scale, seed and day in var-load-cache/
#               (national-<scale>-<seed>-<day>/derby for Derby; national-<...>-postgres/postgres,
#               the whole PostgreSQL data folder, stopped, for --postgres and --cluster), so only
#               the first run of a day makes it; the run copies it. The server's domain (the
#               cluster's domain and its instances) is made afresh by the run command.
#
# Each virtual user signs in once through the sign-in page, then repeats its journey with a think
# time of 1 to 3 s between pages (LOAD_THINK_MIN / LOAD_THINK_MAX, milliseconds) until the end,
# then signs out (JourneysSimulation). Workers, supervisors and providers are distinct generated
# accounts (the supervisors with the most workers, and their workers); employers and stewards read
# only. TRELLIS_PORTBASE (default 8000: http://localhost:8080/), TRELLIS_HEAP (default: the run
# command's, Payara's -Xmx512m; each instance's in the cluster). The server (with PostgreSQL,
# nginx and the instances) is stopped at the end, on failure and on Ctrl-C, and the script says
# whether any process of the folder is left. Not with TRELLIS_DB_URL: the database is the folder's.
# Ends with 1 when any request failed. Gatling's HTML report: ear/target/gatling/.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=derby
users=100
duration=600
ramp=
scale=0.1
home=var-load
while [ $# -gt 0 ]; do
  case "$1" in
    --postgres) mode=postgres; shift ;;
    --cluster) mode=cluster; shift ;;
    --users) users=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --ramp) ramp=$2; shift 2 ;;
    --scale) scale=$2; shift 2 ;;
    --home) home=$2; shift 2 ;;
    *) echo "usage: bench/load.sh [--postgres | --cluster] [--users N] [--duration S] [--ramp S] [--scale X] [--home DIR]" >&2; exit 2 ;;
  esac
done
[ -n "$ramp" ] || ramp=$((duration / 10 < 60 ? (duration / 10 > 0 ? duration / 10 : 1) : 60))
portbase=${TRELLIS_PORTBASE:-8000}
url=http://localhost:$((portbase + 80))
seed=${NATIONAL_SEED:-20261129}
day=${NATIONAL_DAY:-$(date -u +%F)}
say() { printf '[load] %s\n' "$*"; }
load() { cut -d ' ' -f 1-3 /proc/loadavg; }

if [ -n "${TRELLIS_DB_URL:-}" ]; then
  say "unset TRELLIS_DB_URL: the load runs on a database of the data folder's own, deleted at every run"
  exit 2
fi
if curl -fsS -o /dev/null "$url/health/ready" 2>/dev/null; then
  say "a server already answers at $url: stop it first, or choose TRELLIS_PORTBASE"
  exit 1
fi
case "$mode" in
  derby) serving="one server on Derby (./run.sh)" ;;
  postgres) serving="one server on PostgreSQL (./run.sh --postgres)" ;;
  cluster) serving="two instances behind nginx on PostgreSQL (./run.sh --cluster)" ;;
esac
say "$(nproc) cores, load average $(load); $users users, $duration s after a $ramp s ramp; scale $scale; $serving"

# --- 1. a fresh data folder with the national dataset ------------------------------------------
mkdir -p "$home"
home=$(cd "$home" && pwd)
pg_port=$((portbase + 32))
# A PostgreSQL server left running in the folder by a run that was killed goes before its data.
bash bin/postgres.sh stop "$home/postgres"
# Only the database and what the server keeps beside it go; Payara's installation stays, its
# domains made afresh by the run command.
payara_glassfish=("$home"/payara-*/payara6/glassfish)
rm -rf "$home/derby" "$home/postgres" "$home/evidence" "$home/nginx" "$home/bench" \
  "${payara_glassfish[@]/%//domains/trellis}" "${payara_glassfish[@]/%//domains/trellis-cluster}" \
  "${payara_glassfish[@]/%//nodes/localhost-trellis-cluster}"
if [ "$mode" = derby ]; then
  cache=$PWD/var-load-cache/national-$scale-$seed-$day
  if [ ! -e "$cache/derby/trellis" ]; then
    say "making the national dataset at scale $scale (kept in $cache) ..."
    rm -rf "$cache"
    NATIONAL_SCALE=$scale NATIONAL_SEED=$seed NATIONAL_DAY=$day bench/national-dataset.sh "$cache" |
      sed 's/^/  /'
  fi
  cp -a "$cache/derby" "$home/derby"
else
  # The whole PostgreSQL data folder, its server stopped: copied, it starts as it was left.
  cache=$PWD/var-load-cache/national-$scale-$seed-$day-postgres
  if [ ! -e "$cache/made" ]; then
    say "making the national dataset at scale $scale on PostgreSQL (kept in $cache) ..."
    bash bin/postgres.sh stop "$cache/postgres"
    rm -rf "$cache"
    NATIONAL_SCALE=$scale NATIONAL_SEED=$seed NATIONAL_DAY=$day bench/national-dataset.sh --postgres "$cache" |
      sed 's/^/  /'
    touch "$cache/made"
  fi
  cp -a "$cache/postgres" "$home/postgres"
  : >"$home/postgres/postgres.log"
fi
out=$home/bench
mkdir -p "$out"

# --- 2. the accounts: read from the database before the server has it --------------------------
password=trellis-national-2026
has_role() { echo "exists (select 1 from person_role r where r.person_id = $1.id and r.role_name = '$2')"; }
cat >"$out/accounts.sql" <<SQL
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
SQL
if [ "$mode" = derby ]; then
  derby=$(sed -n 's:.*<derby.version>\(.*\)</derby.version>.*:\1:p' pom.xml | head -n 1)
  repo=${MAVEN_REPO:-$HOME/.m2/repository}/org/apache/derby
  classpath=$repo/derby/$derby/derby-$derby.jar:$repo/derbyshared/$derby/derbyshared-$derby.jar:$repo/derbytools/$derby/derbytools-$derby.jar
  [ -e "$repo/derbytools/$derby/derbytools-$derby.jar" ] ||
    ./mvnw -B -q dependency:get -Dartifact="org.apache.derby:derbytools:$derby" >/dev/null
  { echo "connect 'jdbc:derby:$home/derby/trellis';"; cat "$out/accounts.sql"; echo 'disconnect;'; echo 'exit;'; } >"$out/accounts-ij.sql"
  java -cp "$classpath" -Dij.maximumDisplayWidth=400 -Dderby.stream.error.file="$out/accounts-derby.log" \
    org.apache.derby.tools.ij "$out/accounts-ij.sql" >"$out/accounts.log" 2>&1
else
  # The folder's server, started as the run command starts it and stopped again for it.
  trap 'bash bin/postgres.sh stop "$home/postgres"' EXIT
  settings=$(bash bin/postgres.sh start "$home/postgres" "$pg_port")
  db_password=$(sed -n 's/^TRELLIS_DB_PASSWORD=//p' <<<"$settings")
  psql=$(ls -d /usr/lib/postgresql/*/bin/psql | sort -V | tail -n 1)
  PGPASSWORD=$db_password "$psql" -h 127.0.0.1 -p "$pg_port" -U trellis -d trellis -v ON_ERROR_STOP=1 \
    -qtA -f "$out/accounts.sql" >"$out/accounts.log" 2>&1 || { cat "$out/accounts.log"; exit 1; }
  bash bin/postgres.sh stop "$home/postgres"
  trap - EXIT
fi
grep -E '^(WORKER|SUPERVISOR|EMPLOYER|PROVIDER|STEWARD) ' "$out/accounts.log" | sed 's/ *$//' >"$out/accounts.txt"
say "accounts: $(awk '{ n[$1]++ } END { for (r in n) printf "%s %d  ", r, n[r] }' "$out/accounts.txt")"

# --- 3. the server -------------------------------------------------------------------------------
runner=
sampler=
# What of the folder's may still run: the servers' JVMs, PostgreSQL, nginx.
left_behind() {
  pgrep -f "(ASMain|postgres -D|nginx).*$home/" | wc -l || true
}
stop_all() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
  if [ -n "$runner" ]; then
    say "stopping the server ..."
    kill -TERM "$runner" 2>/dev/null || true
    wait "$runner" 2>/dev/null || true
    runner=
    # The run command stops its PostgreSQL itself; this only mends a run command that was killed.
    [ "$mode" = derby ] || bash bin/postgres.sh stop "$home/postgres"
    sleep 1
    say "stopped; processes of $home left: $(left_behind)"
  fi
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
log=$out/run.log
case "$mode" in
  derby) option=() ;;
  postgres) option=(--postgres) ;;
  cluster) option=(--cluster) ;;
esac
TRELLIS_HOME=$home TRELLIS_PORTBASE=$portbase setsid ./run.sh "${option[@]}" >"$log" 2>&1 &
runner=$!
started=$(date +%s)
# "Trellis is running at", or "... running as a cluster at" once both instances answer.
until grep -q 'Trellis is running' "$log" 2>/dev/null &&
  curl -fsS -o /dev/null "$url/health/ready" 2>/dev/null; do
  kill -0 "$runner" 2>/dev/null || { cat "$log"; say "the run command ended early"; exit 1; }
  [ $(($(date +%s) - started)) -lt 1200 ] || { say "no server within 1,200 s"; exit 1; }
  sleep 2
done
# The JVMs whose heap is sampled: the server, or each instance of the cluster.
glassfish=$(echo "$home"/payara-*/payara6/glassfish)
if [ "$mode" = cluster ]; then
  jvms=(i1 i2)
  pids=("$(cat "$glassfish/nodes/localhost-trellis-cluster/i1/config/pid")"
    "$(cat "$glassfish/nodes/localhost-trellis-cluster/i2/config/pid")")
else
  jvms=(server)
  pids=("$(cat "$glassfish/domains/trellis/config/pid")")
fi
say "server up after $(($(date +%s) - started)) s (pids: $(for n in "${!jvms[@]}"; do printf '%s %s ' "${jvms[n]}" "${pids[n]}"; done); load average $(load))"

# --- 4. the heap: what is live after a full collection, in the first and in the last minute -----
# The class histogram collects and counts the live objects in one pause. (GC.run followed by
# GC.heap_info, used before, counted whatever the 100 users allocated in the second between the two
# commands as well: tens of megabytes of noise either way.)
heap_after_gc() { # pid; prints MB of live objects
  jcmd "$1" GC.class_histogram 2>/dev/null | awk '$1 == "Total" { printf "%.0f", $3 / 1048576 }'
}
sample_heaps() { # first|last: one line per JVM
  local n
  for n in "${!jvms[@]}"; do
    echo "$1 ${jvms[n]} $(heap_after_gc "${pids[n]}") $(load | cut -d ' ' -f 1)" >>"$out/heap.txt"
  done
}
gatling_log=$out/gatling.log
first_at=$((ramp + (duration / 4 < 30 ? duration / 4 : 30)))
last_at=$((ramp + duration - (duration / 4 < 30 ? duration / 4 : 30)))
(
  until grep -q '^\[load\] Gatling starts' "$gatling_log" 2>/dev/null; do sleep 1; done
  sleep "$first_at"
  sample_heaps first
  sleep $((last_at - first_at))
  sample_heaps last
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
  for jvm in "${jvms[@]}"; do
    read -r _ _ first first_load < <(grep "^first $jvm " "$out/heap.txt" || echo "first $jvm ? ?")
    read -r _ _ last last_load < <(grep "^last $jvm " "$out/heap.txt" || echo "last $jvm ? ?")
    of=
    [ "$mode" = cluster ] && of=" of instance $jvm"
    say "heap used after a full GC$of: ${first} MB in the first minute (load ${first_load}), ${last} MB in the last (load ${last_load})"
    if [[ $first =~ ^[0-9]+$ && $last =~ ^[0-9]+$ ]]; then
      # Stable: within 10% (and 16 MB) of the first minute's.
      if [ "$last" -le $((first + first / 10 + 16)) ]; then
        say "heap$of: stable (grew $((last - first)) MB)"
      else
        say "heap$of: GREW by $((last - first)) MB"
      fi
    fi
  done
fi
say "load average at the end $(load)"
stop_all
trap - EXIT
[ "$status" -eq 0 ] || say "FAILED: a request failed (or Gatling could not run); see $gatling_log"
exit "$status"
