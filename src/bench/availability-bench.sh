#!/usr/bin/env bash
# Availability report and status page over 100 000 outages: builds the portal, starts it on
# loopback with a fresh embedded database, loads the outages through the import API, warms up,
# measures, stops. Usage: src/bench/availability-bench.sh [rounds]   (see docs/benchmarks.md)
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-30}
port=18580
work=$(mktemp -d /tmp/portal-bench.XXXXXX)
password=bench-admin-password

mvn -B -q -DskipTests package -pl war -am
java_bin=$(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | while read -r j; do
  v=$("$j" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}')
  [ "${v%%.*}" -ge 21 ] 2>/dev/null && echo "$j"; done | tail -n 1)
java_bin=${java_bin:-java}

# exec: the background job is the server itself, so that the trap below stops it
(cd "$work" && PORTAL_DATA_DIR="$work/data" PORTAL_ADMIN_PASSWORD=$password \
  exec "$java_bin" -Xmx512m -Dhazelcast.socket.bind.any=false -Dhazelcast.phone.home.enabled=false -jar "$OLDPWD/war/target/payara-micro.jar" \
  --deploy "$OLDPWD/war/target/portal.war" --contextroot / --port $port --interfaces 127.0.0.1 \
  --clustermode tcpip:127.0.0.1:6940 --startport 6940 --disablephonehome \
  --prebootcommandfile "$OLDPWD/src/payara/preboot.asadmin" > "$work/server.log" 2>&1) &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
"$java_bin" src/bench/AvailabilityBench.java "http://127.0.0.1:$port" "$password" "$rounds"
