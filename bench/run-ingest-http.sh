#!/usr/bin/env bash
# Ingest benchmark through the HTTP API: a recording sent in chunks to the packaged EAR on the
# WildFly the build provisions (ear/target/wildfly), as a signed-on caseworker, against the
# machine's AES-256-GCM and disk limits on the same bytes, with the server's heap as it grows.
#   bench/run-ingest-http.sh [minutes, default 60] [chunk seconds, 3] [bytes per second, 32000]
#                            [heap sample every N chunks, 10]
# The runner is dk.samtalenotat.it.IngestHttpBench, run by bench/ear-bench.sh. The server gets
# its own copy of standalone/ in ear/target/it-server-ingest-bench and the port offset
# BENCH_PORT_OFFSET (default 800: HTTP 8880, management 10790). Needs Debian's chromium.
set -euo pipefail
exec "$(dirname "$0")/ear-bench.sh" dk.samtalenotat.it.IngestHttpBench ingest-bench 800 \
    -Dsamtalenotat.it.env.SAMTALENOTAT_DEMO_SAMPLES=false -- "$@"
