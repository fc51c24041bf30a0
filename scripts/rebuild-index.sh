#!/usr/bin/env bash
# Forces a full search index rebuild on the next start by removing the index folder (the app must be stopped).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
dir="${QCOMMONS_DATA_DIR:-$here/data}/lucene"
rm -rf "$dir"
echo "Removed $dir: the index is rebuilt from the database when Q Commons next starts."
