#!/usr/bin/env bash
# Backs up the running Trellis server online: asks it (POST /api/backups, as the steward) to copy
# its Derby database with Derby's online backup (SYSCS_UTIL.SYSCS_BACKUP_DATABASE, which only the
# server's JVM can run, Derby being embedded in it) and then its evidence files, into a new folder
# under TRELLIS_HOME/backups. The server keeps serving meanwhile. Usually run as ./run.sh --backup.
#
#   TRELLIS_STEWARD_USER=steward TRELLIS_STEWARD_PASSWORD=... ./run.sh --backup
#   TRELLIS_TOKEN=<a steward's personal access token> ./run.sh --backup
#
# TRELLIS_PORTBASE (default 8000) finds the server as the run command started it (HTTP portbase+80);
# TRELLIS_URL overrides the address. Credentials go to curl on its standard input, never on its
# command line.
#
# Exit codes: 0 made (its folder is printed); 2 no credentials given; 3 no server answers;
# 4 credentials refused or not the steward's; 5 a backup is being made already, or the server
# runs on PostgreSQL (backed up with pg_dump); 1 anything else.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '[trellis] %s\n' "$*"; }

portbase=${TRELLIS_PORTBASE:-8000}
url=${TRELLIS_URL:-http://localhost:$((portbase + 80))/}
url=${url%/}

quoted() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g'; }
if [ -n "${TRELLIS_TOKEN:-}" ]; then
  credentials="header = \"Authorization: Bearer $(quoted "$TRELLIS_TOKEN")\""
elif [ -n "${TRELLIS_STEWARD_USER:-}" ] && [ -n "${TRELLIS_STEWARD_PASSWORD:-}" ]; then
  credentials="user = \"$(quoted "$TRELLIS_STEWARD_USER"):$(quoted "$TRELLIS_STEWARD_PASSWORD")\""
else
  say "A backup is made by the steward: set TRELLIS_STEWARD_USER and TRELLIS_STEWARD_PASSWORD,"
  say "or TRELLIS_TOKEN to a steward's personal access token (made on the Access tokens page)."
  exit 2
fi

if ! curl -fsS -o /dev/null --max-time 10 "$url/health/ready" 2>/dev/null; then
  say "No Trellis server answers at $url: start it with ./run.sh (the running server makes the"
  say "backup; with the server stopped, a copy of TRELLIS_HOME/derby and the evidence folder is one)."
  exit 3
fi

answer=$(mktemp)
trap 'rm -f "$answer"' EXIT
say "Backing up the server at $url ..."
started=$(date +%s%N)
status=$(printf '%s\n' "$credentials" |
  curl -sS -K - -o "$answer" -w '%{http_code}' -X POST -H 'Accept: application/json' \
    "$url/api/backups") || status=000
took_ms=$((($(date +%s%N) - started) / 1000000))

field() { sed -n "s/.*\"$1\":\"\\{0,1\\}\\([^\",}]*\\).*/\\1/p" "$answer"; }
case "$status" in
  201)
    folder=$(field folder)
    say "Backup made in $((took_ms / 1000)).$(printf '%03d' $((took_ms % 1000))) s: $folder"
    say "  database $(field databaseBytes) bytes, $(field evidenceFiles) evidence files ($(field evidenceBytes) bytes)"
    say "Restore it (server stopped, into a data folder without a database) with:"
    say "  TRELLIS_HOME=<fresh folder> ./run.sh --restore $folder"
    echo "$folder"
    ;;
  401)
    say "The server refused the credentials (401): check TRELLIS_STEWARD_USER/PASSWORD or TRELLIS_TOKEN."
    exit 4
    ;;
  403)
    say "Those credentials are not the steward's (403): only the steward makes backups."
    exit 4
    ;;
  409)
    # A backup being made already, or a server on PostgreSQL: the server says which.
    say "No backup made (409): $(field detail)"
    exit 5
    ;;
  *)
    say "The backup failed (HTTP $status): $(head -c 2000 "$answer")"
    exit 1
    ;;
esac
