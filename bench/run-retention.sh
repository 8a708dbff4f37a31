#!/usr/bin/env bash
# Retention benchmark: time to destroy N expired conversations (audio, transcript, draft) on H2
# and on an embedded PostgreSQL, as conversations per second, and the sweep's peak heap; then the
# purge of their rows once the grace period is over, as conversations per second.
#   bench/run-retention.sh [h2|postgresql|both] [conversations, default 100000] [batch size, default 50]
#                          [batch time budget, ISO-8601, default PT0.05S; PT1H sizes by count alone]
# While the sweep runs, two simulated caseworkers save a conversation every 10 ms (the one the
# sweep is at, and one it leaves) and the benchmark reports how long their UPDATE waited.
# The runner is dk.samtalenotat.retention.RetentionBench in the ejb module's test sources (so the
# normal build compiles it and it cannot rot); this script compiles the module offline, builds its
# test class path and runs it with a fixed heap and a GC log in bench/target/.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/maven.sh
mkdir -p bench/target
# The class path as the reactor resolves it (the modules' target/classes, then the jars), written
# by exec:exec; the dependency plugin's build-classpath needs a plugin dependency an offline
# repository may lack.
rm -f bench/target/classpath.txt
bench_mvn -q -pl sql,ear/health,ejb test-compile org.codehaus.mojo:exec-maven-plugin:exec \
    -Dexec.executable=echo -Dexec.args=%classpath -Dexec.classpathScope=test \
    -Dexec.outputFile="$PWD/bench/target/classpath.txt"
cp="$(tail -n 1 bench/target/classpath.txt)"
exec java ${BENCH_JAVA_OPTS:-} -Xmx${BENCH_HEAP:-1g} -Xlog:gc:file=bench/target/gc.log:uptime,level \
    -cp "$cp" dk.samtalenotat.retention.RetentionBench "${1:-both}" "${2:-100000}" "${3:-50}" "${4:-PT0.05S}"
