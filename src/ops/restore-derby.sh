#!/usr/bin/env bash
# Puts a backup made by the portal in the place of its embedded database. Run it while the portal is
# stopped, from the folder the portal runs in (or set PORTAL_DATA_DIR). The current database is kept
# as portal-db.before-restore-<time>.
#   src/ops/restore-derby.sh backup-20261128T154512Z
set -euo pipefail
name=${1:?usage: restore-derby.sh <backup name>}
data=${PORTAL_DATA_DIR:-./data}
url=${PORTAL_URL:-http://localhost:8080}
backup="$data/backups/$name/portal-db"
[ -d "$backup" ] || { echo "no backup $backup" >&2; exit 1; }
if curl -fs -o /dev/null --max-time 2 "$url/health/live"; then
  echo "the portal at $url is running: stop it first" >&2
  exit 1
fi
if [ -d "$data/portal-db" ]; then
  aside="$data/portal-db.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
  mv "$data/portal-db" "$aside"
  echo "current database kept as $aside"
fi
cp -r "$backup" "$data/portal-db"
echo "restored $name; start the portal"
