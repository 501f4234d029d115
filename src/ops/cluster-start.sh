#!/usr/bin/env bash
# Starts a cluster of portal nodes (Payara Micro, clustered by its data grid) on this machine, all on
# one PostgreSQL database, and waits until each answers /health/ready. Each node gets a pid file and
# a log in the run folder; src/ops/cluster-stop.sh stops them.
#
# Settings (environment):
#   PORTAL_DB_URL, PORTAL_DB_USER, PORTAL_DB_PASSWORD   the shared PostgreSQL database (required: URL)
#   PORTAL_NODES                 number of nodes (default 2)
#   PORTAL_FIRST_HTTP_PORT       HTTP port of the first node; the others follow (default 8080)
#   PORTAL_FIRST_HAZELCAST_PORT  data grid port of the first node; the others follow by 5 (default 6900)
#   PORTAL_CLUSTER_NAME          name of the data grid; nodes with another name never join (default portal)
#   PORTAL_RUN_DIR               pid files, logs and runtime folders (default ./cluster)
#   PORTAL_WAR, PORTAL_MICRO_JAR the portal and Payara Micro (default war/target/portal.war and
#                                war/target/payara-micro.jar, as `mvn package` builds them)
#   PORTAL_JAVA                  a java of version 21 or newer (default: JAVA_HOME, then the newest in /usr/lib/jvm)
#   PORTAL_HEAP                  -Xmx of each node (default 512m; the other JVM options: src/payara/jvm.options)
#   PORTAL_START_TIMEOUT         seconds to wait for each node to be ready (default 300)
# Every other portal setting (PORTAL_SMTP_HOST, PORTAL_BASE_URL, ...) is passed on to the nodes as it is.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)

: "${PORTAL_DB_URL:?set PORTAL_DB_URL to the shared PostgreSQL database (jdbc:postgresql://host/db)}"
nodes=${PORTAL_NODES:-2}
http=${PORTAL_FIRST_HTTP_PORT:-8080}
grid=${PORTAL_FIRST_HAZELCAST_PORT:-6900}
name=${PORTAL_CLUSTER_NAME:-portal}
run=${PORTAL_RUN_DIR:-$PWD/cluster}
war=${PORTAL_WAR:-$root/war/target/portal.war}
micro=${PORTAL_MICRO_JAR:-$root/war/target/payara-micro.jar}
heap=${PORTAL_HEAP:-512m}
timeout=${PORTAL_START_TIMEOUT:-300}
preboot=$root/src/payara/preboot.asadmin

java_version() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
find_java() {
  local candidate
  for candidate in "${PORTAL_JAVA:-}" "${JAVA_HOME:+$JAVA_HOME/bin/java}" $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -Vr) java; do
    [ -n "$candidate" ] && command -v "$candidate" >/dev/null 2>&1 || continue
    if [ "$(java_version "$candidate")" -ge 21 ] 2>/dev/null; then echo "$candidate"; return; fi
  done
  echo "no java 21 or newer found: set PORTAL_JAVA" >&2; exit 1
}
java=$(find_java)
[ -f "$war" ] || { echo "no $war: run mvn package first" >&2; exit 1; }
[ -f "$micro" ] || { echo "no $micro: run mvn package first" >&2; exit 1; }

members=""
for ((i = 0; i < nodes; i++)); do members+="${members:+,}127.0.0.1:$((grid + 5 * i))"; done
mkdir -p "$run"

for ((i = 0; i < nodes; i++)); do
  port=$((http + i))
  pidfile=$run/node-$i.pid
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    echo "node $i already runs (pid $(cat "$pidfile")): stop it first" >&2; exit 1
  fi
  mkdir -p "$run/node-$i"
  PORTAL_BASE_URL=${PORTAL_BASE_URL:-http://127.0.0.1:$port} \
    setsid nohup "$java" @"$root/src/payara/jvm.options" -Xmx"$heap" -Djava.io.tmpdir="$run/node-$i" \
    -jar "$micro" --rootdir "$run/node-$i/runtime" --deploy "$war" --contextroot / \
    --port "$port" --prebootcommandfile "$preboot" \
    --interfaces 127.0.0.1 --clustermode "tcpip:$members" --startport "$((grid + 5 * i))" \
    --clustername "$name" --name "$name-$i" --disablephonehome \
    >>"$run/node-$i.log" 2>&1 </dev/null &
  echo $! >"$pidfile"
  echo "node $i: pid $!, http://127.0.0.1:$port/, log $run/node-$i.log"
  # the first node forms the data grid before the others look for it
  [ "$i" -eq 0 ] && [ "$nodes" -gt 1 ] && sleep 5
done

for ((i = 0; i < nodes; i++)); do
  port=$((http + i))
  deadline=$((SECONDS + timeout))
  until curl -fsS -o /dev/null "http://127.0.0.1:$port/health/ready" 2>/dev/null; do
    if ! kill -0 "$(cat "$run/node-$i.pid")" 2>/dev/null; then
      echo "node $i ended; see $run/node-$i.log" >&2; exit 1
    fi
    if [ $SECONDS -ge $deadline ]; then
      echo "node $i not ready within $timeout s; see $run/node-$i.log" >&2; exit 1
    fi
    sleep 1
  done
  echo "node $i ready: http://127.0.0.1:$port/"
done
