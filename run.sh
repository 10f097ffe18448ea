#!/usr/bin/env bash
# Builds Trellis, provisions Payara Server 6, deploys the EAR at http://localhost:8080/ and serves
# until Ctrl-C (or SIGTERM), which stops Payara (and the PostgreSQL server it started) cleanly and
# leaves no process of this script behind.
#
#   ./run.sh                     on embedded Derby (the default: one machine, nothing to install)
#   ./run.sh --postgres          on PostgreSQL: the server TRELLIS_DB_URL names, with TRELLIS_DB_USER
#                                and TRELLIS_DB_PASSWORD; unset, a PostgreSQL server of its own kept
#                                in TRELLIS_HOME/postgres (Debian's postgresql package, installed
#                                when missing), on 127.0.0.1 port portbase+32 (8032)
#   ./run.sh --cluster           PostgreSQL as above, two Payara instances (a deployment group) and
#                                nginx in front with sticky sessions, at the same address; see
#                                bin/cluster.sh
#
# Everything it keeps lives in one folder, TRELLIS_HOME (default: ./var), which `mvn clean`
# does not touch: the Payara installation and domain, the Derby database (var/derby) or the
# PostgreSQL cluster (var/postgres), and the generated password of Payara's admin account
# (var/admin-password). Running it again keeps all data. Delete the folder to start afresh. The same
# EAR runs on either database; TRELLIS_DB_URL set also means PostgreSQL without --postgres.
#
# TRELLIS_DEMO=false starts without the demo organisations and accounts; the first steward then
# comes from TRELLIS_STEWARD_USER and TRELLIS_STEWARD_PASSWORD. The server inherits this script's
# environment (asadmin start-domain passes it on to the server's JVM), which is how they reach it.
#
# TRELLIS_HEAP (e.g. 4g) gives the server a heap of that size, -Xms and -Xmx alike; unset, Payara's
# default (-Xmx512m).
#
# TRELLIS_BUILD=false skips ./mvnw package and starts the EAR already built (ear/target/trellis.ear)
# on the Payara already in TRELLIS_HOME: for scripts and tests that have just built it.
#
# Backups (see bin/backup.sh and bin/restore.sh; Derby only, PostgreSQL has pg_dump):
#   ./run.sh --backup            the running server backs up its database and evidence files online
#                                into TRELLIS_HOME/backups (as the steward: TRELLIS_STEWARD_USER and
#                                TRELLIS_STEWARD_PASSWORD, or TRELLIS_TOKEN)
#   ./run.sh --restore <folder>  restores a backup, offline, into a TRELLIS_HOME without a database;
#                                ./run.sh then starts on it
set -euo pipefail
cd "$(dirname "$0")"

database=derby
case "${1:-}" in
  --backup)
    shift
    exec bash bin/backup.sh "$@"
    ;;
  --restore)
    shift
    exec bash bin/restore.sh "$@"
    ;;
  --postgres) database=postgres ;;
  --cluster)
    shift
    exec bash bin/cluster.sh "$@"
    ;;
  "") ;;
  *)
    printf '[trellis] Unknown option "%s": ./run.sh, ./run.sh --postgres, ./run.sh --cluster, ./run.sh --backup or ./run.sh --restore <backup folder>.\n' "$1"
    exit 2
    ;;
esac
[ -n "${TRELLIS_DB_URL:-}" ] && database=postgres

TRELLIS_HOME=${TRELLIS_HOME:-$PWD/var}
mkdir -p "$TRELLIS_HOME"
TRELLIS_HOME=$(cd "$TRELLIS_HOME" && pwd)
PORTBASE=${TRELLIS_PORTBASE:-8000} # HTTP portbase+80 (8080); everything else localhost only
HTTP_PORT=$((PORTBASE + 80))
ADMIN_PORT=$((PORTBASE + 48))
DOMAIN=trellis
payara_version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml | head -n 1)
PAYARA_HOME="$TRELLIS_HOME/payara-$payara_version/payara6"
PASSWORD_FILE="$TRELLIS_HOME/admin-password"
asadmin=("$PAYARA_HOME/bin/asadmin" --port "$ADMIN_PORT")
domain_dir="$PAYARA_HOME/glassfish/domains/$DOMAIN"
autodeploy="$domain_dir/autodeploy"
server_log="$domain_dir/logs/server.log"

source bin/common.sh

# Checked here as well as in the application, so a misspelt "false" stops before anything starts.
demo=${TRELLIS_DEMO:-true}
case "${demo,,}" in
  true) demo=true ;;
  false) demo=false ;;
  *)
    say "TRELLIS_DEMO must be true or false, not \"$demo\"."
    exit 2
    ;;
esac
export TRELLIS_DEMO=$demo
heap=${TRELLIS_HEAP:-}
if [ -n "$heap" ] && ! [[ $heap =~ ^[1-9][0-9]*[kKmMgG]?$ ]]; then
  say "TRELLIS_HEAP must be a size such as 4g or 2048m, not \"$heap\"."
  exit 2
fi

# PostgreSQL: the server named, or one of our own in the data folder (stopped with Payara).
local_postgres=
if [ "$database" = postgres ]; then
  use_postgres "$TRELLIS_HOME" $((PORTBASE + 32)) || exit $?
  # Until Payara is up and the full clean-up below takes over.
  [ -n "$local_postgres" ] && trap 'bash bin/postgres.sh stop "$local_postgres"' EXIT
elif [ -n "${TRELLIS_DB_USER:-}${TRELLIS_DB_PASSWORD:-}${TRELLIS_DB_DRIVER:-}" ]; then
  say "TRELLIS_DB_USER, TRELLIS_DB_PASSWORD and TRELLIS_DB_DRIVER go with TRELLIS_DB_URL (or --postgres)."
  exit 2
fi

build_and_provision "$TRELLIS_HOME" "$PAYARA_HOME" || exit $?

# Stopped before the domain is prepared: a running server would overwrite the hardened domain.xml.
if "${asadmin[@]}" list-domains 2>/dev/null | grep -q "^$DOMAIN running"; then
  say "A Trellis server from an earlier run is still up; stopping it first."
  "${asadmin[@]}" stop-domain "$DOMAIN" >/dev/null
fi

bash ear/src/payara/prepare-domain.sh "$PAYARA_HOME" "$DOMAIN" "$PORTBASE" \
  "$TRELLIS_HOME/jdbc-lib" "$TRELLIS_HOME/derby" "$PASSWORD_FILE" | sed 's/^/[trellis] /'
asadmin+=(--user admin --passwordfile "$PASSWORD_FILE")

# Evidence files and backups live in the data folder beside the database, where a backup is restored
# to (the evidence folder was the domain's before; it is moved once).
if [ -z "${TRELLIS_EVIDENCE_DIR:-}" ]; then
  export TRELLIS_EVIDENCE_DIR="$TRELLIS_HOME/evidence"
  if [ -d "$domain_dir/evidence" ] && [ ! -e "$TRELLIS_EVIDENCE_DIR" ]; then
    mv "$domain_dir/evidence" "$TRELLIS_EVIDENCE_DIR"
    say "Moved the evidence files to $TRELLIS_EVIDENCE_DIR."
  fi
fi
export TRELLIS_BACKUP_DIR=${TRELLIS_BACKUP_DIR:-$TRELLIS_HOME/backups}

# The application is deployed by the autodeploy folder only, so a deployment never races the
# server's own boot-time redeployment of what it already has.
mkdir -p "$autodeploy"
if ! cmp -s ear/target/trellis.ear "$autodeploy/trellis.ear"; then
  rm -f "$autodeploy"/trellis.ear_*
  cp ear/target/trellis.ear "$autodeploy/trellis.ear"
fi

stopping=
sleeper=
stop() {
  [ -n "$stopping" ] && return
  stopping=1
  # A background sleep ignores Ctrl-C and outlives a SIGTERM to this script: end it by its id.
  [ -n "$sleeper" ] && kill "$sleeper" 2>/dev/null || true
  say "Stopping Payara ..."
  "${asadmin[@]}" stop-domain "$DOMAIN" >/dev/null 2>&1 || true
  if [ -n "$local_postgres" ]; then
    say "Stopping PostgreSQL ..."
    bash bin/postgres.sh stop "$local_postgres"
  fi
  say "Stopped."
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log_offset=$(stat -c %s "$server_log" 2>/dev/null || echo 0)
say "Starting Payara (domain $DOMAIN) ..."
# setsid: the server runs in a session of its own, so Ctrl-C reaches this script (which stops it
# cleanly) rather than killing the server's JVM halfway through.
setsid "${asadmin[@]}" start-domain "$DOMAIN" >/dev/null

say "Waiting for the application to deploy ..."
for _ in $(seq 1 600); do
  [ -e "$autodeploy/trellis.ear_deployFailed" ] && {
    say "Deployment failed; see $PAYARA_HOME/glassfish/domains/$DOMAIN/logs/server.log"
    exit 1
  }
  if [ -e "$autodeploy/trellis.ear_deployed" ] &&
    curl -fsS -o /dev/null "http://localhost:$HTTP_PORT/health/ready" 2>/dev/null; then
    break
  fi
  sleep 1
done

# What the application said about the first steward at this start (never the password).
steward_notes=$(tail -c +"$((log_offset + 1))" "$server_log" 2>/dev/null |
  grep -o 'No steward created[^]]*\|Created the steward account[^]]*' || true)

if [ "$database" = postgres ]; then
  database_info="PostgreSQL ${TRELLIS_DB_URL#jdbc:}"
  backup_info="pg_dump the database and copy the evidence folder (README, PostgreSQL)"
else
  database_info="Derby database in $TRELLIS_HOME/derby"
  backup_info="./run.sh --backup (online, as the steward), restore: ./run.sh --restore <folder>"
fi
cat <<INFO

  Trellis is running at http://localhost:$HTTP_PORT/
  REST API:  http://localhost:$HTTP_PORT/api/frameworks/current
  OpenAPI:   http://localhost:$HTTP_PORT/openapi    Health: http://localhost:$HTTP_PORT/health
  Data:      $TRELLIS_HOME ($database_info, evidence in $TRELLIS_EVIDENCE_DIR)
  Backup:    $backup_info
  Log:       $server_log
  Admin:     http://localhost:$ADMIN_PORT/ (this machine only; user admin, password in $PASSWORD_FILE)

INFO
if [ "$demo" = true ]; then
  cat <<INFO
  Demo logins (password for all: trellis-demo-2026):
    steward          framework steward
    emma.employer    employer manager, Riverside Primary Care Network
    sam.supervisor   supervisor (and senior link worker)
    alex.link        link worker (also lee.trainee, priya.link, jo.senior, morgan.lead)
    pat.provider     training provider, Community Learning Partnership
    grace.employer   employer manager, Northgate Primary Care Network (health and wellbeing coaches)
    owen.supervisor  supervisor (and lead coach) at Northgate
    kofi.coach       health and wellbeing coach (also ruby.trainee, hannah.coach, dev.senior)

INFO
else
  echo "  No demo data (TRELLIS_DEMO=false): no demo organisation or account is created."
  if [ -z "${TRELLIS_STEWARD_USER:-}" ]; then
    echo "  TRELLIS_STEWARD_USER is not set: only accounts made before can sign in."
  fi
  echo
fi
if [ -n "$steward_notes" ]; then
  sed 's/^/  /' <<<"$steward_notes"
  echo
fi
echo "  Press Ctrl-C to stop."
echo

# Wait in a way that lets the traps run as soon as a signal arrives, and end if the server does.
server_pid=$(cat "$domain_dir/config/pid" 2>/dev/null || true)
while :; do
  sleep 5 &
  sleeper=$!
  wait "$sleeper" || true
  sleeper=
  if [ -n "$server_pid" ] && ! kill -0 "$server_pid" 2>/dev/null; then
    say "Payara has stopped on its own; see $server_log"
    exit 1
  fi
done
