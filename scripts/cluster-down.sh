#!/usr/bin/env bash
# Stops what scripts/cluster-up.sh started, each by its process id: the load balancer first, then the app nodes
# (gracefully: each finishes its requests), then the servers. Data stays in .cluster/; add --wipe to delete it.
set -uo pipefail
source "$(dirname "$0")/cluster-env.sh"
stop_pid haproxy 5
stop_pid node-a 30 &
stop_pid node-b 30 &
wait
stop_pid opensearch 30
stop_pid redis 10
stop_pid mariadb 30
if [ "${1:-}" = --wipe ]; then rm -rf "$CLUSTER_DIR"; fi
echo "Cluster stopped."
