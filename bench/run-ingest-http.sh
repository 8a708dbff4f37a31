#!/usr/bin/env bash
# Ingest benchmark through the HTTP API: a recording sent in chunks to the packaged EAR on the
# WildFly the build provisions (ear/target/wildfly), as a signed-on caseworker, against the
# machine's AES-256-GCM and disk limits on the same bytes, with the server's heap as it grows.
#   bench/run-ingest-http.sh [minutes, default 60] [chunk seconds, 3] [bytes per second, 32000]
#                            [heap sample every N chunks, 10]
# The runner is dk.samtalenotat.it.IngestHttpBench in the ear module's test sources, beside the
# IT harness it uses (so the normal build compiles it); no failsafe execution runs it. This
# script packages the EAR offline, builds the ear's test class path and runs it. The server gets
# its own copy of standalone/ in ear/target/it-server-ingest-bench and the port offset
# BENCH_PORT_OFFSET (default 800: HTTP 8880, management 10790). Needs Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/target
mvn -B -o -q -pl ear -am package dependency:build-classpath -DskipTests \
    -Dmdep.outputFile="$PWD/bench/target/ear-test-classpath.txt" -Dmdep.includeScope=test
cp="ear/target/test-classes:$(cat bench/target/ear-test-classpath.txt)"
exec java -Xmx${BENCH_HEAP:-1g} -cp "$cp" \
    -Dsamtalenotat.it.wildfly.home="$PWD/ear/target/wildfly" \
    -Dsamtalenotat.it.base.dir="$PWD/ear/target/it-server-ingest-bench" \
    -Dsamtalenotat.it.deployment=samtalenotat.ear \
    -Dsamtalenotat.it.extra-deployments=dev-idp.war \
    -Dsamtalenotat.it.port-offset="${BENCH_PORT_OFFSET:-800}" \
    -Dsamtalenotat.it.env.SAMTALENOTAT_DEMO_SAMPLES=false \
    dk.samtalenotat.it.IngestHttpBench "$@"
