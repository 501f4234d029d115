#!/usr/bin/env bash
# Start to ready: builds the portal, then starts it the way `mvn -Prun` does (same JVM and Payara
# Micro options), `rounds` times on a fresh data folder and a fresh runtime folder (a fresh clone's
# first start), each followed by a restart on the same folders (every later start). Prints the
# seconds from launch until /health/ready answers 200, and the server's resident memory when ready.
# Usage: src/bench/start-bench.sh [rounds]   (see docs/benchmarks.md)
# BENCH_JAVA_OPTS: more JVM options to try (e.g. another garbage collector).
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-3}
port=18590
work=$(mktemp -d /tmp/portal-start-bench.XXXXXX)
trap 'pkill -f -- "--rootdir $work/" 2>/dev/null || true; rm -rf "$work"' EXIT

mvn -B -q -DskipTests package -pl war -am
java_bin=$(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | while read -r j; do
  v=$("$j" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}')
  [ "${v%%.*}" -ge 21 ] 2>/dev/null && echo "$j"; done | tail -n 1)
java_bin=${java_bin:-java}

# one start: prints "<seconds> <rss MiB>", stops the server cleanly (the class archive is written then)
start_once() {
  local dir=$1
  local t0 t1 pid rss
  # as mvn -Prun does: keep the unpacked runtime and the class archive, not the last run's configuration
  rm -rf "$dir/runtime/config" "$dir/runtime/applications" "$dir/runtime/generated" "$dir/runtime/autodeploy" \
    "$dir/runtime/docroot" "$dir/runtime/logs"
  t0=$(date +%s.%N)
  (cd "$dir" && PORTAL_DATA_DIR="$dir/data" PORTAL_ADMIN_PASSWORD=bench-admin-password \
    exec "$java_bin" -Xmx512m ${BENCH_JAVA_OPTS:-} -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$dir/runtime/portal.jsa" -Xlog:cds=off \
    -Dhazelcast.socket.bind.any=false -Dhazelcast.phone.home.enabled=false -Dderby.stream.error.file="$dir/data/derby.log" \
    -jar "$OLDPWD/war/target/payara-micro.jar" --rootdir "$dir/runtime/" \
    --deploy "$OLDPWD/war/target/portal.war" --contextroot / --port $port --interfaces 127.0.0.1 \
    --clustermode tcpip:127.0.0.1:6990 --startport 6990 --disablephonehome \
    --prebootcommandfile "$OLDPWD/src/payara/preboot.asadmin" >> "$dir/server.log" 2>&1) &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready"; do
    kill -0 $pid 2>/dev/null || { echo "the server died; see $dir/server.log" >&2; tail -20 "$dir/server.log" >&2; exit 1; }
    sleep 0.1
  done
  t1=$(date +%s.%N)
  rss=$(awk '/VmRSS/{printf "%d", $2/1024}' /proc/$pid/status)
  kill $pid; wait $pid 2>/dev/null || true
  awk -v a="$t0" -v b="$t1" -v m="$rss" 'BEGIN { printf "%.1f %s\n", b - a, m }'
}

printf '%-6s %-22s %-22s\n' round 'first start s (RSS MiB)' 'restart s (RSS MiB)'
for r in $(seq 1 "$rounds"); do
  dir="$work/round-$r"
  mkdir -p "$dir/data" "$dir/runtime"
  read -r first first_rss < <(start_once "$dir")
  read -r again again_rss < <(start_once "$dir")
  printf '%-6s %-22s %-22s\n' "$r" "$first ($first_rss)" "$again ($again_rss)"
done
