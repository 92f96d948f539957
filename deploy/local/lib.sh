# Shared helpers for deploy/local scripts. Sourced, not run.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN="${HOTLINE_RUN_DIR:-$REPO/deploy/local/.run}"
LOGS="$RUN/logs"
mkdir -p "$RUN" "$LOGS"

KAFKA_VERSION=4.4.0
KEYCLOAK_VERSION=26.7.3
KAFKA_HOME="$RUN/kafka"
KEYCLOAK_HOME="$RUN/keycloak-$KEYCLOAK_VERSION"
KEYCLOAK_URL=http://127.0.0.1:8180
SERVICES=(intake:8081 dispatch:8082 followup:8083 notification:8084 console:8085)
# CPU priority on this one machine: the operator's path (console → intake → PostgreSQL) comes first; the back office
# (dispatch, followup, notification, Kafka) works from events with seconds to spare and yields the CPU to a caller on
# the line when the machine is busy (nice 10; HOTLINE_BACK_OFFICE_NICE=0 turns it off). On a cluster each runs on
# its own CPUs (deploy/README.md) and this does not arise.
nice_of() {
  case "$1" in
    intake|console) echo 0 ;;
    *) echo "${HOTLINE_BACK_OFFICE_NICE:-10}" ;;
  esac
}
# The Maven module of a service: the four services' folders end in -service; the staff console is console/.
module() { if [[ "$1" == console ]]; then echo console; else echo "$1-service"; fi; }
DATABASES=(intake dispatch followup notification platform)

say()  { printf '\033[1m[hotline]\033[0m %s\n' "$*"; }
fail() { printf '\033[31m[hotline] ERROR:\033[0m %s\n' "$*" >&2; exit 1; }
mvnw() { "$REPO/mvnw" -B -q "$@"; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_until <seconds> <description> <command...>
wait_until() {
  local timeout=$1 what=$2; shift 2
  local start=$SECONDS
  until "$@" >/dev/null 2>&1; do
    if (( SECONDS - start > timeout )); then return 1; fi
    sleep 1
  done
}

pid_alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

stop_pidfile() {
  local pidfile=$1 name=$2
  if pid_alive "$pidfile"; then
    local pid; pid=$(cat "$pidfile")
    say "stopping $name (pid $pid)"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

# Run SQL as the PostgreSQL superuser: over TCP with trust auth, else through the local socket as postgres.
pg_admin() {
  if psql -h 127.0.0.1 -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then
    psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -tA "$@"
  else
    su postgres -c "psql -d postgres -v ON_ERROR_STOP=1 -tA $(printf '%q ' "$@")"
  fi
}

# The secrets the services take from the environment in production, made once per machine into .run/secrets.env
# (never committed): the key callers' names are fingerprinted under, the console's client secret (the demo realm's).
secrets_file() {
  local file="$RUN/secrets.env"
  touch "$file"; chmod 600 "$file"
  grep -q '^HOTLINE_CALLER_NAME_KEY=' "$file" \
    || echo "HOTLINE_CALLER_NAME_KEY=$(head -c 32 /dev/urandom | base64 | tr -d '=+/\n')" >> "$file"
  grep -q '^HOTLINE_WEB_CLIENT_SECRET=' "$file" || echo "HOTLINE_WEB_CLIENT_SECRET=hotline-web-secret" >> "$file"
  grep -q '^HOTLINE_DISPATCH_CLIENT_SECRET=' "$file" || echo "HOTLINE_DISPATCH_CLIENT_SECRET=hotline-dispatch-secret" >> "$file"
  echo "$file"
}

# A token of the metrics scrapers' client (production profile: /q/metrics needs the role monitoring), and a
# service's metrics read with it: `metrics 8081`.
monitoring_token() {
  curl -fsS -d client_id=hotline-monitoring -d client_secret=hotline-monitoring-secret -d grant_type=client_credentials \
    "$KEYCLOAK_URL/realms/hotline/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
metrics() { curl -s -m 2 -H "Authorization: Bearer ${MONITORING_TOKEN:=$(monitoring_token)}" "http://127.0.0.1:$1/q/metrics" || true; }

# The pid listening on a local port, if any.
port_pid() { ss -ltnpH "sport = :$1" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1; }

# Stops the Kafka broker and hotline services that another checkout of this project started here (recognised by
# their command lines); anything else on those ports is left alone, and `up` then says the port is taken.
stop_foreign_stack() {
  local port pid cmd
  for port in 9092 8081 8082 8083 8084 8085; do
    pid=$(port_pid "$port"); [[ -n "$pid" ]] || continue
    cmd=$(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null || true)
    if [[ "$cmd" == *kafka.Kafka*/deploy/local/.run/kafka/server.properties* && "$cmd" != *"$KAFKA_HOME/server.properties"* ]] \
       || [[ ( "$cmd" == *-service/target/quarkus-app/quarkus-run.jar* || "$cmd" == *console/target/quarkus-app/quarkus-run.jar* ) \
             && "$cmd" != *"$REPO/"* ]]; then
      say "port $port is held by another checkout's process (pid $pid): stopping it"
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
}

# The browser the console's tests drive: Debian's chromium and chromium-driver, and a CJK font (without one every
# Chinese character renders as an empty box). Installed once, when missing.
browser_installed() { command -v chromium >/dev/null && command -v chromedriver >/dev/null && fc-list 2>/dev/null | grep -qi wqy; }
# Empties the four services' databases and moves their consumer groups to the end of their topics, the services
# stopped meanwhile and started again (benchmarks start from here: an earlier run's cases would reach their
# deadlines during the next one). FRESH=0 on a benchmark keeps the data.
fresh_databases() {
  say "fresh start: the four services' databases are emptied and their consumer groups moved to the end of their topics (FRESH=0 keeps them)"
  "$REPO/deploy/local/down" --services
  local db
  for db in intake dispatch followup notification; do
    pg_admin -c "drop database if exists $db with (force)" >/dev/null
    java -Xmx256m -cp "$KAFKA_HOME/libs/*" org.apache.kafka.tools.consumer.group.ConsumerGroupCommand \
      --bootstrap-server 127.0.0.1:9092 --group "$db-service" --reset-offsets --to-latest --all-topics --execute >/dev/null
  done
  "$REPO/deploy/local/up" --no-build >/dev/null
}

# axe-core (npm) for the console's accessibility check: the pinned tarball from the npm registry, checked against
# its published SHA-1, unpacked to $RUN/axe-core/axe.min.js (the system tests read it from there).
AXE_VERSION=4.14.1
AXE_SHA1=14d8a6f3f085afd126b8b5ca1e42e50e17fb1d99
# Waits (at most $1 s, default 300) until the four services' consumer groups have caught up: no event waits in Kafka
# (a lag of 1 is the marker that ends a transaction, not an event).
settle() {
  local limit=${1:-300} start=$SECONDS lag groups=()
  for g in intake dispatch followup notification; do groups+=(--group "$g-service"); done
  while (( SECONDS - start < limit )); do
    lag=$(java -Xmx256m -cp "$KAFKA_HOME/libs/*" org.apache.kafka.tools.consumer.group.ConsumerGroupCommand \
      --bootstrap-server 127.0.0.1:9092 --describe "${groups[@]}" 2>/dev/null | awk '$6 ~ /^[0-9]+$/ && $6 > 1 {s += $6} END {print s + 0}')
    (( lag == 0 )) && return 0
    sleep 5
  done
  return 1
}

fetch_axe() {
  local dir="$RUN/axe-core"
  [[ -f "$dir/$AXE_VERSION/axe.min.js" ]] && return 0
  say "fetching axe-core $AXE_VERSION from the npm registry (first run only)"
  mkdir -p "$dir/$AXE_VERSION"
  local tgz="$dir/axe-core-$AXE_VERSION.tgz"
  curl -fsSL -o "$tgz" "https://registry.npmjs.org/axe-core/-/axe-core-$AXE_VERSION.tgz" \
    || fail "could not download axe-core $AXE_VERSION from registry.npmjs.org"
  [[ "$(sha1sum "$tgz" | cut -d' ' -f1)" == "$AXE_SHA1" ]] || { rm -f "$tgz"; fail "axe-core tarball does not match its published SHA-1"; }
  tar -xzf "$tgz" -C "$dir/$AXE_VERSION" --strip-components=1 package/axe.min.js
  rm -f "$tgz"
}

install_browser() {
  browser_installed && return 0
  [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null \
    || fail "the console's browser tests need chromium, chromium-driver and fonts-wqy-microhei: apt-get install them"
  say "installing Debian's chromium, chromium-driver and fonts-wqy-microhei for the browser tests (first run only)"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-wqy-microhei >/dev/null \
    || fail "could not install chromium, chromium-driver and fonts-wqy-microhei"
}
