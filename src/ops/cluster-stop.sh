#!/usr/bin/env bash
# Stops the nodes that src/ops/cluster-start.sh started, by the pids in their pid files: SIGTERM
# (clean stop), then SIGKILL for a node that has not ended after PORTAL_STOP_TIMEOUT seconds (default 60).
# PORTAL_RUN_DIR: the run folder of cluster-start.sh (default ./cluster).
set -euo pipefail
run=${PORTAL_RUN_DIR:-$PWD/cluster}
timeout=${PORTAL_STOP_TIMEOUT:-60}
shopt -s nullglob
pidfiles=("$run"/node-*.pid)
[ ${#pidfiles[@]} -gt 0 ] || { echo "no pid files in $run"; exit 0; }
for pidfile in "${pidfiles[@]}"; do
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
  fi
done
for pidfile in "${pidfiles[@]}"; do
  pid=$(cat "$pidfile")
  deadline=$((SECONDS + timeout))
  while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 1; done
  if kill -0 "$pid" 2>/dev/null; then
    echo "$(basename "$pidfile" .pid) (pid $pid) did not stop within $timeout s: killed"
    kill -KILL "$pid"
  else
    echo "$(basename "$pidfile" .pid) (pid $pid) stopped"
  fi
  rm -f "$pidfile"
done
