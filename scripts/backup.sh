#!/usr/bin/env bash
# Consistent dump of the Q Commons database (InnoDB snapshot: no locks, no torn rows). Trigger definers are
# stripped so that the dump restores on any server, whatever account created the triggers.
#   scripts/backup.sh [file]            default file: backups/qcommons-<UTC time>.sql.gz
# Connection: QCOMMONS_DB_HOST (127.0.0.1), QCOMMONS_DB_PORT (the running embedded database's port from
# data/mariadb/port, else 3306), QCOMMONS_DB_USER (root), QCOMMONS_DB_PASSWORD (empty), QCOMMONS_DB_NAME (qcommons).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
source "$here/scripts/db-env.sh"
out="${1:-$here/backups/qcommons-$(date -u +%Y%m%dT%H%M%SZ).sql.gz}"
mkdir -p "$(dirname "$out")"
"$DUMP" --host="$HOST" --port="$PORT" $SSL_OPT --user="$USER_NAME" ${PASSWORD:+--password="$PASSWORD"} \
  --single-transaction --quick --routines --triggers --hex-blob --default-character-set=utf8mb4 \
  "$NAME" | sed -E 's/DEFINER=`[^`]*`(@`[^`]*`)?//g' | gzip > "$out.tmp"
mv "$out.tmp" "$out"
echo "Backup written to $out ($(du -h "$out" | cut -f1))"
