#!/usr/bin/env bash
# Sandan's benchmark: the real server on PostgreSQL with 1 000 posts and the demo directory of industrial complexes
# (KICOX's 2025 Q3 workbook), driven by wrk over loopback, side by side with a trivial servlet on the same WildFly
# (the ceiling). Writes bench/results/<date>.md and prints its table.
#
#   bash bench/run.sh                  # from the repository's root; needs PostgreSQL at 127.0.0.1:5432 (user postgres)
#   BENCH_DB=h2 BENCH_QUICK=1 BENCH_SKIP_BUILD=1 BENCH_ONLY="list directory complex api-complexes" bash bench/run.sh
#                                      # a quick look on the embedded H2 database with the demo content, no PostgreSQL
#
# Settings (environment): BENCH_DURATION (20s), BENCH_WARMUP (10s), BENCH_QUICK (unset; set: 5s and 3s),
# BENCH_CONNECTIONS (32), BENCH_THREADS (2), BENCH_POSTS ("1000 10000": a round of every endpoint per size, on the
# same server, seeded up to each size in turn; PostgreSQL only), BENCH_README (unset; set: the README's table is
# replaced by this run's), BENCH_PORT_OFFSET (500),
# BENCH_START_SECONDS (600), BENCH_SKIP_BUILD (unset: the WAR and server of the last build, which must be of the same database),
# BENCH_DB (postgres, or h2: the demo content only), BENCH_ONLY (unset: every endpoint; else the names to measure,
# e.g. "list directory complex"; the ceiling is always measured).
set -euo pipefail
cd "$(dirname "$0")/.."

db_kind=${BENCH_DB:-postgres}
[ "$db_kind" = postgres ] || [ "$db_kind" = h2 ] || { echo "BENCH_DB is postgres or h2, not $db_kind" >&2; exit 1; }
quick_duration=20s; quick_warmup=10s
[ -n "${BENCH_QUICK:-}" ] && quick_duration=5s && quick_warmup=3s
duration=${BENCH_DURATION:-$quick_duration}
warmup=${BENCH_WARMUP:-$quick_warmup}
only=${BENCH_ONLY:-}
connections=${BENCH_CONNECTIONS:-32}
threads=${BENCH_THREADS:-2}
sizes=${BENCH_POSTS:-1000 10000}
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
if [ "$db_kind" = postgres ]; then
  need psql || { echo "psql is missing (apt-get install postgresql-client)" >&2; exit 1; }
fi

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  if [ "$db_kind" = postgres ]; then mvn -B -q package -Ppostgres -DskipTests; else mvn -B -q package -DskipTests; fi
fi
home=$PWD/target/wildfly
[ -f target/sandan.war ] && [ -x "$home/bin/standalone.sh" ] || { echo "run without BENCH_SKIP_BUILD first" >&2; exit 1; }
# The datasource is written into the server's configuration by the build (-Ppostgres or not).
jdbc=$([ "$db_kind" = postgres ] && echo jdbc:postgresql || echo jdbc:h2)
grep -q "$jdbc" "$home/standalone/configuration/standalone.xml" || {
  echo "the last build configured another database than BENCH_DB=$db_kind: run without BENCH_SKIP_BUILD" >&2; exit 1; }

# The ceiling: one servlet, compiled against WildFly's own servlet API.
rm -rf "$work" && mkdir -p "$work/ceiling/WEB-INF/classes" "$work/standalone/deployments"
javac -q -d "$work/ceiling/WEB-INF/classes" -cp "$(ls "$home"/modules/system/layers/base/jakarta/servlet/api/main/*.jar)" \
  bench/ceiling/CeilingServlet.java 2>/dev/null || javac -d "$work/ceiling/WEB-INF/classes" \
  -cp "$(ls "$home"/modules/system/layers/base/jakarta/servlet/api/main/*.jar)" bench/ceiling/CeilingServlet.java
(cd "$work/ceiling" && jar cf ../standalone/deployments/ceiling.war WEB-INF)
cp -r "$home/standalone/configuration" "$work/standalone/"
cp target/sandan.war "$work/standalone/deployments/"

if [ "$db_kind" = postgres ]; then
  psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $db with (force)" -c "create database $db encoding 'UTF8' template template0"
fi

# Server on the second core, wrk on the first (where there are two).
server_cpu=""; client_cpu=""
if need taskset && [ "$(nproc)" -ge 2 ]; then server_cpu="taskset -c 1"; client_cpu="taskset -c 0"; fi
export SANDAN_DB=$db_kind SANDAN_DATA_DIR="$PWD/$work/data" SANDAN_ADMIN_PASSWORD="$admin_password" \
  SANDAN_SMTP_PORT=2 SANDAN_MAIL_RETRY_SECONDS=3600
if [ "$db_kind" = postgres ]; then
  export SANDAN_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" SANDAN_DB_USER=postgres SANDAN_DB_PASSWORD=postgres
fi
$server_cpu "$home/bin/standalone.sh" -Djboss.server.base.dir="$PWD/$work/standalone" \
  -Djboss.socket.binding.port-offset="$offset" > "$work/console.log" 2>&1 &
script_pid=$!
trap 'pkill -9 -P $script_pid 2>/dev/null || true; kill -9 $script_pid 2>/dev/null || true' EXIT
# Start-up imports the demo directory (two KICOX workbooks) into the empty database: allow for it.
for _ in $(seq 1 "${BENCH_START_SECONDS:-600}"); do
  curl -fs -o /dev/null "$base_url/api/news?size=1" && curl -fs -o /dev/null "$base_url/ceiling/" && break
  sleep 1
done
curl -fs -o /dev/null "$base_url/api/news?size=1" || { echo "server did not start; see $work/console.log" >&2; exit 1; }
server_pid=$(pgrep -P "$script_pid" java)

# Seeds the newsroom up to $1 posts (PostgreSQL; H2 keeps its demo content) and finds what the round measures.
prepare() {
  if [ "$db_kind" = postgres ]; then
    psql -q -h 127.0.0.1 -U postgres -d "$db" -v target="$1" -f bench/seed.sql
    curl -fs -o /dev/null -X POST -u "admin:$admin_password" "$base_url/api/search-index"
    image=$(psql -qtA -h 127.0.0.1 -U postgres -d "$db" -c "select min(cover_image_id) from news_post")
    sleep 11 # pages the cache kept before the seeding are never served past 10 s
  else
    image=$(curl -fs "$base_url/api/news?size=50" | grep -o '"url":"/media/[0-9]*"' | head -1 | grep -o '[0-9]*$' || true)
  fi
  article=$(curl -fs "$base_url/api/news?size=1" | sed -E 's/.*"path":"([^"]+)".*/\1/')
  published=$(curl -fs "$base_url/api/news?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')
}
# The directory: 남동[재생사업지구] (a national complex with trend figures), else the first national complex.
directory_total=$(curl -fs "$base_url/api/complexes?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/' || echo 0)
namdong=$(curl -fs "$base_url/api/complexes?type=national&q=%EB%82%A8%EB%8F%99" || true)
complex_id=$(sed -nE 's/.*"id":([0-9]+),"name":"남동\[재생사업지구\]".*/\1/p' <<< "$namdong")
[ -n "$complex_id" ] || complex_id=$(curl -fs "$base_url/api/complexes?type=national&size=1" \
  | grep -o '"id":[0-9]*' | head -1 | grep -o '[0-9]*$' || true)
complex_path=""
if [ -n "$complex_id" ]; then
  complex_path=$(curl -fs "$base_url/api/complexes/$complex_id" | grep -o '"url":"[^"]*"' | head -1 | cut -d'"' -f4)
fi
inquiries() { # requests stored so far, as the staff API counts them
  local n; n=$(curl -fs -u "admin:$admin_password" "$base_url/api/inquiries?size=1" | sed -nE 's/.*"total":([0-9]+).*/\1/p' || true)
  echo "${n:-0}"
}

# jstat samples the heap once a second for the whole run; the highest sum of the used spaces is reported.
jstat -gc "$server_pid" 1000 > "$work/heap.txt" 2>/dev/null &
jstat_pid=$!

rows=() notes=() runs=()
if [ "$db_kind" = h2 ]; then # seed.sql relaxes the per-client limit on PostgreSQL; nothing does on H2
  notes+=("embedded H2 with the demo content: not comparable with PostgreSQL runs; the inquiry run meets the per-client limit (its 429s are the errors)")
fi
ceiling_rps=""
measure() { # name path [lua]
  local name=$1 path=$2 script=${3:-} args=()
  if [ "$name" != ceiling ] && [ -n "$only" ] && [[ " $only " != *" $name "* ]]; then return; fi
  if [ -z "$path" ]; then notes+=("$name: skipped, nothing to measure (no such content)"); echo "$name: skipped"; return; fi
  if [ -z "$script" ]; then # a page another change has not brought yet is left out, with a note
    local status; status=$(curl -s -o /dev/null -w '%{http_code}' "$base_url$path")
    if [ "$status" != 200 ]; then
      notes+=("$name (\`$path\`): skipped, answered $status")
      echo "$name: skipped, $path answered $status"
      return
    fi
  fi
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
  if grep -q '^ *0 requests in' <<< "$out"; then
    notes+=("$name: no request was answered while it was measured: each took longer than the run (raise BENCH_DURATION, lower BENCH_CONNECTIONS)")
  fi
  local ratio; ratio=$(awk -v a="$rps" -v c="$ceiling_rps" 'BEGIN {printf "%.2f%%", 100 * a / c}')
  local shown=$path; [ ${#shown} -gt 40 ] && shown="${shown:0:40}…"
  rows+=("| $name | $published | \`$shown\` | $rps | $p50 | $p99 | $ratio | $errors |")
  ratios["$name"]="${ratios[$name]:-}|$ratio"
  printf '%-10s %10s req/s  p50 %8s  p99 %8s  %7s of ceiling  errors %s\n' "$name" "$rps" "$p50" "$p99" "$ratio" "$errors"
}

declare -A ratios=()
measure_round() {
  local before; before=$(inquiries)
  measure ceiling /ceiling/
  measure home /
  measure list /news
  measure article "$article"
  measure search "/search?q=%EC%82%B0%EC%97%85%EB%8B%A8%EC%A7%80"
  measure feed /feed.xml
  measure rss /rss.xml
  measure sitemap /sitemap.xml
  measure image "${image:+/media/$image?w=480}"
  measure inquiry /api/inquiries bench/inquiry.lua
  # The directory of industrial complexes (issue 13): its pages beside the news pages, its API and its CSV.
  measure directory /complexes
  measure directory-sorted "/complexes?type=national&sort=area"
  measure complex "$complex_path"
  measure region /complexes/regions/incheon
  measure api-complexes /api/complexes
  measure api-complex "${complex_id:+/api/complexes/$complex_id}"
  measure csv "/complexes.csv?type=national"
  local stored answered
  stored=$(( $(inquiries) - before ))
  answered=$(cat "$work"/wrk-inquiry-warmup.txt "$work"/wrk-inquiry.txt 2>/dev/null | awk '/requests in/ {n += $1} END {print n + 0}' || true)
  # The heap after a full collection, round by round: what the server keeps, not what it has not collected yet.
  jcmd "$server_pid" GC.run > /dev/null 2>&1 || true
  local retained; retained=$(jstat -gc "$server_pid" 2>/dev/null | awk 'NR == 2 {printf "%.0f", ($3 + $4 + $6 + $8) / 1024}')
  runs+=("With $published posts, the inquiry run (warm-up and measured): $answered requests answered, $stored inquiries stored; heap in use after the round and a full collection: ${retained:-?} MiB.")
}

[ "$db_kind" = postgres ] || sizes=demo
for size in $sizes; do
  prepare "$size"
  echo "== $published published posts"
  measure_round
done
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
    "$([ "$db_kind" = postgres ] && echo "$(psql -qtA -h 127.0.0.1 -U postgres -c 'show server_version' | cut -d' ' -f1) PostgreSQL" || echo "embedded H2");" \
    "$(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)."
  echo
  echo "Run: $sizes published posts in turn on one server (seeded up to each), $directory_total complexes in the directory; wrk $threads threads, $connections connections, $warmup warm-up then $duration" \
    "measured per endpoint, over loopback${server_cpu:+; server pinned to CPU 1, wrk to CPU 0}. Ratios are to the" \
    "ceiling (a trivial servlet on the same server) measured in the same round."
  echo
  echo "| endpoint | posts | path | requests/s | p50 | p99 | of ceiling | errors |"
  echo "|---|---:|---|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
  echo
  for note in "${notes[@]}"; do echo "- $note"; done
  [ ${#notes[@]} -gt 0 ] && echo
  printf '%s\n' "${runs[@]}"
  echo "Highest heap in use during the whole run: $heap_mib MiB (maximum heap $max_heap_mib MiB)."
} > "$result"
echo
cat "$result"

# The README's table: each endpoint's share of the ceiling at each size.
summary() {
  echo "| endpoint | $(tr ' ' '\n' <<< "$sizes" | sed 's/$/ posts/' | paste -sd'|' | sed 's/|/ | /g') |"
  echo "|---|$(for _ in $sizes; do printf -- '---:|'; done)"
  local name
  for name in home list article search feed rss sitemap image inquiry directory directory-sorted complex region \
    api-complexes api-complex csv; do
    [ -n "${ratios[$name]:-}" ] && echo "| $name ${ratios[$name]} |" | sed 's/|\([^ ]\)/| \1/g; s/\([^ ]\)|/\1 |/g'
  done
  echo
  echo "From \`bench/results/$stamp.md\` (ratios to a trivial servlet on the same server, same round)."
}
echo
summary
if [ -n "${BENCH_README:-}" ]; then
  table=$(summary)
  awk -v table="$table" '
    /<!-- bench:start -->/ {print; print table; skip = 1; next}
    /<!-- bench:end -->/ {skip = 0}
    !skip {print}' README.md > "$work/README.md" && cp "$work/README.md" README.md
  echo "README.md: table replaced"
fi
