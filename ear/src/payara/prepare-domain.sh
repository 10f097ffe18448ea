#!/usr/bin/env bash
# Prepares a Payara domain for Trellis before every start: creates it if it is not there yet, puts
# the JDBC drivers (Derby's and PostgreSQL's) in its lib folder, gives the admin account the
# password of ADMIN_PASSWORD_FILE, points the batch job repository at the database the server will
# run on (UseDatabase.java: PostgreSQL when TRELLIS_DB_URL names one, else Payara's own), and
# hardens its configuration (HardenDomain.java) so that only the HTTP listener is open beyond this
# machine.
# Used by the run command and by the integration tests, each with its own domain, ports, database
# folder and password. Run it while the domain is stopped: it edits domain.xml, which a running
# server would overwrite.
#
#   prepare-domain.sh PAYARA_HOME DOMAIN PORTBASE JDBC_DRIVER_DIR DERBY_HOME ADMIN_PASSWORD_FILE
#
# TRELLIS_HEAP, when set (e.g. 4g), makes the server's -Xms and -Xmx both that size; unset, the
# server has Payara's default (-Xmx512m).
#
# The domain's ports are PORTBASE+80 (HTTP), +48 (admin), and so on. ADMIN_PASSWORD_FILE is an
# asadmin password file (a line AS_ADMIN_PASSWORD=...); when it does not exist, a random password is
# generated into it, readable by its owner only. TRELLIS_ADMIN_PASSWORD, when set, is written there
# instead (the tests' domain uses it to know the password in advance).
#
# Every step is idempotent, so a domain made by an earlier version of this script (no admin
# password, every listener on all interfaces) is brought up to date at its next start; the Derby
# database lives outside the domain and is never touched.
set -euo pipefail
payara_home=$1 domain=$2 portbase=$3 jdbc_drivers=$4 derby_home=$5 password_file=$6
here=$(cd "$(dirname "$0")" && pwd)
asadmin="$payara_home/bin/asadmin"
domain_dir="$payara_home/glassfish/domains/$domain"
config="$domain_dir/config/domain.xml"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

write_password() (
  umask 077
  mkdir -p "$(dirname "$password_file")"
  printf 'AS_ADMIN_PASSWORD=%s\n' "$1" >"$password_file"
)
if [ -n "${TRELLIS_ADMIN_PASSWORD:-}" ]; then
  [ "$(cat "$password_file" 2>/dev/null)" = "AS_ADMIN_PASSWORD=$TRELLIS_ADMIN_PASSWORD" ] ||
    write_password "$TRELLIS_ADMIN_PASSWORD"
elif [ ! -s "$password_file" ]; then
  write_password "$(od -An -tx1 -N24 /dev/urandom | tr -d ' \n')"
fi
password_stamp="$domain_dir/config/.trellis-admin-password"
wanted_stamp=$(sha256sum "$password_file" | cut -d ' ' -f 1)

if [ ! -d "$domain_dir" ]; then
  "$asadmin" --user admin --passwordfile "$password_file" create-domain --portbase "$portbase" "$domain" >/dev/null
  # Edits of the server's own configuration (the first <config>), made offline before first start.
  sed -i \
    -e "0,/<java-config /s|\(<java-config [^>]*>\)|\1\n        <jvm-options>-Dderby.system.home=${derby_home}</jvm-options>|" \
    "$config"
  grep -q "derby.system.home=${derby_home}" "$config" || { echo "could not set derby.system.home in $config" >&2; exit 1; }
  (umask 077 && echo "$wanted_stamp" >"$password_stamp")
fi

# Derby's settings for a server many people use at once (added to a domain made before too).
# Identity values (the audit log's keys) come from ranges Derby records in its catalogue. At its
# default of 100 a page recording many reads in one insert used a range up every few pages, and
# under load an insert waiting for another's catalogue update failed (40XL1, "A lock could not be
# obtained"). Ranges of 1,000 make that update ten times rarer; a crash leaves a gap in the keys at
# most, which nothing reads.
for option in -Dderby.language.sequence.preallocator=1000; do
  if ! grep -q -- "$option" "$config"; then
    sed -i -e "0,/<java-config /s|\(<java-config [^>]*>\)|\1\n        <jvm-options>${option}</jvm-options>|" "$config"
    grep -q -- "$option" "$config" || { echo "could not set $option in $config" >&2; exit 1; }
  fi
done

if [ "$(cat "$password_stamp" 2>/dev/null)" != "$wanted_stamp" ]; then
  # asadmin cannot change the admin password of a stopped domain, but create-domain writes the
  # keyfile for a given password: make a scratch domain with it and take its keyfile.
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  "$asadmin" --user admin --passwordfile "$password_file" create-domain --checkports=false \
    --domaindir "$scratch" --portbase "$portbase" keyfile >/dev/null
  cp "$scratch/keyfile/config/admin-keyfile" "$domain_dir/config/admin-keyfile"
  (umask 077 && echo "$wanted_stamp" >"$password_stamp")
  echo "hardened admin account: password from $password_file"
fi

case "${TRELLIS_DB_URL:-}" in
  "") database=derby ;;
  jdbc:postgresql:*) database=postgres ;;
  *)
    echo "TRELLIS_DB_URL must name a PostgreSQL database (jdbc:postgresql://host:port/name), not \"$TRELLIS_DB_URL\"" >&2
    exit 2
    ;;
esac
"$java" "$here/UseDatabase.java" "$config" "$database"

# Payara rewrites domain.xml itself (at every deployment, for one), so the check runs every time;
# it is skipped only when the file is exactly as the last hardening, with the same heap, left it.
heap=${TRELLIS_HEAP:-}
hardened_stamp="$domain_dir/config/.trellis-hardened"
if [ "$(cat "$hardened_stamp" 2>/dev/null)" != "$(sha256sum "$config" | cut -d ' ' -f 1) $heap" ]; then
  "$java" "$here/HardenDomain.java" "$config" "$heap"
  echo "$(sha256sum "$config" | cut -d ' ' -f 1) $heap" >"$hardened_stamp"
fi

mkdir -p "$derby_home" "$domain_dir/tmp"
cp -f "$jdbc_drivers"/*.jar "$domain_dir/lib/"
