#!/usr/bin/env bash
# Time from the stop of a recording to the draft ready, with and without transcription while
# recording, on the packaged EAR in the WildFly the build provisions, with fake speech and chat
# engines of known speed on loopback.
#   bench/run-stop-to-draft.sh [minutes, default 30] [engine ms per audio minute, 2000] [chunk seconds, 3]
# The runner is dk.samtalenotat.it.StopToDraftBench in the ear module's test sources, beside the
# IT harness it uses; no failsafe execution runs it. Two servers in turn get their own copies of
# standalone/ under ear/target/it-server-stop-to-draft-*, port offset BENCH_PORT_OFFSET (default
# 900: HTTP 8980). Needs Debian's chromium, espeak-ng, sox and ffmpeg (bin/test installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/target
mvn -B -o -q -pl ear -am package dependency:build-classpath -DskipTests \
    -Dmdep.outputFile="$PWD/bench/target/ear-test-classpath.txt" -Dmdep.includeScope=test
cp="ear/target/test-classes:$(cat bench/target/ear-test-classpath.txt)"
exec java -Xmx${BENCH_HEAP:-1g} -cp "$cp" \
    -Dsamtalenotat.it.wildfly.home="$PWD/ear/target/wildfly" \
    -Dsamtalenotat.it.base.dir="$PWD/ear/target/it-server-stop-to-draft" \
    -Dsamtalenotat.it.deployment=samtalenotat.ear \
    -Dsamtalenotat.it.extra-deployments=dev-idp.war \
    -Dsamtalenotat.it.port-offset="${BENCH_PORT_OFFSET:-900}" \
    -Dsamtalenotat.it.fake-speech-port="${BENCH_SPEECH_PORT:-18951}" \
    -Dsamtalenotat.it.fake-chat-port="${BENCH_CHAT_PORT:-18952}" \
    dk.samtalenotat.it.StopToDraftBench "$@"
