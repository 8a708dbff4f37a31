#!/usr/bin/env bash
# Runs a benchmark class of the ear module's test sources (beside the IT harness it uses, so the
# normal build compiles it; no failsafe execution runs it) against the packaged EAR on the WildFly
# the build provisions: packages offline, builds the ear's test class path, and runs the class with
# the harness's settings. The server gets its own copies of standalone/ under
# ear/target/it-server-<name>* and the port offset BENCH_PORT_OFFSET (default given by the caller).
#   bench/ear-bench.sh <class> <name> <default port offset> [java -D options ...] -- [arguments]
# Used by run-ingest-http.sh, run-stop-to-draft.sh and run-capacity.sh.
set -euo pipefail
class=$1 name=$2 offset=$3
shift 3
options=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do options+=("$1"); shift; done
[ $# -gt 0 ] && shift
cd "$(dirname "$0")/.."
. bench/maven.sh
mkdir -p bench/target
# The cluster configuration on PostgreSQL (standalone-full-ha-pg.xml) is written in the phase
# before the integration tests; a bench on it goes that far.
phase=package
if [ "${BENCH_NODES:-1}" != 1 ] || [ "${BENCH_DATABASE:-h2}" = postgresql ]; then
  phase=pre-integration-test
fi
bench_mvn -B -q -pl ear -am "$phase" dependency:build-classpath -DskipTests \
    -Dmdep.outputFile="$PWD/bench/target/ear-test-classpath.txt" -Dmdep.includeScope=test
cp="ear/target/test-classes:$(cat bench/target/ear-test-classpath.txt)"
exec java -Xmx${BENCH_HEAP:-1g} -cp "$cp" \
    -Dsamtalenotat.it.wildfly.home="$PWD/ear/target/wildfly" \
    -Dsamtalenotat.it.base.dir="$PWD/ear/target/it-server-$name" \
    -Dsamtalenotat.it.deployment=samtalenotat.ear \
    -Dsamtalenotat.it.extra-deployments=dev-idp.war \
    -Dsamtalenotat.it.extra-deployments.dir="$PWD/ear/target/demo-deployments" \
    -Dsamtalenotat.it.env.SAMTALENOTAT_DEMO=true \
    -Dsamtalenotat.it.port-offset="${BENCH_PORT_OFFSET:-$offset}" \
    "${options[@]}" \
    "$class" "$@"
