#!/usr/bin/env bash
# Starts or stops the cluster's OpenSearch node: scripts/cluster-search.sh start|stop. The first start unpacks the
# integ-test distribution and the analysis-common module from the local Maven repository (fetching them with Maven
# if absent). OpenSearch refuses to run as root, so it runs as its own system user.
set -euo pipefail
source "$(dirname "$0")/cluster-env.sh"
HOME_DIR="$CLUSTER_DIR/opensearch-$OPENSEARCH_VERSION"
M2="${QCOMMONS_M2:-$HOME/.m2/repository}"
ZIP="$M2/org/opensearch/distribution/integ-test-zip/opensearch/$OPENSEARCH_VERSION/opensearch-$OPENSEARCH_VERSION.zip"
COMMON="$M2/org/opensearch/plugin/analysis-common/$OPENSEARCH_VERSION/analysis-common-$OPENSEARCH_VERSION.jar"

case "${1:-start}" in
start)
  mkdir -p "$CLUSTER_DIR" "$PIDS"
  if [ ! -d "$HOME_DIR" ]; then
    for a in "org.opensearch.distribution.integ-test-zip:opensearch:$OPENSEARCH_VERSION:zip" \
             "org.opensearch.plugin:analysis-common:$OPENSEARCH_VERSION"; do
      f="$ZIP"; [[ "$a" == *analysis-common* ]] && f="$COMMON"
      [ -f "$f" ] || mvn -q -B -ntp dependency:get -Dartifact="$a" -Dtransitive=false
    done
    unzip -q "$ZIP" -d "$CLUSTER_DIR"
    mkdir -p "$HOME_DIR/modules/analysis-common"
    cp "$COMMON" "$HOME_DIR/modules/analysis-common/"
    cat >"$HOME_DIR/modules/analysis-common/plugin-descriptor.properties" <<PROPS
description=Adds analysis components (stemmers, synonym_graph, snowball...)
version=$OPENSEARCH_VERSION
name=analysis-common
classname=org.opensearch.analysis.common.CommonAnalysisPlugin
java.version=11
opensearch.version=$OPENSEARCH_VERSION
PROPS
  fi
  if [ "$(id -u)" = 0 ]; then
    id "$SEARCH_USER" >/dev/null 2>&1 || useradd -r -m "$SEARCH_USER"
    RUN=(runuser -u "$SEARCH_USER" --)
  else
    RUN=()
  fi
  mkdir -p "$CLUSTER_DIR/opensearch-data" "$CLUSTER_DIR/opensearch-logs"
  [ "$(id -u)" = 0 ] && chown -R "$SEARCH_USER" "$HOME_DIR" "$CLUSTER_DIR/opensearch-data" "$CLUSTER_DIR/opensearch-logs"
  OPENSEARCH_JAVA_HOME="$JAVA_17" OPENSEARCH_JAVA_OPTS="-Xms512m -Xmx512m" \
    "${RUN[@]}" "$HOME_DIR/bin/opensearch" -E discovery.type=single-node -E network.host=127.0.0.1 \
    -E http.port="$SEARCH_PORT" -E transport.port=$((SEARCH_PORT + 100)) -E path.data="$CLUSTER_DIR/opensearch-data" \
    -E path.logs="$CLUSTER_DIR/opensearch-logs" -E cluster.routing.allocation.disk.threshold_enabled=false \
    >"$CLUSTER_DIR/opensearch.log" 2>&1 &
  echo $! >"$PIDS/opensearch"
  wait_http "http://127.0.0.1:$SEARCH_PORT/_cluster/health?wait_for_status=yellow&timeout=1s" 180
  ;;
stop)
  stop_pid opensearch 30
  ;;
esac
