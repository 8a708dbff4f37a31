#!/usr/bin/env bash
# Draft quality harness: drafts the sample conversations of bench/quality with each engine through
# the application's own path (transcript importer, DraftRequests, engine), scores fact recall and
# wrong statements, and scores the unsupported-fact check on drafts with planted errors.
#   bench/run-quality.sh
# The offline engine always runs; the chat engine runs when SAMTALENOTAT_DRAFT_OPENAI_URL and
# SAMTALENOTAT_DRAFT_OPENAI_MODEL are set (optionally _API_KEY, _API_KEY_HEADER, _READ_TIMEOUT),
# as for the application. The table is printed and written with a JSON twin to bench/target/.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/target
exec mvn -B -o -q -Pquality -pl bench/quality -am verify -DskipTests "$@"
