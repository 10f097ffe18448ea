#!/usr/bin/env bash
# Gap reports on the national dataset (issue 10): prints the figures, fails only when something
# does not work (a request refused, a job that fails, a snapshot that disagrees with the floor).
#
#   bench/gap-reports.sh [--postgres] [TRELLIS_HOME]
#                       default var-national (made by bench/national-dataset.sh [--postgres])
#
# The folder's database is Derby's (TRELLIS_HOME/derby/trellis) or PostgreSQL: --postgres, or
# found by itself when the folder holds a PostgreSQL server (TRELLIS_HOME/postgres) and no Derby
# database, or TRELLIS_DB_URL set (with TRELLIS_DB_USER and TRELLIS_DB_PASSWORD: a server of your
# own, as for the run command). The folder's own PostgreSQL is started here (bin/postgres.sh, on
# TRELLIS_PORTBASE+32 as ./run.sh --postgres starts it), handed to the run command by name, and
# stopped at the end unless it was running already.
#
# 1. The floor, with no server running: every active link worker's gap against their next stage
#    as one SQL aggregate over plain JDBC on the folder's database (GapFloorCommand), best of
#    three runs after a cold one. It also draws the sample of workers used below (seeded).
# 2. The run command serves the folder (./run.sh, or ./run.sh --postgres) with -Xms = -Xmx =
#    TRELLIS_HEAP (default 4g). The national batch (POST /api/reports/gap-reports
#    {"organisation": null} as the steward) runs once to warm up, then again timed: from the POST
#    to the job seen COMPLETED (the snapshot written and completed), polled every 0.1 s, and its
#    own startedAt → endedAt; workers/s and the ratio to the floor. The snapshot's every worker ×
#    competency is compared with the floor's.
# 3. Heap used after the batch (jcmd GC.heap_info), and after a full GC.
# 4. Single reports: GET /api/people/{username}/gap-report for BENCH_REPORTS (default 1,000) of
#    the sample, in order, one connection kept alive, after the sample's first 200 as a warm-up
#    (fewer when the dataset has fewer workers); p50/p95/p99/max of curl's time_total.
#    Authenticated with a personal access token of the steward's (Bearer: one statement a
#    request, no password hash).
# 5. Statements of one report, for the worker with the fewest entries and the one with the most,
#    the fewest of three requests counted. Derby: the server is started again with Derby's
#    statement log on (derby.properties, removed again afterwards). PostgreSQL: the same server,
#    with the database server's statement log turned on meanwhile (ALTER SYSTEM SET log_statement
#    = 'all' and pg_reload_conf(), reset afterwards, also on failure), counted in its log
#    (TRELLIS_HOME/postgres/postgres.log; for a server TRELLIS_DB_URL names, BENCH_PG_LOG must
#    name its log and the role be a superuser, else this part is left out). Statements counted:
#    the application's, not BEGIN and COMMIT.
# Then the server is stopped (also on failure or Ctrl-C). Settings, as environment: TRELLIS_HEAP,
# TRELLIS_PORTBASE (default 8000), BENCH_SEED (default 20261129), BENCH_REPORTS, and BENCH_JFR, a
# path prefix: Java Flight Recorder records the timed batch and the timed reports into
# $BENCH_JFR-batch.jfr and $BENCH_JFR-reports.jfr (to find where their time goes). The
# steward is national.steward (password trellis-national-2026). Figures are also left in
# TRELLIS_HOME/bench/.
# Run it alone: it starts a Payara like the integration tests do.
set -euo pipefail
cd "$(dirname "$0")/.."
database=
home=
for argument in "$@"; do
  case "$argument" in
    --postgres) database=postgres ;;
    -*) echo "usage: bench/gap-reports.sh [--postgres] [TRELLIS_HOME]" >&2; exit 2 ;;
    *) [ -z "$home" ] && home=$argument || { echo "usage: bench/gap-reports.sh [--postgres] [TRELLIS_HOME]" >&2; exit 2; } ;;
  esac
done
home=${home:-${TRELLIS_HOME:-var-national}}
[ -n "${TRELLIS_DB_URL:-}" ] && database=postgres
if [ -z "$database" ]; then
  if [ ! -e "$home/derby/trellis" ] && [ -d "$home/postgres/data" ]; then
    database=postgres
  else
    database=derby
  fi
fi
if [ "$database" = derby ]; then
  [ -e "$home/derby/trellis" ] || { echo "[gap] no database in $home/derby/trellis" >&2; exit 1; }
elif [ -z "${TRELLIS_DB_URL:-}" ]; then
  [ -d "$home/postgres/data" ] || { echo "[gap] no PostgreSQL server in $home/postgres" >&2; exit 1; }
fi
home=$(cd "$home" && pwd)
heap=${TRELLIS_HEAP:-4g}
portbase=${TRELLIS_PORTBASE:-8000}
url=http://localhost:$((portbase + 80))
steward=national.steward
password=trellis-national-2026
seed=${BENCH_SEED:-20261129}
reports=${BENCH_REPORTS:-1000}
out=$home/bench
mkdir -p "$out"
source bin/common.sh
say() { printf '[gap] %s\n' "$*"; }
load() { cut -d ' ' -f 1-3 /proc/loadavg; }

if curl -fsS -o /dev/null "$url/health/ready" 2>/dev/null; then
  say "a server already answers at $url: stop it first (the floor needs the database to itself)"
  exit 1
fi
say "$(nproc) cores, load average $(load); data $home ($database); heap $heap"

# --- PostgreSQL: the folder's own server, or the one named ----------------------------------------
started_postgres=
pg_log=
stop_postgres() {
  [ -z "$started_postgres" ] || bash bin/postgres.sh stop "$started_postgres"
  started_postgres=
}
if [ "$database" = postgres ]; then
  # The run command's way (bin/common.sh): TRELLIS_DB_URL's server, or the folder's own, stopped
  # again at the end unless it was running before.
  pid_file=$home/postgres/data/postmaster.pid
  running_before=
  [ -f "$pid_file" ] && kill -0 "$(head -n 1 "$pid_file")" 2>/dev/null && running_before=1
  use_postgres "$home" $((portbase + 32)) || exit $?
  if [ -n "$local_postgres" ]; then
    [ -n "$running_before" ] || started_postgres=$local_postgres
    pg_log=$home/postgres/postgres.log
  else
    pg_log=${BENCH_PG_LOG:-}
  fi
  psql=$(ls -d /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -n 1 || true)
  psql=${psql:-psql}
  sql() { # runs SQL on the database, prints the rows unaligned
    PGPASSWORD=$TRELLIS_DB_PASSWORD "$psql" "postgresql://${TRELLIS_DB_URL#jdbc:postgresql://}" \
      -U "$TRELLIS_DB_USER" -v ON_ERROR_STOP=1 -qtAc "$1"
  }
fi
trap stop_postgres EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- 1. the floor -------------------------------------------------------------------------------
./mvnw -B -o test -pl framework-data,ejb -Dtest=GapFloorCommand -Dtrellis.test.excludedGroups=none \
  -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true \
  -Dtrellis.bench.home="$home" -Dtrellis.bench.database="$database" \
  -Dtrellis.bench.out="$out" -Dtrellis.bench.seed="$seed" \
  -Dtrellis.bench.sample="$((reports + 200))" -DargLine="-Xms$heap -Xmx$heap" |
  grep --line-buffered -E '^\[floor\]|Tests run:|FAIL|ERROR'
floor=$(cat "$out/floor-seconds.txt")

# --- 2. the server ------------------------------------------------------------------------------
log=$out/run.log
runner=
start_server() {
  # A session of its own, as bench/startup.sh does: stopped like Ctrl-C stops it, whatever happens.
  local option=
  [ "$database" = postgres ] && option=--postgres
  TRELLIS_HOME=$home TRELLIS_HEAP=$heap setsid ./run.sh $option >"$log" 2>&1 &
  runner=$!
  local started
  started=$(date +%s)
  # The run command's own word, not the health check alone: a server started with an older EAR
  # answers before the autodeploy folder's new one has replaced it.
  until grep -q 'Trellis is running at' "$log" 2>/dev/null &&
    curl -fsS -o /dev/null "$url/health/ready" 2>/dev/null; do
    kill -0 "$runner" 2>/dev/null || { cat "$log"; say "the run command ended early"; exit 1; }
    [ $(($(date +%s) - started)) -lt 1200 ] || { say "no server within 1,200 s"; exit 1; }
    sleep 1
  done
  say "server up after $(($(date +%s) - started)) s (the build included)"
  pid=$(cat "$payara/glassfish/domains/trellis/config/pid")
}
stop_server() {
  [ -n "$runner" ] || return 0
  kill -TERM "$runner" 2>/dev/null || true
  wait "$runner" 2>/dev/null || true
  runner=
}
trap 'stop_server; stop_postgres' EXIT
payara=$home/payara-$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml | head -n 1)/payara6
start_server

token=$(curl -fsS -u "$steward:$password" -H 'Content-Type: application/json' \
  -d '{"name": "bench/gap-reports.sh", "days": 1}' "$url/api/me/tokens" | jq -r .secret)
auth=(-H "Authorization: Bearer $token")
api() { curl -fsS "${auth[@]}" "$@"; }

# Runs the national batch and prints: seconds from the POST to COMPLETED, then the job's JSON.
batch() {
  local begun location job status
  begun=$(date +%s.%N)
  location=$(curl -fsS -o /dev/null -w '%header{location}' "${auth[@]}" \
    -H 'Content-Type: application/json' -d '{"organisation": null}' "$url/api/reports/gap-reports")
  [[ $location == http* ]] || location=$url$location
  while :; do
    job=$(api "$location")
    status=$(jq -r .status <<<"$job")
    case "$status" in
      COMPLETED) break ;;
      FAILED | STOPPED) say "the job ended $status: $job" >&2; return 1 ;;
    esac
    sleep 0.1
  done
  awk -v a="$begun" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f\n", b - a }'
  jq -c . <<<"$job"
}
record() { # start|stop what: Java Flight Recorder, when BENCH_JFR names where to keep it
  [ -n "${BENCH_JFR:-}" ] || return 0
  if [ "$1" = start ]; then
    jcmd "$pid" JFR.start name="$2" settings=profile >/dev/null
  else
    jcmd "$pid" JFR.stop name="$2" filename="$BENCH_JFR-$2.jfr" >/dev/null
  fi
}
seconds_between() { # two ISO instants
  awk -v a="$(date -d "$1" +%s.%N)" -v b="$(date -d "$2" +%s.%N)" 'BEGIN { printf "%.2f", b - a }'
}

say "warm-up: the national batch once ..."
warm=$(batch)
warm_job=$(tail -n 1 <<<"$warm")
say "warm-up batch: $(head -n 1 <<<"$warm") s for $(jq .progress.total <<<"$warm_job") workers (load $(load))"
say "the national batch, timed ..."
record start batch
timed=$(batch)
record stop batch
wall=$(head -n 1 <<<"$timed")
job=$(tail -n 1 <<<"$timed")
workers=$(jq .progress.total <<<"$job")
own=$(seconds_between "$(jq -r .startedAt <<<"$job")" "$(jq -r .endedAt <<<"$job")")
say "$(printf 'national batch: %s workers in %s s from the POST to COMPLETED (startedAt→endedAt %s s): %.0f workers/s; floor %s s, ratio %.1f (load %s)' \
  "$workers" "$wall" "$own" "$(awk -v w="$workers" -v s="$wall" 'BEGIN { print w / s }')" \
  "$floor" "$(awk -v a="$wall" -v b="$floor" 'BEGIN { print a / b }')" "$(load)")"

# --- 3. heap ------------------------------------------------------------------------------------
used() { jcmd "$pid" GC.heap_info | sed -n 's/.*total \([0-9]*\)K, used \([0-9]*\)K.*/\2/p' | head -n 1; }
heap_after_batch=$(used)
jcmd "$pid" GC.run >/dev/null
heap_after_gc=$(used)
say "heap used after the batch $((heap_after_batch / 1024)) MB, after a full GC $((heap_after_gc / 1024)) MB (-Xms = -Xmx = $heap)"

# The snapshot against the floor: every worker the floor computed, with every competency.
snapshot=$(jq -r .result <<<"$job")
: >"$out/snapshot-gaps.tsv"
for offset in $(seq 0 1000 $((workers - 1))); do
  api "$url$snapshot/people?offset=$offset&limit=1000" | jq -r '.[] | [.username, .stage,
    (.gaps | sort_by(.competency) | map("\(.competency):\(.required):\(.attained)") | join(";"))]
    | @tsv' >>"$out/snapshot-gaps.tsv"
done
sort -o "$out/snapshot-gaps.tsv" "$out/snapshot-gaps.tsv"
sort "$out/floor-gaps.tsv" >"$out/floor-gaps.sorted.tsv"
same=$(comm -12 "$out/floor-gaps.sorted.tsv" "$out/snapshot-gaps.tsv" | wc -l)
floor_workers=$(wc -l <"$out/floor-gaps.sorted.tsv")
say "the snapshot agrees with the floor for $same of the floor's $floor_workers workers (the snapshot holds $workers)"
[ "$same" -eq "$floor_workers" ] || { say "the snapshot and the floor disagree"; exit 1; }

# --- 4. single reports --------------------------------------------------------------------------
timings() { # usernames on stdin; one "http_code seconds" line per report, on one connection
  sed "s|.*|url = \"$url/api/people/&/gap-report\"\noutput = \"/dev/null\"|" |
    curl -sS "${auth[@]}" -H 'Accept: application/json' -w '%{http_code} %{time_total}\n' -K -
}
# A small dataset has fewer workers than 200 + BENCH_REPORTS: the warm-up gives way to the timed
# reports, and with no worker to spare it warms up on them.
drawn=$(wc -l <"$out/sample.txt")
timed=$((reports < drawn ? reports : drawn))
warmup=$((drawn - timed < 200 ? drawn - timed : 200))
if [ "$warmup" -gt 0 ]; then
  head -n "$warmup" "$out/sample.txt" | timings >/dev/null
else
  head -n "$timed" "$out/sample.txt" | timings >/dev/null
fi
record start reports
tail -n +"$((warmup + 1))" "$out/sample.txt" | head -n "$timed" | timings >"$out/latency.txt"
record stop reports
refused=$(awk '$1 != 200' "$out/latency.txt" | wc -l)
[ "$refused" -eq 0 ] || { say "$refused reports did not answer 200"; exit 1; }
say "$(awk '{ print $2 * 1000 }' "$out/latency.txt" | sort -n | awk '{ a[NR] = $1 } END {
  printf "single report over the API, %d workers: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", NR,
    a[int(NR * 0.50 + 0.5)], a[int(NR * 0.95 + 0.5)], a[int(NR * 0.99 + 0.5)], a[NR] }') (load $(load))"

# --- 5. statements of one report ----------------------------------------------------------------
# Counted in the database's statement log, between two marks: the fewest of three requests, after
# one to warm up.
statements() { # username log pattern-of-a-statement pattern-of-what-is-not-counted
  local fewest=999999 before count
  api -o /dev/null "$url/api/people/$1/gap-report"
  for _ in 1 2 3; do
    before=$(stat -c %s "$2")
    api -o /dev/null "$url/api/people/$1/gap-report"
    sleep 0.5
    count=$(tail -c +"$((before + 1))" "$2" | grep -E "$3" | grep -Evc "$4" || true)
    [ "$count" -lt "$fewest" ] && fewest=$count
  done
  echo "$fewest"
}
if [ "$database" = derby ]; then
  # Derby writes every statement to derby.log when derby.properties says so at its boot: the server
  # is started again with that, only for this part, and the file is taken away afterwards.
  stop_server
  derby_properties=$home/derby/derby.properties
  [ -e "$derby_properties" ] && cp "$derby_properties" "$out/derby.properties.kept"
  echo 'derby.language.logStatementText=true' >>"$derby_properties"
  restore_properties() {
    if [ -e "$out/derby.properties.kept" ]; then
      mv "$out/derby.properties.kept" "$derby_properties"
    else
      rm -f "$derby_properties"
    fi
  }
  trap 'stop_server; restore_properties' EXIT
  say "the server again, with Derby's statement log on ..."
  start_server
  statement_log=$home/derby/derby.log
  statement_pattern='Executing (prepared )?statement'
  not_counted='^$'
  logging_off=restore_properties
elif [ -n "$pg_log" ] && [ -r "$pg_log" ] && [ "$(sql 'select rolsuper from pg_roles where rolname = current_user')" = t ]; then
  # PostgreSQL logs every statement once the setting is reloaded, in every session, the pool's
  # too: the server keeps running. A prepared statement is logged as "execute <name>: ...", its
  # parameters (usernames among them) left out of the log.
  stop_logging() {
    sql "alter system reset log_statement" && sql "alter system reset log_parameter_max_length" &&
      sql "select pg_reload_conf()" >/dev/null
  }
  trap 'stop_server; stop_logging; stop_postgres' EXIT
  sql "alter system set log_parameter_max_length = 0"
  sql "alter system set log_statement = 'all'"
  sql "select pg_reload_conf()" >/dev/null
  sleep 1
  say "PostgreSQL's statement log on (log_statement = all, in $pg_log) ..."
  statement_log=$pg_log
  statement_pattern='LOG: +(statement|execute [^:]*): '
  not_counted=': +(BEGIN|COMMIT|ROLLBACK)$'
  logging_off=stop_logging
else
  say "statements of one report: left out (PostgreSQL's log: set BENCH_PG_LOG to a readable log of the server TRELLIS_DB_URL names, as a superuser role)"
  statement_log=
fi
if [ -n "$statement_log" ]; then
  while read -r username entries claims; do
    say "statements of one report: $(statements "$username" "$statement_log" "$statement_pattern" "$not_counted") for $username ($entries entries, $claims current verified claims; the token's look-up included)"
  done <"$out/extremes.txt"
fi
stop_server
[ -z "$statement_log" ] || $logging_off
stop_postgres
trap - EXIT
sleep 1
left=$(pgrep -f "ASMain.*$home/" | wc -l || true)
left_postgres=$(pgrep -f "postgres -D $home/" | wc -l || true)
say "server stopped; $left server processes and $left_postgres PostgreSQL servers of the folder left; load average $(load)"
