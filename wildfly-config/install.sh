#!/usr/bin/env bash
# Sandan: configures a RUNNING WildFly 39 for Sandan in one go, leaving the server's other applications as they are
# (docs/deploying.md). Run it on the server's machine, as the user that owns JBOSS_HOME:
#
#   JBOSS_HOME=/opt/wildfly wildfly-config/install.sh [--upload-limit] [jboss-cli options, e.g. --controller=HOST:PORT]
#
# It adds the PostgreSQL driver as the module org.postgresql when the server lacks it (the jar: SANDAN_JDBC_DRIVER,
# default target/postgresql.jar of this checkout, which every `mvn package` writes), applies the scripts of SCRIPTS
# below in that order in one CLI session, reloads the server and waits until it runs again. Then deploy the WAR.
#   --upload-limit          also apply upload-limit.cli: raises max-post-size for EVERY application of the server
#   SANDAN_DATASOURCE       postgres (default), or h2 to try Sandan out on its embedded database
# The credential store for the database password (credential-store.cli) is made before, when wanted.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
: "${JBOSS_HOME:?set JBOSS_HOME to the WildFly 39 installation}"
datasource=${SANDAN_DATASOURCE:-postgres}
driver=${SANDAN_JDBC_DRIVER:-$here/../target/postgresql.jar}

# The scripts a shared server gets, in order: the one list (the build's own server adds dev-server.cli).
SCRIPTS=(server.cli security.cli "datasource-$datasource.cli" observability.cli logging.cli)

cli_options=()
for option in "$@"; do
    case "$option" in
        --upload-limit) SCRIPTS+=(upload-limit.cli) ;;
        *) cli_options+=("$option") ;;
    esac
done
cli() { "$JBOSS_HOME/bin/jboss-cli.sh" --connect "${cli_options[@]}" "$@"; }

session=$(mktemp)
trap 'rm -f "$session"' EXIT
if [ "$datasource" = postgres ] && [ ! -f "$JBOSS_HOME/modules/org/postgresql/main/module.xml" ]; then
    [ -f "$driver" ] || { echo "No PostgreSQL driver at $driver (set SANDAN_JDBC_DRIVER)" >&2; exit 1; }
    echo "module add --name=org.postgresql --resources=$driver --module-xml=$here/modules/org/postgresql/main/module.xml" >>"$session"
fi
for script in "${SCRIPTS[@]}"; do
    cat "$here/$script" >>"$session"
    echo >>"$session"
done
# Some of the resources (the OpenAPI subsystem, a replaced datasource) take effect only after a reload.
echo ":reload" >>"$session"
cli --file="$session"

for _ in $(seq 1 120); do
    if cli --command=":read-attribute(name=server-state)" 2>/dev/null | grep -q '"result" => "running"'; then
        echo "WildFly is configured for Sandan and running; deploy the WAR now."
        exit 0
    fi
    sleep 2
done
echo "WildFly did not come back after the reload; see its server.log" >&2
exit 1
