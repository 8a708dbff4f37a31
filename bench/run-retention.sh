#!/usr/bin/env bash
# Retention benchmark: time to destroy N expired conversations (audio, transcript, draft) on H2
# and on an embedded PostgreSQL, as conversations per second, and the sweep's peak heap; then the
# purge of their rows once the grace period is over, as conversations per second.
#   bench/run-retention.sh [h2|postgresql|both] [conversations, default 100000]
# The runner is dk.samtalenotat.retention.RetentionBench in the ejb module's test sources (so the
# normal build compiles it and it cannot rot); this script compiles the module offline, builds its
# test class path and runs it with a fixed heap and a GC log in bench/target/.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/target
mvn -o -q -pl ejb -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$PWD/bench/target/classpath.txt" -Dmdep.includeScope=test
cp="ejb/target/test-classes:ejb/target/classes:sql/target/classes:$(cat bench/target/classpath.txt)"
exec java -Xmx${BENCH_HEAP:-1g} -Xlog:gc:file=bench/target/gc.log:uptime,level \
    -cp "$cp" dk.samtalenotat.retention.RetentionBench "${1:-both}" "${2:-100000}"
