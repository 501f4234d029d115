#!/usr/bin/env bash
# The public side as everyone meets it during an outage: every public path of the portal beside nginx
# serving the same bytes, side by side in one run, then heap and sessions around a million anonymous
# requests. Builds the portal, starts it exactly as `mvn -Prun` does (src/payara/RunPortal.java: same
# launcher, JVM options and Payara Micro options; its runtime folder is kept in war/target/bench-runtime),
# records an ongoing outage and a few maintenance windows, saves each path's bytes and serves them
# from its own nginx (own config in a temporary folder, own port), warms the portal up on all paths,
# measures each path with wrk against both, prints a table with the ratio and the goals of design.md.
# Needs wrk, nginx, curl and a JDK with jcmd (Debian: apt-get install -y wrk nginx).
# Usage: src/bench/public-bench.sh [warm-up seconds, default 60] [measure seconds per path, default 20]
# Environment: BENCH_PORT (18690), BENCH_NGINX_PORT (18691), BENCH_HAZELCAST_PORT (6960),
#              BENCH_THREADS (2), BENCH_CONNECTIONS (32), BENCH_REQUESTS (1000000: the heap and
#              session check, over every path but the availability report, which is rendered per
#              request and would take hours; 0 leaves it out), BENCH_MAX_SECONDS (900: the check
#              stops there even short of BENCH_REQUESTS), SKIP_BUILD=1 to use the WAR already built,
#              BENCH_JAVA_OPTS: JVM options to try after those of src/payara/jvm.options.
# See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
warmup=${1:-60}
duration=${2:-20}
port=${BENCH_PORT:-18690}
nginx_port=${BENCH_NGINX_PORT:-18691}
hz_port=${BENCH_HAZELCAST_PORT:-6960}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-32}
million=${BENCH_REQUESTS:-1000000}
max_seconds=${BENCH_MAX_SECONDS:-900}
password=bench-admin-password
paths=(/api/v1/banners /api/v1/status /api/v1/products / /public/status.xhtml /public/conditions.xhtml
       /public/maintenance.xhtml /public/faq.xhtml /public/escalation.xhtml /public/availability.xhtml)

for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || { echo "$tool is missing (apt-get install -y wrk nginx)" >&2; exit 2; }
done
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
root=$PWD
work=$(mktemp -d /tmp/portal-public-bench.XXXXXX)

[ "${SKIP_BUILD:-}" = 1 ] || mvn -B -q -DskipTests package -pl war -am
java_bin=$(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | while read -r j; do
  v=$("$j" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}')
  [ "${v%%.*}" -ge 21 ] 2>/dev/null && echo "$j"; done | tail -n 1)
java_bin=${java_bin:-java}
jcmd_bin="${java_bin%/java}/jcmd"
options=$work/jvm.options
cp src/payara/jvm.options "$options"
for o in ${BENCH_JAVA_OPTS:-}; do echo "$o" >> "$options"; done

# as mvn -Prun: RunPortal in the foreground of its own job (exec: stopping the job stops RunPortal,
# which stops the server)
mkdir -p "$work/data"
(cd "$work" && PORTAL_DATA_DIR="$work/data" PORTAL_ADMIN_PASSWORD=$password \
  exec "$java_bin" "$root/src/payara/RunPortal.java" --war "$root/war/target/portal.war" \
  --payara "$root/war/target/payara-micro.jar" --runtime "$root/war/target/bench-runtime" --jvm-options "$options" \
  --preboot "$root/src/payara/preboot.asadmin" --port "$port" --hazelcast-port "$hz_port" \
  --derby-log "$work/data/derby.log" > "$work/server.log" 2>&1) &
runner=$!
nginx_pid=""
cleanup() {
  set +e
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null
  kill "$runner" 2>/dev/null
  wait "$runner" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 1 400); do
  curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  kill -0 "$runner" 2>/dev/null || break
  sleep 1
done
curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "the portal did not start; see its log:" >&2; tail -50 "$work/server.log" >&2; exit 1; }
# the server is RunPortal's child: the process whose command line names the portal's WAR
server=$(pgrep -P "$runner" -f "portal.war" | head -n 1 || true)
[ -n "$server" ] || server=$(pgrep -f -- "$root/war/target/portal.war" | while read -r p; do
  [ "$p" != "$runner" ] && grep -q -- "--port" /proc/"$p"/cmdline 2>/dev/null && echo "$p"; done | tail -n 1)

# What an outage looks like: one product down (FAS-caused), maintenance ongoing and upcoming.
at() { date -u -d "$1" +%Y-%m-%dT%H:%M:%SZ; }
api() { curl -sf -u "admin:$password" -H 'Content-Type: application/json' -o /dev/null -d "$2" "http://127.0.0.1:$port$1"; }
window() {
  api /api/v1/maintenance "{\"products\":[$1],\"startsAt\":\"$(at "$2")\",\"endsAt\":\"$(at "$3")\",\"planned\":true,\"title\":{\"nl\":\"$4\",\"en\":\"$4\"},\"message\":{\"nl\":\"$4\",\"en\":\"$4\"}}"
}
window '"sleutelbeheer"' "-1 hour" "+2 hours" "Onderhoud sleutelbeheer"
window '"toegangsbeheer","sleutelbeheer"' "+2 days" "+2 days +3 hours" "Upgrade databank"
window '"gebruikersbeheer"' "+5 days" "+5 days +1 hour" "Certificaten vernieuwen"
api /api/v1/outages "{\"product\":\"toegangsbeheer\",\"startedAt\":\"$(at "-20 minutes")\",\"severity\":\"MAJOR\",\"causedBy\":\"fas\",\"cause\":\"FAS down\"}"

# nginx with each path's exact bytes as a static file
mkdir -p "$work/www/api/v1" "$work/www/public" "$work/nginx"
chmod -R 755 "$work"   # nginx workers run as an unprivileged user when started by root
file_of() { case "$1" in /) echo "$work/www/index.html" ;; *) echo "$work/www$1" ;; esac; }
for p in "${paths[@]}"; do
  curl -sf "http://127.0.0.1:$port$p" -o "$(file_of "$p")"
done
chmod -R a+r "$work/www"
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  etag on;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    index index.html;
    location /api/ { default_type application/json; add_header Cache-Control "public, max-age=15"; add_header Access-Control-Allow-Origin "*"; }
    location / { default_type text/html; add_header Cache-Control "public, max-age=30"; }
  }
}
CONF
"$nginx_bin" -c "$work/nginx/nginx.conf" -p "$work/nginx" &
nginx_pid=$!
for _ in $(seq 1 20); do curl -sf "http://127.0.0.1:$nginx_port/" -o /dev/null && break; sleep 0.5; done
for p in "${paths[@]}"; do
  [ "$(curl -sf "http://127.0.0.1:$nginx_port$p" | wc -c)" = "$(stat -c %s "$(file_of "$p")")" ] \
    || { echo "nginx does not serve $p:" >&2; cat "$work/nginx/error.log" >&2; exit 1; }
done

# Warm-up: all portal paths in turn, then nginx briefly
cat > "$work/rotate.lua" <<'LUA'
local paths = {}
for p in string.gmatch(os.getenv("BENCH_PATHS"), "%S+") do paths[#paths + 1] = p end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA
export BENCH_PATHS="${paths[*]}"
echo "Warming up for ${warmup}s on ${#paths[@]} paths..."
wrk -t"$threads" -c"$connections" -d"${warmup}s" -s "$work/rotate.lua" "http://127.0.0.1:$port" > /dev/null
wrk -t"$threads" -c"$connections" -d5s -s "$work/rotate.lua" "http://127.0.0.1:$nginx_port" > /dev/null

# Requests per second, the 99th percentile in ms and the non-2xx count, from wrk --latency
measure() {
  wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$1" | awk '
    /^ +99%/ { v=$2; if (v ~ /us$/) { sub(/us$/,"",v); p=v/1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v); p=v }
               else if (v ~ /s$/) { sub(/s$/,"",v); p=v*1000 } }
    /^Requests\/sec/ { r=$2 }
    /Non-2xx/ { e=$NF }
    END { printf "%s %s %s\n", r, p, (e=="" ? 0 : e) }'
}
goal_of() { case "$1" in /public/status.xhtml) echo 0.10 ;; /api/v1/status|/api/v1/products|/api/v1/banners) echo 0.25 ;; *) echo 0.05 ;; esac; }

rows=()
all_met=1
for p in "${paths[@]}"; do
  read -r n_rps n_p99 _ < <(measure "http://127.0.0.1:$nginx_port$p")
  read -r p_rps p_p99 p_err < <(measure "http://127.0.0.1:$port$p")
  ratio=$(awk -v a="$p_rps" -v b="$n_rps" 'BEGIN { printf "%.3f", a/b }')
  goal=$(goal_of "$p")
  met=$(awk -v r="$ratio" -v g="$goal" -v q="$p_p99" -v e="$p_err" 'BEGIN { print (r >= g && q < 25 && e == 0) ? "yes" : "no" }')
  [ "$met" = yes ] || all_met=0
  rows+=("$(printf '| %-27s | %8s | %11s | %9s | %11s | %9s | %6s | %5s | %4s |' "$p" "$(stat -c %s "$(file_of "$p")")" \
    "$n_rps" "$n_p99" "$p_rps" "$p_p99" "$ratio" "$goal" "$met")")
done

echo
echo "wrk -t$threads -c$connections -d${duration}s per path and server, after ${warmup}s of warm-up on all paths"
printf '| %-27s | %8s | %11s | %9s | %11s | %9s | %6s | %5s | %4s |\n' "path" "bytes" "nginx req/s" "nginx p99" \
  "portal req/s" "p99 (ms)" "ratio" "goal" "met"
printf '|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n' "-----------------------------" "----------" "-------------" "-----------" \
  "-------------" "-----------" "--------" "-------" "------"
printf '%s\n' "${rows[@]}"
# Heap after a full collection and the sessions alive, before and after a million anonymous requests
heap() { "$jcmd_bin" "$server" GC.run >/dev/null; "$jcmd_bin" "$server" GC.heap_info | awk '
  /Metaspace|class space/ { exit }
  / used / { for (i = 1; i < NF; i++) if ($i == "used") { v = $(i+1); gsub(/,/, "", v); u = substr(v, length(v)); n = v + 0;
             if (u == "K") n = n / 1024; else if (u == "G") n = n * 1024; else if (u != "M") n = n / 1048576; t += n } }
  END { printf "%.1f", t }'; }
# live session objects (Payara's session classes: StandardSession and its replicated kinds)
sessions() { "$jcmd_bin" "$server" GC.class_histogram | awk '$4 ~ /(catalina|\.ha)\.session.*\.[A-Za-z]*Session$/ { n += $2 } END { print n + 0 }'; }
heap_before="-"; heap_after="-"; sessions_before="-"; sessions_after="-"; sent=0
if [ "$million" -gt 0 ] && [ -n "$server" ]; then
  heap_before=$(heap); sessions_before=$(sessions)
  export BENCH_PATHS="${paths[*]/\/public\/availability.xhtml/}"
  started=$(date +%s)
  while [ "$sent" -lt "$million" ] && [ $(( $(date +%s) - started )) -lt "$max_seconds" ]; do
    n=$(wrk -t"$threads" -c"$connections" -d20s -s "$work/rotate.lua" "http://127.0.0.1:$port" | awk '/requests in/ { print $1 }')
    sent=$((sent + ${n:-0}))
  done
  heap_after=$(heap); sessions_after=$(sessions)
fi

echo
echo "anonymous requests sent for the heap check: $sent (every path but the availability report, in turn)"
echo "heap used after a full GC (MiB): before $heap_before, after $heap_after"
echo "HTTP sessions alive: before $sessions_before, after $sessions_after"
sessions_ok=$([ "$sessions_after" = 0 ] || [ "$sessions_after" = "-" ] && echo 1 || echo 0)
heap_ok=$(awk -v a="$heap_after" -v b="$heap_before" 'BEGIN { print (a == "-" || a <= b * 1.05 + 2) ? 1 : 0 }')
[ "$all_met" = 1 ] && [ "$sessions_ok" = 1 ] && [ "$heap_ok" = 1 ] && echo "GOALS MET" || echo "GOALS NOT MET"
