#!/usr/bin/env bash
# Draft quality harness: drafts conversations with each engine through the application's own path
# (transcript importer, DraftRequests, engine), scores fact recall and wrong statements, times the
# engine and the unsupported-fact check, and scores the check on notes with planted errors.
#   bench/run-quality.sh                      the project's own samples (bench/quality)
#   bench/run-quality.sh ../shared/devset     the own samples, then that folder (devset format)
# Any number of folders may be given; other arguments go to Maven. The offline engine always runs;
# the chat engine runs when SAMTALENOTAT_DRAFT_OPENAI_URL and SAMTALENOTAT_DRAFT_OPENAI_MODEL are
# set (optionally _API_KEY, _API_KEY_HEADER, _READ_TIMEOUT), as for the application. Each set's
# table is printed and written with a JSON twin and a details file to bench/target/.
set -euo pipefail
folders=()
maven=()
for arg in "$@"; do
  if [[ "$arg" != -* && -d "$arg" ]]; then
    folders+=("$(cd "$arg" && pwd)")
  elif [[ "$arg" != -* ]]; then
    echo "not a folder: $arg" >&2
    exit 2
  else
    maven+=("$arg")
  fi
done
joined="$(IFS=:; echo "${folders[*]:-}")"
cd "$(dirname "$0")/.."
. bench/maven.sh
mkdir -p bench/target
bench_mvn -B -q -Pquality -pl bench/quality -am verify -DskipTests \
  "-Dquality.folders=${joined}" ${maven[@]+"${maven[@]}"}
