#!/usr/bin/env bash
# Load time of the review page (transcript beside the draft) for a long conversation, on the
# packaged EAR on the WildFly the build provisions (ear/target/wildfly), as a signed-on caseworker:
# p50/p95 of the server's answer to GET samtale.xhtml (target p95 < 300 ms) and of the browser's
# load of the page.
#   bench/run-review-page.sh [minutes of transcript, default 60] [timed requests, 200] [browser loads, 30]
# The runner is dk.samtalenotat.it.ReviewPageBench, run by bench/ear-bench.sh. The server gets its
# own copy of standalone/ in ear/target/it-server-review-page and the port offset
# BENCH_PORT_OFFSET (default 700: HTTP 8780). Needs Debian's chromium.
set -euo pipefail
exec "$(dirname "$0")/ear-bench.sh" dk.samtalenotat.it.ReviewPageBench review-page 700 \
    -Dsamtalenotat.it.env.SAMTALENOTAT_DEMO_SAMPLES=false -- "$@"
