# Shared by the database scripts: connection settings and the client binaries to use.
HOST="${QCOMMONS_DB_HOST:-127.0.0.1}"
if [ -z "${QCOMMONS_DB_PORT:-}" ] && [ -f "$here/data/mariadb/port" ]; then
  PORT="$(cat "$here/data/mariadb/port")"
else
  PORT="${QCOMMONS_DB_PORT:-3306}"
fi
# The embedded database's owner account and its generated password (decision 106), unless told otherwise.
creds="$here/data/mariadb/credentials.properties"
if [ -z "${QCOMMONS_DB_USER:-}" ] && [ -f "$creds" ]; then
  USER_NAME="$(sed -n 's/^owner\.user=//p' "$creds")"
  PASSWORD="${QCOMMONS_DB_PASSWORD:-$(sed -n 's/^owner\.password=//p' "$creds")}"
else
  USER_NAME="${QCOMMONS_DB_USER:-root}"
  PASSWORD="${QCOMMONS_DB_PASSWORD:-}"
fi
NAME="${QCOMMONS_DB_NAME:-qcommons}"
BIN="${QCOMMONS_DB_BIN:-}"
if [ -z "$BIN" ]; then
  if command -v mariadb-dump >/dev/null 2>&1; then BIN="$(dirname "$(command -v mariadb-dump)")"; else BIN="$here/data/mariadb/base/bin"; fi
fi
# Over loopback TLS protects nothing, and the embedded server runs without it (docs/decisions/003).
case "$HOST" in
  127.0.0.1|localhost|::1) SSL_OPT="${QCOMMONS_DB_SSL_OPT---skip-ssl}" ;;
  *) SSL_OPT="${QCOMMONS_DB_SSL_OPT-}" ;;
esac
DUMP="$BIN/mariadb-dump"
CLIENT="$BIN/mariadb"
[ -x "$DUMP" ] || { echo "mariadb-dump not found (set QCOMMONS_DB_BIN)" >&2; exit 1; }
