#!/usr/bin/env bash
# Starts, on this machine and on loopback ports, the cluster of docs/deployment.md: Debian's MariaDB server, one
# OpenSearch 2.19 node (the integ-test distribution from Maven Central, with its analysis module), Redis, two app
# nodes from the production jar (build it first: mvn -Pproduction package -DskipTests) and HAProxy in front.
# Stop it with scripts/cluster-down.sh. Everything lives under .cluster/ (git-ignored).
set -euo pipefail
source "$(dirname "$0")/cluster-env.sh"
mkdir -p "$CLUSTER_DIR" "$PIDS"
[ -f "$JAR" ] || { echo "No production jar at $JAR: run mvn -Pproduction package -DskipTests first." >&2; exit 1; }
for tool in mariadbd redis-server haproxy curl unzip; do
  command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || { echo "Missing $tool (apt-get install mariadb-server redis-server haproxy curl unzip)" >&2; exit 1; }
done
[ -n "$JAVA_17" ] || { echo "OpenSearch needs a Java 17 or 21 (apt-get install openjdk-17-jre-headless)" >&2; exit 1; }

# --- MariaDB (Debian's server, its own data directory) ---
DB_DIR="$CLUSTER_DIR/mariadb"
if [ ! -d "$DB_DIR/data/mysql" ]; then
  mkdir -p "$DB_DIR/data"
  mariadb-install-db --no-defaults --datadir="$DB_DIR/data" --user="$(id -un)" --auth-root-authentication-method=socket >"$DB_DIR/install.log" 2>&1
  FRESH_DB=1
fi
/usr/sbin/mariadbd --no-defaults --datadir="$DB_DIR/data" --socket="$DB_DIR/mysqld.sock" --port="$DB_PORT" \
  --bind-address=127.0.0.1 --user="$(id -un)" --innodb-buffer-pool-size=128M --max-connections=200 \
  --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci >"$DB_DIR/mariadb.log" 2>&1 &
echo $! >"$PIDS/mariadb"
for _ in $(seq 1 60); do mariadb-admin --socket="$DB_DIR/mysqld.sock" ping >/dev/null 2>&1 && break; sleep 0.5; done
if [ "${FRESH_DB:-0}" = 1 ]; then
  mariadb --socket="$DB_DIR/mysqld.sock" -uroot <<SQL
CREATE DATABASE qcommons CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'qcommons'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
CREATE USER 'qcommons'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL ON qcommons.* TO 'qcommons'@'127.0.0.1';
GRANT ALL ON qcommons.* TO 'qcommons'@'localhost';
SQL
fi
echo "MariaDB     127.0.0.1:$DB_PORT (database qcommons, user qcommons)"

# --- Redis (pub/sub only: nothing to persist) ---
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --dir "$CLUSTER_DIR" \
  >"$CLUSTER_DIR/redis.log" 2>&1 &
echo $! >"$PIDS/redis"
echo "Redis       127.0.0.1:$REDIS_PORT"

# --- OpenSearch ---
"$(dirname "$0")/cluster-search.sh" start
echo "OpenSearch  http://127.0.0.1:$SEARCH_PORT"

# --- HAProxy ---
cat >"$CLUSTER_DIR/haproxy.cfg" <<CFG
global
    stats socket $CLUSTER_DIR/haproxy.sock mode 600 level admin
    maxconn 4096
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout tunnel 1h
    option redispatch
    retries 3
    retry-on conn-failure empty-response response-timeout 502 503
frontend public
    bind 127.0.0.1:$LB_PORT
    # Health and metrics are for the load balancer and the scraper only.
    http-request deny if { path_beg /actuator }
    default_backend app
backend app
    balance roundrobin
    # Vaadin's session lives on its node: the cookie keeps a browser there until that node goes.
    cookie QCNODE insert indirect nocache httponly
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    default-server inter 1s fall 2 rise 2 slowstart 5s
    server a 127.0.0.1:$NODE_A_PORT check cookie a
    server b 127.0.0.1:$NODE_B_PORT check cookie b
CFG
haproxy -f "$CLUSTER_DIR/haproxy.cfg" -db >"$CLUSTER_DIR/haproxy.log" 2>&1 &
echo $! >"$PIDS/haproxy"

# --- Two app nodes from a copy of the jar (a later build may rewrite target/ while they run): a first (it migrates the schema and loads the reference data), then b ---
[ "$JAR" -ef "$CLUSTER_DIR/qcommons.jar" ] || cp "$JAR" "$CLUSTER_DIR/qcommons.jar"
start_node a
wait_http "http://127.0.0.1:$NODE_A_PORT/actuator/health/readiness" 240 node-a
echo "Node a      http://127.0.0.1:$NODE_A_PORT"
start_node b
wait_http "http://127.0.0.1:$NODE_B_PORT/actuator/health/readiness" 240 node-b
echo "Node b      http://127.0.0.1:$NODE_B_PORT"
wait_http "http://127.0.0.1:$LB_PORT/api/projects" 30
echo "HAProxy     http://127.0.0.1:$LB_PORT (sticky cookie QCNODE; runtime API $CLUSTER_DIR/haproxy.sock)"
