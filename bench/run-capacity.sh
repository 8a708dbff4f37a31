#!/usr/bin/env bash
# Capacity of one node: how many caseworkers record and review at once on this machine within the
# latency targets (chunk acknowledgement p95 < 500 ms, review page p95 < 300 ms), against the
# packaged EAR on the WildFly the build provisions, over loopback.
#   bench/run-capacity.sh [recording caseworkers in the first step, 20] [minutes per step, 3] [steps, 4]
# Each step adds half as many reviewers (bench.reviewers-per-recorder); N doubles after a step
# that passes and is bisected after one that fails. The runner is dk.samtalenotat.it.CapacityBench,
# run by bench/ear-bench.sh: its own server in ear/target/it-server-capacity, port offset
# BENCH_PORT_OFFSET (default 9000: HTTP 17080, management 18990), heap BENCH_SERVER_HEAP (512m, as
# provisioned); fake speech and chat engines and a fake SBSYS on BENCH_SPEECH_PORT,
# BENCH_CHAT_PORT, BENCH_SBSYS_PORT. A JFR recording of each step's load goes to bench/target.
# BENCH_DATABASE=postgresql: the one node so (its database a server of its own, as in production).
# BENCH_NODES=2: two nodes of the cluster configuration on Debian's PostgreSQL behind HAProxy
# (sticky sessions), port offsets BENCH_CLUSTER_PORT_OFFSET (7850) and 40 above; the balancer on
# BENCH_BALANCER_PORT (18964, statistics 18965), PostgreSQL on BENCH_PG_PORT (18966); needs
# Debian's postgresql and haproxy as well (bin/test installs them).
# Needs Debian's espeak-ng and ffmpeg.
set -euo pipefail
exec "$(dirname "$0")/ear-bench.sh" dk.samtalenotat.it.CapacityBench capacity 9000 \
    -Dsamtalenotat.it.start-timeout-seconds="${BENCH_START_TIMEOUT:-900}" \
    -Dsamtalenotat.it.fake-speech-port="${BENCH_SPEECH_PORT:-18961}" \
    -Dsamtalenotat.it.fake-chat-port="${BENCH_CHAT_PORT:-18962}" \
    -Dsamtalenotat.it.fake-sbsys-port="${BENCH_SBSYS_PORT:-18963}" \
    -Dbench.server-heap="${BENCH_SERVER_HEAP:-512m}" \
    -Dbench.nodes="${BENCH_NODES:-1}" \
    -Dbench.database="${BENCH_DATABASE:-h2}" \
    -Dbench.balancer-port="${BENCH_BALANCER_PORT:-18964}" \
    -Dbench.balancer-stats-port="$(( ${BENCH_BALANCER_PORT:-18964} + 1 ))" \
    -Dbench.postgres-port="${BENCH_PG_PORT:-18966}" \
    -Dbench.cluster.port-offset="${BENCH_CLUSTER_PORT_OFFSET:-7850}" \
    ${BENCH_OPTIONS:-} -- "$@"
