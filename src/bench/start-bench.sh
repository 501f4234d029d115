#!/usr/bin/env bash
# Start to ready: builds the portal, then starts it exactly as `mvn -Prun` does (src/payara/RunPortal.java:
# same launcher, JVM options and Payara Micro options), `rounds` times on a fresh runtime folder and a
# fresh data folder. Each round prints:
#   prepare   the one-time preparation of a fresh runtime folder (unpacking Payara Micro, the training
#             start that writes the ahead-of-time class cache); mvn -Prun does it once, before its first start
#   first     the first start on a fresh data folder (database created, migrated and seeded)
#   restart   a later start on the same folders
# in seconds from launch until /health/ready answers 200, with the server's resident memory when ready.
# Usage: src/bench/start-bench.sh [rounds]   (see docs/benchmarks.md)
# BENCH_JAVA_OPTS: more JVM options to try, added after those of src/payara/jvm.options.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-3}
port=18590
hz_port=6990
work=$(mktemp -d /tmp/portal-start-bench.XXXXXX)
trap 'pkill -f -- "--port $port " 2>/dev/null || true; rm -rf "$work"' EXIT

mvn -B -q -DskipTests package -pl war -am
java_bin=$(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | while read -r j; do
  v=$("$j" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}')
  [ "${v%%.*}" -ge 21 ] 2>/dev/null && echo "$j"; done | tail -n 1)
java_bin=${java_bin:-java}
options=$work/jvm.options
cp src/payara/jvm.options "$options"
for o in ${BENCH_JAVA_OPTS:-}; do echo "$o" >> "$options"; done

root=$PWD
# run in a subshell of its own ("run_portal dir &"): exec makes the background job RunPortal itself,
# so that stopping the job stops RunPortal, which stops the server
run_portal() { # dir, more RunPortal options
  local dir=$1; shift
  cd "$dir"
  PORTAL_DATA_DIR="$dir/data" PORTAL_ADMIN_PASSWORD=bench-admin-password \
    exec "$java_bin" "$root/src/payara/RunPortal.java" --war "$root/war/target/portal.war" \
    --payara "$root/war/target/payara-micro.jar" --runtime "$dir/runtime" --jvm-options "$options" \
    --preboot "$root/src/payara/preboot.asadmin" --port $port --hazelcast-port $hz_port \
    --derby-log "$dir/data/derby.log" "$@" >> "$dir/server.log" 2>&1
}

# one start: prints "<seconds> <rss MiB>", then stops the server cleanly
start_once() {
  local dir=$1 t0 t1 pid server rss
  t0=$(date +%s.%N)
  run_portal "$dir" &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready"; do
    kill -0 $pid 2>/dev/null || { echo "the server died; see $dir/server.log" >&2; tail -20 "$dir/server.log" >&2; exit 1; }
    sleep 0.1
  done
  t1=$(date +%s.%N)
  server=$(pgrep -f -- "--port $port " | grep -v "^$pid\$" | head -n 1)
  rss=$(awk '/VmRSS/{printf "%d", $2/1024}' /proc/"$server"/status)
  kill $pid; wait $pid 2>/dev/null || true
  awk -v a="$t0" -v b="$t1" -v m="$rss" 'BEGIN { printf "%.1f %s\n", b - a, m }'
}

printf '%-6s %-10s %-22s %-22s\n' round 'prepare s' 'first start s (RSS MiB)' 'restart s (RSS MiB)'
for r in $(seq 1 "$rounds"); do
  dir="$work/round-$r"
  mkdir -p "$dir/data"
  t0=$(date +%s.%N)
  (run_portal "$dir" --prepare-only)
  prepare=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  read -r first first_rss < <(start_once "$dir")
  read -r again again_rss < <(start_once "$dir")
  printf '%-6s %-10s %-22s %-22s\n' "$r" "$prepare" "$first ($first_rss)" "$again ($again_rss)"
done
