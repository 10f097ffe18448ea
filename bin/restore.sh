#!/usr/bin/env bash
# Restores a backup made by ./run.sh --backup into a data folder that holds no database, offline
# (no server may be running on that folder): the database goes to TRELLIS_HOME/derby/trellis and the
# evidence files to TRELLIS_HOME/evidence (or TRELLIS_EVIDENCE_DIR), where the run command's server
# finds them. Then ./run.sh (with the same TRELLIS_HOME) starts on it. Usually run as
#
#   TRELLIS_HOME=/srv/trellis-new ./run.sh --restore /srv/trellis/backups/2026-11-30T09-41-07Z
#
# A backup's database is a complete Derby database (Derby's online backup), so it is copied as it
# is; the folder is checked first: backup.properties (written last, so only a finished backup has
# it), the database's service.properties and as many evidence files as the backup says it holds.
# Payara's own data (its batch job history) is not in a backup: imports and report jobs that had not
# finished show as FAILED; an import's restart carries on after its committed rows, a report job's
# restart after the workers it wrote.
#
# Exit codes: 0 restored; 2 no backup named, no such backup, or not a complete backup; 3 the data
# folder already holds a database or evidence files (restore into a fresh one, or move them away);
# 4 a Trellis server is running on the data folder (stop it first); 1 anything else.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '[trellis] %s\n' "$*"; }

if [ $# -ne 1 ] || [ -z "$1" ]; then
  say "Usage: [TRELLIS_HOME=<data folder>] ./run.sh --restore <backup folder>"
  say "(a folder that ./run.sh --backup made, under the old data folder's backups/)"
  exit 2
fi
backup=$1
if [ ! -d "$backup" ]; then
  say "No such backup: $backup is not a folder."
  exit 2
fi
backup=$(cd "$backup" && pwd)
manifest="$backup/backup.properties"
if [ ! -f "$manifest" ] || [ ! -f "$backup/trellis/service.properties" ]; then
  say "$backup is not a complete Trellis backup (it lacks backup.properties or the database"
  say "trellis/): a backup interrupted halfway has no backup.properties. Choose another."
  exit 2
fi
property() { sed -n "s/^$1=//p" "$manifest" | tail -n 1 | sed 's/\\:/:/g'; }
expected_files=$(property evidenceFiles)
found_files=0
if [ -d "$backup/evidence" ]; then
  found_files=$(find "$backup/evidence" -maxdepth 1 -type f | wc -l)
fi
if [ -n "$expected_files" ] && [ "$found_files" -ne "$expected_files" ]; then
  say "$backup is damaged: backup.properties says $expected_files evidence files, the folder holds $found_files."
  exit 2
fi

TRELLIS_HOME=${TRELLIS_HOME:-$PWD/var}
mkdir -p "$TRELLIS_HOME"
TRELLIS_HOME=$(cd "$TRELLIS_HOME" && pwd)
database="$TRELLIS_HOME/derby/trellis"
evidence=${TRELLIS_EVIDENCE_DIR:-$TRELLIS_HOME/evidence}

# A server of the run command on this data folder: its domain's pid file names a live process.
for pid_file in "$TRELLIS_HOME"/payara-*/payara6/glassfish/domains/trellis/config/pid; do
  [ -f "$pid_file" ] || continue
  pid=$(cat "$pid_file" 2>/dev/null || true)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    say "A Trellis server (pid $pid) is running on $TRELLIS_HOME: stop it first (Ctrl-C on ./run.sh)."
    exit 4
  fi
done
if [ -e "$database" ]; then
  say "$TRELLIS_HOME already holds a database ($database): nothing was changed."
  say "Restore into a fresh data folder (TRELLIS_HOME=<new folder> ./run.sh --restore ...), or"
  say "move that database away first if you mean to replace it."
  exit 3
fi
if [ -d "$evidence" ] && [ -n "$(ls -A "$evidence")" ]; then
  say "$evidence already holds evidence files: nothing was changed. Restore into a fresh data folder."
  exit 3
fi

say "Restoring $backup into $TRELLIS_HOME ..."
started=$(date +%s%N)
# Copied beside their places first and moved there last, so that an interrupted restore leaves no
# half database where the server would open it.
mkdir -p "$TRELLIS_HOME/derby" "$(dirname "$evidence")"
staging_db="$TRELLIS_HOME/derby/.restoring-trellis"
staging_evidence="$evidence.restoring"
rm -rf "$staging_db" "$staging_evidence"
cp -R "$backup/trellis" "$staging_db"
rm -f "$staging_db/db.lck" "$staging_db/dbex.lck"
if [ -d "$backup/evidence" ]; then
  cp -R "$backup/evidence" "$staging_evidence"
else
  mkdir -p "$staging_evidence"
fi
[ -d "$evidence" ] && rmdir "$evidence"
mv "$staging_evidence" "$evidence"
mv "$staging_db" "$database"
took_ms=$((($(date +%s%N) - started) / 1000000))

say "Restored in $((took_ms / 1000)).$(printf '%03d' $((took_ms % 1000))) s: the database as it was at $(property startedAt)"
say "  ($(du -sh "$database" | cut -f 1)) into $database, $found_files evidence files into $evidence."
say "Start it with: TRELLIS_HOME=$TRELLIS_HOME ./run.sh"
