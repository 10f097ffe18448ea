#!/usr/bin/env bash
# Trellis as a cluster on one machine (./run.sh --cluster): PostgreSQL, a Payara deployment group
# of two instances and nginx as the load balancer with sticky sessions, serving at
# http://localhost:8080/ as the single server does. Ctrl-C (or SIGTERM) stops all of it.
#
#   nginx            portbase+80 (8080), the only port open beyond this machine
#   instance i1      HTTP portbase+280 (8280) on 127.0.0.1, its data-grid port portbase+290
#   instance i2      HTTP portbase+380 (8380) on 127.0.0.1, its data-grid port portbase+390
#   DAS              domain trellis-cluster, admin portbase+148 (8148), serves no application
#   PostgreSQL       the server TRELLIS_DB_URL names, or one of its own in TRELLIS_HOME/postgres
#                    on 127.0.0.1 portbase+32 (8032), as ./run.sh --postgres
#
# Web sessions are replicated through Payara's data grid (Hazelcast): the application is
# distributable and deployed with availability enabled, and nginx sends a session back to the
# instance its cookie names (JSESSIONID=<id>.i1), to the other one when that one is down. Both
# instances share the database, the batch job repository in it, and the evidence folder
# (TRELLIS_HOME/evidence). Everything is made on the first start and kept in TRELLIS_HOME.
#
# TRELLIS_HEAP sizes each instance's heap (-Xms and -Xmx); unset, 512 MB each.
set -euo pipefail
cd "$(dirname "$0")/.."

source bin/common.sh

TRELLIS_HOME=${TRELLIS_HOME:-$PWD/var}
mkdir -p "$TRELLIS_HOME"
TRELLIS_HOME=$(cd "$TRELLIS_HOME" && pwd)
PORTBASE=${TRELLIS_PORTBASE:-8000}
HTTP_PORT=$((PORTBASE + 80))
DAS_PORTBASE=$((PORTBASE + 100))
ADMIN_PORT=$((DAS_PORTBASE + 48))
DOMAIN=trellis-cluster
GROUP=trellis
INSTANCES=(i1 i2)
instance_portbase() { echo $((PORTBASE + 100 * (${1#i} + 1))); }
payara_version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml | head -n 1)
PAYARA_HOME="$TRELLIS_HOME/payara-$payara_version/payara6"
PASSWORD_FILE="$TRELLIS_HOME/admin-password"
domain_dir="$PAYARA_HOME/glassfish/domains/$DOMAIN"
nginx_dir="$TRELLIS_HOME/nginx"
heap=${TRELLIS_HEAP:-512m}
if ! [[ $heap =~ ^[1-9][0-9]*[kKmMgG]?$ ]]; then
  say "TRELLIS_HEAP must be a size such as 4g or 2048m, not \"$heap\"."
  exit 2
fi

# nginx from Debian, installed when missing.
if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  install_debian_package nginx
fi
nginx=$(command -v nginx || echo /usr/sbin/nginx)

# PostgreSQL: the server named, or one of our own in the data folder (stopped with the rest).
local_postgres=
cleanup_steps=()
cleanup() {
  local step
  for ((n = ${#cleanup_steps[@]} - 1; n >= 0; n--)); do
    step=${cleanup_steps[n]}
    eval "$step" || true
  done
}
stopping=
sleeper=
stop() {
  [ -n "$stopping" ] && return
  stopping=1
  [ -n "$sleeper" ] && kill "$sleeper" 2>/dev/null || true
  say "Stopping ..."
  cleanup
  say "Stopped."
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

use_postgres "$TRELLIS_HOME" $((PORTBASE + 32)) || exit $?
if [ -n "$local_postgres" ]; then
  cleanup_steps+=("say 'Stopping PostgreSQL ...'; bash bin/postgres.sh stop '$local_postgres'")
fi
export TRELLIS_EVIDENCE_DIR=${TRELLIS_EVIDENCE_DIR:-$TRELLIS_HOME/evidence}
export TRELLIS_BACKUP_DIR=${TRELLIS_BACKUP_DIR:-$TRELLIS_HOME/backups}
export TRELLIS_PUBLIC_URL=${TRELLIS_PUBLIC_URL:-http://localhost:$HTTP_PORT/}

build_and_provision "$TRELLIS_HOME" "$PAYARA_HOME" || exit $?

asadmin=("$PAYARA_HOME/bin/asadmin" --port "$ADMIN_PORT")
# Stopped one by one, only those running: stop-deployment-group waits a long time for an
# instance that was killed.
nodes="$PAYARA_HOME/glassfish/nodes/localhost-$DOMAIN"
stop_instances() {
  local instance pid
  for instance in "${INSTANCES[@]}"; do
    pid=$(cat "$nodes/$instance/config/pid" 2>/dev/null || true)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      say "Stopping instance $instance ..."
      timeout 120 "$@" stop-instance "$instance" >/dev/null 2>&1 || kill -9 "$pid" 2>/dev/null || true
    fi
  done
}
if "${asadmin[@]}" list-domains 2>/dev/null | grep -q "^$DOMAIN running"; then
  say "The cluster's DAS from an earlier run is still up; stopping it first."
  asadmin_as_admin=("${asadmin[@]}" --user admin --passwordfile "$PASSWORD_FILE")
  stop_instances "${asadmin_as_admin[@]}"
  "${asadmin[@]}" stop-domain "$DOMAIN" >/dev/null
fi

# The DAS's own configuration is hardened as the single server's is, and the template its instances'
# are copied from (default-config), so that they are hardened from the start too.
bash ear/src/payara/prepare-domain.sh "$PAYARA_HOME" "$DOMAIN" "$DAS_PORTBASE" \
  "$TRELLIS_HOME/jdbc-lib" "$TRELLIS_HOME/derby-cluster" "$PASSWORD_FILE" | sed 's/^/[trellis] /'
asadmin+=(--user admin --passwordfile "$PASSWORD_FILE")

# Runs the asadmin subcommands on standard input, one to a line, in one asadmin process (multimode)
# rather than a JVM started for each. Multimode carries on past a failed subcommand and ends well
# anyway, so its output is read: when a subcommand failed, it is shown and the start stops. A
# change to a stopped instance's configuration is reported as failed with a warning that it was not
# sent to the instance (it reads it when it starts): that is not a failure here.
admin_batch() {
  local what=$1 commands output
  commands=$(mktemp "$TRELLIS_HOME/asadmin-XXXXXX")
  cat >"$commands"
  output=$("${asadmin[@]}" multimode --file "$commands" 2>&1) || true
  rm -f "$commands"
  if ! awk '
    /was not replicated to that instance/ { offline = 1 }
    /^Command .* failed\.$/ && !offline { failed = 1 }
    /^Command .* (executed successfully|failed|completed with warnings)\.$/ { offline = 0 }
    END { exit failed }' <<<"$output"; then
    say "asadmin could not $what:"
    grep -v '^Unable to retrieve infocmp' <<<"$output" | sed 's/^/  /' >&2
    return 1
  fi
}

start_das() {
  say "Starting the DAS (domain $DOMAIN) ..."
  setsid "${asadmin[@]}" start-domain "$DOMAIN" >/dev/null
}
start_das
cleanup_steps+=("say 'Stopping the DAS ...'; \"\${asadmin[@]}\" stop-domain '$DOMAIN' >/dev/null 2>&1")

# Made once: the group, its instances and what each needs of its own.
made="$domain_dir/config/.trellis-cluster"
if [ ! -f "$made" ]; then
  say "Making the deployment group $GROUP with instances ${INSTANCES[*]} (first start only) ..."
  # An earlier first start that stopped half-way left some of this behind: start afresh.
  if "${asadmin[@]}" list-deployment-groups 2>/dev/null | grep -q "^$GROUP\b"; then
    say "An earlier first start did not finish: delete $domain_dir and $nodes, then start again."
    exit 1
  fi
  {
    # Its own data grid: every domain's default cluster name is the same.
    echo "set-hazelcast-configuration --dynamic true" \
      "--clustername trellis-$(printf '%s' "$TRELLIS_HOME" | sha256sum | cut -c 1-12)"
    echo "create-deployment-group $GROUP"
    for instance in "${INSTANCES[@]}"; do
      base=$(instance_portbase "$instance")
      echo "create-local-instance --node localhost-$DOMAIN --portbase $base $instance"
      echo "add-instance-to-deployment-group --instance $instance --deploymentgroup $GROUP"
      # Each instance on a data-grid port of its own (they all inherit 5900 otherwise).
      echo "create-system-properties --target $instance HZ_LISTENER_PORT=$((base + 90))"
      # Its name in the session cookie, for nginx's stickiness.
      echo "create-jvm-options --target $instance-config -DjvmRoute=$instance"
      # A deployment group carries no resource references: each instance needs its own.
      echo "create-resource-ref --target $instance jdbc/trellisBatch"
      echo "set-batch-runtime-configuration --target $instance" \
        "--datasourcelookupname jdbc/trellisBatch --schemaname public"
    done
    # Every member of the grid on this machine's loopback: an instance that chose another
    # interface was not found by the others, and each made a data grid of its own. (Bound to
    # loopback alone, with -Dhazelcast.socket.bind.any=false, they did not find one another either.)
    echo "set-hazelcast-configuration --dynamic true --interfaces 127.0.0.1"
  } | admin_batch "make the deployment group"
  touch "$made"
fi
{
  for instance in "${INSTANCES[@]}"; do
    # The folder the hardened configuration gives it for uploads (java.io.tmpdir).
    mkdir -p "$nodes/$instance/tmp"
    config="configs.config.$instance-config"
    # EJB timers in the data grid: an instance has no timer table in Payara's H2 database
    # (Trellis's timers are not persistent, and a nightly job is started once through the
    # database anyway).
    echo "set $config.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid"
    # Behind nginx: every listener of an instance on this machine only; its heap as asked.
    echo "set $config.network-config.network-listeners.network-listener.http-listener-1.address=127.0.0.1"
    current=$("${asadmin[@]}" list-jvm-options --target "$instance-config" 2>/dev/null | grep -E '^-Xm[sx]' || true)
    for option in $current; do
      echo "delete-jvm-options --target $instance-config $option"
    done
    echo "create-jvm-options --target $instance-config -Xms$heap:-Xmx$heap"
  done
} | admin_batch "configure the instances"

# The application on the group, with session replication; again only when the EAR changed.
deployed="$domain_dir/config/.trellis-cluster.ear"
if ! cmp -s ear/target/trellis.ear "$deployed"; then
  say "Deploying trellis.ear to the group $GROUP (sessions replicated) ..."
  "${asadmin[@]}" deploy --target "$GROUP" --availabilityenabled=true --name trellis \
    --contextroot / --force=true ear/target/trellis.ear >/dev/null
  cp ear/target/trellis.ear "$deployed"
fi

say "Starting instances ${INSTANCES[*]} ..."
"${asadmin[@]}" start-deployment-group "$GROUP" >/dev/null
cleanup_steps+=('stop_instances "${asadmin[@]}"')

# nginx: sticky by the instance named at the end of the session cookie, the other as a backup.
mkdir -p "$nginx_dir/logs"
first=$(($(instance_portbase i1) + 80))
second=$(($(instance_portbase i2) + 80))
cat >"$nginx_dir/nginx.conf" <<CONF
# Written by bin/cluster.sh at every start.
worker_processes 1;
pid $nginx_dir/nginx.pid;
error_log $nginx_dir/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  # Requests and answers pass straight through: nothing is written to temporary files.
  proxy_request_buffering off;
  proxy_buffering off;
  client_max_body_size 25m;
  client_body_temp_path $nginx_dir/body;
  proxy_temp_path $nginx_dir/proxy;
  fastcgi_temp_path $nginx_dir/fastcgi;
  uwsgi_temp_path $nginx_dir/uwsgi;
  scgi_temp_path $nginx_dir/scgi;
  upstream trellis_any {
    server 127.0.0.1:$first max_fails=1 fail_timeout=10s;
    server 127.0.0.1:$second max_fails=1 fail_timeout=10s;
  }
  upstream trellis_i1 {
    server 127.0.0.1:$first max_fails=1 fail_timeout=10s;
    server 127.0.0.1:$second backup;
  }
  upstream trellis_i2 {
    server 127.0.0.1:$second max_fails=1 fail_timeout=10s;
    server 127.0.0.1:$first backup;
  }
  map \$cookie_JSESSIONID \$trellis_pool {
    ~\\.i1\$ trellis_i1;
    ~\\.i2\$ trellis_i2;
    default trellis_any;
  }
  server {
    listen $HTTP_PORT;
    location / {
      proxy_pass http://\$trellis_pool;
      proxy_set_header Host \$host:\$server_port;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      # A 404 too: an instance started again answers before the application is deployed on it.
      proxy_next_upstream error timeout http_502 http_503 http_404;
      proxy_read_timeout 300s;
    }
  }
}
CONF
"$nginx" -t -q -p "$nginx_dir" -c "$nginx_dir/nginx.conf"
say "Starting nginx on port $HTTP_PORT ..."
setsid "$nginx" -p "$nginx_dir" -c "$nginx_dir/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
cleanup_steps+=("say 'Stopping nginx ...'; kill $nginx_pid 2>/dev/null; wait $nginx_pid 2>/dev/null")

say "Waiting for the application on both instances ..."
for port in $first $second $HTTP_PORT; do
  for _ in $(seq 1 600); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/health/ready" 2>/dev/null && break
    sleep 1
  done
  curl -fsS -o /dev/null "http://127.0.0.1:$port/health/ready" ||
    { say "Trellis did not come up on port $port; see $PAYARA_HOME/glassfish/nodes/localhost-$DOMAIN/*/logs/server.log"; exit 1; }
done

cat <<INFO

  Trellis is running as a cluster at http://localhost:$HTTP_PORT/ (nginx, sticky sessions)
  Instances: i1 http://127.0.0.1:$first/, i2 http://127.0.0.1:$second/ (deployment group $GROUP)
  Database:  PostgreSQL ${TRELLIS_DB_URL#jdbc:}
  Logs:      $PAYARA_HOME/glassfish/nodes/localhost-$DOMAIN/<instance>/logs/server.log
  Admin:     http://localhost:$ADMIN_PORT/ (this machine only; user admin, password in $PASSWORD_FILE)
  Kill either instance (kill -9 \$(cat $PAYARA_HOME/glassfish/nodes/localhost-$DOMAIN/i1/config/pid)):
  nobody is signed out; start it again with asadmin --port $ADMIN_PORT start-instance i1.

  Press Ctrl-C to stop.

INFO

while :; do
  sleep 5 &
  sleeper=$!
  wait "$sleeper" || true
  sleeper=
  if ! kill -0 "$nginx_pid" 2>/dev/null; then
    say "nginx has stopped on its own; see $nginx_dir/logs/error.log"
    exit 1
  fi
done
