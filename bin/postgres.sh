#!/usr/bin/env bash
# A PostgreSQL server of Trellis's own, kept in a folder (the run command's TRELLIS_HOME/postgres,
# the tests' target/postgres), listening on 127.0.0.1 only:
#
#   bin/postgres.sh start FOLDER PORT [--fresh]
#                                       creates the cluster on first use (Debian's postgresql
#                                       package, installed when missing), starts it, and makes the
#                                       role and database "trellis" (--fresh: drops the database
#                                       first, for tests); prints the settings to export:
#                                       TRELLIS_DB_URL, TRELLIS_DB_USER, TRELLIS_DB_PASSWORD
#   bin/postgres.sh stop FOLDER         stops it (fast shutdown: open transactions roll back)
#
# The role's password is generated at creation (or TRELLIS_DB_PASSWORD's, when set) into
# FOLDER/password, readable by its owner only;
# connections need it (scram-sha-256), the socket stays inside FOLDER. The server allows prepared
# transactions: the batch job repository's pool is an XA one (see ear/src/payara/UseDatabase.java).
# PostgreSQL refuses to run as root: for root, the cluster belongs to the postgres account.
set -euo pipefail

usage() {
  echo "usage: bin/postgres.sh start FOLDER PORT [--fresh] | stop FOLDER" >&2
  exit 2
}
[ $# -ge 2 ] || usage
command=$1
mkdir -p "$2"
folder=$(cd "$2" && pwd)
data="$folder/data"
source "$(dirname "$0")/common.sh"
# Standard output carries the settings: every message goes to standard error.
say() { printf '[trellis] postgres: %s\n' "$*" >&2; }

pg_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$found" ] && [ -x "$found/initdb" ] && echo "$found"
}

# Runs a PostgreSQL program as the cluster's owner.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$command" in
  stop)
    bin=$(pg_bin) || exit 0
    if [ -f "$data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    exit 0
    ;;
  start) [ $# -eq 3 ] || { [ $# -eq 4 ] && [ "$4" = --fresh ]; } || usage ;;
  *) usage ;;
esac
port=$3

if ! bin=$(pg_bin); then
  install_debian_package postgresql
  bin=$(pg_bin) || { say "the postgresql package installed no initdb"; exit 1; }
fi

if [ "$(id -u)" = 0 ]; then
  # The postgres account must be able to reach the folder: grant it the right to pass through
  # (not to list) each enclosing folder that does not allow it yet.
  dir=$folder
  while [ "$dir" != / ]; do
    dir=$(dirname "$dir")
    if ! runuser -u postgres -- test -x "$dir"; then
      chmod o+x "$dir"
      say "let other accounts pass through $dir (chmod o+x), so that the postgres account reaches $folder"
    fi
  done
  chown postgres:postgres "$folder"
fi

password_file="$folder/password"
if [ ! -d "$data" ]; then
  (umask 077 && printf '%s' "${TRELLIS_DB_PASSWORD:-$(od -An -tx1 -N18 /dev/urandom | tr -d ' \n')}" >"$password_file")
  scratch=$(mktemp)
  printf '%s\n' "$(cat "$password_file")" >"$scratch"
  [ "$(id -u)" = 0 ] && chown postgres "$scratch"
  as_owner "$bin/initdb" -D "$data" -U trellis --pwfile="$scratch" -A scram-sha-256 -E UTF8 \
    --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 || {
    rm -f "$scratch"
    say "initdb failed; see $folder/initdb.log"
    exit 1
  }
  rm -f "$scratch"
fi

if ! as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  as_owner "$bin/pg_ctl" -D "$data" -l "$folder/postgres.log" -w -t 60 \
    -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c max_prepared_transactions=64" start >/dev/null ||
    { say "PostgreSQL did not start; see $folder/postgres.log"; exit 1; }
fi

password=$(cat "$password_file")
export PGPASSWORD=$password
if [ "${4:-}" = --fresh ]; then
  "$bin/psql" -h 127.0.0.1 -p "$port" -U trellis -d postgres -qc "drop database if exists trellis" >/dev/null
fi
if ! "$bin/psql" -h 127.0.0.1 -p "$port" -U trellis -d postgres -tAc \
  "select 1 from pg_database where datname = 'trellis'" | grep -q 1; then
  "$bin/psql" -h 127.0.0.1 -p "$port" -U trellis -d postgres -qc "create database trellis" >/dev/null
fi
printf 'TRELLIS_DB_URL=jdbc:postgresql://127.0.0.1:%s/trellis\n' "$port"
printf 'TRELLIS_DB_USER=trellis\n'
printf 'TRELLIS_DB_PASSWORD=%s\n' "$password"
