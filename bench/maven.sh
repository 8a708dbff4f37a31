#!/usr/bin/env bash
# Maven for the benchmark scripts (sourced, not run): `bench_mvn <arguments>` builds offline, which
# is quick and leaves the local repository alone once a build has filled it. On a machine whose
# repository lacks a plugin or library (a fresh one, before the first `bin/test`) the offline build
# fails for that reason, and the same build then runs once online, which downloads what is missing;
# any other failure is the build's own and is passed on as it is.
bench_mvn() {
  local log status
  log="$(mktemp)"
  set +e
  mvn -o "$@" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  set -e
  if [ "$status" -ne 0 ] && grep -qE "offline mode|Could not resolve|could not be resolved|Could not find artifact|Failed to read artifact descriptor|No plugin found for prefix" "$log"; then
    echo "bench: the local Maven repository lacks what this build needs; building again online" >&2
    status=0
    mvn "$@" || status=$?
  fi
  rm -f "$log"
  return "$status"
}
