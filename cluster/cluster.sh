#!/usr/bin/env bash
# Sandan on a WildFly cluster on this machine: PostgreSQL-backed nodes (standalone-ha.xml) and a load balancer
# (standalone-load-balancer.xml), all on loopback with port offsets. See docs/cluster.md.
#
#   cluster/cluster.sh start     build (-Ppostgres), then start the nodes and the balancer; prints the addresses
#   cluster/cluster.sh stop      stop them (SIGTERM, then SIGKILL after 20 s)
#   cluster/cluster.sh status    which are running
#   cluster/cluster.sh kill NAME SIGKILL to one node (node1, node2, …), as a crash would
#
# Environment (defaults in brackets):
#   SANDAN_CLUSTER_NODES [2]           how many nodes
#   SANDAN_CLUSTER_PORT_OFFSET [0]     the balancer listens on 8080+offset; node N on 8080+offset+100·N
#   SANDAN_CLUSTER_DIR [target/cluster] base directories, logs and data of the nodes and the balancer
#   SANDAN_DB_URL [jdbc:postgresql://127.0.0.1:5432/sandan_cluster], SANDAN_DB_USER [postgres],
#   SANDAN_DB_PASSWORD [postgres]      the shared database (created when missing and psql can reach it)
#   SANDAN_CLUSTER_SKIP_BUILD          set to use target/ as it is (it must have been built with -Ppostgres)
#   SANDAN_CLUSTER_JAVA_SIZING [-Xms128m -Xmx512m]  heap of each server
#   Anything else the application reads (SANDAN_ADMIN_PASSWORD, SANDAN_SMTP_HOST, …) is passed to every node.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

nodes=${SANDAN_CLUSTER_NODES:-2}
offset=${SANDAN_CLUSTER_PORT_OFFSET:-0}
dir=$(mkdir -p "${SANDAN_CLUSTER_DIR:-target/cluster}" && cd "${SANDAN_CLUSTER_DIR:-target/cluster}" && pwd)
home=$root/target/wildfly
export SANDAN_DB_URL=${SANDAN_DB_URL:-jdbc:postgresql://127.0.0.1:5432/sandan_cluster}
export SANDAN_DB_USER=${SANDAN_DB_USER:-postgres}
export SANDAN_DB_PASSWORD=${SANDAN_DB_PASSWORD:-postgres}
export SANDAN_DB=postgres
# The balancer is the nodes' only proxy; it says who the visitor is in X-Forwarded-For.
export SANDAN_TRUSTED_PROXIES=${SANDAN_TRUSTED_PROXIES:-127.0.0.1}

node_offset() { echo $((offset + 100 * $1)); }
members() {
    local list="" n
    for n in $(seq 1 "$nodes"); do list="$list${list:+,}127.0.0.1[$((7600 + $(node_offset "$n")))]"; done
    echo "$list"
}
# A node is ready when WildFly's readiness check on its management port says so: the server runs and Sandan is
# deployed (and whatever readiness checks Sandan adds hold). The probe a load balancer should use too.
readiness() { echo "http://127.0.0.1:$((9990 + $(node_offset "$1")))/health/ready"; }
running() { [ -f "$1/pid" ] && kill -0 "$(cat "$1/pid")" 2>/dev/null; }

# A base directory of its own: the build's configuration, and the WAR for a node.
prepare() {
    local base=$1 war=$2
    rm -rf "$base"
    mkdir -p "$base/deployments" "$base/data"
    cp -r "$home/standalone/configuration" "$base/configuration"
    if [ "$war" = yes ]; then cp "$root/target/sandan.war" "$base/deployments/"; fi
}

# Starts a server in the background; its JVM's pid goes to $base/pid (standalone.sh writes JBOSS_PIDFILE).
launch() {
    local base=$1 config=$2 port_offset=$3; shift 3
    JBOSS_PIDFILE=$base/pid LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_JAVA_SIZING="${SANDAN_CLUSTER_JAVA_SIZING:--Xms128m -Xmx512m}" \
        nohup "$home/bin/standalone.sh" -c "$config" -Djboss.server.base.dir="$base" \
        -Djboss.socket.binding.port-offset="$port_offset" -b 127.0.0.1 -bprivate 127.0.0.1 "$@" \
        >"$base/console.log" 2>&1 &
}

await() {
    local url=$1 base=$2 i
    for i in $(seq 1 180); do
        if curl -fs -o /dev/null "$url"; then return 0; fi
        if [ -f "$base/deployments/sandan.war.failed" ]; then break; fi
        sleep 1
    done
    echo "$url did not answer; see $base/console.log" >&2
    return 1
}

# Creates the database of SANDAN_DB_URL (jdbc:postgresql://host[:port]/name) when psql can reach the server and
# it is missing; otherwise leaves it to the nodes, which then say what is wrong in their logs.
create_database() {
    command -v psql >/dev/null || return 0
    local rest=${SANDAN_DB_URL#jdbc:postgresql://} address name host port
    address=${rest%%/*}
    name=${rest#*/}; name=${name%%\?*}
    host=${address%%:*}; port=5432
    if [ "$address" != "$host" ]; then port=${address#*:}; fi
    local existing
    if ! existing=$(PGPASSWORD=$SANDAN_DB_PASSWORD psql -w -h "$host" -p "$port" -U "$SANDAN_DB_USER" -d postgres -tAc \
            "select 1 from pg_database where datname = '$name'" 2>/dev/null); then
        echo "psql cannot reach $host:$port; not creating database $name" >&2
        return 0
    fi
    if [ "$existing" != 1 ]; then
        PGPASSWORD=$SANDAN_DB_PASSWORD psql -w -q -h "$host" -p "$port" -U "$SANDAN_DB_USER" -d postgres \
            -c "create database \"$name\" encoding 'UTF8' template template0"
    fi
}

start() {
    if [ -z "${SANDAN_CLUSTER_SKIP_BUILD:-}" ]; then
        mvn -B -q -Ppostgres package -DskipTests
    fi
    create_database
    export SANDAN_CLUSTER_MEMBERS; SANDAN_CLUSTER_MEMBERS=$(members)
    local n base
    # The first node alone: it creates the schema (Flyway) and the demo content before the others come.
    for n in $(seq 1 "$nodes"); do
        base=$dir/node$n
        running "$base" && { echo "node$n is already running"; continue; }
        prepare "$base" yes
        SANDAN_DATA_DIR=$base/data launch "$base" standalone-ha.xml "$(node_offset "$n")" -Djboss.node.name="node$n"
        if [ "$n" = 1 ]; then await "$(readiness 1)" "$base"; fi
    done
    for n in $(seq 2 "$nodes"); do
        await "$(readiness "$n")" "$dir/node$n"
    done

    base=$dir/balancer
    if ! running "$base"; then
        prepare "$base" no
        launch "$base" standalone-load-balancer.xml "$offset" -Djboss.node.name=balancer
        for _ in $(seq 1 60); do
            "$home/bin/jboss-cli.sh" --controller="127.0.0.1:$((9990 + offset))" --connect --command=":read-attribute(name=server-state)" 2>/dev/null | grep -q running && break
            sleep 1
        done
    fi
    for n in $(seq 1 "$nodes"); do
        "$home/bin/jboss-cli.sh" --controller="127.0.0.1:$((9990 + offset))" --connect --resolve-parameter-values \
            -Dsandan.node="node$n" -Dsandan.node.host=127.0.0.1 -Dsandan.node.port=$((8080 + $(node_offset "$n"))) \
            --file="$root/wildfly-config/balancer-node.cli" >/dev/null
    done
    # The balancer itself has no readiness check (its profile has no health subsystem): a page through it shows
    # that it forwards to the nodes.
    await "http://127.0.0.1:$((8080 + offset))/robots.txt" "$base"
    echo "Sandan cluster: http://127.0.0.1:$((8080 + offset))/ (balancer) in front of $nodes nodes:"
    for n in $(seq 1 "$nodes"); do echo "  node$n http://127.0.0.1:$((8080 + $(node_offset "$n")))/  log $dir/node$n/log/server.log"; done
}

stop() {
    local base
    for base in "$dir"/balancer "$dir"/node*; do
        [ -d "$base" ] || continue
        if running "$base"; then kill "$(cat "$base/pid")"; fi
    done
    for base in "$dir"/balancer "$dir"/node*; do
        [ -d "$base" ] || continue
        for _ in $(seq 1 20); do running "$base" || break; sleep 1; done
        if running "$base"; then kill -9 "$(cat "$base/pid")"; fi
        rm -f "$base/pid"
    done
}

status() {
    local base
    for base in "$dir"/balancer "$dir"/node*; do
        [ -d "$base" ] || continue
        if running "$base"; then echo "$(basename "$base") running (pid $(cat "$base/pid"))"; else echo "$(basename "$base") stopped"; fi
    done
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) status ;;
    kill) running "$dir/$2" && kill -9 "$(cat "$dir/$2/pid")" ;;
    *) sed -n '2,20p' "$0" >&2; exit 2 ;;
esac
