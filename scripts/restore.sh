#!/usr/bin/env bash
# Restores a dump made by backup.sh.
#   scripts/restore.sh <file> [target database]   default target: QCOMMONS_DB_NAME (its tables are replaced)
# After a restore, start the app: it rebuilds the search index when the index and the database disagree
# (or run scripts/rebuild-index.sh first to force a full rebuild).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
source "$here/scripts/db-env.sh"
file="${1:?usage: restore.sh <file.sql.gz> [target database]}"
target="${2:-$NAME}"
# The dump holds tables only (no CREATE DATABASE), so it can be loaded into any database by name.
"$CLIENT" --host="$HOST" --port="$PORT" $SSL_OPT --user="$USER_NAME" ${PASSWORD:+--password="$PASSWORD"} \
  -e "CREATE DATABASE IF NOT EXISTS \`$target\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
zcat "$file" | "$CLIENT" --host="$HOST" --port="$PORT" $SSL_OPT --user="$USER_NAME" ${PASSWORD:+--password="$PASSWORD"} "$target"
echo "Restored $file into $target"
