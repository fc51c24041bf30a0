#!/bin/bash
# Run once by the mariadb image when its volume is empty (decision 106). The image has already created the owner
# account (MARIADB_USER, all rights on the database); this adds the app's account, which may read and write rows
# but not change the schema, drop anything or touch the ledger's triggers.
set -euo pipefail
docker_process_sql --database=mysql <<SQL
CREATE USER IF NOT EXISTS '${QCOMMONS_APP_USER}'@'%' IDENTIFIED BY '${QCOMMONS_APP_PASSWORD}';
GRANT SELECT, INSERT, UPDATE, DELETE ON \`${MARIADB_DATABASE}\`.* TO '${QCOMMONS_APP_USER}'@'%';
FLUSH PRIVILEGES;
SQL
