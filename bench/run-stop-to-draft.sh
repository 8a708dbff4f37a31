#!/usr/bin/env bash
# Time from the stop of a recording to the draft ready, with and without transcription while
# recording, on the packaged EAR in the WildFly the build provisions, with fake speech and chat
# engines of known speed on loopback.
#   bench/run-stop-to-draft.sh [minutes, default 30] [engine ms per audio minute, 2000] [chunk seconds, 3]
# The runner is dk.samtalenotat.it.StopToDraftBench, run by bench/ear-bench.sh. Two servers in
# turn get their own copies of standalone/ under ear/target/it-server-stop-to-draft-*, port offset
# BENCH_PORT_OFFSET (default 900: HTTP 8980); the fake engines listen on BENCH_SPEECH_PORT and
# BENCH_CHAT_PORT. Needs Debian's chromium, espeak-ng, sox and ffmpeg (bin/test installs them).
set -euo pipefail
exec "$(dirname "$0")/ear-bench.sh" dk.samtalenotat.it.StopToDraftBench stop-to-draft 900 \
    -Dsamtalenotat.it.fake-speech-port="${BENCH_SPEECH_PORT:-18951}" \
    -Dsamtalenotat.it.fake-chat-port="${BENCH_CHAT_PORT:-18952}" -- "$@"
