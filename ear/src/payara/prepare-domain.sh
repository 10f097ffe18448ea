#!/usr/bin/env bash
# Creates a Payara domain for Trellis if it is not there yet, and (every time) puts Derby in its
# lib folder. Used by the run command and by the integration tests, each with its own domain,
# ports and database folder.
#
#   prepare-domain.sh PAYARA_HOME DOMAIN PORTBASE DERBY_JAR_DIR DERBY_HOME
#
# The domain's ports are PORTBASE+80 (HTTP), +48 (admin), and so on. The admin listener is bound
# to 127.0.0.1: Payara's admin interface must never be reachable from another machine.
set -euo pipefail
payara_home=$1 domain=$2 portbase=$3 derby_jars=$4 derby_home=$5
domain_dir="$payara_home/glassfish/domains/$domain"
config="$domain_dir/config/domain.xml"

if [ ! -d "$domain_dir" ]; then
  "$payara_home/bin/asadmin" --user admin create-domain --nopassword=true --portbase "$portbase" "$domain" >/dev/null
  # Edits of the server's own configuration (the first <config>), made offline before first start.
  sed -i \
    -e "0,/<java-config /s|\(<java-config [^>]*>\)|\1\n        <jvm-options>-Dderby.system.home=${derby_home}</jvm-options>|" \
    -e '0,/<network-listener [^>]*name="admin-listener"/s|<network-listener \([^>]*name="admin-listener"\)|<network-listener address="127.0.0.1" \1|' \
    "$config"
  grep -q "derby.system.home=${derby_home}" "$config" || { echo "could not set derby.system.home in $config" >&2; exit 1; }
  grep -q '<network-listener address="127.0.0.1" [^>]*name="admin-listener"' "$config" || { echo "could not bind the admin listener in $config" >&2; exit 1; }
fi
mkdir -p "$derby_home"
cp -f "$derby_jars"/derby*.jar "$domain_dir/lib/"
