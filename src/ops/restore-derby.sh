#!/usr/bin/env bash
# Puts a backup made by the portal in the place of its embedded database. Run it while the portal is
# stopped, from the folder the portal runs in (or set PORTAL_DATA_DIR). The current database is kept
# as portal-db.before-restore-<time>.
#   src/ops/restore-derby.sh backup-20261128T154512Z
# Refuses while the portal answers at PORTAL_URL, and while Derby's lock files (db.lck, dbex.lck)
# show the database in use: a process holds them open, or they were left by a portal that did not
# stop cleanly (then check that no portal runs on this folder and set PORTAL_RESTORE_FORCE=1).
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
db="$data/portal-db"
held_open() {
  # any process with one of the lock files open (Derby keeps dbex.lck open while it runs)
  local f link
  for f in /proc/[0-9]*/fd/*; do
    link=$(readlink "$f" 2>/dev/null) || continue
    case "$link" in
      "$1/db.lck"|"$1/dbex.lck") return 0 ;;
    esac
  done
  return 1
}
if [ -e "$db/db.lck" ] || [ -e "$db/dbex.lck" ]; then
  abs=$(cd "$db" && pwd -P)
  if held_open "$abs"; then
    echo "the database $db is in use (its lock files are open): stop the portal first" >&2
    exit 1
  fi
  if [ "${PORTAL_RESTORE_FORCE:-}" != 1 ]; then
    echo "the database $db has lock files: a portal runs on it, or stopped without shutting it down." >&2
    echo "make sure no portal uses $data, then run again with PORTAL_RESTORE_FORCE=1" >&2
    exit 1
  fi
fi
if [ -d "$db" ]; then
  aside="$data/portal-db.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
  mv "$data/portal-db" "$aside"
  echo "current database kept as $aside"
fi
cp -r "$backup" "$data/portal-db"
echo "restored $name; start the portal"
