#!/usr/bin/env bash
# Open-data API throughput through HAProxy with one node, then two, on the uncached path: every request asks a
# different page (word x page size x page), so the nodes' page caches rarely answer and each search is really done.
# Needs a running cluster (scripts/cluster-up.sh) and wrk. Usage: scripts/cluster-bench.sh [seconds] [connections]
set -euo pipefail
source "$(dirname "$0")/cluster-env.sh"
secs="${1:-15}" conns="${2:-16}"
lua="$CLUSTER_DIR/uncached.lua"
cat >"$lua" <<'LUA'
local words = {"sepsis","falls","frailty","discharge","pressure","diabetes","asthma","stroke","dementia","ward",
  "copd","maternity","medicines","nutrition","hydration","deteriorating","pathway","community","outpatients","virtual"}
math.randomseed(os.time())
request = function()
  local w = words[math.random(#words)]
  return wrk.format("GET", "/api/projects?q=" .. w .. "&size=" .. math.random(1, 100) .. "&page=" .. math.random(0, 4))
end
LUA
run() { wrk -t2 -c"$conns" -d"${secs}s" --timeout 5s -s "$lua" "http://127.0.0.1:$LB_PORT/" | grep -E "Requests/sec|Latency|requests in|Non-2xx|Socket"; }
lb "disable server app/b" >/dev/null; sleep 2
echo "One node (b out of rotation):"; run
lb "enable server app/b" >/dev/null; sleep 3
echo "Two nodes:"; run
