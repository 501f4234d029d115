#!/usr/bin/env bash
# The banner endpoint against nginx serving a static file of the same size, side by side in one run:
# builds the portal, starts it on loopback with a fresh embedded database, records a few maintenance
# windows, starts its own nginx (own config in a temporary folder, own port) with the banner's bytes
# as a file, warms both up, measures both with wrk, prints a table and the ratio, stops both. Then,
# for reference, the same bytes from a bare servlet (src/bench/bare-banner: no security, no CDI, no
# filters) on its own Payara Micro with the same options: what the server itself costs per request.
# Needs wrk and nginx (Debian: apt-get install -y wrk nginx).
# Usage: src/bench/banner-bench.sh [warm-up seconds, default 60] [measure seconds, default 30]
# Environment: BENCH_PORT (18590), BENCH_NGINX_PORT (18591), BENCH_BARE_PORT (18592),
#              BENCH_HAZELCAST_PORT (6950), BENCH_BARE=0 to leave the bare servlet out,
#              BENCH_THREADS (2), BENCH_CONNECTIONS (32), SKIP_BUILD=1 to use the WAR already built.
#              BENCH_PREBOOT: another Payara preboot command file (default src/payara/preboot.asadmin).
#              BENCH_JAVA_OPTS: JVM options to try after those of src/payara/jvm.options (both servers).
# See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
warmup=${1:-60}
duration=${2:-30}
port=${BENCH_PORT:-18590}
nginx_port=${BENCH_NGINX_PORT:-18591}
bare_port=${BENCH_BARE_PORT:-18592}
hz_port=${BENCH_HAZELCAST_PORT:-6950}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-32}
password=bench-admin-password
product=toegangsbeheer
path="/api/v1/banners?product=$product&lang=nl"

for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || { echo "$tool is missing (apt-get install -y wrk nginx)" >&2; exit 2; }
done
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
work=$(mktemp -d /tmp/portal-banner-bench.XXXXXX)

[ "${SKIP_BUILD:-}" = 1 ] || mvn -B -q -DskipTests package -pl war -am
java_bin=$(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | while read -r j; do
  v=$("$j" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}')
  [ "${v%%.*}" -ge 21 ] 2>/dev/null && echo "$j"; done | tail -n 1)
java_bin=${java_bin:-java}

# exec: the background job is the server itself, so that the trap below stops it
(cd "$work" && PORTAL_DATA_DIR="$work/data" PORTAL_ADMIN_PASSWORD=$password \
  exec "$java_bin" @"$OLDPWD/src/payara/jvm.options" ${BENCH_JAVA_OPTS:-} -Dderby.stream.error.file="$work/derby.log" \
  -jar "$OLDPWD/war/target/payara-micro.jar" \
  --deploy "$OLDPWD/war/target/portal.war" --contextroot / --port "$port" --interfaces 127.0.0.1 \
  --clustermode "tcpip:127.0.0.1:$hz_port" --startport "$hz_port" --disablephonehome \
  --prebootcommandfile "${BENCH_PREBOOT:-$OLDPWD/src/payara/preboot.asadmin}" > "$work/server.log" 2>&1) &
server=$!
nginx_pid=""
bare=""
cleanup() {
  # every step runs whatever the one before returned (a stopped server's wait returns 143)
  set +e
  [ -n "$bare" ] && kill "$bare" 2>/dev/null && wait "$bare" 2>/dev/null
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null
  kill "$server" 2>/dev/null
  wait "$server" 2>/dev/null
  [ -n "$nginx_pid" ] && wait "$nginx_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "the portal did not start; see its log:" >&2; tail -50 "$work/server.log" >&2; exit 1; }

# A few banners: one ongoing, two upcoming within the horizon (one of two products).
at() { date -u -d "$1" +%Y-%m-%dT%H:%M:%SZ; }
window() {
  curl -sf -u "admin:$password" -H 'Content-Type: application/json' -o /dev/null \
    -d "{\"products\":[$1],\"startsAt\":\"$(at "$2")\",\"endsAt\":\"$(at "$3")\",\"planned\":true,\"title\":{\"nl\":\"$4\",\"en\":\"$4\"},\"message\":{\"nl\":\"$5\",\"en\":\"$5\"}}" \
    "http://127.0.0.1:$port/api/v1/maintenance"
}
window "\"$product\"" "-1 hour" "+2 hours" "Onderhoud aanmeldplatform" "Aanmelden kan korte tijd onderbroken zijn."
window "\"$product\",\"sleutelbeheer\"" "+2 days" "+2 days +3 hours" "Upgrade databank" "Geplande upgrade van de databank; aanmelden lukt tijdens het venster niet."
window "\"$product\"" "+5 days" "+5 days +1 hour" "Certificaten vernieuwen" "Vernieuwing van de servercertificaten."

# nginx with the banner's exact bytes as a static file
mkdir -p "$work/www" "$work/nginx"
chmod 755 "$work" "$work/www"   # nginx workers run as an unprivileged user when started by root
curl -sf "http://127.0.0.1:$port$path" -o "$work/www/banner.json"
size=$(stat -c %s "$work/www/banner.json")
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
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    location / { default_type application/json; add_header Cache-Control "public, max-age=30"; add_header Access-Control-Allow-Origin "*"; }
  }
}
CONF
"$nginx_bin" -c "$work/nginx/nginx.conf" -p "$work/nginx" &
nginx_pid=$!
for _ in $(seq 1 20); do curl -sf "http://127.0.0.1:$nginx_port/banner.json" -o /dev/null && break; sleep 0.5; done
portal_url="http://127.0.0.1:$port$path"
nginx_url="http://127.0.0.1:$nginx_port/banner.json"
[ "$(curl -sf "$nginx_url" | wc -c)" = "$size" ] || { echo "nginx does not serve the file:" >&2; cat "$work/nginx/error.log" >&2; exit 1; }

echo "Banner: $size bytes. Warming up for ${warmup}s (portal), 10s (nginx)..."
wrk -t"$threads" -c"$connections" -d"${warmup}s" "$portal_url" > /dev/null
wrk -t"$threads" -c"$connections" -d10s "$nginx_url" > /dev/null

# Requests per second and the 99th percentile in ms, from wrk --latency
measure() {
  wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$1" | tee "$work/wrk-$2.txt" | awk '
    /^ +99%/ { v=$2; if (v ~ /us$/) { sub(/us$/,"",v); p=v/1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v); p=v }
               else if (v ~ /s$/) { sub(/s$/,"",v); p=v*1000 } }
    /^Requests\/sec/ { r=$2 }
    /Non-2xx/ { e=$NF }
    END { printf "%s %s %s\n", r, p, (e=="" ? 0 : e) }'
}
read -r nginx_rps nginx_p99 nginx_err < <(measure "$nginx_url" nginx)
read -r portal_rps portal_p99 portal_err < <(measure "$portal_url" portal)
ratio=$(awk -v a="$portal_rps" -v b="$nginx_rps" 'BEGIN { printf "%.3f", a/b }')

bare_rps="-"; bare_p99="-"; bare_err="-"
if [ "${BENCH_BARE:-1}" = 1 ]; then
  # the portal stops first, so that the bare server has the machine to itself as the others had
  kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true
  api_jar=$(ls ~/.m2/repository/jakarta/servlet/jakarta.servlet-api/6.*/jakarta.servlet-api-6.*.jar | sort -V | tail -n 1)
  mkdir -p "$work/bare/WEB-INF/classes"
  "${java_bin%/java}/javac" -d "$work/bare/WEB-INF/classes" -cp "$api_jar" src/bench/bare-banner/BareBannerServlet.java
  (cd "$work/bare" && "${java_bin%/java}/jar" cf "$work/bare.war" .)
  (cd "$work" && exec "$java_bin" @"$OLDPWD/src/payara/jvm.options" ${BENCH_JAVA_OPTS:-} \
    -Dbare.banner.file="$work/www/banner.json" -jar "$OLDPWD/war/target/payara-micro.jar" \
    --deploy "$work/bare.war" --contextroot / --port "$bare_port" --interfaces 127.0.0.1 \
    --clustermode "tcpip:127.0.0.1:$((hz_port + 1))" --startport "$((hz_port + 1))" --disablephonehome \
    --prebootcommandfile "${BENCH_PREBOOT:-$OLDPWD/src/payara/preboot.asadmin}" > "$work/bare.log" 2>&1) &
  bare=$!
  bare_url="http://127.0.0.1:$bare_port$path"
  for _ in $(seq 1 180); do curl -sf "$bare_url" -o /dev/null && break; sleep 1; done
  wrk -t"$threads" -c"$connections" -d"${warmup}s" "$bare_url" > /dev/null
  read -r bare_rps bare_p99 bare_err < <(measure "$bare_url" bare)
fi

echo
echo "wrk -t$threads -c$connections -d${duration}s, after ${warmup}s of warm-up, $size-byte body"
printf '| %-38s | %12s | %10s | %8s |\n' "server" "requests/s" "p99 (ms)" "non-2xx"
printf '|%s|%s|%s|%s|\n' "----------------------------------------" "--------------" "------------" "----------"
printf '| %-38s | %12s | %10s | %8s |\n' "nginx, static file" "$nginx_rps" "$nginx_p99" "$nginx_err"
printf '| %-38s | %12s | %10s | %8s |\n' "portal, GET /api/v1/banners" "$portal_rps" "$portal_p99" "$portal_err"
printf '| %-38s | %12s | %10s | %8s |\n' "bare servlet, same server and bytes" "$bare_rps" "$bare_p99" "$bare_err"
echo
echo "ratio portal/nginx: $ratio (goal: at least 0.25); portal p99: $portal_p99 ms (goal: under 10 ms)"
[ "$bare_rps" = "-" ] || echo "ratio bare servlet/nginx: $(awk -v a="$bare_rps" -v b="$nginx_rps" 'BEGIN { printf "%.3f", a/b }') (the server's own ceiling)"
awk -v r="$ratio" -v p="$portal_p99" -v e="$portal_err" 'BEGIN { ok = (r >= 0.25 && p < 10 && e == 0); print (ok ? "GOALS MET" : "GOALS NOT MET"); exit 0 }'
