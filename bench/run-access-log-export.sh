#!/usr/bin/env bash
# Access log export benchmark: N entries (default 5 million) over a year, exported to CSV through
# the server's own code (AccessLogSelection.stream, AccessLogCsv) on H2 and on an embedded
# PostgreSQL; prints rows per second and the heap (sampled peak and largest live set after a GC).
#   bench/run-access-log-export.sh [h2|postgresql|both] [entries, default 5000000]
# The heap is fixed small (BENCH_HEAP, default 256m) to show that the export does not grow with
# the log; GC log in bench/target/gc-access-log.log.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/maven.sh
mkdir -p bench/target
bench_mvn -q -pl ejb -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$PWD/bench/target/classpath.txt" -Dmdep.includeScope=test
cp="ejb/target/test-classes:ejb/target/classes:sql/target/classes:$(cat bench/target/classpath.txt)"
exec java -Xmx${BENCH_HEAP:-256m} -Xlog:gc:file=bench/target/gc-access-log.log:uptime,level \
    -cp "$cp" dk.samtalenotat.audit.AccessLogExportBench "${1:-both}" "${2:-5000000}"
