#!/usr/bin/env bash
# One app node of the cluster: scripts/cluster-node.sh start|stop|restart a|b. A stop takes the node out of
# HAProxy's rotation first and then asks it to stop, so that it finishes the requests it has (graceful shutdown);
# a start puts it back once its readiness check passes. Restarting a, then b, is a rolling restart.
set -euo pipefail
source "$(dirname "$0")/cluster-env.sh"
action="$1" name="$2"
port="$(node_port "$name")"
stop() {
  lb "disable server app/$name" >/dev/null
  # HAProxy sends no new requests from here on; give those already on their way a moment to arrive.
  sleep 1
  stop_pid "node-$name" 30
}
start() {
  start_node "$name"
  wait_http "http://127.0.0.1:$port/actuator/health/readiness" 240 "node-$name"
  lb "enable server app/$name" >/dev/null
  # Wait until HAProxy's own check has seen the node up (rise 2, every second).
  for _ in $(seq 1 20); do
    lb "show servers state app" | grep -q " $name 127.0.0.1 2 " && break
    sleep 0.5
  done
}
case "$action" in
start) start ;;
stop) stop ;;
restart) stop; start ;;
esac
echo "Node $name: $action done"
