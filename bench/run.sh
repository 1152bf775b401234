#!/usr/bin/env bash
# Sandan's benchmark: the real server on PostgreSQL with 1 000 posts, driven by wrk over loopback, side by side with
# a trivial servlet on the same WildFly (the ceiling). Writes bench/results/<date>.md and prints its table.
#
#   bash bench/run.sh                  # from the repository's root; needs PostgreSQL at 127.0.0.1:5432 (user postgres)
#
# Settings (environment): BENCH_DURATION (20s), BENCH_WARMUP (10s), BENCH_CONNECTIONS (32), BENCH_THREADS (2),
# BENCH_POSTS (1000), BENCH_PORT_OFFSET (500), BENCH_SKIP_BUILD (unset).
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${BENCH_DURATION:-20s}
warmup=${BENCH_WARMUP:-10s}
connections=${BENCH_CONNECTIONS:-32}
threads=${BENCH_THREADS:-2}
posts=${BENCH_POSTS:-1000}
offset=${BENCH_PORT_OFFSET:-500}
port=$((8080 + offset))
base_url="http://127.0.0.1:$port"
db=sandan_bench
work=target/bench
admin_password='bench-Admin-2026!'

need() { command -v "$1" >/dev/null 2>&1; }
if ! need wrk; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk >/dev/null; else echo "wrk is missing: sudo apt-get install wrk" >&2; exit 1; fi
fi
need psql || { echo "psql is missing (apt-get install postgresql-client)" >&2; exit 1; }

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  mvn -B -q package -Ppostgres -DskipTests
fi
home=$PWD/target/wildfly
[ -f target/sandan.war ] && [ -x "$home/bin/standalone.sh" ] || { echo "run without BENCH_SKIP_BUILD first" >&2; exit 1; }

# The ceiling: one servlet, compiled against WildFly's own servlet API.
rm -rf "$work" && mkdir -p "$work/ceiling/WEB-INF/classes" "$work/standalone/deployments"
javac -q -d "$work/ceiling/WEB-INF/classes" -cp "$(ls "$home"/modules/system/layers/base/jakarta/servlet/api/main/*.jar)" \
  bench/ceiling/CeilingServlet.java 2>/dev/null || javac -d "$work/ceiling/WEB-INF/classes" \
  -cp "$(ls "$home"/modules/system/layers/base/jakarta/servlet/api/main/*.jar)" bench/ceiling/CeilingServlet.java
(cd "$work/ceiling" && jar cf ../standalone/deployments/ceiling.war WEB-INF)
cp -r "$home/standalone/configuration" "$work/standalone/"
cp target/sandan.war "$work/standalone/deployments/"

psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $db with (force)" -c "create database $db encoding 'UTF8' template template0"

# Server on the second core, wrk on the first (where there are two).
server_cpu=""; client_cpu=""
if need taskset && [ "$(nproc)" -ge 2 ]; then server_cpu="taskset -c 1"; client_cpu="taskset -c 0"; fi
export SANDAN_DB=postgres SANDAN_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" SANDAN_DB_USER=postgres \
  SANDAN_DB_PASSWORD=postgres SANDAN_DATA_DIR="$PWD/$work/data" SANDAN_ADMIN_PASSWORD="$admin_password" \
  SANDAN_SMTP_PORT=2 SANDAN_MAIL_RETRY_SECONDS=3600
$server_cpu "$home/bin/standalone.sh" -Djboss.server.base.dir="$PWD/$work/standalone" \
  -Djboss.socket.binding.port-offset="$offset" > "$work/console.log" 2>&1 &
script_pid=$!
trap 'pkill -9 -P $script_pid 2>/dev/null || true; kill -9 $script_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -fs -o /dev/null "$base_url/api/news?size=1" && curl -fs -o /dev/null "$base_url/ceiling/" && break
  sleep 1
done
curl -fs -o /dev/null "$base_url/api/news?size=1" || { echo "server did not start; see $work/console.log" >&2; exit 1; }
server_pid=$(pgrep -P "$script_pid" java)

psql -q -h 127.0.0.1 -U postgres -d "$db" -v target="$posts" -f bench/seed.sql
curl -fs -o /dev/null -X POST -u "admin:$admin_password" "$base_url/api/search-index"
article=$(curl -fs "$base_url/api/news?size=1" | sed -E 's/.*"path":"([^"]+)".*/\1/')
image=$(psql -qtA -h 127.0.0.1 -U postgres -d "$db" -c "select min(cover_image_id) from news_post")
published=$(psql -qtA -h 127.0.0.1 -U postgres -d "$db" -c "select count(*) from news_post where status = 'PUBLISHED'")

# jstat samples the heap once a second for the whole run; the highest sum of the used spaces is reported.
jstat -gc "$server_pid" 1000 > "$work/heap.txt" 2>/dev/null &
jstat_pid=$!

declare -a rows
ceiling_rps=""
measure() { # name path [lua]
  local name=$1 path=$2 script=${3:-} args=()
  [ -n "$script" ] && args=(-s "$script")
  $client_cpu wrk -t"$threads" -c"$connections" -d"$warmup" "${args[@]}" "$base_url$path" > "$work/wrk-$name-warmup.txt"
  local out; out=$($client_cpu wrk -t"$threads" -c"$connections" -d"$duration" --latency "${args[@]}" "$base_url$path")
  echo "$out" > "$work/wrk-$name.txt"
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec/ {print $2}' <<< "$out")
  p50=$(awk '/^ +50%/ {print $2}' <<< "$out")
  p99=$(awk '/^ +99%/ {print $2}' <<< "$out")
  errors=$(awk '/Non-2xx or 3xx/ {n+=$NF} /Socket errors/ {gsub(",", ""); n+=$4+$6+$8+$10} END {print n+0}' <<< "$out")
  [ "$name" = ceiling ] && ceiling_rps=$rps
  local ratio; ratio=$(awk -v a="$rps" -v c="$ceiling_rps" 'BEGIN {printf "%.2f%%", 100 * a / c}')
  local shown=$path; [ ${#shown} -gt 40 ] && shown="${shown:0:40}…"
  rows+=("| $name | \`$shown\` | $rps | $p50 | $p99 | $ratio | $errors |")
  printf '%-10s %10s req/s  p50 %8s  p99 %8s  %7s of ceiling  errors %s\n' "$name" "$rps" "$p50" "$p99" "$ratio" "$errors"
}

before=$(psql -qtA -h 127.0.0.1 -U postgres -d "$db" -c "select count(*) from inquiry")
measure ceiling /ceiling/
measure home /
measure list /news
measure article "$article"
measure search "/search?q=%EC%82%B0%EC%97%85%EB%8B%A8%EC%A7%80"
measure feed /feed.xml
measure image "/media/$image?w=480"
measure inquiry /api/inquiries bench/inquiry.lua
stored=$(( $(psql -qtA -h 127.0.0.1 -U postgres -d "$db" -c "select count(*) from inquiry") - before ))
answered=$(cat "$work/wrk-inquiry-warmup.txt" "$work/wrk-inquiry.txt" | awk '/requests in/ {n += $1} END {print n}')
kill "$jstat_pid" 2>/dev/null || true
heap_mib=$(awk 'NR > 1 && $1 != "S0C" {used = $3 + $4 + $6 + $8; if (used > max) max = used} END {printf "%.0f", max / 1024}' "$work/heap.txt")
max_heap_mib=$(jcmd "$server_pid" VM.flags 2>/dev/null | tr ' ' '\n' | awk -F= '/^-XX:MaxHeapSize=/ {printf "%.0f", $2 / 1048576; exit}')

stamp=$(date -u +%Y-%m-%d-%H%M)
result=bench/results/$stamp.md
{
  echo "# Benchmark $stamp"
  echo
  echo "Machine: $(lscpu | awk -F: '/Model name/ {gsub(/^ +/, "", $2); print $2; exit}'), $(nproc) cores," \
    "$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo); $(uname -sr); $(java -version 2>&1 | head -1);" \
    "WildFly $(sed -n 's:.*<version.wildfly>\(.*\)</version.wildfly>.*:\1:p' pom.xml | head -1);" \
    "$(psql -qtA -h 127.0.0.1 -U postgres -c 'show server_version' | cut -d' ' -f1) PostgreSQL; $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)."
  echo
  echo "Run: $published published posts; wrk $threads threads, $connections connections, $warmup warm-up then $duration" \
    "measured per endpoint, over loopback${server_cpu:+; server pinned to CPU 1, wrk to CPU 0}. Ratios are to the" \
    "ceiling (a trivial servlet on the same server) measured in the same run."
  echo
  echo "| endpoint | path | requests/s | p50 | p99 | of ceiling | errors |"
  echo "|---|---|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Inquiry run (warm-up and measured): $answered requests answered, $stored inquiries stored. Highest heap in use during the run: $heap_mib MiB (maximum heap $max_heap_mib MiB)."
} > "$result"
echo
cat "$result"
