#!/usr/bin/env bash
# Builds Trellis, provisions Payara Server 6 with an embedded Derby database, deploys the EAR at
# http://localhost:8080/ and serves until Ctrl-C (or SIGTERM), which stops Payara cleanly.
#
# Everything it keeps lives in one folder, TRELLIS_HOME (default: ./var), which `mvn clean`
# does not touch: the Payara installation and domain, and the Derby database (var/derby).
# Running it again keeps all data. Delete the folder to start afresh.
set -euo pipefail
cd "$(dirname "$0")"

TRELLIS_HOME=${TRELLIS_HOME:-$PWD/var}
mkdir -p "$TRELLIS_HOME"
TRELLIS_HOME=$(cd "$TRELLIS_HOME" && pwd)
PORTBASE=${TRELLIS_PORTBASE:-8000} # HTTP portbase+80 (8080), admin portbase+48 (8048, localhost only)
HTTP_PORT=$((PORTBASE + 80))
ADMIN_PORT=$((PORTBASE + 48))
DOMAIN=trellis
payara_version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml | head -n 1)
PAYARA_HOME="$TRELLIS_HOME/payara-$payara_version/payara6"
asadmin=("$PAYARA_HOME/bin/asadmin" --port "$ADMIN_PORT")
autodeploy="$PAYARA_HOME/glassfish/domains/$DOMAIN/autodeploy"

say() { printf '[trellis] %s\n' "$*"; }

say "Building (./mvnw package) and provisioning Payara Server $payara_version under $TRELLIS_HOME ..."
./mvnw -B -q -Pprovision -DskipTests -DskipITs -Dtrellis.home="$TRELLIS_HOME" package

bash ear/src/payara/prepare-domain.sh "$PAYARA_HOME" "$DOMAIN" "$PORTBASE" \
  "$TRELLIS_HOME/derby-lib" "$TRELLIS_HOME/derby"

if "${asadmin[@]}" list-domains 2>/dev/null | grep -q "^$DOMAIN running"; then
  say "A Trellis server from an earlier run is still up; stopping it first."
  "${asadmin[@]}" stop-domain "$DOMAIN" >/dev/null
fi

# The application is deployed by the autodeploy folder only, so a deployment never races the
# server's own boot-time redeployment of what it already has.
mkdir -p "$autodeploy"
if ! cmp -s ear/target/trellis.ear "$autodeploy/trellis.ear"; then
  rm -f "$autodeploy"/trellis.ear_*
  cp ear/target/trellis.ear "$autodeploy/trellis.ear"
fi

stopping=
stop() {
  [ -n "$stopping" ] && return
  stopping=1
  say "Stopping Payara ..."
  "${asadmin[@]}" stop-domain "$DOMAIN" >/dev/null 2>&1 || true
  say "Stopped."
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

say "Starting Payara (domain $DOMAIN) ..."
# setsid: the server runs in a session of its own, so Ctrl-C reaches this script (which stops it
# cleanly) rather than killing the server's JVM halfway through.
setsid "${asadmin[@]}" start-domain "$DOMAIN" >/dev/null

say "Waiting for the application to deploy ..."
for _ in $(seq 1 300); do
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

cat <<INFO

  Trellis is running at http://localhost:$HTTP_PORT/
  REST API:  http://localhost:$HTTP_PORT/api/frameworks/current
  OpenAPI:   http://localhost:$HTTP_PORT/openapi    Health: http://localhost:$HTTP_PORT/health
  Data:      $TRELLIS_HOME (Derby database in $TRELLIS_HOME/derby)
  Log:       $PAYARA_HOME/glassfish/domains/$DOMAIN/logs/server.log

  Demo logins (password for all: trellis-demo-2026):
    steward          framework steward
    emma.employer    employer manager, Riverside Primary Care Network
    sam.supervisor   supervisor (and senior link worker)
    alex.link        link worker (also lee.trainee, priya.link, jo.senior, morgan.lead)
    pat.provider     training provider, Community Learning Partnership

  Press Ctrl-C to stop.

INFO

# Wait in a way that lets the traps run as soon as a signal arrives.
sleep infinity &
wait $! || true
