# Shared by the cluster scripts (sourced): where each part lives and listens. Loopback only; override by environment.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLUSTER_DIR="${QCOMMONS_CLUSTER_DIR:-$ROOT/.cluster}"
DB_PORT="${QCOMMONS_CLUSTER_DB_PORT:-3307}"
DB_PASSWORD="${QCOMMONS_CLUSTER_DB_PASSWORD:-cluster-only}"
SEARCH_PORT="${QCOMMONS_CLUSTER_SEARCH_PORT:-9201}"
REDIS_PORT="${QCOMMONS_CLUSTER_REDIS_PORT:-6380}"
LB_PORT="${QCOMMONS_CLUSTER_LB_PORT:-8090}"
NODE_A_PORT="${QCOMMONS_CLUSTER_NODE_A_PORT:-8091}"
NODE_B_PORT="${QCOMMONS_CLUSTER_NODE_B_PORT:-8092}"
OPENSEARCH_VERSION=2.19.6
SEARCH_USER="${QCOMMONS_CLUSTER_SEARCH_USER:-qcsearch}"
JAVA_25="${QCOMMONS_JAVA_25:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1 || true)}"
JAVA_17="${QCOMMONS_JAVA_17:-$(ls -d /usr/lib/jvm/java-17-openjdk* /usr/lib/jvm/java-21-openjdk* 2>/dev/null | head -1 || true)}"
JAR="${QCOMMONS_JAR:-$ROOT/target/qcommons-0.1.0-SNAPSHOT.jar}"
PIDS="$CLUSTER_DIR/pids"

node_port() { if [ "$1" = a ]; then echo "$NODE_A_PORT"; else echo "$NODE_B_PORT"; fi; }

# Waits until a URL answers 200, or fails after $2 seconds (at once if the process named $3 has gone).
wait_http() {
  local url="$1" limit="${2:-120}" proc="${3:-}" i=0
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    i=$((i + 1))
    if [ -n "$proc" ] && ! kill -0 "$(cat "$PIDS/$proc" 2>/dev/null)" 2>/dev/null; then
      echo "$proc stopped: see $CLUSTER_DIR/$proc.log" >&2; return 1
    fi
    if [ "$i" -ge $((limit * 2)) ]; then echo "Timed out waiting for $url" >&2; return 1; fi
    sleep 0.5
  done
}

# Starts one app node from the production jar. The mariadb profile seeds no demo data: the cluster test makes its own people.
start_node() {
  local name="$1" port; port="$(node_port "$1")"
  mkdir -p "$CLUSTER_DIR/node-$name" "$PIDS"
  (
    cd "$CLUSTER_DIR/node-$name"
    SPRING_PROFILES_ACTIVE=mariadb,cluster \
    PORT="$port" \
    QCOMMONS_DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/qcommons" \
    QCOMMONS_DB_USER=qcommons QCOMMONS_DB_PASSWORD="$DB_PASSWORD" \
    QCOMMONS_DATA_DIR="$CLUSTER_DIR/node-$name/data" \
    QCOMMONS_SEARCH_HOSTS="127.0.0.1:$SEARCH_PORT" \
    QCOMMONS_REDIS_HOST=127.0.0.1 QCOMMONS_REDIS_PORT="$REDIS_PORT" \
    exec "$JAVA_25/bin/java" -Xmx768m --enable-native-access=ALL-UNNAMED \
      -Dqcommons.outbox.retry-every="${QCOMMONS_CLUSTER_RETRY_EVERY:-4s}" \
      ${QCOMMONS_CLUSTER_NODE_ARGS:-} -jar "$CLUSTER_DIR/qcommons.jar" >"$CLUSTER_DIR/node-$name.log" 2>&1
  ) &
  echo $! >"$PIDS/node-$name"
}

# Stops a process by the id in its pid file: TERM, then KILL after $2 seconds.
stop_pid() {
  local file="$PIDS/$1" limit="${2:-30}" pid i=0
  [ -f "$file" ] || return 0
  pid="$(cat "$file")"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do
      i=$((i + 1))
      if [ "$i" -ge $((limit * 4)) ]; then kill -KILL "$pid" 2>/dev/null || true; break; fi
      sleep 0.25
    done
  fi
  rm -f "$file"
}

# HAProxy's runtime API: "disable server app/a", "enable server app/a", "show stat".
lb() { echo "$*" | socat stdio "unix-connect:$CLUSTER_DIR/haproxy.sock" 2>/dev/null || \
  python3 -c "import socket,sys; s=socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); s.sendall((sys.argv[2]+'\n').encode()); print(s.makefile().read())" "$CLUSTER_DIR/haproxy.sock" "$*"; }
