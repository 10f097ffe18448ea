# Shared by run.sh, bin/cluster.sh and bin/postgres.sh: sourced, not run. Paths are from the clone's
# root, where those scripts run.

say() { printf '[trellis] %s\n' "$*"; }

# Installs Debian's package $1 (as root; anyone else is told the command). Messages go to standard
# error: callers may be capturing standard output.
install_debian_package() {
  local package=$1
  if [ "$(id -u)" != 0 ]; then
    say "$package is not installed: install Debian's package (sudo apt-get install -y $package) and try again." >&2
    return 1
  fi
  say "Installing Debian's $package package ..." >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$package" >/dev/null 2>&1 ||
    { apt-get update -q >/dev/null 2>&1 &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$package" >/dev/null 2>&1; } ||
    { say "apt-get could not install $package" >&2; return 1; }
}

# PostgreSQL for the server: the one TRELLIS_DB_URL names (with TRELLIS_DB_USER and
# TRELLIS_DB_PASSWORD, checked here), or one of our own kept in $1/postgres on 127.0.0.1 port $2
# (bin/postgres.sh), whose folder is then left in local_postgres for the caller to stop. Exports
# TRELLIS_DB_URL, TRELLIS_DB_USER, TRELLIS_DB_PASSWORD and TRELLIS_DB_DRIVER. Returns 2 on bad settings.
use_postgres() {
  local home=$1 port=$2 settings name value
  local_postgres=
  if [ -n "${TRELLIS_DB_URL:-}" ]; then
    case "$TRELLIS_DB_URL" in
      jdbc:postgresql://*) ;;
      *)
        say "TRELLIS_DB_URL must name a PostgreSQL database, such as jdbc:postgresql://db.example.org:5432/trellis, not \"$TRELLIS_DB_URL\"."
        return 2
        ;;
    esac
    if [ -z "${TRELLIS_DB_USER:-}" ] || [ -z "${TRELLIS_DB_PASSWORD:-}" ]; then
      say "TRELLIS_DB_URL names a database: set TRELLIS_DB_USER and TRELLIS_DB_PASSWORD too."
      return 2
    fi
  else
    say "Starting PostgreSQL (data in $home/postgres, 127.0.0.1:$port) ..."
    settings=$(bash bin/postgres.sh start "$home/postgres" "$port") || return 1
    local_postgres=$home/postgres
    while IFS='=' read -r name value; do
      export "$name=$value"
    done <<<"$settings"
  fi
  export TRELLIS_DB_URL TRELLIS_DB_USER TRELLIS_DB_PASSWORD
  export TRELLIS_DB_DRIVER=org.postgresql.Driver
}

# Builds the EAR (./mvnw package) and provisions Payara Server and the JDBC drivers into $1 (Payara
# in $2). With TRELLIS_BUILD=false it builds nothing: the EAR already built (ear/target/trellis.ear)
# and what is already in $1 are started as they are, for a script or test that has just built them.
# Returns 2 on a bad setting or when something it would use is missing.
build_and_provision() {
  local home=$1 payara_home=$2
  case "${TRELLIS_BUILD:-true}" in
    true)
      say "Building (./mvnw package) and provisioning Payara Server under $home ..."
      ./mvnw -B -q -Pprovision -DskipTests -DskipITs -Dtrellis.home="$home" package
      ;;
    false)
      if [ ! -f ear/target/trellis.ear ] || [ ! -x "$payara_home/bin/asadmin" ] || [ ! -d "$home/jdbc-lib" ]; then
        say "TRELLIS_BUILD=false starts what is built already: ear/target/trellis.ear, Payara in $payara_home and the drivers in $home/jdbc-lib. Start once without it."
        return 2
      fi
      say "TRELLIS_BUILD=false: starting ear/target/trellis.ear as built, on the Payara in $home."
      ;;
    *)
      say "TRELLIS_BUILD must be true or false, not \"$TRELLIS_BUILD\"."
      return 2
      ;;
  esac
}
