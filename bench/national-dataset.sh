#!/usr/bin/env bash
# The national benchmark dataset (issue 10): makes a data folder (default var-national) whose
# database holds 1,500 organisations, 10,000 link workers at every career stage with their
# supervisors, 500 courses with their mappings, 1,000,000 CPD entries over the five years before
# today (20 a worker a year) with 2,000,000 claims, direct assessments, declarations and the audit
# log's lines, loaded in JDBC batches; it prints each table's rows per second. Then serve it with
# the usual run command:
#
#   bench/national-dataset.sh [TRELLIS_HOME]              into embedded Derby, TRELLIS_HOME/derby
#   TRELLIS_HOME=var-national ./run.sh
#
#   bench/national-dataset.sh --postgres [TRELLIS_HOME]   into PostgreSQL (see below)
#   TRELLIS_HOME=var-national ./run.sh --postgres
#
# With --postgres the same rows (the same seed writes the same identifiers) go into the folder's
# own PostgreSQL server, TRELLIS_HOME/postgres, started here with bin/postgres.sh on 127.0.0.1
# port TRELLIS_PORTBASE+32 (8032) exactly as ./run.sh --postgres starts it, and stopped again at
# the end (unless it was running already); or, when TRELLIS_DB_URL is set (with TRELLIS_DB_USER
# and TRELLIS_DB_PASSWORD), into the database it names, and nothing is started. The schema comes
# from the application's migrations as on Derby; the driver rewrites each batch into multi-row
# inserts, and the database is vacuumed and analysed at the end.
#
# Every generated account's password is trellis-national-2026 (the steward: national.steward). The
# server loads the framework's demo data set at its first start as on any fresh folder (unless
# TRELLIS_DEMO=false), so the demo logins work there too.
#
# The same seed and day write the same rows, identifiers included. Settings, as environment:
#   NATIONAL_SCALE    share of the national sizes (default 1; 0.01 loads 1% in seconds)
#   NATIONAL_SEED     the seed (default 20261129)
#   NATIONAL_DAY      the day the data ends before, yyyy-mm-dd (default today, UTC)
#   TRELLIS_PORTBASE  with --postgres: the folder's server listens on portbase+32 (default 8000)
# The database must be empty: on Derby the folder must hold no database yet (embedded Derby is
# one process: no server may run on it); on PostgreSQL the database must hold no table yet (drop
# the database, or delete TRELLIS_HOME/postgres, to start again).
set -euo pipefail
cd "$(dirname "$0")/.."
database=derby
home=
for argument in "$@"; do
  case "$argument" in
    --postgres) database=postgres ;;
    -*) echo "usage: bench/national-dataset.sh [--postgres] [TRELLIS_HOME]" >&2; exit 2 ;;
    *) [ -z "$home" ] && home=$argument || { echo "usage: bench/national-dataset.sh [--postgres] [TRELLIS_HOME]" >&2; exit 2; } ;;
  esac
done
# As for the run command: a database named means PostgreSQL.
[ -n "${TRELLIS_DB_URL:-}" ] && database=postgres
home=${home:-var-national}
mkdir -p "$home"
home=$(cd "$home" && pwd)
source bin/common.sh
say() { printf '[national] %s\n' "$*"; }

args=(-Dtrellis.national.home="$home" -Dtrellis.national.database="$database")
[ -n "${NATIONAL_SCALE:-}" ] && args+=(-Dtrellis.national.scale="$NATIONAL_SCALE")
[ -n "${NATIONAL_SEED:-}" ] && args+=(-Dtrellis.national.seed="$NATIONAL_SEED")
[ -n "${NATIONAL_DAY:-}" ] && args+=(-Dtrellis.national.day="$NATIONAL_DAY")

serve="TRELLIS_HOME=$home ./run.sh"
started_postgres=
if [ "$database" = derby ]; then
  if [ -e "$home/derby/trellis" ]; then
    say "$home/derby/trellis exists already: stop any server on it and delete it first." >&2
    exit 1
  fi
else
  # The run command's way (bin/common.sh): TRELLIS_DB_URL's server, or the folder's own on
  # portbase+32, stopped again at the end unless it was running before.
  pid_file=$home/postgres/data/postmaster.pid
  running_before=
  [ -n "${TRELLIS_DB_URL:-}" ] || { [ -f "$pid_file" ] && kill -0 "$(head -n 1 "$pid_file")" 2>/dev/null && running_before=1; }
  trap '[ -z "$started_postgres" ] || bash bin/postgres.sh stop "$started_postgres"' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  use_postgres "$home" $((${TRELLIS_PORTBASE:-8000} + 32)) >&2 || exit $?
  [ -n "$local_postgres" ] && [ -z "$running_before" ] && started_postgres=$local_postgres
  if [ -z "$local_postgres" ]; then
    serve="TRELLIS_DB_URL=$TRELLIS_DB_URL TRELLIS_DB_USER=$TRELLIS_DB_USER TRELLIS_DB_PASSWORD=... $serve"
  else
    serve="$serve --postgres"
    [ -n "${TRELLIS_PORTBASE:-}" ] && serve="TRELLIS_PORTBASE=$TRELLIS_PORTBASE $serve"
  fi
  # The generator refuses a database that holds tables too, but only after the build: say it now.
  psql=$(ls -d /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$psql" ]; then
    tables=$(PGPASSWORD=$TRELLIS_DB_PASSWORD "$psql" "postgresql://${TRELLIS_DB_URL#jdbc:postgresql://}" \
      -U "$TRELLIS_DB_USER" -tAc \
      "select count(*) from information_schema.tables where table_schema = current_schema()" 2>/dev/null || true)
    if [ -n "$tables" ] && [ "$tables" != 0 ]; then
      say "the database ${TRELLIS_DB_URL#jdbc:} holds $tables tables already: drop it (or delete $home/postgres) first." >&2
      exit 1
    fi
  fi
  export TRELLIS_DB_URL TRELLIS_DB_USER TRELLIS_DB_PASSWORD
fi

started=$(date +%s)
./mvnw -B -o test -pl framework-data,ejb -Dtest=NationalDatasetCommand \
  -Dtrellis.test.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspotless.check.skip=true "${args[@]}" |
  grep --line-buffered -E '^\[national\]|Tests run:|FAIL|ERROR'
[ "$database" = postgres ] || [ -e "$home/derby/trellis" ] || exit 1
say "done in $(($(date +%s) - started)) s, the build included. Serve it with:"
say "  $serve"
